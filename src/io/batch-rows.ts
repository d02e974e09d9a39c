/**
 * The rows of one batch as they go between the reading worker and the main thread
 * (pipelined-read.ts): moved, not copied, each way — the worker fills them, the main thread
 * sums them and sends them back to be filled again.
 */
import { RowBatch, type BatchRows } from '../core/ingest/aggregate/tie-accumulator.js';

export type { BatchRows };

export function batchRows(): BatchRows {
  const n = RowBatch.SIZE;
  return { source: new Int32Array(n), target: new Int32Array(n), weight: new Float64Array(n), time: new Float64Array(n) };
}

export function transferList(rows: BatchRows): ArrayBuffer[] {
  return [rows.source.buffer, rows.target.buffer, rows.weight.buffer, rows.time.buffer] as ArrayBuffer[];
}
