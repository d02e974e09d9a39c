/**
 * The DF kernel against brute force: for every candidate, remove them (and the people already
 * removed), search again from every source, and add up 1/d — which the kernel must reproduce
 * from one search per source. Random graphs (fast-check) and named shapes with the sums worked
 * by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/core/graph/csr.js';
import { dfFromSum, dfOfRange, type DfShared, type DfTask } from '../../../src/core/metrics/distance-fragmentation.js';
import { taskRanges } from '../../../src/core/parallel/tasks.js';
import { graphFromEdges, type EdgeSpec } from '../../helpers/graph.js';

const id = (i: number) => `p${String(i).padStart(2, '0')}`;

/** Σ_{j≠s} 1/d(s, j) by a plain BFS on neighbour sets, skipping removed people. */
function bruteHarmonic(n: number, edges: readonly (readonly [number, number])[], removed: Set<number>, s: number): number {
  const neighbours = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of edges) {
    if (a === b) continue;
    neighbours[a]!.add(b);
    neighbours[b]!.add(a);
  }
  const dist = new Map<number, number>([[s, 0]]);
  const queue = [s];
  let total = 0;
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of neighbours[v]!) {
      if (removed.has(w) || dist.has(w)) continue;
      dist.set(w, dist.get(v)! + 1);
      total += 1 / dist.get(w)!;
      queue.push(w);
    }
  }
  return total;
}

interface Case {
  n: number;
  edges: [number, number][];
  removed: number[];
  candidates: number[];
  sources: number[];
}

function shared(c: Case): DfShared {
  const graph = graphFromEdges(c.edges.map(([a, b]): EdgeSpec => [id(a), id(b)]), Array.from({ length: c.n }, (_, i) => id(i)));
  const { und } = indexGraph(graph);
  const present = new Uint8Array(c.n).fill(1);
  for (const r of c.removed) present[r] = 0;
  return {
    n: c.n,
    offsets: und.offsets,
    index: und.index,
    present,
    sources: Int32Array.from(c.sources),
    candidates: Int32Array.from(c.candidates.filter((v) => present[v] === 1)),
  };
}

/** A task over source positions [from, to) that searches from scratch and keeps nothing. */
const task = (from: number, to: number): DfTask => ({ from, to, searches: null, removedSince: new Int32Array(0), keep: false });

function expectMatchesBruteForce(c: Case): void {
  const input = shared(c);
  const removed = new Set(c.removed);
  const live = c.sources.filter((s) => !removed.has(s));
  const part = dfOfRange(input, task(0, c.sources.length));
  const base = live.reduce((sum, s) => sum + bruteHarmonic(c.n, c.edges, removed, s), 0);
  expect(part.harmonic).toBeCloseTo(base, 9);
  Array.from(input.candidates).forEach((cand, k) => {
    const without = new Set([...removed, cand]);
    const want = live.filter((s) => s !== cand).reduce((sum, s) => sum + bruteHarmonic(c.n, c.edges, without, s), 0);
    expect(part.without[k], `without ${cand}`).toBeCloseTo(want, 9);
  });
}

const cases: fc.Arbitrary<Case> = fc.integer({ min: 1, max: 24 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
    removed: fc.uniqueArray(fc.nat(n - 1), { maxLength: Math.floor(n / 3) }),
    candidates: fc.uniqueArray(fc.nat(n - 1), { maxLength: n }),
    sources: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: n }).map((s) => s.sort((a, b) => a - b)),
  }),
);

describe('DF kernel = brute force (remove, search again)', () => {
  it('on random graphs, with people already removed and any sources', () => {
    fc.assert(fc.property(cases, (c) => expectMatchesBruteForce(c)), { numRuns: 400, seed: 20261201 });
  });

  it('on dense random graphs, where many shortest paths tie', () => {
    const dense = fc.integer({ min: 4, max: 16 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { minLength: n * 2, maxLength: n * 5 }),
        removed: fc.constant([]),
        candidates: fc.constant(Array.from({ length: n }, (_, i) => i)),
        sources: fc.constant(Array.from({ length: n }, (_, i) => i)),
      }),
    );
    fc.assert(fc.property(dense, (c) => expectMatchesBruteForce(c)), { numRuns: 200, seed: 7 });
  });

  it('splitting the sources into tasks gives the same sums', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const input = shared(c);
        const whole = dfOfRange(input, task(0, c.sources.length));
        const parts = taskRanges(c.sources.length, 3).map((r) => dfOfRange(input, task(r.from, r.to)));
        expect(parts.reduce((sum, p) => sum + p.harmonic, 0)).toBeCloseTo(whole.harmonic, 12);
        whole.without.forEach((w, k) => expect(parts.reduce((sum, p) => sum + p.without[k]!, 0)).toBeCloseTo(w, 12));
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});

