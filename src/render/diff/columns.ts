/**
 * The CSV tables of a diff (`--format csv --table people|groups|ties|findings|attributes`): one row
 * per person of either side, per group of either side, per tie gained or lost, per finding of
 * either side, or per value of a `--compare-by` column of either side. Nested figures are flattened with dots (`pagerank.rankBefore`), role lists joined
 * with `|`, as in the report's CSV. Rows are produced one at a time, so a big table is never held as one string.
 */
import { UsageError } from '../../core/base/errors.js';
import { ATTRIBUTE_GROUP_FIGURES } from '../../core/diff/attributes.js';
import type { AttributeChange, AttributeGroupChange, Change, DiffResult, FindingChange, GroupChange, PersonChange, RankChange, TieChange } from '../../core/model/diff.js';
import type { Cell, TableData } from '../columns.js';
import type { DiffTable } from './context.js';
import { RANKED_FIELDS, type RankedField } from '../../core/diff/people.js';

interface Column<T> {
  key: string;
  get: (row: T) => Cell;
}

const changeColumns = <T>(name: string, of: (row: T) => Change): Column<T>[] => [
  { key: `${name}.before`, get: (r) => of(r).before },
  { key: `${name}.after`, get: (r) => of(r).after },
  { key: `${name}.change`, get: (r) => of(r).change },
];

const rankColumns = (name: RankedField): Column<PersonChange>[] => {
  const of = (p: PersonChange): RankChange => p[name];
  return [
    ...changeColumns<PersonChange>(name, of),
    { key: `${name}.rankBefore`, get: (p) => of(p).rankBefore },
    { key: `${name}.rankAfter`, get: (p) => of(p).rankAfter },
    { key: `${name}.move`, get: (p) => of(p).move },
  ];
};

const list = (values: readonly string[]) => values.join('|');

const PERSON_CHANGE_COLUMNS: Column<PersonChange>[] = [
  { key: 'id', get: (p) => p.id },
  { key: 'presence', get: (p) => p.presence },
  { key: 'group.before', get: (p) => p.group.before },
  { key: 'group.after', get: (p) => p.group.after },
  ...RANKED_FIELDS.flatMap(rankColumns),
  { key: 'roles.before', get: (p) => list(p.roles.before) },
  { key: 'roles.after', get: (p) => list(p.roles.after) },
  { key: 'roles.gained', get: (p) => list(p.roles.gained) },
  { key: 'roles.lost', get: (p) => list(p.roles.lost) },
  { key: 'status.before', get: (p) => p.status.before },
  { key: 'status.after', get: (p) => p.status.after },
  ...changeColumns<PersonChange>('interactions', (p) => p.interactions),
  { key: 'community.before', get: (p) => p.community.before },
  { key: 'community.after', get: (p) => p.community.after },
  ...changeColumns<PersonChange>('coreNumber', (p) => p.coreNumber),
  { key: 'manager.before', get: (p) => p.manager.before },
  { key: 'manager.after', get: (p) => p.manager.after },
  ...changeColumns<PersonChange>('directReports', (p) => p.directReports),
  { key: 'managerTie.before', get: (p) => p.managerTie.before },
  { key: 'managerTie.after', get: (p) => p.managerTie.after },
];

const GROUP_FIGURES = ['size', 'internalTies', 'externalTies', 'eiIndex', 'density', 'reciprocity', 'activityRate', 'weight'] as const;

const GROUP_CHANGE_COLUMNS: Column<GroupChange>[] = [
  { key: 'group', get: (g) => g.group },
  { key: 'presence', get: (g) => g.presence },
  ...GROUP_FIGURES.flatMap((f) => changeColumns<GroupChange>(f, (g) => g[f])),
];

/** One row per value of a `--compare-by` column; the column's own E-I repeats on each of its rows. */
interface AttributeRow {
  attribute: string;
  column: AttributeChange;
  value: AttributeGroupChange;
}

const ATTRIBUTE_CHANGE_COLUMNS: Column<AttributeRow>[] = [
  { key: 'attribute', get: (r) => r.attribute },
  { key: 'group', get: (r) => r.value.group },
  { key: 'presence', get: (r) => r.value.presence },
  ...ATTRIBUTE_GROUP_FIGURES.flatMap((f) => changeColumns<AttributeRow>(f, (r) => r.value[f])),
  ...changeColumns<AttributeRow>('attribute.eiIndex', (r) => r.column.eiIndex),
  ...changeColumns<AttributeRow>('attribute.eiPValue', (r) => r.column.eiPValue),
];

function* attributeRows(diff: DiffResult): Generator<AttributeRow> {
  for (const [attribute, column] of Object.entries(diff.attributes)) for (const value of column.groups) yield { attribute, column, value };
}

const TIE_CHANGE_COLUMNS: Column<TieChange>[] = (['change', 'source', 'target', 'sourceGroup', 'targetGroup', 'weight', 'count'] as const).map(
  (key) => ({ key, get: (t: TieChange) => t[key] }),
);

/** A finding's subject in one cell: the group, the community number, or the people's ids joined with `|`. */
function subjectCell(f: FindingChange): Cell {
  switch (f.subject.type) {
    case 'organization': return null;
    case 'group': return f.subject.group;
    case 'community': return f.subject.community;
    case 'people': return list(f.subject.ids);
  }
}

const FINDING_CHANGE_COLUMNS: Column<FindingChange>[] = [
  { key: 'kind', get: (f) => f.kind },
  { key: 'presence', get: (f) => f.presence },
  { key: 'subject.type', get: (f) => f.subject.type },
  { key: 'subject', get: subjectCell },
  { key: 'severity.before', get: (f) => f.severity.before },
  { key: 'severity.after', get: (f) => f.severity.after },
];

function* cells<T>(columns: Column<T>[], rows: readonly T[]): Generator<Cell[]> {
  for (const row of rows) yield columns.map((c) => c.get(row));
}

function data<T>(columns: Column<T>[], rows: readonly T[]): TableData {
  return { columns: columns.map((c) => c.key), rows: cells(columns, rows) };
}

export function diffTableData(diff: DiffResult, table: DiffTable): TableData {
  switch (table) {
    case 'people':
      return data(PERSON_CHANGE_COLUMNS, diff.people);
    case 'groups':
      return data(GROUP_CHANGE_COLUMNS, diff.groups);
    case 'findings':
      return data(FINDING_CHANGE_COLUMNS, diff.findings);
    case 'attributes':
      return data(ATTRIBUTE_CHANGE_COLUMNS, [...attributeRows(diff)]);
    case 'ties':
      // The command refuses --table ties before any work when a side has no ties.
      if (diff.ties === null) throw new UsageError(diff.meta.ties.reason ?? 'tie changes are not available');
      return data(TIE_CHANGE_COLUMNS, diff.ties);
  }
}
