/**
 * Temporary files that exist only while an output is being written (`-o`, `--rejects`).
 * An interrupted run (Ctrl-C, SIGTERM) removes them before it exits, so it never leaves a
 * partial file behind, neither under the target's name (the rename never happened) nor as
 * a stray temporary file beside it.
 */
import { rmSync } from 'node:fs';

const open = new Set<string>();

export function trackTemp(path: string): void {
  open.add(path);
}

export function untrackTemp(path: string): void {
  open.delete(path);
}

export function removeTempFiles(): void {
  for (const path of open) rmSync(path, { force: true });
  open.clear();
}

let installed = false;

/** On SIGINT/SIGTERM: remove the temporary files, then exit as the shell expects (128 + signal). */
export function removeTempFilesOnSignal(exit: (code: number) => void): void {
  if (installed) return;
  installed = true;
  const on = (signal: NodeJS.Signals, code: number) =>
    process.once(signal, () => {
      removeTempFiles();
      exit(code);
    });
  on('SIGINT', 130);
  on('SIGTERM', 143);
}
