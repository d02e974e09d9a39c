import { describe, expect, it } from 'vitest';
import { encodeGroups, groupLabels } from '../../../src/core/metrics/group-codes.js';
import { assignRoles, nearestRankPercentile, ROLE_RULES, type RoleInputs } from '../../../src/core/analysis/roles.js';
import { fixtureGraph } from '../../helpers/groups.js';
import { graphFromEdges } from '../../helpers/graph.js';

/*
 * roles-each: people (id order) a1 b1 c1 h o p q z; groups a1 A, b1 B, c1 C, h A, o C, p B, q B, z A.
 * Ties: h↔a1, h→b1, h→c1, b1↔p, p→q, o→a1, o→b1, o→c1; z has none.
 *
 * Undirected neighbours: a1 {h,o} 2, b1 {h,p,o} 3, c1 {h,o} 2, h {a1,b1,c1} 3, o {a1,b1,c1} 3,
 *   p {b1,q} 2, q {p} 1, z 0. Tied N = 7 → rank ⌈6.3⌉ = 7 → p90 = 3: central-connector h, b1, o.
 * Betweenness ×(7·6 = 42), directed shortest paths through each person:
 *   h: a1→b1, a1→c1, a1→p, a1→q = 4; b1: h→p, a1→p, o→p, h→q, a1→q, o→q = 6;
 *   p: b1→q, h→q, a1→q, o→q = 4; a1: o→h = 1 (networkx betweenness_centrality agrees).
 *   p90 over the 7 tied = the largest, 6/42: only b1. Open two-paths through b1 (a→b1→b, a ≠ b,
 *   no tie a→b): h→b1→p and o→b1→p (b1's only out-tie is p; p→b1→p is no path). h→b1→p is A→B→B,
 *   a gatekeeper path across a boundary → broker.
 * Reciprocity 2│pred∩succ│/(│pred│+│succ│): h 2/4, a1 2/3, b1 2/4, c1 0, p 2/3, o 0, q 0.
 *   o: 3 directed ties, reciprocity 0 → one-way; c1 0 but only 2 ties; q 1 tie.
 * Cut points of the projection: b1 (cuts off p, q) and p (cuts off q).
 *   Dependents: LC = 7 people; without b1 the largest is {h,a1,c1,o} = 4 → 7 − 4 − 1 = 2 →
 *   critical; without p the largest is 5 → 1 → not critical.
 * outStrength (weights 1): h 3 (a1, b1, c1), o 3, a1 1, b1 1, p 1, others 0. Top givers: ⌈0.05·7⌉ = 1
 *   person; h and o tie at 3 → the smaller id, h. h receives 1 (from a1): 3 > 2·1 → overloaded.
 *   o gives 3 and receives nothing, but is not among the top ⌈0.05·7⌉.
 */
const graph = fixtureGraph('roles-each');
const groups = encodeGroups(groupLabels(graph));
const inputs: RoleInputs = {
  betweenness: [1, 6, 0, 4, 0, 4, 0, 0].map((b) => b / 42),
  reciprocity: [2 / 3, 0.5, 0, 0.5, 0, 2 / 3, 0, null],
  cutPoint: [false, true, false, false, false, true, false, false],
  dependents: [0, 2, 0, 0, 0, 1, 0, 0],
  community: [0, 1, 2, 0, 2, 1, 1, 3],
};

describe('assignRoles on roles-each', () => {
  it('gives each rule its people, roles in table order', () => {
    const roles = assignRoles(graph, groups, inputs);
    expect(Object.fromEntries(['a1', 'b1', 'c1', 'h', 'o', 'p', 'q', 'z'].map((id, i) => [id, roles[i]]))).toEqual({
      a1: [],
      b1: ['central-connector', 'broker', 'critical'],
      c1: [],
      h: ['central-connector', 'overloaded'],
      o: ['central-connector', 'one-way'],
      p: [],
      q: ['peripheral'],
      z: ['isolate'],
    });
  });

  it('one open two-path across a group boundary is enough: two departments have brokers', () => {
    // a1 A, b1 B, c1 A, h A, o A, p B, q B, z A: h→b1→p is A→B→B, a gatekeeper path.
    const two = ['A', 'B', 'A', 'A', 'A', 'B', 'B', 'A'];
    expect(assignRoles(graph, encodeGroups(two), inputs)[1]).toEqual(['central-connector', 'broker', 'critical']);
    // h, o and p in b1's group: h→b1→p and o→b1→p are B→B→B, coordinator paths only.
    const inside = ['A', 'B', 'C', 'B', 'B', 'B', 'B', 'A'];
    expect(assignRoles(graph, encodeGroups(inside), inputs)[1]).toEqual(['central-connector', 'critical']);
  });

  it('uses communities when nobody has a group', () => {
    const none = encodeGroups(new Array<string | null>(8).fill(null));
    // Communities: h, a1 → 0; b1, p, q → 1; c1, o → 2: h→b1→p is 0→1→1, across → broker.
    expect(assignRoles(graph, none, inputs)[1]).toContain('broker');
    // h, o, p with b1 in community 1: both paths through b1 stay inside it → not a broker.
    expect(assignRoles(graph, none, { ...inputs, community: [0, 1, 0, 1, 1, 1, 1, 2] })[1]).not.toContain('broker');
  });

  it('never makes a broker of betweenness 0 or null', () => {
    const zero = { ...inputs, betweenness: new Array<number>(8).fill(0) };
    expect(assignRoles(graph, groups, zero).flat()).not.toContain('broker');
    const unknown = { ...inputs, betweenness: new Array<null>(8).fill(null) };
    expect(assignRoles(graph, groups, unknown).flat()).not.toContain('broker');
  });

  it('one-way needs reciprocity below 0.2: exactly 0.2 is not', () => {
    const reciprocity = Array.from(inputs.reciprocity);
    reciprocity[4] = 0.2;
    expect(assignRoles(graph, groups, { ...inputs, reciprocity })[4]).toEqual(['central-connector']);
  });
});

