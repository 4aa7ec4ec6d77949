import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Format } from '../api/listFormats';
import { FormatForm, type LinkOption, type ProcessOption } from './FormatForm';
import { validationFailed } from '@/test/problems';

const processes: ProcessOption[] = [
  { slug: 'insek', title: 'INSEK', phases: [{ slug: 'strategie', title: 'Strategie' }] },
];
const districts: LinkOption[] = [
  { slug: 'hohenecken', title: 'Hohenecken' },
  { slug: 'moelschbach', title: 'Mölschbach' },
  { slug: 'siegelbach', title: 'Siegelbach' },
];
const fieldsOfAction: LinkOption[] = [
  { slug: 'mobilitaet', title: 'Mobilität und Erreichbarkeit' },
  { slug: 'wohnen', title: 'Wohnen' },
];

/** A saved format in Hohenecken, contributing to Wohnen. */
const existing: Format = {
  id: 'f1', slug: 'spaziergang', title: 'Stadtteilspaziergang', status: 'PLANNED', process: { slug: 'insek', title: 'INSEK' },
  kind: 'DISTRICT_WALK', summary: 'Kurz', body: '', startsOn: '2024-11-13', endsOn: '2024-11-13', datePrecision: 'DAY',
  online: false, audience: 'PUBLIC', publicationState: 'DRAFT', participation: {},
  districts: [{ slug: 'hohenecken', title: 'Hohenecken' }], fieldsOfAction: [{ slug: 'wohnen', title: 'Wohnen' }],
  version: 3, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
};

function renderForm(onSaved = vi.fn(), format?: Format) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <FormatForm processes={processes} districts={districts} fieldsOfAction={fieldsOfAction} format={format} onSaved={onSaved} onCancel={vi.fn()} />
    </QueryClientProvider>,
  );
  return onSaved;
}

async function sentBody() {
  const request = vi.mocked(fetch).mock.calls[0]![0] as Request;
  return request.json() as Promise<Record<string, unknown>>;
}

function answer(status: number, body: unknown, contentType = 'application/json') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })),
  );
}

/** What the server answers to an empty title and an end before the start, asked in English. */
const invalid = validationFailed([
  { field: 'title', code: 'too-long', arguments: { max: 200 }, message: 'must be at most 200 characters long' },
  { field: 'endsOn', code: 'end-before-start', arguments: {}, message: 'must not be before the start' },
]);

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

  it('offers the Ortsbezirke and Handlungsfelder as groups of checkboxes and sends the ticked ones', async () => {
    answer(201, { slug: 'neu', title: 'Neu' });
    const onSaved = renderForm();

    const districtGroup = screen.getByRole('group', { name: 'Ortsbezirke, die es betrifft' });
    const fieldGroup = screen.getByRole('group', { name: 'Handlungsfelder, zu denen es beiträgt' });
    expect(within(districtGroup).getAllByRole('checkbox').map((box) => box.getAttribute('id'))).toEqual([
      'districts-hohenecken', 'districts-moelschbach', 'districts-siegelbach',
    ]);
    await userEvent.type(screen.getByLabelText(/Titel/), 'Stadtteilspaziergang');
    await userEvent.click(within(districtGroup).getByRole('checkbox', { name: 'Siegelbach' }));
    await userEvent.click(within(districtGroup).getByRole('checkbox', { name: 'Mölschbach' }));
    await userEvent.click(within(fieldGroup).getByRole('checkbox', { name: 'Mobilität und Erreichbarkeit' }));
    await userEvent.click(screen.getByRole('button', { name: 'Anlegen' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(await sentBody()).toMatchObject({ districts: ['moelschbach', 'siegelbach'], fieldsOfAction: ['mobilitaet'] });
  });

  it('ticks the format’s own Ortsbezirke and Handlungsfelder when editing, and sends what the admin changed', async () => {
    answer(200, existing);
    const onSaved = renderForm(vi.fn(), existing);

    expect(screen.getByRole('checkbox', { name: 'Hohenecken' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Mölschbach' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Wohnen' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hohenecken' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Mölschbach' }));
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(await sentBody()).toMatchObject({ districts: ['moelschbach'], fieldsOfAction: ['wohnen'], version: 3 });
  });

  it('shows the server’s objection to a district at the Ortsbezirke group, linked from the summary', async () => {
    answer(
      400,
      {
        ...invalid,
        violations: [{ field: 'districts[1]', code: 'unknown', arguments: { value: 'moelschbach' }, message: 'does not exist' }],
      },
      'application/problem+json',
    );
    renderForm(vi.fn(), existing);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Mölschbach' }));
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));

    const group = screen.getByRole('group', { name: 'Ortsbezirke, die es betrifft' });
    await vi.waitFor(() => expect(group).toHaveAccessibleDescription('„moelschbach“ gibt es nicht (mehr)'));
    const summaryLink = within(screen.getByRole('alert')).getByRole('link', { name: /gibt es nicht/ });
    expect(summaryLink).toHaveAttribute('href', '#districts');
    expect(summaryLink).toHaveTextContent('Ortsbezirke, die es betrifft');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Mölschbach' }));
    expect(group).not.toHaveAccessibleDescription();
  });
});
