import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, showAsAdmin } from '@/test/adminPages';
import { AdminRegistration } from './AdminRegistration';

const PATH = '/api/v1/formats/zukunftswerkstatt/registration';
const OPEN = {
  offered: true,
  open: true,
  capacity: 1,
  seatsLeft: 0,
  waitingList: 5,
  waiting: 1,
  deadline: '2024-10-10',
  questions: ['Brauchen Sie einen barrierefreien Zugang?'],
  attendance: null,
};

function editor() {
  showAsAdmin('/', { '/': <AdminRegistration slug="zukunftswerkstatt" startsOn="2024-10-17" /> });
}

describe('AdminRegistration', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens registration with places, a waiting list, the event day as deadline and one question per line', async () => {
    let body: unknown;
    fakeApi({
      [`GET ${PATH}`]: () => json(200, { offered: false, open: false, questions: [] }),
    });
    editor();
    const capacity = await screen.findByRole('spinbutton', { name: /^Plätze\s*\(/ });
    expect(screen.getByLabelText(/Anmeldeschluss/)).toHaveValue('2024-10-17');
    await userEvent.type(capacity, '30');
    await userEvent.clear(screen.getByRole('spinbutton', { name: /Plätze auf der Warteliste/ }));
    await userEvent.type(screen.getByRole('spinbutton', { name: /Plätze auf der Warteliste/ }), '5');
    await userEvent.type(screen.getByRole('textbox', { name: /Fragen an die Angemeldeten/ }), 'Barrierefreier Zugang?{enter}{enter}Essenswünsche?');
    vi.mocked(fetch).mockImplementation(async (request: RequestInfo | URL) => {
      if ((request as Request).method === 'GET') {
        return json(200, { items: [], page: 0, size: 50, total: 0 });
      }
      body = await (request as Request).json();
      return json(200, { ...OPEN, capacity: 30, seatsLeft: 30, waiting: 0 });
    });
    await userEvent.click(screen.getByRole('button', { name: 'Anmeldung öffnen' }));

    expect(await screen.findByText('Gespeichert: Die Anmeldung ist offen.')).toHaveFocus();
    expect(await screen.findByText('Noch niemand ist angemeldet.')).toBeInTheDocument();
    expect(body).toEqual({ capacity: 30, waitingList: 5, deadline: '2024-10-17', questions: ['Barrierefreier Zugang?', 'Essenswünsche?'], open: true });
  });

  it('lists who registered with their answers, places first, and records attendance', async () => {
    let attendance: unknown;
    fakeApi({
      [`GET ${PATH}`]: () => json(200, OPEN),
      [`GET ${PATH}/registrations`]: () =>
        json(200, {
          items: [
            { id: '1', name: 'Erika Mustermann', email: 'erika@example.org', status: 'CONFIRMED', answers: ['Ja'], language: 'de', createdAt: '2024-10-01T08:00:00Z' },
            { id: '2', name: 'Max Muster', email: 'max@example.org', status: 'WAITING', answers: [''], language: 'en', createdAt: '2024-10-02T08:00:00Z' },
          ],
          page: 0,
          size: 50,
          total: 2,
        }),
    });
    editor();
    const table = await screen.findByRole('table', { name: '2 Anmeldungen: erst die Plätze, dann die Warteliste' });
    expect(within(table).getByRole('columnheader', { name: 'Brauchen Sie einen barrierefreien Zugang?' })).toBeInTheDocument();
    const [erika, max] = within(table).getAllByRole('row').slice(1);
    expect(erika).toHaveTextContent(/Erika Mustermann.*erika@example\.org.*Platz.*Ja/);
    expect(max).toHaveTextContent(/Max Muster.*Warteliste/);
    expect(screen.getByRole('button', { name: 'Liste als CSV herunterladen' })).toBeInTheDocument();

    vi.mocked(fetch).mockImplementation(async (request: RequestInfo | URL) => {
      attendance = await (request as Request).json();
      return json(200, { ...OPEN, attendance: 27 });
    });
    await userEvent.type(screen.getByRole('spinbutton', { name: /Anzahl der Teilnehmenden/ }), '27');
    await userEvent.click(screen.getByRole('button', { name: 'Teilnahme speichern' }));

    expect(await screen.findByText('Gespeichert: 27 Teilnehmende.')).toHaveFocus();
    expect(attendance).toEqual({ attendance: 27 });
  });
});
