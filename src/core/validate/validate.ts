/**
 * `orgnet validate` (docs/options.md): reads the input files with the readers `analyze` uses — the same
 * options, the same rules, the same messages — and says what they hold and what is wrong,
 * computing no metric.
 *
 * The readers run collecting (ingest/layouts/problems.ts): every bad row is handed over instead of
 * stopping the run, so all of them are counted and the rest of the file is still described.
 * An error that stops a reader (no such file, another encoding, a missing column, a record past
 * --max-field-size) is one problem of that file, whose sections are then null; the other file is
 * still read. An observer beside each reader counts records and finds repeated rows.
 *
 * What is an error (the files are invalid, exit 2) — what would make `orgnet analyze` with the
 * same options refuse them: a file that cannot be read, and bad rows (a bad row in the people
 * file always; in the interactions file unless `--lenient`, where it is a warning: analyze would
 * skip it). Everything else is a fact: self-loops, filtered rows, repeated rows, ids the people
 * file lacks, people without interactions. `--strict` makes the last three errors too, and bad
 * rows errors even with `--lenient`: for a CI job that wants the two files to agree exactly.
 */
import { InputError } from '../base/errors.js';
import type { Problem } from '../model/ingest.js';
import type { Input } from '../ingest/csv/csv-reader.js';
import { readEvents } from '../ingest/layouts/events.js';
import { readInteractions } from '../ingest/layouts/interactions.js';
import { readPeopleRows } from '../ingest/layouts/people.js';
import { choosePeople } from '../ingest/layouts/people-match.js';
import type { HierarchyTable, Interactions, PeopleRows, PeopleTable, ReadHooks } from '../model/ingest.js';
import { readWideSurvey } from '../ingest/layouts/wide.js';
import { tooManyPeriods } from '../analysis/activity/series.js';
import { weightOverflow } from '../ingest/csv/weight.js';
import { checkInputModes } from '../ingest/layouts/input-modes.js';
import type { AnalyzeOptions } from '../model/options.js';
import { attributeRuleOf, idMaskOf, pseudonymizeHierarchy, pseudonymizeInputs } from '../ingest/privacy/inputs.js';
import { readHierarchy } from '../ingest/layouts/hierarchy.js';
import { hierarchyCheck } from './hierarchy.js';
import type { Pseudonyms } from '../ingest/privacy/pseudonyms.js';
import type { IdMask } from '../model/ingest.js';
import { hierarchyColumns, interactionColumns, peopleColumns, plainColumns } from './columns.js';
import { crossCheck, networkCheck, timeCheck } from './network.js';
import { FileObserver } from './observer.js';
import { ProblemList } from './problem-list.js';
import { markOrderedPairs } from '../ingest/layouts/direction.js';
import { WINDOWS_NEED_TIME } from '../analysis/windows/layout.js';
import type { CrossCheck, FileCheck, InputLayout, InteractionsCheck, PeopleCheck, Validation } from '../model/validation.js';

export interface ValidateSource {
  /** How messages name the file (`<stdin>` for standard input). */
  file: string;
  format: 'csv' | 'parquet';
  /** Opens the file; an InputError (no such file, a directory) is a problem of the file. */
  open: () => Input;
}

export interface ValidateSettings {
  version: string;
  strict: boolean;
  /** Problems listed per file, and ids and repeated rows listed per list. */
  limit: number;
  /** With `options.pseudonymize`: every id listed or named in a message is shown as its pseudonym. */
  pseudonyms?: Pseudonyms | null | undefined;
}

export const DEFAULT_LIMIT = 20;

interface Read<T> {
  result: T | null;
  problems: ProblemList;
  observer: FileObserver;
  /** Bad rows handed over by the reader. */
  badRows: number;
  /** With --pseudonymize, a header that was not understood shows its names by their pseudonyms. */
  ids: IdMask;
}

