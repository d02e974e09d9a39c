import { describe, expect, it } from 'vitest';
import { keyPlayers } from '../../../src/core/metrics/key-players.js';
import { orgStructure } from '../../../src/core/metrics/org-summary.js';
import { cutPoints, dependents, fragmentation } from '../../../src/core/metrics/resilience.js';
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

describe('fragmentation and key players', () => {
  it('fragmentation: 0 connected, 1 all isolates, null below two people', () => {
    expect(fragmentation(star)).toBe(0);
    expect(fragmentation(graphFromEdges([], ['a', 'b', 'c']))).toBe(1);
    expect(fragmentation(graphFromEdges([], ['a']))).toBeNull();
    // Components 2 + 1: 1 − 2·1 / (3·2) = 2/3.
    expect(fragmentation(graphFromEdges([['a', 'b']], ['c']))).toBeCloseTo(2 / 3, 15);
  });

  it('greedy: the hub first, then ties broken by the smallest id', () => {
    // Without hub: 4 isolates → 1. Then all candidates give 1 again → smallest id a, over 3 people.
    expect(keyPlayers(star, 2)).toEqual([
      { id: 'hub', fragmentation: 1 },
      { id: 'a', fragmentation: 1 },
    ]);
  });

  it('stops while two people remain', () => {
    expect(keyPlayers(star, 10)).toHaveLength(3);
    expect(keyPlayers(graphFromEdges([['a', 'b']]), 5)).toEqual([]);
    expect(keyPlayers(star, 0)).toEqual([]);
  });
});

describe('orgStructure', () => {
  it('counts rows and weight of the ties in the graph', () => {
    // a→b twice (weights 1 + 2), b→a once (weight 0.5).
    const g = graphFromEdges([['a', 'b', 1], ['a', 'b', 2], ['b', 'a', 0.5]]);
    const org = orgStructure(g, { keyPlayers: 5 });
    expect(org.interactions).toBe(3);
    expect(org.totalWeight).toBe(3.5);
    expect(org.ties).toBe(2);
    expect(org.density).toBe(1);
  });

  it('guards an empty organization', () => {
    expect(orgStructure(graphFromEdges([]), { keyPlayers: 5 })).toEqual({
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
      keyPlayers: [],
    });
  });
});
