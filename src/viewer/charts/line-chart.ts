/** A line chart over periods (activity): one series, its own axis from 0, period labels thinned. */
import { svg, ticks, titled } from './svg.js';

export interface LineInput {
  labels: string[];
  values: number[];
  name: string;
  format: (v: number) => string;
  className: string;
}

const W = 720;
const H = 200;
const M = { top: 12, right: 16, bottom: 36, left: 56 };

export function lineChart(input: LineInput): SVGSVGElement {
  const n = input.values.length;
  const max = Math.max(0, ...input.values);
  const axis = ticks(max);
  const top = axis[axis.length - 1] || 1;
  const px = (i: number) => M.left + (n <= 1 ? (W - M.left - M.right) / 2 : (i * (W - M.left - M.right)) / (n - 1));
  const py = (v: number) => H - M.bottom - (v / top) * (H - M.top - M.bottom);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: `line-chart ${input.className}`, role: 'img', 'aria-label': input.name });
  for (const v of axis) {
    chart.appendChild(svg('line', { x1: M.left, x2: W - M.right, y1: py(v), y2: py(v), class: 'grid' }));
    chart.appendChild(svg('text', { x: M.left - 6, y: py(v), class: 'tick', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, input.format(v)));
  }
  const every = Math.max(1, Math.ceil(n / 12));
  input.labels.forEach((label, i) => {
    if (i % every !== 0 && i !== n - 1) return;
    // The last label ends at its point: centred there, a longer one ("semana 12") would run off the chart.
    const anchor = i === n - 1 && n > 1 ? 'end' : 'middle';
    chart.appendChild(svg('text', { x: px(i), y: H - M.bottom + 16, class: 'tick', 'text-anchor': anchor }, label));
  });
  const points = input.values.map((v, i) => `${px(i).toFixed(1)},${py(v).toFixed(1)}`).join(' ');
  if (n > 1) {
    chart.appendChild(svg('polygon', { points: `${px(0)},${py(0)} ${points} ${px(n - 1)},${py(0)}`, class: 'area' }));
    chart.appendChild(svg('polyline', { points, class: 'line' }));
  }
  input.values.forEach((v, i) => {
    chart.appendChild(titled(svg('circle', { cx: px(i), cy: py(v), r: n > 60 ? 1.5 : 3, class: 'dot' }), `${input.labels[i]!}: ${input.format(v)} ${input.name}`));
  });
  return chart;
}
