/**
 * The later blocks of "Changes since …": rank moves, groups, other attributes, the reporting
 * line, roles, communities, key players.
 */
import type { GroupTracked, RankedField } from '../../core/diff/index.js';
import type { CommunityName, CompareData, Mover } from '../../render/html/compare-data.js';
import { figureOf, signedNumber } from '../change-format.js';
import type { Viewer } from '../context.js';
import { h, table, type Child } from '../dom.js';
import { focusOnMap } from '../focus.js';
import { block, names, type Blocks } from './change-parts.js';

export function ranksBlock({ v, c, person }: Blocks): HTMLElement | null {
  const { t, x } = v;
  const k = t.compare;
  const measures: Record<RankedField, string> = { sourcePagerank: t.person.sourcePagerank, pagerank: t.person.pagerank, betweenness: t.person.betweenness };
  // In the diff's order (the go-to score first): the page data holds the fields in that order.
  const moves = (Object.keys(c.movers) as RankedField[]).flatMap((field) =>
    (['up', 'down'] as const).flatMap((direction) => {
      const rows = c.movers[field][direction];
      if (rows.length === 0) return [];
      const heading = direction === 'up' ? k.movedUp(measures[field]) : k.movedDown(measures[field]);
      return [h('div', { class: 'mover-table', 'data-field': field, 'data-direction': direction }, h('h4', null, heading), moverTable(v, rows, person))];
    }),
  );
  if (moves.length === 0) return null;
  return block('ranks', k.ranks, h('p', { class: 'note' }, k.ranksIntro(x.int(c.summary.people.stayed))), h('div', { class: 'movers' }, ...moves));
}

function moverTable(v: Viewer, rows: Mover[], person: Blocks['person']): HTMLElement {
  const { t, x } = v;
  const k = t.compare;
  return table(
    [k.person, k.group, k.rank, k.move, k.before, k.now],
    rows.map((m) => [person(m.id), m.group ?? '—', `${x.int(m.rankBefore)} → ${x.int(m.rankAfter)}`, signedNumber(x, m.move), x.num(m.before), x.num(m.after)]),
    'data compact',
  );
}

/** The fading team shows first in activity and in the weight of its ties, so those lead. */
const GROUP_ORDER: readonly GroupTracked[] = ['activityRate', 'weight', 'eiIndex', 'reciprocity'];
const SHARES: ReadonlySet<GroupTracked> = new Set(['activityRate', 'reciprocity']);

export function groupsBlock({ v, c }: Blocks): HTMLElement | null {
  const { t, x, data } = v;
  const k = t.compare;
  const groupButton = (name: string): Child => {
    const index = data.people.groupNames.indexOf(name);
    if (index === -1) return name;
    const button = h('button', { type: 'button', class: 'link' }, name);
    button.addEventListener('click', () => focusOnMap({ type: 'group', group: index }));
    return button;
  };
  const tables = GROUP_ORDER.filter((field) => (field !== 'reciprocity' || data.directed) && c.groups.changed[field].length > 0).map((field) => {
    const f = figureOf(x, t, SHARES.has(field) ? 'share' : field === 'eiIndex' ? 'index' : 'count');
    const rows = c.groups.changed[field].map((g) => [groupButton(g.group), f.value(g.before), f.value(g.after), h('span', { class: 'change' }, f.change(g.change))]);
    return h(
      'div',
      { class: 'group-change', 'data-field': field },
      h('h4', null, k.tracked[field]),
      h('p', { class: 'note' }, k.trackedNote[field]),
      table([k.group, k.before, k.now, k.change], rows, 'data compact'),
    );
  });
  const fresh = c.groups.fresh.length ? h('p', null, k.newGroups(x.list(c.groups.fresh, 20))) : null;
  const gone = c.groups.gone.length ? h('p', null, k.goneGroups(x.list(c.groups.gone, 20))) : null;
  if (tables.length === 0 && !fresh && !gone) return null;
  return block('groups', k.groups, fresh, gone, ...tables);
}

