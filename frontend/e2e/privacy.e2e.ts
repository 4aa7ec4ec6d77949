import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  expectNoAxeViolations,
  expectReflowAt320,
  launchBrowser,
  logInAs,
  newAccount,
  openRegistration,
  registerAndVerify,
  submitRegistration,
  visitorPage,
} from './browser';
import { findAccount } from './keycloak';
import { press, typeInto } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('legal and information pages', () => {
  it('are linked from every page, accessible and reflow at 320 px', async () => {
    const page = await visitorPage(browser);
    await page.goto(`${BASE_URL}/`);
    const footer = page.getByRole('contentinfo');
    for (const [link, heading] of [
      ['Datenschutz', 'Datenschutzerklärung'],
      ['Impressum', 'Impressum'],
      ['Leichte Sprache', 'Leichte Sprache'],
      ['Barrierefreiheitserklärung', 'Erklärung zur Barrierefreiheit'],
    ] as const) {
      await press(footer.getByRole('link', { name: link, exact: true }));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectNoAxeViolations(page, link);
      await expectReflowAt320(page, link);
    }
    await page.getByRole('heading', { name: 'Schlichtungsverfahren' }).waitFor();
  });
});

describe('the Content-Security-Policy', () => {
  it('is sent with the app, and home, map portal and login work under it without a single violation', async () => {
    const page = await visitorPage(browser);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) {
        violations.push(message.text());
      }
    });
    const response = await page.goto(`${BASE_URL}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['content-security-policy']).toContain("object-src 'none'");
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto(`${BASE_URL}/formate/umfrage-und-geoportal-2024/karte`);
    await page.locator('.leaflet-container').waitFor();
    await page.goto(`${BASE_URL}/mein-konto`);
    await logInAs(page, 'citizen');
    await page.getByRole('heading', { level: 2, name: 'Meine Daten herunterladen' }).waitFor();
    expect(violations).toEqual([]);
  });
});

// Keycloak's messages (German) when the realm's password policy refuses a password.
const PASSWORD_TOO_SHORT = 'Ungültiges Passwort: Es muss mindestens 12 Zeichen lang sein.';
const PASSWORD_IS_USER_NAME = 'Ungültiges Passwort: Es darf nicht gleich sein wie der Benutzername.';

/** The texts of a format's published comments, read through the API as any visitor would. */
async function formatCommentTexts(formatSlug: string): Promise<string[]> {
  const format = (await (await fetch(`${BASE_URL}/api/v1/formats/${formatSlug}`)).json()) as { id: string };
  const page = (await (
    await fetch(`${BASE_URL}/api/v1/comments?targetType=FORMAT&targetId=${format.id}&size=100`, { headers: { 'Cache-Control': 'no-cache' } })
  ).json()) as { items: { text: string }[] };
  return page.items.map((comment) => comment.text);
}

describe('my data', () => {
  it('an account holder downloads her data and erases it, by keyboard', async () => {
    const page = await visitorPage(browser);
    await page.goto(`${BASE_URL}/mein-konto`);
    await logInAs(page, 'erika');
    await page.goto(`${BASE_URL}/formate/begehungen-ortsbezirke-2024`);
    await typeInto(page.getByRole('textbox', { name: 'Ihr Kommentar' }), 'Bitte mehr Sitzbänke am Fluss.');
    await press(page.getByRole('button', { name: 'Kommentar senden' }));
    await page.getByText('Bitte mehr Sitzbänke am Fluss.').waitFor();

    await press(page.getByRole('link', { name: /Angemeldet als erika/ }));
    await page.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    await expectNoAxeViolations(page, 'my account');
    const download = page.waitForEvent('download');
    await press(page.getByRole('button', { name: 'Daten herunterladen' }));
    const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as {
      account: string;
      name: string;
      sections: { comments: { written: { text: string }[] } };
    };
    // `account` is the subject everything is stored under (Keycloak's UUID), `name` the login name.
    expect(exported.name).toBe('erika');
    expect(exported.account).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(exported.sections.comments.written.map((c) => c.text)).toContain('Bitte mehr Sitzbänke am Fluss.');

    await press(page.getByRole('radio', { name: /Löschen/ }), 'Space');
    await press(page.getByRole('button', { name: 'Meine Daten jetzt löschen' }));
    await page.getByRole('status').getByText('Bitte bestätigen Sie zuerst').waitFor();
    await press(page.getByRole('checkbox', { name: /nicht rückgängig/ }), 'Space');
    await press(page.getByRole('button', { name: 'Meine Daten jetzt löschen' }));
    await page.getByRole('status').getByText('Ihre Daten wurden gelöscht.').waitFor();
    await expectNoAxeViolations(page, 'my account after erasure');

    await page.goto(`${BASE_URL}/formate/begehungen-ortsbezirke-2024`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('Bitte mehr Sitzbänke am Fluss.').count()).toBe(0);
  });

  it('a new account holder deletes her login in the Keycloak account console linked from "Mein Konto", and her comment goes within the sync time', async () => {
    const page = await visitorPage(browser);
    const account = newAccount('loeschung');
    await page.goto(`${BASE_URL}/mein-konto`);
    await registerAndVerify(page, account);
    expect(await findAccount(account.username)).toMatchObject({ email: account.email, emailVerified: true });
    const text = `Bitte mehr Schatten am Stiftsplatz (${account.username}).`;
    await page.goto(`${BASE_URL}/formate/begehungen-ortsbezirke-2024`);
    await typeInto(page.getByRole('textbox', { name: 'Ihr Kommentar' }), text);
    await press(page.getByRole('button', { name: 'Kommentar senden' }));
    await page.getByText(text).waitFor();
    await page.goto(`${BASE_URL}/mein-konto`);

    await page.getByRole('link', { name: 'Konto bei der Anmeldung verwalten oder löschen' }).click();
    await page.getByRole('button', { name: 'Benutzerkonto löschen' }).click();
    await page.getByRole('button', { name: 'Löschen', exact: true }).click();
    await page.fill('#password', account.password);
    await page.click('#kc-login');
    await page.getByRole('button', { name: 'Löschung bestätigen' }).click();
    await page.waitForLoadState('networkidle');

    await page.goto(`${BASE_URL}/mein-konto`);
    await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
    await page.fill('#username', account.username);
    await page.fill('#password', account.password);
    await page.click('#kc-login');
    await page.getByText('Ungültiger Benutzername oder Passwort.').waitFor();
    expect(await findAccount(account.username)).toBeUndefined();
    // Every instance compares its accounts with Keycloak (every 5 s in the e2e profile) and erases a deleted login's data.
    await expect.poll(() => formatCommentTexts('begehungen-ortsbezirke-2024'), { timeout: 30_000, interval: 1000 }).not.toContain(text);
  });

  it('registration refuses a password under 12 characters or equal to the user name, and creates no account', async () => {
    const page = await visitorPage(browser);
    const account = newAccount('kurz');
    await page.goto(`${BASE_URL}/mein-konto`);
    await openRegistration(page);

    await submitRegistration(page, { ...account, password: 'kurz' });
    await page.getByText(PASSWORD_TOO_SHORT).waitFor();
    await submitRegistration(page, { ...account, password: account.username });
    await page.getByText(PASSWORD_IS_USER_NAME).waitFor();

    expect(page.url()).toMatch(/\/realms\/mitwirken\/login-actions\/registration/);
    expect(await findAccount(account.username)).toBeUndefined();
  });
});
