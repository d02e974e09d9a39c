// How close sampled betweenness is to exact on a benchmark organization, for several sample sizes:
// Spearman correlation of the ranks over everyone, and over the people whose exact betweenness is
// above 1e-4 (where the ranks carry meaning). Prints a Markdown table for BENCHMARKS.md.
//
//   node scripts/sampling-accuracy.mjs [DIR] [K…]     (default bench/data/M and 1000 2000 3000)
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spearman } from './rank-stats.mjs';

const [dir = 'bench/data/M', ...ks] = process.argv.slice(2);
const sizes = ks.length > 0 ? ks.map(Number) : [1000, 2000, 3000];

function betweenness(extra) {
  const out = join(tmpdir(), `orgnet-sampling-${process.pid}.json`);
  const r = spawnSync(process.execPath, ['bin/orgnet.js', 'analyze', join(dir, 'interactions.csv'), '--people', join(dir, 'people.csv'), '--quiet', '--format', 'json', '-o', out, ...extra], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`orgnet exited ${r.status}`);
  const people = JSON.parse(readFileSync(out, 'utf8')).people;
  rmSync(out, { force: true });
  return people.map((p) => p.betweenness);
}

const exact = betweenness(['--exact']);
const meaningful = exact.map((v, i) => (v > 1e-4 ? i : -1)).filter((i) => i >= 0);
console.log(`| K | Spearman, everyone (${exact.length.toLocaleString('en')}) | Spearman, the ${meaningful.length.toLocaleString('en')} people with exact betweenness > 10⁻⁴ |`);
console.log('| ---: | ---: | ---: |');
for (const k of sizes) {
  const sampled = betweenness(['--betweenness-samples', String(k)]);
  const pick = (values) => meaningful.map((i) => values[i]);
  console.log(`| ${k.toLocaleString('en')} | ${spearman(exact, sampled).toFixed(3)} | ${spearman(pick(exact), pick(sampled)).toFixed(3)} |`);
}
