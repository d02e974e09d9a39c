/**
 * The E-I permutation test (eiPValue): exact probabilities on a graph small enough to enumerate
 * every relabeling by hand, the counting identities behind the kernel, determinism, and the
 * numpy reference on real data (scripts/golden_ei_permutation.py, 20,000 relabelings of its own),
 * compared within Monte-Carlo error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eiPermutationTest, permutationHits, permutationInput } from '../../../src/core/metrics/ei-permutation.js';
import { encodeGroups, groupLabels } from '../../../src/core/metrics/group-codes.js';
import { groupRows } from '../../../src/core/analysis/groups.js';
import { inProcessRunner } from '../../../src/core/metrics/kernels.js';
import type { Report } from '../../../src/core/model/report.js';
import { ROOT, runJson } from '../../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../../helpers/datasets.js';
import { orgGraph } from '../../helpers/groups.js';

/*
 * two-pairs: A = {a, b}, B = {c, d}; ties a→b, b→a, c→d, a→c.
 * Observed: A has I = 2 (a→b, b→a), E = 1 (a→c): E-I = −1/3. B has I = 1, E = 1: E-I = 0.
 * The organization: I = 3, E = 1, E-I = −1/2.
 *
 * Every relabeling keeps two A and two B; there are C(4, 2) = 6, equally likely. Which two are A:
 *   {a,b}: A I 2 E 1 → −1/3 (hit)   B I 1 E 1 → 0 (hit)    org I 3 (hit)
 *   {a,c}: A I 1 E 3 → +1/2         B I 0 E 3 → +1         org I 1
 *   {a,d}: A I 0 E 4 → +1           B I 0 E 4 → +1         org I 0
 *   {b,c}: A I 0 E 4 → +1           B I 0 E 4 → +1         org I 0
 *   {b,d}: A I 0 E 3 → +1           B I 1 E 3 → +1/2       org I 1
 *   {c,d}: A I 1 E 1 → 0            B I 2 E 1 → −1/3 (hit) org I 3 (hit)
 * So the exact one-sided probabilities are P(A) = 1/6, P(B) = 2/6, P(org) = 2/6.
 */
const twoPairs = () => orgGraph([['a', 'b'], ['b', 'a'], ['c', 'd'], ['a', 'c']], { a: 'A', b: 'A', c: 'B', d: 'B' });

/** Four standard errors of an estimate of p from R draws, and the +1 of (hits + 1)/(R + 1). */
const bound = (p: number, R: number) => 4 * Math.sqrt((p * (1 - p)) / R) + 1 / (R + 1);

describe('two-pairs: every relabeling enumerated by hand', () => {
  const graph = twoPairs();
  const groups = encodeGroups(groupLabels(graph));

  it('the observed counts the kernel starts from are the group rows\' I and E', () => {
    const shared = permutationInput(graph, groups, 42);
    const rows = groupRows(graph, groups, [0, 0, 0, 0]);
    // D = E + 2I: A 1 + 4 = 5, B 1 + 2 = 3.
    expect(Array.from(shared.observedI)).toEqual(rows.map((r) => r.internalTies));
    expect(Array.from(shared.observedD)).toEqual(rows.map((r) => r.externalTies + 2 * r.internalTies));
    expect([shared.observedInside, shared.grouped]).toEqual([3, 4]);
    // Pairs a–b (2 ties), a–c (1), c–d (1), in the people's index order.
    expect([Array.from(shared.pairA), Array.from(shared.pairB), Array.from(shared.pairTies)]).toEqual([[0, 0, 2], [1, 2, 3], [2, 1, 1]]);
  });

  it('p-values from 12,000 relabelings are the enumerated probabilities 1/6, 1/3 and 1/3', async () => {
    const R = 12000;
    const { groups: [pA, pB], org } = await eiPermutationTest(graph, groups, { permutations: R, seed: 42 });
    expect(Math.abs(pA! - 1 / 6)).toBeLessThan(bound(1 / 6, R));
    expect(Math.abs(pB! - 1 / 3)).toBeLessThan(bound(1 / 3, R));
    expect(Math.abs(org! - 1 / 3)).toBeLessThan(bound(1 / 3, R));
  });

  it('with R relabelings a p-value is (hits + 1)/(R + 1): never 0, 1 when every relabeling hits', async () => {
    // One group: every relabeling is the observed one, so every one is a hit.
    const single = orgGraph([['a', 'b'], ['b', 'c']], { a: 'A', b: 'A', c: 'A' });
    const result = await eiPermutationTest(single, encodeGroups(groupLabels(single)), { permutations: 7, seed: 1 });
    expect(result).toEqual({ groups: [1], org: 1 });
  });

  it('--permutations 0 and groups without ties give null', async () => {
    expect(await eiPermutationTest(graph, groups, { permutations: 0, seed: 42 })).toEqual({ groups: [null, null], org: null });
    const lonely = orgGraph([['a', 'b']], { a: 'A', b: 'A', c: 'C' });
    const result = await eiPermutationTest(lonely, encodeGroups(groupLabels(lonely)), { permutations: 50, seed: 1 });
    expect(result.groups[1]).toBeNull(); // C: E + I = 0, its E-I is undefined
  });

  it('the same seed gives the same p-values, however the relabelings are split into tasks', async () => {
    const shared = permutationInput(graph, groups, 9);
    const whole = permutationHits(shared, { from: 0, to: 300 });
    const parts = [permutationHits(shared, { from: 0, to: 17 }), permutationHits(shared, { from: 17, to: 300 })];
    expect(Array.from(whole.hits)).toEqual(Array.from(parts[0]!.hits, (h, g) => h + parts[1]!.hits[g]!));
    expect(whole.orgHits).toBe(parts[0]!.orgHits + parts[1]!.orgHits);
    const a = await eiPermutationTest(graph, groups, { permutations: 300, seed: 9 }, inProcessRunner);
    expect(await eiPermutationTest(graph, groups, { permutations: 300, seed: 9 })).toEqual(a);
    expect(await eiPermutationTest(graph, groups, { permutations: 300, seed: 10 })).not.toEqual(a);
  });
});

