/** The `meta` block at the end: the input, the options used, the warnings. */
import type { Viewer } from '../context.js';
import { h, section } from '../dom.js';
import { MISSING } from '../../render/i18n/numbers.js';

export function metaSection(v: Viewer): HTMLElement {
  const { t, x, data } = v;
  const m = t.meta;
  const { meta } = data;
  const input = meta.input;
  const columns = Object.entries(input.columns)
    .filter(([, name]) => name !== null)
    .map(([role, name]) => `${role}: ${name!}`)
    .join(', ');
  const counts = [
    m.rows(x.int(input.rowsRead), x.int(input.rowsUsed)),
    `${m.skipped} ${x.int(input.skippedRows)}`,
    `${m.selfLoops} ${x.int(input.selfLoops)}`,
    `${m.filtered} ${x.int(input.filteredRows)}`,
    `${m.tiesDropped} ${x.int(input.tiesDropped)}`,
  ].join(' · ');
  const entries: [string, string][] = [
    [m.input, `${input.file} — ${m.columns} ${columns}; ${m.delimiter} ${JSON.stringify(input.delimiter)}; ${counts}`],
  ];
  if (meta.people) entries.push([m.people, `${meta.people.file} — ${m.groupBy}: ${meta.people.groupBy ?? MISSING}; ${m.peopleRows(x.int(meta.people.rows))}`]);
  entries.push([m.betweenness, meta.betweenness.method === 'exact' ? m.exact : m.sampled(x.int(meta.betweenness.k), String(meta.betweenness.seed))]);
  if (meta.removed.length) entries.push([m.removed, meta.removed.join(', ')]);
  const options = Object.entries(meta.options)
    .filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  entries.push([m.options, options.join(' · ')]);
  const warnings = meta.warnings.length ? h('ul', { class: 'warnings' }, ...meta.warnings.map((w) => h('li', null, w))) : h('span', null, m.noWarnings);
  return section(
    'about',
    m.heading,
    null,
    h('dl', { class: 'meta' }, ...entries.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)]), h('dt', null, m.warnings), h('dd', null, warnings)),
    h('p', { class: 'muted' }, m.generatedBy(meta.tool.version, meta.generatedAt.slice(0, 10))),
  );
}
