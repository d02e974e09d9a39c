/**
 * The map's geometry, worked by hand on small graphs: which ties are drawn when the map is
 * thinned, the undirected pairs, and positions that are seeded, inside their square, and put
 * tightly knit people together.
 */
import { DirectedGraph } from 'graphology';
import { describe, expect, test } from 'vitest';
import { indexGraph } from '../../../src/core/graph/csr.js';
import type { OrgGraph, PersonAttributes, TieAttributes } from '../../../src/core/graph/types.js';
import { drawnTies } from '../../../src/render/html/drawn-ties.js';
import { layoutPositions } from '../../../src/render/html/layout.js';
import { undirectedPairs, type Pairs } from '../../../src/render/html/pairs.js';

function pairsOf(list: [number, number, number][]): Pairs {
  return {
    lo: Int32Array.from(list.map((p) => p[0])),
    hi: Int32Array.from(list.map((p) => p[1])),
    weight: Float64Array.from(list.map((p) => p[2])),
    size: list.length,
  };
}

describe('undirectedPairs', () => {
  test('a→b and b→a are one pair with both weights added; pairs in (lower, higher) index order', () => {
    const graph: OrgGraph = new DirectedGraph<PersonAttributes, TieAttributes>();
    for (const id of ['a', 'b', 'c']) graph.addNode(id, { group: null, attributes: {} });
    const tie = (weight: number) => ({ weight, count: 1, first: null, last: null });
    graph.addDirectedEdge('b', 'c', tie(1));
    graph.addDirectedEdge('b', 'a', tie(3));
    graph.addDirectedEdge('a', 'b', tie(2));
    const pairs = undirectedPairs(indexGraph(graph), new Map([['a', 0], ['b', 1], ['c', 2]]));
    expect([...pairs.lo]).toEqual([0, 1]);
    expect([...pairs.hi]).toEqual([1, 2]);
    expect([...pairs.weight]).toEqual([5, 1]);
  });
});

describe('drawnTies', () => {
  // A five-person ring: 0–1 (5), 0–4 (4), 1–2 (1), 2–3 (3), 3–4 (2), in pair order.
  const ring = pairsOf([[0, 1, 5], [0, 4, 4], [1, 2, 1], [2, 3, 3], [3, 4, 2]]);

  test('under the limit every tie is drawn', () => {
    expect(drawnTies(ring, 5, 5)).toEqual({ source: [0, 0, 1, 2, 3], target: [1, 4, 2, 3, 4], weight: [5, 4, 1, 3, 2], total: 5 });
  });

  test('thinned: each person’s strongest tie first, then the heaviest of the rest, up to the limit', () => {
    // strongest: 0 → 0–1 (5), 1 → 0–1 (5), 2 → 2–3 (3), 3 → 2–3 (3), 4 → 0–4 (4): three ties
    expect(drawnTies(ring, 5, 3)).toEqual({ source: [0, 0, 2], target: [1, 4, 3], weight: [5, 4, 3], total: 5 });
    // a fourth: the heavier of 1–2 (1) and 3–4 (2)
    expect(drawnTies(ring, 5, 4)).toEqual({ source: [0, 0, 2, 3], target: [1, 4, 3, 4], weight: [5, 4, 3, 2], total: 5 });
  });

  test('the strongest ties are kept even when they alone pass the limit: nobody with a tie looks isolated', () => {
    expect(drawnTies(ring, 5, 1).source).toHaveLength(3);
  });
});

describe('layoutPositions', () => {
  // Two four-person cliques (0–3 and 4–7) joined by the tie 3–4; person 8 has no tie.
  const clique = (base: number): [number, number, number][] => [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]].map(([a, b]) => [base + a!, base + b!, 1]);
  const all: [number, number, number][] = [...clique(0), [3, 4, 1], ...clique(4)];
  const pairs = pairsOf(all.sort((p, q) => p[0] - q[0] || p[1] - q[1]));
  const community = [0, 0, 0, 0, 1, 1, 1, 1, 2];
  const distance = (p: { x: Float64Array; y: Float64Array }, a: number, b: number) => Math.hypot(p.x[a]! - p.x[b]!, p.y[a]! - p.y[b]!);

  test('seeded: the same seed gives the same positions, another seed others', () => {
    const a = layoutPositions(9, pairs, community, 42);
    expect(layoutPositions(9, pairs, community, 42)).toEqual(a);
    expect(layoutPositions(9, pairs, community, 7)).not.toEqual(a);
  });

  test('inside the 1000-unit square, finite, the longer side spanning it', () => {
    const p = layoutPositions(9, pairs, community, 42);
    const all = [...p.x, ...p.y];
    expect(all.every((v) => Number.isFinite(v) && v >= 0 && v <= 1000)).toBe(true);
    expect(Math.max(Math.max(...p.x) - Math.min(...p.x), Math.max(...p.y) - Math.min(...p.y))).toBeCloseTo(1000, 0);
  });

  test('people of one clique sit closer to one another than to the other clique', () => {
    const p = layoutPositions(9, pairs, community, 42);
    const mean = (pairsList: [number, number][]) => pairsList.reduce((s, [a, b]) => s + distance(p, a, b), 0) / pairsList.length;
    const inside = mean([[0, 1], [0, 2], [1, 2], [5, 6], [5, 7], [6, 7]]);
    const across = mean([[0, 5], [1, 6], [2, 7], [0, 7]]);
    expect(inside).toBeLessThan(across / 2);
  });

  test('a person without a tie is placed outside the network, not on top of it', () => {
    const p = layoutPositions(9, pairs, community, 42);
    const cx = [...Array(8).keys()].reduce((s, i) => s + p.x[i]!, 0) / 8;
    const cy = [...Array(8).keys()].reduce((s, i) => s + p.y[i]!, 0) / 8;
    const radius = Math.max(...[...Array(8).keys()].map((i) => Math.hypot(p.x[i]! - cx, p.y[i]! - cy)));
    expect(Math.hypot(p.x[8]! - cx, p.y[8]! - cy)).toBeGreaterThan(radius);
  });

  test('nobody at all, or only isolates, is no error', () => {
    expect(layoutPositions(0, pairsOf([]), [], 1)).toEqual({ x: new Float64Array(0), y: new Float64Array(0) });
    const alone = layoutPositions(3, pairsOf([]), [0, 1, 2], 1);
    expect([...alone.x, ...alone.y].every(Number.isFinite)).toBe(true);
  });
});
