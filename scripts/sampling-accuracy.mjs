// How close sampled betweenness is to exact on a benchmark organization, for several sample sizes:
// Spearman correlation of the ranks over everyone, and over the people whose exact betweenness is
// above 1e-4 (where the ranks carry meaning). Prints a Markdown table for BENCHMARKS.md.
//
//   node scripts/sampling-accuracy.mjs [DIR] [K…]     (default bench/data/M and 1000 2000 3000)
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

function ranks(values) {
  const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const r = new Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

function spearman(a, b) {
  const [ra, rb] = [ranks(a), ranks(b)];
  const mean = (x) => x.reduce((s, v) => s + v, 0) / x.length;
  const [ma, mb] = [mean(ra), mean(rb)];
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
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