export function rolesBlock({ v, c, person }: Blocks): HTMLElement | null {
  const { t, x } = v;
  const k = t.compare;
  if (c.roles.length === 0) return null;
  const who = (list: { id: string; mark: boolean }[], total: number, mark: (id: string) => string): Child =>
    total === 0 ? '—' : h('span', null, ...list.flatMap((p, i) => [i > 0 ? ', ' : '', p.mark ? mark(p.id) : person(p.id)]), total > list.length ? ` ${k.more(x.int(total - list.length))}` : '');
  const rows = c.roles.map((r) => [
    t.roles.short[r.role],
    x.int(r.before),
    x.int(r.after),
    who(r.gained.items.map((p) => ({ id: p.id, mark: p.joined })), r.gained.total, k.joinedMark),
    who(r.lost.items.map((p) => ({ id: p.id, mark: p.left })), r.lost.total, k.leftMark),
  ]);
  const roleList = (roles: readonly string[]) => (roles.length ? roles.map((r) => t.roles.short[r as keyof typeof t.roles.short]).join(', ') : k.noRole);
  const changed = c.roleChanges.items.map((p) => h('span', null, person(p.id), `${p.group === null ? '' : ` (${p.group})`}: ${roleList(p.before)} → ${roleList(p.after)}`));
  return block(
    'roles',
    k.roles,
    table([k.role, k.before, k.now, k.gained, k.lost], rows, 'data compact'),
    c.roleChanges.total ? h('h4', null, k.roleChanges) : null,
    c.roleChanges.total ? names(v, changed, c.roleChanges.total) : null,
  );
}

export function communitiesBlock({ v, c }: Blocks): HTMLElement | null {
  const { t, x } = v;
  const k = t.compare;
  const m = c.communities;
  if (m.before === 0 && m.after === 0) return null;
  const name = (cn: CommunityName) => k.community(cn.id, x.int(cn.size), cn.dominantGroup);
  const all = (list: CommunityName[]) => x.list(list.map(name), list.length);
  const line = (move: CompareData['communities']['moves']['items'][number]): string => {
    switch (move.kind) {
      case 'split': return k.split(all(move.before), all(move.after));
      case 'merged': return k.merged(all(move.before), all(move.after));
      case 'dissolved': return k.dissolved(all(move.before));
      case 'formed': return k.formed(all(move.after));
    }
  };
  const moves = m.moves.items.map((move) => h('li', { 'data-kind': move.kind }, line(move)));
  if (m.moves.total > moves.length) moves.push(h('li', { class: 'muted' }, k.more(x.int(m.moves.total - moves.length))));
  return block(
    'communities',
    k.communities,
    h('p', null, k.communitiesLine(x.int(m.before), x.int(m.after), x.int(m.continued), x.int(m.minSize), x.num(m.threshold))),
    moves.length ? h('ul', { class: 'community-moves' }, ...moves) : null,
  );
}

export function reachPlayersBlock({ v, c }: Blocks): HTMLElement | null {
  const k = v.t.compare;
  const { before, after } = c.summary.reachPlayers;
  if (before.length === 0 && after.length === 0) return null;
  const fresh = after.filter((id) => !before.includes(id));
  const gone = before.filter((id) => !after.includes(id));
  const list = (ids: string[]) => v.x.list(ids, ids.length);
  return block(
    'reach-players',
    k.reachPlayers,
    fresh.length ? h('p', null, k.reachPlayersNew(list(fresh))) : null,
    gone.length ? h('p', null, k.reachPlayersGone(list(gone))) : null,
    fresh.length === 0 && gone.length === 0 ? h('p', null, k.reachPlayersSame(list(after))) : null,
  );
}

