import { describe, expect, it } from 'vitest';
import type { OrgGraph } from '../../../src/core/graph/types.js';
import { pools, sampleByHash, topByBetweenness } from '../../../src/core/metrics/key-player-pools.js';
import { keyPlayers } from '../../../src/core/metrics/key-players.js';
import { orgStructure } from '../../../src/core/analysis/org-summary.js';
import { personStructure } from '../../../src/core/analysis/person-summary.js';
import { cutOffBy, cutPoints, dependents, fragmentation } from '../../../src/core/metrics/resilience.js';
import { meanDistance } from '../../../src/core/analysis/resilience-view.js';
import { distanceWords } from '../../../src/render/i18n/en.js';
import { graphFromEdges, type EdgeSpec } from '../../helpers/graph.js';

const star = graphFromEdges([['hub', 'a'], ['hub', 'b'], ['c', 'hub'], ['d', 'hub']]);

describe('cut points and dependents', () => {
  it('star: only the hub is a cut point; 3 others drop out of the largest component', () => {
    // ids sorted: a, b, c, d, hub. LC = 5; without hub LC′ = 1 → 5 − 1 − 1 = 3.
    expect(cutPoints(star)).toEqual([false, false, false, false, true]);
    expect(dependents(star)).toEqual([0, 0, 0, 0, 3]);
  });

  it('LC′ may be another component', () => {
    // Path a–b–c–d–e (5) and triangle x–y–z (3). Without a (or e): LC′ = 4 → 5 − 4 − 1 = 0.
    // Without b: pieces 1 and 3, triangle 3 → LC′ = 3 → 1. Without c: pieces 2, 2 → LC′ = 3 → 1.
    // The triangle is outside LC → 0.
    const g = graphFromEdges([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['x', 'y'], ['y', 'z'], ['z', 'x']]);
    expect(dependents(g)).toEqual([0, 1, 1, 1, 0, 0, 0, 0]);
  });

  it('who would be cut off: the people outside the largest piece left (equal pieces: the one with the smallest id stays)', () => {
    // Path a–b–c–d–e and triangle x–y–z (ids sorted: a b c d e x y z → 0 … 7).
    const g = graphFromEdges([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['x', 'y'], ['y', 'z'], ['z', 'x']]);
    // Without b: {a} and {c, d, e}: a is cut off — 1, as dependents says.
    expect(cutOffBy(g, 1)).toEqual([0]);
    // Without c: {a, b} and {d, e} tie, {a, b} holds the smallest id and stays: d, e are cut off,
    // while dependents counts 1 (the triangle, of 3, is then the largest component).
    expect(cutOffBy(g, 2)).toEqual([3, 4]);
    expect(dependents(g)[2]).toBe(1);
    // Outside the largest component, or an end of the path: nobody.
    expect(cutOffBy(g, 5)).toEqual([]);
    expect(cutOffBy(g, 0)).toEqual([]);
  });

  it('two largest components of equal size: nobody has dependents', () => {
    const g = graphFromEdges([['a', 'b'], ['b', 'c'], ['x', 'y'], ['y', 'z']]);
    expect(dependents(g)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(cutPoints(g)).toEqual([false, true, false, false, true, false]);
  });

  it('handles a 200,000-person chain without overflowing the stack', () => {
    const n = 200_000;
    const edges: EdgeSpec[] = [];
    const id = (i: number) => `p${String(i).padStart(6, '0')}`;
    for (let i = 0; i + 1 < n; i++) edges.push([id(i), id(i + 1)]);
    const chain = graphFromEdges(edges);
    const cuts = cutPoints(chain);
    expect(cuts.filter(Boolean)).toHaveLength(n - 2);
    // Person i = n/2 leaves pieces of i and n − 1 − i people → LC′ = i → n − i − 1 dependents.
    expect(dependents(chain)[n / 2]).toBe(n - n / 2 - 1);
  });
});

describe('fragmentation', () => {
  it('is 0 connected, 1 all isolates, null below two people', () => {
    expect(fragmentation(star)).toBe(0);
    expect(fragmentation(graphFromEdges([], ['a', 'b', 'c']))).toBe(1);
    expect(fragmentation(graphFromEdges([], ['a']))).toBeNull();
    // Components 2 + 1: 1 − 2·1 / (3·2) = 2/3.
    expect(fragmentation(graphFromEdges([['a', 'b']], ['c']))).toBeCloseTo(2 / 3, 15);
  });
});

describe('key players by distance fragmentation', () => {
  const options = (k: number, candidates = 20) => ({ keyPlayers: k, candidates, samples: 200, seed: 42 });
  const players = async (graph: OrgGraph, k: number, candidates = 20) =>
    keyPlayers(graph, (await personStructure(graph)).betweenness, options(k, candidates));

  it('star: the hub first, then ties broken by the smallest id', async () => {
    // Org DF: 8 ordered hub–leaf pairs at 1 hop, 12 leaf–leaf pairs at 2 → Σ 1/d = 8 + 6 = 14,
    // DF = 1 − 14 / (5·4) = 0.3. Without the hub: 4 isolates → DF 1 (a leaf instead: Σ = 6 + 3 over
    // 4 people → 0.25). Then every removal leaves 3 isolates → DF 1 for all, smallest id a.
    const result = await players(star, 2);
    expect(result.distanceFragmentation).toBeCloseTo(0.3, 15);
    expect(result.keyPlayers).toEqual([
      { id: 'hub', distanceFragmentation: 1, fragmentation: 1 },
      { id: 'a', distanceFragmentation: 1, fragmentation: 1 },
    ]);
    expect(result.method).toEqual({ method: 'exact', candidates: 5 });
  });

  it('a cycle, where component fragmentation ranks everyone equal: DF still sees the distance', async () => {
    // C5 a–b–c–d–e–a: every removal leaves P4 (fragmentation 0). Σ 1/d in P4 = 6 + 4/2 + 2/3 = 26/3
    // over 4 people → DF = 1 − (26/3)/12 = 5/18. All tie → smallest id a. Without a the path is
    // b–c–d–e; removing c (or d) leaves {b} and d–e: Σ = 2 over 3 people → 1 − 2/6 = 2/3; removing
    // b (or e) leaves P3: Σ = 4 + 2·(1/2) = 5 → 1 − 5/6 = 1/6. c wins its tie with d by id.
    const cycle = graphFromEdges([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'a']]);
    const result = await players(cycle, 2);
    expect(result.keyPlayers.map((p) => p.id)).toEqual(['a', 'c']);
    expect(result.keyPlayers[0]!.distanceFragmentation).toBeCloseTo(5 / 18, 15);
    expect(result.keyPlayers[0]!.fragmentation).toBe(0);
    expect(result.keyPlayers[1]!.distanceFragmentation).toBeCloseTo(2 / 3, 15);
    // Pieces {b} and {d, e} of 3 people: 1 − 2 / 6 = 2/3.
    expect(result.keyPlayers[1]!.fragmentation).toBeCloseTo(2 / 3, 15);
  });

  it('stops while two people remain, or when the candidates run out', async () => {
    expect((await players(star, 10)).keyPlayers).toHaveLength(3);
    const pair = await players(graphFromEdges([['a', 'b']]), 5);
    expect(pair.keyPlayers).toEqual([]);
    expect(pair.distanceFragmentation).toBe(0);
    expect((await players(star, 0)).keyPlayers).toEqual([]);
    expect((await players(star, 0)).distanceFragmentation).toBeCloseTo(0.3, 15);
    // One candidate: the hub, the only person with betweenness > 0.
    expect((await players(star, 5, 1)).keyPlayers.map((p) => p.id)).toEqual(['hub']);
  });

  it('DF is null for fewer than two people', async () => {
    expect((await players(graphFromEdges([], ['a']), 5)).distanceFragmentation).toBeNull();
    expect((await players(graphFromEdges([]), 5)).distanceFragmentation).toBeNull();
  });
});

