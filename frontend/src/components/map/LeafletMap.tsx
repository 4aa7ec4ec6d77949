import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSettings, Point } from './mapApi';
import { shapeElement, type MarkerShape } from './shapes';

export interface Marker {
  id: string;
  point: Point;
  label: string;
  colour: string;
  shape: MarkerShape;
}

/** A square of counted answers, shaded by its share of the largest count and labelled with its count. */
export interface MapArea {
  id: string;
  /** West, south, east, north. */
  bbox: number[];
  label: string;
  /** 0 to 1: how strongly it is shaded. */
  weight: number;
}

interface Props {
  settings: MapSettings;
  markers?: Marker[];
  areas?: MapArea[];
  /** The point chosen so far, drawn as a ring. */
  picked?: Point;
  /**
   * Called with the clicked point, or with the point under the crosshair in the map's middle when Enter or Space is
   * pressed on the focused map; without it the map only shows.
   */
  onPick?: (point: Point) => void;
  /** Reports the centre as the visitor pans (by mouse or arrow keys), for "use the map's centre". */
  onCentre?: (point: Point) => void;
  label: string;
  /** The id of the text that says how to use the map by keyboard. */
  describedBy?: string;
}

const MARKER_SIZE = 22;
/** One empty list for absent props, so the drawing effect does not run again on every render. */
const NONE: never[] = [];

/**
 * A Leaflet map inside the city's bounds. It is an addition, never the only way: every page that shows one also
 * offers the same by list or form. It is one stop for the Tab key: markers stay out of the tab order (the list beside
 * the map is the keyboard route to them); focused, the arrow keys move the map under a crosshair and Enter picks the
 * point beneath it.
 */
export function LeafletMap({ settings, markers = NONE, areas = NONE, picked, onPick, onCentre, label, describedBy }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const fitted = useRef(false);
  const callbacks = useRef({ onPick, onCentre });

  useEffect(() => {
    callbacks.current = { onPick, onCentre };
  }, [onPick, onCentre]);

  useEffect(() => {
    const element = container.current;
    if (!element) {
      return;
    }
    const [west = 0, south = 0, east = 0, north = 0] = settings.bounds;
    const bounds = L.latLngBounds([south, west], [north, east]);
    const created = L.map(element, { maxBounds: bounds.pad(0.2), minZoom: 11, zoomControl: false })
      .setView([settings.center.lat, settings.center.lon], 13);
    L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(created);
    L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19 }).addTo(created);
    created.on('click', (event: L.LeafletMouseEvent) =>
      callbacks.current.onPick?.({ lon: event.latlng.lng, lat: event.latlng.lat }),
    );
    created.on('moveend', () => {
      const centre = created.getCenter();
      callbacks.current.onCentre?.({ lon: centre.lng, lat: centre.lat });
    });
    // Enter and Space on the map itself, not on its zoom buttons or links, which keep their own meaning.
    const pickCentre = (event: KeyboardEvent) => {
      if (event.target !== element || (event.key !== 'Enter' && event.key !== ' ') || !callbacks.current.onPick) {
        return;
      }
      event.preventDefault();
      const centre = created.getCenter();
      callbacks.current.onPick({ lon: centre.lng, lat: centre.lat });
    };
    element.addEventListener('keydown', pickCentre);
    layer.current = L.layerGroup().addTo(created);
    map.current = created;
    fitted.current = false;
    return () => {
      element.removeEventListener('keydown', pickCentre);
      created.remove();
      map.current = null;
    };
  }, [settings, t]);

  useEffect(() => {
    const group = layer.current;
    if (!group) {
      return;
    }
    group.clearLayers();
    for (const area of areas) {
      const [west = 0, south = 0, east = 0, north = 0] = area.bbox;
      L.rectangle([[south, west], [north, east]], {
        interactive: false,
        color: '#073763',
        weight: 1,
        fillColor: '#0b5394',
        fillOpacity: 0.1 + 0.5 * area.weight,
      })
        .bindTooltip(asText(area.label), { permanent: true, direction: 'center', className: 'map-area-label' })
        .addTo(group);
    }
    if (areas.length > 0 && !fitted.current && map.current) {
      // Once, so that a refreshed result does not undo the visitor's panning.
      map.current.fitBounds(L.latLngBounds(areas.flatMap((a) => [[a.bbox[1] ?? 0, a.bbox[0] ?? 0], [a.bbox[3] ?? 0, a.bbox[2] ?? 0]] as L.LatLngTuple[])));
      fitted.current = true;
    }
    for (const marker of markers) {
      const icon = L.divIcon({
        html: wrap(shapeElement(marker.shape, marker.colour, MARKER_SIZE)),
        className: 'map-marker',
        iconSize: [MARKER_SIZE, MARKER_SIZE],
        iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
      });
      // keyboard: false keeps the marker out of the tab order; its tooltip still shows on hover.
      L.marker([marker.point.lat, marker.point.lon], { icon, keyboard: false })
        .bindTooltip(asText(marker.label), { direction: 'top', offset: [0, -MARKER_SIZE / 2] })
        .addTo(group);
    }
    if (picked) {
      const ring = L.divIcon({ className: 'map-picked', iconSize: [28, 28], iconAnchor: [14, 14] });
      L.marker([picked.lat, picked.lon], { icon: ring, keyboard: false, interactive: false }).addTo(group);
    }
  }, [markers, areas, picked]);

  return (
    <div className="leaflet-map-frame">
      <div ref={container} className="leaflet-map" role="region" aria-label={label} aria-describedby={describedBy} />
      {onPick && <div className="leaflet-map__crosshair" aria-hidden="true" />}
    </div>
  );
}

function wrap(child: Element): HTMLElement {
  const element = document.createElement('span');
  element.append(child);
  return element;
}

/** Leaflet reads a string as HTML; user-written labels go in as a text node, so markup in them stays characters. */
function asText(label: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = label;
  return element;
}
