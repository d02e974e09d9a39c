/**
 * The k-core and collaborative overload against networkx and numpy
 * (scripts/golden_core_overload.py writes test/golden/core-overload/values.json: networkx
 * `core_number` of the undirected projection; numpy's mean-difference Gini over the full matrix of
 * differences and the top shares from numpy's sort), on the fixtures, four real data sets and
 * seeded random graphs — plus small cases worked by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreNumbers, coreSize } from '../../../src/core/metrics/core-number.js';
import { overload, topCount } from '../../../src/core/metrics/overload.js';
import { degrees } from '../../../src/core/metrics/degree.js';
import { graphFromEdges } from '../../helpers/graph.js';

interface Entry {
  name: string;
  nodes: string[];
  edges: [string, string, number][];
  coreNumber: number[];
  coreSize: number;
  overload: { gini: number | null; top1Share: number | null; top5Share: number | null; top20Share: number | null };
}

const FILE = join(import.meta.dirname, '../../golden/core-overload/values.json');
const { graphs } = JSON.parse(readFileSync(FILE, 'utf8')) as { graphs: Entry[] };

describe.each(graphs)('$name (networkx core_number, numpy Gini)', (entry) => {
  const graph = graphFromEdges(entry.edges, entry.nodes);

  it('core numbers and core size', () => {
    const core = coreNumbers(graph);
    expect(Array.from(core)).toEqual(entry.coreNumber);
    expect(coreSize(core)).toBe(entry.coreSize);
  });

  it('Gini and top shares of outStrength', () => {
    const actual = overload(degrees(graph).outStrength);
    for (const key of ['gini', 'top1Share', 'top5Share', 'top20Share'] as const) {
      const expected = entry.overload[key];
      if (expected === null) expect(actual[key], key).toBeNull();
      else expect(actual[key]!, key).toBeCloseTo(expected, 12);
    }
  });
});

describe('the golden graphs', () => {
  it('include real data sets and random graphs with deep cores', () => {
    const names = graphs.map((g) => g.name);
    expect(names).toEqual(expect.arrayContaining(['lazega-lawfirm', 'krackhardt-hightech', 'manufacturing-emails', 'preferential-600-6', 'gnm-800-1200']));
    expect(Math.max(...graphs.find((g) => g.name === 'manufacturing-emails')!.coreNumber)).toBeGreaterThan(20);
  });
});

describe('core numbers by hand', () => {
  it('a triangle with a tail and an isolate: 2, 2, 2, 1, 0', () => {
    // a–b–c–a is the 2-core; d hangs on c (core 1); e has no tie (core 0). Direction ignored.
    const graph = graphFromEdges([['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'c']], ['e']);
    expect(Array.from(coreNumbers(graph))).toEqual([2, 2, 2, 1, 0]);
    expect(coreSize(coreNumbers(graph))).toBe(3);
  });

  it('a mutual pair is one undirected tie', () => {
    expect(Array.from(coreNumbers(graphFromEdges([['a', 'b'], ['b', 'a']])))).toEqual([1, 1]);
  });

  it('nobody: core size 0', () => {
    expect(coreSize(new Int32Array(0))).toBe(0);
  });
});

describe('overload by hand', () => {
  it('outStrength 0, 0, 1, 3 (one isolate-like receiver): Gini 0.625, top shares 0.75, 0.75, 0.75', () => {
    // Σ|xi − xj| over ordered pairs: pairs (0,0) 0, (0,1) 1 ×2, (0,3) 3 ×2, (1,3) 2 — once each way:
    // 2·(0 + 1 + 3 + 1 + 3 + 2) = 20; mean of x = 1, n = 4: G = 20 / (2·16·1) = 0.625.
    // ⌈0.01·4⌉ = ⌈0.05·4⌉ = ⌈0.2·4⌉ = 1 person: the one who gives 3 of 4.
    expect(overload([0, 1, 0, 3])).toEqual({ gini: 0.625, top1Share: 0.75, top5Share: 0.75, top20Share: 0.75 });
  });

  it('everyone gives the same: Gini 0', () => {
    const result = overload(new Array<number>(40).fill(2));
    expect(result.gini).toBe(0);
    // ⌈0.4⌉ = 1, ⌈2⌉ = 2, ⌈8⌉ = 8 of 40 people.
    expect([result.top1Share, result.top5Share, result.top20Share]).toEqual([1 / 40, 2 / 40, 8 / 40]);
  });

  it('one person gives everything: Gini (n − 1)/n', () => {
    expect(overload([0, 0, 0, 0, 5]).gini).toBeCloseTo(4 / 5, 15);
  });

  it('nobody gives: every figure null', () => {
    expect(overload([0, 0])).toEqual({ gini: null, top1Share: null, top5Share: null, top20Share: null });
    expect(overload([])).toEqual({ gini: null, top1Share: null, top5Share: null, top20Share: null });
  });

  it('⌈p·n⌉ people, not one more for the rounding of p·n', () => {
    expect(topCount(0.07, 100)).toBe(7);
    expect(topCount(0.05, 100)).toBe(5);
    expect(topCount(0.05, 101)).toBe(6);
    expect(topCount(0.01, 3)).toBe(1);
    expect(topCount(0.2, 0)).toBe(0);
  });
});
