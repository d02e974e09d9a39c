import { describe, expect, it } from 'vitest';
import { betweenness, betweennessFromSources, closenessPivots, pathCentralities, sampleSources } from '../../../src/core/metrics/betweenness.js';
import { closeness, closenessFromPivots } from '../../../src/core/metrics/closeness.js';
import { everyone, pathShared, reachSumsWith } from '../../../src/core/metrics/shortest-paths.js';
import { indexGraph } from '../../../src/core/graph/csr.js';
import { inProcessRunner } from '../../../src/core/metrics/kernels.js';
import { graphFromEdges } from '../../helpers/graph.js';

// Two triangles a→b→c→a and d→e→f→d joined by c→d, plus a one-way tail f→g.
const bridge = graphFromEdges([
  ['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'e'], ['e', 'f'], ['f', 'd'], ['c', 'd'], ['f', 'g'],
]);

describe('betweenness', () => {
  it('P3 a→b→c: b lies on the one path a→c', () => {
    // b: σ_ac(b)/σ_ac = 1, normalized by (n−1)(n−2) = 2 → 0.5 (networkx betweenness_centrality(P3) = 0.5).
    expect(betweenness(graphFromEdges([['a', 'b'], ['b', 'c']]))).toEqual([0, 0.5, 0]);
  });

  it('splits a pair between two equally short routes', () => {
    // a→b→d and a→c→d: b and c each carry half of the pair (a, d): 0.5 / (3·2) = 1/12.
    const diamond = graphFromEdges([['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'd']]);
    const [a, b, c, d] = betweenness(diamond);
    expect([a, d]).toEqual([0, 0]);
    expect(b).toBeCloseTo(1 / 12, 15);
    expect(c).toBeCloseTo(1 / 12, 15);
  });

  it('ignores weights: they are strengths, not distances', () => {
    const light = graphFromEdges([['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 1]]);
    const heavy = graphFromEdges([['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 100]]);
    expect(betweenness(heavy)).toEqual(betweenness(light));
  });

  it('is 0 for everyone with two people or fewer, and empty for nobody', () => {
    expect(betweenness(graphFromEdges([['a', 'b'], ['b', 'a']]))).toEqual([0, 0]);
    expect(betweenness(graphFromEdges([]))).toEqual([]);
  });

  it('sampling every person is the exact computation', () => {
    const exact = betweenness(bridge);
    expect(betweenness(bridge, { samples: 7, seed: 1 })).toEqual(exact);
    expect(betweenness(bridge, { samples: 99, seed: 1 })).toEqual(exact);
    expect(betweennessFromSources(bridge, [0, 1, 2, 3, 4, 5, 6])).toEqual(exact);
  });

  it('sampling is deterministic for a seed and scales by n / k', () => {
    const first = betweenness(bridge, { samples: 3, seed: 7 });
    expect(betweenness(bridge, { samples: 3, seed: 7 })).toEqual(first);
    const sources = sampleSources(7, 3, 7);
    expect(first).toEqual(betweennessFromSources(bridge, sources));
  });

  it('draws k distinct sources in ascending order, at most n', () => {
    const sources = sampleSources(1000, 50, 42);
    expect(new Set(sources).size).toBe(50);
    expect([...sources].sort((x, y) => x - y)).toEqual(sources);
    expect(sampleSources(1000, 50, 42)).toEqual(sources);
    expect(sampleSources(1000, 50, 43)).not.toEqual(sources);
    expect(sampleSources(4, 10, 1)).toEqual([0, 1, 2, 3]);
  });
});

describe('pathCentralities', () => {
  it('gives the same numbers as the separate functions, exact or sampled', async () => {
    expect(await pathCentralities(bridge)).toEqual({ betweenness: betweenness(bridge), closeness: closeness(bridge) });
    const sampled = await pathCentralities(bridge, { samples: 6, seed: 5 });
    expect(sampled.betweenness).toEqual(betweenness(bridge, { samples: 6, seed: 5 }));
    const { n, in: inn } = indexGraph(bridge);
    // Closeness searches from the first ⌈6 / 4⌉ = 2 people drawn.
    const pivots = Int32Array.from(sampleSources(n, 2, 5));
    expect(sampled.closeness).toEqual(closenessFromPivots(await reachSumsWith(inProcessRunner, pathShared(inn, n, pivots, false)), pivots, n));
  });

  it('closeness pivots: a quarter of the sources, rounded up, and among them (the same seed draws them first)', () => {
    expect([1, 2, 4, 5, 2000, 2001].map(closenessPivots)).toEqual([1, 1, 1, 2, 500, 501]);
    for (const seed of [1, 42, 7]) {
      const sources = new Set(sampleSources(5000, 2000, seed));
      const pivots = sampleSources(5000, 500, seed);
      expect(pivots.every((p) => sources.has(p))).toBe(true);
    }
  });

  it('sampled closeness: share of the other pivots reached over the mean hops to them', async () => {
    // Pivots a, d, g (indexes 0, 3, 6). a reaches d in 3 hops (a→b→c→d) and g in 6: (2/2)/4.5.
    // b reaches a in 2, d in 2, g in 5: (3/3)/3. d reaches g only, in 3, of the pivots a, g: (1/2)/3.
    // g reaches nobody: 0.
    const { n, in: inn } = indexGraph(bridge);
    const pivots = Int32Array.from([0, 3, 6]);
    const c = closenessFromPivots(await reachSumsWith(inProcessRunner, pathShared(inn, n, pivots, false)), pivots, n);
    expect(c[0]).toBeCloseTo(1 / 4.5, 15);
    expect(c[1]).toBeCloseTo(1 / 3, 15);
    expect(c[3]).toBeCloseTo(1 / 6, 15);
    expect(c[6]).toBe(0);
  });

  it('with every person a pivot, the estimate is the exact closeness', async () => {
    const { n, in: inn } = indexGraph(bridge);
    const all = everyone(n);
    const estimate = closenessFromPivots(await reachSumsWith(inProcessRunner, pathShared(inn, n, all, false)), all, n);
    closeness(bridge).forEach((exact, v) => expect(estimate[v]).toBeCloseTo(exact, 14));
  });
});

describe('closeness (outward reach)', () => {
  it('P3 a→b→c: measured from the person along out-ties', () => {
    // a reaches b (1) and c (2): (2/3)·(2/2) = 2/3; b reaches c only: (1/1)·(1/2) = 0.5; c reaches nobody: 0.
    const [a, b, c] = closeness(graphFromEdges([['a', 'b'], ['b', 'c']]));
    expect(a).toBeCloseTo(2 / 3, 15);
    expect(b).toBe(0.5);
    expect(c).toBe(0);
  });

  it('is 0 for a lone person', () => {
    expect(closeness(graphFromEdges([], ['solo']))).toEqual([0]);
  });
});
