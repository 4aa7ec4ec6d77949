import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  expectNoAxeViolations,
  expectNoEnglishServerText,
  expectReflowAt320,
  launchBrowser,
  logInAs,
  visitorPage as newVisitorPage,
} from './browser';
import { chooseByKeyboard, press, typeInto } from './keyboard';

const FORMAT = 'umfrage-und-geoportal-2024';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const visitorPage = (): Promise<Page> => newVisitorPage(browser);

describe('the online questionnaire', () => {
  it('is answered by keyboard alone, and its results are shown with charts', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/formate/${FORMAT}`);
    await press(page.getByRole('link', { name: 'Online-Befragung zum INSEK', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'Online-Befragung zum INSEK' }).waitFor();
    await expectNoAxeViolations(page, 'the survey');

    await press(page.getByRole('button', { name: 'Antworten absenden' }));
    await page.getByRole('alert').getByText('Wo wohnen Sie?: muss angegeben werden').waitFor();
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
    // The location question: its places on a map, counted by squares, and the same squares named in a table.
    const located = 'Wo ist Ihr Lieblingsort – oder ein Ort, der besser werden muss?';
    const squares = page.getByRole('table', { name: `Markierte Orte nach Gebiet: ${located}` });
    await squares.getByRole('row', { name: /^(Im Ortsbezirk|In der Nähe von) .+ \d+ \d+ \d+$/ }).first().waitFor();
    const map = page.getByRole('region', { name: `Karte der markierten Orte: ${located}` });
    expect(await map.locator('.map-area-label').count()).toBe(await squares.locator('tbody tr').count());
    await expectNoAxeViolations(page, 'the survey results');
    await expectReflowAt320(page, 'the survey results');

    await chooseByKeyboard(page.getByLabel('Aufschlüsseln nach'), 'Wo wohnen Sie?');
    await page.getByRole('heading', { level: 2, name: 'Wo wohnen Sie? – Innenstadt' }).waitFor();
    await page.getByRole('heading', { level: 3, name: '1. Wie sind Sie in der Stadt unterwegs?' }).first().waitFor();
    await expectNoAxeViolations(page, 'the survey results broken down');
    await page.context().close();
  });
});

describe('an admin', () => {
  it('builds a survey with participation codes; a code from the sheet opens it once', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/verwaltung/formate/begehungen-ortsbezirke-2024`);
    await logInAs(page, 'admin');
    await page.getByRole('link', { name: 'Neue Befragung' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neue Befragung' }).waitFor();
    const local = (offsetHours: number) => {
      const date = new Date(Date.now() + offsetHours * 3_600_000 - new Date().getTimezoneOffset() * 60_000);
      return date.toISOString().slice(0, 16);
    };
    const title = `Begehung Mölschbach ${Date.now()}`;
    await page.locator('#title').fill(title);
    await page.getByLabel(/^Wer darf antworten/).selectOption('PARTICIPATION_CODE');
    await page.locator('#opensAt').fill(local(-1));
    await page.locator('#closesAt').fill(local(24));
    await page.getByLabel(/^Fragetext 1/).fill('Was hat Ihnen am besten gefallen?');
    await page.getByLabel('Frage 1, Möglichkeit 1').fill('Der Dorfplatz');
    await page.getByLabel('Frage 1, Möglichkeit 2').fill('Der Spielplatz am Bach');
    await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
    await page.locator('#questions-1-type').selectOption('SCALE');
    await page.getByLabel(/^Fragetext 2/).fill('Wie zufrieden sind Sie mit dem Ortsbezirk?');
    await page.locator('#questions-1-scale-minLabel').fill('gar nicht');
    await expectNoAxeViolations(page, 'the survey editor');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('alert').getByText('Frage 2 (Bezeichnung des oberen Endes): muss angegeben werden').waitFor();
    await expectNoEnglishServerText(page, 'the survey editor with errors');
    await page.locator('#questions-1-scale-maxLabel').fill('sehr');
    // The fixed field's error goes at once; the summary has nothing left to list.
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('');
    await page.getByRole('button', { name: 'Anlegen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Befragung bearbeiten' }).waitFor();
    await page.getByLabel('Anzahl').fill('3');
    await page.getByRole('button', { name: 'Codes erzeugen' }).click();
    await page.getByRole('status').getByText('3 Codes erzeugt.').waitFor();
    const codes = await page.getByRole('list', { name: 'Die neuen Codes' }).locator('code').allTextContents();
    expect(codes).toHaveLength(3);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Druckbogen (PDF) herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-codes\.pdf$/);
    await expectNoAxeViolations(page, 'the survey with its codes');
    const surveyPath = new URL(page.url()).pathname.replace('/verwaltung/umfragen/', '/umfragen/');
    await page.context().close();

    const visitor = await visitorPage();
    await visitor.goto(`${BASE_URL}${surveyPath}#code=${codes[0]}`);
    await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await visitor.getByLabel(/^Teilnahmecode/).inputValue()).toBe(codes[0]);
    await press(visitor.getByRole('radio', { name: 'Der Dorfplatz' }), 'Space');
    await press(visitor.getByRole('radio', { name: /^4/ }), 'Space');
    await press(visitor.getByRole('button', { name: 'Antworten absenden' }));
    await visitor.getByRole('status').getByText('Danke! Ihre Antworten sind gespeichert.').waitFor();

    await visitor.context().close();

    const again = await visitorPage();
    await again.goto(`${BASE_URL}${surveyPath}#code=${codes[0]}`);
    await press(again.getByRole('radio', { name: 'Der Spielplatz am Bach' }), 'Space');
    await press(again.getByRole('radio', { name: /^2/ }), 'Space');
    await press(again.getByRole('button', { name: 'Antworten absenden' }));
    await again.getByRole('alert').getByText(/Diesen Teilnahmecode gibt es nicht, oder er wurde schon benutzt/).waitFor();
    await expectNoEnglishServerText(again, 'a survey refusing a used code');
    await again.context().close();
  });
});

