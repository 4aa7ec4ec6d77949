import { describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, logInAs, visitorPage } from './browser';

const SECOND_API = process.env.E2E_SECOND_API ?? 'http://localhost:8083';

/** Reads Server-Sent Events until one matches, or fails after the timeout. */
async function nextEvent(reader: ReadableStreamDefaultReader<Uint8Array>, matches: (data: string) => boolean, timeoutMs: number) {
  const decoder = new TextDecoder();
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no event in time')), deadline - Date.now())),
    ]);
    if (chunk.done) {
      break;
    }
    buffer += decoder.decode(chunk.value, { stream: true });
    for (const line of buffer.split('\n')) {
      if (line.startsWith('data:') && matches(line.slice(5))) {
        return JSON.parse(line.slice(5)) as { ballots: { total: number } };
      }
    }
    buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
  }
  throw new Error('no matching event in time');
}

describe('two backend instances on one database', () => {
  it('a live-results client on one instance sees a ballot cast on the other within a second', async () => {
    const rounds = (await (await fetch(`${BASE_URL}/api/v1/votings?format=buergerbeteiligung-13-11-2024`)).json()) as {
      id: string;
      items: { id: string }[];
    }[];
    const round = rounds[0]!;
    const stream = await fetch(`${BASE_URL}/api/v1/votings/${round.id}/results/stream`, {
      headers: { Accept: 'text/event-stream' },
    });
    const reader = stream.body!.getReader();
    const first = await nextEvent(reader, () => true, 5000);

    // A server in service is warm: one read first, so the first request's class loading is not measured.
    await fetch(`${SECOND_API}/api/v1/votings/${round.id}/results`);
    const castAt = Date.now();
    const ballot = await fetch(`${SECOND_API}/api/v1/votings/${round.id}/ballots`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // No channel: the server decides it, and ON_SITE without the projector's code would be refused.
      body: JSON.stringify({ dots: [{ item: round.items[0]!.id, dots: 1 }] }),
    });
    expect(ballot.status).toBe(200);
    const update = await nextEvent(reader, (data) => JSON.parse(data).ballots.total > first.ballots.total, 1000);
    expect(update.ballots.total).toBe(first.ballots.total + 1);
    expect(Date.now() - castAt).toBeLessThan(1000);
    await reader.cancel();
  });
});

describe('the catalogue cache on two instances', () => {
  it('a format published through one instance is listed by the other, which had the list cached, within a second', async () => {
    const listOnSecond = async () =>
      (await (await fetch(`${SECOND_API}/api/v1/formats?size=100`)).json()) as { total: number; items: { title: string }[] };
    const before = await listOnSecond();
    expect((await listOnSecond()).total).toBe(before.total);

    const browser = await launchBrowser();
    try {
      const page = await visitorPage(browser);
      const title = `Zukunftswerkstatt Nord ${Date.now()}`;
      await page.goto(`${BASE_URL}/verwaltung`);
      await logInAs(page, 'admin');
      await page.getByRole('link', { name: 'Neues Beteiligungsformat' }).click();
      await page.getByLabel(/Titel/).fill(title);
      await page.getByLabel(/Kurzbeschreibung/).fill('Ideen für den Norden.');
      await page.getByLabel('Phase').selectOption({ label: 'Strategie' });
      await page.getByLabel('Art des Formats').selectOption('FUTURE_WORKSHOP');
      await page.getByLabel(/Beginn/).fill('2024-10-01');
      await page.getByRole('button', { name: 'Anlegen' }).click();
      await page.getByRole('status').getByText(`„${title}“ wurde gespeichert.`).waitFor();
      await page.getByRole('button', { name: `${title} veröffentlichen` }).click();
      await page.getByRole('status').getByText(`„${title}“ ist veröffentlicht.`).waitFor();

      const publishedAt = Date.now();
      let after = await listOnSecond();
      while (!after.items.some((item) => item.title === title) && Date.now() - publishedAt < 1000) {
        after = await listOnSecond();
      }
      expect(after.items.map((item) => item.title)).toContain(title);
      expect(after.total).toBe(before.total + 1);
    } finally {
      await browser.close();
    }
  });
});

describe('the brief cache of public lists on two instances', () => {
  it('a comment taken by one instance is listed at once there and within the brief-cache time by the other', async () => {
    const format = (await (await fetch(`${BASE_URL}/api/v1/formats/begehungen-ortsbezirke-2024`)).json()) as { id: string };
    const list = (api: string) => `${api}/api/v1/comments?targetType=FORMAT&targetId=${format.id}&size=1`;
    const totalOn = async (api: string) => ((await (await fetch(list(api))).json()) as { total: number }).total;
    const before = await totalOn(SECOND_API);
    expect(await totalOn(SECOND_API)).toBe(before);

    const created = await fetch(`${BASE_URL}/api/v1/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ targetType: 'FORMAT', targetId: format.id, text: 'Über zwei Instanzen', pseudonym: 'Gast' }),
    });
    expect(created.status).toBe(201);
    const createdAt = Date.now();
    expect(await totalOn(BASE_URL)).toBe(before + 1);

    let after = await totalOn(SECOND_API);
    while (after === before && Date.now() - createdAt < 1500) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await totalOn(SECOND_API);
    }
    expect(after).toBe(before + 1);
    expect(Date.now() - createdAt).toBeLessThan(1500);
  });
});
