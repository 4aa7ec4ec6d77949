import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormatForm, type ProcessOption } from './FormatForm';

const processes: ProcessOption[] = [
  { slug: 'insek', title: 'INSEK', phases: [{ slug: 'strategie', title: 'Strategie' }] },
];

function renderForm(onSaved = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <FormatForm processes={processes} onSaved={onSaved} onCancel={vi.fn()} />
    </QueryClientProvider>,
  );
  return onSaved;
}

function answer(status: number, body: unknown, contentType = 'application/json') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('FormatForm', () => {
  it('shows each field violation from the server at its field and in a summary', async () => {
    answer(
      400,
      {
        type: 'urn:mitwirken:problem:validation-failed',
        title: 'The request is not valid',
        status: 400,
        violations: [
          { field: 'title', message: 'must not be blank' },
          { field: 'endsOn', message: 'must not be before startsOn' },
        ],
      },
      'application/problem+json',
    );
    renderForm();

    await userEvent.click(screen.getByRole('button', { name: 'Anlegen' }));

    const title = await screen.findByLabelText(/Titel/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('must not be blank');
    expect(screen.getByLabelText(/Ende/)).toHaveAccessibleDescription('must not be before startsOn');
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte korrigieren Sie folgende Angaben:');
  });

  it('sends what the admin entered and reports the saved format', async () => {
    const saved = { slug: 'neu', title: 'Neu' };
    answer(201, saved);
    const onSaved = renderForm();

    await userEvent.type(screen.getByLabelText(/Titel/), 'Stadtteilspaziergang');
    await userEvent.selectOptions(screen.getByLabelText('Phase'), 'strategie');
    await userEvent.click(screen.getByRole('button', { name: 'Anlegen' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const request = vi.mocked(fetch).mock.calls[0]![0] as Request;
    expect(request.method).toBe('POST');
    expect(await request.json()).toMatchObject({ title: 'Stadtteilspaziergang', process: 'insek', phase: 'strategie' });
  });
});
