/**
 * Newman–Girvan modularity of a partition on the weighted undirected projection (docs/metrics.md#organization),
 * computed here from the partition alone, independently of the figure Louvain reports, so
 * the one can check the other.
 *
 *   Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]
 *
 * L_c: total weight of the projection's edges inside community c; d_c: sum of the weighted
 * degrees of its members; m: total edge weight; γ: resolution (1 = standard modularity).
 * A weight is an interaction strength (w(u→v) + w(v→u)). Range [−1/2, 1).
 * `null` when the projection has no edge (m = 0: networkx divides by zero).
 *
 * Matches networkx `modularity(U, communities, weight="weight", resolution=γ)`.
 * Reference: Newman, "Modularity and community structure in networks", PNAS 103 (2006).
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import { communityCount } from './communities.js';

export function modularity(graph: GraphSource, membership: ArrayLike<number>, resolution = 1): number | null {
  const { n, und } = indexGraph(graph);
  const k = communityCount(membership);
  // Each undirected edge sits in both end rows: row sums give 2·L_c and d_c directly.
  const inside = new Float64Array(k);
  const degree = new Float64Array(k);
  let twiceM = 0;
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    for (let p = und.offsets[i]!; p < und.offsets[i + 1]!; p++) {
      const w = und.weight[p]!;
      degree[c]! += w;
      twiceM += w;
      if (membership[und.index[p]!] === c) inside[c]! += w;
    }
  }
  if (twiceM === 0) return null;
  let q = 0;
  for (let c = 0; c < k; c++) {
    const share = degree[c]! / twiceM;
    q += inside[c]! / twiceM - resolution * share * share;
  }
  return q;
}
