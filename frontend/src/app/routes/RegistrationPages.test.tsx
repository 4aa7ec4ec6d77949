import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CancelRegistrationPage } from './RegistrationPages';

let requests: string[];
function api(answer: () => Response) {
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      requests.push(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`);
      return answer();
    }),
  );
}

function page(token: string) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[`/anmeldung/abmelden?token=${token}`]}>
        <CancelRegistrationPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('CancelRegistrationPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('does nothing until the click, since mail scanners open links too; then cancels and says the details are deleted', async () => {
    api(() => new Response(null, { status: 204 }));
    page('abc.123');
    expect(screen.getByRole('heading', { level: 1, name: 'Von der Veranstaltung abmelden' })).toBeInTheDocument();
    expect(requests).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Ja, abmelden' }));

    expect(await screen.findByText(/Sie sind abgemeldet, und Ihre Angaben sind gelöscht\./)).toHaveFocus();
    expect(requests).toEqual(['POST /api/v1/registrations/cancel?token=abc.123']);
    expect(screen.queryByRole('button', { name: 'Ja, abmelden' })).toBeNull();
  });

  it('explains a link that is not valid, in German, and leaves the button for another try', async () => {
    api(
      () =>
        new Response(
          JSON.stringify({ type: 'urn:mitwirken:problem:not-found', title: 'Not found', status: 404, detail: 'This cancellation link is not valid.', code: 'cancellation-link-invalid', arguments: {} }),
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    );
    page('erfunden');
    await userEvent.click(screen.getByRole('button', { name: 'Ja, abmelden' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Dieser Abmeldelink gilt nicht. Bitte nutzen Sie den Link aus Ihrer Anmeldebestätigung.');
    expect(screen.getByRole('button', { name: 'Ja, abmelden' })).toBeInTheDocument();
  });
});