describe('distance fragmentation in words', () => {
  it('is the harmonic mean distance 1 / (1 − DF)', () => {
    // Star of 5: DF 0.3 → Σ 1/d = 14 over 20 pairs; 20 / 14 = 1 / 0.7 = 1.43 hops.
    expect(meanDistance(0.3)).toBeCloseTo(1 / 0.7, 15);
    expect(distanceWords(0.3)).toBe('people are on average 1.43 hops apart');
    expect(meanDistance(0)).toBe(1);
    expect(meanDistance(1)).toBeNull();
    expect(distanceWords(1)).toBe('nobody can reach anybody');
    expect(distanceWords(null)).toBe('too few people to measure distances');
  });
});

describe('key-player candidates and sources', () => {
  it('the C highest betweenness, ties (to 12 decimals) by the smallest id', () => {
    const ids = ['a', 'b', 'c', 'd'];
    // b and d differ only by rounding noise: they tie, and b comes first by id.
    expect(topByBetweenness(ids, [0.1, 0.3 + 1e-17, 0.05, 0.3], 3)).toEqual([1, 3, 0]);
    expect(topByBetweenness(ids, [0.1, null, 0, 0.2], 4)).toEqual([3, 0, 2, 1]);
  });

  it('exact up to 500 people or when S ≥ n, else S sources drawn by a seeded hash of the id', () => {
    const ids = Array.from({ length: 600 }, (_, i) => `p${String(i).padStart(3, '0')}`);
    const none = ids.map(() => 0);
    expect(pools(ids.slice(0, 500), none.slice(0, 500), { candidates: 20, samples: 10, seed: 1 }).method).toEqual({ method: 'exact', candidates: 20 });
    expect(pools(ids, none, { candidates: 20, samples: 600, seed: 1 }).sources).toHaveLength(600);
    const sampled = pools(ids, none, { candidates: 20, samples: 50, seed: 1 });
    expect(sampled.method).toEqual({ method: 'sampled', candidates: 20, samples: 50, seed: 1 });
    expect(sampled.sources).toHaveLength(50);
    expect(new Set(sampled.sources).size).toBe(50);
    expect(pools(ids, none, { candidates: 20, samples: 50, seed: 2 }).sources).not.toEqual(sampled.sources);
  });

  it('the same people are sources whoever else is in the file', () => {
    const ids = Array.from({ length: 600 }, (_, i) => `p${String(i).padStart(3, '0')}`);
    const chosen = (list: string[]) => Array.from(sampleByHash(list, 50, 7), (i) => list[i]!);
    const all = chosen(ids);
    const notSource = ids.find((id) => !all.includes(id))!;
    expect(chosen(ids.filter((id) => id !== notSource))).toEqual(all);
  });
});

describe('orgStructure', () => {
  it('counts rows and weight of the ties in the graph', () => {
    // a→b twice (weights 1 + 2), b→a once (weight 0.5).
    const g = graphFromEdges([['a', 'b', 1], ['a', 'b', 2], ['b', 'a', 0.5]]);
    const org = orgStructure(g);
    expect(org.interactions).toBe(3);
    expect(org.totalWeight).toBe(3.5);
    expect(org.ties).toBe(2);
    expect(org.density).toBe(1);
  });

  it('guards an empty organization', () => {
    expect(orgStructure(graphFromEdges([]))).toEqual({
      people: 0,
      ties: 0,
      interactions: 0,
      totalWeight: 0,
      density: 0,
      reciprocity: null,
      dyadReciprocity: null,
      components: 0,
      largestComponentShare: null,
      isolates: 0,
      transitivity: null,
      degreeCentralization: null,
      cutPoints: 0,
      fragmentation: null,
    });
  });
});
