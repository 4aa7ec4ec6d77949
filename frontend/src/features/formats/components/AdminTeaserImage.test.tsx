import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/adminPages';
import { validationFailed } from '@/test/problems';
import type { Format } from '../api/listFormats';
import { AdminTeaserImage } from './AdminTeaserImage';

const ALT = 'Menschen im Gespräch am Stiftsplatz';
const dialog: Format = {
  id: 'f1', slug: 'dialog', title: 'Öffentlicher Dialog', status: 'PLANNED', process: { slug: 'insek', title: 'INSEK' },
  kind: 'PUBLIC_DIALOGUE', summary: 'Kurz', body: '', startsOn: '2024-11-13', endsOn: '2024-11-13', datePrecision: 'DAY',
  online: false, audience: 'PUBLIC', publicationState: 'DRAFT', participation: {}, districts: [], fieldsOfAction: [],
  version: 0, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
};
const stored = { url: '/api/v1/formats/dialog/teaser-image?v=abc', altText: ALT, width: 1600, height: 900 };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

function show(format: Format) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <AdminTeaserImage format={format} />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the teaser image of a format, for admins', () => {
  it('sends the chosen file with its alternative text, then says what was stored and takes the focus there', async () => {
    const asked = fakeApi({ 'PUT /api/v1/formats/dialog/teaser-image': () => json(200, stored) });
    const appended = vi.spyOn(FormData.prototype, 'append');
    show(dialog);
    expect(screen.getByText('Dieses Format hat noch kein Titelbild.')).toBeInTheDocument();
    const photo = new File([PNG], 'stiftsplatz.png', { type: 'image/png' });

    await userEvent.upload(screen.getByLabelText(/^Bilddatei/), photo);
    await userEvent.type(screen.getByLabelText(/^Alternativtext/), ALT);
    await userEvent.click(screen.getByRole('button', { name: 'Titelbild speichern' }));

    const status = await screen.findByRole('status');
    await vi.waitFor(() => expect(status).toHaveTextContent('Das Titelbild wurde gespeichert (1600 × 900 Pixel).'));
    expect(status).toHaveFocus();
    expect(asked).toContain('PUT /api/v1/formats/dialog/teaser-image');
    expect(appended).toHaveBeenCalledWith('altText', ALT);
    expect(appended).toHaveBeenCalledWith('file', photo);
  });

  it('asks for the alternative text with a hint on what to write, and requires it', () => {
    show(dialog);

    const altText = screen.getByLabelText(/^Alternativtext/);
    expect(altText).toBeRequired();
    expect(altText).toHaveAccessibleDescription(expect.stringContaining('was auf dem Bild zu sehen ist'));
    expect(screen.getByLabelText(/^Bilddatei/)).toHaveAttribute('accept', 'image/jpeg,image/png');
  });

  it('shows what the server refused at each field and in a summary that links to them, in German', async () => {
    fakeApi({
      'PUT /api/v1/formats/dialog/teaser-image': () =>
        json(
          400,
          validationFailed([
            { field: 'file', code: 'image-too-many-pixels', arguments: { width: 60000, height: 60000, maxMegapixels: 40 }, message: 'has 60000 × 60000 pixels; at most 40 million are accepted' },
            { field: 'altText', code: 'required', arguments: {}, message: 'must be given' },
          ]),
          'application/problem+json',
        ),
    });
    show(dialog);

    await userEvent.upload(screen.getByLabelText(/^Bilddatei/), new File([PNG], 'bombe.png', { type: 'image/png' }));
    await userEvent.click(screen.getByRole('button', { name: 'Titelbild speichern' }));

    const summary = await screen.findByRole('alert');
    const refusal = 'hat zu viele Bildpunkte (60000 × 60000); höchstens 40 Millionen werden angenommen';
    await vi.waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: `Bilddatei: ${refusal}` })).toHaveAttribute('href', '#teaser-file');
    expect(within(summary).getByRole('link', { name: 'Alternativtext: muss angegeben werden' })).toHaveAttribute('href', '#teaser-altText');
    const file = screen.getByLabelText(/^Bilddatei/);
    expect(file).toHaveAttribute('id', 'teaser-file');
    expect(file).toHaveAttribute('aria-invalid', 'true');
    expect(file).toHaveAccessibleDescription(expect.stringContaining(refusal));
    expect(screen.getByLabelText(/^Alternativtext/)).toHaveAccessibleDescription(expect.stringContaining('muss angegeben werden'));
    expect(document.body).not.toHaveTextContent('pixels');
  });

  it('shows the stored image with its alternative text, and removes it only once the admin confirmed', async () => {
    const asked = fakeApi({
      'GET /api/v1/formats/dialog/teaser-image': () => new Response(PNG, { status: 200, headers: { 'Content-Type': 'image/png' } }),
      'DELETE /api/v1/formats/dialog/teaser-image': () => new Response(null, { status: 204 }),
    });
    show({ ...dialog, teaserImage: stored });

    const preview = await screen.findByRole('img', { name: ALT });
    expect(preview.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(preview).toHaveAttribute('width', '1600');
    expect(screen.getByLabelText(/^Alternativtext/)).toHaveValue(ALT);
    expect(screen.getByLabelText(/^Bilddatei/)).not.toBeRequired();

    await userEvent.click(screen.getByRole('button', { name: 'Titelbild entfernen' }));
    const dialogBox = screen.getByRole('alertdialog', { name: /Titelbild dieses Formats endgültig entfernen/ });
    expect(asked).not.toContain('DELETE /api/v1/formats/dialog/teaser-image');
    await userEvent.click(within(dialogBox).getByRole('button', { name: 'Ja, entfernen' }));

    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Das Titelbild wurde entfernt.'));
    expect(asked).toContain('DELETE /api/v1/formats/dialog/teaser-image');
  });
});
