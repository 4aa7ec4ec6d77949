import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, expectNoAxeViolations, launchBrowser } from './browser';

/** A citizen's journeys on a phone: 390 × 844 CSS pixels, touch, as most people first meet the platform. */
const PHONE = { width: 390, height: 844 };
const SURVEY_FORMAT = 'umfrage-und-geoportal-2024';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function phonePage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: PHONE, hasTouch: true, isMobile: true });
  return context.newPage();
}

/** Every state on the phone: no axe violation, no German page with English API text, nothing wider than the screen. */
async function expectFitsThePhone(page: Page, state: string): Promise<void> {
  await expectNoAxeViolations(page, `${state} at 390 px`);
  const tooWide = await page.evaluate((width) => {
    const wide = Array.from(document.querySelectorAll('body *')).filter((element) => element.getBoundingClientRect().right > width + 1);
    return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 5).map((element) => `${element.tagName.toLowerCase()}.${element.className}`) };
  }, PHONE.width);
  expect(tooWide.scrollWidth, `page width on ${state}; too wide: ${tooWide.wide.join(', ')}`).toBeLessThanOrEqual(PHONE.width);
}

describe('a citizen on a phone', () => {
  it('opens the menu, finds what is open now and goes from there to the questionnaire', async () => {
    const page = await phonePage();
    await page.goto(BASE_URL);
    const joinNow = page.getByRole('region', { name: 'Jetzt mitmachen' });
    await joinNow.getByRole('heading', { level: 3, name: 'Online-Befragung zum INSEK' }).waitFor();
    expect(await page.getByRole('link', { name: 'Handlungsfelder', exact: true }).isVisible()).toBe(false);
    await expectFitsThePhone(page, 'the home page');

    const menu = page.getByRole('button', { name: 'Menü' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.tap();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: 'Handlungsfelder', exact: true }).waitFor({ state: 'visible' });
    await expectFitsThePhone(page, 'the home page with the menu open');
    await page.getByRole('link', { name: 'Handlungsfelder', exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: 'Handlungsfelder' }).waitFor();
    expect(await menu.getAttribute('aria-expanded'), 'the menu closes after navigating').toBe('false');
    await expectFitsThePhone(page, 'the fields of action');

    await page.goBack();
    await joinNow.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Online-Befragung zum INSEK' }) })
      .getByRole('link', { name: 'Fragebogen ausfüllen' })
      .tap();
    await page.getByRole('heading', { level: 1, name: 'Online-Befragung zum INSEK' }).waitFor();
    await expectFitsThePhone(page, 'the questionnaire');

    await page.getByRole('radio', { name: 'Innenstadt' }).tap();
    await page.getByRole('checkbox', { name: 'Mit dem Rad' }).tap();
    await page.getByRole('radio', { name: '4', exact: true }).tap();
    await page.getByRole('button', { name: '„Klima, Umwelt und Grün“ nach oben' }).tap();
    await page.getByText('„Klima, Umwelt und Grün“ steht jetzt auf Platz 1.').waitFor();
    await page.getByRole('textbox', { name: 'Anregungen und Kritik' }).fill('Mehr Bänke in der Fußgängerzone.');
    await page.getByRole('button', { name: 'Antworten absenden' }).tap();
    await page.getByRole('status').getByText('Danke! Ihre Antworten sind gespeichert.').waitFor();
    await expectFitsThePhone(page, 'the questionnaire sent');

    await page.getByRole('link', { name: 'Ergebnisse ansehen' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Ergebnisse: Online-Befragung zum INSEK' }).waitFor();
    await page.getByRole('table', { name: 'Antworten: Wo wohnen Sie?' }).waitFor();
    await expectFitsThePhone(page, 'the survey results');
    await page.context().close();
  });

  it('marks a place in the map portal from the list and is thanked where the eye is', async () => {
    const page = await phonePage();
    await page.goto(`${BASE_URL}/formate/${SURVEY_FORMAT}/karte`);
    await page.getByRole('heading', { level: 1, name: 'Kartenportal: Online-Umfrage und Geoportal' }).waitFor();
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(50);
    await expectFitsThePhone(page, 'the map portal');

    const title = `Trinkbrunnen ${Date.now()}`;
    await page.getByLabel(/^Ort \(Pflichtfeld\)/).selectOption({ label: 'Stiftsplatz' });
    await page.getByLabel(/^Art des Beitrags/).selectOption({ label: 'Idee' });
    await page.getByLabel(/^Titel/).fill(title);
    await page.getByLabel(/^Beschreibung/).fill('Ein Trinkbrunnen für heiße Tage.');
    await page.getByLabel(/^Pseudonym/).fill('Radlerin');
    await page.getByRole('button', { name: 'Beitrag senden' }).tap();
    const thanks = page.getByRole('status').getByText(`Danke! Ihr Beitrag „${title}“ erscheint, sobald die Moderation ihn geprüft hat.`);
    await thanks.waitFor();
    const box = await thanks.boundingBox();
    expect(box, 'the thanks are on screen').not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    await expectFitsThePhone(page, 'the map portal after contributing');
    await page.context().close();
  });

  it('reads a format, comments on it and follows the comment to its outcome', async () => {
    const page = await phonePage();
    await page.goto(`${BASE_URL}/formate/begehungen-ortsbezirke-2024`);
    await page.getByRole('heading', { level: 2, name: 'Kommentare' }).waitFor();
    await expectFitsThePhone(page, 'a format page');

    const text = `Mehr Licht am Radweg zur Uni, bitte. ${Date.now()}`;
    await page.getByLabel(/^Pseudonym/).fill('Pendlerin');
    await page.getByLabel(/^Ihr Kommentar/).fill(text);
    await page.getByRole('button', { name: 'Kommentar senden' }).tap();
    await page.getByRole('status').getByText(/Danke für Ihren Beitrag/).waitFor();
    const own = page.locator('article').filter({ hasText: text });
    await own.waitFor();
    await expectFitsThePhone(page, 'a format page with a comment');

    await own.getByRole('link', { name: 'Was ist aus meinem Beitrag geworden?' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Was ist aus Ihrem Beitrag geworden?' }).waitFor();
    await expectFitsThePhone(page, 'a contribution followed to its outcome');
    await page.context().close();
  });

  it("reads a field of action with the city's responses and searches for citizens' words", async () => {
    const page = await phonePage();
    await page.goto(`${BASE_URL}/handlungsfelder/mobilitaet`);
    await page.getByRole('heading', { level: 2, name: 'Was ist daraus geworden?' }).waitFor();
    await page.getByRole('heading', { name: 'Antworten der Stadt' }).waitFor();
    await expectFitsThePhone(page, 'a field of action with its outcomes');

    await page.goto(`${BASE_URL}/suche?q=Radverkehrsnetz`);
    await page.getByRole('heading', { level: 1, name: 'Ergebnisse für „Radverkehrsnetz“' }).waitFor();
    await expectFitsThePhone(page, 'the search results');
    await page.context().close();
  });
});
