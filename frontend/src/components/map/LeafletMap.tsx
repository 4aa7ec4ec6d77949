import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { MapSettings, Point } from './mapApi';

export interface Marker {
  id: string;
  point: Point;
  label: string;
  colour: string;
}

interface Props {
  settings: MapSettings;
  markers?: Marker[];
  /** The point chosen so far, drawn as a ring. */
  picked?: Point;
  /** Called with the clicked point; without it the map only shows. */
  onPick?: (point: Point) => void;
  /** Reports the centre as the visitor pans (by mouse or arrow keys), for "use the map's centre". */
  onCentre?: (point: Point) => void;
  label: string;
}

/**
 * A Leaflet map inside the city's bounds. It is an addition, never the only way: every page that shows one also
 * offers the same by list or form, for keyboard and screen-reader users.
 */
export function LeafletMap({ settings, markers = [], picked, onPick, onCentre, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const callbacks = useRef({ onPick, onCentre });

  useEffect(() => {
    callbacks.current = { onPick, onCentre };
  }, [onPick, onCentre]);

  useEffect(() => {
    if (!container.current) {
      return;
    }
    const [west = 0, south = 0, east = 0, north = 0] = settings.bounds;
    const bounds = L.latLngBounds([south, west], [north, east]);
    const created = L.map(container.current, { maxBounds: bounds.pad(0.2), minZoom: 11 })
      .setView([settings.center.lat, settings.center.lon], 13);
    L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19 }).addTo(created);
    created.on('click', (event: L.LeafletMouseEvent) =>
      callbacks.current.onPick?.({ lon: event.latlng.lng, lat: event.latlng.lat }),
    );
    created.on('moveend', () => {
      const centre = created.getCenter();
      callbacks.current.onCentre?.({ lon: centre.lng, lat: centre.lat });
    });
    layer.current = L.layerGroup().addTo(created);
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
    };
  }, [settings]);

  useEffect(() => {
    const group = layer.current;
    if (!group) {
      return;
    }
    group.clearLayers();
    for (const marker of markers) {
      L.circleMarker([marker.point.lat, marker.point.lon], { radius: 7, color: '#fff', weight: 2, fillColor: marker.colour, fillOpacity: 0.9 })
        .bindTooltip(asText(marker.label))
        .addTo(group);
    }
    if (picked) {
      L.circleMarker([picked.lat, picked.lon], { radius: 11, color: '#111', weight: 3, fillOpacity: 0 }).addTo(group);
    }
  }, [markers, picked]);

  return <div ref={container} className="leaflet-map" role="region" aria-label={label} />;
}

/** Leaflet reads a string as HTML; user-written labels go in as a text node, so markup in them stays characters. */
function asText(label: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = label;
  return element;
}
