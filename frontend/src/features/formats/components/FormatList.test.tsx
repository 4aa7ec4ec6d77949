import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Format } from '../api/listFormats';
import { FormatList } from './FormatList';

const format = (slug: string, title: string, status: Format['status']): Format => ({
  id: slug, slug, title, status, process: { slug: 'insek', title: 'INSEK' }, kind: 'PUBLIC_DIALOGUE', summary: 'Kurz',
  body: '', startsOn: '2024-11-13', endsOn: '2024-11-13', datePrecision: 'DAY', online: false, audience: 'PUBLIC',
  publicationState: 'PUBLISHED', participation: {}, districts: [], fieldsOfAction: [], version: 0,
  createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
});

describe('a list of formats', () => {
  it('shows where each stands in words beside its date: geplant, offen, abgeschlossen, Ergebnisse', () => {
    render(
      <MemoryRouter>
        <FormatList
          formats={[
            format('spaziergang', 'Stadtspaziergang', 'PLANNED'),
            format('dialog', 'Dialog', 'OPEN'),
            format('werkstatt', 'Werkstatt', 'COMPLETED'),
            format('befragung', 'Befragung', 'RESULTS'),
          ]}
        />
      </MemoryRouter>,
    );

    const statusOf = (title: string) =>
      within(screen.getByRole('link', { name: title }).closest('li')!).getByText(/^(geplant|offen|abgeschlossen|Ergebnisse)$/);
    expect(statusOf('Stadtspaziergang')).toHaveTextContent('geplant');
    expect(statusOf('Dialog')).toHaveTextContent('Status: offen');
    expect(statusOf('Werkstatt')).toHaveTextContent('abgeschlossen');
    expect(statusOf('Befragung')).toHaveTextContent('Ergebnisse');
    expect(screen.getByRole('link', { name: 'Dialog' }).closest('li')).toHaveTextContent('offen 13.11.2024');
  });

  it('shows a teaser image small on its card, hidden from screen readers as the title beside it says the same', () => {
    const withImage = {
      ...format('dialog', 'Dialog', 'OPEN'),
      teaserImage: { url: '/api/v1/formats/dialog/teaser-image?v=abc', altText: 'Menschen im Gespräch am Stiftsplatz', width: 1600, height: 900 },
    };
    render(
      <MemoryRouter>
        <FormatList formats={[withImage, format('werkstatt', 'Werkstatt', 'COMPLETED')]} />
      </MemoryRouter>,
    );

    const card = screen.getByRole('link', { name: 'Dialog' }).closest('li')!;
    const image = card.querySelector('img')!;
    expect(image).toHaveAttribute('alt', '');
    expect(image).toHaveAttribute('src', '/api/v1/formats/dialog/teaser-image?v=abc');
    expect(image).toHaveAttribute('width', '1600');
    expect(image).toHaveAttribute('height', '900');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'Werkstatt' }).closest('li')!.querySelector('img')).toBeNull();
  });
});
