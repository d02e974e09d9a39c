/** Triangles through each person, counted from their lowest-ranked corner, equal a count of every neighbour pair. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/core/graph/csr.js';
import { neighbourTies } from '../../../src/core/metrics/neighbour-ties.js';
import { graphFromEdges } from '../../helpers/graph.js';

function bruteForce(offsets: Int32Array, index: Int32Array): number[] {
  const n = offsets.length - 1;
  const tied = (a: number, b: number) => index.subarray(offsets[a]!, offsets[a + 1]!).includes(b);
  return Array.from({ length: n }, (_, v) => {
    const neighbours = [...index.subarray(offsets[v]!, offsets[v + 1]!)];
    let count = 0;
    for (let i = 0; i < neighbours.length; i++) for (let j = i + 1; j < neighbours.length; j++) if (tied(neighbours[i]!, neighbours[j]!)) count++;
    return count;
  });
}

describe('neighbourTies', () => {
  it('K4: every person sits in 3 triangles; a pendant in none', () => {
    const k4 = graphFromEdges([['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd'], ['c', 'd'], ['d', 'e']]);
    expect([...neighbourTies(indexGraph(k4).und)]).toEqual([3, 3, 3, 3, 0]);
  });

  it('equals the count of tied neighbour pairs on random graphs', () => {
    const edges = fc.array(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 15 })), { maxLength: 80 });
    fc.assert(
      fc.property(edges, (pairs) => {
        const { und } = indexGraph(graphFromEdges(pairs.map(([a, b]) => [`p${a}`, `p${b}`] as [string, string])));
        expect([...neighbourTies(und)]).toEqual(bruteForce(und.offsets, und.index));
      }),
      { numRuns: 300 },
    );
  });
});
