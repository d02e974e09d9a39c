/**
 * The people table from the people file's rows, once the interaction ids are known (docs/input.md#people-optional---people-file).
 *
 * The id column: `--id-col`, else among the columns an id alias names (`id, person, name, email,
 * employee, employee_id, persona, nombre, correo, empleado`) the one whose values hold the most
 * distinct interaction ids, ties to the earlier alias. So an HR export `name,email,department`
 * whose interactions name people by e-mail address is matched on `email`. When no column holds
 * half of the interaction ids exactly but one does once case and surrounding spaces are ignored
 * (`Ana.Garcia@acme.com` against `ana.garcia@acme.com`), its people take the interactions'
 * spelling, and a warning gives the count. When even that leaves fewer than half matched, the run
 * stops with one line naming both files, the best column, its share and a few ids of each file,
 * unless `--allow-unmatched` says to go on (a warning then says how few matched).
 *
 * The display name (`label`): `--label-col`, else the first column named `name, display_name,
 * full_name, nombre` that is neither the id nor the group column; an empty cell is no label.
 * Labels name people, so with --pseudonymize they are left out unless `--keep-attributes` names
 * their column (privacy/attributes.ts). Every other named column is an attribute.
 */
import { InputError } from '../../base/errors.js';
import type { Problem } from '../../model/ingest.js';
import { KEEP_EVERY_ATTRIBUTE, keepsLabel, keptAttributes, type AttributeRule } from '../privacy/attributes.js';
import { PLAIN_IDS } from '../privacy/pseudonyms.js';
import type { IdMask } from '../../model/ingest.js';
import { LABEL_ALIASES } from './columns.js';
import { normalizeName } from '../../base/column-name.js';
import { ProblemLog } from './problems.js';
import { quoteId } from '../privacy/quote.js';
import type { PeopleRows, PeopleTable } from '../../model/ingest.js';
import type { IdMatch } from '../../model/report.js';

export interface ChooseOptions {
  /** The distinct ids of the interactions; null or absent when there are none to match. */
  interactionIds?: readonly string[] | null | undefined;
  /** How messages name the interactions file. */
  interactionsFile?: string | undefined;
  /** `--allow-unmatched`: go on when fewer than half of the interaction ids are in the people file. */
  allowUnmatched?: boolean | undefined;
  remove: string[];
  /** Which attribute columns are kept (default: all). */
  attributes?: AttributeRule | undefined;
  /** How messages name a person (default: by id). */
  ids?: IdMask | undefined;
  /** Every bad row (empty or repeated id) handed over instead of stopping the run (validate). */
  onProblem?: ((problem: Problem) => void) | undefined;
}

/** How many example ids of each file the message shows when too few match. */
const EXAMPLES = 3;

export function choosePeople(rows: PeopleRows, o: ChooseOptions): PeopleTable {
  const { file, header } = rows;
  const warnings: string[] = [];
  const choice = chooseIdColumn(rows, o, warnings);
  const idIndex = choice.index;
  const groupIndex = rows.groupIndex;
  const managerIndex = rows.managerIndex === idIndex ? -1 : rows.managerIndex;
  const labelIndex = rows.labelIndex >= 0 ? rows.labelIndex : defaultLabel(header, [idIndex, groupIndex, managerIndex]);
  const rule = o.attributes ?? KEEP_EVERY_ATTRIBUTE;
  // The manager column holds people's ids: no attribute, it is read (and pseudonymized) as ids are.
  const candidates = attributeIndexes(header, [idIndex, groupIndex, labelIndex, managerIndex]);
  const columns = candidates.map((i) => header[i] ?? '');
  const labelColumn = labelIndex < 0 ? null : (header[labelIndex] ?? null);
  const roles = { file, ids: o.ids ?? PLAIN_IDS, header, idColumn: header[idIndex] ?? '', groupColumn: groupIndex < 0 ? null : (header[groupIndex] ?? null), labelColumn, attributes: columns };
  const kept = keptAttributes(rule, roles);
  const keepLabel = labelColumn !== null && keepsLabel(rule, labelColumn);
  const table: PeopleTable = {
    file,
    encoding: rows.encoding,
    encodingDetected: rows.encodingDetected,
    idColumn: roles.idColumn,
    labelColumn: keepLabel ? labelColumn : null,
    groupColumn: roles.groupColumn,
    attributeColumns: columns.filter((_, k) => kept[k]),
    managerColumn: managerIndex < 0 ? null : (header[managerIndex] ?? null),
    droppedAttributes: [...(labelColumn !== null && !keepLabel ? [labelColumn] : []), ...columns.filter((_, k) => !kept[k])],
    ids: [],
    labels: [],
    groups: [],
    managers: [],
    attributes: [],
    removedFound: [],
    match: choice.match,
    warnings,
  };
  const attributeIndexesKept = candidates.filter((_, k) => kept[k]);
  addRows(table, rows, o, { id: idIndex, group: groupIndex, label: keepLabel ? labelIndex : -1, manager: managerIndex, attributes: attributeIndexesKept }, choice.spelling);
  return table;
}

