import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
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

describe('the results of a location question', () => {
  const located: Schemas['SurveyResults'] = {
    survey: 'begehung',
    responses: 30,
    questions: [
      {
        question: 'lieblingsort',
        type: 'LOCATION',
        title: 'Wo ist Ihr Lieblingsort?',
        answered: 26,
        options: [
          { key: 'lieblingsort', label: 'Lieblingsort', count: 18, share: 18 / 26, suppressed: false },
          { key: 'verbessern', label: 'Verbesserungswürdig', count: 8, share: 8 / 26, suppressed: false },
        ],
        areas: {
          cellMetres: 1000,
          withheld: 3,
          cells: [
            { bbox: [7.69, 49.472, 7.704, 49.481], count: 15, options: [{ key: 'lieblingsort', count: 11 }, { key: 'verbessern', count: 4 }] },
            { bbox: [7.765, 49.44, 7.779, 49.449], count: 8, options: [{ key: 'lieblingsort', count: 5 }, { key: 'verbessern', count: 3 }] },
          ],
        },
      },
    ],
  };
  const settings: Schemas['MapSettings'] = { tileUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', attribution: 'Test', bounds: [7.6, 49.38, 7.9, 49.5], center: { lon: 7.77, lat: 49.44 } };
  const erfenbach: Schemas['District'] = {
    id: 'd1',
    slug: 'erfenbach',
    name: 'Erfenbach',
    version: 0,
    boundary: { type: 'Polygon', coordinates: [[[7.69, 49.471], [7.71, 49.471], [7.71, 49.485], [7.69, 49.485], [7.69, 49.471]]] },
  };

  it('shows the squares on a map and in a table, each named by what its middle is in or near', async () => {
    api({
      '/api/v1/surveys/begehung': () => json({ ...survey, resultsPublic: true }),
      '/api/v1/surveys/begehung/results': () => json(located),
      '/api/v1/map/settings': () => json(settings),
      '/api/v1/map/places': () => json([{ name: 'Stiftsplatz', location: { lon: 7.7695, lat: 49.4437 } }]),
      '/api/v1/districts': () => json({ items: [erfenbach], page: 0, size: 100, total: 1 }),
    });
    show('/umfragen/begehung/ergebnisse');

    const table = await screen.findByRole('table', { name: 'Markierte Orte nach Gebiet: Wo ist Ihr Lieblingsort?' });
    expect(await within(table).findByRole('row', { name: 'Im Ortsbezirk Erfenbach 11 4 15' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'In der Nähe von Stiftsplatz (etwa 200 m nordöstlich davon) 5 3 8' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'In Quadraten mit weniger als 5 Orten, zusammen 3' })).toBeInTheDocument();
    const map = screen.getByRole('region', { name: 'Karte der markierten Orte: Wo ist Ihr Lieblingsort?' });
    expect(map).toHaveAccessibleDescription(/Quadraten von etwa 1\.000 m Seitenlänge/);
    expect([...map.querySelectorAll('.map-area-label')].map((label) => label.textContent)).toEqual(['15', '8']);
  });
});

describe('a survey each account answers once', () => {
  const once: Schemas['Survey'] = {
    ...survey,
    integrityMode: 'ONE_PER_ACCOUNT',
    open: true,
    questions: [{ id: 'q1', slug: 'idee', type: 'FREE_TEXT', title: 'Ihre Idee', helpText: '', required: true, options: [] }],
  };
  const clara: Auth = { ...visitor, authenticated: true, subject: 'sub-clara' };

  it('tells an account that has answered so, instead of showing the questions again', async () => {
    api({
      '/api/v1/surveys/begehung': () => json(once),
      '/api/v1/surveys/begehung/participation': () => json({ survey: 'begehung', answered: true }),
    });
    show('/umfragen/begehung', clara);

    expect(await screen.findByText(/Sie haben an dieser Befragung bereits teilgenommen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Antworten absenden' })).not.toBeInTheDocument();
  });

  it('shows the questions to an account that has not answered yet', async () => {
    api({
      '/api/v1/surveys/begehung': () => json(once),
      '/api/v1/surveys/begehung/participation': () => json({ survey: 'begehung', answered: false }),
    });
    show('/umfragen/begehung', clara);

    expect(await screen.findByRole('button', { name: 'Antworten absenden' })).toBeInTheDocument();
  });

  it('waits for the login state instead of asking a signed-in visitor to log in', async () => {
    api({ '/api/v1/surveys/begehung': () => json(once) });
    show('/umfragen/begehung', { ...visitor, ready: false });

    expect(await screen.findByRole('heading', { level: 1, name: 'Begehung Mölschbach' })).toBeInTheDocument();
    expect(screen.queryByText(/Diese Befragung beantworten angemeldete Personen/)).not.toBeInTheDocument();
    expect(asked).not.toContain('/api/v1/surveys/begehung/participation');
  });
});
