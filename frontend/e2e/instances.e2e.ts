import { describe, expect, it } from 'vitest';
import { BASE_URL } from './browser';

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
      body: JSON.stringify({ channel: 'ON_SITE', dots: [{ item: round.items[0]!.id, dots: 1 }] }),
    });
    expect(ballot.status).toBe(200);
    const update = await nextEvent(reader, (data) => JSON.parse(data).ballots.total > first.ballots.total, 1000);
    expect(update.ballots.total).toBe(first.ballots.total + 1);
    expect(Date.now() - castAt).toBeLessThan(1000);
    await reader.cancel();
  });
});
