// Keycloak's silent SSO check lands here in a hidden frame and hands the result to the app; a file of its own,
// because the app's Content-Security-Policy allows no inline script.
parent.postMessage(location.href, location.origin);
