/**
 * The acme example split into its first and last six months (rows before 2025-07-01, and the
 * others), written as two interactions files — the split scripts/golden_diff.py makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export function writeAcmeHalves(dir: string): { first: string; second: string } {
  const [header, ...rows] = readFileSync(join(ROOT, 'fixtures/acme/interactions.csv'), 'utf8').trimEnd().split('\n');
  const early = (row: string) => (row.split(',')[3] ?? '') < '2025-07-01';
  const first = join(dir, 'first-half.csv');
  const second = join(dir, 'second-half.csv');
  writeFileSync(first, [header, ...rows.filter(early)].join('\n') + '\n');
  writeFileSync(second, [header, ...rows.filter((r) => !early(r))].join('\n') + '\n');
  return { first, second };
}
