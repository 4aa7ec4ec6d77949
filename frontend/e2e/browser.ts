import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForVerificationLink } from './mail';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:4173';

/** Debian's Chromium, started the way this machine allows: headless, no sandbox, no background traffic. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * WCAG 2.1 A and AA as BITV 2.0 requires them: any violation fails the test and is listed. As every state of every
 * journey is checked here, a German page is also checked for English words of the API (expectNoEnglishServerText).
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(found, `axe-core violations on ${state}`).toEqual([]);
  if ((await page.getAttribute('html', 'lang'))?.startsWith('de')) {
    await expectNoEnglishServerText(page, state);
  }
}

/**
 * What the API says in English, from its bundles (backend/src/main/resources/*Messages_en.properties): each message
 * cut at its arguments ("{max}"), keeping the pieces of words long enough to be English beyond doubt ("must be at
 * most", "is required", "appears twice") – single words such as "latitude" are also names of open-data fields.
 */
const ENGLISH_SERVER_TEXTS = ['ValidationMessages_en', 'ProblemMessages_en'].flatMap((bundle) =>
  readFileSync(new URL(`../../backend/src/main/resources/${bundle}.properties`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.includes('=') && !line.startsWith('#'))
    .flatMap((line) => line.slice(line.indexOf('=') + 1).split(/\{\w+\}/))
    .map((piece) => piece.replace(/^[\s'(),.:;]+|[\s'(),.:;]+$/g, ''))
    .filter((piece) => piece.length >= 8 && piece.includes(' ')),
);

/**
 * The German UI says problems in its own words, from their codes: no English text of the API may show on the page
 * (in an error summary, at a field or in a status line). Journeys call it after every state that shows a problem;
 * expectNoAxeViolations calls it on every German state.
 */
export async function expectNoEnglishServerText(page: Page, state: string): Promise<void> {
  const text = await page.locator('body').innerText();
  const english = ENGLISH_SERVER_TEXTS.filter((piece) => text.includes(piece));
  expect(english, `English words of the API on ${state}`).toEqual([]);
}

/** WCAG 1.4.10 reflow: at 320 CSS pixels wide nothing may need horizontal scrolling. */
export async function expectReflowAt320(page: Page, state: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  // Charts redraw on a resize observer's next frame: wait for the layout to settle.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `page width at 320 px on ${state}`, timeout: 3000 })
    .toBeLessThanOrEqual(320)
    .catch(async (error: Error) => {
      const wide = await page.evaluate(() =>
        Array.from(document.querySelectorAll('body *'))
          .filter((e) => e.getBoundingClientRect().right > 321)
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
      );
      throw new Error(`${error.message}; too wide: ${wide.join(', ')}`);
    });
  if (viewport) {
    await page.setViewportSize(viewport);
  }
}

/** Logs in on Keycloak's page from a page that shows the app's login button, and waits to be back. */
export async function logInAs(page: Page, user: 'admin' | 'moderator' | 'citizen' | 'erika'): Promise<void> {
  const back = page.url();
  await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(/\/realms\/mitwirken\//);
  await page.fill('#username', user);
  await page.fill('#password', user);
  await page.click('#kc-login');
  await page.waitForURL(back);
}

/** What someone types into Keycloak's registration form: nothing the platform does not need. */
export interface NewAccount {
  username: string;
  email: string;
  password: string;
}

/**
 * A fresh account (user name PREFIX-<time>-<random>, an address at example.org that only the local mail catcher receives) with
 * a password the realm's policy accepts: 12 characters or more, neither the user name nor the e-mail address.
 */
export function newAccount(prefix: string): NewAccount {
  const username = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  return {
    username,
    email: `${username}@example.org`,
    password: 'Gemeinsam-planen-2024!',
  };
}

/** From a page that shows the app's login button: on to Keycloak's login page and from there to its registration. */
export async function openRegistration(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(/\/realms\/mitwirken\//);
  await page.getByRole('link', { name: 'Registrieren' }).click();
  await page.locator('#password-confirm').waitFor();
}

/**
 * Fills Keycloak's registration form and sends it; fails if the form asks for a first or last name, which nothing in
 * the platform needs (the realm's user profile has only user name and e-mail address).
 */
export async function submitRegistration(page: Page, account: NewAccount): Promise<void> {
  expect(await page.locator('#firstName, #lastName').count(), 'fields for first or last name').toBe(0);
  for (const [field, value] of [
    ['#username', account.username],
    ['#email', account.email],
    ['#password', account.password],
    ['#password-confirm', account.password],
  ] as const) {
    await page.fill(field, value);
  }
  await page.getByRole('button', { name: 'Registrieren' }).click();
}

/**
 * Registers the account from a page that shows the app's login button, confirms the e-mail address with the link
 * Keycloak mails to the local mail catcher and waits to be back on that page, logged in. Opened in the same page, the
 * link finishes the login and Keycloak goes straight back to the app; in another browser it would first ask to
 * confirm ("E-Mail-Adresse bestätigen", "» Klicken Sie hier um fortzufahren").
 */
export async function registerAndVerify(page: Page, account: NewAccount): Promise<void> {
  const back = page.url();
  await openRegistration(page);
  const since = new Date(Date.now() - 1000);
  await submitRegistration(page, account);
  // Keycloak holds the login until the address is confirmed.
  await page.getByRole('heading', { name: 'E-Mail verifizieren' }).waitFor();
  await page.goto(await waitForVerificationLink(account.email, { since }));
  await page.waitForURL(back);
}

/** A fresh browser context in German, as a first-time visitor sees the site. */
export async function visitorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE' });
  return context.newPage();
}
