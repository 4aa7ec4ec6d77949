import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api/client';
import { AuthContext, type Auth } from '@/auth/AuthContext';
import { formatDateTime } from '@/components/dates';
import { SurveyPage, SurveyResultsPage } from './SurveyPages';

const survey: Schemas['Survey'] = {
  id: 's1',
  slug: 'begehung',
  format: 'begehungen-ortsbezirke-2024',
  title: 'Begehung Mölschbach',
  description: '',
  integrityMode: 'OPEN',
  resultsVisibility: 'AFTER_CLOSE',
  resultsPublic: false,
  opensAt: '2024-08-01T08:00:00Z',
  closesAt: '2030-08-31T16:00:00Z',
  open: false,
  responseCount: 12,
  questions: [],
  version: 0,
};
const results: Schemas['SurveyResults'] = { survey: 'begehung', responses: 12, questions: [] };

let asked: string[];
function api(answers: Record<string, () => Response>) {
  asked = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      asked.push(path);
      return answers[path]?.() ?? new Response('{}', { status: 404 });
    }),
  );
}
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

const visitor: Auth = { ready: true, authenticated: false, hasRole: () => false, login: vi.fn(), logout: vi.fn() };

function show(path: string, auth: Auth = visitor) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AuthContext.Provider value={auth}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/umfragen/:slug" element={<SurveyPage />} />
            <Route path="/umfragen/:slug/ergebnisse" element={<SurveyResultsPage />} />
          </Routes>
        </MemoryRouter>
      </AuthContext.Provider>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('results published only after the end', () => {
  const later = `Die Ergebnisse werden nach dem Ende der Befragung am ${formatDateTime(survey.closesAt, 'de')} veröffentlicht.`;

  it('tell visitors when they will be published, instead of an error, and are not asked for', async () => {
    api({ '/api/v1/surveys/begehung': () => json(survey) });
    show('/umfragen/begehung/ergebnisse');

    expect(await screen.findByText(later)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(asked).not.toContain('/api/v1/surveys/begehung/results');
  });

  it('replace the results link on the survey page by the date', async () => {
    api({ '/api/v1/surveys/begehung': () => json(survey) });
    show('/umfragen/begehung');

    expect(await screen.findByText(later)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ergebnisse ansehen' })).not.toBeInTheDocument();
  });

  it('are shown to admins, marked as not public yet', async () => {
    api({ '/api/v1/surveys/begehung': () => json(survey), '/api/v1/surveys/begehung/results': () => json(results) });
    show('/umfragen/begehung/ergebnisse', { ...visitor, authenticated: true, hasRole: (role) => role === 'admin' });

    expect(await screen.findByText('12 Antworten insgesamt.')).toBeInTheDocument();
    expect(screen.getByText(/^Noch nicht öffentlich:/)).toBeInTheDocument();
  });
});
