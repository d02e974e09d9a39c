/**
 * The group mixing matrix as a heatmap: row = a group, shade = the share of all its ties (in or
 * out, I + E) that its cell holds: on the diagonal the ties that stay inside — the group's
 * internalShare — and off it the ties with the column's group, either direction. The diagonal is
 * outlined.
 */
import { svg, titled } from './svg.js';

export interface HeatmapInput {
  groups: string[];
  rowTies: number[];
  ties: (from: number, to: number) => number;
  cellLabel: (from: string, to: string, ties: number, share: number) => string;
  shareText: (share: number) => string;
}

const shorten = (name: string) => (name.length > 20 ? `${name.slice(0, 19)}…` : name);
/** Room for a label of this many characters at the labels' 11 px size. */
const labelRoom = (chars: number) => 12 + chars * 6.4;

export function heatmap(input: HeatmapInput): SVGSVGElement {
  const n = input.groups.length;
  const cell = Math.max(14, Math.min(56, Math.floor(620 / Math.max(n, 1))));
  const LABEL = labelRoom(Math.max(1, ...input.groups.map((g) => shorten(g).length)));
  // Column labels are written at 45°: they need about 0.72 of their length above and to the right.
  const top = LABEL * 0.72 + 8;
  const width = LABEL + n * cell + top;
  const height = top + n * cell;
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'heatmap', role: 'img' });
  input.groups.forEach((name, i) => {
    const y = top + i * cell + cell / 2;
    chart.appendChild(titled(svg('text', { x: LABEL - 6, y, class: 'heat-label', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, shorten(name)), name));
    const x = LABEL + i * cell + cell / 2;
    chart.appendChild(titled(svg('text', { x, y: top - 6, class: 'heat-label', transform: `rotate(-45 ${x} ${top - 6})` }, shorten(name)), name));
  });
  for (let from = 0; from < n; from++) {
    const total = input.rowTies[from] ?? 0;
    for (let to = 0; to < n; to++) {
      const ties = input.ties(from, to);
      const share = total > 0 ? ties / total : 0;
      const rect = svg('rect', {
        x: LABEL + to * cell,
        y: top + from * cell,
        width: cell - 1,
        height: cell - 1,
        class: from === to ? 'heat-cell heat-diagonal' : 'heat-cell',
        // sqrt: a 5 % cell should still be visible beside a 60 % one.
        'fill-opacity': ties === 0 ? 0.04 : (0.12 + 0.88 * Math.sqrt(share)).toFixed(3),
      });
      chart.appendChild(titled(rect, input.cellLabel(input.groups[from]!, input.groups[to]!, ties, share)));
      // Large cells also carry their share, so the matrix reads without hovering.
      if (cell >= 34 && ties > 0) {
        const dark = 0.12 + 0.88 * Math.sqrt(share) > 0.55;
        chart.appendChild(
          svg('text', { x: LABEL + to * cell + cell / 2, y: top + from * cell + cell / 2, class: dark ? 'heat-value heat-value-dark' : 'heat-value', 'text-anchor': 'middle', 'dominant-baseline': 'middle' }, input.shareText(share)),
        );
      }
    }
  }
  return chart;
}
