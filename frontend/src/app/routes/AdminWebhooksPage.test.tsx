import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api/client';
import { formatDateTime } from '@/components/dates';
import { showAsAdmin } from '@/test/adminPages';
import { AdminNewWebhookPage, AdminWebhookPage, AdminWebhooksPage } from './AdminWebhooksPage';
import { validationFailed } from '@/test/problems';

const ID = '3f0c2a4e-0000-4000-8000-000000000001';
const SECRET = 'whsec_c2VjcmV0LW9ubHktc2hvd24tb25jZQ==';
const webhook: Schemas['Webhook'] = {
  id: ID,
  appClient: 'stadtzeitung',
  url: 'https://zeitung.example.org/hooks/mitwirken',
  events: ['format.published'],
  active: true,
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
  version: 3,
};
const attempt = (number: number, status: number | null, failure: string | null): Schemas['DeliveryAttempt'] => ({
  number,
  attemptedAt: `2026-12-02T1${number}:00:00Z`,
  status,
  failure,
  durationMillis: 120,
});
const delivery = (id: string, state: Schemas['DeliveryState'], lastAttempts: Schemas['DeliveryAttempt'][]): Schemas['Delivery'] => ({
  id,
  eventType: 'format.published',
  body: '{"type":"format.published","data":{"path":"/api/v1/formats/buergerdialog-2024"}}',
  createdAt: '2026-12-02T09:00:00Z',
  state,
  attempts: lastAttempts.length,
  nextAttemptAt: state === 'PENDING' ? '2026-12-02T20:00:00Z' : null,
  deliveredAt: state === 'DELIVERED' ? '2026-12-02T10:00:00Z' : null,
  lastAttempts,
});
const deliveries: Schemas['DeliveryPage'] = {
  items: [
    delivery('d-delivered', 'DELIVERED', [attempt(1, 200, null)]),
    delivery('d-abandoned', 'ABANDONED', [attempt(3, 503, 'timeout'), attempt(2, 503, null), attempt(1, null, 'connection refused')]),
    delivery('d-pending', 'PENDING', [attempt(1, 500, null)]),
  ],
  page: 0,
  size: 20,
  total: 3,
};

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

interface Sent {
  method: string;
  path: string;
  body?: Record<string, unknown>;
}
let sent: Sent[];

/** Stands in for the API: answers by method and path, and records what was sent. */
function api(answers: Record<string, () => Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
      sent.push({ method: request.method, path, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined });
      const answer = answers[`${request.method} ${path}`];
      return answer
        ? answer()
        : json(404, { type: 'urn:mitwirken:problem:not-found', title: 'Not found', status: 404, detail: 'Not found', code: 'not-found', arguments: {} });
    }),
  );
}

function show(path: string) {
  showAsAdmin(path, {
    '/verwaltung/webhooks': <AdminWebhooksPage />,
    '/verwaltung/webhooks/neu': <AdminNewWebhookPage />,
    '/verwaltung/webhooks/:id': <AdminWebhookPage />,
  });
}

const detail = {
  [`GET /api/v1/webhooks/${ID}`]: () => json(200, webhook),
  [`GET /api/v1/webhooks/${ID}/deliveries`]: () => json(200, deliveries),
};

beforeEach(() => {
  sent = [];
});
afterEach(() => vi.unstubAllGlobals());

describe('registering a webhook', () => {
  // Typing the whole address key by key takes seconds on a busy machine, hence the longer time limit.
  it('shows the signing secret once, with the warning, and never again after moving on', async () => {
    api({ 'POST /api/v1/webhooks': () => json(201, { webhook, secret: SECRET }), ...detail });
    show('/verwaltung/webhooks/neu');

    await userEvent.type(await screen.findByLabelText(/App \(Keycloak-Client\)/), 'stadtzeitung');
    await userEvent.type(screen.getByLabelText(/Adresse \(URL\)/), webhook.url);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Beteiligungsformat veröffentlicht (format.published)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Anlegen' }));

    const secret = await screen.findByLabelText('Signiergeheimnis');
    expect(secret).toHaveValue(SECRET);
    expect(secret).toHaveFocus();
    expect(secret).toHaveAccessibleDescription(/Das Geheimnis wird nur jetzt angezeigt, danach nie wieder\./);
    expect(screen.getByText('Der Webhook für „stadtzeitung“ ist registriert.')).toHaveAttribute('role', 'status');
    expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ appClient: 'stadtzeitung', url: webhook.url, events: ['format.published'] });

    await userEvent.click(screen.getByRole('button', { name: 'Geheimnis ist gesichert – weiter zum Webhook' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Webhook für stadtzeitung' })).toBeInTheDocument();
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);
  }, 15_000);

  it('shows the server’s objections at the fields they concern', async () => {
    api({
      'POST /api/v1/webhooks': () =>
        json(
          400,
          validationFailed([
            { field: 'url', code: 'url-not-https', arguments: {}, message: 'must be an https URL' },
            { field: 'appClient', code: 'required', arguments: {}, message: 'is required' },
          ]),
        ),
    });
    show('/verwaltung/webhooks/neu');

    await userEvent.click(await screen.findByRole('button', { name: 'Anlegen' }));

    const url = await screen.findByLabelText(/Adresse \(URL\)/);
    await vi.waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveAccessibleDescription(/muss mit https:\/\/ beginnen/);
    expect(screen.getByLabelText(/App \(Keycloak-Client\)/)).toHaveAccessibleDescription(/muss angegeben werden/);
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte korrigieren Sie folgende Angaben:');
    expect(screen.queryByLabelText('Signiergeheimnis')).not.toBeInTheDocument();
  });
});

