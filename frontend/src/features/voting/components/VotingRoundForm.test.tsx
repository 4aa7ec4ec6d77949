import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json } from '@/test/adminPages';
import { VotingRoundForm } from './VotingRoundForm';

afterEach(() => vi.unstubAllGlobals());

describe('opening a voting round', () => {
  it('says the round was saved, by its title, and links to its public voting page', async () => {
    fakeApi({ 'POST /api/v1/votings': () => json(201, { id: 'r-1', title: 'Was zuerst?' }) });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
        <MemoryRouter>
          <VotingRoundForm format="spaziergang" fieldsOfAction={[]} />
        </MemoryRouter>
      </QueryClientProvider>,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Abstimmung eröffnen' }));

    const status = screen.getByRole('status');
    await vi.waitFor(() => expect(status).toHaveTextContent('„Was zuerst?“ wurde gespeichert. Öffentliche Seite ansehen'));
    expect(within(status).getByRole('link', { name: 'Öffentliche Seite ansehen' })).toHaveAttribute('href', '/abstimmen/r-1');
    expect(status).toHaveFocus();
  });
});
