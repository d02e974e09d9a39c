/**
 * The k-core: the most tightly knit part of the organization.
 *
 * Definition: a person's core number is the largest k such that they belong to a subgraph in
 * which everyone has at least k neighbours (the k-core) of the unweighted undirected
 * projection; 0 for an isolate. The core is the people whose core number is the maximum.
 * Weight: ignored, and so is direction.
 * Algorithm: Batagelj–Zaversnik peeling, O(n + m): people kept in an array sorted by current
 * degree with the start of each degree's bucket, so that lowering a neighbour's degree is one
 * swap to the front of its bucket.
 * networkx: `core_number(U)` with U = G.to_undirected().
 * Reference: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of
 * networks", arXiv cs/0310049 (2003).
 */
import { indexGraph, type Adjacency, type GraphSource } from '../graph/csr.js';

export function coreNumbers(graph: GraphSource): Int32Array {
  return coreNumbersOf(indexGraph(graph).und);
}

function coreNumbersOf(und: Adjacency): Int32Array {
  const { offsets, index } = und;
  const n = offsets.length - 1;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = offsets[v + 1]! - offsets[v]!;
    if (degree[v]! > maxDegree) maxDegree = degree[v]!;
  }
  // Counting sort by degree: `start[d]` is where the people of degree d begin in `order`.
  const start = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) start[degree[v]! + 1]!++;
  for (let d = 0; d <= maxDegree; d++) start[d + 1]! += start[d]!;
  const order = new Int32Array(n);
  const place = new Int32Array(n);
  const fill = start.slice(0, maxDegree + 1);
  for (let v = 0; v < n; v++) {
    const at = fill[degree[v]!]!++;
    order[at] = v;
    place[v] = at;
  }
  // Peel in order of current degree; a person's degree when peeled is their core number.
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    const dv = degree[v]!;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const u = index[p]!;
      const du = degree[u]!;
      if (du <= dv) continue;
      // Move u to the front of its bucket, then shrink the bucket by one: u now has degree du − 1.
      const front = start[du]!;
      const w = order[front]!;
      if (w !== u) {
        const at = place[u]!;
        order[front] = u;
        place[u] = front;
        order[at] = w;
        place[w] = at;
      }
      start[du]!++;
      degree[u] = du - 1;
    }
  }
  return degree;
}

/** People whose core number is the maximum (0 for an empty organization). */
export function coreSize(core: ArrayLike<number>): number {
  let max = -1;
  let count = 0;
  for (let v = 0; v < core.length; v++) {
    const k = core[v]!;
    if (k > max) {
      max = k;
      count = 1;
    } else if (k === max) count++;
  }
  return count;
}
