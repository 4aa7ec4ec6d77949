import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, expectNoAxeViolations, expectReflowAt320, launchBrowser, logInAs, visitorPage as newVisitorPage } from './browser';
import { press } from './keyboard';

const INSEK_FORMATS = [
  'Akteursgespräche im Dezember 2023',
  'Online-Umfrage und Geoportal',
  'Digitale Akteurswerkstatt',
  'Begehungen der Ortsbezirke',
  'Zukunftswerkstatt im Oktober 2024',
  'Beteiligung der Bürgerinnen und Bürger am 13.11.2024',
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const visitorPage = (): Promise<Page> => newVisitorPage(browser);

describe('a visitor', () => {
  it('sees the INSEK timeline with its six participation formats', async () => {
    const page = await visitorPage();
    await page.goto(BASE_URL);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('INSEK');
    for (const title of INSEK_FORMATS) {
      await page.getByRole('link', { name: title }).waitFor();
    }
    expect(await page.title()).toContain('INSEK');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await expectNoAxeViolations(page, 'the home page');
    await expectReflowAt320(page, 'the home page');
    await page.context().close();
  });

  it('finds what is open now on top of the home page: until when, what it takes, one button each', async () => {
    const page = await visitorPage();
    await page.goto(BASE_URL);
    const joinNow = page.getByRole('region', { name: 'Jetzt mitmachen' });
    const survey = joinNow.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Online-Befragung zum INSEK' }) });
    await survey.waitFor();
    expect(await survey.textContent()).toMatch(/Offen bis 31\.12\.2030/);
    expect(await survey.textContent()).toContain('Sie brauchen: nichts weiter, keine Anmeldung');
    await joinNow.getByRole('heading', { level: 3, name: 'Priorisierung der vier Handlungsfelder' }).waitFor();
    await joinNow.getByRole('heading', { level: 3, name: 'Online-Umfrage und Geoportal' }).waitFor();
    await joinNow.getByRole('heading', { level: 3, name: 'Mitdiskutieren' }).waitFor();
    expect(await page.locator('main h2').first().textContent()).toBe('Jetzt mitmachen');
    const card = (title: string) => page.locator('.format-card').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    expect(await card('Online-Umfrage und Geoportal').textContent()).toContain('Status: offen');
    expect(await card('Zukunftswerkstatt im Oktober 2024').textContent()).toContain('Status: Ergebnisse');
    await expectNoAxeViolations(page, 'the home page with what is open now');

    await survey.getByRole('link', { name: 'Fragebogen ausfüllen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Online-Befragung zum INSEK' }).waitFor();
    await page.context().close();
  });

  it('opens a format and reads its status, date, venue, what is open in it and its description', async () => {
    const page = await visitorPage();
    await page.goto(BASE_URL);
    await page.getByRole('link', { name: 'Beteiligung der Bürgerinnen und Bürger am 13.11.2024' }).click();

    await page.getByRole('heading', { level: 1, name: 'Beteiligung der Bürgerinnen und Bürger am 13.11.2024' }).waitFor();
    const here = page.getByRole('region', { name: 'Hier mitmachen' });
    await here.getByRole('heading', { level: 3, name: 'Priorisierung der vier Handlungsfelder' }).waitFor();
    const facts = await page.locator('dl.facts').textContent();
    expect(facts).toContain('offen');
    expect(facts).toContain('13.11.2024');
    expect(facts).toContain('Gartenschaugelände');
    await page.getByText(/In dieser Demo bleibt die Priorisierung/).waitFor();
    await expectNoAxeViolations(page, 'a format page with what is open in it');

    await here.getByRole('link', { name: 'Mitdiskutieren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kommentare' }).waitFor();
    await page.context().close();
  });

  it('reaches the content with the skip link, switches to English and finds the accessibility statement', async () => {
    const page = await visitorPage();
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'Accessibility statement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectNoAxeViolations(page, 'the accessibility statement in English');
    await page.context().close();
  });

  it('downloads a document of a format as a PDF with its German file name', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/formate/buergerbeteiligung-13-11-2024`);
    const link = page.getByRole('link', { name: 'Präsentation zur Bürgerinnen- und Bürgerbeteiligung am 13.11.2024' });
    await link.waitFor();

    const response = await page.request.get(new URL((await link.getAttribute('href'))!, BASE_URL).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toContain("UTF-8''Pr%C3%A4sentation");
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectNoAxeViolations(page, 'a format page with downloads');
    await page.context().close();
  });

  it('takes a format into a calendar app and follows the process by calendar and feed', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/formate/buergerbeteiligung-13-11-2024`);
    const event = page.getByRole('link', { name: 'In den Kalender eintragen (.ics)' });
    await event.waitFor();
    const ics = await page.request.get(new URL((await event.getAttribute('href'))!, BASE_URL).toString());
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar; ?charset=utf-8$/i);
    const text = await ics.text();
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(text).toContain('DTSTART;VALUE=DATE:20241113');

    await page.goto(BASE_URL);
    const calendar = page.getByRole('link', { name: 'Alle Termine in den Kalender eintragen (.ics)' }).first();
    const all = await page.request.get(new URL((await calendar.getAttribute('href'))!, BASE_URL).toString());
    expect((await all.text()).match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(INSEK_FORMATS.length);
    const feed = page.getByRole('link', { name: 'Neuigkeiten als Feed (Atom)' }).first();
    const atom = await page.request.get(new URL((await feed.getAttribute('href'))!, BASE_URL).toString());
    expect(atom.headers()['content-type']).toMatch(/^application\/atom\+xml; ?charset=utf-8$/i);
    expect(await atom.text()).toContain('<title>Beteiligung der Bürgerinnen und Bürger am 13.11.2024</title>');
    await page.context().close();
  });

  it('reads the four fields of action with their goals and the formats on them', async () => {
    const page = await visitorPage();
    await page.goto(BASE_URL);
    await page.getByRole('navigation').getByRole('link', { name: 'Handlungsfelder' }).click();
    await page.getByRole('link', { name: 'Mobilität und Erreichbarkeit' }).waitFor();
    expect(await page.locator('.card-list > li').count()).toBe(4);
    await expectNoAxeViolations(page, 'the fields of action');

    await page.getByRole('link', { name: 'Mobilität und Erreichbarkeit' }).click();
    await page.getByRole('heading', { level: 2, name: 'Entwicklungsziele' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Radverkehrsnetz lückenlos ausbauen' }).waitFor();
    await page.getByRole('link', { name: 'Beteiligung der Bürgerinnen und Bürger am 13.11.2024' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Was ist daraus geworden?' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Lückenloses Radverkehrsnetz' }).waitFor();
    await page.getByText(/^Kartenportal|^Online-Umfrage und Geoportal: \d+/).first().waitFor();
    await expectNoAxeViolations(page, 'a field of action');

    // The city's response names the contributions it answers, each leading to what became of it.
    const response = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Lückenloses Radverkehrsnetz' }) });
    await response.getByText(/^Antwortet auf (diesen Beitrag|diese \d+ Beiträge):$/).waitFor();
    await response.locator('.answered-inputs a').first().click();
    await page.getByRole('heading', { level: 1, name: 'Was ist aus diesem Beitrag geworden?' }).waitFor();
    await page.getByRole('link', { name: 'Mobilität und Erreichbarkeit' }).waitFor();
    expect(await page.getByText(/Ihr Beitrag/).count()).toBe(0);
    await expectNoAxeViolations(page, 'a contribution someone else wrote, followed to its outcome');
    await page.context().close();
  });

  it('finds the district walk under one of the eight districts', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/ortsbezirke`);
    await page.getByRole('link', { name: 'Mölschbach' }).waitFor();
    expect(await page.locator('.pill-list > li').count()).toBe(8);
    await expectNoAxeViolations(page, 'the districts');

    await page.getByRole('link', { name: 'Mölschbach' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mölschbach' }).waitFor();
    await page.getByRole('link', { name: 'Begehungen der Ortsbezirke' }).waitFor();
    await expectNoAxeViolations(page, 'a district');
    await page.context().close();
  });

  it('filters the twelve interview notes by topic area and reads one with its findings', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/gespraechsvermerke`);
    await page.getByRole('status').getByText('12 Gesprächsvermerke').waitFor();
    await expectNoAxeViolations(page, 'the interview notes');

    await page.getByLabel('Themenbereich').selectOption('MOBILITY');
    await page.getByRole('status').getByText('1 Gesprächsvermerk').waitFor();
    expect(page.url()).toContain('topicArea=MOBILITY');
    await page.getByRole('link', { name: 'Mobilität', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Mobilität' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Herausforderungen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Projektideen' }).waitFor();
    await expectNoAxeViolations(page, 'an interview note');
    await expectReflowAt320(page, 'an interview note');
    await page.context().close();
  });

  it('searches for "Wohnungen" and finds the field of action on housing first', async () => {
    const page = await visitorPage();
    await page.goto(BASE_URL);
    await page.getByRole('searchbox', { name: 'Suche' }).fill('Wohnungen');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Ergebnisse für „Wohnungen“' }).waitFor();
    const first = page.locator('.card-list > li').first();
    await first.getByRole('link').waitFor();
    expect(await first.getByRole('link').textContent()).toBe('Wohnen und lebendige Quartiere');
    await expectNoAxeViolations(page, 'the search results');
    await page.context().close();
  });

  it("finds the city's response by its words and is taken to it on its field of action", async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/suche?q=Radverkehrsnetz`);

    await page.getByRole('heading', { level: 1, name: 'Ergebnisse für „Radverkehrsnetz“' }).waitFor();
    const response = page.locator('.card-list > li', { hasText: 'Antwort der Stadt' }).first();
    const link = response.getByRole('link', { name: 'Lückenloses Radverkehrsnetz' });
    await link.waitFor();
    await expectNoAxeViolations(page, "the search results with the city's response");
    await link.click();

    await page.waitForURL(/\/handlungsfelder\/mobilitaet#response-/);
    await page.waitForFunction(() => document.activeElement?.id.startsWith('response-') ?? false);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Lückenloses Radverkehrsnetz');
    await page.context().close();
  });

  it('comments under a pseudonym; script in comment text and name stays inert', async () => {
    const page = await visitorPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const xss = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> [x](javascript:window.__xss=3) ${Date.now()}`;
    await page.goto(`${BASE_URL}/formate/begehungen-ortsbezirke-2024`);
    await page.getByRole('heading', { level: 2, name: 'Kommentare' }).waitFor();
    await expectNoAxeViolations(page, 'a format with its comment form');

    await page.getByLabel(/^Pseudonym/).fill('<b onmouseover=alert(1)>Gast</b>');
    await page.getByLabel(/^Ihr Kommentar/).fill(xss);
    await page.getByRole('button', { name: 'Kommentar senden' }).click();
    await page.getByRole('status').getByText(/Danke für Ihren Beitrag/).waitFor();
    await page.getByText(xss).waitFor();
    await page.getByText('<b onmouseover=alert(1)>Gast</b>').first().hover();

    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('.comment-list img').count()).toBe(0);
    await expectNoAxeViolations(page, 'a format with a comment');

    const own = page.locator('article').filter({ hasText: xss });
    await own.getByRole('link', { name: 'Was ist aus meinem Beitrag geworden?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Was ist aus Ihrem Beitrag geworden?' }).waitFor();
    await page.getByText('Ihr Beitrag ist noch keinem Handlungsfeld zugeordnet.').waitFor();
    await expectNoAxeViolations(page, 'a contribution followed to its outcome');
    await page.goBack();
    await own.getByRole('button', { name: 'Zurückziehen' }).click();
    await own.getByRole('button', { name: 'Ja, zurückziehen' }).click();
    await page.getByRole('status').getByText('Ihr Beitrag ist zurückgezogen.').waitFor();
    await expect.poll(() => page.getByText(xss).count()).toBe(0);
    await page.context().close();
  });

  it('gets a page that says so for an unknown format', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/formate/gibt-es-nicht`);
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
    await expectNoAxeViolations(page, 'the not-found page');
    await page.context().close();
  });
});

describe('a signed-in citizen', () => {
  it('reloads a format page and still finds the own comment with its controls, and no support or report on it', async () => {
    const page = await visitorPage();
    const text = `Mehr Bänke im Volkspark ${Date.now()}`;
    await page.goto(`${BASE_URL}/formate/akteursgespraeche-dezember-2023`);
    await page.getByRole('heading', { level: 2, name: 'Kommentare' }).waitFor();
    await logInAs(page, 'citizen');
    await page.getByLabel(/^Ihr Kommentar/).fill(text);
    await page.getByRole('button', { name: 'Kommentar senden' }).click();
    await page.getByRole('status').getByText(/Danke für Ihren Beitrag/).waitFor();

    // The page loads before keycloak-js knows the session; the thread must come back as the author's.
    await page.reload();
    const own = page.locator('article').filter({ hasText: text });
    await own.getByRole('button', { name: 'Zurückziehen' }).waitFor();
    expect(await own.getByRole('button', { name: /^Unterstützen/ }).count()).toBe(0);
    expect(await own.getByRole('button', { name: 'Melden' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'a format with the own comment after a reload');

    await own.getByRole('link', { name: 'Was ist aus meinem Beitrag geworden?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Was ist aus Ihrem Beitrag geworden?' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Was ist aus Ihrem Beitrag geworden?' }).waitFor();
    // Back on the format page in a fresh page load. Going back after the reload is an open point: a Back pressed
    // while keycloak-js's hidden session-check frames navigate goes back inside a frame, and in the full e2e run the
    // thread stayed without the own comment even after the check was over.
    await page.goto(`${BASE_URL}/formate/akteursgespraeche-dezember-2023`);
    await own.getByRole('button', { name: 'Zurückziehen' }).click();
    await own.getByRole('button', { name: 'Ja, zurückziehen' }).click();
    await page.getByRole('status').getByText('Ihr Beitrag ist zurückgezogen.').waitFor();
    await page.context().close();
  });
});

describe('the admin', () => {
  const title = `Stadtteilspaziergang Innenstadt ${Date.now()}`;

  it('logs in on the Keycloak page, creates and publishes a format; a visitor then sees it', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/verwaltung`);
    await page.getByText('Bitte melden Sie sich an').waitFor();
    await expectNoAxeViolations(page, 'the admin page before login');

    await logInAs(page, 'admin');
    await page.waitForURL(`${BASE_URL}/verwaltung`);
    await page.getByRole('table').waitFor();
    await expectNoAxeViolations(page, 'the admin format list');

    await page.getByRole('link', { name: 'Neues Beteiligungsformat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neues Beteiligungsformat' }).waitFor();
    await expectNoAxeViolations(page, 'the empty format form');

    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByText('Bitte korrigieren Sie folgende Angaben:').waitFor();
    expect(await page.getByLabel(/Titel/).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'the format form showing errors');

    await page.getByLabel(/Titel/).fill(title);
    await page.getByLabel(/Kurzbeschreibung/).fill('Gemeinsam durch die Innenstadt.');
    await page.getByLabel('Phase').selectOption({ label: 'Strategie' });
    await page.getByLabel('Art des Formats').selectOption('DISTRICT_WALK');
    await page.getByLabel(/Beginn/).fill('2024-09-14');
    await page.getByLabel(/Veranstaltungsort/).fill('Stiftsplatz');
    await page.getByRole('group', { name: 'Ortsbezirke, die es betrifft' }).getByRole('checkbox', { name: 'Erlenbach' }).check();
    const formatFields = page.getByRole('group', { name: 'Handlungsfelder, zu denen es beiträgt' });
    await formatFields.getByRole('checkbox', { name: 'Mobilität und Erreichbarkeit' }).check();
    await expectNoAxeViolations(page, 'the format form with districts and fields of action ticked');
    await page.getByRole('button', { name: 'Anlegen' }).click();

    const saved = page.getByRole('status').filter({ hasText: `„${title}“ wurde gespeichert.` });
    await saved.waitFor();
    expect(await saved.evaluate((message) => message === document.activeElement)).toBe(true);
    const publicPath = await saved.getByRole('link', { name: 'Öffentliche Seite ansehen' }).getAttribute('href');
    expect(publicPath).toMatch(/^\/formate\/stadtteilspaziergang-innenstadt-/);
    const row = page.getByRole('row', { name: new RegExp(title) });
    expect(await row.textContent()).toContain('Entwurf');
    await page.getByRole('button', { name: `${title} veröffentlichen` }).click();
    await page.getByRole('status').getByText(`„${title}“ ist veröffentlicht.`).waitFor();
    await expectNoAxeViolations(page, 'the admin list after publishing');

    await page.getByRole('link', { name: `${title} bearbeiten` }).click();
    await page.getByRole('heading', { level: 2, name: 'Downloads' }).waitFor();
    await page.locator('#document-title').fill('Wegeplan zum Spaziergang');
    await page.getByLabel('Datei', { exact: true }).setInputFiles({
      name: 'Wegeplan_Stiftsplatz.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Dokument hochladen' }).click();
    await page.getByRole('status').getByText('„Wegeplan zum Spaziergang“ wurde hochgeladen.').waitFor();
    await expectNoAxeViolations(page, 'the format editor with its documents');

    const local = (offsetHours: number) => {
      const date = new Date(Date.now() + offsetHours * 3_600_000 - new Date().getTimezoneOffset() * 60_000);
      return date.toISOString().slice(0, 16);
    };
    await page.getByLabel('Titel der Abstimmung').fill('Was ist am Stiftsplatz am wichtigsten?');
    // The format form above offers the same fields of action, for the format itself.
    const round = page.getByRole('region', { name: 'Priorisierung eröffnen' });
    await round.getByLabel('Mobilität und Erreichbarkeit').check();
    await round.getByLabel('Klima, Umwelt und Grün').check();
    await page.getByLabel(/^Beginn/).last().fill(local(-1));
    await page.getByLabel(/^Ende/).last().fill(local(2));
    await page.getByRole('button', { name: 'Abstimmung eröffnen' }).click();
    await page.getByRole('link', { name: 'Was ist am Stiftsplatz am wichtigsten?', exact: true }).waitFor();

    await page.getByLabel('Worüber wird abgestimmt?').selectOption('GOAL');
    await page.getByLabel('Titel der Abstimmung').fill('Welche Ziele zuerst?');
    await page.getByLabel('Radverkehrsnetz lückenlos ausbauen').check();
    await page.getByLabel('Hitzevorsorge in dicht bebauten Quartieren').check();
    await expectNoAxeViolations(page, 'the voting round form over goals');
    await page.getByRole('button', { name: 'Abstimmung eröffnen' }).click();
    await page.getByRole('link', { name: 'Welche Ziele zuerst?', exact: true }).waitFor();
    await page.getByRole('button', { name: '„Was ist am Stiftsplatz am wichtigsten?“ jetzt beenden' }).click();
    await page.getByRole('status').getByText('„Was ist am Stiftsplatz am wichtigsten?“ ist beendet; das Ergebnis ist endgültig.').waitFor();
    await page.getByRole('link', { name: 'Was ist am Stiftsplatz am wichtigsten?', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Endergebnis' }).waitFor();
    await page.getByRole('table', { name: 'Endergebnis: 0 Stimmzettel mit zusammen 0 Punkten' }).waitFor();
    await expectNoAxeViolations(page, 'the final results of a closed round');

    await page.goto(`${BASE_URL}/verwaltung/gespraechsvermerke/neu`);
    await page.getByRole('heading', { level: 1, name: 'Neuer Gesprächsvermerk' }).waitFor();
    await page.getByLabel(/^Thema/).fill(`Nahversorgung ${title}`);
    await page.getByLabel(/Gesprächspartner/).fill('Einzelhandelsverband');
    await page.getByLabel(/Datum des Gesprächs/).fill('2023-12-18');
    await page.getByLabel('Wirtschaft', { exact: true }).check();
    await page.getByRole('button', { name: 'Ergebnis hinzufügen' }).click();
    await page.getByLabel('Ergebnis 1', { exact: true }).fill('Leerstand in der Fußgängerzone');
    await page.getByLabel(/^Zusammenfassung/).fill('Gespräch über die Innenstadt.');
    await expectNoAxeViolations(page, 'the interview note form');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('status').getByText(/wurde gespeichert/).waitFor();
    await page.getByRole('button', { name: `Nahversorgung ${title} veröffentlichen` }).click();
    await page.getByRole('status').getByText(/ist veröffentlicht/).waitFor();
    // Withdrawing asks first: Escape leaves it public, only "Ja, zurückziehen" withdraws it. Then it is published again.
    const withdraw = page.getByRole('button', { name: `Nahversorgung ${title} zurückziehen` });
    await withdraw.click();
    const question = page.getByRole('alertdialog', { name: new RegExp(`^„Nahversorgung ${title}“ zurückziehen\\?`) });
    await question.waitFor();
    await expectNoAxeViolations(page, 'the dialog asking before withdrawing');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'hidden' });
    expect(await withdraw.evaluate((button) => button === document.activeElement)).toBe(true);
    await withdraw.click();
    await question.getByRole('button', { name: 'Ja, zurückziehen' }).click();
    await page.getByRole('status').getByText(`„Nahversorgung ${title}“ ist zurückgezogen.`).waitFor();
    await page.getByRole('button', { name: `Nahversorgung ${title} veröffentlichen` }).click();
    await page.getByRole('status').getByText(/ist veröffentlicht/).waitFor();

    await page.getByRole('navigation', { name: 'Bereiche der Verwaltung' }).getByRole('link', { name: 'Handlungsfelder' }).click();
    await page.getByRole('link', { name: 'Mobilität und Erreichbarkeit bearbeiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Handlungsfeld bearbeiten' }).waitFor();
    await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
    await page.getByLabel('Ziel 3', { exact: true }).fill('Barrierefreie Haltestellen');
    await page.getByLabel(/Strategiekarte/).fill('{ kein JSON');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Das ist kein gültiges JSON-Objekt.').waitFor();
    await expectNoAxeViolations(page, 'the field-of-action editor showing an error');
    await page.getByLabel(/Strategiekarte/).fill('{"type": "Point", "coordinates": [7.7689, 49.4447]}');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').getByText('„Mobilität und Erreichbarkeit“ wurde gespeichert.').waitFor();

    await page.getByRole('navigation', { name: 'Bereiche der Verwaltung' }).getByRole('link', { name: 'Beteiligungsprozesse' }).click();
    await page.getByRole('link', { name: /^Integriertes Nachhaltiges .* bearbeiten$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Prozess bearbeiten' }).waitFor();
    await page.getByRole('button', { name: 'Phase hinzufügen' }).click();
    await page.getByLabel('Phase 5', { exact: true }).fill('Umsetzung');
    await page.getByLabel('Beginn von Phase 5').fill('2026-01-01');
    await expectNoAxeViolations(page, 'the process editor');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').getByText(/wurde gespeichert/).waitFor();

    await page.getByRole('navigation', { name: 'Bereiche der Verwaltung' }).getByRole('link', { name: 'Ortsbezirke' }).click();
    await page.getByRole('link', { name: 'Neuer Ortsbezirk' }).click();
    await page.getByLabel(/^Name/).fill(`Hohenecken ${title}`);
    // Drawn on the map: a rectangle by two clicks, which the GeoJSON field then holds.
    const drawing = page.getByRole('region', { name: 'Karte zum Zeichnen der Grenze' });
    const boundaryField = page.getByRole('textbox', { name: /^Grenze \(GeoJSON/ });
    await drawing.scrollIntoViewIfNeeded();
    await drawing.getByRole('button', { name: 'Rechteck zeichnen' }).click();
    const frame = (await drawing.boundingBox())!;
    await drawing.click({ position: { x: frame.width * 0.4, y: frame.height * 0.4 } });
    await page.mouse.move(frame.x + frame.width * 0.5, frame.y + frame.height * 0.5);
    await drawing.click({ position: { x: frame.width * 0.6, y: frame.height * 0.6 } });
    await expect.poll(async () => JSON.parse((await boundaryField.inputValue()) || '{}').type).toBe('Polygon');
    await expectNoAxeViolations(page, 'the district editor with a drawn boundary');
    // Imported as GeoJSON: the map then shows that boundary instead.
    await boundaryField.fill('{"type": "Polygon", "coordinates": [[[7.70, 49.40], [7.73, 49.40], [7.73, 49.42], [7.70, 49.40]]]}');
    await expect.poll(() => drawing.locator('path.leaflet-interactive').count()).toBe(1);
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('status').getByText(`„Hohenecken ${title}“ wurde gespeichert.`).waitFor();
    await page.getByRole('listitem').filter({ hasText: `Hohenecken ${title}` }).getByText('mit Grenze').waitFor();

    await page.context().close();

    const visitor = await visitorPage();
    await visitor.goto(BASE_URL);
    await visitor.getByRole('link', { name: title }).click();
    await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await visitor.locator('dl.facts').textContent()).toContain('Stiftsplatz');
    expect(new URL(visitor.url()).pathname).toBe(publicPath);
    await visitor.getByRole('link', { name: 'Wegeplan zum Spaziergang' }).waitFor();
    await visitor.goto(`${BASE_URL}/gespraechsvermerke?topicArea=ECONOMY`);
    await visitor.getByRole('link', { name: `Nahversorgung ${title}` }).click();
    await visitor.getByRole('heading', { level: 2, name: 'Potenziale' }).waitFor();
    await visitor.getByText('Leerstand in der Fußgängerzone').waitFor();
    await visitor.goto(BASE_URL);
    await visitor.getByRole('heading', { level: 3, name: /^Umsetzung/ }).waitFor();
    await visitor.goto(`${BASE_URL}/handlungsfelder/mobilitaet`);
    await visitor.getByRole('heading', { level: 3, name: 'Barrierefreie Haltestellen' }).waitFor();
    await visitor.getByRole('button', { name: 'Kommentare zu „Barrierefreie Haltestellen“ anzeigen' }).click();
    await visitor.getByRole('heading', { level: 4, name: 'Kommentare zu „Barrierefreie Haltestellen“' }).waitFor();
    await expectNoAxeViolations(visitor, 'a field of action with a goal thread open');
    await visitor.context().close();
  });
  it('registers a webhook for an app, sees its secret once and deletes it again', async () => {
    const page = await visitorPage();
    await page.goto(`${BASE_URL}/verwaltung/webhooks`);
    await logInAs(page, 'admin');
    await page.getByRole('link', { name: 'Webhook registrieren' }).click();
    await page.getByLabel(/^App \(Keycloak-Client\)/).fill('stadtzeitung');
    await page.getByLabel(/^Adresse \(URL\)/).fill('http://stadtzeitung.example/hooks');
    await page.getByLabel(/Ergebnisse veröffentlicht/).check();
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('link', { name: /Adresse \(URL\)/ }).waitFor();
    await expectNoAxeViolations(page, 'the webhook form refusing a plain-http address');
    await page.getByLabel(/^Adresse \(URL\)/).fill('https://stadtzeitung.example/hooks');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { name: 'Signiergeheimnis des neuen Webhooks' }).waitFor();
    expect(await page.getByLabel('Signiergeheimnis', { exact: true }).inputValue()).toMatch(/^whsec_[A-Za-z0-9+/=]{20,}$/);
    await expectNoAxeViolations(page, 'the secret of a new webhook');
    await page.getByRole('button', { name: 'Geheimnis ist gesichert – weiter zum Webhook' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhook für stadtzeitung' }).waitFor();
    await expectNoAxeViolations(page, 'a webhook with its deliveries');
    await page.getByRole('button', { name: 'Webhook löschen' }).click();
    await page.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
    await page.getByRole('status').getByText('Der Webhook für „stadtzeitung“ wurde gelöscht.').waitFor();
    await page.context().close();
  });
});

