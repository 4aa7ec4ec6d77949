import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api/client';
import { fakeApi, json, showAsAdmin } from '@/test/adminPages';
import { AdminNewSurveyPage, AdminSurveyPage } from './AdminSurveyPages';

const survey: Schemas['Survey'] = {
  id: 's1', slug: 'begehung-moelschbach', format: 'spaziergang', title: 'Begehung Mölschbach', description: '',
  integrityMode: 'OPEN', resultsVisibility: 'AFTER_CLOSE', resultsPublic: false, opensAt: '2026-12-01T08:00:00Z',
  closesAt: '2026-12-31T08:00:00Z', open: true, responseCount: 0, questions: [], version: 1,
};
const routes = {
  '/verwaltung/formate/:format/umfragen/neu': <AdminNewSurveyPage />,
  '/verwaltung/umfragen/:slug': <AdminSurveyPage />,
};

afterEach(() => vi.unstubAllGlobals());

function expectSavedNotice(status: HTMLElement) {
  expect(status).toHaveTextContent('„Begehung Mölschbach“ wurde gespeichert. Öffentliche Seite ansehen');
  expect(within(status).getByRole('link', { name: 'Öffentliche Seite ansehen' })).toHaveAttribute('href', '/umfragen/begehung-moelschbach');
  expect(status).toHaveFocus();
}

describe('the admin’s survey pages', () => {
  it('after creating a survey, open it with a message that names it and links to its public page', async () => {
    fakeApi({ 'POST /api/v1/surveys': () => json(201, survey), 'GET /api/v1/surveys/begehung-moelschbach': () => json(200, survey) });
    showAsAdmin('/verwaltung/formate/spaziergang/umfragen/neu', routes);

    await userEvent.click(screen.getByRole('button', { name: 'Anlegen' }));

    await screen.findByRole('heading', { level: 1, name: 'Befragung bearbeiten' });
    await vi.waitFor(() => expectSavedNotice(screen.getAllByRole('status')[0]!));
  });

  it('after saving a survey, stay on it and say so with the link to its public page', async () => {
    fakeApi({
      'GET /api/v1/surveys/begehung-moelschbach': () => json(200, survey),
      'PUT /api/v1/surveys/begehung-moelschbach': () => json(200, survey),
    });
    showAsAdmin('/verwaltung/umfragen/begehung-moelschbach', routes);

    await userEvent.click(await screen.findByRole('button', { name: 'Speichern' }));

    await vi.waitFor(() => expectSavedNotice(screen.getAllByRole('status')[0]!));
    expect(screen.getByRole('heading', { level: 1, name: 'Befragung bearbeiten' })).toBeInTheDocument();
  });
});
