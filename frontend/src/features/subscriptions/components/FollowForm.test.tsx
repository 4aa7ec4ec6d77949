import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validationFailed } from '@/test/problems';
import { FollowForm } from './FollowForm';

let sent: unknown[];
function api(answer: () => Response) {
  sent = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      sent.push(await request.json());
      return answer();
    }),
  );
}

function form() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <FollowForm scopeType="PROCESS" scope="insek-kaiserslautern" title="INSEK Kaiserslautern" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('FollowForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for an address the browser can fill in, sends it with the scope and the page language, and says a confirmation mail is coming', async () => {
    api(() => new Response(null, { status: 202 }));
    form();
    const email = screen.getByRole('textbox', { name: /E-Mail-Adresse/ });
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    await userEvent.type(email, 'clara@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Benachrichtigen lassen' }));

    const status = await screen.findByText(/Fast geschafft: Wenn clara@example.org noch nicht bestätigt ist/);
    expect(status).toHaveFocus();
    expect(sent).toEqual([{ email: 'clara@example.org', scopeType: 'PROCESS', scope: 'insek-kaiserslautern', language: 'de' }]);
    expect(email).toHaveValue('');
  });

  it('shows a refused address at its field, in German', async () => {
    api(
      () =>
        new Response(JSON.stringify(validationFailed([{ field: 'email', code: 'email-address', arguments: {}, message: 'is not an e-mail address we can write to' }])), {
          status: 400,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    );
    form();
    await userEvent.type(screen.getByRole('textbox', { name: /E-Mail-Adresse/ }), 'clara');
    await userEvent.click(screen.getByRole('button', { name: 'Benachrichtigen lassen' }));

    expect(await screen.findAllByText(/ist keine E-Mail-Adresse, an die wir schreiben können/)).not.toHaveLength(0);
    expect(screen.queryByText(/we can write to/)).toBeNull();
  });
});
