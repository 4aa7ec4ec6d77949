import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MapSettings } from '@/components/map/mapApi';
import { BoundaryEditor } from './BoundaryEditor';

const settings: MapSettings = {
  tileUrl: 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
  attribution: 'Test',
  bounds: [7.6, 49.38, 7.9, 49.5],
  center: { lon: 7.769, lat: 49.444 },
};
const square = JSON.stringify({ type: 'Polygon', coordinates: [[[7.7, 49.4], [7.8, 49.4], [7.8, 49.5], [7.7, 49.4]]] });

describe('drawing a district boundary', () => {
  it('offers the tools to draw a polygon or rectangle, move corners, move and delete shapes, named in plain German', () => {
    render(<BoundaryEditor settings={settings} value="" onChange={vi.fn()} label="Karte zum Zeichnen der Grenze" describedBy="hilfe" />);
    const map = screen.getByRole('region', { name: 'Karte zum Zeichnen der Grenze' });
    expect(map).toHaveAttribute('aria-describedby', 'hilfe');
    for (const tool of ['Vieleck zeichnen', 'Rechteck zeichnen', 'Ecken verschieben', 'Form verschieben', 'Form löschen']) {
      expect(within(map).getByRole('button', { name: tool })).toBeInTheDocument();
    }
    expect(within(map).queryByRole('button', { name: /Marker/ })).toBeNull();
    expect(within(map).getByRole('button', { name: 'Karte vergrößern' })).toBeInTheDocument();
  });

  it('draws what the GeoJSON field says without writing it back', () => {
    const onChange = vi.fn();
    render(<BoundaryEditor settings={settings} value={square} onChange={onChange} label="Karte" describedBy="hilfe" />);
    expect(onChange).not.toHaveBeenCalled();
  });
});
