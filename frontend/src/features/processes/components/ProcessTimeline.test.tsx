import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Process } from '../api/getProcesses';
import { ProcessTimeline } from './ProcessTimeline';

const process: Process = {
  id: 'p1',
  slug: 'insek',
  title: 'INSEK',
  summary: 'Kurz',
  description: '',
  status: 'ONGOING',
  publicationState: 'PUBLISHED',
  version: 0,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  phases: [
    { id: 'a', slug: 'bestandsaufnahme', title: 'Bestandsaufnahme', startsOn: '2023-12-01', endsOn: '2024-08-31' },
    { id: 'b', slug: 'beschluss', title: 'Beschluss', startsOn: '2025-07-01' },
  ],
};

describe('ProcessTimeline', () => {
  it('lists the phases in order with their dates and what the page places in them', () => {
    render(<ProcessTimeline process={process} renderPhase={(phase) => <p>Inhalt {phase.slug}</p>} />);

    const phases = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(phases).toHaveLength(2);
    expect(phases[0]).toHaveTextContent('Bestandsaufnahme (01.12.2023 – 31.08.2024)');
    expect(phases[0]).toHaveTextContent('Inhalt bestandsaufnahme');
    expect(phases[1]).toHaveTextContent('Beschluss (ab 01.07.2025)');
  });
});
