import { describe, expect, it } from 'vitest';
import { constraint } from '../../../src/core/metrics/constraint.js';
import { degreeCentrality, degrees } from '../../../src/core/metrics/degree.js';
import { effectiveSize } from '../../../src/core/metrics/effective-size.js';
import { giveTakeRatio } from '../../../src/core/metrics/give-take.js';
import { pagerank } from '../../../src/core/metrics/pagerank.js';
import { dyadReciprocity, overallReciprocity, personReciprocity } from '../../../src/core/metrics/reciprocity.js';
import { graphFromEdges } from '../../helpers/graph.js';

// a⇄b mutual, a→c one way, d isolate.
const mixed = graphFromEdges([['a', 'b', 2], ['b', 'a', 1], ['a', 'c', 3]], ['d']);

describe('degree and strength', () => {
  it('counts distinct people and sums weights', () => {
    expect(degrees(mixed)).toEqual({
      inDegree: [1, 1, 1, 0],
      outDegree: [2, 1, 0, 0],
      inStrength: [1, 2, 3, 0],
      outStrength: [5, 1, 0, 0],
    });
  });

  it('degreeCentrality = (in + out) / (n − 1), null with fewer than two people', () => {
    // a: (1 + 2) / 3 = 1.
    expect(degreeCentrality(mixed)).toEqual([1, 2 / 3, 1 / 3, 0]);
    expect(degreeCentrality(graphFromEdges([], ['solo']))).toEqual([null]);
    expect(degreeCentrality(graphFromEdges([]))).toEqual([]);
  });

  it('giveTakeRatio = out / (in + out) strength, null for an isolate', () => {
    // a: 5 / (5 + 1); b: 1 / (1 + 2); c: 0 / 3.
    expect(giveTakeRatio(mixed)).toEqual([5 / 6, 1 / 3, 0, null]);
  });
});

describe('reciprocity', () => {
  it('person: 2·|pred ∩ succ| / (|pred| + |succ|), null for an isolate', () => {
    // a: pred {b}, succ {b, c} → 2·1/3; b: pred {a}, succ {a} → 1; c: pred {a} → 0.
    expect(personReciprocity(mixed)).toEqual([2 / 3, 1, 0, null]);
  });

  it('org: share of reciprocated ties, and mutual pairs over connected pairs', () => {
    // 3 ties, 2 of them in the mutual pair a⇄b → 2/3; pairs {a,b} (mutual) and {a,c} → 1/2.
    expect(overallReciprocity(mixed)).toBeCloseTo(2 / 3, 15);
    expect(dyadReciprocity(mixed)).toBe(0.5);
  });

  it('is null without ties', () => {
    const none = graphFromEdges([], ['a', 'b']);
    expect(overallReciprocity(none)).toBeNull();
    expect(dyadReciprocity(none)).toBeNull();
  });
});

describe('constraint', () => {
  it('one contact constrains fully; someone who only receives has a value, an isolate is null', () => {
    // a has contacts b (mutual weight 2 + 1 = 3) and c (3): p = 1/2 each, b and c untied → 2·(1/2)² = 0.5.
    // b's only contact is a → 1. c only receives, from a: one contact → 1 (networkx ≥ 3; 2.8.8 gave
    // NaN because its isolate test reads successors only). d has no tie either way → null.
    expect(constraint(mixed)).toEqual([0.5, 1, 1, null]);
  });

  it('a hub that only receives is as constrained as one that only sends', () => {
    // in-star: hub receives from x, y, z (weight 1 each): p = 1/3 each, leaves untied → 3·(1/3)² = 1/3.
    // Each leaf only sends, to the hub alone → 1. The out-star is its mirror image: same values.
    const inStar = graphFromEdges([['x', 'hub'], ['y', 'hub'], ['z', 'hub']]);
    const outStar = graphFromEdges([['hub', 'x'], ['hub', 'y'], ['hub', 'z']]);
    expect(constraint(inStar)[0]).toBeCloseTo(1 / 3, 15);
    expect(constraint(inStar).slice(1)).toEqual([1, 1, 1]);
    expect(constraint(outStar)).toEqual(constraint(inStar));
  });

  it('weights a receiver\'s contacts by what they send', () => {
    // r receives 3 from s and 1 from t, and s→t (1): p_rs = 3/4, p_rt = 1/4; s's contacts r (3), t (1)
    // → p_st = 1/4; t's contacts s (1), r (1) → p_ts = 1/2.
    // j = s: (3/4 + p_rt·p_ts)² = (3/4 + 1/8)² = 49/64; j = t: (1/4 + p_rs·p_st)² = (1/4 + 3/16)² = 49/256.
    // c(r) = 49/64 + 49/256 = 245/256.
    const g = graphFromEdges([['s', 'r', 3], ['t', 'r', 1], ['s', 't', 1]]);
    expect(constraint(g)[0]).toBeCloseTo(245 / 256, 15);
  });

  it('counts a mutual contact once', () => {
    // Triangle a⇄b, a⇄c, b⇄c, all weight 1: p = 1/2, indirect 1/2·1/2 → (3/4)² · 2 = 1.125.
    const triangle = graphFromEdges([['a', 'b'], ['b', 'a'], ['a', 'c'], ['c', 'a'], ['b', 'c'], ['c', 'b']]);
    expect(constraint(triangle)).toEqual([1.125, 1.125, 1.125]);
  });
});

