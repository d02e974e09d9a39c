/**
 * What `orgnet validate` says about the input files (docs/options.md `validate`): how each file was read
 * (container, encoding, delimiter, columns and their roles), how its rows were counted, what the
 * two files say about each other, and every problem. `--format json` writes this object; its
 * JSON Schema ships as src/core/report/validate-schema.json (`orgnet/validate-schema.json`).
 *
 * A section of a file that could not be read to the end (a missing file, another encoding, a
 * missing column) is null: the problem that stopped the reading says why.
 */
import type { Encoding, Period } from './options.js';
import type { EventCounts } from './report.js';

export interface Validation {
  schemaVersion: 1;
  kind: 'validation';
  /** The orgnet version that checked the files. */
  tool: { name: 'orgnet'; version: string };
  /** True when there is no error: `orgnet analyze` with the same options takes these files. */
  valid: boolean;
  /** `--strict`: ids unknown to the people file, people without interactions and repeated rows are errors too. */
  strict: boolean;
  /** `--lenient`: bad rows would be skipped, so they are warnings, not errors (unless --strict). */
  lenient: boolean;
  /** Problems that make the files invalid (exit 2), in all files. */
  errors: number;
  /** Bad rows `--lenient` would skip. */
  warnings: number;
  /** Up to `--limit` problems of each file, in file order (then the ones found by comparing the files). */
  problems: ValidationProblem[];
  /** Problems counted but not listed. */
  problemsNotListed: number;
  interactions: InteractionsCheck;
  people: PeopleCheck | null;
  /** What the two files say about each other; null without a people file or when one was not read to the end. */
  crossCheck: CrossCheck | null;
  /** The reporting line (`--hierarchy FILE` or the people file's manager column); null without one. */
  hierarchy: HierarchyCheck | null;
  /** What the readers would warn about (rows without a timestamp, broadcasts, `--remove` ids found nowhere…). */
  notes: string[];
}

export interface ValidationProblem {
  file: string;
  /** Physical line (header = 1); null for a problem of the whole file. */
  line: number | null;
  message: string;
  /** `error`: the files are invalid; `warning`: a bad row that `--lenient` skips. */
  severity: 'error' | 'warning';
}

export type ColumnRole = 'source' | 'target' | 'weight' | 'timestamp' | 'relation' | 'event' | 'person' | 'id' | 'label' | 'group' | 'attribute' | 'manager';

export interface ColumnCheck {
  /** The header cell, trimmed. */
  name: string;
  /** What the reader takes it for; null when it is not read. */
  role: ColumnRole | null;
}

export interface FileCheck {
  file: string;
  format: 'csv' | 'parquet';
  /** True when the file was read to the end; the counts below are then complete. */
  complete: boolean;
  /** Problems found in this file (listed in `Validation.problems` up to `--limit`). */
  problems: number;
  /** null for parquet (DuckDB decodes it) or a file that could not be decoded. */
  encoding: Encoding | null;
  /** How the encoding was decided: a flag, a byte-order mark or UTF-8 by default (`given`), or from the bytes (`detected`). */
  encodingDetected: boolean;
  /** null for parquet, or when the header could not be read. */
  delimiter: string | null;
  /** `--delimiter` forced it (else it was detected from the header line). */
  delimiterGiven: boolean;
  /** The header, in file order; null when there is none to show. */
  columns: ColumnCheck[] | null;
}

export type InputLayout = 'interactions' | 'wide' | 'events' | 'split-targets';

interface RowChecks {
  /** Data records in the file (a quoted line break keeps one record on several lines); blank lines are not records. */
  records: number;
  /** docs/outputs.md `meta.input.rowsRead`: records, or nominations in a --wide survey. */
  read: number;
  used: number;
  /** Bad rows: skipped by `--lenient`, a problem without it. */
  bad: number;
  selfLoops: number;
  /** Outside `--since/--until`, another `--relation`, a `--remove`d person, or an event or cell that made no tie. */
  filtered: number;
}

interface DuplicateCheck {
  /** Records identical to an earlier record, field by field once trimmed (row-set.ts). */
  rows: number;
  /** Distinct records. */
  distinct: number;
  /** False past 12,582,912 distinct records: later ones were not remembered, `rows` is a lower bound. */
  complete: boolean;
  /** The first repeated records: `line` repeats `firstLine`. */
  examples: { line: number; firstLine: number }[];
}

