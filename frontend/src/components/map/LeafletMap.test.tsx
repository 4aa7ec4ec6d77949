import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LeafletMap, type Marker } from './LeafletMap';
import type { MapSettings } from './mapApi';

const settings: MapSettings = {
  tileUrl: 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
  attribution: 'Test',
  bounds: [7.6, 49.38, 7.9, 49.5],
  center: { lon: 7.769, lat: 49.444 },
};
const markers: Marker[] = [
  { id: 'a', point: { lon: 7.77, lat: 49.44 }, label: 'Idee: <b>Bank</b>', colour: '#0b5394', shape: 'diamond' },
  { id: 'b', point: { lon: 7.76, lat: 49.45 }, label: 'Lieblingsort: Park', colour: '#1b7a3e', shape: 'circle' },
];

describe('the map', () => {
  it('is one stop for the Tab key: its markers are not in the tab order', () => {
    render(<LeafletMap settings={settings} markers={markers} label="Karte der Beiträge" />);
    const map = screen.getByRole('region', { name: 'Karte der Beiträge' });
    const icons = map.querySelectorAll('.leaflet-marker-icon');
    expect(icons).toHaveLength(2);
    icons.forEach((icon) => expect(icon).not.toHaveAttribute('tabindex'));
    expect(map.querySelectorAll('.leaflet-marker-icon svg path')).toHaveLength(2);
  });

  it('shows a marker\'s label on hover as text, never as HTML', () => {
    render(<LeafletMap settings={settings} markers={markers} label="Karte" />);
    fireEvent.mouseOver(document.querySelector('.leaflet-marker-icon')!);
    const tooltip = document.querySelector('.leaflet-tooltip');
    expect(tooltip).toHaveTextContent('Idee: <b>Bank</b>');
    expect(tooltip?.querySelector('b')).toBeNull();
  });

  it('picks the point under the crosshair in its middle with Enter, but not with Enter on its zoom buttons', () => {
    const onPick = vi.fn();
    render(<LeafletMap settings={settings} markers={markers} onPick={onPick} label="Karte" />);
    const map = screen.getByRole('region', { name: 'Karte' });
    expect(document.querySelector('.leaflet-map__crosshair')).toHaveAttribute('aria-hidden', 'true');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Karte vergrößern' }), { key: 'Enter' });
    expect(onPick).not.toHaveBeenCalled();
    fireEvent.keyDown(map, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith({ lon: expect.closeTo(7.769, 3), lat: expect.closeTo(49.444, 3) });
  });

  it('shows no crosshair where nothing can be picked', () => {
    render(<LeafletMap settings={settings} label="Karte" />);
    expect(document.querySelector('.leaflet-map__crosshair')).toBeNull();
  });
});
