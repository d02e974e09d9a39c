/**
 * What ingest hands to the rest of the pipeline: interned ids and ties aggregated in one
 * pass. No per-row object survives reading; memory grows with people and distinct ties.
 */
import type { Problem } from '../errors.js';
import type { Encoding } from '../options.js';
import type { IdMask } from '../privacy/pseudonyms.js';
import type { InputMeta } from '../report/types.js';

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
   * One tie-making event (SPEC §2.4 `--events`) at `time`: one interaction for each of its
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
  /** Everything of SPEC §6 `meta.input` except `tiesDropped` (set when ties are filtered). */
  meta: InputMeta;
  warnings: string[];
  /** The `--remove` ids that named someone in this file. */
  removedFound: string[];
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
  /** How messages and rejected rows name people (default: by id; privacy/rejects.ts). */
  ids?: IdMask | undefined;
}

export interface PeopleTable {
  file: string;
  /** The encoding the file was read in. */
  encoding: Encoding;
  idColumn: string;
  /** The grouping column, or null when there is none. */
  groupColumn: string | null;
  attributeColumns: string[];
  /** Attribute columns left out (privacy/attributes.ts), in file order. */
  droppedAttributes: string[];
  ids: string[];
  groups: (string | null)[];
  attributes: Record<string, string>[];
  /** The `--remove` ids that named someone in this file. */
  removedFound: string[];
}
