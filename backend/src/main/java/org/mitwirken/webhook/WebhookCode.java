package org.mitwirken.webhook;

import org.mitwirken.common.problem.ProblemCode;

/** What can be wrong with a webhook's registration. */
public enum WebhookCode implements ProblemCode {
    /** A Keycloak client id: letters, digits and . _ : - only ({@code message = "{app-client}"}). */
    APP_CLIENT,
    URL_INVALID,
    /** Not https (http only where local receivers are allowed). */
    URL_NOT_HTTPS,
    URL_WITHOUT_HOST,
    /** Credentials or a fragment in the URL. */
    URL_WITH_CREDENTIALS,
    URL_PORT_INVALID,
    /** A local or private address, or localhost. */
    URL_NOT_PUBLIC
}
