/**
 * A line chart of one figure over the `--windows` windows: its own scale (E-I from −1 to 1, a
 * share from 0 to 100 %, anything else from 0 to a round number above its highest value), a gap
 * where a window has no value, and a hollow dot for a partial window.
 */
import { svg, ticks, titled } from './svg.js';

export type Scale = 'index' | 'share' | 'amount';

export interface WindowChartInput {
  labels: string[];
  values: (number | null)[];
  partial: boolean[];
  name: string;
  scale: Scale;
  format: (v: number) => string;
}

const W = 720;
const H = 180;
const M = { top: 12, right: 16, bottom: 36, left: 56 };

function axisOf(scale: Scale, values: (number | null)[]): number[] {
  if (scale === 'index') return [-1, -0.5, 0, 0.5, 1];
  if (scale === 'share') return [0, 0.25, 0.5, 0.75, 1];
  const defined = values.filter((v): v is number => v !== null);
  return ticks(Math.max(0, ...defined));
}

export function windowChart(input: WindowChartInput): SVGSVGElement {
  const n = input.values.length;
  const axis = axisOf(input.scale, input.values);
  const low = axis[0]!;
  const high = axis[axis.length - 1]! === low ? low + 1 : axis[axis.length - 1]!;
  const px = (i: number) => M.left + (n <= 1 ? (W - M.left - M.right) / 2 : (i * (W - M.left - M.right)) / (n - 1));
  const py = (v: number) => H - M.bottom - ((v - low) / (high - low)) * (H - M.top - M.bottom);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'line-chart window-chart', role: 'img', 'aria-label': input.name });
  for (const v of axis) {
    chart.appendChild(svg('line', { x1: M.left, x2: W - M.right, y1: py(v), y2: py(v), class: v === 0 && low < 0 ? 'grid zero' : 'grid' }));
    chart.appendChild(svg('text', { x: M.left - 6, y: py(v), class: 'tick', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, input.format(v)));
  }
  // Dates are long labels: about six of them, the last always, none crowding it.
  const every = Math.max(1, Math.ceil(n / 6));
  input.labels.forEach((label, i) => {
    if (i !== n - 1 && (i % every !== 0 || n - 1 - i < every)) return;
    const anchor = i === n - 1 && n > 1 ? 'end' : 'middle';
    chart.appendChild(svg('text', { x: px(i), y: H - M.bottom + 16, class: 'tick', 'text-anchor': anchor }, label));
  });
  // One polyline per run of windows with a value: a window without one is a gap, not a zero.
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) chart.appendChild(svg('polyline', { points: run.join(' '), class: 'line' }));
    run = [];
  };
  input.values.forEach((v, i) => {
    if (v === null) flush();
    else run.push(`${px(i).toFixed(1)},${py(v).toFixed(1)}`);
  });
  flush();
  input.values.forEach((v, i) => {
    if (v === null) return;
    const dot = svg('circle', { cx: px(i), cy: py(v), r: n > 60 ? 1.5 : 3, class: input.partial[i] ? 'dot partial' : 'dot' });
    chart.appendChild(titled(dot, `${input.labels[i]!}: ${input.format(v)} ${input.name}`));
  });
  return chart;
}
