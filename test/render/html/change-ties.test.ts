// The map's change layer (src/render/html/change-ties.ts) on tiny hand-built changes: which
// pairs are drawn, where the people who left are placed, and what is cut when there are many.
//
// Now: z and q, tied (z → q, q → z), z at (100, 0), q at (−100, 0): the centre of everyone is (0, 0).
// Before, besides z ⇄ q: u – z (1), y – z (2), x – y (3), and w without a tie; u, w, x, y left.
// Ghost placement (change-ties.ts header), step s = 60: a ghost at the mean m of its placed
// contacts, the j-th at one spot at distance s·√(j + 1) and angle atan2(m − centre) + j·G
// (G the golden angle, π(3 − √5) ≈ 2.39996 rad):
//   round 1  u: contacts z → m = (100, 0), outwards angle 0, j = 0 → (160, 0)
//            y: the same spot, j = 1 → (100 + 60√2·cos G, 60√2·sin G) ≈ (56.22, 57.31)
//   round 2  x: contacts y (placed in round 1) → m = y, j = 0, angle atan2(y) → y + 60·y/|y|
//   w has no contact: the ring around everyone, radius 1.2·100 + 60 = 180, the only one on it
//   at angle −π/2 + π = π/2 → (0, 180).
import { describe, expect, test } from 'vitest';
import type { PersonChange, TieChange } from '../../../src/core/model/diff.js';
import { indexGraph } from '../../../src/core/graph/csr.js';
import { changeLayer, pairChanges } from '../../../src/render/html/change-ties.js';
import { graphFromEdges } from '../../helpers/graph.js';

const tie = (change: 'gained' | 'lost', source: string, target: string, weight: number): TieChange => ({
  change,
  source,
  target,
  sourceGroup: null,
  targetGroup: null,
  weight,
  count: weight,
});

const change = <T>(before: T, after: T) => ({ before, after, change: null });

function left(id: string): PersonChange {
  return {
    id,
    presence: 'left',
    group: change('G', null),
    pagerank: { ...change(0.1, null), rankBefore: null, rankAfter: null, move: null },
    betweenness: { ...change(0.2, null), rankBefore: null, rankAfter: null, move: null },
    roles: { before: ['peripheral'], after: [], gained: [], lost: ['peripheral'] },
  } as unknown as PersonChange;
}

const now = indexGraph(graphFromEdges([['z', 'q'], ['q', 'z']]));
const indexOf = new Map([['q', 0], ['z', 1]]);
const positions = { x: [-100, 100], y: [0, 0] };
const lost = [tie('lost', 'u', 'z', 1), tie('lost', 'y', 'z', 2), tie('lost', 'x', 'y', 3)];
const people = ['u', 'w', 'x', 'y'].map(left);
const GOLDEN = Math.PI * (3 - Math.sqrt(5));
const tenth = (v: number) => Math.round(v * 10) / 10;

describe('ghosts', () => {
  test('placed near their former contacts, a round at a time; one without a contact on the ring', () => {
    const layer = changeLayer({ ties: lost, people, after: now, indexOf, positions });
    expect(layer.ghosts.id).toEqual(['u', 'w', 'x', 'y']);
    const [yx, yy] = [100 + 60 * Math.SQRT2 * Math.cos(GOLDEN), 60 * Math.SQRT2 * Math.sin(GOLDEN)];
    const away = 60 / Math.hypot(yx, yy);
    expect(layer.ghosts.x).toEqual([160, 0, tenth(yx + away * yx), tenth(yx)]);
    expect(layer.ghosts.y).toEqual([0, 180, tenth(yy + away * yy), tenth(yy)]);
    expect(layer.ghosts.group).toEqual(['G', 'G', 'G', 'G']);
    expect(layer.ghosts.total).toBe(4);
    // Nodes 2… are the ghosts (u 2, w 3, x 4, y 5); heaviest pair first.
    expect(layer.lost).toEqual({ a: [4, 5, 2], b: [5, 1, 1], weight: [3, 2, 1], total: 3 });
  });

  test('cut to the most connected: lost weight y 2 + 3, x 3, u 1, w 0; a pair to a ghost not drawn is not drawn', () => {
    const layer = changeLayer({ ties: lost, people, after: now, indexOf, positions }, 100, 2);
    expect(layer.ghosts.id).toEqual(['x', 'y']);
    expect(layer.ghosts.total).toBe(4);
    expect(layer.lost).toEqual({ a: [2, 3], b: [3, 1], weight: [3, 2], total: 3 });
  });
});

describe('pairs', () => {
  test('a tie gained or lost inside a pair tied on both sides changes no line; a new pair does, both directions added', () => {
    // Before: a → b, a → c, a ⇄ d. Now: a ⇄ b (b → a gained), c → a (gained; a → c lost), e → c (a new pair), d alone.
    const after = indexGraph(graphFromEdges([['a', 'b'], ['b', 'a'], ['c', 'a'], ['e', 'c']], ['d']));
    const ties = [tie('gained', 'b', 'a', 1), tie('gained', 'c', 'a', 1), tie('gained', 'e', 'c', 4), tie('lost', 'a', 'c', 1), tie('lost', 'a', 'd', 2), tie('lost', 'd', 'a', 5)];
    const pairs = pairChanges(ties, after);
    expect(pairs.gained).toEqual([{ a: 'c', b: 'e', weight: 4 }]);
    expect(pairs.lost).toEqual([{ a: 'a', b: 'd', weight: 7 }]);
    // a – b was tied before (a → b); a – c is tied on both sides (a → c before, c → a now).
    expect(pairs.directionOnly).toEqual({ gained: 2, lost: 1 });
  });

  test('at most maxPairs pairs of a kind, the heaviest', () => {
    const after = indexGraph(graphFromEdges([['a', 'b'], ['a', 'c'], ['a', 'd']]));
    const ties = [tie('gained', 'a', 'b', 1), tie('gained', 'a', 'c', 3), tie('gained', 'a', 'd', 2)];
    const layer = changeLayer({ ties, people: [], after, indexOf: new Map([['a', 0], ['b', 1], ['c', 2], ['d', 3]]), positions: { x: [0, 1, 2, 3], y: [0, 0, 0, 0] } }, 2);
    expect(layer.gained).toEqual({ a: [0, 0], b: [2, 3], weight: [3, 2], total: 3 });
  });
});
