/**
 * The reading half of a pipelined read (pipelined-read.ts): parses the interactions file whose
 * bytes the main thread hands over chunk by chunk, interns the ids and checks every row exactly
 * as reading in one thread does, and sends the used rows back a batch at a time, for the main
 * thread to sum. Says each time the parser has taken a chunk, so the main thread keeps it a
 * few chunks ahead and no more.
 */
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { readInteractions } from '../core/input/interactions.js';
import type { RowBatch } from '../core/input/tie-accumulator.js';
import { batchRows, transferList, type BatchRows } from './batch-rows.js';
import type { InputOptions } from '../core/options.js';
import { carry } from './error-transfer.js';

export interface ReadWorkerData {
  file: string;
  options: InputOptions;
  fastPath: boolean | undefined;
  /** Whether the main thread writes skipped rows (`--rejects`): only then are they sent. */
  rejects: boolean;
}

const port = parentPort!;
const { file, options, fastPath, rejects } = workerData as ReadWorkerData;

// read() is called whenever the parser has drained what was pushed: a chunk taken.
const input = new Readable({
  read: () => port.postMessage({ type: 'more' }),
});
/** Rows the main thread has summed and sent back, to be filled again: fresh memory costs a page fault per 4 KiB. */
const spare: BatchRows[] = [];

port.on('message', (message: Uint8Array | null | { spare: BatchRows }) => {
  if (message !== null && 'spare' in message) spare.push(message.spare);
  else input.push(message === null ? null : Buffer.from(message.buffer, message.byteOffset, message.byteLength));
});

function sendBatch(batch: RowBatch): void {
  const n = batch.count;
  const rows = spare.pop() ?? batchRows();
  rows.source.set(batch.source.subarray(0, n));
  rows.target.set(batch.target.subarray(0, n));
  rows.weight.set(batch.weight.subarray(0, n));
  rows.time.set(batch.time.subarray(0, n));
  port.postMessage({ type: 'batch', count: n, rows }, transferList(rows));
}

try {
  const interactions = await readInteractions(input, file, options, {
    fastPath,
    onBatch: sendBatch,
    onReject: rejects ? (reject) => port.postMessage({ type: 'reject', reject }) : undefined,
  });
  port.postMessage({ type: 'done', interactions });
} catch (error) {
  port.postMessage({ type: 'error', error: carry(error) });
}
