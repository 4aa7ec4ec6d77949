import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api/client';
import { AuthContext, type Auth } from '@/auth/AuthContext';
import { MapPortal } from './MapPortal';

const settings: Schemas['MapSettings'] = {
  tileUrl: 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
  attribution: 'Test',
  bounds: [7.6, 49.38, 7.9, 49.5],
  center: { lon: 7.7, lat: 49.478 },
};
const erfenbach: Schemas['District'] = {
  id: 'd1',
  slug: 'erfenbach',
  name: 'Erfenbach',
  version: 0,
  boundary: { type: 'Polygon', coordinates: [[[7.69, 49.471], [7.71, 49.471], [7.71, 49.485], [7.69, 49.485], [7.69, 49.471]]] },
};
const contribution = (title: string): Schemas['MapContribution'] => ({
  id: 'c1',
  format: 'geoportal',
  category: 'IDEA',
  title,
  text: 'Eine Sitzbank im Schatten.',
  location: { lon: 7.7, lat: 49.478 },
  locationSource: 'MAP',
  authorName: 'Nachbarin',
  anonymous: true,
  state: 'PENDING',
  supportCount: 0,
  supportedByMe: false,
  writtenByMe: false,
  createdOn: '2024-11-13',
});

let posted: Record<string, unknown>[];
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  posted = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'POST') {
        const body = JSON.parse(await request.text()) as Record<string, unknown>;
        posted.push(body);
        return json({ contribution: contribution(body.title as string) });
      }
      if (path === '/api/v1/map/settings') return json(settings);
      if (path === '/api/v1/map/places') return json([]);
      if (path === '/api/v1/districts') return json({ items: [erfenbach], page: 0, size: 100, total: 1 });
      if (request.headers.get('Accept') === 'application/geo+json') return json({ type: 'FeatureCollection', features: [] });
      return json({ items: [], page: 0, size: 20, total: 0 });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

const visitor: Auth = { ready: true, authenticated: false, hasRole: () => false, login: vi.fn(), logout: vi.fn() };

function show() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AuthContext.Provider value={visitor}>
        <MapPortal format="geoportal" anonymousAllowed />
      </AuthContext.Provider>
    </QueryClientProvider>,
  );
}

describe('the map portal by keyboard', () => {
  it('offers links past the map and to the list, and a legend that names shapes as well as colours', async () => {
    show();
    await screen.findByRole('region', { name: 'Karte der Beiträge' });
    expect(screen.getByRole('link', { name: 'Karte überspringen' })).toHaveAttribute('href', '#contribute');
    expect(screen.getByRole('link', { name: 'Beiträge als Liste lesen – dieselben wie auf der Karte' })).toHaveAttribute('href', '#contributions');
    const legend = screen.getByRole('list', { name: 'Zeichen auf der Karte:' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent?.trim())).toEqual([
      'Lieblingsort – grüner Kreis',
      'Verbesserungswürdig – rotes Dreieck',
      'Idee – blaue Raute',
      'Schwarzer Ring – der Ort, den Sie gewählt haben',
    ]);
    expect(screen.getByRole('region', { name: 'Karte der Beiträge' })).toHaveAccessibleDescription(/Eingabetaste/);
  });

  it('picks the point under the crosshair with Enter, names it by its district, and after sending focuses the thanks', async () => {
    show();
    const map = await screen.findByRole('region', { name: 'Karte der Beiträge' });
    map.focus();
    fireEvent.keyDown(map, { key: 'Enter' });

    expect(screen.getByRole('radio', { name: 'Punkt auf der Karte' })).toBeChecked();
    expect(await screen.findByText('Gewählter Ort: im Ortsbezirk Erfenbach')).toBeInTheDocument();
    expect(screen.getByText('(49,47800° N, 7,70000° O)')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/^Titel/), 'Bank am Weiher');
    await userEvent.type(screen.getByLabelText(/^Beschreibung/), 'Eine Sitzbank im Schatten.');
    await userEvent.type(screen.getByLabelText(/^Pseudonym/), 'Nachbarin');
    await userEvent.click(screen.getByRole('button', { name: 'Beitrag senden' }));

    const thanks = await screen.findByText('Danke! Ihr Beitrag „Bank am Weiher“ erscheint, sobald die Moderation ihn geprüft hat.');
    expect(thanks).toHaveAttribute('role', 'status');
    expect(thanks).toHaveFocus();
    expect(posted[0]).toMatchObject({ title: 'Bank am Weiher', location: { lon: expect.closeTo(7.7, 4), lat: expect.closeTo(49.478, 4) } });
  });
});
