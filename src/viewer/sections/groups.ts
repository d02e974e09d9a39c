/** The groups table with E-I and reciprocity bars (silos first), and the mixing heatmap. */
import { FINDING_RULES } from '../../core/analysis/findings/rules.js';
import type { GroupRow } from '../../core/model/report.js';
import { eiBar, shareBar } from '../charts/bars.js';
import { heatmap } from '../charts/heatmap.js';
import type { Viewer } from '../context.js';
import { h, section, table, type Child } from '../dom.js';
import { focusOnMap } from '../focus.js';
import { MISSING } from '../../render/i18n/numbers.js';

const SILO = FINDING_RULES.silo.eiIndex;

export function groupsSection(v: Viewer): HTMLElement | null {
  const { t, data } = v;
  if (data.groups.length === 0) return null;
  const g = t.groups;
  const rows = [...data.groups]
    .sort((a, b) => (a.eiIndex ?? Infinity) - (b.eiIndex ?? Infinity) || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0))
    .map((row) => groupRow(v, row));
  const head = [g.group, g.size, g.inside, g.ei, g.p, g.reciprocity, g.density, g.activity, g.connectors];
  const note = data.directed ? null : h('p', { class: 'note' }, t.undirected);
  return section('groups', g.heading, g.intro, note, h('div', { class: 'scroll' }, table(head, rows, 'data groups-table')));
}

function groupRow(v: Viewer, row: GroupRow): Child[] {
  const { t, x, data } = v;
  // Marked as the silo finding names it: E-I alone is not enough (core/analysis/findings/groups.ts).
  const silo = data.findings.some((f) => f.kind === 'silo-group' && f.subject.group === row.group);
  const index = data.people.groupNames.indexOf(row.group);
  const name = h('button', { type: 'button', class: 'link' }, row.group);
  name.addEventListener('click', () => focusOnMap({ type: 'group', group: index }));
  const ei =
    row.eiIndex === null ? MISSING : h('span', { class: 'figure' }, eiBar(row.eiIndex, SILO, `E-I ${x.index(row.eiIndex)}`), ` ${x.index(row.eiIndex)}`);
  const reciprocity =
    !data.directed || row.reciprocity === null
      ? MISSING
      : h('span', { class: 'figure' }, shareBar(row.reciprocity, x.share(row.reciprocity)), ` ${x.share(row.reciprocity)}`);
  return [
    h('span', null, name, silo ? h('span', { class: 'badge badge-silo' }, t.groups.silo) : null),
    x.int(row.size),
    x.share(row.internalShare ?? null),
    ei,
    row.eiPValue === null || row.eiPValue === undefined ? MISSING : x.pValue(row.eiPValue),
    reciprocity,
    x.index(row.density),
    x.share(row.activityRate),
    row.connectors.join(', ') || MISSING,
  ];
}

export function mixingSection(v: Viewer): HTMLElement | null {
  const { t, x, data } = v;
  const m = data.mixing;
  if (m.groups.length < 2 || m.cells.length === 0) return null;
  const position = new Map(m.groups.map((g, i) => [g, i]));
  const whole = new Intl.NumberFormat(data.lang, { style: 'percent', maximumFractionDigits: 0 });
  const cells = new Map<number, number>();
  for (const c of m.cells) cells.set(position.get(c.from)! * m.groups.length + position.get(c.to)!, c.ties);
  const cell = (from: number, to: number) => cells.get(from * m.groups.length + to) ?? 0;
  // Undirected data lists a tie between two groups under both orders already; directed data
  // adds the two directions, so a row splits the group's external ties by the other group.
  const ties = (from: number, to: number) => (from === to || !data.directed ? cell(from, to) : cell(from, to) + cell(to, from));
  const chart = heatmap({
    groups: m.groups,
    rowTies: m.rowTies,
    ties,
    cellLabel: (from, to, ties, share) => t.mixing.cell(from, to, x.int(ties), x.share(share)),
    shareText: (share) => whole.format(share),
  });
  const note = m.totalGroups > m.groups.length ? h('p', { class: 'note' }, t.mixing.largest(x.int(m.groups.length), x.int(m.totalGroups))) : null;
  return section('mixing', t.mixing.heading, t.mixing.intro, note, h('div', { class: 'scroll' }, chart));
}