export interface TimeCheck {
  /** The timestamp column. */
  column: string;
  /** Earliest and latest timestamp of the rows used (ISO 8601, UTC); null when no used row has one. */
  first: string | null;
  last: string | null;
  period: Period;
  /** Periods from the first to the last, empty ones included: `activity.series` of the report. */
  periods: number;
  /** `relative`: numbers counting from the start of a recording (first and last are then durations, P3DT4H). */
  clock: 'calendar' | 'relative';
  /** The order the file's D/M/Y-like dates were decided in; null without such dates. */
  dateOrder: 'day-first' | 'month-first' | null;
  /** The periods the window covers only in part (the first, the last), with the covered share. */
  partial: { period: string; coverage: number }[];
}

export interface NetworkCheck {
  /** `org.people` of the report: the people file's people and everyone named in a used row. */
  people: number;
  /** `org.ties`: ties kept (an undirected pair once). */
  ties: number;
  /** `meta.input.tiesDropped` by `--min-tie-weight`. */
  tiesDropped: number;
  /** `org.isolates`: people without a tie. */
  isolates: number;
}

export interface InteractionsCheck extends FileCheck {
  layout: InputLayout;
  undirected: boolean;
  rows: RowChecks | null;
  duplicates: DuplicateCheck | null;
  network: NetworkCheck | null;
  /** null without a timestamp column. */
  time: TimeCheck | null;
  /** Columns no alias or flag claimed (`meta.input.unusedColumns`). */
  unusedColumns: string[] | null;
  /** Rows per relation value (docs/outputs.md `meta.input.relations`); null without a relation column. */
  relations: Record<string, number> | null;
  /** `--events`: `meta.input.events`. */
  events: EventCounts | null;
  /** `--split-targets`: deliveries kept, broadcast rows, deliveries to the sender. */
  deliveries: { deliveries: number; broadcasts: number; selfDeliveries: number } | null;
}

/** Which column holds the people's ids, and how well it matches the interactions (docs/input.md#people-optional---people-file). */
export interface IdColumnCheck {
  column: string;
  /** `--id-col` named it (else it was chosen by the ids it holds). */
  given: boolean;
  /** Distinct interaction ids, and how many of them the column holds. */
  interactionIds: number;
  matched: number;
  /** They matched only once case and surrounding spaces were ignored. */
  ignoringCase: boolean;
  /** Every column considered, with the interaction ids it holds exactly. */
  candidates: { column: string; matched: number }[];
}

export interface PeopleCheck extends FileCheck {
  /** null when the interactions could not be read (nothing to match), or the people file not. */
  ids: IdColumnCheck | null;
  /** The display-name column (person `label`), or null. */
  labelColumn: string | null;
  rows: { records: number; people: number; bad: number; removed: number } | null;
  /** The grouping column's values: distinct groups, and people without one. */
  groups: { column: string | null; groups: number; withoutGroup: number } | null;
}

export interface IdList {
  count: number;
  /** The first ones, up to `--limit`: in the order they first appear in their file. */
  first: string[];
}

export interface CrossCheck {
  /** Ids of the interactions the people file lacks (kept, without a group). */
  unknownIds: IdList;
  /** People-file ids that appear in no used row (isolates of the report). */
  withoutInteractions: IdList;
}

/**
 * The reporting line as analyze would take it. From `--hierarchy FILE`: the file as read (its
 * columns' roles are person and manager) and its rows; from the people file: its manager column.
 * The chart counts over the people of the data (both files), as the report's org `hierarchy` does.
 */
export interface HierarchyCheck {
  /** The `--hierarchy` file as read; null when the line is the people file's manager column. */
  file: FileCheck | null;
  /** The people file's manager column; null with `--hierarchy`. */
  column: string | null;
  /** The `--hierarchy` file's rows: records, people listed, bad rows; null for a column. */
  rows: { records: number; people: number; bad: number } | null;
  /**
   * People on the line (with a manager or a direct report), managers (with a direct report) and the
   * longest chain of managers above someone; null when the line could not be read or goes round
   * in a circle (then a problem names the circle).
   */
  chart: { people: number; managers: number; maxDepth: number } | null;
  /** Manager ids that name nobody in the data: their reports are shown without a manager. */
  unknownManagers: IdList;
  /** People the line lists who are in neither input file: their rows play no part. */
  notInData: IdList;
}
