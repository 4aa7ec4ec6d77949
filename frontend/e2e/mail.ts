// The local mail catcher (MailDev, started by scripts/mail.sh) through its REST API: every mail Keycloak sends in the
// tests lands there, and nothing is relayed further.
export const MAIL_URL = process.env.E2E_MAIL_URL ?? 'http://127.0.0.1:1080';

export interface MailAddress {
  address: string;
  name?: string;
}

/** A mail as MailDev stores it (the fields the tests use). */
export interface Mail {
  id: string;
  time: string;
  subject: string;
  from: MailAddress[];
  to: MailAddress[];
  text?: string;
  html?: string;
  /** Files sent along (e.g. an event as .ics). */
  attachments?: { fileName?: string; contentType: string }[];
}

async function mailApi(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${MAIL_URL}/api${path}`, init);
  if (!response.ok) {
    throw new Error(`mail catcher: ${init?.method ?? 'GET'} ${path} answered ${response.status}`);
  }
  return response;
}

/** Every mail the catcher holds, oldest first. */
export async function listMails(): Promise<Mail[]> {
  return (await (await mailApi('/email')).json()) as Mail[];
}

/** Removes one mail from the catcher. */
export async function deleteMail(id: string): Promise<void> {
  await mailApi(`/email/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Empties the catcher (also for whoever reads it in a browser at the same time). */
export async function clearMails(): Promise<void> {
  await mailApi('/email/all', { method: 'DELETE' });
}

export interface WaitForMailOptions {
  /** Ignore mails that arrived before this moment (default: take any). */
  since?: Date;
  /** Only mails whose subject matches. */
  subject?: RegExp;
  /** Give up after this many milliseconds (default 30 s). */
  timeoutMs?: number;
}

/** Waits (polling) for the newest mail to the address, and fails with what the catcher holds when none comes. */
export async function waitForMail(to: string, options: WaitForMailOptions = {}): Promise<Mail> {
  const { since, subject, timeoutMs = 30_000 } = options;
  const deadline = Date.now() + timeoutMs;
  const wanted = to.toLowerCase();
  for (;;) {
    const mails = (await listMails()).filter(
      (mail) =>
        mail.to.some((recipient) => recipient.address.toLowerCase() === wanted) &&
        (!since || new Date(mail.time).getTime() >= since.getTime()) &&
        (!subject || subject.test(mail.subject)),
    );
    const newest = mails.sort((a, b) => new Date(b.time).getTime() - new Date(a.time).getTime())[0];
    if (newest) {
      return newest;
    }
    if (Date.now() > deadline) {
      const held = (await listMails()).map((mail) => `${mail.to.map((r) => r.address).join(', ')}: ${mail.subject}`);
      throw new Error(`no mail to ${to} within ${timeoutMs} ms; the catcher holds: ${held.join(' | ') || 'nothing'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const ACTION_TOKEN_LINK = /https?:\/\/[^\s"'<>]+\/login-actions\/action-token\?[^\s"'<>]+/;

/** The link of Keycloak's "verify your e-mail address" mail (…/login-actions/action-token?key=…). */
export function verificationLink(mail: Mail): string {
  const inText = mail.text?.match(ACTION_TOKEN_LINK)?.[0];
  const inHtml = mail.html?.match(ACTION_TOKEN_LINK)?.[0]?.replaceAll('&amp;', '&');
  const link = inText ?? inHtml;
  if (!link) {
    throw new Error(`mail "${mail.subject}" to ${mail.to.map((r) => r.address).join(', ')} has no verification link`);
  }
  return link;
}

/** Waits for Keycloak's verification mail to the address and returns its link. */
export async function waitForVerificationLink(to: string, options: WaitForMailOptions = {}): Promise<string> {
  return verificationLink(await waitForMail(to, options));
}
