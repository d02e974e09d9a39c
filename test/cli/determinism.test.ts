/**
 * The same input and options give the same report, byte for byte apart from `generatedAt`,
 * and the order of the rows does not matter: communities, roles and every figure are the
 * same when the acme rows are shuffled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/base/random.js';
import { ROOT, run, runJson } from '../helpers/cli.js';

const ACME = join(ROOT, 'fixtures/acme');
const args = ['--people', join(ACME, 'people.csv'), '--format', 'json'];

function withoutTimeAndFile(json: string): unknown {
  const report = JSON.parse(json) as { meta: { generatedAt?: string; input: { file?: string } } };
  delete report.meta.generatedAt;
  delete report.meta.input.file;
  return report;
}

function shuffledRows(text: string, seed: number): string {
  const [header, ...rows] = text.trimEnd().split('\n');
  const random = seededRandom(seed);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return [header, ...rows].join('\n') + '\n';
}

describe('determinism', () => {
  it('gives byte-identical JSON on two runs, apart from generatedAt', async () => {
    const first = await run(['analyze', join(ACME, 'interactions.csv'), ...args], { now: new Date('2026-01-01T00:00:00Z') });
    const second = await run(['analyze', join(ACME, 'interactions.csv'), ...args], { now: new Date('2026-06-30T12:00:00Z') });
    expect(first.code).toBe(0);
    const strip = (s: string) => s.replace(/"generatedAt": "[^"]+"/, '');
    expect(strip(second.stdout)).toBe(strip(first.stdout));
    expect(first.stdout).not.toBe(second.stdout); // generatedAt really differs
  });

  it('gives the same partition, roles and figures when the rows are shuffled', async () => {
    const text = readFileSync(join(ACME, 'interactions.csv'), 'utf8');
    const original = await runJson<{ people: { community: number | null }[] }>(['analyze', '-', ...args], { stdin: text });
    for (const seed of [1, 2]) {
      const shuffled = await run(['analyze', '-', ...args], { stdin: shuffledRows(text, seed) });
      expect(shuffled.code).toBe(0);
      expect(withoutTimeAndFile(shuffled.stdout)).toEqual(withoutTimeAndFile(original.stdout));
    }
    const report = original.json;
    expect(new Set(report.people.map((p) => p.community)).size).toBeGreaterThan(1);
  });

  it('changes the partition only through --seed or --resolution', async () => {
    const base = (await runJson<{ org: { communities: number } }>(['analyze', join(ACME, 'interactions.csv'), ...args])).json;
    const finer = (await runJson<{ org: { communities: number } }>(['analyze', join(ACME, 'interactions.csv'), ...args, '--resolution', '3'])).json;
    expect(finer.org.communities).toBeGreaterThan(base.org.communities);
  });
});
