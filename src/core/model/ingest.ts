/**
 * What ingest hands to the rest of the pipeline: interned ids and ties aggregated in one
 * pass. No per-row object survives reading; memory grows with people and distinct ties.
 */
import type { Encoding } from './options.js';
import type { IdMatch, InputMeta } from './report.js';

/** One problem in an input file, at a physical line (header = line 1). */
export interface Problem {
  line: number;
  message: string;
}

/** How an id is shown in a message: as it is, or as its pseudonym (ingest/privacy/pseudonyms.ts). */
export interface IdMask {
  readonly active: boolean;
  show(id: string): string;
}

/**
 * Aggregated ties, column-wise. Indexes point into `Interactions.ids`. Directed, unless
 * `Interactions.undirected`: then each pair is held once, source < target by index.
 */
export interface TieTable {
  size: number;
  source: Int32Array;
  target: Int32Array;
  /** Sum of row weights. */
  weight: Float64Array;
  /** Number of rows. */
  rows: Uint32Array;
  /** First and last timestamp (epoch ms, UTC); NaN without timestamps. */
  first: Float64Array;
  last: Float64Array;
}

/**
 * Receives every used row that has a timestamp, so activity over time can be counted
 * while reading (memory ∝ people × periods, not rows).
 */
export interface TimelineSink {
  add(source: number, target: number, tie: number, weight: number, time: number): void;
  /**
   * One tie-making event (docs/input.md `--events`) at `time`: one interaction for each of its
   * people and for the period, and the pair ties it made active in that period.
   */
  addEvent(people: ArrayLike<number>, ties: ArrayLike<number>, time: number): void;
}

export interface Interactions {
  /** Interned person ids, in order of first appearance. */
  ids: string[];
  ties: TieTable;
  /** Ties without direction (--undirected, --events): the graph holds each one both ways. */
  undirected: boolean;
  hasTime: boolean;
  /**
   * `org.interactions` when it is not the sum of the ties' row counts: the events that made
   * ties (--events), the rows used (--split-targets); null otherwise.
   */
  interactions: number | null;
  /** Per person index, tie-making events attended (--events; activity without timestamps). */
  attended: Uint32Array | null;
  /** Everything of docs/outputs.md `meta.input` except `tiesDropped` (set when ties are filtered). */
  meta: InputMeta;
  warnings: string[];
  /** The `--remove` ids that named someone in this file. */
  removedFound: string[];
  /**
   * Every pair one way, ordered by id (layouts/direction.ts): likely contacts read as directed.
   * Set after reading, before pseudonyms hide the ids' order; absent means no.
   */
  orderedPairs?: boolean;
}

/** A row that was skipped under `--lenient`: its physical line, why, and its raw text. */
export interface Reject {
  line: number;
  reason: string;
  raw: string;
}

/**
 * Sees a file as it is parsed, before its reader does: the header, then every data record with
 * its physical start line (blank lines excepted). `orgnet validate` counts records and finds
 * repeated rows through it, so it needs no parser of its own.
 */
export interface RecordObserver {
  header(names: readonly string[], delimiter: string): void;
  record(fields: readonly string[], line: number): void;
  /** A record the parser could not read (a quote that never closes), at its start line. */
  malformed?(line: number): void;
}

/** What a caller may learn while a file is read, besides the result. */
export interface ReadHooks {
  /** Under `--lenient`, every skipped row (for `--rejects`). */
  onReject?: ((reject: Reject) => void) | undefined;
  /**
   * Every bad row, strict or lenient. When given, bad rows never stop the reading: each is
   * handed over, skipped and counted in `skippedRows`, and the caller decides what they mean.
   */
  onProblem?: ((problem: Problem) => void) | undefined;
  observer?: RecordObserver | undefined;
  /** How messages and rejected rows name people (default: by id; ingest/privacy/rejects.ts). */
  ids?: IdMask | undefined;
}

/** The people file as read, before its id column is chosen (people.ts, people-match.ts). */
export interface PeopleRows {
  file: string;
  encoding: Encoding;
  /** True when the encoding was detected from the bytes (not a flag, not a byte-order mark). */
  encodingDetected: boolean;
  /** Trimmed header names. */
  header: string[];
  /** Columns the id may be in: the one `--id-col` names, else those an id alias names, in alias order. */
  idCandidates: number[];
  /** `--id-col` named the id column. */
  idGiven: boolean;
  /** The `--label-col` column; -1 when not given (a default is chosen with the id column). */
  labelIndex: number;
  /** The grouping column; -1 when there is none. */
  groupIndex: number;
  /** The manager column (`--manager-col`, else a manager alias); -1 when there is none. */
  managerIndex: number;
  /** Every well-formed row's trimmed cells, and its physical line. */
  cells: string[][];
  lines: number[];
  /**
   * When only one column can hold the ids, they are checked while reading: the rows whose id is
   * empty or repeated (already reported). null when the check waits for the id column's choice.
   */
  checked: Set<number> | null;
}

export interface PeopleTable {
  file: string;
  /** The encoding the file was read in. */
  encoding: Encoding;
  encodingDetected: boolean;
  idColumn: string;
  /** The display-name column, or null when there is none (or --pseudonymize left it out). */
  labelColumn: string | null;
  /** The grouping column, or null when there is none. */
  groupColumn: string | null;
  attributeColumns: string[];
  /** The manager column (docs/input.md#the-reporting-line), or null; it is no attribute. */
  managerColumn: string | null;
  /** Attribute columns left out (ingest/privacy/attributes.ts), in file order. */
  droppedAttributes: string[];
  ids: string[];
  /** Per person, the display name, or null. */
  labels: (string | null)[];
  groups: (string | null)[];
  /** Per person, the manager's id as the manager column gives it (an empty cell: null). */
  managers: (string | null)[];
  attributes: Record<string, string>[];
  /** The `--remove` ids that named someone in this file. */
  removedFound: string[];
  /** null when no interaction ids were there to match (validate, when the interactions could not be read). */
  match: IdMatch | null;
  /** What choosing the id column warns about (ids matched ignoring case, or too few with --allow-unmatched). */
  warnings: string[];
}

/** `--hierarchy FILE` (docs/input.md#the-reporting-line): each person's direct manager, as the file gives it. */
export interface HierarchyTable {
  file: string;
  /** As the file was read: its encoding, and whether it was detected (no BOM, no flag). */
  encoding: Encoding;
  encodingDetected: boolean;
  /** The person and manager columns, as the header names them. */
  personColumn: string;
  managerColumn: string;
  persons: string[];
  /** The manager of persons[k]; null for an empty cell (the top of the chart). */
  managers: (string | null)[];
  /** The physical line of each row, for messages. */
  lines: number[];
}
