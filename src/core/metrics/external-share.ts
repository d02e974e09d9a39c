/**
 * Person `externalShare` (docs/metrics.md#person): the share of a person's distinct neighbours, in either
 * direction (the undirected projection), who are outside the person's group. A neighbour
 * without a group is outside it.
 *
 *   externalShare(p) = │{q ∈ N(p) : group(q) ≠ group(p)}│ / │N(p)│
 *
 * `null` for a person without a group, and for a person with a group but no neighbour (0/0:
 * an isolate is neither inward- nor outward-looking). Weights play no part.
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import { NO_GROUP, type GroupCodes } from './group-codes.js';

export function externalShare(graph: GraphSource, groups: GroupCodes): (number | null)[] {
  const { n, und } = indexGraph(graph);
  const shares: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    const g = groups.code[i]!;
    const start = und.offsets[i]!;
    const end = und.offsets[i + 1]!;
    if (g === NO_GROUP || end === start) continue;
    let outside = 0;
    for (let p = start; p < end; p++) if (groups.code[und.index[p]!] !== g) outside++;
    shares[i] = outside / (end - start);
  }
  return shares;
}
