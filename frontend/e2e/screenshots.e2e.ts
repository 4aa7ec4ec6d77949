import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, expectNoAxeViolations, launchBrowser } from './browser';

// The pages a reviewer should see without running the product, on a phone and a desktop, and the projector in a hall.
// `make screenshots` writes them to docs/screenshots/; in `make test-e2e` the same walk checks each page with axe at
// each width and keeps the pictures in a temporary folder.
const OUT = process.env.E2E_SCREENSHOTS_DIR ?? join(tmpdir(), 'mitwirken-screenshots');
const DIALOGUE = '/formate/buergerbeteiligung-13-11-2024';
const MAP_PORTAL = '/formate/umfrage-und-geoportal-2024/karte';
const ROUND = 'Priorisierung der vier Handlungsfelder';
const SCREENS = [
  { name: 'telefon', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

let browser: Browser;
let roundPath: string;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
  const page = await pageAt(1280, 800);
  await page.goto(`${BASE_URL}${DIALOGUE}`);
  await page.getByRole('link', { name: ROUND }).click();
  await page.getByRole('heading', { level: 1, name: ROUND }).waitFor();
  roundPath = new URL(page.url()).pathname;
  await closeWithContext(page);
});

afterAll(async () => {
  await browser?.close();
});

/** A page of its own browser context (axe needs one), in German, at a screen size. */
async function pageAt(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width, height } });
  return context.newPage();
}

async function closeWithContext(page: Page): Promise<void> {
  await page.context().close();
}

/**
 * Waits until the page has fetched what it shows. A page holding a live-results stream never goes quiet, so after a
 * few seconds the picture is taken anyway: the stream is the only request left open by then.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
}

/** Opens a page at a size, waits until its heading and data are there, checks it with axe and takes its picture. */
async function photograph(page: Page, path: string, heading: string | RegExp, file: string): Promise<void> {
  await page.goto(`${BASE_URL}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await settled(page);
  await expectNoAxeViolations(page, `${file} (${path})`);
  await page.screenshot({ path: join(OUT, `${file}.jpg`), fullPage: true, type: 'jpeg', quality: 70 });
}

describe.each(SCREENS)('the main pages on a $name screen ($width px)', ({ name, width, height }) => {
  let page: Page;

  beforeAll(async () => {
    page = await pageAt(width, height);
  });

  afterAll(async () => {
    if (page) {
      await closeWithContext(page);
    }
  });

  it('the home page with what is open now', async () => {
    await photograph(page, '/', /./, `startseite-${name}`);
  });

  it('a format page', async () => {
    await photograph(page, DIALOGUE, /Beteiligung der Bürgerinnen und Bürger/, `format-${name}`);
  });

  it('the map portal', async () => {
    await photograph(page, MAP_PORTAL, /Kartenportal/, `kartenportal-${name}`);
  });

  it('the ballot form', async () => {
    await photograph(page, roundPath, ROUND, `stimmzettel-${name}`);
  });
});

describe('the header on a phone (390 px)', () => {
  it('folds the navigation behind a Menü button, which opens it and closes again on the next page', async () => {
    const page = await pageAt(390, 844);
    await page.goto(BASE_URL);
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    const menu = page.getByRole('button', { name: 'Menü' });
    await menu.waitFor();
    expect(await navigation.isVisible()).toBe(false);
    await menu.focus();
    await page.keyboard.press('Enter');
    await navigation.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page, 'the opened phone menu');
    await navigation.getByRole('link', { name: 'Ortsbezirke' }).click();
    await page.getByRole('link', { name: 'Mölschbach' }).waitFor();
    expect(await navigation.isVisible()).toBe(false);
    await closeWithContext(page);
  });

  it('shows no Menü button on a wide screen, where the navigation sits in the header', async () => {
    const page = await pageAt(1280, 800);
    await page.goto(BASE_URL);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    expect(await page.getByRole('button', { name: 'Menü' }).isVisible()).toBe(false);
    await closeWithContext(page);
  });
});

describe('printed', () => {
  it('a format page is its content: no site header, menu, buttons or forms', async () => {
    const page = await pageAt(1280, 800);
    await page.goto(`${BASE_URL}${DIALOGUE}`);
    await page.getByRole('heading', { level: 1, name: /Beteiligung der Bürgerinnen und Bürger/ }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header, .site-footer, button, form').evaluateAll((found) => found.filter((element) => (element as HTMLElement).offsetParent !== null).length)).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await closeWithContext(page);
  });
});

describe('the projector in the hall (1920 × 1080)', () => {
  it('shows the live results without the site around them', async () => {
    const page = await pageAt(1920, 1080);
    await page.goto(`${BASE_URL}${roundPath}/live`);
    await page.getByRole('table', { name: /^Ergebnis/ }).waitFor();
    await settled(page);
    await expectNoAxeViolations(page, 'the projector');
    await page.screenshot({ path: join(OUT, 'projektor-1920.jpg'), type: 'jpeg', quality: 70 });
    await closeWithContext(page);
  });
});
