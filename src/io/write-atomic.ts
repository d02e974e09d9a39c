/**
 * `-o PATH`: write to a temporary file in the same folder, then rename over the target,
 * so a reader never sees a half-written report and an error leaves nothing behind.
 */
import { closeSync, existsSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';

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
    return { temp, fd: openSync(temp, 'w') };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new UsageError(`cannot write ${target}: permission denied in ${dirname(resolve(target))}`);
    }
    throw error;
  }
}

export function writeAtomic(target: string, content: string | Buffer): void {
  const { temp, fd: opened } = openTemp(target);
  let fd: number | null = opened;
  try {
    if (typeof content === 'string') writeSync(fd, content);
    else writeSync(fd, content);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}
