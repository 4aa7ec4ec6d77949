import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, logInAs, visitorPage } from './browser';

// User-written text is never markup: whatever a title, pseudonym or text holds shows as the characters typed.
const MARK = `feindlich-${Date.now()}`;
const HOSTILE = `<a id="hostile-link" href="https://evil.example/${MARK}">Hier klicken</a><img src="https://evil.example/p.gif" onerror="window.__hostile=1">`;
const HOSTILE_NAME = '<b id="hostile-b">Ev</b><i>il</i>';
const MAP_FORMAT = 'umfrage-und-geoportal-2024';
const COMMENT_FORMAT = 'begehungen-ortsbezirke-2024';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** No element, link or attribute that the hostile text carried exists in the page, and nothing ran. */
async function expectNoHostileMarkup(page: Page, view: string): Promise<void> {
  const found = await page.evaluate(() => ({
    elements: document.querySelectorAll('#hostile-link, #hostile-b, [onerror], a[href*="evil.example"], img[src*="evil.example"]').length,
    ran: (window as unknown as { __hostile?: number }).__hostile ?? 0,
  }));
  expect(found, view).toEqual({ elements: 0, ran: 0 });
}

async function approveInModeration(text: string): Promise<void> {
  const page = await visitorPage(browser);
  await page.goto(`${BASE_URL}/moderation`);
  await logInAs(page, 'moderator');
  await page.waitForURL(`${BASE_URL}/moderation`);
  const item = page.getByRole('listitem').filter({ hasText: text }).first();
  await item.waitFor();
  await expectNoHostileMarkup(page, 'the moderation queue');
  await item.getByRole('button', { name: /freigeben$/ }).click();
  await page.getByRole('status').getByText(/ist freigegeben\.$/).waitFor();
  await page.context().close();
}

describe('hostile user text', () => {
  it('shows as text in the comments, the moderation queue, the map list and the map tooltips', async () => {
    const page = await visitorPage(browser);
    const format = (await (await page.request.get(`${BASE_URL}/api/v1/formats/${COMMENT_FORMAT}`)).json()) as { id: string };
    const comment = await page.request.post(`${BASE_URL}/api/v1/comments`, {
      data: { targetType: 'FORMAT', targetId: format.id, text: `${HOSTILE} ${MARK}`, pseudonym: HOSTILE_NAME },
    });
    expect(comment.status()).toBe(201);
    if (((await comment.json()) as { comment: { state: string } }).comment.state === 'PENDING') {
      await approveInModeration(MARK);
    }
    const place = await page.request.post(`${BASE_URL}/api/v1/map-contributions`, {
      data: {
        format: MAP_FORMAT, category: 'NEEDS_IMPROVEMENT', title: `${HOSTILE} ${MARK}`.slice(0, 200),
        text: `${HOSTILE} ${MARK}`, pseudonym: HOSTILE_NAME, location: { lon: 7.7691, lat: 49.4441 },
      },
    });
    expect(place.status(), await place.text()).toBe(201);
    await approveInModeration(MARK);

    await page.goto(`${BASE_URL}/formate/${COMMENT_FORMAT}`);
    await page.getByText(MARK).first().waitFor();
    await expect.poll(() => page.getByText(HOSTILE_NAME).count()).toBeGreaterThan(0);
    await expectNoHostileMarkup(page, 'the comments of a format');

    await page.goto(`${BASE_URL}/formate/${MAP_FORMAT}/karte`);
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(50);
    await page.getByText(MARK).first().waitFor();
    // Leaflet builds a tooltip when its marker is hovered: hover them all.
    await page.evaluate(() => {
      document.querySelectorAll('.leaflet-marker-icon').forEach((marker) => {
        marker.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      });
    });
    const tooltip = page.locator('.leaflet-tooltip').filter({ hasText: MARK });
    await tooltip.first().waitFor({ state: 'attached' });
    expect(await tooltip.first().textContent()).toContain('<a id="hostile-link"');
    await expectNoHostileMarkup(page, 'the map portal with every tooltip open');
    await page.context().close();
  });
});
