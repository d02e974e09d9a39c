// How close sampled betweenness and closeness are to exact on a benchmark organization, for several
// sample sizes: for betweenness, Spearman correlation of the ranks over everyone and over the people
// whose exact betweenness is above 1e-4 (where the ranks carry meaning); for closeness (searched
// from a quarter of the sampled people), Spearman and the top-20 overlap. Prints a Markdown table
// for BENCHMARKS.md.
//
//   node scripts/sampling-accuracy.mjs [DIR] [K…]     (default bench/data/M and 1000 2000 3000)
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spearman, topOverlap } from './rank-stats.mjs';

const [dir = 'bench/data/M', ...ks] = process.argv.slice(2);
const sizes = ks.length > 0 ? ks.map(Number) : [1000, 2000, 3000];

function centralities(extra) {
  const out = join(tmpdir(), `orgnet-sampling-${process.pid}.json`);
  const r = spawnSync(process.execPath, ['bin/orgnet.cjs', 'analyze', join(dir, 'interactions.csv'), '--people', join(dir, 'people.csv'), '--quiet', '--format', 'json', '-o', out, ...extra], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`orgnet exited ${r.status}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return { betweenness: report.people.map((p) => p.betweenness), closeness: report.people.map((p) => p.closeness), pivots: report.meta.closeness.k };
}

const exact = centralities(['--exact']);
const meaningful = exact.betweenness.map((v, i) => (v > 1e-4 ? i : -1)).filter((i) => i >= 0);
console.log(
  `| K | betweenness: Spearman, everyone (${exact.betweenness.length.toLocaleString('en')}) | Spearman, the ${meaningful.length.toLocaleString('en')} with exact betweenness > 10⁻⁴ | closeness pivots | closeness: Spearman | top-20 overlap |`,
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const k of sizes) {
  const sampled = centralities(['--betweenness-samples', String(k)]);
  const pick = (values) => meaningful.map((i) => values[i]);
  const b = [spearman(exact.betweenness, sampled.betweenness), spearman(pick(exact.betweenness), pick(sampled.betweenness))];
  const c = [spearman(exact.closeness, sampled.closeness), topOverlap(exact.closeness, sampled.closeness, 20)];
  console.log(`| ${k.toLocaleString('en')} | ${b[0].toFixed(3)} | ${b[1].toFixed(3)} | ${sampled.pivots.toLocaleString('en')} | ${c[0].toFixed(3)} | ${c[1].toFixed(2)} |`);
}
