/*
 * Codes travel in the address's fragment (#vor-ort=…, #code=…): browsers never send it to a server, so it stays out
 * of access logs and Referer headers. Keycloak answers a login in the fragment too (#state=…&code=…): that answer is
 * not ours and must never be taken for a participation code.
 */

const KEPT = 'mitwirken.fragment';
/** How long a fragment kept across a login stays good: registering and confirming the e-mail address takes a while. */
const KEPT_FOR_MS = 60 * 60 * 1000;

function isLoginAnswer(params: URLSearchParams): boolean {
  return params.has('state') || params.has('session_state') || params.has('error');
}

/** The parameters of a fragment ("#vor-ort=AB12CD&code=…"), empty for Keycloak's login answer. */
export function fragmentParams(hash: string): URLSearchParams {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return isLoginAnswer(params) ? new URLSearchParams() : params;
}

function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the page's fragment in this tab while the login goes to Keycloak and back: Keycloak returns to the path only,
 * and its answer takes the fragment's place.
 */
export function keepFragmentAcrossLogin(path = window.location.pathname, hash = window.location.hash): void {
  if ([...fragmentParams(hash).keys()].length > 0) {
    sessionStore()?.setItem(KEPT, JSON.stringify({ path, hash, at: Date.now() }));
  }
}

/** The fragment kept for this path before a login, if it is recent. */
function keptFragment(path: string): string {
  try {
    const kept = JSON.parse(sessionStore()?.getItem(KEPT) ?? 'null') as { path: string; hash: string; at: number } | null;
    return kept && kept.path === path && Date.now() - kept.at < KEPT_FOR_MS ? kept.hash : '';
  } catch {
    return '';
  }
}

/** Forgets a kept fragment, once it has served (the ballot is cast). */
export function forgetKeptFragment(): void {
  sessionStore()?.removeItem(KEPT);
}

/** The page's fragment parameters: its own, or those kept across a login to this path. */
export function pageFragment(path: string, hash: string): URLSearchParams {
  const own = fragmentParams(hash);
  return [...own.keys()].length > 0 ? own : fragmentParams(keptFragment(path));
}
