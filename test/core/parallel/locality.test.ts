/**
 * The relabelling the path kernels search under (src/core/parallel/locality.ts): a permutation
 * numbering people in breadth-first order, and an adjacency that, mapped back, is the original
 * one row for row and neighbour for neighbour (which is why the kernel's sums stay bit for bit
 * the same: paths-kernel.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breadthFirstPositions, relabel, unpermute } from '../../../src/core/parallel/locality.js';

/** A CSR adjacency from rows of neighbour lists. */
function csr(rows: number[][]): { offsets: Int32Array; index: Int32Array } {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, v) => (offsets[v + 1] = offsets[v]! + row.length));
  return { offsets, index: Int32Array.from(rows.flat()) };
}

const adjacency = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }), { minLength: n, maxLength: n }),
);

describe('breadth-first relabelling', () => {
  it('numbers a small graph by hand: the best-connected person first, then their neighbours in row order', () => {
    // 0 → 3; 1 → 2; 2 → 0, 3, 1 (most ties); 3 → nobody; 4 → 1 (reached by nobody: a second search)
    const { offsets, index } = csr([[3], [2], [0, 3, 1], [], [1]]);
    const position = breadthFirstPositions(5, offsets, index);
    expect([...position]).toEqual([1, 3, 0, 2, 4]);
  });

  it('is a permutation, and the relabelled rows map back to the original rows in order', () => {
    fc.assert(
      fc.property(adjacency, (rows) => {
        const n = rows.length;
        const { offsets, index } = csr(rows);
        const position = breadthFirstPositions(n, offsets, index);
        expect([...position].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
        const local = relabel(n, offsets, index, position);
        const back = new Int32Array(n);
        position.forEach((p, v) => (back[p] = v));
        for (let v = 0; v < n; v++) {
          const row = [...local.index.subarray(local.offsets[position[v]!]!, local.offsets[position[v]! + 1]!)].map((w) => back[w]!);
          expect(row).toEqual(rows[v]);
        }
        const values = Float64Array.from({ length: n }, (_, i) => i * 1.5);
        const moved = new Float64Array(n);
        position.forEach((p, v) => (moved[p] = values[v]!));
        expect(unpermute(moved, position, (size) => new Float64Array(size))).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });
});
