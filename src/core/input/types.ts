/**
 * What ingest hands to the rest of the pipeline: interned ids and ties aggregated in one
 * pass. No per-row object survives reading; memory grows with people and distinct ties.
 */
import type { InputMeta } from '../report/types.js';

/** Aggregated directed ties, column-wise. Indexes point into `Interactions.ids`. */
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
}

export interface Interactions {
  /** Interned person ids, in order of first appearance. */
  ids: string[];
  ties: TieTable;
  hasTime: boolean;
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

export interface PeopleTable {
  file: string;
  idColumn: string;
  /** The grouping column, or null when there is none. */
  groupColumn: string | null;
  attributeColumns: string[];
  ids: string[];
  groups: (string | null)[];
  attributes: Record<string, string>[];
  /** The `--remove` ids that named someone in this file. */
  removedFound: string[];
}
