/**
 * The fragmentation curve: the network's fragmentation today (step 0), then after each key
 * player leaves, in the order they were chosen. One line per measure the report holds
 * (component fragmentation, and distance fragmentation when present), on a 0…1 axis.
 */
import { svg, titled } from './svg.js';

export interface CurveSeries {
  name: string;
  values: (number | null)[];
  className: string;
}

const W = 720;
const H = 240;
const M = { top: 16, right: 64, bottom: 56, left: 64 };

export function fragmentationCurve(steps: string[], series: CurveSeries[], format: (v: number) => string, xLabel: string): SVGSVGElement {
  const n = steps.length;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  // Zoom on the range the values use, so a rise from 0.025 to 0.027 is still visible, but keep 0…1 when they spread.
  const low = Math.max(0, Math.min(...values) - 0.02);
  const high = Math.min(1, Math.max(...values) + 0.02);
  const span = high - low || 1;
  const px = (i: number) => M.left + (n <= 1 ? 0 : (i * (W - M.left - M.right)) / (n - 1));
  const py = (v: number) => H - M.bottom - ((v - low) / span) * (H - M.top - M.bottom);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'curve', role: 'img', 'aria-label': xLabel });
  for (let k = 0; k <= 4; k++) {
    const v = low + (span * k) / 4;
    chart.appendChild(svg('line', { x1: M.left, x2: W - M.right, y1: py(v), y2: py(v), class: 'grid' }));
    chart.appendChild(svg('text', { x: M.left - 6, y: py(v), class: 'tick', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, format(v)));
  }
  steps.forEach((label, i) => {
    chart.appendChild(svg('text', { x: px(i), y: H - M.bottom + 16, class: 'tick', 'text-anchor': 'middle' }, label.length > 16 ? `${label.slice(0, 15)}…` : label));
  });
  chart.appendChild(svg('text', { x: (M.left + W - M.right) / 2, y: H - 8, class: 'axis-label', 'text-anchor': 'middle' }, xLabel));
  for (const s of series) {
    const points = s.values.map((v, i) => (v === null ? null : `${px(i).toFixed(1)},${py(v).toFixed(1)}`)).filter((p): p is string => p !== null);
    chart.appendChild(svg('polyline', { points: points.join(' '), class: `line ${s.className}` }));
    s.values.forEach((v, i) => {
      if (v === null) return;
      chart.appendChild(titled(svg('circle', { cx: px(i), cy: py(v), r: 4, class: `dot ${s.className}` }), `${steps[i]!}: ${s.name} ${format(v)}`));
    });
  }
  return chart;
}
