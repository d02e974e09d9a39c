/**
 * Looking at the start of an input before choosing its reader (`diff` takes an interactions
 * file or a JSON report on either side). A file is read for its first bytes only; standard
 * input, which cannot be read twice, is read until its first non-blank byte and handed back
 * as a stream that replays what was read, so no byte is lost.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';

const HEAD_BYTES = 4096;

/** The first non-blank character after an optional UTF-8 byte-order mark, or null. */
export function firstCharacter(head: Uint8Array): string | null {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return i < head.length ? String.fromCharCode(head[i]!) : null;
}

/**
 * The first bytes of a regular file; empty when it cannot be read (its reader then says why), and
 * for a FIFO or a device, which reading would block on or take the bytes from.
 */
export function headOfFile(path: string): Uint8Array {
  let fd: number | null = null;
  try {
    if (!statSync(path).isFile()) return new Uint8Array(0);
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } catch {
    return new Uint8Array(0);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Reads `stream` until its first non-blank byte; returns those bytes and a stream of everything. */
export async function peekStream(stream: Readable): Promise<{ head: Uint8Array; stream: Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const read: Buffer[] = [];
  let done = false;
  while (firstCharacter(Buffer.concat(read)) === null) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    read.push(Buffer.from(next.value));
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* read;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value);
  }
  return { head: Buffer.concat(read), stream: Readable.from(replay(), { objectMode: false }) };
}
