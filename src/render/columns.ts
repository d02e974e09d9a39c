/**
 * One column list per entity, shared by every tabular format (CSV today; Markdown and
 * HTML later), so a field is named and flattened the same way everywhere (docs/outputs.md:
 * nested fields with dots, arrays joined with `|`).
 */
import type { GraphIndex } from '../core/graph/csr.js';
import type { AttributeGroupRow, CommunityRow, GroupRow, MixingCell, PeriodRow, PersonRow, Report, TieRow, WindowRow } from '../core/model/report.js';
import type { TableName } from './context.js';
import { timeText } from '../core/base/iso-time.js';
import type { Clock } from '../core/analysis/activity/periods.js';

export type Cell = string | number | boolean | null;

export interface Column<T> {
  key: string;
  get: (row: T) => Cell;
}

/** A table's header and its rows, produced one at a time so a big table is never held whole. */
export interface TableData {
  columns: string[];
  rows: Iterable<Cell[]>;
}

const list = (values: readonly string[]): string => values.join('|');

const field = <T, K extends keyof T>(key: K & string): Column<T> => ({ key, get: (row) => row[key] as Cell });

const BROKERAGE_KEYS = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const;
const LINE_KEYS = ['manager', 'directReports', 'managerTie'] as const;
const ACTIVITY_KEYS = ['interactions', 'activePeriods', 'activityRate', 'firstSeen', 'lastSeen', 'trend', 'status'] as const;

/**
 * `reportingLine`: the report has one (org `hierarchy`), so each person's manager, direct reports
 * and tie with the manager are columns — after the roles, before activity; without one they are
 * left out, as the attribute columns are without a people file.
 */
export function personColumns(attributes: string[], reportingLine: boolean): Column<PersonRow>[] {
  const numeric = [
    'inDegree', 'outDegree', 'inStrength', 'outStrength', 'degreeCentrality', 'betweenness', 'closeness',
    'pagerank', 'sourcePagerank', 'coreNumber', 'reciprocity', 'giveTakeRatio', 'constraint', 'effectiveSize', 'externalShare',
  ] as const;
  return [
    field<PersonRow, 'id'>('id'),
    { key: 'label', get: (p: PersonRow) => p.label ?? null },
    field<PersonRow, 'group'>('group'),
    ...numeric.map((k) => field<PersonRow, typeof k>(k)),
    ...BROKERAGE_KEYS.map((k) => ({ key: `brokerage.${k}`, get: (p: PersonRow) => p.brokerage?.[k] ?? null })),
    field<PersonRow, 'cutPoint'>('cutPoint'),
    field<PersonRow, 'dependents'>('dependents'),
    field<PersonRow, 'community'>('community'),
    { key: 'roles', get: (p: PersonRow) => list(p.roles) },
    ...(reportingLine ? LINE_KEYS.map((k) => ({ key: k, get: (p: PersonRow) => p[k] ?? null })) : []),
    ...ACTIVITY_KEYS.map((k) => ({ key: `activity.${k}`, get: (p: PersonRow) => p.activity[k] })),
    ...attributes.map((a) => ({ key: `attributes.${a}`, get: (p: PersonRow) => p.attributes[a] ?? null })),
  ];
}

const groupColumns: Column<GroupRow>[] = [
  field('group'), field('size'), field('internalTies'), field('externalTies'), field('eiIndex'), field('eiPValue'),
  field('internalShare'), field('density'), field('reciprocity'), field('activityRate'),
  { key: 'connectors', get: (g) => list(g.connectors) },
];

function communityColumns(groups: string[]): Column<CommunityRow>[] {
  return [
    field('id'), field('size'), field('dominantGroup'), field('dominantShare'),
    ...groups.map((g) => ({ key: `groups.${g}`, get: (c: CommunityRow) => c.groups[g] ?? 0 })),
  ];
}

const activityColumns: Column<PeriodRow>[] = [
  field('period'), field('start'), field('coverage'), field('interactions'), field('activePeople'), field('newTies'), field('reciprocity'),
];

const mixingColumns: Column<MixingCell>[] = [field('from'), field('to'), field('ties'), field('weight')];

/**
 * The windows table: a row for the organization in each window (group empty) and one for each
 * group in it, the figures side by side — one row per window and subject, so a spreadsheet
 * filters a subject and charts its columns, and DuckDB selects `WHERE "group" IS NULL` for the
 * organization. A figure the subject does not have (a group's modularity) is empty; a group's
 * `people` is its active members.
 */
