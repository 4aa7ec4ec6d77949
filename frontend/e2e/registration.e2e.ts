import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, expectNoAxeViolations, launchBrowser, logInAs, visitorPage } from './browser';
import { waitForMail, type Mail } from './mail';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A day this many days ahead, as a date field takes it. */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The cancellation link of a registration mail, on the app under test (the mail links to the public address). */
function cancelPath(mail: Mail): string {
  const link = mail.text?.match(/https?:\/\/\S+\/anmeldung\/abmelden\?token=\S+/)?.[0];
  expect(link, `the cancellation link in "${mail.subject}"`).toBeDefined();
  const { pathname, search } = new URL(link!);
  return `${pathname}${search}`;
}

/** Registers on the format page as a visitor and waits for the answer the page shows. */
async function register(page: Page, path: string, name: string, address: string, button: string, answer: RegExp) {
  await page.goto(`${BASE_URL}${path}`);
  const registration = page.getByRole('region', { name: 'Anmeldung' });
  await registration.getByRole('textbox', { name: /^Name/ }).fill(name);
  await registration.getByRole('textbox', { name: /E-Mail-Adresse/ }).fill(address);
  await registration.getByRole('button', { name: button }).click();
  await registration.getByRole('status').getByText(answer).waitFor();
}

describe('registration for an event', () => {
  it('a visitor registers for an event with one place, a second lands on the waiting list, the first cancels from the mail, and the second moves up and is told', async () => {
    const title = `Werkstatt mit Anmeldung ${Date.now()}`;
    const admin = await visitorPage(browser);
    await admin.goto(`${BASE_URL}/verwaltung`);
    await admin.getByText('Bitte melden Sie sich an').waitFor();
    await logInAs(admin, 'admin');
    await admin.waitForURL(`${BASE_URL}/verwaltung`);
    await admin.getByRole('table').waitFor();
    await admin.getByRole('link', { name: 'Neues Beteiligungsformat' }).click();
    await admin.getByLabel(/Titel/).fill(title);
    await admin.getByLabel(/Kurzbeschreibung/).fill('Gemeinsam am Stadtplan arbeiten.');
    await admin.getByLabel('Phase').selectOption({ label: 'Strategie' });
    await admin.getByLabel('Art des Formats').selectOption('FUTURE_WORKSHOP');
    await admin.getByLabel(/Beginn/).fill(daysAhead(60));
    await admin.getByLabel(/Veranstaltungsort/).fill('Stadtbibliothek');
    await admin.getByRole('button', { name: 'Anlegen' }).click();
    const saved = admin.getByRole('status').filter({ hasText: `„${title}“ wurde gespeichert.` });
    const publicPath = await saved.getByRole('link', { name: 'Öffentliche Seite ansehen' }).getAttribute('href');
    await admin.getByRole('button', { name: `${title} veröffentlichen` }).click();
    await admin.getByRole('status').getByText(`„${title}“ ist veröffentlicht.`).waitFor();

    await admin.getByRole('link', { name: `${title} bearbeiten` }).click();
    const settings = admin.getByRole('region', { name: 'Anmeldung zur Veranstaltung' });
    await settings.waitFor();
    await admin.locator('#registration-settings-capacity').fill('1');
    await admin.locator('#registration-settings-waitingList').fill('5');
    await admin.locator('#registration-settings-questions').fill('Brauchen Sie einen barrierefreien Zugang?');
    await settings.getByRole('button', { name: 'Anmeldung öffnen' }).click();
    await settings.getByRole('status').getByText('Gespeichert: Die Anmeldung ist offen.').waitFor();
    await expectNoAxeViolations(admin, 'the format editor with registration open');

    const first = await visitorPage(browser);
    const firstAddress = `anmeldung-eins-${Date.now()}@example.org`;
    const since = new Date(Date.now() - 1000);
    await first.goto(`${BASE_URL}${publicPath}`);
    await first.getByRole('region', { name: 'Anmeldung' }).getByText('Noch 1 Platz frei.', { exact: false }).waitFor();
    await expectNoAxeViolations(first, 'the format page with its registration form');
    await register(first, publicPath!, 'Erika Mustermann', firstAddress, 'Anmelden', /^Sie sind angemeldet\./);
    await expectNoAxeViolations(first, 'the format page after registering');

    const second = await visitorPage(browser);
    const secondAddress = `anmeldung-zwei-${Date.now()}@example.org`;
    await register(second, publicPath!, 'Max Muster', secondAddress, 'Auf die Warteliste setzen', /^Sie stehen auf der Warteliste\./);

    const confirmation = await waitForMail(firstAddress, { since, subject: /^Angemeldet: Werkstatt mit Anmeldung/ });
    expect(confirmation.html).toContain('<html lang="de">');
    expect(confirmation.attachments?.map((file) => file.contentType)).toEqual([expect.stringMatching(/^text\/calendar/)]);
    await waitForMail(secondAddress, { since, subject: /^Warteliste: Werkstatt mit Anmeldung/ });

    await first.goto(`${BASE_URL}${cancelPath(confirmation)}`);
    await first.getByRole('heading', { level: 1, name: 'Von der Veranstaltung abmelden' }).waitFor();
    await expectNoAxeViolations(first, 'the cancellation page');
    await first.getByRole('button', { name: 'Ja, abmelden' }).click();
    await first.getByRole('status').getByText(/^Sie sind abgemeldet, und Ihre Angaben sind gelöscht\./).waitFor();

    const movedUp = await waitForMail(secondAddress, { since, subject: /^Nachgerückt: Werkstatt mit Anmeldung/ });
    expect(movedUp.text).toContain('Jetzt haben Sie einen Platz');
    expect(movedUp.attachments?.map((file) => file.contentType)).toEqual([expect.stringMatching(/^text\/calendar/)]);
    await waitForMail(firstAddress, { since, subject: /^Abgemeldet: Werkstatt mit Anmeldung/ });

    await admin.reload();
    const list = admin.getByRole('table', { name: /^1 Anmeldung/ });
    await list.getByRole('row', { name: /Max Muster/ }).getByText('Platz', { exact: true }).waitFor();

    await first.goto(`${BASE_URL}/anmeldung/abmelden?token=erfunden`);
    await first.getByRole('button', { name: 'Ja, abmelden' }).click();
    await first.getByText('Dieser Abmeldelink gilt nicht.', { exact: false }).first().waitFor();
    await expectNoAxeViolations(first, 'a cancellation link that is not valid');
    for (const page of [admin, first, second]) {
      await page.context().close();
    }
  });
});
