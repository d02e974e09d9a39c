/**
 * What an output path (`-o`, `--rejects`) names, and so how it is written:
 * - a regular file, or nothing yet: written atomically (a temporary file beside it, renamed over
 *   it once complete), so a reader never sees half a report and a failure leaves nothing;
 * - a character device (`/dev/null`, a terminal), a FIFO (a named pipe, `<(…)`) or an open
 *   descriptor (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`): written through, as a shell's
 *   `>` would. Renaming a file over a device or a pipe would replace it by a regular file, and
 *   the reader waiting on the pipe would get nothing;
 * - a symbolic link: followed to its final target, which is then written as above. The file is
 *   replaced beside that target, so the link stays a link; a link whose target does not exist
 *   yet creates the target, as `>` does.
 * A folder, a socket and a block device (a disk) are refused: no report belongs there.
 */
import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UsageError } from '../core/base/errors.js';
import { printable } from '../core/base/printable.js';

export type OutputTarget =
  /** `path`: the regular file to replace or create (the final target of any links). */
  | { kind: 'file'; path: string }
  /** A character device (or a file reached through a descriptor), opened as it is. */
  | { kind: 'device'; path: string }
  /** A FIFO, opened as it is once something reads it. */
  | { kind: 'fifo'; path: string }
  /** This process's own standard output (1) or error (2): `/dev/stdout`, `/dev/fd/1`. */
  | { kind: 'standard'; fd: 1 | 2 };

/** Linux's limit on a chain of links, past which open() fails with ELOOP. */
const MAX_LINKS = 40;

/** The longest name of one file, in bytes, on the file systems orgnet runs on (NAME_MAX). */
export const NAME_MAX = 255;

/** `/proc/self/fd/1`, `/proc/1234/fd/3`, `/proc/self/task/7/fd/2`: one of a process's open descriptors. */
const DESCRIPTOR_FOLDER = /^\/proc\/(self|thread-self|\d+)(\/task\/\d+)?\/fd$/;

/** How messages show a path: as the user gave it, with control characters (even NUL) escaped. */
export const shownPath = (path: string): string => printable(path);

function errnoOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function lstatOrNull(path: string, shown: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') return null;
    if (code === 'ENOTDIR') throw new UsageError(`cannot write ${shown}: a part of the path is not a folder`);
    if (code === 'ENAMETOOLONG') throw new UsageError(`cannot write ${shown}: the name is longer than the file system allows`);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`cannot write ${shown}: permission denied`);
    throw error;
  }
}

/** The descriptor a path names when it is an entry of a process's descriptor folder (`/dev/fd` is a link to one). */
function descriptorOf(path: string): { own: boolean; fd: number } | null {
  let folder: string;
  try {
    folder = realpathSync(dirname(path));
  } catch {
    return null;
  }
  const match = DESCRIPTOR_FOLDER.exec(folder);
  if (match === null) return null;
  const fd = Number(basename(path));
  if (!Number.isInteger(fd)) return null;
  const own = match[1] === 'self' || match[1] === 'thread-self' || Number(match[1]) === process.pid;
  return { own, fd };
}

/**
 * An open descriptor named by path: standard output and error are written where this process
 * already writes them (at their offset, without truncating what a `>>` appended to); any other
 * is opened anew, as a shell opens `/dev/fd/N`, and written as what it leads to.
 */
function throughDescriptor(path: string, descriptor: { own: boolean; fd: number }, shown: string): OutputTarget {
  if (descriptor.own && (descriptor.fd === 1 || descriptor.fd === 2)) return { kind: 'standard', fd: descriptor.fd };
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    throw new UsageError(`cannot write ${shown}: no such open descriptor`);
  }
  if (stats.isFIFO()) return { kind: 'fifo', path };
  if (stats.isSocket()) throw new UsageError(`cannot write ${shown}: it is a socket, not a file; name a file`);
  if (stats.isDirectory()) throw new UsageError(`cannot write ${shown}: it is a directory; name a file in it`);
  return { kind: 'device', path };
}

/**
 * What `target` (absolute) names, following links. Throws a UsageError, before anything is
 * read or written, for what cannot be written: a missing folder, a folder, a socket, a disk,
 * a loop of links, a name too long.
 */
export function outputTarget(target: string): OutputTarget {
  const shown = shownPath(target);
  if (target.includes('\0')) throw new UsageError(`cannot write ${shown}: a file name cannot hold a NUL character`);
  let path = resolve(target);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const stats = lstatOrNull(path, shown);
    if (stats === null) return newFile(path, target, shown);
    if (stats.isSymbolicLink()) {
      const descriptor = descriptorOf(path);
      if (descriptor !== null) return throughDescriptor(path, descriptor, shown);
      path = resolve(dirname(path), readlinkSync(path));
      continue;
    }
    if (stats.isFile()) return newFile(path, target, shown);
    if (stats.isCharacterDevice()) return { kind: 'device', path };
    if (stats.isFIFO()) return { kind: 'fifo', path };
    if (stats.isDirectory()) throw new UsageError(`cannot write ${shown}: it is a directory; name a file in it`);
    if (stats.isBlockDevice()) throw new UsageError(`cannot write ${shown}: it is a block device (a disk), not a file; name a file`);
    throw new UsageError(`cannot write ${shown}: it is a socket, not a file; name a file`);
  }
  throw new UsageError(`cannot write ${shown}: too many symbolic links (a loop?)`);
}

/** A regular file at `path` (existing or not), written atomically: its folder must exist. */
function newFile(path: string, target: string, shown: string): OutputTarget {
  const dir = dirname(path);
  const folder = lstatOrNull(dir, shown);
  if (folder === null || !folder.isDirectory()) {
    // After a link, the folder that is missing is the link's target's.
    const via = path === resolve(target) ? '' : ` (where the link leads: ${shownPath(path)})`;
    throw new UsageError(`cannot write ${shown}: folder ${shownPath(dir)} does not exist${via}`);
  }
  if (Buffer.byteLength(basename(path)) > NAME_MAX) {
    throw new UsageError(`cannot write ${shown}: the name is longer than the file system allows (${NAME_MAX} bytes)`);
  }
  return { kind: 'file', path };
}

/**
 * Why writing failed, in words, for the faults of the machine rather than of orgnet: a full
 * disk, a read-only file system, a device that refuses bytes. Null for anything else.
 */
export function writeFault(error: unknown): string | null {
  const code = errnoOf(error);
  return code === undefined ? null : (WRITE_FAULTS[code] ?? null);
}

const WRITE_FAULTS: Record<string, string> = {
  ENOSPC: 'no space left on the device; free some space or write somewhere else',
  EDQUOT: 'the disk quota is exhausted; free some space or write somewhere else',
  EFBIG: 'the file is larger than the file system allows; write somewhere else',
  EIO: 'input/output error on the device',
  EROFS: 'the file system is read-only; write somewhere else',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'the name is longer than the file system allows',
  ENXIO: 'nothing is reading on the other side of the device or pipe',
  EPIPE: 'the reader closed the pipe',
  ENOENT: 'the folder was removed while writing',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a directory; name a file in it',
  ELOOP: 'too many symbolic links (a loop?)',
  EBADF: 'the descriptor is not open for writing',
  EINVAL: 'the device does not accept writes',
  ETXTBSY: 'the file is a program that is running',
};

/** The UsageError a failed write becomes, or the error itself when it is not a fault of the machine. */
export function writeError(error: unknown, target: string): unknown {
  if (error instanceof UsageError) return error;
  const fault = writeFault(error);
  return fault === null ? error : new UsageError(`cannot write ${shownPath(target)}: ${fault}`);
}
