import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validationFailed } from '@/test/problems';
import { RegistrationForm } from './RegistrationForm';

const OPEN = {
  offered: true,
  open: true,
  capacity: 30,
  seatsLeft: 3,
  waitingList: 10,
  waiting: 0,
  deadline: '2024-11-10',
  questions: ['Brauchen Sie einen barrierefreien Zugang?'],
  attendance: null,
};

let sent: unknown[];
function api(state: object, answer: () => Response = () => json({ status: 'CONFIRMED' }, 201)) {
  sent = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (request.method === 'GET') {
        return json(state, 200);
      }
      sent.push(await request.json());
      return answer();
    }),
  );
}

function json(body: object, status: number, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

function form() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <RegistrationForm slug="oeffentlicher-dialog" title="Öffentlicher Dialog" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('RegistrationForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the seats left and the deadline, sends name, address, answers and the page language, and says the confirmation is coming', async () => {
    api(OPEN);
    form();
    expect(await screen.findByText(/Noch 3 Plätze frei\. Anmeldung bis 10\.11\.2024\./)).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveAttribute('autocomplete', 'name');
    const email = screen.getByRole('textbox', { name: /E-Mail-Adresse/ });
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAccessibleDescription(/Bestätigung mit dem Termin für Ihren Kalender/);
    await userEvent.type(name, 'Clara Beispiel');
    await userEvent.type(email, 'clara@example.org');
    await userEvent.type(screen.getByRole('textbox', { name: 'Brauchen Sie einen barrierefreien Zugang?' }), 'Ja, Rollstuhl');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));

    const status = await screen.findByText('Sie sind angemeldet. Die Bestätigung ist an clara@example.org unterwegs.');
    expect(status).toHaveFocus();
    expect(sent).toEqual([{ name: 'Clara Beispiel', email: 'clara@example.org', answers: ['Ja, Rollstuhl'], language: 'de' }]);
    expect(screen.queryByRole('button', { name: 'Anmelden' })).toBeNull();
  });

  it('offers the waiting list once the seats are taken, and says so when the answer is a waiting place', async () => {
    api({ ...OPEN, seatsLeft: 0, waiting: 4 }, () => json({ status: 'WAITING' }, 201));
    form();
    expect(await screen.findByText(/Alle Plätze sind vergeben\. Auf der Warteliste sind noch 6 Plätze frei\./)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/ }), 'Clara');
    await userEvent.type(screen.getByRole('textbox', { name: /E-Mail-Adresse/ }), 'clara@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Auf die Warteliste setzen' }));

    expect(await screen.findByText(/Sie stehen auf der Warteliste\. Eine E-Mail an clara@example.org bestätigt das\./)).toHaveFocus();
  });

  it('shows a refused address at its field, linked to it, and in German', async () => {
    api(OPEN, () =>
      json(validationFailed([{ field: 'email', code: 'email-address', arguments: {}, message: 'is not an e-mail address we can write to' }]), 400, 'application/problem+json'),
    );
    form();
    await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Clara');
    const email = screen.getByRole('textbox', { name: /E-Mail-Adresse/ });
    await userEvent.type(email, 'clara');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));

    expect(await screen.findAllByText(/ist keine E-Mail-Adresse, an die wir schreiben können/)).not.toHaveLength(0);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/ist keine E-Mail-Adresse, an die wir schreiben können/);
    expect(screen.queryByText(/we can write to/)).toBeNull();
  });

  it('says in its own words when the last places went to others meanwhile', async () => {
    api(OPEN, () =>
      json(
        { type: 'urn:mitwirken:problem:conflict', title: 'Conflict', status: 409, detail: 'All places are taken.', code: 'event-full', arguments: {} },
        409,
        'application/problem+json',
      ),
    );
    form();
    await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Clara');
    await userEvent.type(screen.getByRole('textbox', { name: /E-Mail-Adresse/ }), 'clara@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Alle Plätze sind vergeben, und auf der Warteliste ist kein Platz mehr frei.');
    await vi.waitFor(() => expect(alert).toHaveFocus());
  });

  it('shows no form while registration is closed', async () => {
    api({ ...OPEN, open: false });
    form();
    expect(await screen.findByText('Die Anmeldung ist geschlossen.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows nothing where registration was never offered', async () => {
    api({ offered: false, open: false, questions: [] });
    const client = new QueryClient();
    const { container } = render(
      <QueryClientProvider client={client}>
        <RegistrationForm slug="ohne-anmeldung" title="Ohne" />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(client.getQueryState(['registration', 'ohne-anmeldung'])?.status).toBe('success'));
    expect(container).toBeEmptyDOMElement();
  });
});
