/**
 * Tie lookup on the CSR index: rows are sorted by neighbour index (csr.ts), so a binary
 * search answers "is there a tie a→b" without a Map lookup, which matters in loops over
 * every two-path.
 */
import type { Adjacency } from '../graph/csr.js';

export function hasTie(adjacency: Adjacency, a: number, b: number): boolean {
  const { offsets, index } = adjacency;
  let lo = offsets[a]!;
  let hi = offsets[a + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = index[mid]!;
    if (v === b) return true;
    if (v < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