describe('the map portal', () => {
  it('takes a place from the list or a district by keyboard alone; the map shows the published ones', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/formate/${FORMAT}`);
    await press(page.getByRole('link', { name: 'Zum Kartenportal „Online-Umfrage und Geoportal“' }));
    await page.getByRole('heading', { level: 1, name: 'Kartenportal: Online-Umfrage und Geoportal' }).waitFor();
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(50);
    await page.getByRole('heading', { level: 2, name: /^\d+ Beiträge$/ }).waitFor();
    await expectNoAxeViolations(page, 'the map portal');

    const title = `Bank am Weiher ${Date.now()}`;
    await chooseByKeyboard(page.getByLabel(/^Ort \(Pflichtfeld\)/), 'Stiftsplatz');
    await chooseByKeyboard(page.getByLabel(/^Art des Beitrags/), 'Idee');
    await typeInto(page.getByLabel(/^Titel/), title);
    await typeInto(page.getByLabel(/^Beschreibung/), 'Eine Sitzbank im Schatten.');
    await typeInto(page.getByLabel(/^Pseudonym/), 'Nachbarin');
    await press(page.getByRole('button', { name: 'Beitrag senden' }));
    await page.getByRole('status').getByText(`Danke! Ihr Beitrag „${title}“ erscheint, sobald die Moderation ihn geprüft hat.`).waitFor();

    await press(page.getByRole('radio', { name: 'Ortsbezirk' }), 'Space');
    await chooseByKeyboard(page.getByLabel(/^Ortsbezirk \(Pflichtfeld\)/), 'Mölschbach');
    await typeInto(page.getByLabel(/^Titel/), `Spielplatz ${title}`);
    await typeInto(page.getByLabel(/^Beschreibung/), 'Der Spielplatz braucht neue Geräte.');
    await press(page.getByRole('button', { name: 'Beitrag senden' }));
    await page.getByRole('status').getByText(`Danke! Ihr Beitrag „Spielplatz ${title}“ erscheint, sobald die Moderation ihn geprüft hat.`).waitFor();
    await expectNoAxeViolations(page, 'the map portal after contributing');

    await page.getByRole('region', { name: 'Karte der Beiträge' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('+');
    await page.context().close();
  });

  it('is crossed by keyboard: the map is one stop with links past it, a point is chosen under its crosshair and named, the thanks take the focus', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/formate/${FORMAT}/karte`);
    await page.getByRole('heading', { level: 1, name: 'Kartenportal: Online-Umfrage und Geoportal' }).waitFor();
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(50);
    expect(await page.locator('.leaflet-marker-icon[tabindex]:not([tabindex="-1"])').count()).toBe(0);
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id, role: document.activeElement?.getAttribute('role'), text: document.activeElement?.textContent?.trim() }));

    // After the filters, the first Tab shows the skip link, which goes past the map to the form.
    await page.locator('#filter-district').focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Karte überspringen' });
    expect((await focused()).text).toBe('Karte überspringen');
    expect((await skip.boundingBox())!.width).toBeGreaterThan(50);
    await expectNoAxeViolations(page, 'the map portal with its skip link shown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).id).toBe('contribute');

    // The next link leads to the list of the same contributions, the keyboard route to them.
    await page.locator('#filter-district').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Beiträge als Liste lesen – dieselben wie auf der Karte');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).id).toBe('contributions');

    // From the filters to the form takes a handful of Tabs, not one per marker.
    await page.locator('#filter-district').focus();
    let tabs = 0;
    while (!(await page.getByRole('radio', { name: 'Ort aus der Liste' }).evaluate((radio) => radio === document.activeElement)) && tabs < 20) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThanOrEqual(10);

    // The shapes are named in the legend, beside their colours.
    await page.getByRole('list', { name: 'Zeichen auf der Karte:' }).getByText('Verbesserungswürdig – rotes Dreieck').waitFor();

    // On the focused map, the arrow keys move it under the crosshair and Enter chooses the point there.
    const map = page.getByRole('region', { name: 'Karte der Beiträge' });
    await map.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const chosen = page.getByText(/^Gewählter Ort: (im Ortsbezirk|in der Nähe von) /);
    await chosen.waitFor();
    expect(await page.getByRole('radio', { name: 'Punkt auf der Karte' }).isChecked()).toBe(true);
    expect(await page.locator('#location .coordinates').textContent()).toMatch(/^\(\d+,\d{5}° N, \d+,\d{5}° O\)$/);
    await expectNoAxeViolations(page, 'the map portal with a point chosen by keyboard');

    const title = `Dunkle Unterführung ${Date.now()}`;
    await chooseByKeyboard(page.getByLabel(/^Art des Beitrags/), 'Verbesserungswürdig');
    await typeInto(page.getByLabel(/^Titel/), title);
    await typeInto(page.getByLabel(/^Beschreibung/), 'Abends zu wenig Licht.');
    await typeInto(page.getByLabel(/^Pseudonym/), 'Nachtschwärmer');
    await press(page.getByRole('button', { name: 'Beitrag senden' }));
    const thanks = `Danke! Ihr Beitrag „${title}“ erscheint, sobald die Moderation ihn geprüft hat.`;
    await page.getByRole('status').getByText(thanks).waitFor();
    expect(await focused()).toMatchObject({ role: 'status', text: thanks });
    expect(await page.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    await expectNoAxeViolations(page, 'the map portal with the thanks focused');
    await expectReflowAt320(page, 'the map portal');
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

  it('gives each format a short summary of its results, as a page and as a PDF', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/formate/${FORMAT}`);
    await press(page.getByRole('link', { name: 'Kurze Zusammenfassung der Ergebnisse von „Online-Umfrage und Geoportal“' }));
    await page.getByRole('heading', { level: 1, name: 'Online-Umfrage und Geoportal' }).waitFor();
    await page.getByText('Antworten in Befragungen').waitFor();
    await page.getByRole('heading', { level: 2, name: /^Befragung: Online-Befragung zum INSEK/ }).waitFor();
    await expectNoAxeViolations(page, 'the short summary of a format');
    const pdf = await page.request.get(`${BASE_URL}/api/v1/formats/${FORMAT}/report/pdf`);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('shows participation in numbers with charts, small counts suppressed', async () => {
    const page = await visitorPage();
    await page.goto(BASE_URL);
    await press(page.getByRole('link', { name: 'Beteiligung in Zahlen' }));
    await page.getByRole('heading', { level: 1, name: 'Beteiligung in Zahlen' }).waitFor();
    await page.getByRole('table', { name: 'Nach Beteiligungsformat' }).getByText('Online-Umfrage und Geoportal').waitFor();
    expect(await page.locator('canvas').count()).toBe(5);
    await expectNoAxeViolations(page, 'the public statistics');
    await page.context().close();
  });
});
