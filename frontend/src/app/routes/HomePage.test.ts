import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { homeLoader } from './HomePage';

const page = (items: unknown[]) =>
  new Response(JSON.stringify({ items, page: 0, size: 100, total: items.length }), {
    headers: { 'Content-Type': 'application/json' },
  });

describe('the home page loader', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('has the processes, all formats and what is open now in the cache before the page renders, in one request each', async () => {
    const items: Record<string, unknown[]> = {
      '/api/v1/processes': [{ slug: 'insek' }],
      '/api/v1/formats': [{ slug: 'dialog' }],
      '/api/v1/opportunities': [{ kind: 'SURVEY', id: 'befragung' }],
    };
    const fetch = vi.fn(async (request: Request) => page(items[new URL(request.url).pathname] ?? []));
    vi.stubGlobal('fetch', fetch);
    const queryClient = new QueryClient();

    await homeLoader(queryClient)();

    expect(queryClient.getQueryData(['processes', 'list', 'public'])).toEqual([{ slug: 'insek' }]);
    expect(queryClient.getQueryData(['formats', 'list', 'public', {}])).toEqual([{ slug: 'dialog' }]);
    expect(queryClient.getQueryData(['opportunities', 'list'])).toEqual([{ kind: 'SURVEY', id: 'befragung' }]);
    // The URLs index.html preloads, so the requests find their answers already on the way.
    expect(fetch.mock.calls.map(([request]) => new URL(request.url).pathname + new URL(request.url).search)).toEqual([
      '/api/v1/processes?size=100',
      '/api/v1/formats?size=100',
      '/api/v1/opportunities?size=100',
    ]);
  });

  it('does not wait again when the data is cached, so coming back to the page is immediate', async () => {
    const fetch = vi.fn(async () => page([]));
    vi.stubGlobal('fetch', fetch);
    const queryClient = new QueryClient();
    await homeLoader(queryClient)();

    await homeLoader(queryClient)();

    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('lets the page render with its loading states when the API does not answer within three seconds', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', () => new Promise<Response>(() => {}));
    let done = false;
    void homeLoader(new QueryClient())().then(() => (done = true));

    await vi.advanceTimersByTimeAsync(2900);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toBe(true);
  });
});