describe('searches kept between steps = searches made again', () => {
  const sequences = fc.integer({ min: 2, max: 24 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 4 }),
      removals: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: Math.min(6, n - 1) }),
      candidates: fc.uniqueArray(fc.nat(n - 1), { maxLength: n }),
      sources: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: n }).map((s) => s.sort((a, b) => a - b)),
    }),
  );

  it('after each removal: the same distances, parent counts and sums as a new search, and as brute force', () => {
    fc.assert(
      fc.property(sequences, (q) => {
        const input = shared({ ...q, removed: [] });
        const all = (keep: boolean, searches: DfTask['searches'], removedSince: number[]): DfTask => ({
          from: 0, to: q.sources.length, searches, removedSince: Int32Array.from(removedSince), keep,
        });
        let kept = dfOfRange(input, all(true, null, [])).searches;
        const removed: number[] = [];
        for (const r of q.removals) {
          removed.push(r);
          input.present[r] = 0;
          input.candidates = Int32Array.from(q.candidates.filter((v) => input.present[v] === 1));
          const updated = dfOfRange(input, all(true, kept, [r]));
          const again = dfOfRange(input, all(true, null, []));
          q.sources.forEach((s, i) => {
            if (input.present[s] !== 1) return;
            const view = (x: typeof again) => [x.searches!.dist.slice(i * q.n, (i + 1) * q.n), x.searches!.parents.slice(i * q.n, (i + 1) * q.n)];
            const [dist, parents] = view(updated);
            const [dist2, parents2] = view(again);
            // Parent counts matter only for people reached (the walk never reads the others).
            const reached = Array.from(dist2!, (d) => d >= 0);
            expect(Array.from(dist!), `distances from ${s} after removing ${removed.join(',')}`).toEqual(Array.from(dist2!));
            expect(Array.from(parents!).filter((_, v) => reached[v])).toEqual(Array.from(parents2!).filter((_, v) => reached[v]));
          });
          expect(updated.harmonic).toBeCloseTo(again.harmonic, 9);
          updated.without.forEach((w, k) => expect(w).toBeCloseTo(again.without[k]!, 9));
          expectMatchesBruteForce({ n: q.n, edges: q.edges, removed, candidates: q.candidates, sources: q.sources });
          kept = updated.searches;
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('DF on named shapes (worked by hand)', () => {
  const everyone = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('path P5 0–1–2–3–4: the middle person is the one whose removal hurts most', () => {
    // Ordered-pair sum of 1/d in P5: distances 1 (×8), 2 (×6), 3 (×4), 4 (×2) → 8 + 3 + 4/3 + 1/2 = 77/6.
    // DF = 1 − (77/6) / 20 = 43/120.
    // Without 2: two P2s → 4 ordered pairs at distance 1 → Σ = 4; DF over 4 people = 1 − 4/12 = 2/3.
    // Without 1: P3 (2,3,4) + isolate 0 → Σ = 4 + 2·(1/2) = 5; DF = 1 − 5/12 = 7/12.
    // Without 0: P4 → Σ = 6 + 4·(1/2) + 2·(1/3) = 26/3; DF = 1 − (26/3)/12 = 5/18.
    const c: Case = { n: 5, edges: [[0, 1], [1, 2], [2, 3], [3, 4]], removed: [], candidates: everyone(5), sources: everyone(5) };
    const part = dfOfRange(shared(c), task(0, 5));
    expect(dfFromSum(part.harmonic, 5, 5)).toBeCloseTo(43 / 120, 14);
    const df = Array.from(part.without, (w) => dfFromSum(w, 4, 4));
    expect(df[0]).toBeCloseTo(5 / 18, 14);
    expect(df[1]).toBeCloseTo(7 / 12, 14);
    expect(df[2]).toBeCloseTo(2 / 3, 14);
    expect(df[3]).toBeCloseTo(7 / 12, 14);
    expect(df[4]).toBeCloseTo(5 / 18, 14);
  });

  it('a cycle: no one is cut, yet removal stretches the distances (what component fragmentation cannot see)', () => {
    // C6: from each person distances 1, 1, 2, 2, 3 → H = 2 + 1 + 1/3 = 10/3; DF = 1 − (6·10/3)/30 = 1/3.
    // Without one person: P5 over 5 people, Σ = 77/6 → DF = 1 − (77/6)/20 = 43/120 > 1/3.
    const c: Case = { n: 6, edges: [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0]], removed: [], candidates: [0, 3], sources: everyone(6) };
    const part = dfOfRange(shared(c), task(0, 6));
    expect(dfFromSum(part.harmonic, 6, 6)).toBeCloseTo(1 / 3, 14);
    expect(dfFromSum(part.without[0]!, 5, 5)).toBeCloseTo(43 / 120, 14);
    expect(dfFromSum(part.without[1]!, 5, 5)).toBeCloseTo(43 / 120, 14);
  });

  it('sampled: the mean of the sources’ own DF, removed sources skipped', () => {
    // Star: hub 0, leaves 1..4. From leaf 1: d = 1 to the hub, 2 to three leaves → H = 1 + 3/2 = 5/2.
    // Sources {1, 2}: DF ≈ 1 − (5/2 + 5/2) / (2 · 4) = 3/8 (exact DF = 1 − (4 + 4·5/2)/20 = 3/10).
    // Without the hub, from either leaf H = 0 → DF 1; without source 2, only source 1: over 4 people
    // it reaches the hub (1) and two leaves (2 each) → H = 2, DF = 1 − 2 / (1 · 3) = 1/3.
    const c: Case = { n: 5, edges: [[0, 1], [0, 2], [0, 3], [0, 4]], removed: [], candidates: [0, 2], sources: [1, 2] };
    const part = dfOfRange(shared(c), task(0, 2));
    expect(dfFromSum(part.harmonic, 2, 5)).toBeCloseTo(3 / 8, 14);
    expect(dfFromSum(part.without[0]!, 2, 4)).toBe(1);
    expect(dfFromSum(part.without[1]!, 1, 4)).toBeCloseTo(1 / 3, 14);
  });

  it('is null below two people or without a source', () => {
    expect(dfFromSum(0, 1, 1)).toBeNull();
    expect(dfFromSum(0, 0, 10)).toBeNull();
    expect(dfFromSum(0, 3, 3)).toBe(1);
  });
});
