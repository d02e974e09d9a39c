/**
 * Progress while a large input is read (SPEC §6): on stderr, only when stderr is a terminal,
 * only for files large enough to wait for, never with --quiet. It counts bytes as they pass
 * and rewrites one line at most a few times a second; the line is cleared when reading ends,
 * so nothing of it is left in the terminal or reaches a pipe.
 */
import { statSync } from 'node:fs';
import { Transform, type Readable } from 'node:stream';

/** Below this size a file reads in about a second: no progress line. */
export const PROGRESS_MIN_BYTES = 32 * 1024 * 1024;
const INTERVAL_MS = 250;

export interface ProgressTarget {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export function withProgress(
  stream: Readable,
  path: string,
  label: string,
  stderr: ProgressTarget,
  quiet: boolean,
  minBytes = PROGRESS_MIN_BYTES,
): Readable {
  if (quiet || stderr.isTTY !== true || path === '-') return stream;
  const total = statSync(path).size;
  if (total < minBytes) return stream;

  let read = 0;
  let shown = 0;
  const show = () => {
    const percent = Math.min(100, Math.floor((read / total) * 100));
    stderr.write(`\r${label}: reading ${mib(read)} of ${mib(total)} MiB (${percent}%)`);
  };
  const clear = () => stderr.write('\r\x1b[2K');
  // Counting inside the transform (not with a 'data' listener, which would start the flow
  // before the reader is attached and lose the first chunks).
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      const now = Date.now();
      if (now - shown >= INTERVAL_MS || read === total) {
        shown = now;
        show();
      }
      done(null, chunk);
    },
    flush(done) {
      clear();
      done();
    },
  });
  stream.on('error', (error) => {
    clear();
    counter.destroy(error);
  });
  return stream.pipe(counter);
}

const mib = (bytes: number) => (bytes / 1048576).toFixed(0);
