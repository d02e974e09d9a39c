/**
 * Two computations at once on a real worker pool, in a process of its own: both results must
 * arrive and the process must write them. A worker that held both and was let go when the
 * first ended left nothing keeping Node alive, and the process ended with exit 0 and no output.
 * The reference for the figures is the kernel run here, in this thread, on the same input.
 * Needs `npm run build` (the child imports the compiled files in dist/).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { permutationHits, type PermutationShared } from '../../src/core/metrics/ei-permutation.js';
import { ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'orgnet-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A permutation input made from a linear congruential sequence, written once as source text so
 * the child and this test build the same arrays: 4 groups, `members` people, `pairs` pairs.
 */
const INPUT_SOURCE = `
function input(members, pairs, seed) {
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
  const labels = new Int32Array(members).map(() => next() % 4);
  const pairA = new Int32Array(pairs).map(() => next() % members);
  const pairB = new Int32Array(pairs).map((_, e) => (pairA[e] + 1 + (next() % (members - 1))) % members);
  const pairTies = new Uint8Array(pairs).map(() => 1 + (next() % 2));
  const memberTies = new Int32Array(members);
  const observedD = new Float64Array(4);
  const observedI = new Float64Array(4);
  let observedInside = 0;
  let grouped = 0;
  for (let e = 0; e < pairs; e++) {
    memberTies[pairA[e]] += pairTies[e];
    memberTies[pairB[e]] += pairTies[e];
    grouped += pairTies[e];
    if (labels[pairA[e]] === labels[pairB[e]]) {
      observedI[labels[pairA[e]]] += pairTies[e];
      observedInside += pairTies[e];
    }
  }
  for (let m = 0; m < members; m++) observedD[labels[m]] += memberTies[m];
  return { groups: 4, seed, labels, memberTies, pairA, pairB, pairTies, observedD, observedI, observedInside, grouped };
}`;

const input = new Function(`${INPUT_SOURCE}; return input;`)() as (members: number, pairs: number, seed: number) => PermutationShared;

/** The first computation is short, the second long enough to still run when the first ends. */
const SHORT = { members: 2_000, pairs: 20_000, seed: 3, ranges: [{ from: 0, to: 8 }, { from: 8, to: 16 }] };
const LONG = { members: 20_000, pairs: 200_000, seed: 4, ranges: [{ from: 0, to: 150 }, { from: 150, to: 300 }] };

const CHILD = `
import { createWorkerRunner } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/io/worker-runner.js')).href)};
${INPUT_SOURCE}
const runner = createWorkerRunner({ threads: 2 });
const short = ${JSON.stringify(SHORT)};
const long = ${JSON.stringify(LONG)};
// A promise chain, not a top-level await: like bin/orgnet.cjs, nothing but the workers keeps Node alive.
Promise.all([short, long].map((c) => runner.run('eiPermutations', input(c.members, c.pairs, c.seed), c.ranges))).then((both) => {
  process.stdout.write(JSON.stringify(both.map((results) => results.map((r) => ({ hits: Array.from(r.hits), orgHits: r.orgHits })))));
});
`;

function here(c: typeof SHORT) {
  const shared = input(c.members, c.pairs, c.seed);
  return c.ranges.map((range) => {
    const r = permutationHits(shared, range);
    return { hits: Array.from(r.hits), orgHits: r.orgHits };
  });
}

describe('a worker pool running two computations at once', () => {
  it('delivers both results, and the process writes them before it exits', () => {
    const script = join(dir, 'two-at-once.mjs');
    writeFileSync(script, CHILD);
    const child = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 120_000 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    // What went wrong before: exit 0, and nothing written.
    expect(child.stdout).not.toBe('');
    expect(JSON.parse(child.stdout)).toEqual([here(SHORT), here(LONG)]);
  }, 180_000);
});
