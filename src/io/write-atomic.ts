/**
 * `-o PATH`: write to a temporary file in the same folder, then rename over the target,
 * so a reader never sees a half-written report and an error leaves nothing behind.
 */
import { closeSync, createWriteStream, existsSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { UsageError } from '../core/errors.js';
import { trackTemp, untrackTemp } from './temp-files.js';

/** Refuses a target that is one of the input files (SPEC §6: never overwrite an input). */
export function assertNotInput(target: string, inputs: string[]): void {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  const t = real(target);
  for (const input of inputs) {
    if (input !== '-' && real(input) === t) {
      throw new UsageError(`refusing to write the output over the input file ${input}; choose another -o path`);
    }
  }
}

/**
 * Refuses a target that cannot be written, before any work is done: an analysis that ends
 * on "folder does not exist" wastes the user's time and may already have written --rejects.
 */
export function assertWritable(target: string): void {
  const dir = dirname(resolve(target));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`cannot write ${target}: folder ${dir} does not exist`);
  }
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new UsageError(`cannot write ${target}: it is a directory`);
  }
}

/** The temporary file next to `target`, open for writing; a folder we may not write to is a usage error. */
export function openTemp(target: string): { temp: string; fd: number } {
  assertWritable(target);
  const temp = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(temp, 'w');
    trackTemp(temp);
    return { temp, fd };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new UsageError(`cannot write ${target}: permission denied in ${dirname(resolve(target))}`);
    }
    throw error;
  }
}

/** Moves the finished temporary file over the target (or removes it after a failure). */
export function settleTemp(temp: string, target: string, ok: boolean): void {
  untrackTemp(temp);
  if (ok) renameSync(temp, target);
  else rmSync(temp, { force: true });
}

export function writeAtomic(target: string, content: string | Buffer): void {
  const { temp, fd: opened } = openTemp(target);
  let fd: number | null = opened;
  try {
    if (typeof content === 'string') writeSync(fd, content);
    else writeSync(fd, content);
    closeSync(fd);
    fd = null;
    settleTemp(temp, target, true);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    settleTemp(temp, target, false);
    throw error;
  }
}

/**
 * Streams an output into the temporary file and renames it over the target once `produce`
 * has finished and everything is on disk; any error (in `produce` or in writing) leaves no file.
 */
export async function writeAtomicStream(target: string, produce: (out: Writable) => Promise<void>): Promise<void> {
  const { temp, fd } = openTemp(target);
  const out = createWriteStream('', { fd, autoClose: true });
  try {
    await produce(out);
    out.end();
    await finished(out);
    settleTemp(temp, target, true);
  } catch (error) {
    // A write still in flight fails once the stream is destroyed; that failure is expected
    // (the file is being thrown away) and must not surface as an unhandled 'error' event.
    out.on('error', () => undefined);
    out.destroy();
    settleTemp(temp, target, false);
    throw error;
  }
}
