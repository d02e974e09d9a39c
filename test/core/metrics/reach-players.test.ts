/**
 * Reach players (greedy KPP-Pos) against exhaustive search: every K-subset of people tried, the
 * people it covers (themselves and their neighbours in the undirected projection) counted
 * directly. Where greedy is provably optimal (a star, disjoint cliques) its reach equals the best
 * subset's; elsewhere it equals the greedy value worked by hand in the comment.
 */
import { describe, expect, it } from 'vitest';
import { reachPlayers } from '../../../src/core/metrics/reach-players.js';
import { graphFromEdges, type EdgeSpec } from '../../helpers/graph.js';
import { indexGraph } from '../../../src/core/graph/csr.js';

/** The most people any k people cover, by trying every k-subset. */
function bestReach(edges: readonly EdgeSpec[], people: readonly string[], k: number): number {
  const ids = [...new Set([...people, ...edges.flatMap(([s, t]) => [s, t])])];
  const closed = new Map(ids.map((id) => [id, new Set([id])]));
  for (const [s, t] of edges) {
    closed.get(s)!.add(t);
    closed.get(t)!.add(s);
  }
  let best = 0;
  const choose = (start: number, left: number, covered: Set<string>): void => {
    if (left === 0 || start === ids.length) {
      best = Math.max(best, covered.size);
      return;
    }
    for (let i = start; i < ids.length; i++) choose(i + 1, left - 1, new Set([...covered, ...closed.get(ids[i]!)!]));
  };
  choose(0, k, new Set());
  return best / ids.length;
}

function greedy(edges: readonly EdgeSpec[], people: readonly string[], k: number): { id: string; reach: number }[] {
  const graph = graphFromEdges(edges, people);
  const { ids } = indexGraph(graph);
  return reachPlayers(graph, k).map((s) => ({ id: ids[s.person]!, reach: s.reach }));
}

const clique = (prefix: string, size: number): EdgeSpec[] => {
  const edges: EdgeSpec[] = [];
  for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) edges.push([`${prefix}${i}`, `${prefix}${j}`]);
  return edges;
};

describe('reach players where greedy is optimal', () => {
  it('a star: the centre covers everyone', () => {
    const edges: EdgeSpec[] = ['b', 'c', 'd', 'e', 'f'].map((leaf) => [leaf, 'a'] as const);
    const steps = greedy(edges, [], 1);
    expect(steps).toEqual([{ id: 'a', reach: 1 }]);
    expect(steps[0]!.reach).toBe(bestReach(edges, [], 1));
  });

  it('disjoint cliques of 5, 4, 3 and an isolate: one person per clique, largest first', () => {
    const edges = [...clique('x', 5), ...clique('y', 4), ...clique('z', 3)];
    const people = ['w'];
    const steps = greedy(edges, people, 4);
    expect(steps.map((s) => s.id)).toEqual(['x0', 'y0', 'z0', 'w']);
    for (let k = 1; k <= 4; k++) expect(steps[k - 1]!.reach, `k = ${k}`).toBeCloseTo(bestReach(edges, people, k), 15);
    expect(steps.map((s) => s.reach)).toEqual([5 / 13, 9 / 13, 12 / 13, 1]);
  });

  it('the chosen are the smallest ids among equal gains, and a mutual pair is one tie', () => {
    // Two stars of 3 leaves each, centres b and a: both cover 4; a first (smaller id).
    const edges: EdgeSpec[] = [['a', 'a1'], ['a1', 'a'], ['a', 'a2'], ['a', 'a3'], ['b', 'b1'], ['b', 'b2'], ['b3', 'b']];
    expect(greedy(edges, [], 2)).toEqual([{ id: 'a', reach: 0.5 }, { id: 'b', reach: 1 }]);
    expect(bestReach(edges, [], 2)).toBe(1);
  });
});

describe('reach players where greedy is not optimal', () => {
  it('a hub over two halves loses to the two half-centres (worked by hand)', () => {
    // Thirteen people: h is tied to l1, l2, l3 and r1, r2, r3; L is tied to l1…l5, R to r1…r5.
    // Closed neighbourhoods: h covers 7 (itself and six), L covers 6, R covers 6.
    // Greedy step 1: h, 7 of 13 covered (h, l1–l3, r1–r3).
    // Step 2: L adds L, l4, l5 = 3; R adds R, r4, r5 = 3; l4 adds l4 and L = 2 … → L ('L' < 'R'
    // in code-unit order), 10/13.
    // Best pair: L and R cover L, R, l1–l5, r1–r5 = 12 — everyone but h: 12/13.
    const edges: EdgeSpec[] = [
      ...['l1', 'l2', 'l3', 'r1', 'r2', 'r3'].map((x) => ['h', x] as const),
      ...['l1', 'l2', 'l3', 'l4', 'l5'].map((x) => ['L', x] as const),
      ...['r1', 'r2', 'r3', 'r4', 'r5'].map((x) => ['R', x] as const),
    ];
    const steps = greedy(edges, [], 2);
    expect(steps).toEqual([{ id: 'h', reach: 7 / 13 }, { id: 'L', reach: 10 / 13 }]);
    expect(bestReach(edges, [], 2)).toBe(12 / 13);
    expect(steps[0]!.reach).toBe(bestReach(edges, [], 1));
  });
});

describe('reach players: edges', () => {
  it('more players asked than people: everyone, once', () => {
    expect(greedy([['a', 'b']], ['c'], 5)).toEqual([{ id: 'a', reach: 2 / 3 }, { id: 'c', reach: 1 }, { id: 'b', reach: 1 }]);
  });

  it('none asked, or nobody: an empty list', () => {
    expect(greedy([['a', 'b']], [], 0)).toEqual([]);
    expect(greedy([], [], 3)).toEqual([]);
  });

  it('greedy equals a recount at every step on a random graph', () => {
    // Lazy evaluation must not change the choice: recompute every gain at every step (plain greedy).
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const ids = Array.from({ length: 60 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    const edges: EdgeSpec[] = Array.from({ length: 90 }, () => [ids[Math.floor(rand() * 60)]!, ids[Math.floor(rand() * 60)]!] as const);
    const closed = new Map(ids.map((id) => [id, new Set([id])]));
    for (const [s, t] of edges) {
      closed.get(s)!.add(t);
      closed.get(t)!.add(s);
    }
    const covered = new Set<string>();
    const plain: string[] = [];
    for (let step = 0; step < 10; step++) {
      let best = '';
      let gain = -1;
      for (const id of ids) {
        if (plain.includes(id)) continue;
        const g = [...closed.get(id)!].filter((x) => !covered.has(x)).length;
        if (g > gain) {
          best = id;
          gain = g;
        }
      }
      plain.push(best);
      for (const x of closed.get(best)!) covered.add(x);
    }
    expect(greedy(edges, ids, 10).map((s) => s.id)).toEqual(plain);
  });
});
