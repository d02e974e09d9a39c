/** A section per `--compare-by` column: its groups by E-I, as the groups table shows them, and the column's own E-I. */
import { FINDING_RULES } from '../../core/analysis/findings/rules.js';
import type { AttributeComparison, AttributeGroupRow } from '../../core/model/report.js';
import { eiBar, shareBar } from '../charts/bars.js';
import type { Viewer } from '../context.js';
import { h, section, table, type Child } from '../dom.js';
import { MISSING } from '../../render/i18n/numbers.js';

const SILO = FINDING_RULES.silo.eiIndex;

export function attributeSections(v: Viewer): HTMLElement[] {
  return Object.entries(v.data.attributes ?? {}).map(([name, a], k) => attributeSection(v, name, a, k));
}

function attributeSection(v: Viewer, name: string, a: AttributeComparison, k: number): HTMLElement {
  const { t, x } = v;
  const g = t.attributes;
  const rows = [...a.groups]
    .sort((p, q) => (p.eiIndex ?? Infinity) - (q.eiIndex ?? Infinity) || (p.group < q.group ? -1 : p.group > q.group ? 1 : 0))
    .map((row) => attributeRow(v, row));
  const head = [g.value, t.groups.size, t.groups.inside, t.groups.ei, t.groups.p, t.groups.reciprocity, t.groups.density];
  const summary = h('p', null, g.summary(x.index(a.eiIndex), a.eiPValue === null ? MISSING : x.pValue(a.eiPValue)));
  return section(`attribute-${k}`, g.heading(name), g.intro, summary, h('div', { class: 'scroll' }, table(head, rows, 'data groups-table')));
}

function attributeRow(v: Viewer, row: AttributeGroupRow): Child[] {
  const { x, data } = v;
  const ei = row.eiIndex === null ? MISSING : h('span', { class: 'figure' }, eiBar(row.eiIndex, SILO, `E-I ${x.index(row.eiIndex)}`), ` ${x.index(row.eiIndex)}`);
  const reciprocity =
    !data.directed || row.reciprocity === null ? MISSING : h('span', { class: 'figure' }, shareBar(row.reciprocity, x.share(row.reciprocity)), ` ${x.share(row.reciprocity)}`);
  return [row.group, x.int(row.size), x.share(row.internalShare), ei, row.eiPValue === null ? MISSING : x.pValue(row.eiPValue), reciprocity, x.index(row.density)];
}
