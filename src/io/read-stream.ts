/**
 * Opens an input file for the streaming readers: `-` is standard input. A missing file, a
 * directory or an unreadable file is refused here, synchronously, with one clear InputError
 * line, instead of surfacing later as a stream error.
 */
import { accessSync, constants, createReadStream, fstatSync, openSync, statSync, type Stats } from 'node:fs';
import { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { InputError } from '../core/base/errors.js';
import type { Input } from '../core/ingest/csv/csv-reader.js';
import { isParquetPath, parquetSource } from './parquet.js';

/** Large reads: the CSV parser's cost per chunk is small, the syscalls' is not. */
const CHUNK_BYTES = 1 << 20;

/** `name` is how messages show the file (as the user typed it); it defaults to `path`. */
export function openInput(path: string, stdin: NodeJS.ReadableStream, name: string = path): Readable {
  if (path === '-') {
    checkStandardInput(stdin, name);
    return stdin instanceof Readable ? stdin : new Readable().wrap(stdin);
  }
  if (checkReadable(path, name).isFIFO()) return fifoStream(path, name);
  return createReadStream(path, { highWaterMark: CHUNK_BYTES });
}

/**
 * A FIFO (`mkfifo`, a process substitution `<(…)`) read on the event loop, as Node reads a pipe on
 * standard input. Opened without waiting, its reader waits for a writer without holding one of
 * Node's threads — a blocking open would, and a process cannot exit while one is held, so Ctrl-C
 * would not end a run whose FIFO nobody writes to.
 */
function fifoStream(path: string, name: string): Readable {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(name, describe(error, 'cannot open the FIFO'));
  }
  return new Socket({ fd, readable: true, writable: false });
}

export type InputFormat = 'csv' | 'parquet';

/**
 * An interactions or people file in its container: parquet when the name ends in `.parquet` or
 * `--input-format parquet` says so (read through DuckDB, rows handed over as records), else
 * CSV bytes.
 */
export function openTable(path: string, stdin: NodeJS.ReadableStream, name: string, format: InputFormat | undefined): Input {
  if (tableFormat(path, format) === 'csv') return openInput(path, stdin, name);
  if (path === '-') throw new InputError(name, 'parquet cannot be read from standard input: give the file name');
  checkReadable(path, name);
  return parquetSource(path, name);
}

/** The container a file is read as: `--input-format`, else parquet for a `.parquet` name, else CSV. */
export function tableFormat(path: string, format: InputFormat | undefined): InputFormat {
  return format === 'parquet' || (format === undefined && path !== '-' && isParquetPath(path)) ? 'parquet' : 'csv';
}

/** `orgnet analyze - < folder`: the shell opens a directory on standard input, and reading it fails. */
function checkStandardInput(stdin: NodeJS.ReadableStream, name: string): void {
  const fd = (stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return;
  let isDirectory = false;
  try {
    isDirectory = fstatSync(fd).isDirectory();
  } catch {
    return; // reading it says what is wrong
  }
  if (isDirectory) throw new InputError(name, 'standard input is a directory: give a file (orgnet analyze FILE, or - < FILE)');
}

function checkReadable(path: string, name: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new InputError(name, describe(error, 'cannot open the file'));
  }
  if (stats.isDirectory()) throw new InputError(name, 'is a directory: expected a CSV file');
  try {
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw new InputError(name, describe(error, 'cannot read the file'));
  }
  return stats;
}

function describe(error: unknown, fallback: string): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: cannot read the file';
  if (code === 'ENOTDIR') return 'no such file (a part of the path is not a directory)';
  // A name from a config file can hold any character; the file system's names cannot hold NUL.
  if (code === 'ERR_INVALID_ARG_VALUE') return 'no such file: a file name cannot hold a NUL character';
  if (code === 'ENAMETOOLONG') return 'no such file: the name is longer than the file system allows';
  return error instanceof Error ? `${fallback}: ${error.message}` : fallback;
}