const WINDOW_COLUMNS = [
  'start', 'end', 'coverage', 'group', 'people', 'ties', 'density', 'reciprocity', 'dyadReciprocity', 'eiIndex',
  'internalShare', 'modularity', 'transitivity', 'distanceFragmentation',
] as const;

function* windowRows(windows: readonly WindowRow[]): Generator<Cell[]> {
  for (const w of windows) {
    const o = w.org;
    yield [w.start, w.end, w.coverage, null, o.people, o.ties, o.density, o.reciprocity, o.dyadReciprocity, o.eiIndex, null, o.modularity, o.transitivity, o.distanceFragmentation];
    for (const g of w.groups) {
      yield [w.start, w.end, w.coverage, g.group, g.activePeople, null, null, g.reciprocity, null, g.eiIndex, g.internalShare, null, null, null];
    }
  }
}

/** A row of the `attributes` table: one value (or quartile) of one `--compare-by` column. */
export type AttributeRow = { attribute: string } & AttributeGroupRow;

/** Every `--compare-by` column's groups, column by column in the report's order (none in a report of an earlier version). */
export function attributeRows(report: Report): AttributeRow[] {
  return Object.entries(report.attributes ?? {}).flatMap(([attribute, a]) => a.groups.map((g) => ({ attribute, ...g })));
}

const attributeColumns: Column<AttributeRow>[] = [
  field('attribute'), field('group'), field('size'), field('internalTies'), field('externalTies'), field('eiIndex'), field('eiPValue'),
  field('internalShare'), field('density'), field('reciprocity'),
];

function* cellsOf<T>(columns: Column<T>[], items: readonly T[]): Generator<Cell[]> {
  for (const item of items) yield columns.map((c) => c.get(item));
}

function rowsOf<T>(columns: Column<T>[], items: readonly T[]): TableData {
  return { columns: columns.map((c) => c.key), rows: cellsOf(columns, items) };
}


export const TIE_COLUMNS = ['source', 'target', 'weight', 'count', 'first', 'last'] as const;

/** A row of the `ties` table: the tie's attributes, times as ISO-8601 (null without timestamps); a `--with-ties` report's ties. */
export type TieRecord = TieRow;

/**
 * The ties in graph order (source, then target), one `make(source, target, position in out)`
 * each. Undirected data holds each tie both ways; it is listed once, from the end with the
 * smaller id.
 */
function* eachTie<T>(index: GraphIndex, make: (source: number, target: number, p: number) => T): Generator<T> {
  const { out, undirected } = index;
  for (let i = 0; i < index.n; i++) {
    for (let p = out.offsets[i]!; p < out.offsets[i + 1]!; p++) {
      if (undirected && out.index[p]! < i) continue;
      yield make(i, out.index[p]!, p);
    }
  }
}

/** One record per tie, as the ties table lists them; a relative clock's times as durations. */
export function tieRecords(index: GraphIndex, clock: Clock = 'calendar'): Generator<TieRecord> {
  const { ids, out, tieRows: rows, tieFirst, tieLast } = index;
  const time = (ms: number) => (Number.isNaN(ms) ? null : timeText(ms, clock));
  return eachTie(index, (i, j, p) => ({ source: ids[i]!, target: ids[j]!, weight: out.weight[p]!, count: rows[p]!, first: time(tieFirst[p]!), last: time(tieLast[p]!) }));
}

function* tieRows(index: GraphIndex, clock: Clock): Generator<Cell[]> {
  for (const tie of tieRecords(index, clock)) yield TIE_COLUMNS.map((c) => tie[c]);
}

function tiesTable(index: GraphIndex, clock: Clock): TableData {
  return { columns: [...TIE_COLUMNS], rows: tieRows(index, clock) };
}

export function tableData(report: Report, index: GraphIndex, table: TableName): TableData {
  switch (table) {
    case 'people':
      return rowsOf(personColumns(report.meta.people?.attributes ?? [], report.org.hierarchy != null), report.people);
    case 'groups':
      return rowsOf(groupColumns, report.groups);
    case 'communities':
      return rowsOf(communityColumns(report.groups.map((g) => g.group)), report.communities);
    case 'activity':
      return rowsOf(activityColumns, report.activity.series);
    case 'mixing':
      return rowsOf(mixingColumns, report.mixing);
    case 'attributes':
      return rowsOf(attributeColumns, attributeRows(report));
    case 'ties':
      return tiesTable(index, report.meta.input.clock ?? 'calendar');
    case 'windows':
      return { columns: [...WINDOW_COLUMNS], rows: windowRows(report.windows ?? []) };
  }
}
