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

/** What the server answers to an empty title and an end before the start, asked in English. */
const invalid = {
  type: 'urn:mitwirken:problem:validation-failed',
  title: 'The request is not valid',
  status: 400,
  detail: 'One or more fields are invalid.',
  code: 'validation-failed',
  arguments: {},
  violations: [
    { field: 'title', code: 'too-long', arguments: { max: 200 }, message: 'must be at most 200 characters long' },
    { field: 'endsOn', code: 'end-before-start', arguments: {}, message: 'must not be before the start' },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('FormatForm', () => {
  it('shows each field violation in German from its code, at its field and in a summary', async () => {
    answer(400, invalid, 'application/problem+json');
    renderForm();

    await userEvent.click(screen.getByRole('button', { name: 'Anlegen' }));

    const title = await screen.findByLabelText(/Titel/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('darf höchstens 200 Zeichen lang sein');
    expect(screen.getByLabelText(/Ende/)).toHaveAccessibleDescription('darf nicht vor dem Beginn liegen');
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte korrigieren Sie folgende Angaben:');
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(document.body).not.toHaveTextContent('must');
  });

  it('takes a field’s error away as soon as the field is changed, and leaves the others', async () => {
    answer(400, invalid, 'application/problem+json');
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Anlegen' }));
    const title = await screen.findByLabelText(/Titel/);
    await vi.waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));

    await userEvent.type(title, 'Stadtteilspaziergang');

    expect(title).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Zeichen');
    expect(screen.getByLabelText(/Ende/)).toHaveAccessibleDescription('darf nicht vor dem Beginn liegen');
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
    expect(request.headers.get('Accept-Language')).toBe('de');
    expect(await request.json()).toMatchObject({ title: 'Stadtteilspaziergang', process: 'insek', phase: 'strategie' });
  });
});
