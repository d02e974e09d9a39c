/**
 * A graph small enough to work by hand, run end to end through the command line.
 *
 * fixtures/cli/triangle-plus-one.csv           people file: a, b, c in X; d, e in Y
 *   a→b 2, b→a 1, b→c 1, c→a 1, c→d 1          e has no row (an isolate from the people file)
 *
 *        a ⇄ b        n = 5, m = 5 directed ties, 5 rows, total weight 6
 *         ↖ ↙
 *          c → d     e
 *
 * The working for every expected value is in the comment above its assertion; the person
 * values were also checked with networkx 2.8.8 (`/usr/bin/python3`): degree_centrality,
 * betweenness_centrality, closeness_centrality(G.reverse()), reciprocity(G, v).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { PersonRow, Report } from '../../src/core/model/report.js';
import { analyzeJson, expectRowsAddUp, TRIANGLE, TRIANGLE_PEOPLE } from './analyze-helpers.js';

const person = (report: Report, id: string): PersonRow => {
  const p = report.people.find((x) => x.id === id);
  if (!p) throw new Error(`no person ${id}`);
  return p;
};

describe('triangle plus one, with the people file', () => {
  let report: Report;
  beforeAll(async () => {
    report = await analyzeJson([TRIANGLE, '--people', TRIANGLE_PEOPLE]);
  });

  test('organization', () => {
    const o = report.org;
    expect(o.people).toBe(5);
    expect(o.ties).toBe(5);
    expect(o.interactions).toBe(5);
    expect(o.totalWeight).toBe(6); // 2 + 1 + 1 + 1 + 1
    expect(o.density).toBe(0.25); // m / (n(n−1)) = 5 / 20
    expect(o.reciprocity).toBe(0.4); // a→b and b→a returned: 2 of 5 ties
    expect(o.dyadReciprocity).toBe(0.25); // pairs ab, bc, ca, cd; only ab mutual
    expect(o.isolates).toBe(1); // e
    expect(o.components).toBe(2); // {a,b,c,d}, {e}
    expect(o.largestComponentShare).toBe(0.8); // 4 / 5
    // undirected: ab, bc, ca, cd; one triangle; triples a 1, b 1, c 3, d 0 → 3·1 / 5
    expect(o.transitivity).toBeCloseTo(0.6, 12);
    // undirected degrees 2, 2, 3, 1, 0: Σ(3 − deg) = 7 over (n−1)(n−2) = 12
    expect(o.degreeCentralization).toBeCloseTo(7 / 12, 12);
    expect(o.cutPoints).toBe(1); // c: without c, d is cut off
    expect(o.fragmentation).toBeCloseTo(0.4, 12); // 1 − (4·3 + 1·0) / (5·4)
    // X = {a,b,c}: 4 ties inside, c→d across; every tie has both ends in a group: (1 − 4) / 5
    expect(o.eiIndex).toBeCloseTo(-0.6, 12);
  });

  test('degrees, strengths and give/take', () => {
    const a = person(report, 'a');
    // a receives from b and c, reaches b; in 1 + 1, out 2
    expect([a.inDegree, a.outDegree, a.inStrength, a.outStrength]).toEqual([2, 1, 2, 2]);
    expect(a.degreeCentrality).toBe(0.75); // (2 + 1) / 4
    expect(a.giveTakeRatio).toBe(0.5); // 2 / (2 + 2)
    const c = person(report, 'c');
    expect([c.inDegree, c.outDegree, c.inStrength, c.outStrength]).toEqual([1, 2, 1, 2]);
    expect(c.giveTakeRatio).toBeCloseTo(2 / 3, 12);
    const d = person(report, 'd');
    expect(d.degreeCentrality).toBe(0.25); // 1 / 4
    expect(d.giveTakeRatio).toBe(0); // receives only
  });

  test('betweenness: directed hop counts over (n−1)(n−2) = 12', () => {
    // shortest paths: a→c via b; a→d via b, c; b→d via c; c→b via a
    expect(person(report, 'a').betweenness).toBeCloseTo(1 / 12, 12);
    expect(person(report, 'b').betweenness).toBeCloseTo(2 / 12, 12);
    expect(person(report, 'c').betweenness).toBeCloseTo(2 / 12, 12);
    expect(person(report, 'd').betweenness).toBe(0);
    expect(person(report, 'e').betweenness).toBe(0);
  });

  test('closeness: outward reach with the Wasserman–Faust correction', () => {
    // a reaches b 1, c 2, d 3: (3/6)·(3/4); b and c reach three people at 1 + 1 + 2: (3/4)·(3/4)
    expect(person(report, 'a').closeness).toBeCloseTo(0.375, 12);
    expect(person(report, 'b').closeness).toBeCloseTo(0.5625, 12);
    expect(person(report, 'c').closeness).toBeCloseTo(0.5625, 12);
    expect(person(report, 'd').closeness).toBe(0); // reaches nobody
  });

  test('reciprocity per person, null for the isolate', () => {
    // 2·|pred ∩ succ| / (|pred| + |succ|): a {b,c}∩{b} → 2/3; c {b}∩{a,d} → 0
    expect(person(report, 'a').reciprocity).toBeCloseTo(2 / 3, 12);
    expect(person(report, 'b').reciprocity).toBeCloseTo(2 / 3, 12);
    expect(person(report, 'c').reciprocity).toBe(0);
    const e = person(report, 'e');
    expect(e.reciprocity).toBeNull();
    expect(e.giveTakeRatio).toBeNull();
    expect(e.constraint).toBeNull();
    expect(e.effectiveSize).toBeNull();
  });

  test('resilience and roles', () => {
    const c = person(report, 'c');
    expect(c.cutPoint).toBe(true);
    // largest component 4; without c the largest is {a,b}: 4 − 2 − 1 (c itself) = 1
    expect(c.dependents).toBe(1);
    // undirected degree 3 reaches the ⌈0.9·4⌉ = 4th smallest of 1, 2, 2, 3; betweenness 2/12 is the 4th
    // smallest of 0, 1/12, 2/12, 2/12 and b→c→d is an open two-path from X to Y (no tie b→d), a
    // representative path across the groups: broker; 3 directed ties, reciprocity 0: one-way;
    // one dependent is not enough for critical
    expect(c.roles).toEqual(['central-connector', 'broker', 'one-way']);
    expect(person(report, 'd').roles).toEqual(['peripheral']);
    expect(person(report, 'e').roles).toEqual(['isolate']);
    expect(person(report, 'a').roles).toEqual([]);
  });

  test('groups, external share and attributes', () => {
    expect(person(report, 'a').group).toBe('X');
    expect(person(report, 'a').externalShare).toBe(0); // neighbours b, c both in X
    expect(person(report, 'c').externalShare).toBeCloseTo(1 / 3, 12); // a, b in X; d in Y
    expect(person(report, 'a').attributes).toEqual({ office: 'North' });
    const [x, y] = report.groups;
    expect(x).toMatchObject({ group: 'X', size: 3, internalTies: 4, externalTies: 1, reciprocity: 0.5 });
    expect(x!.density).toBeCloseTo(4 / 6, 12);
    expect(x!.connectors).toEqual(['b', 'c', 'a']); // betweenness 2/12, 2/12 (by id), 1/12
    // Y: no tie inside, c→d across; no betweenness, so no connector
    expect(y).toMatchObject({ group: 'Y', size: 2, internalTies: 0, externalTies: 1, eiIndex: 1, density: 0 });
    expect(y!.reciprocity).toBeNull();
    expect(y!.connectors).toEqual([]);
  });

  test('mixing: the ordered pairs of groups that have ties (Y→X and Y→Y have none)', () => {
    expect(report.mixing).toEqual([
      { from: 'X', to: 'X', ties: 4, weight: 5 },
      { from: 'X', to: 'Y', ties: 1, weight: 1 },
    ]);
  });

  test('without timestamps: activity is the interaction count only', () => {
    expect(person(report, 'a').activity).toEqual({
      interactions: 4, // in 2 + out 2
      activePeriods: null, activityRate: null, firstSeen: null, lastSeen: null, trend: null, status: null,
    });
    expect(report.org.activeShare).toBeNull();
    expect(report.activity.series).toEqual([]);
    expectRowsAddUp(report);
  });
});