describe('constraint with a hub among the contacts', () => {
  it('finds common contacts in the hub\'s row as it does by walking it', () => {
    // h → x1 … x20 (weight 1), and x1 → x2. x1's contacts: h and x2, p = 1/2 each; h has 20
    // contacts, over 8 times x1's 2, so x1's common contacts with h are searched for in h's row.
    // p_h,x2 = 1/20, p_x2,h = 1/2 (x2's contacts h and x1).
    // c(x1) = (1/2 + 1/2·1/2)² + (1/2 + 1/2·1/20)² = 9/16 + 441/1600 = 1341/1600.
    // c(h) = 2·(1/20 + 1/20·1/2)² + 18·(1/20)² = 2·9/1600 + 18·4/1600 = 90/1600 (h walks x1's row).
    const edges: [string, string][] = Array.from({ length: 20 }, (_, i) => ['h', `x${i + 1}`]);
    const g = graphFromEdges([...edges, ['x1', 'x2']]);
    const values = constraint(g);
    const c = (id: string) => values[g.nodes().indexOf(id)];
    expect(c('h')).toBeCloseTo(90 / 1600, 15);
    expect(c('x1')).toBeCloseTo(1341 / 1600, 15);
    expect(c('x2')).toBeCloseTo(1341 / 1600, 15);
    expect(c('x3')).toBe(1);
  });
});

describe('effectiveSize', () => {
  it('degree minus redundancy on the undirected projection, null for an isolate', () => {
    // a: contacts b, c, not tied to each other → 2; b, c: one contact → 1.
    expect(effectiveSize(mixed)).toEqual([2, 1, 1, null]);
    // Star centre with 3 leaves and one leaf–leaf tie: 3 − 2·1/3.
    const star = graphFromEdges([['h', 'x'], ['h', 'y'], ['h', 'z'], ['x', 'y']]);
    expect(effectiveSize(star)[0]).toBeCloseTo(3 - 2 / 3, 15);
  });
});

describe('pagerank', () => {
  it('sums to 1 and is symmetric on a cycle', () => {
    const cycle = graphFromEdges([['a', 'b'], ['b', 'c'], ['c', 'a']]);
    const scores = pagerank(cycle);
    for (const s of scores) expect(s).toBeCloseTo(1 / 3, 12);
  });

  it('spreads a dangling person evenly, and handles nobody', () => {
    // Two isolates: every iteration keeps 1/2 each.
    expect(pagerank(graphFromEdges([], ['a', 'b']))).toEqual([0.5, 0.5]);
    expect(pagerank(graphFromEdges([]))).toEqual([]);
    const total = pagerank(mixed).reduce((x, y) => x + y, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it('follows weights: the heavier tie carries more', () => {
    const [, b, c] = pagerank(graphFromEdges([['a', 'b', 1], ['a', 'c', 9]]));
    expect(c!).toBeGreaterThan(b!);
  });
});
