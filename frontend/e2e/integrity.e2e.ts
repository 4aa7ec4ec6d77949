import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, expectNoAxeViolations, launchBrowser, logInAs, newAccount, registerAndVerify, visitorPage as newVisitorPage } from './browser';
import { press, typeInto } from './keyboard';

// Results a city council can defend (issue 14): who may vote, and where a ballot counts, decided by the server.
const DIALOGUE = 'buergerbeteiligung-13-11-2024';
const DEMO_ROUND = 'Priorisierung der vier Handlungsfelder';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const visitorPage = (): Promise<Page> => newVisitorPage(browser);

/** A datetime-local value this many hours from now. */
const local = (offsetHours: number) => {
  const date = new Date(Date.now() + offsetHours * 3_600_000 - new Date().getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
};

/** Replaces a number field's value by keyboard: select what is there, type the new value. */
async function setNumber(field: Locator, value: string): Promise<void> {
  await field.focus();
  await field.page().keyboard.press('Control+A');
  await field.page().keyboard.type(value);
}

/** The ballots on the projector's count table, in its last row: all ballots online, on site and together. */
async function allBallots(page: Page): Promise<{ online: number; onSite: number; total: number }> {
  const cells = await page
    .getByRole('table', { name: 'Abgegebene Stimmen nach Zugang und Ort' })
    .getByRole('row', { name: /^Alle Stimmen/ })
    .getByRole('cell')
    .allTextContents();
  const [online = NaN, onSite = NaN, total = NaN] = cells.map(Number);
  return { online, onSite, total };
}

describe('a voting round of one vote per account', () => {
  it('a new citizen registers, confirms the mailed link and votes in a ONE_PER_ACCOUNT round', async () => {
    const title = `Eine Stimme je Konto ${Date.now()}`;
    const admin = await visitorPage();
    await admin.goto(`${BASE_URL}/verwaltung/formate/${DIALOGUE}`);
    await logInAs(admin, 'admin');
    await admin.getByRole('heading', { level: 2, name: 'Priorisierung eröffnen' }).waitFor();

    await typeInto(admin.getByLabel('Titel der Abstimmung'), title);
    // The format form above offers the same fields of action, for the format itself.
    const round = admin.getByRole('region', { name: 'Priorisierung eröffnen' });
    await press(round.getByLabel('Mobilität und Erreichbarkeit'), 'Space');
    await press(round.getByLabel('Wohnen und lebendige Quartiere'), 'Space');
    await admin.getByLabel(/^Beginn/).last().fill(local(-1));
    await admin.getByLabel(/^Ende/).last().fill(local(2));
    const mode = admin.getByRole('group', { name: 'Wer darf abstimmen?' });
    expect(await mode.getByRole('radio', { name: 'Offen – ohne Anmeldung, je Verbindung begrenzt' }).isChecked()).toBe(true);
    await press(mode.getByRole('radio', { name: 'Eine Stimme je Konto – mit bestätigter E-Mail-Adresse' }), 'Space');
    await expectNoAxeViolations(admin, 'the voting round form with its integrity modes');
    await press(admin.getByRole('button', { name: 'Abstimmung eröffnen' }));
    const link = admin.getByRole('link', { name: title, exact: true });
    await link.waitFor();
    expect(await link.locator('xpath=..').textContent()).toContain('Eine Stimme je Konto');
    const roundPath = new URL((await link.getAttribute('href'))!, BASE_URL).pathname;
    await admin.context().close();

    const citizen = await visitorPage();
    await citizen.goto(`${BASE_URL}${roundPath}`);
    await citizen.getByRole('heading', { level: 1, name: title }).waitFor();
    await citizen.getByText('Bitte melden Sie sich an, um abzustimmen').waitFor();
    expect(await citizen.getByRole('button', { name: 'Stimme abgeben' }).count()).toBe(0);
    await expectNoAxeViolations(citizen, 'a ONE_PER_ACCOUNT round before login');

    await registerAndVerify(citizen, newAccount('abstimmung'));
    const dots = citizen.getByRole('spinbutton', { name: 'Wohnen und lebendige Quartiere' });
    await dots.waitFor();
    await setNumber(dots, '3');
    await setNumber(citizen.getByRole('spinbutton', { name: 'Mobilität und Erreichbarkeit' }), '2');
    await citizen.getByRole('status').getByText('Noch 0 von 5 Punkten zu vergeben.').waitFor();
    await press(citizen.getByRole('button', { name: 'Stimme abgeben' }));
    await citizen.getByRole('status').getByText('Danke! Ihre Stimme zählt online.').waitFor();
    await expectNoAxeViolations(citizen, 'the ballot page after voting with an account');

    await citizen.goto(`${BASE_URL}${roundPath}/live`);
    const counts = citizen.getByRole('table', { name: 'Abgegebene Stimmen nach Zugang und Ort' });
    await counts.getByRole('row', { name: 'Mit Konto 1 0 1' }).waitFor();
    expect(await counts.getByRole('row').filter({ hasText: 'Ohne Anmeldung' }).count()).toBe(0);
    await citizen.getByText('Wer abstimmen darf: Eine Stimme je Konto – mit bestätigter E-Mail-Adresse').waitFor();
    await citizen.context().close();
  });
});

describe('the projector at the public dialogue', () => {
  it('an on-site ballot through the projector\'s code', async () => {
    const projector = await visitorPage();
    await projector.goto(`${BASE_URL}/formate/${DIALOGUE}`);
    await press(projector.getByRole('link', { name: DEMO_ROUND }));
    await projector.getByRole('heading', { level: 1, name: DEMO_ROUND }).waitFor();
    const roundPath = new URL(projector.url()).pathname;
    await projector.goto(`${BASE_URL}${roundPath}/live`);
    await projector.getByText('Den Code für die Abstimmung vor Ort sehen nur angemeldete Mitarbeitende').waitFor();
    expect(await projector.locator('figure.qr figcaption').textContent()).toBe(`${BASE_URL}${roundPath}`);

    await logInAs(projector, 'admin');
    const code = (await projector.locator('.on-site-code__value').textContent({ timeout: 15_000 }))!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    const onSiteLink = `${BASE_URL}${roundPath}#vor-ort=${code}`;
    expect(await projector.locator('figure.qr figcaption').textContent()).toBe(onSiteLink);
    expect(await projector.getByRole('img', { name: `QR-Code zur Abstimmung vor Ort mit dem Code ${code}` }).count()).toBe(1);
    await projector.getByRole('table', { name: 'Abgegebene Stimmen nach Zugang und Ort' }).waitFor();
    const before = await allBallots(projector);
    await expectNoAxeViolations(projector, 'the projector page as staff');

    const participant = await visitorPage();
    await participant.goto(onSiteLink);
    await participant.getByRole('heading', { level: 1, name: DEMO_ROUND }).waitFor();
    await participant.getByText('Sie stimmen vor Ort ab').waitFor();
    await setNumber(participant.getByRole('spinbutton', { name: 'Klima, Umwelt und Grün' }), '2');
    await press(participant.getByRole('button', { name: 'Stimme abgeben' }));
    await participant.getByRole('status').getByText('Danke! Ihre Stimme zählt vor Ort.').waitFor();
    await expectNoAxeViolations(participant, 'the ballot page on site after voting');

    await expect.poll(async () => (await allBallots(projector)).onSite, { timeout: 5000 }).toBe(before.onSite + 1);
    expect((await allBallots(projector)).online).toBe(before.online);
    await participant.context().close();
    await projector.context().close();
  });
});
