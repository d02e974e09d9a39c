/**
 * The map's reporting-line layer: each person's line to their manager, drawn over the ties on a
 * 2D canvas of its own, between sigma's ties and its dots, or over the dots while something is
 * highlighted (sigma's WebGL lines have no dashes).
 * Solid where the person and their manager are tied either way, dashed where they are not: the
 * managers with no tie to their reports are what a consultant shows with it. Off until the switch
 * in the map's controls turns it on; its legend counts the lines of each style.
 */
import type Sigma from 'sigma';
import type { Viewer } from '../context.js';
import { h } from '../dom.js';
import type { MapEdge, MapNode } from './attributes.js';
import { REPORTING_LINE } from './colors.js';

/** Lines where the pair is tied either way (person `managerTie` true), and where it is not. */
export interface ReportingCounts {
  tied: number;
  untied: number;
}

/** Null without a reporting line, or with nobody's manager among the people drawn. */
export function reportingCounts(v: Viewer): ReportingCounts | null {
  const line = v.data.reportingLine;
  if (!line) return null;
  const counts = { tied: 0, untied: 0 };
  line.manager.forEach((m, i) => {
    if (m >= 0) counts[line.tie[i] === 1 ? 'tied' : 'untied']++;
  });
  return counts.tied + counts.untied > 0 ? counts : null;
}

/** Which lines a highlight keeps: (person, their manager) → drawn; null draws every line. */
type LineFilter = ((person: number, manager: number) => boolean) | null;

export interface ReportingLayer {
  show(shown: boolean): void;
  readonly shown: boolean;
  filter(keep: LineFilter): void;
}

/** The dash of a line with no tie, in screen pixels. */
const NO_TIE_DASH = [6, 4];

/** Adds the layer's canvas to the map (hidden); null without a reporting line. */
export function addReportingLayer(v: Viewer, sigma: Sigma<MapNode, MapEdge>): ReportingLayer | null {
  const line = v.data.reportingLine;
  if (!line || !reportingCounts(v)) return null;
  const canvas = sigma.createCanvas('reporting-line', { beforeLayer: 'nodes' }) as HTMLCanvasElement;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const n = v.data.people.count;
  // Thinner as the map fills: at thousands of lines the dashes must not hide the dots.
  const width = n <= 200 ? 2 : n <= 2000 ? 1.4 : 0.9;
  let shown = false;
  let keep: LineFilter = null;

  // Where sigma hides the ties while the map moves (large maps), the lines go with them: thousands
  // of them cost tens of milliseconds a frame. Sigma draws once more when the move ends.
  const hideOnMove = sigma.getSetting('hideEdgesOnMove');
  const moving = () => hideOnMove && (sigma.getCamera().isAnimated() || sigma.getMouseCaptor().isMoving || sigma.getTouchCaptor().isMoving);
  const draw = () => {
    const { width: w, height: hgt } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(hgt * ratio)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(hgt * ratio);
      canvas.style.width = `${w}px`;
      canvas.style.height = `${hgt}px`;
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, w, hgt);
    if (!shown || moving()) return;
    context.strokeStyle = REPORTING_LINE;
    context.lineWidth = width;
    // One path per style: thousands of lines stroke at once.
    for (const tied of [1, 0]) {
      context.beginPath();
      for (let i = 0; i < n; i++) {
        const m = line.manager[i]!;
        if (m < 0 || line.tie[i] !== tied || (keep && !keep(i, m))) continue;
        const a = sigma.getNodeDisplayData(String(i));
        const b = sigma.getNodeDisplayData(String(m));
        if (!a || !b || a.hidden || b.hidden) continue;
        const from = sigma.framedGraphToViewport(a);
        const to = sigma.framedGraphToViewport(b);
        context.moveTo(from.x, from.y);
        context.lineTo(to.x, to.y);
      }
      context.setLineDash(tied ? [] : NO_TIE_DASH);
      context.stroke();
    }
  };
  sigma.on('afterRender', draw);

  return {
    get shown() {
      return shown;
    },
    show(next) {
      shown = next;
      draw();
    },
    filter(next) {
      keep = next;
      // Under a highlight the lines go over the dots: the faded ones would hide them, and the
      // few lines left do not cover the map. Otherwise beneath, as the ties are.
      const { nodes, labels } = sigma.getCanvases();
      if (next) labels?.before(canvas);
      else nodes?.before(canvas);
      draw();
    },
  };
}

/** The legend of the layer: what the two styles mean and how many lines of each. */
export function reportingLegend(v: Viewer, counts: ReportingCounts): HTMLElement {
  const { t, x } = v;
  const k = t.map.reportingLine;
  const entry = (style: string, text: string, count: number) =>
    h('li', { class: 'reporting-entry' }, h('span', { class: `reporting-swatch ${style}` }), h('span', { class: 'reporting-name' }, text), h('span', { class: 'reporting-count' }, x.int(count)));
  return h(
    'div',
    { class: 'reporting-legend', hidden: '' },
    h('h3', null, k.legend),
    h('ul', { class: 'reporting-entries' }, entry('reporting-tied', k.tied, counts.tied), entry('reporting-untied', k.untied, counts.untied)),
    h('p', { class: 'note reporting-note' }, k.note),
  );
}
