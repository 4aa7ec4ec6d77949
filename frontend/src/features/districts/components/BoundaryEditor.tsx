import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { parseGeoJson } from '@/components/geoJsonText';
import type { MapSettings } from '@/components/map/mapApi';
import { boundaryText, polygonsOf } from './boundaryGeometry';

interface Props {
  settings: MapSettings;
  /** The boundary as the GeoJSON text of the form's field. */
  value: string;
  onChange: (text: string) => void;
  label: string;
  describedBy: string;
}

const SHAPE = { color: '#0b5394', weight: 3 };

const GERMAN = {
  buttonTitles: {
    drawPolyButton: 'Vieleck zeichnen',
    drawRectButton: 'Rechteck zeichnen',
    editButton: 'Ecken verschieben',
    dragButton: 'Form verschieben',
    deleteButton: 'Form löschen',
  },
};

const textOf = (shapes: Set<L.Polygon>) =>
  boundaryText([...shapes].flatMap((shape) => polygonsOf(shape.toGeoJSON().geometry)));

/** Leaflet wants a ring without the closing point GeoJSON repeats. */
const openRing = (ring: number[][]) => {
  const [first, last] = [ring[0], ring[ring.length - 1]];
  const closed = ring.length > 1 && first?.[0] === last?.[0] && first?.[1] === last?.[1];
  return (closed ? ring.slice(0, -1) : ring).map(([lon = 0, lat = 0]) => L.latLng(lat, lon));
};

/**
 * Draws and edits a district's boundary on the map with Leaflet-Geoman (polygons and rectangles: draw, move corners,
 * drag, delete). What is drawn is written into the GeoJSON field, and GeoJSON typed or pasted there is drawn, so the
 * field stays the way to set a boundary by keyboard or by import.
 */
export function BoundaryEditor({ settings, value, onChange, label, describedBy }: Props) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const zoom = useRef<L.Control.Zoom | null>(null);
  const shapes = useRef(new Set<L.Polygon>());
  const written = useRef<string | null>(null);
  const report = useRef(onChange);
  const writeShapes = useRef(() => {
    written.current = textOf(shapes.current);
    report.current(written.current);
  });
  const follow = useRef((shape: L.Polygon) => {
    shapes.current.add(shape);
    shape.on('pm:edit pm:dragend', () => writeShapes.current());
  });

  useEffect(() => {
    report.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const element = container.current;
    if (!element) {
      return;
    }
    const [west = 0, south = 0, east = 0, north = 0] = settings.bounds;
    const created = L.map(element, {
      maxBounds: L.latLngBounds([south, west], [north, east]).pad(0.2),
      minZoom: 11,
      zoomControl: false,
    }).setView([settings.center.lat, settings.center.lon], 12);
    L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19, pmIgnore: true }).addTo(created);
    created.pm.setGlobalOptions({ pathOptions: SHAPE, allowSelfIntersection: false });
    created.pm.addControls({
      position: 'topleft',
      drawMarker: false,
      drawCircleMarker: false,
      drawPolyline: false,
      drawCircle: false,
      drawText: false,
      cutPolygon: false,
      rotateMode: false,
    });
    created.on('pm:create', ({ layer }) => {
      if (layer instanceof L.Polygon) {
        follow.current(layer);
        writeShapes.current();
      }
    });
    created.on('pm:remove', ({ layer }) => {
      shapes.current.delete(layer as L.Polygon);
      writeShapes.current();
    });
    map.current = created;
    const drawn = shapes.current;
    return () => {
      drawn.clear();
      created.remove();
      map.current = null;
    };
  }, [settings]);

  useEffect(() => {
    zoom.current?.remove();
    if (map.current) {
      zoom.current = L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map.current);
    }
    if (i18n.language === 'en') {
      map.current?.pm.setLang('en');
    } else {
      // Geoman's own German says "Layer"; the admins draw shapes.
      map.current?.pm.setLang('de', GERMAN, 'de');
    }
    // Geoman names its tools only by a tooltip on their container; the buttons themselves need the name.
    container.current?.querySelectorAll('.leaflet-pm-toolbar .button-container[title]').forEach((tool) => {
      tool.querySelector('a')?.setAttribute('aria-label', tool.getAttribute('title') ?? '');
    });
  }, [t, i18n.language]);

  // The field changed by typing or pasting (not by drawing): draw what it says, if it is a polygon.
  useEffect(() => {
    const current = map.current;
    if (!current || value === written.current) {
      return;
    }
    const polygons = polygonsOf(parseGeoJson(value).value);
    if (value.trim() !== '' && polygons.length === 0) {
      return;
    }
    shapes.current.forEach((shape) => shape.remove());
    shapes.current.clear();
    written.current = value;
    for (const rings of polygons) {
      follow.current(L.polygon(rings.map(openRing), SHAPE).addTo(current));
    }
    if (shapes.current.size > 0) {
      current.fitBounds(L.featureGroup([...shapes.current]).getBounds(), { maxZoom: 15 });
    }
  }, [value]);

  return <div ref={container} className="boundary-map" role="region" aria-label={label} aria-describedby={describedBy} />;
}
