/**
 * Headline figures, each with a one-line explanation; a figure the data cannot give is left out.
 * With `--compare`, each also says its value before and the change.
 */
import { figureKindOf, figureOf } from '../change-format.js';
import { isOrgFigure, ORG_FIGURE_KINDS } from '../../render/org-figures.js';
import type { Viewer } from '../context.js';
import { h, section } from '../dom.js';
import { MISSING } from '../../render/i18n/numbers.js';

export function kpiSection(v: Viewer): HTMLElement {
  const { t, x, data } = v;
  const o = data.org;
  const k = t.kpis;
  const cards: [string, string, string, string][] = [
    ['people', k.people, x.int(o.people), k.peopleNote(x.int(o.isolates))],
    ['ties', k.ties, x.int(o.ties), (data.directed ? k.tiesNote : k.tiesNoteUndirected)(x.int(o.interactions))],
    ['density', k.density, x.index(o.density), k.densityNote],
    data.directed
      ? ['reciprocity', k.reciprocity, x.share(o.reciprocity), k.reciprocityNote]
      : ['reciprocity', k.reciprocity, MISSING, t.undirected],
  ];
  if (o.modularity !== null) cards.push(['modularity', k.modularity, x.index(o.modularity), k.modularityNote(x.int(o.communities ?? 0))]);
  if (o.activeShare !== null) cards.push(['active-share', k.activeShare, x.share(o.activeShare), k.activeShareNote]);
  return section(
    'figures',
    k.heading,
    null,
    h(
      'div',
      { class: 'kpis' },
      ...cards.map(([id, label, value, note]) =>
        h(
          'div',
          { class: 'kpi', 'data-kpi': id },
          h('div', { class: 'kpi-label' }, label),
          h('div', { class: 'kpi-value' }, value),
          h('div', { class: 'kpi-note' }, note),
          kpiChange(v, id),
        ),
      ),
    ),
  );
}

/** The org figure behind each card; its kind (render/org-figures.ts) says how its change is written. */
const KPI_FIELDS: Record<string, string> = {
  people: 'people',
  ties: 'ties',
  density: 'density',
  reciprocity: 'reciprocity',
  modularity: 'modularity',
  'active-share': 'activeShare',
};

function kpiChange(v: Viewer, id: string): HTMLElement | null {
  const c = v.data.compare;
  const field = KPI_FIELDS[id] ?? id;
  const change = c?.org[field];
  if (!change || change.before === null) return null;
  const f = figureOf(v.x, v.t, isOrgFigure(field) ? figureKindOf(ORG_FIGURE_KINDS[field]) : 'count');
  return h('div', { class: 'kpi-change' }, v.t.compare.kpi(f.value(change.before), f.change(change.change)));
}
