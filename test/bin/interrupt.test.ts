/**
 * Ctrl-C during a long run leaves no partial output (SPEC §6): neither the file named by `-o`
 * or `--rejects` nor a temporary file beside it, and the exit code is the shell's 130. The run
 * is interrupted while the output is being written (a ties table of a million rows) and while
 * a --rejects file is open during reading.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/orgnet.cjs');
const dir = mkdtempSync(join(tmpdir(), 'orgnet-interrupt-'));
const input = join(dir, 'many-ties.csv');

beforeAll(async () => {
  // 1,000,000 distinct ties among 40,000 people, and a bad row every 1,000 rows for --lenient.
  const out = createWriteStream(input);
  out.write('source,target,weight\n');
  for (let block = 0; block < 100; block++) {
    let text = '';
    for (let i = 0; i < 10_000; i++) {
      const r = block * 10_000 + i;
      text += r % 1000 === 999 ? `p${r % 40_000},p${(r * 7 + 1) % 40_000},bad\n` : `p${r % 40_000},p${(r * 7 + 1 + Math.floor(r / 40_000)) % 40_000},1\n`;
    }
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}, 60_000);

/** Starts orgnet, waits until a file matching `pattern` shows in `dir`, then sends SIGINT. */
async function interruptWhen(args: string[], pattern: RegExp): Promise<{ code: number | null; seen: boolean }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'ignore'] });
  let seen = false;
  const poll = setInterval(() => {
    if (!seen && readdirSync(dir).some((f) => pattern.test(f))) {
      seen = true;
      child.kill('SIGINT');
    }
  }, 2);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(poll);
  return { code, seen };
}

describe('Ctrl-C', () => {
  test('while -o is being written: exit 130, no report, no temporary file', async () => {
    const { code, seen } = await interruptWhen(['analyze', input, '--format', 'csv', '--table', 'ties', '--lenient', '--quiet', '-o', 'ties.csv'], /^\.ties\.csv\..*\.tmp$/);
    expect(seen).toBe(true);
    expect(code).toBe(130);
    expect(existsSync(join(dir, 'ties.csv'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  test('while reading with --rejects open: exit 130, no rejects file, no temporary file', async () => {
    const { code, seen } = await interruptWhen(
      ['analyze', input, '--lenient', '--rejects', 'rejects.csv', '--quiet', '--format', 'json', '-o', 'report.json'],
      /^\.rejects\.csv\..*\.tmp$/,
    );
    expect(seen).toBe(true);
    expect(code).toBe(130);
    expect(readdirSync(dir).filter((f) => f !== 'many-ties.csv')).toEqual([]);
  }, 60_000);
});
