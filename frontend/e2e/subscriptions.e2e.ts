import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, expectNoAxeViolations, launchBrowser, logInAs, newAccount, registerAndVerify, visitorPage } from './browser';
import { press, typeInto } from './keyboard';
import { waitForMail, type Mail } from './mail';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a visitor who wants to hear back', () => {
  it('follows the INSEK by e-mail, gets the confirmation mail from the local mail server and confirms it with a click', async () => {
    const page = await visitorPage(browser);
    const address = `folgen-${Date.now()}@example.org`;
    await page.goto(BASE_URL);
    const follow = page.getByRole('region', { name: 'Per E-Mail informiert bleiben' });
    await follow.getByRole('textbox', { name: /E-Mail-Adresse/ }).fill(address);
    const since = new Date(Date.now() - 1000);
    await follow.getByRole('button', { name: 'Benachrichtigen lassen' }).click();
    await follow.getByRole('status').getByText(`Fast geschafft: Wenn ${address} noch nicht bestätigt ist`, { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'the home page after following by e-mail');

    const mail = await waitForMail(address, { since, subject: /^Bitte bestätigen: Neuigkeiten zu „.+“ per E-Mail$/ });
    const link = mail.text?.match(/https?:\/\/\S+\/benachrichtigungen\/bestaetigen\?token=\S+/)?.[0];
    expect(link, 'the confirmation link in the plain text').toBeDefined();
    expect(mail.html).toContain('<html lang="de">');
    // The mail links to the configured public address; here the app under test serves the same path.
    const { pathname, search } = new URL(link!);
    await page.goto(`${BASE_URL}${pathname}${search}`);
    await page.getByRole('heading', { level: 1, name: 'E-Mail-Adresse bestätigen' }).waitFor();
    await expectNoAxeViolations(page, 'the confirmation page');
    await page.getByRole('button', { name: 'Ja, bestätigen' }).click();
    const done = page.getByRole('status');
    await done.getByText(/^Danke! Sie erhalten jetzt Neuigkeiten zu „.+“\./).waitFor();
    await expectNoAxeViolations(page, 'the address confirmed');

    await page.goto(`${BASE_URL}/benachrichtigungen/abbestellen?token=erfunden`);
    await page.getByRole('button', { name: 'Abbestellen' }).click();
    await page.getByText('Dieser Link gilt nicht (mehr).', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'an unsubscribe link that is not valid');
    await page.context().close();
  });
});

/** The path and query of the first link in the plain text that leads to this path of the app. */
function appLink(mail: Mail, path: RegExp): string {
  const link = mail.text?.match(new RegExp(`https?://\\S+${path.source}\\S*`))?.[0];
  expect(link, `a link to ${path.source} in the mail "${mail.subject}"`).toBeDefined();
  const { pathname, search, hash } = new URL(link!);
  return `${BASE_URL}${pathname}${search}${hash}`;
}

