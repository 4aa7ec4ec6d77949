import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api/client';
import { AuthContext, type Auth } from '@/auth/AuthContext';
import { ProjectorPage, VotingPage } from './VotingPages';

vi.mock('react-chartjs-2', () => ({ Bar: () => null }));
vi.mock('qrcode', () => ({ default: { toDataURL: async () => 'data:image/png;base64,' } }));

const ROUND = 'r1';
const round = (integrityMode: Schemas['IntegrityMode']): Schemas['VotingRound'] => ({
  id: ROUND,
  format: 'buergerbeteiligung-13-11-2024',
  title: 'Priorisierung der vier Handlungsfelder',
  itemType: 'FIELD_OF_ACTION',
  items: [
    { id: 'mobil', title: 'Mobilität und Erreichbarkeit' },
    { id: 'wohnen', title: 'Wohnen und lebendige Quartiere' },
  ],
  dotsPerParticipant: 5,
  maxDotsPerItem: 3,
  opensAt: '2024-11-13T17:00:00Z',
  closesAt: '2030-12-31T23:00:00Z',
  open: true,
  integrityMode,
});
const results: Schemas['VotingResults'] = {
  round: ROUND,
  closed: false,
  integrityMode: 'OPEN',
  ballots: { online: 3, onSite: 2, total: 5 },
  admissions: [
    { admission: 'ANONYMOUS', channel: 'ONLINE', ballots: 2 },
    { admission: 'ANONYMOUS', channel: 'ON_SITE', ballots: 2 },
    { admission: 'ACCOUNT', channel: 'ONLINE', ballots: 1 },
  ],
  items: [
    { item: 'mobil', title: 'Mobilität und Erreichbarkeit', dots: { online: 4, onSite: 3, total: 7 } },
    { item: 'wohnen', title: 'Wohnen und lebendige Quartiere', dots: { online: 2, onSite: 1, total: 3 } },
  ],
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
const problem = (status: number, slug: string) =>
  json(status, { type: `urn:mitwirken:problem:${slug}`, title: slug, status, detail: 'English detail', code: slug, arguments: {} });

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
      const text = request.method === 'POST' ? await request.text() : '';
      sent.push({ method: request.method, path, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined });
      const answer = answers[`${request.method} ${path}`];
      return answer ? answer() : problem(404, 'not-found');
    }),
  );
}

/** Live results arrive at once, as the server's stream sends them. */
class FakeEventSource {
  onmessage: ((event: MessageEvent) => void) | null = null;
  constructor() {
    setTimeout(() => this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(results) })), 0);
  }
  close() {}
}

const visitor: Auth = { ready: true, authenticated: false, hasRole: () => false, login: vi.fn(), logout: vi.fn() };
const staffMember = (role: string): Auth => ({ ...visitor, authenticated: true, hasRole: (r) => r === role });

function show(path: string, auth: Auth = visitor) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <AuthContext.Provider value={auth}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/abstimmen/:id" element={<VotingPage />} />
            <Route path="/abstimmen/:id/live" element={<ProjectorPage />} />
          </Routes>
        </MemoryRouter>
      </AuthContext.Provider>
    </QueryClientProvider>,
  );
}

/** The address under the projector's QR code: the text it encodes, shown for those who cannot scan. */
const qrAddress = () => document.querySelector('figure.qr figcaption')?.textContent;

