/**
 * `-o PATH` and `--rejects PATH`: a regular file is written to a temporary file in the same
 * folder, then renamed over the target, so a reader never sees a half-written report and an
 * error leaves nothing behind. A device, a FIFO or an open descriptor is written through
 * (output-target.ts says which is which; through-output.ts writes them). A fault of the
 * machine while writing (a full disk, a read-only file system) is a one-line UsageError naming
 * the file, never an internal error.
 */
import { existsSync, openSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Chunks } from '../render/output.js';
import { UsageError } from '../core/base/errors.js';
import { NAME_MAX, outputTarget, shownPath, writeError, type OutputTarget } from './output-target.js';
import { trackTemp, untrackTemp } from './temp-files.js';
import { DescriptorWriter, openDevice, openFifo, standardOutput, type OpenOutput, type StandardStreams } from './through-output.js';

export type { OpenOutput, StandardStreams };

/** The file an input or output path is in the end, links followed; the path itself when it cannot be told. */
function finalPath(path: string): string {
  try {
    const target = outputTarget(path);
    if (target.kind === 'standard') return `/dev/fd/${target.fd}`;
    return existsSync(target.path) ? realpathSync(target.path) : target.path;
  } catch {
    return resolve(path);
  }
}

/** Refuses a target that is one of the input files (docs/outputs.md: never overwrite an input). */
export function assertNotInput(target: string, inputs: string[]): void {
  const t = finalPath(target);
  for (const input of inputs) {
    if (input !== '-' && finalPath(input) === t) {
      throw new UsageError(`refusing to write the output over the input file ${shownPath(input)}; choose another -o path`);
    }
  }
}

/**
 * Refuses a target that cannot be written, before any work is done: an analysis that ends
 * on "folder does not exist" wastes the user's time and may already have written --rejects.
 */
export function assertWritable(target: string): void {
  outputTarget(target);
}

/**
 * The temporary file's name: hidden, beside the target, and never longer than a name may be.
 * The target's name is kept in it (cut short when long), so a stray one says whose it was.
 */
function tempName(target: string): string {
  const tail = `.${process.pid}.${Date.now()}.tmp`;
  let name = basename(target);
  while (Buffer.byteLength(`.${name}${tail}`) > NAME_MAX) name = name.slice(0, -1);
  return join(dirname(target), `.${name}${tail}`);
}

/** A regular file: bytes go to a temporary file beside it, renamed over it by `commit`. */
function atomicFile(target: string, file: string): OpenOutput {
  const temp = tempName(file);
  // Tracked before it exists: a signal that comes as soon as the file appears finds it listed.
  trackTemp(temp);
  let writer: DescriptorWriter;
  try {
    writer = new DescriptorWriter(openSync(temp, 'w'));
  } catch (error) {
    untrackTemp(temp);
    throw writeError(error, target);
  }
  return {
    target,
    through: false,
    get out(): Writable {
      return writer.out;
    },
    writeNow: (text) => writer.writeNow(text),
    async commit() {
      try {
        await writer.end(true);
      } catch (error) {
        untrackTemp(temp);
        rmSync(temp, { force: true });
        throw error;
      }
      untrackTemp(temp);
      try {
        renameSync(temp, file);
      } catch (error) {
        rmSync(temp, { force: true });
        throw writeError(error, target);
      }
    },
    async abort() {
      try {
        await writer.end(false);
      } finally {
        untrackTemp(temp);
        rmSync(temp, { force: true });
      }
    },
  };
}

/**
 * Opens `target` (absolute) for writing as its kind wants (output-target.ts). `std`: where
 * `/dev/stdout` and `/dev/stderr` go, the command's own streams.
 */
export async function openOutput(target: string, std: StandardStreams, kind: OutputTarget = outputTarget(target)): Promise<OpenOutput> {
  switch (kind.kind) {
    case 'file':
      return atomicFile(target, kind.path);
    case 'device':
      return openDevice(target, kind.path);
    case 'fifo':
      return openFifo(target, kind.path);
    case 'standard':
      return standardOutput(target, kind.fd === 1 ? std.stdout : std.stderr);
  }
}

/**
 * A pipe whose reader has gone (`-o >(head -1)`) ends the output quietly, as standard output
 * does when `orgnet … | head` stops reading: the reader had what it wanted.
 */
export function readerLeft(output: OpenOutput, error: unknown): boolean {
  return output.through && error instanceof Error && 'code' in error && error.code === 'EPIPE';
}

/**
 * Streams `chunks` into the target (through the temporary file when it is a regular file) and
 * makes it final once everything is written; any error (in making the chunks or in writing)
 * leaves no file, and a fault of the machine is a UsageError. The target is opened when the first
 * chunk is ready, not before: the work before it (a map laid out, a workbook's first sheet)
 * then runs with no temporary file to clean up, so Ctrl-C ends it at once (temp-files.ts).
 */
export async function writeOutput(target: string, std: StandardStreams, chunks: Chunks): Promise<void> {
  let output: OpenOutput | null = null;
  try {
    for await (const chunk of chunks) {
      output ??= await openOutput(target, std);
      await pour(output.out, chunk);
    }
    output ??= await openOutput(target, std);
    await output.commit();
  } catch (error) {
    await output?.abort();
    if (output !== null && readerLeft(output, error)) return;
    throw writeError(error, target);
  }
}

/** Writes one chunk, waiting for a slow reader (a pipe into `head`, a full disk) to take the last. */
export async function pour(out: Writable | StandardStreams['stdout'], chunk: string | Uint8Array): Promise<void> {
  if (out.write(chunk) === false && 'once' in out) await once(out as Writable, 'drain');
}
