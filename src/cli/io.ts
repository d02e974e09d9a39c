/**
 * The outside world of a command, injected so every command runs in-process in tests
 * (csvkit's pattern): streams, environment, working directory and clock.
 */
import type { Readable } from 'node:stream';
import { writeFault } from '../io/output-target.js';
import { removeTempFiles, removeTempFilesOnSignal } from '../io/temp-files.js';
import { DEFAULT_WIDTH } from '../render/fit.js';

export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  /** A terminal's width in characters (Node sets it on a TTY's stream). */
  columns?: number;
}

export interface Io {
  stdin: Readable;
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
}

export function nodeIo(): Io {
  // A closed pipe (`orgnet … | head`) is not an error: stop writing quietly. Any other failure
  // of standard output (`> /dev/full`, a disk that fills up) is the machine's: one line, exit 2.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    removeTempFiles();
    process.stderr.write(`orgnet: cannot write to standard output: ${writeFault(error) ?? error.message}\n`);
    process.exit(2);
  });
  // Standard error that cannot be written (`2> /dev/full`) leaves nowhere to say so: go on.
  process.stderr.on('error', () => undefined);
  // Ctrl-C during a long run leaves no partial output file.
  removeTempFilesOnSignal((code) => process.exit(code));
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/**
 * The width the terminal report fits in: the terminal's own when the report goes to it, else
 * COLUMNS (as shells and `script` set it), else DEFAULT_WIDTH.
 */
export function terminalWidth(io: Io, toFile: boolean): number {
  const columns = io.stdout.columns;
  if (!toFile && io.stdout.isTTY === true && typeof columns === 'number' && Number.isInteger(columns) && columns > 0) return columns;
  const env = Number(io.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : DEFAULT_WIDTH;
}

/** Colours per docs/outputs.md: only on a TTY, unless NO_COLOR, FORCE_COLOR or --no-color say otherwise. */
export function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}
