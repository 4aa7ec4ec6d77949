import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { AuthContext, type Auth } from '@/auth/AuthContext';

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** One page of a list, as the API sends it. */
export const listPage = (items: unknown[]) => ({ items, page: 0, size: 100, total: items.length });

/** Stands in for the API: answers by "METHOD /path"; returns what was asked, in order. */
export function fakeApi(answers: Record<string, () => Response>): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const call = `${request.method} ${new URL(request.url).pathname}`;
      asked.push(call);
      return answers[call]?.() ?? json(404, { title: 'Not found', status: 404 });
    }),
  );
  return asked;
}

const admin: Auth = { ready: true, authenticated: true, hasRole: (role) => role === 'admin', login: vi.fn(), logout: vi.fn() };

/** Opens `path` as a signed-in admin, among the given routes (path → page). */
export function showAsAdmin(path: string, routes: Record<string, ReactNode>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <AuthContext.Provider value={admin}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            {Object.entries(routes).map(([route, element]) => (
              <Route key={route} path={route} element={element} />
            ))}
          </Routes>
        </MemoryRouter>
      </AuthContext.Provider>
    </QueryClientProvider>,
  );
}
