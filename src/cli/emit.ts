/**
 * Writes a renderer's chunks where the user asked: standard output, or `-o PATH` (atomically
 * for a file, through for a device or a pipe: src/io/write-atomic.ts). Chunks are written as
 * they come, waiting for a slow reader (a pipe into `head`, a full disk) instead of buffering
 * the whole output.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { writeOutput } from '../io/write-atomic.js';
import type { Chunks } from '../render/output.js';
import type { OutStream } from './io.js';

export async function emit(chunks: Chunks, output: string | null, std: { stdout: OutStream; stderr: OutStream }): Promise<void> {
  if (output) await writeOutput(output, std, (out) => pour(chunks, out));
  else await pour(chunks, std.stdout);
}

async function pour(chunks: Chunks, out: Writable | OutStream): Promise<void> {
  for await (const chunk of chunks) {
    if (out.write(chunk) === false && 'once' in out) await once(out as Writable, 'drain');
  }
}