describe('a webhook’s deliveries', () => {
  const rowOf = async (state: string) => {
    const table = await screen.findByRole('table', { name: 'Zustellungen an diesen Webhook, neueste zuerst' });
    const row = within(table).getAllByRole('row').find((r) => within(r).queryAllByRole('cell').some((cell) => cell.textContent?.startsWith(state)));
    if (!row) throw new Error(`no row in state ${state}`);
    return row;
  };

  it('shows each delivery’s state and its last attempt, in words', async () => {
    api(detail);
    show(`/verwaltung/webhooks/${ID}`);

    const delivered = await rowOf('Zugestellt');
    expect(within(delivered).getByRole('rowheader')).toHaveTextContent('Beteiligungsformat veröffentlicht');
    expect(delivered).toHaveTextContent(`Versuch 1 am ${formatDateTime('2026-12-02T11:00:00Z', 'de')}: HTTP 200 (120 ms)`);

    const abandoned = await rowOf('Aufgegeben');
    expect(abandoned).toHaveTextContent(`Versuch 3 am ${formatDateTime('2026-12-02T13:00:00Z', 'de')}: HTTP 503 – Fehler: timeout (120 ms)`);
    expect(await rowOf('Ausstehend')).toHaveTextContent(`Nächster Versuch am ${formatDateTime('2026-12-02T20:00:00Z', 'de')}`);
  });

  it('offers a retry only for abandoned deliveries, and sends it', async () => {
    api({ ...detail, [`POST /api/v1/webhooks/${ID}/deliveries/d-abandoned/retry`]: () => json(200, deliveries.items[1]) });
    show(`/verwaltung/webhooks/${ID}`);

    const retryName = /erneut senden$/;
    expect(within(await rowOf('Aufgegeben')).getByRole('button', { name: retryName })).toBeInTheDocument();
    expect(within(await rowOf('Zugestellt')).queryByRole('button', { name: retryName })).not.toBeInTheDocument();
    expect(within(await rowOf('Ausstehend')).queryByRole('button', { name: retryName })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: retryName })).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: `Zustellung format.published vom ${formatDateTime('2026-12-02T09:00:00Z', 'de')} erneut senden` }));

    expect(await screen.findByText('Die Zustellung format.published wird erneut gesendet.')).toBeInTheDocument();
    expect(sent.map((s) => `${s.method} ${s.path}`)).toContain(`POST /api/v1/webhooks/${ID}/deliveries/d-abandoned/retry`);
  });
});

describe('managing a webhook', () => {
  it('pauses it with the version last read', async () => {
    api({ ...detail, [`PUT /api/v1/webhooks/${ID}`]: () => json(200, { ...webhook, active: false, version: 4 }) });
    show(`/verwaltung/webhooks/${ID}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Pausieren' }));

    expect(await screen.findByText('Der Webhook ist pausiert.')).toBeInTheDocument();
    expect(sent.find((s) => s.method === 'PUT')?.body).toEqual({
      appClient: 'stadtzeitung',
      url: webhook.url,
      events: ['format.published'],
      active: false,
      version: 3,
    });
  });

  it('shows a rotated secret once, until the admin hides it', async () => {
    const rotated = { ...webhook, previousSecretValidUntil: '2026-12-03T09:00:00Z', version: 4 };
    api({ ...detail, [`POST /api/v1/webhooks/${ID}/secret`]: () => json(200, { webhook: rotated, secret: 'whsec_bmV1' }) });
    show(`/verwaltung/webhooks/${ID}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Geheimnis erneuern' }));

    expect(await screen.findByLabelText('Signiergeheimnis')).toHaveValue('whsec_bmV1');
    expect(screen.getByText(/Das Geheimnis wird nur jetzt angezeigt/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Geheimnis ist gesichert – ausblenden' }));
    expect(screen.queryByDisplayValue('whsec_bmV1')).not.toBeInTheDocument();
  });

  it('deletes it only after asking, and says so on the list', async () => {
    api({ ...detail, [`DELETE /api/v1/webhooks/${ID}`]: () => json(204), 'GET /api/v1/webhooks': () => json(200, { items: [], page: 0, size: 100, total: 0 }) });
    show(`/verwaltung/webhooks/${ID}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Webhook löschen' }));
    const question = screen.getByRole('alertdialog', { name: 'Den Webhook für „stadtzeitung“ mit allen Zustellungen endgültig löschen?' });
    expect(within(question).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    expect(sent.some((s) => s.method === 'DELETE')).toBe(false);

    await userEvent.click(within(question).getByRole('button', { name: 'Ja, endgültig löschen' }));

    expect(await screen.findByText('Der Webhook für „stadtzeitung“ wurde gelöscht.')).toBeInTheDocument();
    expect(await screen.findByText('Es ist noch kein Webhook registriert.')).toBeInTheDocument();
    expect(sent.map((s) => `${s.method} ${s.path}`)).toContain(`DELETE /api/v1/webhooks/${ID}`);
  });
});
