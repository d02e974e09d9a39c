/**
 * Ties among each person's neighbours in the unweighted undirected projection (SPEC §3):
 * t(v) = │{ {q, j} ⊆ N(v) : q–j }│, i.e. the triangles through v. Effective size and
 * transitivity both read it, so it is counted once here.
 * Cost: Σ_v Σ_{q∈N(v)} deg(q) = Σ_q deg(q)², with a stamp array instead of per-person sets.
 * networkx: `nx.triangles(U)`.
 */
import type { Adjacency } from '../graph/csr.js';

export function neighbourTies(und: Adjacency): Float64Array {
  const { offsets, index } = und;
  const n = offsets.length - 1;
  const stamp = new Int32Array(n);
  const ties = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) stamp[index[p]!] = v + 1;
    let ends = 0;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const q = index[p]!;
      for (let r = offsets[q]!; r < offsets[q + 1]!; r++) if (stamp[index[r]!] === v + 1) ends++;
    }
    // Each tie q–j among the neighbours is seen from q and from j.
    ties[v] = ends / 2;
  }
  return ties;
}
