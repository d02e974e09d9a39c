/** A person's key figures and roles, for the hover card and the search result. */
import { groupOf, nameOf, rolesOf, statusOf, type Viewer } from '../context.js';
import { h } from '../dom.js';
import type { PageData } from '../../render/html/page-data.js';
import { sinceBefore } from './changes.js';

/** How many name each person as their manager, counted once per page. */
let reportsCount: { data: PageData; counts: Int32Array } | null = null;
function directReports(data: PageData): Int32Array {
  if (reportsCount?.data !== data) {
    const counts = new Int32Array(data.people.count);
    for (const m of data.reportingLine?.manager ?? []) if (m >= 0) counts[m]!++;
    reportsCount = { data, counts };
  }
  return reportsCount.counts;
}

export function personCard(v: Viewer, i: number): HTMLElement {
  const { t, x, data } = v;
  const p = data.people;
  const f = t.person;
  const attributes = p.attributes.names
    .map((name, k) => [name, p.attributes.values[k]?.[i] ?? null] as const)
    .filter(([, value]) => value !== null && value !== '');
  const status = statusOf(data, i);
  const roles = rolesOf(data, i);
  const rows: [string, string][] = [
    [f.group, groupOf(data, i) ?? t.map.noGroup],
    [f.community, p.community[i] === null || p.community[i] === undefined ? '—' : String(p.community[i])],
    [f.sourcePagerank, x.centrality(p.sourcePagerank[i] ?? null)],
    [f.pagerank, x.centrality(p.pagerank[i] ?? null)],
    [f.betweenness, x.centrality(p.betweenness[i] ?? null)],
    [f.closeness, x.centrality(p.closeness[i] ?? null)],
    [f.degree, `${x.int(p.inDegree[i]!)} / ${x.int(p.outDegree[i]!)}`],
    [f.coreNumber, x.int(p.coreNumber[i]!)],
  ];
  if (data.reportingLine) {
    const m = data.reportingLine.manager[i] ?? -1;
    rows.push([f.manager, m >= 0 ? nameOf(data, m) : '—'], [f.directReports, x.int(directReports(data)[i] ?? 0)]);
  }
  if (data.directed) rows.push([f.reciprocity, x.share(p.reciprocity[i] ?? null)]);
  if (p.dependents[i]! > 0) rows.push([f.dependents, x.int(p.dependents[i]!)]);
  rows.push([f.interactions, x.num(p.interactions[i] ?? null)]);
  if (status) rows.push([f.status, t.activity.status[status]]);
  return h(
    'div',
    { class: 'person-card' },
    h('div', { class: 'person-name' }, nameOf(data, i)),
    // A person shown by their display name keeps their id in sight: it is what the data files say.
    nameOf(data, i) === p.id[i] ? null : h('div', { class: 'person-id' }, p.id[i]!),
    attributes.length ? h('div', { class: 'person-attributes' }, attributes.map(([, value]) => value).join(' · ')) : null,
    h('dl', null, ...rows.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)])),
    h('div', { class: 'person-roles' }, `${f.roles}: `, roles.length ? roles.map((r) => t.roles.short[r]).join(', ') : f.none),
    sinceBefore(v, i),
  );
}