export async function validateInputs(
  sources: { interactions: ValidateSource; people: ValidateSource | null; hierarchy?: ValidateSource | null },
  options: AnalyzeOptions,
  settings: ValidateSettings,
): Promise<Validation> {
  checkInputModes(options);
  const ids = idMaskOf(options, settings.pseudonyms);
  const rows = sources.people ? await readPeopleFile(sources.people, options, settings, ids) : null;
  const interactions = await readInteractionsFile(sources.interactions, options, settings, ids);
  // As analyze does: the people file's id column is chosen by the interaction ids it holds.
  const people = rows ? matchPeople(rows, interactions.result, options, ids) : null;
  const hierarchySource = sources.hierarchy ?? null;
  const hierarchy = hierarchySource ? await readHierarchyFile(hierarchySource, options, settings, ids) : null;
  // As analyze does: the id tables become pseudonyms before anything lists, sorts or counts them.
  pseudonymizeInputs(ids, people?.result ?? null, interactions.result);
  pseudonymizeHierarchy(ids, hierarchy?.result ?? null);
  const cross = people?.result && interactions.result ? crossCheck(interactions.result, people.result, settings.limit) : null;
  if (cross && settings.strict) strictCrossProblems(cross, interactions.problems, people!.problems);
  const line = hierarchyCheck(
    { table: hierarchy?.result ?? null, given: hierarchy !== null, records: hierarchy?.observer.records ?? 0, badRows: hierarchy?.badRows ?? 0 },
    people?.result ?? null,
    interactions.result,
    { ids, remove: options.remove, limit: settings.limit, problems: hierarchy?.problems ?? people?.problems ?? interactions.problems },
  );

  const lists = [interactions.problems, ...(people ? [people.problems] : []), ...(hierarchy ? [hierarchy.problems] : [])];
  const errors = lists.reduce((sum, l) => sum + l.errors, 0);
  return {
    schemaVersion: 1,
    kind: 'validation',
    tool: { name: 'orgnet', version: settings.version },
    valid: errors === 0,
    strict: settings.strict,
    lenient: options.lenient,
    errors,
    warnings: lists.reduce((sum, l) => sum + l.warnings, 0),
    problems: lists.flatMap((l) => l.listed),
    problemsNotListed: lists.reduce((sum, l) => sum + l.notListed, 0),
    interactions: interactionsCheck(sources.interactions, interactions, options, people?.result ?? null),
    people: people ? peopleCheck(sources.people!, people, options, hierarchy === null) : null,
    crossCheck: cross,
    hierarchy: line === null ? null : { file: hierarchy ? hierarchyFileCheck(hierarchySource!, hierarchy) : null, ...line },
    notes: notes(interactions.result, people?.result ?? null, options, ids),
  };
}

/** Runs a reader; an InputError that stops it becomes a problem of its file, anything else is a bug. */
async function attempt<T>(problems: ProblemList, read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.addInputError(error);
    return null;
  }
}

async function readInteractionsFile(source: ValidateSource, options: AnalyzeOptions, settings: ValidateSettings, ids: IdMask): Promise<Read<Interactions>> {
  const problems = new ProblemList(source.file, settings.limit);
  const badRow = options.lenient && !settings.strict ? 'warning' : 'error';
  const onRepeat = settings.strict ? ({ line, firstLine }: { line: number; firstLine: number }) => problems.add(line, `the same row as line ${firstLine}`) : undefined;
  const observer = new FileObserver(true, settings.limit, onRepeat);
  const read: Read<Interactions> = { result: null, problems, observer, badRows: 0, ids };
  const onProblem = (p: Problem) => {
    read.badRows++;
    problems.add(p.line, p.message, badRow);
  };
  const hooks: ReadHooks = { observer, onProblem, ids };
  read.result = await attempt(problems, () => {
    const input = source.open();
    if (options.wide) return readWideSurvey(input, source.file, options, hooks);
    if (options.events) return readEvents(input, source.file, options, hooks);
    return readInteractions(input, source.file, options, hooks);
  });
  if (read.result) markOrderedPairs(read.result);
  if (read.result && options.windows !== null && !read.result.hasTime) problems.add(null, WINDOWS_NEED_TIME);
  // analyze refuses weights that overflow and more periods than it lays out; so does validate,
  // which promises that analyze takes the file.
  const overflow = read.result ? weightOverflow(read.result.ties.weight) : null;
  if (overflow !== null) problems.add(null, overflow);
  const timestamp = read.result?.meta.columns.timestamp ?? null;
  if (read.result && timestamp !== null) {
    const tooMany = tooManyPeriods(options.period, timeCheck(read.result, timestamp, options.period, options).periods);
    if (tooMany !== null) problems.add(null, tooMany);
  }
  return read;
}

