import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthContext, type Auth } from '@/auth/AuthContext';
import type { NotificationSettings } from '../api/myNotifications';
import { FollowForm } from './FollowForm';
import { NotificationSettingsForm } from './NotificationSettingsForm';

const signedIn: Auth = { ready: true, authenticated: true, subject: 'konto-clara', hasRole: () => false, login: () => undefined, logout: () => undefined };

const settings = (following: NotificationSettings['following'] = []): NotificationSettings => ({
  frequency: 'IMMEDIATE',
  ownContributions: true,
  language: 'de',
  emailVerified: true,
  following,
});

let calls: { method: string; path: string; body?: unknown }[];
function api(answer: (method: string, path: string) => Response) {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
      calls.push({ method: request.method, path, body: text ? JSON.parse(text) : undefined });
      return answer(request.method, path);
    }),
  );
}

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

function renderWithLogin(ui: React.ReactNode) {
  render(
    <AuthContext.Provider value={signedIn}>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>{ui}</MemoryRouter>
      </QueryClientProvider>
    </AuthContext.Provider>,
  );
}

describe('following with an account', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows with one click, without an address to type, and can stop again', async () => {
    let following = false;
    api((method) => {
      if (method === 'PUT') following = true;
      if (method === 'DELETE') following = false;
      if (method !== 'GET') return new Response(null, { status: 204 });
      return json(settings(following ? [{ scopeType: 'PROCESS', scope: 'insek', title: 'INSEK', path: '/' }] : []));
    });
    renderWithLogin(<FollowForm scopeType="PROCESS" scope="insek" title="INSEK" />);
    expect(screen.queryByRole('textbox', { name: /E-Mail-Adresse/ })).toBeNull();

    await userEvent.click(await screen.findByRole('button', { name: 'Folgen' }));
    expect(await screen.findByText('Sie folgen jetzt „INSEK“.')).toHaveFocus();
    expect(calls).toContainEqual({ method: 'PUT', path: '/api/v1/me/notifications/following/PROCESS/insek', body: undefined });

    await userEvent.click(await screen.findByRole('button', { name: 'Nicht mehr folgen' }));
    expect(await screen.findByText('Sie folgen „INSEK“ nicht mehr.')).toBeInTheDocument();
    expect(calls).toContainEqual({ method: 'DELETE', path: '/api/v1/me/notifications/following/PROCESS/insek', body: undefined });
  });
});

describe('NotificationSettingsForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('saves how often and in which language the account hears, and whether about its own contributions', async () => {
    api(() => json({ ...settings(), frequency: 'WEEKLY', ownContributions: false, language: 'en' }));
    renderWithLogin(<NotificationSettingsForm settings={settings()} />);
    const frequency = screen.getByRole('group', { name: 'Wie oft möchten Sie E-Mails erhalten?' });
    expect(screen.getByRole('radio', { name: 'Sofort' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Einmal wöchentlich' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /eigenen Beiträgen/ }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sprache der E-Mails' }), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));

    expect(await screen.findByText('Ihre Einstellungen sind gespeichert.')).toHaveFocus();
    expect(frequency).toBeInTheDocument();
    expect(calls).toEqual([{ method: 'PUT', path: '/api/v1/me/notifications', body: { frequency: 'WEEKLY', ownContributions: false, language: 'en' } }]);
  });

  it('lists what the account follows with a link to each and a button that names what it stops', async () => {
    api(() => new Response(null, { status: 204 }));
    renderWithLogin(<NotificationSettingsForm settings={settings([{ scopeType: 'DISTRICT', scope: 'erlenbach', title: 'Erlenbach', path: '/ortsbezirke/erlenbach' }])} />);
    expect(screen.getByRole('link', { name: 'Erlenbach' })).toHaveAttribute('href', '/ortsbezirke/erlenbach');
    expect(screen.getByText('(Ortsbezirk)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '„Erlenbach“ nicht mehr folgen' }));
    expect(await screen.findByText('Sie folgen „Erlenbach“ nicht mehr.')).toBeInTheDocument();
  });

  it('says that nothing can be sent while the account has no confirmed address', () => {
    renderWithLogin(<NotificationSettingsForm settings={{ ...settings(), emailVerified: false }} />);
    expect(screen.getByText(/noch keine bestätigte E-Mail-Adresse/)).toBeInTheDocument();
  });
});
