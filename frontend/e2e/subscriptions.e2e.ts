import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, expectNoAxeViolations, launchBrowser, visitorPage } from './browser';
import { waitForMail } from './mail';

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
    await page.getByRole('button', { name: 'Abbestellen und Adresse löschen' }).click();
    await page.getByText('Dieser Link gilt nicht (mehr).', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'an unsubscribe link that is not valid');
    await page.context().close();
  });
});
