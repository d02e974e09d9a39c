/**
 * Writes a renderer's chunks where the user asked: standard output, or `-o PATH` (atomically
 * for a file, through for a device or a pipe: src/io/write-atomic.ts). Chunks are written as
 * they come, waiting for a slow reader (a pipe into `head`, a full disk) instead of buffering
 * the whole output.
 */
import { pour, writeOutput } from '../io/write-atomic.js';
import type { Chunks } from '../render/output.js';
import type { OutStream } from './io.js';

export async function emit(chunks: Chunks, output: string | null, std: { stdout: OutStream; stderr: OutStream }): Promise<void> {
  if (output) await writeOutput(output, std, chunks);
  else for await (const chunk of chunks) await pour(std.stdout, chunk);
}
