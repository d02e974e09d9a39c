/**
 * The Lorenz curve of what people give: across, the share of people from those who give least;
 * up, the share of all giving they account for. The diagonal is everyone giving alike; the
 * further the curve sags below it, the more a few people carry. Marked where the top 20 %, 5 %
 * and 1 % begin, with their shares (org `overload`).
 */
import { svg, titled } from './svg.js';

export interface LorenzInput {
  people: number[];
  given: number[];
  /** The top shares to mark, by the share of people they are (0.2, 0.05, 0.01). */
  marks: { top: number; share: number | null; label: string }[];
  format: (v: number) => string;
  labels: { people: string; given: string; equality: string; name: string };
}

const W = 520;
const H = 340;
const M = { top: 16, right: 24, bottom: 48, left: 64 };

export function lorenzCurve(input: LorenzInput): SVGSVGElement {
  const px = (v: number) => M.left + v * (W - M.left - M.right);
  const py = (v: number) => H - M.bottom - v * (H - M.top - M.bottom);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'lorenz', role: 'img', 'aria-label': input.labels.name });
  for (let k = 0; k <= 4; k++) {
    const v = k / 4;
    chart.appendChild(svg('line', { x1: M.left, x2: W - M.right, y1: py(v), y2: py(v), class: 'grid' }));
    chart.appendChild(svg('text', { x: M.left - 6, y: py(v), class: 'tick', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, input.format(v)));
    chart.appendChild(svg('text', { x: px(v), y: H - M.bottom + 16, class: 'tick', 'text-anchor': 'middle' }, input.format(v)));
  }
  chart.appendChild(svg('text', { x: (M.left + W - M.right) / 2, y: H - 8, class: 'axis-label', 'text-anchor': 'middle' }, input.labels.people));
  chart.appendChild(svg('text', { x: 14, y: (M.top + H - M.bottom) / 2, class: 'axis-label', 'text-anchor': 'middle', transform: `rotate(-90 14 ${(M.top + H - M.bottom) / 2})` }, input.labels.given));
  chart.appendChild(titled(svg('line', { x1: px(0), y1: py(0), x2: px(1), y2: py(1), class: 'equality' }), input.labels.equality));
  const points = input.people.map((p, i) => `${px(p).toFixed(1)},${py(input.given[i]!).toFixed(1)}`).join(' ');
  chart.appendChild(svg('polygon', { points: `${points} ${px(1).toFixed(1)},${py(1).toFixed(1)}`, class: 'gap' }));
  chart.appendChild(svg('polyline', { points, class: 'line' }));
  for (const mark of input.marks) {
    if (mark.share === null) continue;
    // The top p begin at 1 − p of the people, having given 1 − share of the total.
    const x = px(1 - mark.top);
    const y = py(1 - mark.share);
    chart.appendChild(svg('line', { x1: x, x2: x, y1: y, y2: py(1), class: 'top-share' }));
    chart.appendChild(titled(svg('circle', { cx: x, cy: y, r: 4, class: 'dot' }), mark.label));
    chart.appendChild(svg('text', { x: x - 6, y: (y + py(1)) / 2, class: 'tick mark-label', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, mark.label));
  }
  return chart;
}
