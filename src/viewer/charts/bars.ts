/**
 * The small bars of the groups table: E-I on its −1…+1 scale with the silo line at −0.5, and a
 * share (reciprocity) on 0…1.
 */
import { svg, titled } from './svg.js';

const WIDTH = 120;
const HEIGHT = 14;

export function eiBar(value: number, siloLine: number, label: string): SVGSVGElement {
  const mid = WIDTH / 2;
  const end = mid + (value * WIDTH) / 2;
  const silo = value <= siloLine;
  return svg(
    'svg',
    { width: WIDTH, height: HEIGHT, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'bar', role: 'img', 'aria-label': label },
    svg('rect', { x: 0, y: 3, width: WIDTH, height: HEIGHT - 6, class: 'bar-track' }),
    titled(svg('rect', { x: Math.min(mid, end), y: 2, width: Math.max(Math.abs(end - mid), 1), height: HEIGHT - 4, class: silo ? 'bar-silo' : 'bar-ei' }), label),
    svg('line', { x1: mid + (siloLine * WIDTH) / 2, x2: mid + (siloLine * WIDTH) / 2, y1: 0, y2: HEIGHT, class: 'bar-mark' }),
    svg('line', { x1: mid, x2: mid, y1: 0, y2: HEIGHT, class: 'bar-axis' }),
  );
}

export function shareBar(value: number, label: string): SVGSVGElement {
  return svg(
    'svg',
    { width: WIDTH, height: HEIGHT, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'bar', role: 'img', 'aria-label': label },
    svg('rect', { x: 0, y: 3, width: WIDTH, height: HEIGHT - 6, class: 'bar-track' }),
    titled(svg('rect', { x: 0, y: 2, width: Math.max(value * WIDTH, 1), height: HEIGHT - 4, class: 'bar-share' }), label),
  );
}
