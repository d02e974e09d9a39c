/**
 * What a renderer hands back: the output as a sequence of chunks, written as they are made
 * (docs/outputs.md: a report of 50,000 people must never need one string of the whole output; V8 caps
 * a string near 512 MiB). Text formats are plain generators of strings, pure and easy to test
 * (`textOf(renderJson(analysis))`); a binary format (xlsx) yields bytes, possibly
 * asynchronously. The CLI writes the chunks to standard output or, atomically, to `-o`.
 */
import type { Analysis } from '../core/analysis/analyze.js';
import type { RenderContext } from './context.js';

export type Chunk = string | Uint8Array;
export type Chunks = Iterable<Chunk> | AsyncIterable<Chunk>;

export type Renderer = (analysis: Analysis, ctx: RenderContext) => Chunks;

/** Lines are gathered into chunks of about this many characters: one write per chunk, not per line. */
export const CHUNK_CHARS = 1 << 16;

/** Joins many short strings (CSV lines, JSON rows) into fewer, larger chunks. */
export function* batched(parts: Iterable<string>, size = CHUNK_CHARS): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const part of parts) {
    buffer.push(part);
    length += part.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}

/** The whole output of a text renderer as one string: for tests and small outputs only. */
export function textOf(chunks: Iterable<Chunk>): string {
  let text = '';
  for (const chunk of chunks) text += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
  return text;
}

/** The whole output of any renderer as bytes: for tests. */
export async function bytesOf(chunks: Chunks): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(parts);
}