interface Indexes {
  id: number;
  group: number;
  /** -1: no labels. */
  label: number;
  /** -1: no manager column. */
  manager: number;
  attributes: number[];
}

/**
 * The rows whose id, in `column` (respelt by `spelling`), is empty or repeated: each a problem,
 * unless an earlier check (`rows.checked`) reported it already.
 */
export function checkIds(rows: PeopleRows, column: number, spelling: ((id: string) => string) | null, problems: ProblemLog, ids: IdMask = PLAIN_IDS): Set<number> {
  const bad = new Set<number>();
  const firstLine = new Map<string, number>();
  rows.cells.forEach((cells, k) => {
    const line = rows.lines[k]!;
    const written = cells[column] ?? '';
    const id = spelling === null ? written : spelling(written);
    const seen = firstLine.get(id);
    const problem = id === '' ? 'missing id' : seen !== undefined ? `duplicate id ${quoteId(id, ids)} (first on line ${seen})` : null;
    if (problem === null) return void firstLine.set(id, line);
    bad.add(k);
    if (!rows.checked?.has(k)) problems.add(line, problem, undefined);
  });
  return bad;
}

/** Each row into the table; rows with an empty or repeated id are problems, `--remove`d people are left out. */
function addRows(table: PeopleTable, rows: PeopleRows, o: ChooseOptions, at: Indexes, spelling: ((id: string) => string) | null): void {
  const problems = new ProblemLog(rows.file, false, undefined, o.onProblem);
  const bad = checkIds(rows, at.id, spelling, problems, o.ids);
  problems.throwIfStrict();
  const removed = new Set(o.remove);
  rows.cells.forEach((cells, k) => {
    if (bad.has(k)) return;
    const written = cells[at.id] ?? '';
    const id = spelling === null ? written : spelling(written);
    if (removed.has(id)) {
      table.removedFound.push(id);
      return;
    }
    table.ids.push(id);
    table.labels.push(at.label < 0 ? null : cells[at.label] || null);
    table.groups.push(at.group < 0 ? null : cells[at.group] || null);
    const manager = at.manager < 0 ? '' : (cells[at.manager] ?? '');
    table.managers.push(manager === '' ? null : spelling === null ? manager : spelling(manager));
    // Made from entries, not assigned key by key: a column named `__proto__` is then a value of its own.
    const attributes: Record<string, string> = Object.fromEntries(at.attributes.map((column, j) => [table.attributeColumns[j] ?? '', cells[column] ?? '']));
    table.attributes.push(attributes);
  });
}

interface IdChoice {
  index: number;
  match: IdMatch | null;
  /** A people-file id → the interactions' spelling of it, when ids matched only ignoring case. */
  spelling: ((id: string) => string) | null;
}

const folded = (id: string) => id.trim().toLowerCase();

