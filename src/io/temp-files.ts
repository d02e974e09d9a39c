/**
 * Temporary files that exist only while an output is being written (`-o`, `--rejects`).
 * An interrupted run (Ctrl-C, SIGTERM, a closed terminal's SIGHUP, SIGQUIT) removes them before
 * it exits, so it never leaves a partial file behind, neither under the target's name (the
 * rename never happened) nor as a stray temporary file beside it.
 *
 * The signals are caught only while such a file exists. A handler runs on the event loop, so
 * while one is installed a signal waits for the running computation to give the loop back —
 * seconds, in a long layout or metric. With nothing to remove, the signal keeps its default
 * action and ends the process at once, whatever it is doing (a map laid out, a FIFO waited on).
 */
import { rmSync } from 'node:fs';

const open = new Set<string>();

/** Each signal caught, and the exit code a shell reports for it (128 + its number). */
const SIGNALS: readonly [NodeJS.Signals, number][] = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
  ['SIGQUIT', 131],
];

let exit: ((code: number) => void) | null = null;
const handlers = new Map<NodeJS.Signals, () => void>();

function catchSignals(): void {
  if (exit === null || handlers.size > 0) return;
  const leave = exit;
  for (const [signal, code] of SIGNALS) {
    const handler = () => {
      removeTempFiles();
      leave(code);
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
}

function releaseSignals(): void {
  for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  handlers.clear();
}

export function trackTemp(path: string): void {
  open.add(path);
  catchSignals();
}

export function untrackTemp(path: string): void {
  open.delete(path);
  if (open.size === 0) releaseSignals();
}

export function removeTempFiles(): void {
  for (const path of open) rmSync(path, { force: true });
  open.clear();
  releaseSignals();
}

/**
 * How the process ends on a signal while temporary files exist: remove them, then `leave` with
 * the code a shell expects (128 + the signal's number). Called once, by the command line's Io.
 */
export function removeTempFilesOnSignal(leave: (code: number) => void): void {
  exit = leave;
  if (open.size > 0) catchSignals();
}
