/**
 * Progress bars on stderr (docs/outputs.md): only when stderr is a terminal, never with --quiet, and
 * only for work long enough to wait for — reading a large file (bytes, rows per second, time
 * left) and the long path metrics (searches done). Drawn with cli-progress; each bar is cleared
 * when its work is done, so nothing of it is left in the terminal or reaches a pipe.
 */
import { statSync } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { SingleBar } from 'cli-progress';

/** Below this size a file reads in about a second: no bar. */
const PROGRESS_MIN_BYTES = 32 * 1024 * 1024;
/** Below this many tie visits the path metrics take about a second: no bar. */
const PROGRESS_MIN_WORK = 2e9;

export interface ProgressTarget {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

function bar(stderr: ProgressTarget, format: string): SingleBar {
  return new SingleBar({
    stream: stderr as unknown as NodeJS.WritableStream,
    format,
    barsize: 24,
    hideCursor: false,
    clearOnComplete: true,
    stopOnComplete: false,
    fps: 5,
    etaBuffer: 50,
    barCompleteChar: '█',
    barIncompleteChar: '░',
  });
}

const mib = (bytes: number) => (bytes / 1048576).toFixed(0);

/** The input stream, counted as it passes: bytes read, rows (line breaks) and the rate. */
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

  const started = Date.now();
  const progress = bar(stderr, `${label} {bar} {percentage}% · {done} of {size} MiB · {rate} rows/s · {eta_formatted} left`);
  let read = 0;
  let rows = 0;
  const payload = () => ({ done: mib(read), size: mib(total), rate: Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString('en-US') });
  progress.start(total, 0, payload());
  let stopped = false;
  const stop = () => {
    if (!stopped) progress.stop();
    stopped = true;
  };
  // Counting inside the transform (not with a 'data' listener, which would start the flow
  // before the reader is attached and lose the first chunks).
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) rows++;
      progress.update(read, payload());
      done(null, chunk);
    },
    flush(done) {
      stop();
      done();
    },
  });
  stream.on('error', (error) => {
    stop();
    counter.destroy(error);
  });
  counter.on('close', stop);
  return stream.pipe(counter);
}

const LABELS: Record<string, string> = {
  brandes: 'betweenness and closeness',
  reach: 'closeness (sampled)',
  eiPermutations: 'E-I permutation test',
};

/** A runner's progress callback: a bar of searches done, for computations long enough to wait for. */
export function kernelProgress(stderr: ProgressTarget, quiet: boolean) {
  let current: { kernel: string; bar: SingleBar } | null = null;
  return (kernel: string, done: number, total: number, work: number): void => {
    if (quiet || stderr.isTTY !== true || work < PROGRESS_MIN_WORK) return;
    if (current === null || current.kernel !== kernel || done === 0) {
      current?.bar.stop();
      current = { kernel, bar: bar(stderr, `${LABELS[kernel] ?? kernel} {bar} {percentage}% · {eta_formatted} left`) };
      current.bar.start(total, done);
    } else current.bar.update(done);
    if (done === total) {
      current.bar.stop();
      current = null;
    }
  };
}
