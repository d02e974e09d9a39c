/** Headline figures, each with a one-line explanation; a figure the data cannot give is left out. */
import type { Viewer } from '../context.js';
import { h, section } from '../dom.js';

export function kpiSection(v: Viewer): HTMLElement {
  const { t, x, data } = v;
  const o = data.org;
  const k = t.kpis;
  const cards: [string, string, string, string][] = [
    ['people', k.people, x.int(o.people), k.peopleNote(x.int(o.isolates))],
    ['ties', k.ties, x.int(o.ties), (data.directed ? k.tiesNote : k.tiesNoteUndirected)(x.int(o.interactions))],
    ['density', k.density, x.num(o.density), k.densityNote],
    data.directed
      ? ['reciprocity', k.reciprocity, x.share(o.reciprocity), k.reciprocityNote]
      : ['reciprocity', k.reciprocity, '—', t.undirected],
  ];
  if (o.modularity !== null) cards.push(['modularity', k.modularity, x.num(o.modularity), k.modularityNote(x.int(o.communities ?? 0))]);
  if (o.activeShare !== null) cards.push(['active-share', k.activeShare, x.share(o.activeShare), k.activeShareNote]);
  return section(
    'figures',
    k.heading,
    null,
    h(
      'div',
      { class: 'kpis' },
      ...cards.map(([id, label, value, note]) =>
        h('div', { class: 'kpi', 'data-kpi': id }, h('div', { class: 'kpi-label' }, label), h('div', { class: 'kpi-value' }, value), h('div', { class: 'kpi-note' }, note)),
      ),
    ),
  );
}
