import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, expectNoAxeViolations, expectReflowAt320, launchBrowser } from './browser';
import { chooseByKeyboard, press, typeInto } from './keyboard';

const FORMAT = 'umfrage-und-geoportal-2024';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function visitorPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE' });
  return context.newPage();
}

describe('the online questionnaire', () => {
  it('is answered by keyboard alone, and its results are shown with charts', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/formate/${FORMAT}`);
    await press(page.getByRole('link', { name: 'Online-Befragung zum INSEK', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'Online-Befragung zum INSEK' }).waitFor();
    await expectNoAxeViolations(page, 'the survey');

    await press(page.getByRole('button', { name: 'Antworten absenden' }));
    await page.getByRole('alert').getByText('Wo wohnen Sie?: is required').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectNoAxeViolations(page, 'the survey with errors');

    await press(page.getByRole('radio', { name: 'Innenstadt' }), 'Space');
    await press(page.getByRole('checkbox', { name: 'Mit dem Rad' }), 'Space');
    await press(page.getByRole('checkbox', { name: 'Mit Bus und Bahn' }), 'Space');
    await press(page.getByRole('radio', { name: '4', exact: true }), 'Space');
    await press(page.getByRole('button', { name: '„Klima, Umwelt und Grün“ nach oben' }));
    await page.getByText('„Klima, Umwelt und Grün“ steht jetzt auf Platz 1.').waitFor();
    await press(page.getByRole('radio', { name: 'Lieblingsort' }), 'Space');
    await chooseByKeyboard(page.getByLabel('Ort aus der Liste wählen'), 'Japanischer Garten');
    await typeInto(page.getByRole('textbox', { name: 'Anregungen und Kritik' }), 'Mehr Schatten am Stiftsplatz – bitte!');
    await press(page.getByRole('button', { name: 'Antworten absenden' }));
    await page.getByRole('status').getByText('Danke! Ihre Antworten sind gespeichert.').waitFor();

    await press(page.getByRole('link', { name: 'Ergebnisse ansehen' }));
    await page.getByRole('heading', { level: 1, name: 'Ergebnisse: Online-Befragung zum INSEK' }).waitFor();
    await page.getByText(/^\d+ Antworten insgesamt\.$/).waitFor();
    await page.getByRole('table', { name: 'Antworten: Wo wohnen Sie?' }).waitFor();
    expect(await page.locator('canvas').count()).toBeGreaterThan(3);
    await expectNoAxeViolations(page, 'the survey results');
    await expectReflowAt320(page, 'the survey results');
    await page.context().close();
  });
});

describe('the map portal', () => {
  it('takes a place from the list or a district by keyboard alone; the map shows the published ones', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/formate/${FORMAT}`);
    await press(page.getByRole('link', { name: 'Zum Kartenportal „Online-Umfrage und Geoportal“' }));
    await page.getByRole('heading', { level: 1, name: 'Kartenportal: Online-Umfrage und Geoportal' }).waitFor();
    await expect.poll(() => page.locator('.leaflet-interactive').count()).toBeGreaterThan(50);
    await page.getByRole('heading', { level: 2, name: /^\d+ Beiträge$/ }).waitFor();
    await expectNoAxeViolations(page, 'the map portal');

    const title = `Bank am Weiher ${Date.now()}`;
    await chooseByKeyboard(page.getByLabel(/^Ort \(Pflichtfeld\)/), 'Stiftsplatz');
    await chooseByKeyboard(page.getByLabel(/^Art des Beitrags/), 'Idee');
    await typeInto(page.getByLabel(/^Titel/), title);
    await typeInto(page.getByLabel(/^Beschreibung/), 'Eine Sitzbank im Schatten.');
    await typeInto(page.getByLabel(/^Pseudonym/), 'Nachbarin');
    await press(page.getByRole('button', { name: 'Beitrag senden' }));
    await page.getByRole('status').getByText(/sobald die Moderation ihn geprüft hat/).waitFor();

    await press(page.getByRole('radio', { name: 'Ortsbezirk' }), 'Space');
    await chooseByKeyboard(page.getByLabel(/^Ortsbezirk \(Pflichtfeld\)/), 'Mölschbach');
    await typeInto(page.getByLabel(/^Titel/), `Spielplatz ${title}`);
    await typeInto(page.getByLabel(/^Beschreibung/), 'Der Spielplatz braucht neue Geräte.');
    await press(page.getByRole('button', { name: 'Beitrag senden' }));
    await page.getByRole('status').getByText(/sobald die Moderation ihn geprüft hat/).waitFor();
    await expectNoAxeViolations(page, 'the map portal after contributing');

    await page.getByRole('region', { name: 'Karte der Beiträge' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('+');
    await page.context().close();
  });

  it('serves its contributions as GeoJSON', async () => {
    const page = await visitorPage();
    const response = await page.request.get(`${BASE_URL}/api/v1/map-contributions?format=${FORMAT}`, {
      headers: { Accept: 'application/geo+json' },
    });
    expect(response.headers()['content-type']).toContain('application/geo+json');
    const collection = (await response.json()) as { type: string; features: { geometry: { coordinates: number[] } }[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBeGreaterThan(100);
    const [lon, lat] = collection.features[0]!.geometry.coordinates;
    expect(lon).toBeGreaterThan(7.6);
    expect(lat).toBeGreaterThan(49.3);
    await page.context().close();
  });
});

describe('open data', () => {
  it('lists every dataset with its downloads', async () => {
    const page = await visitorPage();
    await page.goto(BASE_URL);
    await press(page.getByRole('link', { name: 'Offene Daten' }));
    await page.getByRole('heading', { level: 1, name: 'Offene Daten' }).waitFor();
    await page.getByRole('link', { name: 'Kartenbeiträge als GEOJSON' }).waitFor();
    await expectNoAxeViolations(page, 'the open data page');
    await page.context().close();
  });
});