describe('people without a group keep none', () => {
  /*
   * A = {a, b}, B = {c}, x without a group; ties a→b, a→x, c→x. Relabelings move only the labels
   * of a, b, c (3 of them: which one is B). A: observed I 1, E 1 (a→x) → 0.
   *   B = c: A = {a, b}: I 1, E 1 → 0 (hit)
   *   B = a: A = {b, c}: I 0, E 2 (a→b, c→x) → +1
   *   B = b: A = {a, c}: I 0, E 3 (a→b, a→x, c→x) → +1
   * P(A) = 1/3; had x's missing label been shuffled too, A = {a, x} would have been possible.
   */
  it('the test relabels the grouped people only', async () => {
    const graph = orgGraph([['a', 'b'], ['a', 'x'], ['c', 'x']], { a: 'A', b: 'A', c: 'B', x: null });
    const R = 9000;
    const { groups } = await eiPermutationTest(graph, encodeGroups(groupLabels(graph)), { permutations: R, seed: 42 });
    expect(Math.abs(groups[0]! - 1 / 3)).toBeLessThan(bound(1 / 3, R));
  });
});

interface ReferenceGroup {
  internalTies: number;
  externalTies: number;
  eiIndex: number | null;
  internalShare: number | null;
  eiPValue: number | null;
}
interface Reference {
  permutations: number;
  datasets: Record<string, { undirected: boolean; reverse: boolean; groups: Record<string, ReferenceGroup>; org: { eiIndex: number | null; eiPValue: number | null } }>;
}

const REFERENCE = JSON.parse(readFileSync(join(ROOT, 'test/golden/groups/ei-permutation.json'), 'utf8')) as Reference;
const R = 2000;

function files(name: string): string[] {
  if (name === 'acme') return ['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv'];
  return [join(DATASETS, name, 'interactions.csv'), '--people', join(DATASETS, name, 'people.csv')];
}

describe.runIf(HAS_DATASETS).each(Object.entries(REFERENCE.datasets))('%s against numpy', (name, reference) => {
  it(`each group's I, E, E-I, internal share and p-value; the organization's (${R} relabelings against ${REFERENCE.permutations})`, async () => {
    const flags = [...(reference.undirected ? ['--undirected'] : []), ...(reference.reverse ? ['--reverse'] : [])];
    const result = await runJson<Report>(['analyze', ...files(name), ...flags, '--format', 'json', '--permutations', String(R)]);
    expect(result.code, result.stderr).toBe(0);
    const report = result.json;
    expect(report.groups.map((g) => g.group)).toEqual(Object.keys(reference.groups).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const within = (actual: number | null, expected: number | null, label: string) => {
      if (expected === null) return expect(actual, label).toBeNull();
      // Both are estimates: the bound adds their standard errors.
      const p = expected;
      const tolerance = 4 * Math.sqrt(p * (1 - p) * (1 / R + 1 / REFERENCE.permutations)) + 1 / (R + 1) + 1 / (REFERENCE.permutations + 1);
      expect(Math.abs(actual! - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
    };
    for (const row of report.groups) {
      const ref = reference.groups[row.group]!;
      expect([row.internalTies, row.externalTies], row.group).toEqual([ref.internalTies, ref.externalTies]);
      for (const field of ['eiIndex', 'internalShare'] as const) {
        if (ref[field] === null) expect(row[field], `${row.group} ${field}`).toBeNull();
        else expect(row[field], `${row.group} ${field}`).toBeCloseTo(ref[field], 12);
      }
      within(row.eiPValue, ref.eiPValue, row.group);
    }
    expect(report.org.eiIndex).toBeCloseTo(reference.org.eiIndex!, 12);
    within(report.org.eiPValue, reference.org.eiPValue, 'org');
  });
});
