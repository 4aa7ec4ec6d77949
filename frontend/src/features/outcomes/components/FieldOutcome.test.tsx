import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Outcome } from '../api/outcomes';
import { FieldOutcome } from './FieldOutcome';

const long = `Die Radwege zwischen den Ortsbezirken und der Innenstadt enden oft plötzlich, ${'und das ist gefährlich '.repeat(6)}`;
const outcome: Outcome = {
  fieldOfAction: 'mobilitaet',
  title: 'Mobilität',
  total: 2,
  byFormat: [
    {
      key: 'umfrage',
      label: 'Online-Umfrage',
      count: 2,
      inputs: [
        { kind: 'SURVEY_ANSWER', ref: 'a1', text: long, format: 'umfrage', createdOn: '2024-04-01' },
        { kind: 'MAP_CONTRIBUTION', ref: 'm1', title: 'Gefährliche Kreuzung', text: 'Am Bahnhof', format: 'umfrage', district: 'moelschbach', createdOn: '2024-04-02' },
      ],
    },
  ],
  byDistrict: [{ key: 'moelschbach', label: 'Mölschbach', count: 1, inputs: [] }],
  responses: [],
};

afterEach(() => vi.unstubAllGlobals());

describe('what became of a field of action', () => {
  it('links every contribution to its own page, named by its title or the start of its text', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(outcome), { headers: { 'Content-Type': 'application/json' } })));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <FieldOutcome slug="mobilitaet" />
        </MemoryRouter>
      </QueryClientProvider>,
    );

    const answer = await screen.findByRole('link', { name: /^Die Radwege zwischen den Ortsbezirken/ });
    expect(answer).toHaveAttribute('href', '/was-wurde-daraus/SURVEY_ANSWER/a1');
    expect(answer.textContent!.length).toBeLessThanOrEqual(122);
    expect(answer.textContent).toMatch(/ …$/);
    expect(screen.getByRole('link', { name: 'Gefährliche Kreuzung' })).toHaveAttribute('href', '/was-wurde-daraus/MAP_CONTRIBUTION/m1');
    expect(screen.getByText('Mölschbach: 1')).toBeInTheDocument();
    expect(screen.queryByText(/moelschbach/)).not.toBeInTheDocument();
  });
});