describe('followers hear back', () => {
  it('a confirmed follower of the INSEK hears of a format the admin publishes, follows the link and unsubscribes from the mail', async () => {
    const visitor = await visitorPage(browser);
    const address = `neues-format-${Date.now()}@example.org`;
    await visitor.goto(BASE_URL);
    const follow = visitor.getByRole('region', { name: 'Per E-Mail informiert bleiben' });
    await follow.getByRole('textbox', { name: /E-Mail-Adresse/ }).fill(address);
    const since = new Date(Date.now() - 1000);
    await follow.getByRole('button', { name: 'Benachrichtigen lassen' }).click();
    const confirmation = await waitForMail(address, { since, subject: /^Bitte bestätigen/ });
    await visitor.goto(appLink(confirmation, /\/benachrichtigungen\/bestaetigen/));
    await visitor.getByRole('button', { name: 'Ja, bestätigen' }).click();
    await visitor.getByRole('status').getByText(/^Danke!/).waitFor();

    const admin = await visitorPage(browser);
    await admin.goto(`${BASE_URL}/verwaltung`);
    await logInAs(admin, 'admin');
    await admin.getByRole('table').waitFor();
    const title = `Quartiersgespräch ${Date.now()}`;
    await admin.getByRole('link', { name: 'Neues Beteiligungsformat' }).click();
    await admin.getByLabel(/Titel/).fill(title);
    await admin.getByLabel(/Kurzbeschreibung/).fill('Wir sprechen über den Platz vor der Stiftskirche.');
    await admin.getByLabel('Phase').selectOption({ label: 'Strategie' });
    await admin.getByLabel('Art des Formats').selectOption('DISTRICT_WALK');
    await admin.getByLabel(/Beginn/).fill('2024-10-05');
    await admin.getByRole('button', { name: 'Anlegen' }).click();
    await admin.getByRole('status').filter({ hasText: `„${title}“ wurde gespeichert.` }).waitFor();
    await admin.getByRole('button', { name: `${title} veröffentlichen` }).click();
    await admin.getByRole('status').getByText(`„${title}“ ist veröffentlicht.`).waitFor();
    await admin.context().close();

    const news = await waitForMail(address, { since, subject: new RegExp(`^Neu bei „.+“: ${title}$`) });
    expect(news.text).toContain('Termin: 5.10.2024.');
    expect(news.html).toContain('<html lang="de">');
    await visitor.goto(appLink(news, /\/formate\//));
    await visitor.getByRole('heading', { level: 1, name: title }).waitFor();

    await visitor.goto(appLink(news, /\/benachrichtigungen\/abbestellen/));
    await visitor.getByRole('heading', { level: 1, name: 'E-Mails abbestellen' }).waitFor();
    await expectNoAxeViolations(visitor, 'the unsubscribe page from a news mail');
    await visitor.getByRole('button', { name: 'Abbestellen' }).click();
    await visitor.getByRole('status').getByText('Abbestellt.', { exact: false }).waitFor();
    await visitor.context().close();
  });

  it('a citizen with an account is told by mail when the city answers their comment, and the link shows the answer', async () => {
    const citizen = await visitorPage(browser);
    const account = newAccount('antwort');
    const text = `Mehr Schatten auf dem Stiftsplatz ${Date.now()}`;
    await citizen.goto(`${BASE_URL}/mein-konto`);
    await registerAndVerify(citizen, account);
    await citizen.goto(`${BASE_URL}/formate/begehungen-ortsbezirke-2024`);
    await citizen.getByRole('heading', { level: 2, name: 'Kommentare' }).waitFor();
    await typeInto(citizen.getByRole('textbox', { name: 'Ihr Kommentar' }), text);
    await press(citizen.getByRole('button', { name: 'Kommentar senden' }));
    await citizen.getByText(text).waitFor();

    const planner = await visitorPage(browser);
    await planner.goto(`${BASE_URL}/synthese`);
    await logInAs(planner, 'admin');
    await planner.getByLabel('Beitragsart').selectOption('COMMENT');
    await planner.getByRole('checkbox', { name: new RegExp(text) }).check();
    await planner.getByLabel(/^Handlungsfeld/).selectOption({ label: 'Mobilität und Erreichbarkeit' });
    await planner.locator('#response-title').fill('Schattenbäume am Stiftsplatz');
    await planner.locator('#response-reason').fill('Die Stadt pflanzt 2025 sechs Bäume.');
    const since = new Date(Date.now() - 1000);
    await planner.getByRole('button', { name: 'Antwort speichern' }).click();
    await planner.getByRole('status').getByText('Antwort „Schattenbäume am Stiftsplatz“ gespeichert.').waitFor();
    await planner.context().close();

    const told = await waitForMail(account.email, { since, subject: /^Die Stadt hat auf Ihren Beitrag geantwortet$/ });
    expect(told.text).toContain('„Mobilität und Erreichbarkeit“');
    await citizen.goto(appLink(told, /\/was-wurde-daraus\//));
    await citizen.getByRole('heading', { level: 1, name: 'Was ist aus Ihrem Beitrag geworden?' }).waitFor();
    await citizen.getByRole('heading', { level: 3, name: 'Schattenbäume am Stiftsplatz' }).waitFor();
    await expectNoAxeViolations(citizen, 'what became of my comment, reached from the mail');

    await citizen.goto(`${BASE_URL}/benachrichtigungen`);
    await citizen.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();
    await citizen.getByRole('radio', { name: 'Einmal wöchentlich' }).check();
    await citizen.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await citizen.getByRole('status').getByText('Ihre Einstellungen sind gespeichert.').waitFor();
    await expectNoAxeViolations(citizen, 'the notification settings');
    await citizen.context().close();
  });
});