beforeEach(() => {
  sent = [];
  localStorage.clear();
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => vi.unstubAllGlobals());

describe('the projector page', () => {
  const onSiteCode = { code: 'K7M2QX', changesAt: new Date(Date.now() + 120_000).toISOString(), acceptedUntil: new Date(Date.now() + 300_000).toISOString() };

  it.each(['admin', 'moderator'])('shows staff (%s) the on-site code, and its QR code carries it', async (role) => {
    api({ [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('OPEN')), [`GET /api/v1/votings/${ROUND}/on-site-code`]: () => json(200, onSiteCode) });
    show(`/abstimmen/${ROUND}/live`, staffMember(role));

    expect(await screen.findByText('K7M2QX')).toHaveClass('on-site-code__value');
    expect(qrAddress()).toBe(`${window.location.origin}/abstimmen/${ROUND}#vor-ort=K7M2QX`);
    expect(await screen.findByRole('img', { name: 'QR-Code zur Abstimmung vor Ort mit dem Code K7M2QX' })).toBeInTheDocument();
    expect(screen.queryByText(/sehen nur angemeldete Mitarbeitende/)).not.toBeInTheDocument();
  });

  it('shows visitors the plain ballot page, says why, and never asks for the code', async () => {
    api({ [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('OPEN')) });
    show(`/abstimmen/${ROUND}/live`);

    await screen.findByText(/Den Code für die Abstimmung vor Ort sehen nur/);
    expect(qrAddress()).toBe(`${window.location.origin}/abstimmen/${ROUND}`);
    expect(screen.getByText(/Den Code für die Abstimmung vor Ort sehen nur angemeldete Mitarbeitende/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Als Mitarbeitende anmelden' })).toBeInTheDocument();
    expect(screen.queryByText(/#vor-ort=/)).not.toBeInTheDocument();
    expect(sent.map((s) => s.path)).not.toContain(`/api/v1/votings/${ROUND}/on-site-code`);
  });

  it('does not give the code to a logged-in citizen either', async () => {
    api({ [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('OPEN')) });
    show(`/abstimmen/${ROUND}/live`, { ...visitor, authenticated: true });

    await screen.findByText(/Den Code für die Abstimmung vor Ort sehen nur/);
    expect(qrAddress()).toBe(`${window.location.origin}/abstimmen/${ROUND}`);
    expect(screen.queryByRole('button', { name: /anmelden/ })).not.toBeInTheDocument();
    expect(sent.map((s) => s.path)).not.toContain(`/api/v1/votings/${ROUND}/on-site-code`);
  });

  it('says ballots and dots in words, so 5 ballots are never read as the 10 dots beside them', async () => {
    api({ [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('OPEN')) });
    show(`/abstimmen/${ROUND}/live`);

    expect(await screen.findByRole('table', { name: 'Ergebnis: 5 Stimmzettel mit zusammen 10 Punkten' })).toBeInTheDocument();
    expect(screen.getByText('5 Stimmzettel mit zusammen 10 Punkten', { selector: '.projector__summary' })).toBeInTheDocument();
    expect(screen.getByText('7 Punkte', { selector: '.dot-bars__value' })).toBeInTheDocument();
    expect(screen.getByText('4 online · 3 vor Ort')).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('link', { name: 'Barrierefreiheitserklärung' }));
  });

  it('shows the ballots by place and by admission in a table', async () => {
    api({ [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('OPEN')) });
    show(`/abstimmen/${ROUND}/live`);

    const table = await screen.findByRole('table', { name: 'Abgegebene Stimmen nach Zugang und Ort' });
    expect(within(table).getByRole('row', { name: 'Ohne Anmeldung 2 2 4' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Mit Konto 1 0 1' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Alle Stimmen 3 2 5' })).toBeInTheDocument();
    expect(screen.getByText('Wer abstimmen darf: Offen – ohne Anmeldung, je Verbindung begrenzt')).toBeInTheDocument();
  });
});

describe('the ballot page', () => {
  it('sends the on-site code from #vor-ort=, never a channel, and says where the ballot counts', async () => {
    api({
      [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('OPEN')),
      [`POST /api/v1/votings/${ROUND}/ballots`]: () => json(200, { channel: 'ON_SITE', dots: [{ item: 'mobil', dots: 2 }], remaining: 3, ballotToken: 'issued.check' }),
    });
    show(`/abstimmen/${ROUND}#vor-ort=K7M2QX`);

    expect(await screen.findByText(/Sie stimmen vor Ort ab/)).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Mobilität und Erreichbarkeit'));
    await userEvent.type(screen.getByLabelText('Mobilität und Erreichbarkeit'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Stimme abgeben' }));

    expect(await screen.findByText(/Ihre Stimme zählt vor Ort\./)).toBeInTheDocument();
    const ballot = sent.find((s) => s.method === 'POST');
    expect(ballot?.body).toEqual({ dots: [{ item: 'mobil', dots: 2 }], onSiteCode: 'K7M2QX' });
    expect(localStorage.getItem(`mitwirken.ballot.${ROUND}`)).toBe('issued.check');
    expect(screen.getByRole('button', { name: 'Stimme ändern' })).toBeInTheDocument();
  });

  it('explains an expired on-site code in German', async () => {
    api({
      [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('OPEN')),
      [`POST /api/v1/votings/${ROUND}/ballots`]: () => problem(403, 'on-site-code-expired'),
    });
    show(`/abstimmen/${ROUND}#vor-ort=OLD123`);

    await userEvent.type(await screen.findByLabelText('Wohnen und lebendige Quartiere'), '1');
    await userEvent.click(screen.getByRole('button', { name: 'Stimme abgeben' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Der Code auf dem Bildschirm hat inzwischen gewechselt. Bitte scannen Sie den Code auf dem Bildschirm erneut.',
    );

    // Whoever has left the event votes online instead, without the code.
    await userEvent.click(screen.getByRole('link', { name: 'Nicht mehr vor Ort? Stattdessen online abstimmen' }));
    expect(screen.queryByText(/Sie stimmen vor Ort ab/)).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Wohnen und lebendige Quartiere'), '1');
    await userEvent.click(screen.getByRole('button', { name: 'Stimme abgeben' }));
    await vi.waitFor(() => expect(sent.filter((s) => s.method === 'POST')).toHaveLength(2));
    expect(sent.filter((s) => s.method === 'POST')[1]?.body).toEqual({ dots: [{ item: 'wohnen', dots: 1 }] });
  });

  it('drops a device token the server does not recognise', async () => {
    localStorage.setItem(`mitwirken.ballot.${ROUND}`, 'made-up');
    api({
      [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('OPEN')),
      [`GET /api/v1/votings/${ROUND}/ballots/mine`]: () => problem(403, 'device-token-invalid'),
    });
    show(`/abstimmen/${ROUND}`);

    expect(await screen.findByRole('button', { name: 'Stimme abgeben' })).toBeInTheDocument();
    expect(localStorage.getItem(`mitwirken.ballot.${ROUND}`)).toBeNull();
  });

  it('fills the printed code from #code=, and a ballot cast with it is final', async () => {
    api({
      [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('PARTICIPATION_CODE')),
      [`POST /api/v1/votings/${ROUND}/ballots`]: () => json(200, { channel: 'ON_SITE', dots: [{ item: 'wohnen', dots: 3 }], remaining: 2 }),
    });
    show(`/abstimmen/${ROUND}#code=ABCD-EFGH`);

    expect(await screen.findByLabelText(/^Teilnahmecode/)).toHaveValue('ABCD-EFGH');
    await userEvent.type(screen.getByLabelText('Wohnen und lebendige Quartiere'), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Stimme abgeben' }));

    expect(await screen.findByText(/Eine Stimme mit Teilnahmecode ist endgültig/)).toBeInTheDocument();
    expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ dots: [{ item: 'wohnen', dots: 3 }], code: 'ABCD-EFGH' });
    expect(screen.getByText('Wohnen und lebendige Quartiere: 3 Punkte')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Stimme/ })).not.toBeInTheDocument();
  });

  it('shows a used code at the code field', async () => {
    api({
      [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('PARTICIPATION_CODE')),
      [`POST /api/v1/votings/${ROUND}/ballots`]: () => problem(403, 'participation-code-invalid'),
    });
    show(`/abstimmen/${ROUND}#code=USED`);

    await userEvent.type(await screen.findByLabelText('Wohnen und lebendige Quartiere'), '1');
    await userEvent.click(screen.getByRole('button', { name: 'Stimme abgeben' }));

    const field = await screen.findByLabelText(/^Teilnahmecode/);
    await vi.waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Diesen Teilnahmecode gibt es nicht, oder er wurde schon benutzt.'));
    expect(screen.getByRole('link', { name: /^Teilnahmecode: Diesen Teilnahmecode/ })).toHaveAttribute('href', '#code');
  });

  it('asks for a login in a round of one vote per account, and shows no form before', async () => {
    const login = vi.fn();
    api({ [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('ONE_PER_ACCOUNT')) });
    show(`/abstimmen/${ROUND}#vor-ort=K7M2QX`, { ...visitor, login });

    expect(await screen.findByText(/Bitte melden Sie sich an, um abzustimmen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stimme abgeben' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(login).toHaveBeenCalled();
  });
});

describe('the ballot on a phone', () => {
  const status = () => document.querySelector('.remaining [role="status"]');
  const more = (item: string) => screen.getByRole('button', { name: `Einen Punkt mehr für ${item}` });
  const less = (item: string) => screen.getByRole('button', { name: `Einen Punkt weniger für ${item}` });
  const open = async () => {
    api({ [`GET /api/v1/votings/${ROUND}`]: () => json(200, round('OPEN')) });
    show(`/abstimmen/${ROUND}`);
    await screen.findByRole('button', { name: 'Stimme abgeben' });
  };

  it('steps dots with buttons named for their item, and says what is left in words', async () => {
    await open();
    expect(status()).toHaveTextContent('Noch 5 von 5 Punkten zu vergeben.');
    await userEvent.click(more('Mobilität und Erreichbarkeit'));
    await userEvent.click(more('Mobilität und Erreichbarkeit'));
    expect(screen.getByRole('spinbutton', { name: 'Mobilität und Erreichbarkeit' })).toHaveValue(2);
    expect(status()).toHaveTextContent('Noch 3 von 5 Punkten zu vergeben.');
    await userEvent.click(less('Mobilität und Erreichbarkeit'));
    expect(status()).toHaveTextContent('Noch 4 von 5 Punkten zu vergeben.');
  });

  it('stops at the cap per item and at the budget, keeps the button and says why', async () => {
    await open();
    expect(less('Wohnen und lebendige Quartiere')).toHaveAttribute('aria-disabled', 'true');
    for (let i = 0; i < 4; i++) {
      await userEvent.click(more('Mobilität und Erreichbarkeit'));
    }
    expect(screen.getByRole('spinbutton', { name: 'Mobilität und Erreichbarkeit' })).toHaveValue(3);
    expect(more('Mobilität und Erreichbarkeit')).toHaveAttribute('aria-disabled', 'true');
    expect(more('Mobilität und Erreichbarkeit')).toHaveFocus();
    expect(status()).toHaveTextContent('„Mobilität und Erreichbarkeit“ hat schon die höchstens möglichen 3 Punkte.');

    await userEvent.click(more('Wohnen und lebendige Quartiere'));
    await userEvent.click(more('Wohnen und lebendige Quartiere'));
    expect(status()).toHaveTextContent('Noch 0 von 5 Punkten zu vergeben.');
    await userEvent.click(more('Wohnen und lebendige Quartiere'));
    expect(screen.getByRole('spinbutton', { name: 'Wohnen und lebendige Quartiere' })).toHaveValue(2);
    expect(status()).toHaveTextContent('Alle 5 Punkte sind vergeben – nehmen Sie erst bei einem anderen Eintrag einen weg.');
  });

  it('says typed dots over the budget as such, never as a negative rest, and holds the ballot back with the reason beside it', async () => {
    await open();
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Mobilität und Erreichbarkeit' }), '3');
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Wohnen und lebendige Quartiere' }), '3');

    const over = 'Sie haben 1 Punkt zu viel vergeben – nehmen Sie bei einem Eintrag einen weg.';
    expect(status()).toHaveTextContent(over);
    expect(screen.queryByText(/-1/)).not.toBeInTheDocument();
    const submit = screen.getByRole('button', { name: 'Stimme abgeben' });
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    expect(submit).toHaveAccessibleDescription(over);
    await userEvent.click(submit);
    expect(sent.filter((s) => s.method === 'POST')).toHaveLength(0);

    await userEvent.click(less('Wohnen und lebendige Quartiere'));
    expect(status()).toHaveTextContent('Noch 0 von 5 Punkten zu vergeben.');
    expect(submit).not.toHaveAttribute('aria-disabled');
    expect(submit).not.toHaveAccessibleDescription();
  });

  it('says before the first dot why the ballot cannot be cast yet', async () => {
    await open();
    expect(screen.getByRole('button', { name: 'Stimme abgeben' })).toHaveAccessibleDescription(
      'Vergeben Sie mindestens einen Punkt, dann können Sie Ihre Stimme abgeben.',
    );
  });
});
