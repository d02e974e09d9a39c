import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { kernelProgress, withProgress } from '../../src/io/progress.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('progress');
const file = join(dir, 'rows.csv');
const text = 'source,target\n' + 'a,b\n'.repeat(50_000);
writeFileSync(file, text);

async function drain(stream: Readable): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += String(chunk);
  return out;
}

function stderr(isTTY: boolean) {
  const lines: string[] = [];
  return { lines, target: { isTTY, write: (s: string) => lines.push(s) } };
}

describe('withProgress', () => {
  it('shows a progress bar on a terminal (share, MiB, rows/s, time left), then clears it, and passes every byte through', async () => {
    const err = stderr(true);
    const stream = withProgress(createReadStream(file, { highWaterMark: 4096 }), file, 'rows.csv', err.target, false, 1);
    // The reader may attach later (the people file is read first): nothing may flow before it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const out = await drain(stream);
    expect(out).toBe(text);
    expect(err.lines.some((l) => /^rows\.csv [█░]{24} \d+% · \d+ of \d+ MiB · [\d,]+ rows\/s · .+ left$/.test(l))).toBe(true);
    // The bar is erased when reading ends: the last thing written clears the line.
    expect(err.lines.at(-1)).toBe('\x1b[2K');
  });

  it('the path metrics show searches done, for long computations only', () => {
    const err = stderr(true);
    const progress = kernelProgress(err.target, false);
    progress('brandes', 0, 64, 1e10);
    progress('brandes', 32, 64, 1e10);
    progress('brandes', 64, 64, 1e10);
    expect(err.lines.some((l) => /^betweenness and closeness [█░]{24} 0% · /.test(l))).toBe(true);
    expect(err.lines.some((l) => /^betweenness and closeness █{24} 100% · /.test(l))).toBe(true);
    expect(err.lines.at(-1)).toBe('\x1b[2K');
    const short = stderr(true);
    kernelProgress(short.target, false)('brandes', 0, 64, 1e6);
    const quiet = stderr(true);
    kernelProgress(quiet.target, true)('brandes', 0, 64, 1e10);
    const pipe = stderr(false);
    kernelProgress(pipe.target, false)('brandes', 0, 64, 1e10);
    expect([short.lines, quiet.lines, pipe.lines]).toEqual([[], [], []]);
  });

  it('stays silent in a pipe, with --quiet, for small files and for standard input', async () => {
    for (const [tty, quiet, min, path] of [
      [false, false, 1, file],
      [true, true, 1, file],
      [true, false, 10 * 1024 * 1024, file],
      [true, false, 1, '-'],
    ] as const) {
      const err = stderr(tty);
      const out = await drain(withProgress(createReadStream(file), path, 'x', err.target, quiet, min));
      expect(out).toBe(text);
      expect(err.lines).toEqual([]);
    }
  });
});
