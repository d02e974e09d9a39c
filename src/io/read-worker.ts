/**
 * The reading half of a pipelined read (pipelined-read.ts): parses the interactions file whose
 * bytes the main thread hands over chunk by chunk, interns the ids and checks every row exactly
 * as reading in one thread does, and sends the used rows back a batch at a time, for the main
 * thread to sum. Says each time the parser has taken a chunk, so the main thread keeps it a
 * few chunks ahead and no more.
 */
import { Readable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import { readInteractions } from '../core/ingest/layouts/interactions.js';
import type { RowBatch } from '../core/ingest/aggregate/tie-accumulator.js';
import { batchRows, transferList, type BatchRows } from './batch-rows.js';
import type { InputOptions } from '../core/model/options.js';
import { carry } from './error-transfer.js';

export interface ReadWorkerData {
  file: string;
  options: InputOptions;
  fastPath: boolean | undefined;
  /** Whether the main thread writes skipped rows (`--rejects`): only then are they sent. */
  rejects: boolean;
}

const port = parentPort!;
/** Rows the main thread has summed and sent back, to be filled again: fresh memory costs a page fault per 4 KiB. */
const spare: BatchRows[] = [];
// The first message says what to read (the worker may have been started before that was known:
// read-worker-start.ts); the chunks of the file follow, then null.
let input: Readable | null = null;

port.on('message', (message: ReadWorkerData | Uint8Array | null | { spare: BatchRows }) => {
  if (input === null) input = read(message as ReadWorkerData);
  else if (message !== null && 'spare' in message) spare.push(message.spare);
  else {
    const chunk = message as Uint8Array | null;
    input.push(chunk === null ? null : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
});

function read({ file, options, fastPath, rejects }: ReadWorkerData): Readable {
  // read() is called whenever the parser has drained what was pushed: a chunk taken.
  const stream = new Readable({
    read: () => port.postMessage({ type: 'more' }),
  });
  readInteractions(stream, file, options, {
    fastPath,
    onBatch: sendBatch,
    onReject: rejects ? (reject) => port.postMessage({ type: 'reject', reject }) : undefined,
  }).then(
    (interactions) => port.postMessage({ type: 'done', interactions }),
    (error: unknown) => port.postMessage({ type: 'error', error: carry(error) }),
  );
  return stream;
}

function sendBatch(batch: RowBatch): void {
  const n = batch.count;
  const rows = spare.pop() ?? batchRows();
  rows.source.set(batch.source.subarray(0, n));
  rows.target.set(batch.target.subarray(0, n));
  rows.weight.set(batch.weight.subarray(0, n));
  rows.time.set(batch.time.subarray(0, n));
  port.postMessage({ type: 'batch', count: n, rows }, transferList(rows));
}