async function readPeopleFile(source: ValidateSource, options: AnalyzeOptions, settings: ValidateSettings, ids: IdMask): Promise<Read<PeopleRows>> {
  const problems = new ProblemList(source.file, settings.limit);
  const observer = new FileObserver(false, settings.limit);
  // As analyze reads it: --delimiter is the interactions file's; the people file's is detected.
  const { groupBy, idCol, labelCol, managerCol, peopleEncoding, maxFieldSize } = options;
  const read: Read<PeopleRows> = { result: null, problems, observer, badRows: 0, ids };
  const onProblem = peopleProblem(read);
  read.result = await attempt(problems, () =>
    readPeopleRows(source.open(), source.file, { groupBy, idCol, labelCol, managerCol, encoding: peopleEncoding, maxFieldSize, observer, onProblem, ids }),
  );
  return read;
}

/** The `--hierarchy` file, read as analyze reads it; a bad row stops analyze even with --lenient: an error. */
async function readHierarchyFile(source: ValidateSource, options: AnalyzeOptions, settings: ValidateSettings, ids: IdMask): Promise<Read<HierarchyTable>> {
  const problems = new ProblemList(source.file, settings.limit);
  const observer = new FileObserver(false, settings.limit);
  const read: Read<HierarchyTable> = { result: null, problems, observer, badRows: 0, ids };
  const onProblem = peopleProblem(read);
  read.result = await attempt(problems, () => readHierarchy(source.open(), source.file, { ids, maxFieldSize: options.maxFieldSize, observer, onProblem }));
  return read;
}

function hierarchyFileCheck(source: ValidateSource, read: Read<HierarchyTable>): FileCheck {
  const t = read.result;
  const base = fileCheck(source, read, false, t?.encoding ?? null, t?.encodingDetected ?? false);
  return t === null || read.observer.names === null ? base : { ...base, columns: hierarchyColumns(read.observer.names, t, read.ids) };
}

/** A bad row of the people file stops analyze even with --lenient: always an error. */
function peopleProblem(read: Read<unknown>): (p: Problem) => void {
  return (p) => {
    read.badRows++;
    read.problems.add(p.line, p.message);
  };
}

