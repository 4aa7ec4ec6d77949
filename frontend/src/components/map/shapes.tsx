/**
 * Marker shapes, so that kinds of markers differ by more than colour (WCAG 1.4.1): the legend and the list draw the
 * same shape as the map.
 */
export type MarkerShape = 'circle' | 'triangle' | 'diamond';

/** Each shape in a 20 × 20 box, with room for its outline. */
const PATHS: Record<MarkerShape, string> = {
  circle: 'M10 2.5a7.5 7.5 0 1 1 0 15a7.5 7.5 0 1 1 0-15z',
  triangle: 'M10 1.5L18.5 17.5H1.5Z',
  diamond: 'M10 1L19 10L10 19L1 10Z',
};
const SVG = 'http://www.w3.org/2000/svg';

/** The shape for a legend or a list: decoration beside text that names it, so hidden from screen readers. */
export function ShapeIcon({ shape, colour, size = 20 }: { shape: MarkerShape; colour: string; size?: number }) {
  return (
    <svg className="shape-icon" aria-hidden="true" focusable="false" viewBox="0 0 20 20" width={size} height={size}>
      <path d={PATHS[shape]} fill={colour} stroke="#fff" strokeWidth={1.5} strokeLinejoin="round" />
    </svg>
  );
}

/** The same shape as an element for a Leaflet marker, which lives outside React. */
export function shapeElement(shape: MarkerShape, colour: string, size: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', PATHS[shape]);
  path.setAttribute('fill', colour);
  path.setAttribute('stroke', '#fff');
  path.setAttribute('stroke-width', '1.5');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}
