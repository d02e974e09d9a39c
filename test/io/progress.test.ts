import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { withProgress } from '../../src/io/progress.js';

const dir = mkdtempSync(join(tmpdir(), 'orgnet-progress-'));
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
  it('shows a progress line on a terminal, then clears it, and passes every byte through', async () => {
    const err = stderr(true);
    const stream = withProgress(createReadStream(file, { highWaterMark: 4096 }), file, 'rows.csv', err.target, false, 1);
    // The reader may attach later (the people file is read first): nothing may flow before it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const out = await drain(stream);
    expect(out).toBe(text);
    expect(err.lines.some((l) => /^\rrows\.csv: reading \d+ of \d+ MiB \(\d+%\)$/.test(l))).toBe(true);
    expect(err.lines.at(-1)).toBe('\r\x1b[2K');
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
