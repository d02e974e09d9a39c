/** Streams for input tests: whole, or cut into tiny chunks to prove chunk boundaries do not matter. */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OPTIONS, type InputOptions } from '../../src/core/model/options.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/input/', import.meta.url));

export function fixture(name: string): Buffer {
  return readFileSync(FIXTURES + name);
}

/** `chunk` bytes at a time (undefined = one chunk); a 3-byte cut falls inside BOMs and UTF-8 characters. */
export function streamOf(data: string | Buffer, chunk?: number): Readable {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (chunk === undefined) return Readable.from([bytes]);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  return Readable.from(parts);
}

/** Whole, byte by byte, and 3 bytes at a time. */
export const CHUNKINGS: (number | undefined)[] = [undefined, 1, 3];

export function inputOptions(overrides: Partial<InputOptions> = {}): InputOptions {
  const { reverse, wide, since, until, relations, lenient, remove, timeFormat } = DEFAULT_OPTIONS;
  const { undirected, events, maxEventSize, splitTargets, encoding, maxFieldSize } = DEFAULT_OPTIONS;
  const modes = { undirected, events, maxEventSize, splitTargets, encoding, maxFieldSize };
  return { reverse, wide, since, until, relations, lenient, remove, timeFormat, ...modes, ...overrides };
}

/** The rejected promise's error, for asserting on InputError fields. */
export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
