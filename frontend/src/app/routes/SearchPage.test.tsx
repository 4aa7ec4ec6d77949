import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api/client';
import { SearchPage } from './SearchPage';

const TOTAL = 45;
let asked: URLSearchParams[];

/** The API's answer to a search: TOTAL comments, the page's share of them. */
function searchApi() {
  asked = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const params = new URL(request.url).searchParams;
      asked.push(params);
      const page = Number(params.get('page'));
      const size = Number(params.get('size'));
      const count = Math.max(0, Math.min(size, TOTAL - page * size));
      const items: Schemas['SearchHit'][] = Array.from({ length: count }, (_, i) => ({
        type: 'COMMENT',
        slug: 'buergerdialog',
        title: `Format ${page * size + i + 1}`,
        excerpt: 'Mehr Radwege',
        href: '/api/v1/comments?targetType=FORMAT&targetId=f1',
        rank: 0.1,
        anchor: `c${page * size + i + 1}`,
        commentOn: { type: 'FORMAT', id: 'f1' },
        highlights: [{ start: 5, end: 12 }],
      }));
      return new Response(JSON.stringify({ query: params.get('q'), items, page, size, total: TOTAL }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
}

function show(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/suche" element={<SearchPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('SearchPage', () => {
  it('announces how many hits there are and on which page, and pages on by links', async () => {
    searchApi();
    show('/suche?q=Radweg');

    expect(await screen.findByText('45 Treffer, Seite 1 von 3')).toHaveAttribute('role', 'status');
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(20);
    expect(screen.queryByRole('link', { name: 'Vorherige Seite' })).toBeNull();
    expect(asked[0]?.get('page')).toBe('0');

    await userEvent.click(screen.getByRole('link', { name: 'Nächste Seite' }));
    expect(await screen.findByText('45 Treffer, Seite 2 von 3')).toHaveAttribute('role', 'status');
    expect(asked.at(-1)?.get('page')).toBe('1');
    expect(screen.getByRole('list')).toHaveAttribute('start', '21');
    expect(screen.getByRole('link', { name: 'Vorherige Seite' })).toHaveAttribute('href', '/suche?q=Radweg&seite=1');
  });

  it('shows the last page without a link onwards', async () => {
    searchApi();
    show('/suche?q=Radweg&seite=3');

    expect(await screen.findByText('45 Treffer, Seite 3 von 3')).toHaveAttribute('role', 'status');
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(5);
    expect(screen.queryByRole('link', { name: 'Nächste Seite' })).toBeNull();
  });
});