export function keyPlayersBlock({ v, c }: Blocks): HTMLElement | null {
  const k = v.t.compare;
  const { before, after } = c.summary.keyPlayers;
  if (before.length === 0 && after.length === 0) return null;
  const fresh = after.filter((id) => !before.includes(id));
  const gone = before.filter((id) => !after.includes(id));
  const list = (ids: string[]) => v.x.list(ids, ids.length);
  return block(
    'key-players',
    k.keyPlayers,
    fresh.length ? h('p', null, k.keyPlayersNew(list(fresh))) : null,
    gone.length ? h('p', null, k.keyPlayersGone(list(gone))) : null,
    fresh.length === 0 && gone.length === 0 ? h('p', null, k.keyPlayersSame(list(after))) : null,
  );
}

export function attributesBlock({ v, c }: Blocks): HTMLElement | null {
  const { t, x } = v;
  const k = t.compare;
  if (c.attributes.length === 0) return null;
  const index = figureOf(x, t, 'index');
  const p = figureOf(x, t, 'p');
  const count = (n: number | null) => (n === null ? '—' : x.int(n));
  const parts = c.attributes.map((a) => {
    if (a.presence !== 'kept') return h('div', { class: 'attribute-change', 'data-column': a.column }, h('h4', null, a.column), h('p', { class: 'note' }, k.attributeOneSide(a.column, a.presence === 'new')));
    const ei = `${index.value(a.eiIndex.before)} → ${index.value(a.eiIndex.after)} (${index.change(a.eiIndex.change)})`;
    const rows = a.changed.map((g) => [g.group, `${count(g.size.before)} → ${count(g.size.after)}`, index.value(g.before), index.value(g.after), h('span', { class: 'change' }, index.change(g.change))]);
    return h(
      'div',
      { class: 'attribute-change', 'data-column': a.column },
      h('h4', null, a.column),
      h('p', null, k.attributeLine(ei, `${p.value(a.eiPValue.before)} → ${p.value(a.eiPValue.after)}`)),
      a.binsDiffer ? h('p', { class: 'note bins-differ' }, k.binsDiffer) : null,
      a.fresh.length ? h('p', null, k.newValues(x.list(a.fresh, a.fresh.length))) : null,
      a.gone.length ? h('p', null, k.goneValues(x.list(a.gone, a.gone.length))) : null,
      rows.length ? table([k.value, k.size, k.eiBefore, k.eiNow, k.change], rows, 'data compact') : null,
    );
  });
  return block('attributes', k.attributes, ...parts);
}

export function reportingLineBlock({ v, c, person }: Blocks): HTMLElement | null {
  const { t, x } = v;
  const k = t.compare;
  const line = c.reportingLine;
  const counts = c.summary.reportingLine;
  if (line === null || counts === null) return null;
  const share = figureOf(x, t, 'share');
  const onLine = c.org['hierarchy.tiesOnReportingLine'];
  const changed = line.changedManager.items.map((m) => [person(m.id), m.before ?? k.noManager, m.after ?? k.noManager]);
  const tied = (heading: string, list: NonNullable<CompareData['reportingLine']>['tieGained']) =>
    list.total === 0 ? [] : [h('h4', null, heading), names(v, list.items.map((p) => k.withManager(p.id, p.manager)), list.total)];
  return block(
    'reporting-line',
    k.reportingLine,
    h('p', null, k.reportingLineLine(counts.managerChanged, counts.tieWithManagerGained, counts.tieWithManagerLost, x.int)),
    onLine ? h('p', null, k.onReportingLine(share.value(onLine.before), share.value(onLine.after))) : null,
    changed.length ? table([k.person, k.managerBefore, k.managerNow], changed, 'data compact') : null,
    changed.length && line.changedManager.total > changed.length ? h('p', { class: 'muted' }, k.more(x.int(line.changedManager.total - changed.length))) : null,
    ...tied(k.tieGained, line.tieGained),
    ...tied(k.tieLost, line.tieLost),
  );
}
