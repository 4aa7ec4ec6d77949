import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Opportunity } from '../api/listOpportunities';
import { OpportunityOverview } from './OpportunityOverview';

const insek = { slug: 'insek', title: 'INSEK Kaiserslautern' };
const surveyFormat = { slug: 'umfrage-und-geoportal-2024', title: 'Online-Umfrage und Geoportal' };
const dialogue = { slug: 'buergerbeteiligung-13-11-2024', title: 'Beteiligung am 13.11.2024' };
/** Midnight at the start of 01.01.2031 where the test runs: the survey is open through 31.12.2030. */
const newYear2031 = new Date(2031, 0, 1).toISOString();

const opportunities: Opportunity[] = [
  {
    kind: 'SURVEY', id: 'insek-befragung-2024', title: 'Online-Befragung zum INSEK', format: surveyFormat, process: insek,
    districts: [], opensAt: '2024-03-19T23:00:00Z', closesAt: newYear2031, needs: [], path: '/api/v1/surveys/insek-befragung-2024',
  },
  {
    kind: 'VOTING_ROUND', id: 'r1', title: 'Priorisierung der vier Handlungsfelder', format: dialogue, process: insek,
    districts: [{ slug: 'moelschbach', title: 'Mölschbach' }], opensAt: '2024-11-13T17:00:00Z',
    closesAt: new Date(2030, 5, 30, 18, 0).toISOString(), needs: ['ACCOUNT', 'VERIFIED_EMAIL'], path: '/api/v1/votings/r1',
  },
  {
    kind: 'MAP_PORTAL', id: surveyFormat.slug, title: surveyFormat.title, format: surveyFormat, process: insek,
    districts: [], needs: [], path: `/api/v1/map-contributions?format=${surveyFormat.slug}`,
  },
  {
    kind: 'COMMENTS', id: dialogue.slug, title: dialogue.title, format: dialogue, process: insek, districts: [],
    needs: ['ACCOUNT'], path: '/api/v1/comments?targetType=FORMAT&targetId=f1',
  },
  {
    kind: 'SURVEY', id: 'andere', title: 'Befragung eines anderen Prozesses', format: { slug: 'andere', title: 'Andere' },
    process: { slug: 'anderer-prozess', title: 'Anderer Prozess' }, districts: [], closesAt: newYear2031, needs: ['PARTICIPATION_CODE'],
    path: '/api/v1/surveys/andere',
  },
];

function answer(items: Opportunity[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      new Response(JSON.stringify({ items, page: 0, size: 100, total: items.length }), { headers: { 'Content-Type': 'application/json' } }),
    ),
  );
}

function show(element: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const rendered = render(
    <QueryClientProvider client={client}>
      <MemoryRouter>{element}</MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...rendered, loaded: () => vi.waitFor(() => expect(client.getQueryState(['opportunities', 'list'])?.status).toBe('success')) };
}

afterEach(() => vi.unstubAllGlobals());

describe('Jetzt mitmachen', () => {
  it('shows each open survey, round and map portal of the process with its end, what it takes and one button to it', async () => {
    answer(opportunities);
    show(<OpportunityOverview filter={{ process: 'insek' }} heading="Jetzt mitmachen" headingId="mitmachen" />);

    const survey = (await screen.findByRole('heading', { level: 3, name: 'Online-Befragung zum INSEK' })).closest('li')!;
    expect(survey).toHaveTextContent('Offen bis 31.12.2030');
    expect(survey).toHaveTextContent('Sie brauchen: nichts weiter, keine Anmeldung');
    const button = within(survey).getByRole('link', { name: 'Fragebogen ausfüllen' });
    expect(button).toHaveAttribute('href', '/umfragen/insek-befragung-2024');
    expect(button).toHaveAccessibleDescription('Online-Befragung zum INSEK');

    const round = screen.getByRole('heading', { level: 3, name: 'Priorisierung der vier Handlungsfelder' }).closest('li')!;
    expect(round).toHaveTextContent('Offen bis 30.06.2030, 18:00 Uhr');
    expect(round).toHaveTextContent('Sie brauchen: ein Benutzerkonto (Anmeldung) und eine bestätigte E-Mail-Adresse');
    expect(round).toHaveTextContent('Teil von: Beteiligung am 13.11.2024');
    expect(round).toHaveTextContent('Für die Ortsbezirke: Mölschbach');
    expect(within(round).getByRole('link', { name: 'Jetzt abstimmen' })).toHaveAttribute('href', '/abstimmen/r1');

    const map = screen.getByRole('heading', { level: 3, name: 'Online-Umfrage und Geoportal' }).closest('li')!;
    expect(map).toHaveTextContent('Offen, ohne festes Ende');
    expect(within(map).getByRole('link', { name: 'Ort auf der Karte markieren' })).toHaveAttribute(
      'href',
      '/formate/umfrage-und-geoportal-2024/karte',
    );

    expect(screen.queryByText('Befragung eines anderen Prozesses')).not.toBeInTheDocument();
  });

  it('lists formats taking comments apart, after the rest, each with a link to its comments that names the format', async () => {
    answer(opportunities);
    show(<OpportunityOverview filter={{ process: 'insek' }} heading="Jetzt mitmachen" headingId="mitmachen" />);

    const heading = await screen.findByRole('heading', { level: 3, name: 'Mitdiskutieren' });
    const list = heading.parentElement!;
    const link = within(list).getByRole('link', { name: 'Mitdiskutieren' });
    expect(link).toHaveAttribute('href', '/formate/buergerbeteiligung-13-11-2024#comments');
    expect(link).toHaveAccessibleDescription('Beteiligung am 13.11.2024');
    expect(list).toHaveTextContent('Beteiligung am 13.11.2024 (ein Benutzerkonto (Anmeldung)): Mitdiskutieren');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent).at(-1)).toContain('Beteiligung am 13.11.2024');
  });

  it('says when nothing is open, and still shows what opens soon', async () => {
    answer([]);
    show(
      <OpportunityOverview filter={{ process: 'insek' }} heading="Jetzt mitmachen" headingId="mitmachen" upcoming={<p>Stadtspaziergang im Mai</p>} />,
    );

    await screen.findByText(/Gerade ist hier nichts zum Mitmachen geöffnet/);
    expect(screen.getByText('Stadtspaziergang im Mai')).toBeInTheDocument();
  });

  it('on a format page shows only that format, and nothing at all when nothing of it is open', async () => {
    answer(opportunities);
    const { unmount } = show(
      <OpportunityOverview filter={{ format: 'andere' }} heading="Hier mitmachen" headingId="mitmachen" hideWhenEmpty />,
    );
    const only = await screen.findByRole('heading', { level: 3, name: 'Befragung eines anderen Prozesses' });
    expect(only.closest('li')).toHaveTextContent('einen Teilnahmecode, den Sie auf Papier erhalten haben');
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(1);
    unmount();

    const { container, loaded } = show(
      <OpportunityOverview filter={{ format: 'zukunftswerkstatt' }} heading="Hier mitmachen" headingId="mitmachen" hideWhenEmpty />,
    );
    await loaded();
    await vi.waitFor(() => expect(container).toBeEmptyDOMElement());
  });
});
