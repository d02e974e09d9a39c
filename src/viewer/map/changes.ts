/**
 * The map's change layer (`analyze --compare BEFORE`): ties gained and ties lost drawn over the
 * grey ties in two colours no group takes, the people who left drawn as pale ghosts where
 * change-ties.ts placed them (near their former contacts), a legend entry for each and a
 * switch that hides the whole layer. Node keys of ghosts follow the people's (people.count + k),
 * so every edge of the layer is keyed by the same node indexes the page data holds.
 */
import type Graph from 'graphology';
import type { ChangeLayer } from '../../render/html/compare-data.js';
import { STATUS_ORDER } from '../../render/html/page-data.js';
import { rolesFromBits, rolesOf, type Viewer } from '../context.js';
import { h } from '../dom.js';
import type { MapEdge, MapNode } from './attributes.js';
import { GAINED, GHOST, LOST } from './colors.js';


/** The file's name without its folders: the note names it twice; the section heading gives the path. */
const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

export const isGhost = (v: Viewer, i: number) => i >= v.data.people.count;

/** Adds the ghosts and the change edges to the map's graph; the layer of the page, or null without one. */
export function addChangeLayer(v: Viewer, graph: Graph<MapNode, MapEdge>, ghostSize: number): ChangeLayer | null {
  const layer = v.data.compare?.map ?? null;
  if (!layer) return null;
  const n = v.data.people.count;
  layer.ghosts.id.forEach((id, k) => {
    graph.addNode(String(n + k), { x: layer.ghosts.x[k]!, y: -layer.ghosts.y[k]!, size: ghostSize, color: GHOST, label: id, mark: 'ghost', forceLabel: false, zIndex: 0 });
  });
  let heaviest = 0;
  for (const w of [...layer.gained.weight, ...layer.lost.weight]) heaviest = Math.max(heaviest, w);
  const scale = Math.log1p(heaviest) || 1;
  for (const change of ['lost', 'gained'] as const) {
    const pairs = layer[change];
    pairs.a.forEach((a, k) => {
      const b = pairs.b[k]!;
      graph.addEdgeWithKey(`${change}:${k}`, String(a), String(b), {
        s: a,
        t: b,
        // Thicker than the grey ties: a single lost tie of weight 1 must still be seen.
        size: 2.2 + (2.4 * Math.log1p(pairs.weight[k]!)) / scale,
        color: change === 'gained' ? GAINED : LOST,
        // Above the grey ties, so that a pair tied now and gained shows its colour.
        zIndex: 1,
        change,
      });
    });
  }
  return layer;
}

/** The legend of the layer, its notes, and the switch (checked: the layer is shown). */
export function changeLegend(v: Viewer, layer: ChangeLayer | null, onToggle: (show: boolean) => void): HTMLElement | null {
  const c = v.data.compare;
  if (!c) return null;
  const { t, x } = v;
  const k = t.compare.map;
  if (!layer) return h('div', { class: 'change-legend' }, h('h3', null, k.legend), h('p', { class: 'note no-tie-changes' }, k.noTies));
  const toggle = h('input', { type: 'checkbox', name: 'show-changes', checked: '' });
  toggle.addEventListener('change', () => onToggle(toggle.checked));
  const line = (className: string, color: string, text: string) => {
    const swatch = h('span', { class: className });
    swatch.style.background = color;
    return h('li', { class: 'change-entry' }, swatch, h('span', null, text));
  };
  const notes = [
    layer.gained.a.length < layer.gained.total ? k.cut(x.int(layer.gained.a.length), x.int(layer.gained.total), true) : null,
    layer.lost.a.length < layer.lost.total ? k.cut(x.int(layer.lost.a.length), x.int(layer.lost.total), false) : null,
    layer.ghosts.id.length < layer.ghosts.total ? k.ghostsCut(x.int(layer.ghosts.id.length), x.int(layer.ghosts.total)) : null,
    layer.directionOnly.gained + layer.directionOnly.lost > 0 ? k.directionOnly(layer.directionOnly.gained, layer.directionOnly.lost, (n) => x.int(n)) : null,
  ].filter((note): note is string => note !== null);
  return h(
    'div',
    { class: 'change-legend' },
    h('h3', null, k.legend),
    h('label', { class: 'control change-switch' }, toggle, ` ${k.show}`),
    h(
      'ul',
      { class: 'change-entries' },
      line('change-line', GAINED, k.gained(x.int(layer.gained.total))),
      line('change-line', LOST, k.lost(x.int(layer.lost.total))),
      layer.ghosts.total > 0 ? line('swatch ghost-swatch', GHOST, k.ghost(x.int(layer.ghosts.total))) : null,
    ),
    h('p', { class: 'note change-note' }, k.note(baseName(c.before.file))),
    ...notes.map((note) => h('p', { class: 'note change-note' }, note)),
  );
}

/** The hover card of a ghost: who they were before they left. */
export function ghostCard(v: Viewer, node: number): HTMLElement {
  const { t, x, data } = v;
  const g = data.compare!.map!.ghosts;
  const k = node - data.people.count;
  const f = t.person;
  const roles = rolesFromBits(g.roles[k] ?? 0);
  const rows: [string, string][] = [
    [f.group, g.group[k] ?? t.map.noGroup],
    [`${f.pagerank} (${t.compare.card.before})`, x.centrality(g.pagerank[k] ?? null)],
    [`${f.betweenness} (${t.compare.card.before})`, x.centrality(g.betweenness[k] ?? null)],
  ];
  return h(
    'div',
    { class: 'person-card ghost-card' },
    h('div', { class: 'person-name' }, g.id[k]!),
    h('div', { class: 'person-change' }, t.compare.card.left),
    h('dl', null, ...rows.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)])),
    h('div', { class: 'person-roles' }, `${t.compare.card.rolesBefore}: `, roles.length ? roles.map((r) => t.roles.short[r]).join(', ') : f.none),
  );
}

/** The hover card's "since before" lines for a person of this report. */
export function sinceBefore(v: Viewer, i: number): HTMLElement | null {
  const c = v.data.compare;
  if (!c) return null;
  const { t, x, data } = v;
  const k = t.compare.card;
  const p = c.people;
  if (p.joined[i]) return h('div', { class: 'person-change' }, k.joined);
  const lines: string[] = [];
  for (const [field, measure] of [['sourcePagerank', t.person.sourcePagerank], ['pagerank', t.person.pagerank], ['betweenness', t.person.betweenness]] as const) {
    const before = p.rank[field].before[i];
    const after = p.rank[field].after[i];
    if (before !== null && before !== undefined && after !== null && after !== undefined && before !== after) lines.push(k.rank(measure, x.int(before), x.int(after)));
  }
  const rolesBefore = rolesFromBits(p.roles[i] ?? 0);
  const rolesNow = rolesOf(data, i);
  if (rolesBefore.join() !== rolesNow.join()) {
    lines.push(`${k.rolesBefore}: ${rolesBefore.length ? rolesBefore.map((r) => t.roles.short[r]).join(', ') : t.person.none}`);
  }
  const status = p.status[i];
  const statusBefore = status === null || status === undefined ? undefined : STATUS_ORDER[status];
  if (statusBefore && status !== data.people.status[i]) lines.push(`${k.statusBefore}: ${t.activity.status[statusBefore]}`);
  if (lines.length === 0) return null;
  return h('div', { class: 'person-change' }, h('div', { class: 'person-change-heading' }, k.heading), ...lines.map((line) => h('div', null, line)));
}
