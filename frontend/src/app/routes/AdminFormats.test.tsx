import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api/client';
import { fakeApi, json, listPage, showAsAdmin } from '@/test/adminPages';
import { AdminFormatEditorPage } from './AdminFormatEditorPage';
import { AdminPage } from './AdminPage';

const format = (publicationState: Schemas['PublicationState']): Schemas['Format'] => ({
  id: 'f1', slug: 'spaziergang-hohenecken', title: 'Spaziergang Hohenecken', status: 'PLANNED',
  process: { slug: 'insek', title: 'INSEK' }, kind: 'DISTRICT_WALK', summary: 'Kurz', body: '', startsOn: '2026-12-13',
  endsOn: '2026-12-13', datePrecision: 'DAY', online: false, audience: 'PUBLIC', publicationState, participation: {},
  districts: [], fieldsOfAction: [], version: 1, createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z',
});
const routes = { '/verwaltung': <AdminPage />, '/verwaltung/formate/neu': <AdminFormatEditorPage /> };

afterEach(() => vi.unstubAllGlobals());

describe('the admin’s formats', () => {
  it('after creating a format, say so by its title, link to its public page and take the focus there', async () => {
    fakeApi({
      'GET /api/v1/processes': () => json(200, listPage([{ slug: 'insek', title: 'INSEK', phases: [] }])),
      'GET /api/v1/districts': () => json(200, listPage([{ id: 'd1', slug: 'hohenecken', name: 'Hohenecken', version: 0 }])),
      'GET /api/v1/fields-of-action': () => json(200, listPage([])),
      'POST /api/v1/formats': () => json(201, format('DRAFT')),
      'GET /api/v1/formats': () => json(200, listPage([format('DRAFT')])),
    });
    showAsAdmin('/verwaltung/formate/neu', routes);

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Hohenecken' }));
    await userEvent.click(screen.getByRole('button', { name: 'Anlegen' }));

    const status = await screen.findByRole('status');
    await vi.waitFor(() => expect(status).toHaveTextContent('„Spaziergang Hohenecken“ wurde gespeichert. Öffentliche Seite ansehen'));
    expect(within(status).getByRole('link', { name: 'Öffentliche Seite ansehen' })).toHaveAttribute('href', '/formate/spaziergang-hohenecken');
    expect(status).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'Beteiligungsformate' })).toBeInTheDocument();
  });

  it('withdraw a published format only after the admin confirmed it in a dialog', async () => {
    const asked = fakeApi({
      'GET /api/v1/formats': () => json(200, listPage([format('PUBLISHED')])),
      'POST /api/v1/formats/spaziergang-hohenecken/unpublish': () => json(200, format('DRAFT')),
    });
    showAsAdmin('/verwaltung', routes);
    const withdraw = await screen.findByRole('button', { name: 'Spaziergang Hohenecken zurückziehen' });

    await userEvent.click(withdraw);
    await userEvent.keyboard('{Escape}');
    expect(withdraw).toHaveFocus();
    await userEvent.click(withdraw);
    const dialog = screen.getByRole('alertdialog', { name: /^„Spaziergang Hohenecken“ zurückziehen\?/ });
    expect(asked).not.toContain('POST /api/v1/formats/spaziergang-hohenecken/unpublish');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, zurückziehen' }));

    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('„Spaziergang Hohenecken“ ist zurückgezogen.'));
    expect(asked).toContain('POST /api/v1/formats/spaziergang-hohenecken/unpublish');
  });
});