function chooseIdColumn(rows: PeopleRows, o: ChooseOptions, warnings: string[]): IdChoice {
  const candidates = rows.idCandidates;
  const interactionIds = o.interactionIds ?? [];
  if (interactionIds.length === 0) return { index: candidates[0]!, match: null, spelling: null };
  const exact = new Set(interactionIds);
  const counts = candidates.map((c) => distinctMatches(rows.cells, c, (v) => (exact.has(v) ? v : null)));
  const best = bestOf(counts);
  const n = interactionIds.length;
  const columnOf = (k: number) => rows.header[candidates[k]!] ?? '';
  const match = (k: number, matched: number, ignoringCase: boolean): IdMatch => ({
    interactionIds: n,
    matched,
    ignoringCase,
    candidates: candidates.map((_, j) => ({ column: columnOf(j), matched: counts[j]! })),
  });
  if (2 * counts[best]! >= n) return { index: candidates[best]!, match: match(best, counts[best]!, false), spelling: null };

  // Case and surrounding spaces ignored: each folded id stands for the interactions' first spelling of it.
  const spellings = new Map<string, string>();
  for (const id of interactionIds) if (!spellings.has(folded(id))) spellings.set(folded(id), id);
  const foldedCounts = candidates.map((c) => distinctMatches(rows.cells, c, (v) => (spellings.has(folded(v)) ? folded(v) : null)));
  const bestFolded = bestOf(foldedCounts);
  const people = rows.file;
  const interactions = o.interactionsFile ?? 'the interactions';
  if (2 * foldedCounts[bestFolded]! >= n) {
    const m = foldedCounts[bestFolded]!;
    warnings.push(
      `${people}: ${m} of ${n} ids of ${interactions} match column ${JSON.stringify(columnOf(bestFolded))} only when case and surrounding spaces are ignored; matched that way`,
    );
    return { index: candidates[bestFolded]!, match: match(bestFolded, m, true), spelling: (id) => spellings.get(folded(id)) ?? id };
  }
  const share = `${Math.round((100 * counts[best]!) / n)}%`;
  const found = `only ${counts[best]} of ${n} ids of ${interactions} (${share}) are in ${people}'s best id column ${JSON.stringify(columnOf(best))}`;
  if (o.allowUnmatched === true) {
    warnings.push(`${people}: ${found}; going on (--allow-unmatched): the people not matched are isolates`);
    return { index: candidates[best]!, match: match(best, counts[best]!, false), spelling: null };
  }
  const ids = o.ids ?? PLAIN_IDS;
  const quote = (list: string[]) => list.map((id) => quoteId(id, ids)).join(', ');
  const theirs = interactionIds.slice(0, EXAMPLES);
  const ours = examplesOf(rows.cells, candidates[best]!);
  throw new InputError(
    people,
    `${found}; ${interactions} names people like ${quote(theirs)}, ${people} like ${quote(ours)}: ` +
      `give --id-col with the column that holds those ids, or --allow-unmatched to go on`,
  );
}

/** Distinct keys of a column's values (`key` null: no match). */
function distinctMatches(cells: readonly string[][], column: number, key: (value: string) => string | null): number {
  const seen = new Set<string>();
  for (const row of cells) {
    const k = key(row[column] ?? '');
    if (k !== null) seen.add(k);
  }
  return seen.size;
}

/** The index of the highest count; the first among equals (alias order). */
function bestOf(counts: readonly number[]): number {
  let best = 0;
  counts.forEach((c, k) => {
    if (c > counts[best]!) best = k;
  });
  return best;
}

function examplesOf(cells: readonly string[][], column: number): string[] {
  const out: string[] = [];
  for (const row of cells) {
    const v = row[column] ?? '';
    if (v !== '' && !out.includes(v)) out.push(v);
    if (out.length === EXAMPLES) break;
  }
  return out;
}

/** The first column a label alias names, in alias order, that no other role took; -1 when none. */
function defaultLabel(header: readonly string[], taken: readonly number[]): number {
  const names = header.map(normalizeName);
  for (const alias of LABEL_ALIASES) {
    const i = names.findIndex((name, k) => name === normalizeName(alias) && !taken.includes(k));
    if (i >= 0) return i;
  }
  return -1;
}

/** Named columns other than the taken ones, first occurrence of a repeated name only. */
function attributeIndexes(names: readonly string[], taken: readonly number[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  names.forEach((name, i) => {
    if (taken.includes(i) || name === '' || seen.has(name)) return;
    seen.add(name);
    out.push(i);
  });
  return out;
}
