import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Format } from '../api/listFormats';
import { FormatDetail } from './FormatDetail';

const dialog: Format = {
  id: 'f1', slug: 'dialog', title: 'Öffentlicher Dialog', status: 'OPEN', process: { slug: 'insek', title: 'INSEK' },
  kind: 'PUBLIC_DIALOGUE', summary: 'Kurz', body: '', startsOn: '2024-11-13', endsOn: '2024-11-13', datePrecision: 'DAY',
  online: false, audience: 'PUBLIC', publicationState: 'PUBLISHED', participation: {}, districts: [], fieldsOfAction: [],
  version: 0, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
};

function show(format: Format) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(format), { status: 200, headers: { 'Content-Type': 'application/json' } })),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <FormatDetail slug={format.slug} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('a format’s page', () => {
  it('shows the teaser image at the top with its alternative text, its size reserved before it loads', async () => {
    show({
      ...dialog,
      teaserImage: { url: '/api/v1/formats/dialog/teaser-image?v=abc', altText: 'Menschen im Gespräch am Stiftsplatz', width: 1600, height: 900 },
    });

    const image = await screen.findByRole('img', { name: 'Menschen im Gespräch am Stiftsplatz' });
    expect(image).toHaveAttribute('src', '/api/v1/formats/dialog/teaser-image?v=abc');
    expect(image).toHaveAttribute('width', '1600');
    expect(image).toHaveAttribute('height', '900');
    expect(image).toHaveAttribute('loading', 'eager');
    // Right below the title and summary, before the facts.
    expect(screen.getByRole('heading', { level: 1 }).compareDocumentPosition(image) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(image.compareDocumentPosition(screen.getByText('Zeitraum')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no image where the format has none', async () => {
    show({ ...dialog, teaserImage: null });

    await screen.findByRole('heading', { level: 1, name: 'Öffentlicher Dialog' });
    expect(screen.queryByRole('img')).toBeNull();
  });
});
