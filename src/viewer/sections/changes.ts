/**
 * "Changes since …" (`analyze --compare BEFORE`): the diff's figures in the page's language —
 * the organization before, now and the change; who joined and left; activity; ties gained and
 * lost; rank moves; the groups that changed most; other attributes; the reporting line; roles;
 * communities; key players. A block
 * with nothing to say is left out, and so is the section without `--compare`.
 */
import type { CompareData, CompareSide, PersonRef } from '../../render/html/compare-data.js';
import { HIERARCHY_FIGURE_KINDS, hierarchyFigure, isOrgFigure, ORG_FIGURE_KINDS } from '../../render/org-figures.js';
import { figureKindOf, figureOf } from '../change-format.js';
import { nameOf, type Viewer } from '../context.js';
import { h, section, table, type Child } from '../dom.js';
import { attributesBlock, communitiesBlock, groupsBlock, keyPlayersBlock, ranksBlock, reachPlayersBlock, reportingLineBlock, rolesBlock } from './change-blocks.js';
import { block, names, type Blocks } from './change-parts.js';

export function changesSection(v: Viewer, onPerson: (i: number) => void, indexOf: ReadonlyMap<string, number>): HTMLElement | null {
  const c = v.data.compare;
  if (!c) return null;
  const k = v.t.compare;
  const side = (s: CompareSide) => `${s.file} (${s.periods ? `${s.periods.first} … ${s.periods.last}, ` : ''}${s.source === 'report' ? k.jsonReport : k.interactionsFile})`;
  const person = (id: string): Child => {
    const i = indexOf.get(id);
    if (i === undefined) return id;
    const button = h('button', { type: 'button', class: 'link' }, nameOf(v.data, i));
    button.addEventListener('click', () => onPerson(i));
    return button;
  };
  const b: Blocks = { v, c, person };
  const warnings = c.warnings.length ? h('div', { class: 'note compare-warnings' }, h('p', null, k.warnings), h('ul', { class: 'warnings' }, ...c.warnings.map((w) => h('li', null, w)))) : null;
  const blocks = [orgBlock(b), peopleBlock(b), activityBlock(b), tiesBlock(b), ranksBlock(b), groupsBlock(b), attributesBlock(b), reportingLineBlock(b), rolesBlock(b), communitiesBlock(b), keyPlayersBlock(b), reachPlayersBlock(b)];
  return section('changes', k.heading(c.before.file), k.intro(side(c.before), side(c.after)), warnings, h('div', { class: 'changes-grid' }, ...blocks));
}

function orgBlock({ v, c }: Blocks): HTMLElement {
  const { t, x } = v;
  const k = t.compare;
  // The organization's figures, then the reporting line's (`hierarchy.<field>`) when a side has one.
  const lookOf = (field: string) => {
    if (isOrgFigure(field)) return { words: t.workbook.figures[field], kind: ORG_FIGURE_KINDS[field] };
    const line = hierarchyFigure(field);
    return line === null ? null : { words: t.workbook.hierarchyFigures[line], kind: HIERARCHY_FIGURE_KINDS[line] };
  };
  const rows = Object.entries(c.org).flatMap(([field, change]) => {
    const look = lookOf(field);
    if (look === null || (change.before === null && change.after === null)) return [];
    const f = figureOf(x, t, figureKindOf(look.kind));
    const label = h('span', { title: look.words.meaning }, look.words.label);
    return [[label, f.value(change.before), f.value(change.after), h('span', { class: 'change' }, f.change(change.change))]];
  });
  return block('organization', k.organization, table([k.figure, k.before, k.now, k.change], rows, 'data compact changes-org'));
}

function peopleBlock({ v, c, person }: Blocks): HTMLElement {
  const { t, x } = v;
  const k = t.compare;
  const s = c.summary.people;
  const who = (p: PersonRef, clickable: boolean): Child => h('span', null, clickable ? person(p.id) : p.id, p.group === null ? '' : ` (${p.group})`);
  return block(
    'people',
    k.people,
    h('p', null, k.peopleLine(x.int(s.before), x.int(s.after), x.int(s.joined), x.int(s.left))),
    c.joined.total ? h('h4', null, k.joined) : null,
    c.joined.total ? names(v, c.joined.items.map((p) => who(p, true)), c.joined.total) : null,
    c.left.total ? h('h4', null, k.left) : null,
    c.left.total ? names(v, c.left.items.map((p) => who(p, false)), c.left.total) : null,
  );
}

function activityBlock({ v, c, person }: Blocks): HTMLElement | null {
  const { t, x } = v;
  const k = t.compare;
  const status = c.summary.status;
  const statuses = ['dormant', 'fading', 'growing', 'steady'] as const;
  if (statuses.every((s) => status[s].before === null && status[s].after === null)) return null;
  const f = figureOf(x, t, 'count');
  const rows = statuses.map((s) => [h('span', { class: 'status-name' }, t.activity.status[s]), f.value(status[s].before), f.value(status[s].after), f.change(status[s].change)]);
  const now = (['dormant', 'fading', 'growing'] as const).flatMap((s) => {
    const list = c.statusNow[s];
    if (list.total === 0) return [];
    const groups = list.byGroup.map((g) => `${g.group ?? t.map.noGroup} ${x.int(g.people)}`).join(', ');
    return [h('p', { class: 'status-now', 'data-status': s }, k.statusNow[s](x.int(list.total), groups)), names(v, list.items.map((p) => person(p.id)), list.total)];
  });
  return block('activity', k.activity, table([k.status, k.before, k.now, k.change], rows, 'data compact'), ...now);
}

function tiesBlock({ v, c }: Blocks): HTMLElement {
  const { t, x } = v;
  const k = t.compare;
  const s = c.summary.ties;
  if (!c.ties || s.gained === null || s.lost === null || s.kept === null) {
    const reports = [c.before, c.after].filter((side) => !side.hasTies).map((side) => side.file);
    return block('ties', k.ties, h('p', null, k.tiesCounts(x.int(s.before), x.int(s.after))), h('p', { class: 'note no-tie-changes' }, k.noTies(x.list(reports), reports.length > 1)));
  }
  const arrow = v.data.directed ? ' → ' : ' — ';
  const list = (heading: string, ties: NonNullable<CompareData['ties']>['gained']) =>
    ties.length === 0
      ? []
      : [
          h('h4', null, heading),
          table(
            [k.tie, k.fromGroup, k.toGroup, k.weight, k.rows],
            ties.map((tie) => [`${tie.source}${arrow}${tie.target}`, tie.sourceGroup ?? '—', tie.targetGroup ?? '—', x.num(tie.weight), x.int(tie.count)]),
            'data compact',
          ),
        ];
  return block(
    'ties',
    k.ties,
    h('p', null, k.tiesLine(x.int(s.before), x.int(s.after), x.int(s.gained), x.int(s.lost), x.int(s.kept))),
    ...list(k.heaviestGained, c.ties.gained),
    ...list(k.heaviestLost, c.ties.lost),
  );
}
