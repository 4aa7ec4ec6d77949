import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api/client';
import { AuthContext, type Auth } from '@/auth/AuthContext';
import { InputOutcomePage } from './InputOutcomePage';

const COMMENT = '0b7c9a52-0000-4000-8000-000000000001';
const input = (kind: Schemas['InputKind'], ref: string, text: string, title?: string): Schemas['Input'] => ({
  kind, ref, text, title, createdOn: '2026-11-30',
});
const outcome = (writtenByViewer: boolean): Schemas['InputOutcome'] => ({
  input: input('COMMENT', COMMENT, 'Mehr Bäume am Stiftsplatz'),
  writtenByViewer,
  links: [],
  responses: [
    {
      id: 'r1', target: { fieldOfAction: 'klima', fieldOfActionTitle: 'Klima' }, title: 'Mehr Schatten', status: 'PARTLY',
      reason: 'Baumpflanzungen sind geplant.', version: 0, updatedAt: '2026-12-01T10:00:00Z',
      inputs: [
        { kind: 'COMMENT', ref: COMMENT },
        { kind: 'MAP_CONTRIBUTION', ref: 'm1' },
        { kind: 'COMMENT', ref: 'verborgen' },
      ],
      answered: [input('COMMENT', COMMENT, 'Mehr Bäume am Stiftsplatz'), input('MAP_CONTRIBUTION', 'm1', 'Ein Teich im Park', 'Teich')],
    },
  ],
});

const visitor: Auth = { ready: true, authenticated: false, hasRole: () => false, login: vi.fn(), logout: vi.fn() };

function show(answer: Schemas['InputOutcome'], auth: Auth = visitor) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json' } })));
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AuthContext.Provider value={auth}>
        <MemoryRouter initialEntries={[`/was-wurde-daraus/COMMENT/${COMMENT}`]}>
          <Routes>
            <Route path="/was-wurde-daraus/:kind/:ref" element={<InputOutcomePage />} />
          </Routes>
        </MemoryRouter>
      </AuthContext.Provider>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('following a contribution', () => {
  it('speaks of "this contribution" to anyone but its author', async () => {
    show(outcome(false));

    expect(await screen.findByText('Dieser Beitrag ist noch keinem Handlungsfeld zugeordnet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Was ist aus diesem Beitrag geworden?');
    expect(screen.queryByText(/Ihr Beitrag/)).not.toBeInTheDocument();
  });

  it('speaks of "your contribution" to its author, known by login or by the deletion token on this device', async () => {
    show(outcome(true), { ...visitor, authenticated: true, subject: 'sub-clara' });
    expect(await screen.findByText('Ihr Beitrag ist noch keinem Handlungsfeld zugeordnet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Was ist aus Ihrem Beitrag geworden?');
  });

  it('knows an anonymous author by the deletion token kept on this device', async () => {
    localStorage.setItem(`mitwirken.comment.${COMMENT}`, 'geheim');
    show(outcome(false));
    expect(await screen.findByText('Ihr Beitrag ist noch keinem Handlungsfeld zugeordnet.')).toBeInTheDocument();
  });

  it('lists what each response of the city answers, each linked to what became of it, and says how many are gone', async () => {
    show(outcome(false));

    const response = (await screen.findByRole('heading', { level: 3, name: 'Mehr Schatten' })).closest('li')!;
    expect(response).toHaveTextContent('Antwortet auf diese 3 Beiträge:');
    expect(within(response).getByRole('link', { name: 'Mehr Bäume am Stiftsplatz' })).toHaveAttribute(
      'href',
      `/was-wurde-daraus/COMMENT/${COMMENT}`,
    );
    expect(within(response).getByRole('link', { name: 'Teich' })).toHaveAttribute('href', '/was-wurde-daraus/MAP_CONTRIBUTION/m1');
    expect(response).toHaveTextContent('Kartenbeitrag: Teich – Ein Teich im Park');
    expect(response).toHaveTextContent('1 weiterer Beitrag, auf den sie antwortet, ist nicht mehr öffentlich.');
  });
});