describe('nearestRankPercentile', () => {
  it('is the ⌈0.9·N⌉-th smallest value', () => {
    const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(nearestRankPercentile(ten, 0.9)).toBe(9); // ⌈9⌉ = 9th
    expect(nearestRankPercentile([...ten, 11], 0.9)).toBe(10); // ⌈9.9⌉ = 10th
    expect(nearestRankPercentile([4], 0.9)).toBe(4);
    expect(nearestRankPercentile([], 0.9)).toBeNull();
  });

  it('does not round 0.9·70 up to 64', () => {
    const seventy = Array.from({ length: 70 }, (_, i) => i + 1);
    expect(nearestRankPercentile(seventy, 0.9)).toBe(63);
  });
});

describe('overloaded', () => {
  // Twenty-one people with a tie (N = 21 → ⌈1.05⌉ = 2 top givers): g gives 4 to each of a…d and
  // receives 1 from a; k gives 3 to each of e, f and receives 2 from e; everyone else gives 1 in a
  // ring r00 → r01 → … → r14 → r00 (out 1, in 1).
  // outStrength: g 16, k 6, a 1, e 2, ring 1 each → top two: g (16) and k (6).
  // g: 16 > 2·1 → overloaded. k: 6 > 2·2 → overloaded. e (2, not top) → no.
  const ring = Array.from({ length: 15 }, (_, i) => `r${String(i).padStart(2, '0')}`);
  const edges = [
    ...['a', 'b', 'c', 'd'].map((x) => ['g', x, 4] as const),
    ['a', 'g', 1] as const,
    ...['e', 'f'].map((x) => ['k', x, 3] as const),
    ['e', 'k', 2] as const,
    ...ring.map((r, i) => [r, ring[(i + 1) % ring.length]!, 1] as const),
  ];
  const inputsOf = (n: number): RoleInputs => ({
    betweenness: new Array<number>(n).fill(0), reciprocity: new Array<null>(n).fill(null), cutPoint: new Array<boolean>(n).fill(false),
    dependents: new Array<number>(n).fill(0), community: new Array<number>(n).fill(0),
  });

  it('the top 5 % of the people with a tie by outStrength who give more than twice what they receive', () => {
    const g = graphFromEdges(edges, ['z']);
    const roles = assignRoles(g, encodeGroups(groupLabels(g)), inputsOf(g.order));
    const overloaded = g.nodes().filter((_, i) => roles[i]!.includes('overloaded'));
    expect(overloaded).toEqual(['g', 'k']);
  });

  it('a top giver who receives half of what they give is not overloaded', () => {
    // k now receives 3 from e: 6 > 2·3 fails.
    const g = graphFromEdges(edges.map((e) => (e[0] === 'e' && e[1] === 'k' ? (['e', 'k', 3] as const) : e)));
    const roles = assignRoles(g, encodeGroups(groupLabels(g)), inputsOf(g.order));
    expect(g.nodes().filter((_, i) => roles[i]!.includes('overloaded'))).toEqual(['g']);
  });
});

describe('ROLE_RULES', () => {
  it('has one rule per role, each with a readable description', () => {
    expect(ROLE_RULES.map((r) => r.role)).toEqual(['isolate', 'peripheral', 'central-connector', 'broker', 'overloaded', 'one-way', 'critical']);
    expect(ROLE_RULES.every((r) => r.rule.length > 0)).toBe(true);
  });
});