/** The people table from the rows read, its id column chosen as analyze chooses it; a refusal is a problem of the file. */
function matchPeople(rows: Read<PeopleRows>, interactions: Interactions | null, options: AnalyzeOptions, ids: IdMask): Read<PeopleTable> {
  const read: Read<PeopleTable> = { result: null, problems: rows.problems, observer: rows.observer, badRows: rows.badRows, ids };
  if (rows.result === null) return read;
  const table = rows.result;
  try {
    read.result = choosePeople(table, {
      interactionIds: interactions?.ids ?? null,
      interactionsFile: interactions?.meta.file,
      allowUnmatched: options.allowUnmatched,
      remove: options.remove,
      attributes: attributeRuleOf(options),
      ids,
      onProblem: peopleProblem(read),
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    read.problems.addInputError(error);
  }
  return read;
}

/** `--strict`: each id only one file knows is an error of the file that names it. */
function strictCrossProblems(cross: CrossCheck, interactions: ProblemList, people: ProblemList): void {
  const count = (list: ProblemList, n: number, shown: string[], message: (id: string) => string) => {
    for (const id of shown) list.add(null, message(id));
    // The ids past the listed ones are counted, not held: the id lists are bounded by --limit too.
    list.addUnlisted(n - shown.length);
  };
  count(interactions, cross.unknownIds.count, cross.unknownIds.first, (id) => `id ${JSON.stringify(id)} is not in ${people.file}`);
  count(people, cross.withoutInteractions.count, cross.withoutInteractions.first, (id) => `${JSON.stringify(id)} appears in no row of ${interactions.file}`);
}

function fileCheck(source: ValidateSource, read: Read<unknown>, delimiterGiven: boolean, encoding: FileCheck['encoding'], detected = false): FileCheck {
  const parquet = source.format === 'parquet';
  return {
    file: source.file,
    format: source.format,
    complete: read.result !== null,
    problems: read.problems.count,
    encoding: parquet ? null : encoding,
    encodingDetected: !parquet && detected,
    delimiter: parquet ? null : read.observer.delimiter,
    delimiterGiven: !parquet && delimiterGiven,
    columns: plainColumns(read.observer.names, read.ids),
  };
}

function layoutOf(options: AnalyzeOptions): InputLayout {
  if (options.wide) return 'wide';
  if (options.events) return 'events';
  return options.splitTargets === null ? 'interactions' : 'split-targets';
}

function interactionsCheck(source: ValidateSource, read: Read<Interactions>, options: AnalyzeOptions, people: PeopleTable | null): InteractionsCheck {
  const r = read.result;
  const base = fileCheck(source, read, options.delimiter !== undefined, r?.meta.encoding ?? null);
  const layout = layoutOf(options);
  const undirected = options.undirected || options.events;
  const empty = { layout, undirected, rows: null, duplicates: null, network: null, time: null, unusedColumns: null, relations: null, events: null, deliveries: null };
  if (r === null) return { ...base, ...empty };
  const m = r.meta;
  const rowSet = read.observer.rows!;
  const split = m.deliveries !== null && m.broadcasts !== null && m.selfDeliveries !== null;
  return {
    ...base,
    columns: read.observer.names === null ? null : interactionColumns(read.observer.names, m, options, read.ids),
    layout,
    undirected,
    rows: { records: read.observer.records, read: m.rowsRead, used: m.rowsUsed, bad: m.skippedRows, selfLoops: m.selfLoops, filtered: m.filteredRows },
    duplicates: { rows: rowSet.duplicates, distinct: rowSet.distinct, complete: rowSet.complete, examples: read.observer.examples },
    network: networkCheck(r, people, options.minTieWeight),
    time: m.columns.timestamp === null ? null : timeCheck(r, m.columns.timestamp, options.period, options),
    unusedColumns: m.unusedColumns ?? [],
    relations: m.relations,
    events: m.events,
    deliveries: split ? { deliveries: m.deliveries!, broadcasts: m.broadcasts!, selfDeliveries: m.selfDeliveries! } : null,
  };
}

/** `managerRead`: the manager column is the reporting line (no --hierarchy file replaces it). */
function peopleCheck(source: ValidateSource, read: Read<PeopleTable>, options: AnalyzeOptions, managerRead: boolean): PeopleCheck {
  const p = read.result;
  const base = fileCheck(source, read, false, p?.encoding ?? null, p?.encodingDetected ?? false);
  if (p === null) return { ...base, ids: null, labelColumn: null, rows: null, groups: null };
  const m = p.match;
  const ids = m === null ? null : { column: p.idColumn, given: options.idCol !== undefined, ...m };
  const groups = new Set<string>();
  let withoutGroup = 0;
  for (const g of p.groups) {
    if (g === null) withoutGroup++;
    else groups.add(g);
  }
  return {
    ...base,
    columns: read.observer.names === null ? null : peopleColumns(read.observer.names, p, managerRead),
    ids,
    labelColumn: p.labelColumn,
    rows: { records: read.observer.records, people: p.ids.length, bad: read.badRows, removed: p.removedFound.length },
    groups: { column: p.groupColumn, groups: groups.size, withoutGroup: p.groupColumn === null ? p.ids.length : withoutGroup },
  };
}

/** What analyze would warn about, and what validate noticed besides. */
function notes(interactions: Interactions | null, people: PeopleTable | null, options: AnalyzeOptions, ids: IdMask): string[] {
  if (interactions === null) return [];
  // The relative clock's warning is among the reader's own.
  const out = [...(people?.warnings ?? []), ...interactions.warnings];
  const found = new Set([...interactions.removedFound, ...(people?.removedFound ?? [])]);
  // `found` holds the people as they are shown (pseudonyms, with --pseudonymize); --remove, the ids typed.
  const notFound = options.remove.map((id) => ids.show(id)).filter((id) => !found.has(id));
  if (notFound.length > 0) out.push(`--remove: no person ${notFound.map((id) => JSON.stringify(id)).join(', ')} in the input; check the spelling`);
  return out;
}
