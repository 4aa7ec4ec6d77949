import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api/client';
import { formatDateTime } from '@/components/dates';
import { showAsAdmin } from '@/test/adminPages';
import { validationFailed } from '@/test/problems';
import { AdminNewsletterPage } from './AdminNewsletterPage';

const process: Schemas['Process'] = {
  id: '7a1e0c2b-0000-4000-8000-000000000001',
  slug: 'insek',
  title: 'INSEK Kaiserslautern',
  summary: '',
  description: '',
  status: 'ONGOING',
  publicationState: 'PUBLISHED',
  phases: [],
  version: 1,
  createdAt: '2026-01-01T09:00:00Z',
  updatedAt: '2026-01-01T09:00:00Z',
};
const earlier: Schemas['Newsletter'] = {
  id: 'n-1',
  subject: 'Einladung zum Bürgerdialog',
  body: 'Kommen Sie am 13.11.',
  sentBy: 'redaktion',
  sentAt: '2026-11-02T10:00:00Z',
  recipientCount: 42,
};
const BASE = '/api/v1/processes/insek/newsletters';

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

let sent: { call: string; body?: unknown }[];

/** Stands in for the API: answers by method and path, and records what was sent. */
function api(answers: Record<string, () => Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const call = `${request.method} ${new URL(request.url).pathname}`;
      const text = request.method === 'GET' ? '' : await request.text();
      sent.push({ call, body: text ? JSON.parse(text) : undefined });
      return answers[call]?.() ?? json(404, { title: 'Not found', status: 404, code: 'not-found', arguments: {} });
    }),
  );
}

const page = (items: Schemas['Newsletter'][]) => json(200, { items, page: 0, size: 100, total: items.length });
const base = {
  'GET /api/v1/processes/insek': () => json(200, process),
  [`GET ${BASE}`]: () => page([earlier]),
};

async function write(subject: string, body: string) {
  await userEvent.type(await screen.findByLabelText(/^Betreff/), subject);
  await userEvent.type(screen.getByLabelText(/^Text/), body);
}

beforeEach(() => {
  sent = [];
});
afterEach(() => vi.unstubAllGlobals());

describe('writing a newsletter to the followers of a process', () => {
  it('lists the newsletters sent before, with when, by whom and to how many', async () => {
    api(base);
    showAsAdmin('/verwaltung/prozesse/insek/newsletter', { '/verwaltung/prozesse/:slug/newsletter': <AdminNewsletterPage /> });

    expect(await screen.findByRole('heading', { level: 1, name: 'Newsletter: INSEK Kaiserslautern' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Verschickte Newsletter, neueste zuerst' });
    const row = within(table).getByRole('row', { name: /Einladung zum Bürgerdialog/ });
    expect(row).toHaveTextContent(formatDateTime(earlier.sentAt, 'de'));
    expect(row).toHaveTextContent('redaktion');
    expect(row).toHaveTextContent('42');
  });

  it('shows the preview sandboxed without sending, and sends a test only to the staff member', async () => {
    api({
      ...base,
      [`POST ${BASE}/preview`]: () => json(200, { subject: 'Danke!', text: 'Danke!\n\nAlles Gute.\n', html: '<!DOCTYPE html><html lang="de"><body><h1>Danke!</h1></body></html>' }),
      [`POST ${BASE}/test`]: () => json(202, { to: 'redaktion@stadt.example.org' }),
    });
    showAsAdmin('/verwaltung/prozesse/insek/newsletter', { '/verwaltung/prozesse/:slug/newsletter': <AdminNewsletterPage /> });
    await write('Danke!', 'Alles Gute.');

    await userEvent.click(screen.getByRole('button', { name: 'Vorschau' }));
    const frame = await screen.findByTitle('Vorschau der E-Mail');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('<h1>Danke!</h1>');
    expect(sent.map((s) => s.call)).not.toContain(`POST ${BASE}/send`);

    await userEvent.click(screen.getByRole('button', { name: 'Testversand an mich' }));
    expect(await screen.findByText('Der Testversand ist an redaktion@stadt.example.org unterwegs.')).toBeInTheDocument();
    expect(sent.find((s) => s.call === `POST ${BASE}/test`)?.body).toEqual({ subject: 'Danke!', body: 'Alles Gute.' });
  });

  it('sends to all only after confirming, then says to how many', async () => {
    api({
      ...base,
      [`POST ${BASE}/send`]: () => json(201, { ...earlier, id: 'n-2', subject: 'Danke!', recipientCount: 17 }),
    });
    showAsAdmin('/verwaltung/prozesse/insek/newsletter', { '/verwaltung/prozesse/:slug/newsletter': <AdminNewsletterPage /> });
    await write('Danke!', 'Alles Gute.');

    await userEvent.click(screen.getByRole('button', { name: 'An alle senden' }));
    const dialog = screen.getByRole('alertdialog', { name: /„INSEK Kaiserslautern“ folgen\? Das lässt sich nicht zurücknehmen\./ });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(sent.map((s) => s.call)).not.toContain(`POST ${BASE}/send`);

    await userEvent.click(screen.getByRole('button', { name: 'An alle senden' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, jetzt senden' }));
    expect(await screen.findByText('Der Newsletter ist an 17 Adressen unterwegs.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Betreff/)).toHaveValue('');
  });

  it('shows the server’s objections: fields too long, no address for a test, a newsletter sent already', async () => {
    let answer = json(400, validationFailed([{ field: 'subject', code: 'required', arguments: {}, message: 'is required' }]));
    api({ ...base, [`POST ${BASE}/preview`]: () => answer, [`POST ${BASE}/test`]: () => answer });
    showAsAdmin('/verwaltung/prozesse/insek/newsletter', { '/verwaltung/prozesse/:slug/newsletter': <AdminNewsletterPage /> });

    await userEvent.click(await screen.findByRole('button', { name: 'Vorschau' }));
    const subject = screen.getByLabelText(/^Betreff/);
    await vi.waitFor(() => expect(subject).toHaveAttribute('aria-invalid', 'true'));
    expect(subject).toHaveAccessibleDescription(/muss angegeben werden/);

    answer = json(409, { type: 'urn:mitwirken:problem:conflict', title: 'Conflict', status: 409, detail: 'No address', code: 'no-address-for-test', arguments: {} });
    await write('Danke!', 'Alles Gute.');
    await userEvent.click(screen.getByRole('button', { name: 'Testversand an mich' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ihr Login hat keine E-Mail-Adresse, an die der Testversand gehen könnte.');
  });
});
