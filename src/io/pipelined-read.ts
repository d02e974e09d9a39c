/**
 * Reads a large interactions file on two threads. A worker (read-worker.ts) splits the lines,
 * checks the cells and interns the ids; this thread sums the used rows into ties and the
 * timeline as their batches arrive (sumBatch), which at a million ties is the larger half of
 * reading. The batches come in row order and are summed in row order, so the ties, their
 * numbers and every sum are those of reading in one thread, bit for bit.
 * The bytes are read here (so progress and standard input work as ever) and handed over a few
 * chunks ahead of the worker's parser, which says when it has taken one: it reads on while this
 * thread sums, and memory stays bounded by the ties.
 * Reading in one thread stays for what the worker cannot do or would not pay for: records from
 * parquet, a caller that watches every record (validate), pseudonyms (the rejected rows show
 * them, and the salt stays in this thread), and files under PIPELINE_MIN_BYTES, where starting
 * a thread costs about what it saves.
 */
import { statSync } from 'node:fs';
import type { Input } from '../core/ingest/csv/csv-reader.js';
import { readInteractions, sumBatch, type InteractionHooks, type InteractionsReader } from '../core/ingest/layouts/interactions.js';
import type { InputOptions } from '../core/model/options.js';
import { RowBatch, TieAccumulator } from '../core/ingest/aggregate/tie-accumulator.js';
import type { Interactions, Reject } from '../core/model/ingest.js';
import { transferList, type BatchRows } from './batch-rows.js';
import { rebuild, type CarriedError } from './error-transfer.js';
import type { ReadWorkerData } from './read-worker.js';
import { PIPELINE_MIN_BYTES, takeReadWorker } from './read-worker-start.js';

export { PIPELINE_MIN_BYTES };
/** Chunks (of 1 MiB, read-stream.ts) handed to the worker ahead of its parser. */
const WINDOW = 8;

type WorkerMessage =
  | { type: 'more' }
  | { type: 'batch'; count: number; rows: BatchRows }
  | { type: 'reject'; reject: Reject }
  | { type: 'done'; interactions: Interactions }
  | { type: 'error'; error: CarriedError };

/**
 * The reader for the file at `path` (`-` for standard input): pipelined when it is a file of at
 * least `minBytes`. It is for a stream of that file opened for this read alone (read-stream.ts),
 * whose chunks it moves to the worker instead of copying them: no one reads them afterwards.
 */
export function interactionsReaderFor(path: string, minBytes = PIPELINE_MIN_BYTES): InteractionsReader | undefined {
  if (path === '-') return undefined;
  try {
    return statSync(path).size >= minBytes ? readPipelinedMoving : undefined;
  } catch {
    return undefined; // opening it reports the problem
  }
}

/** Copies each chunk to the worker: the caller's buffers stay usable. */
export const readPipelined: InteractionsReader = (input, file, options, hooks = {}) => pipelined(input, file, options, hooks, false);

/** Moves each chunk that owns its memory to the worker, which leaves it empty (detached) here. */
export const readPipelinedMoving: InteractionsReader = (input, file, options, hooks = {}) => pipelined(input, file, options, hooks, true);

function pipelined(input: Input, file: string, options: InputOptions, hooks: InteractionHooks, moveChunks: boolean): Promise<Interactions> {
  if (!isByteStream(input) || hooks.observer || hooks.onProblem || hooks.ids?.active) return readInteractions(input, file, options, hooks);
  return new Promise<Interactions>((resolve, reject) => {
    const data: ReadWorkerData = { file, options, fastPath: hooks.fastPath, rejects: hooks.onReject !== undefined };
    const worker = takeReadWorker();
    worker.postMessage(data);
    const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
    const sums = new TieAccumulator(options.undirected);
    const batch = new RowBatch();
    let settled = false;
    // Chunks handed over and not yet taken by the parser: the worker is kept WINDOW chunks ahead,
    // so it reads on while this thread sums a batch, and holds no more than that.
    let inFlight = 0;
    let ended = false;
    let handing: Promise<void> = Promise.resolve();
    const settle = (error: Error | null, value?: Interactions) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error) {
        input.destroy();
        reject(error);
      } else resolve(value!);
    };
    // Chunks go over in order: each waits for the one before it.
    const handOver = () => {
      handing = handing
        .then(async () => {
          if (ended || settled) return;
          const next = await chunks.next();
          if (next.done) ended = true;
          if (settled) return;
          if (next.done) return worker.postMessage(null);
          // A chunk that owns its memory is moved to the worker, not copied (nothing here reads it again).
          const chunk = next.value;
          const owned = moveChunks && chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength && chunk.buffer instanceof ArrayBuffer;
          worker.postMessage(chunk, owned ? [chunk.buffer] : []);
        })
        .catch((error: unknown) => settle(error instanceof Error ? error : new Error(String(error))));
    };
    const fill = () => {
      for (; inFlight < WINDOW; inFlight++) handOver();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (settled) return;
      switch (message.type) {
        case 'more':
          inFlight--;
          return fill();
        case 'batch': {
          const { rows } = message;
          batch.use(rows, message.count);
          sumBatch(sums, hooks.timeline, batch);
          batch.count = 0;
          worker.postMessage({ spare: rows }, transferList(rows));
          return;
        }
        case 'reject':
          return hooks.onReject?.(message.reject);
        case 'done':
          return settle(null, { ...message.interactions, ties: sums.table() });
        case 'error':
          return settle(rebuild(message.error));
      }
    });
    fill();
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => settle(new Error(`the reading thread stopped (exit code ${code})`)));
  });
}

function isByteStream(input: Input): input is Exclude<Input, { kind: 'records' }> {
  return !('kind' in input && input.kind === 'records');
}
