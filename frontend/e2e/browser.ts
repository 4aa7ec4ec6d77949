import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

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

/** WCAG 2.1 A and AA as BITV 2.0 requires them: any violation fails the test and is listed. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(found, `axe-core violations on ${state}`).toEqual([]);
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

/** A fresh browser context in German, as a first-time visitor sees the site. */
export async function visitorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE' });
  return context.newPage();
}