describe('the moderator', () => {
  it('approves a pre-moderated comment, which only then becomes public', async () => {
    const text = `Mehr Sitzbänke am Gartenschaugelände ${Date.now()}`;
    const visitor = await browser.newContext({ locale: 'de-DE' }).then((context) => context.newPage());
    await visitor.goto(`${BASE_URL}/formate/buergerbeteiligung-13-11-2024`);
    await visitor.getByLabel(/^Pseudonym/).fill('Anwohnerin');
    await visitor.getByLabel(/^Ihr Kommentar/).fill(text);
    await visitor.getByRole('button', { name: 'Kommentar senden' }).click();
    await visitor.getByRole('status').getByText(/sobald die Moderation/).waitFor();
    await visitor.reload();
    await visitor.getByRole('heading', { level: 2, name: 'Kommentare' }).waitFor();
    expect(await visitor.getByText(text).count()).toBe(0);

    const page = await browser.newContext({ locale: 'de-DE' }).then((context) => context.newPage());
    await page.goto(`${BASE_URL}/moderation`);
    await logInAs(page, 'moderator');
    await page.waitForURL(`${BASE_URL}/moderation`);
    await page.getByText(text).waitFor();
    const queued = page.getByRole('listitem').filter({ hasText: text });
    await queued.getByText(/^Geschrieben bei: Beteiligungsformat/).waitFor();
    expect(await queued.getByRole('link', { name: /^„.+“$/ }).getAttribute('href')).toMatch(/^\/formate\/buergerbeteiligung-13-11-2024#comment-/);
    await expectNoAxeViolations(page, 'the moderation queue');
    await page.getByRole('listitem').filter({ hasText: text }).getByRole('button', { name: 'Beitrag von Anwohnerin freigeben' }).click();
    await page.getByRole('status').getByText('Beitrag von Anwohnerin ist freigegeben.').waitFor();
    const logged = page.getByRole('region', { name: 'Bisherige Entscheidungen' }).getByRole('listitem').filter({ hasText: text });
    await logged.getByText(/^Freigegeben von /).waitFor();
    await logged.getByRole('button', { name: 'Neu entscheiden' }).click();
    await expectNoAxeViolations(page, 'the moderation log with a decision reopened');

    await page.getByRole('navigation').getByRole('link', { name: 'Synthese' }).click();
    await page.getByRole('heading', { level: 1, name: 'Synthese' }).waitFor();
    await page.getByLabel('Beitragsart').selectOption('COMMENT');
    await page.getByRole('checkbox', { name: new RegExp(text) }).check();
    await page.getByLabel(/^Handlungsfeld/).selectOption({ label: 'Klima, Umwelt und Grün' });
    await page.getByLabel('Entwicklungsziel').selectOption({ label: 'Grün- und Freiflächen vernetzen' });
    await page.getByRole('button', { name: 'Ausgewählte zuordnen' }).click();
    await page.getByRole('status').getByText('1 Beitrag zugeordnet.').waitFor();
    await expectNoAxeViolations(page, 'the synthesis page');
    await page.getByRole('link', { name: 'Statistik für die Verwaltung' }).click();
    await page.getByRole('heading', { level: 2, name: 'Moderation' }).waitFor();
    await page.getByText(/warten? auf Prüfung/).waitFor();
    await expectNoAxeViolations(page, 'the staff statistics');
    await page.context().close();

    await visitor.reload();
    await visitor.getByText(text).waitFor();
    await visitor.context().close();
  });
});

describe('the public dialogue', () => {
  it('takes dots online, and the projector shows them live; the old ?vor-ort=1 link no longer claims on site', async () => {
    const projector = await browser.newContext({ locale: 'de-DE', viewport: { width: 1920, height: 1080 } }).then((context) => context.newPage());
    const voter = await browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 } }).then((context) => context.newPage());
    await voter.goto(`${BASE_URL}/formate/buergerbeteiligung-13-11-2024`);
    await voter.getByRole('link', { name: 'Priorisierung der vier Handlungsfelder' }).click();
    await voter.getByRole('heading', { level: 1, name: 'Priorisierung der vier Handlungsfelder' }).waitFor();
    await expectNoAxeViolations(voter, 'the voting page');
    const roundPath = new URL(voter.url()).pathname;

    await projector.goto(`${BASE_URL}${roundPath}/live`);
    const results = projector.getByRole('table', { name: /^Ergebnis/ });
    await results.waitFor();
    const before = await results.locator('caption').textContent();
    await expectNoAxeViolations(projector, 'the projector page');

    // A projector in a hall: no site chrome, ballots and dots in words, letters of 32 px or more, nothing cut or wider than the screen.
    for (const chrome of ['banner', 'navigation', 'contentinfo'] as const) {
      expect(await projector.getByRole(chrome).count(), chrome).toBe(0);
    }
    expect(before).toMatch(/^Ergebnis: \d+ Stimmzettel mit (zusammen \d+ Punkten|1 Punkt)$/);
    expect(await projector.locator('.projector__summary').textContent()).toBe(before?.replace(/^Ergebnis: /, ''));
    const stage = projector.locator('.projector__summary, .dot-bars__label, .dot-bars__value, .dot-bars__split, .dot-bars__legend');
    expect(await projector.locator('.dot-bars__label').count()).toBe(4);
    const sizes = await stage.evaluateAll((elements) => elements.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...sizes), `font sizes on the projector: ${sizes.join(', ')}`).toBeGreaterThanOrEqual(32);
    const cut = await stage.evaluateAll((elements) =>
      elements.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > window.innerWidth).map((e) => e.textContent),
    );
    expect(cut, 'cut or overflowing labels').toEqual([]);
    expect(await projector.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
    const qr = await projector.locator('.projector__side figure.qr img').boundingBox();
    expect(qr!.width).toBeGreaterThanOrEqual(400);
    expect(qr!.y + qr!.height).toBeLessThanOrEqual(1080);
    await expectNoAxeViolations(projector, 'the projector at 1920 × 1080');

    // On a phone: steppers named for their item, what is left in words, a step too far refused with the reason.
    const more = (item: string) => voter.getByRole('button', { name: `Einen Punkt mehr für ${item}` });
    const status = voter.locator('.remaining [role="status"]');
    for (let i = 0; i < 3; i++) {
      await press(more('Mobilität und Erreichbarkeit'));
    }
    await status.getByText('Noch 2 von 5 Punkten zu vergeben.').waitFor();
    await press(more('Mobilität und Erreichbarkeit'));
    await status.getByText('„Mobilität und Erreichbarkeit“ hat schon die höchstens möglichen 3 Punkte.').waitFor();
    expect(await more('Mobilität und Erreichbarkeit').getAttribute('aria-disabled')).toBe('true');
    expect(await voter.getByRole('spinbutton', { name: 'Mobilität und Erreichbarkeit' }).inputValue()).toBe('3');
    await expectNoAxeViolations(voter, 'the ballot at 390 px with a step refused');

    // Typed past the budget: said as too many, never as a negative rest, and the button says why it holds back.
    await voter.getByRole('spinbutton', { name: 'Klima, Umwelt und Grün' }).fill('3');
    const over = 'Sie haben 1 Punkt zu viel vergeben – nehmen Sie bei einem Eintrag einen weg.';
    await status.getByText(over).waitFor();
    const submit = voter.getByRole('button', { name: 'Stimme abgeben' });
    expect(await submit.getAttribute('aria-disabled')).toBe('true');
    expect(await voter.locator(`#${await submit.getAttribute('aria-describedby')}`).textContent()).toBe(over);
    expect(await voter.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(voter, 'the ballot at 390 px over budget');
    await press(voter.getByRole('button', { name: 'Einen Punkt weniger für Klima, Umwelt und Grün' }));
    await status.getByText('Noch 0 von 5 Punkten zu vergeben.').waitFor();
    expect(await submit.getAttribute('aria-disabled')).toBeNull();
    await press(submit);
    await voter.getByText('Danke! Ihre Stimme zählt online.').waitFor();

    const oldLink = await browser.newContext({ locale: 'de-DE' }).then((context) => context.newPage());
    await oldLink.goto(`${BASE_URL}${roundPath}?vor-ort=1`);
    await oldLink.getByRole('spinbutton', { name: 'Wohnen und lebendige Quartiere' }).fill('1');
    expect(await oldLink.getByText('Sie stimmen vor Ort ab').count()).toBe(0);
    await oldLink.getByRole('button', { name: 'Stimme abgeben' }).click();
    await oldLink.getByText('Ihre Stimme zählt online.').waitFor();

    await expect
      .poll(async () => results.locator('caption').textContent(), { timeout: 5000 })
      .not.toBe(before);
    for (const page of [projector, voter, oldLink]) {
      await page.context().close();
    }
  });
});
