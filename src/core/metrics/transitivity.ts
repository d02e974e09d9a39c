/**
 * Transitivity: how often two of a person's contacts are tied to each other, organization-wide.
 *
 * Definition: 3 × triangles / connected triples on the unweighted undirected projection,
 * = Σ_v 2 t(v) / Σ_v d(v)(d(v) − 1), with t(v) the triangles through v and d(v) its degree.
 * Normalization: a share in [0, 1].
 * Undefined: a network without triangles (including one without any two-path) gives 0, as in
 * networkx; `null` only for an empty organization.
 * Weight: ignored, and so is direction.
 * networkx: `transitivity(U)` with U = G.to_undirected().
 * Reference: S. Wasserman and K. Faust, Social Network Analysis (1994), §14.3;
 * M. E. J. Newman, "The structure and function of complex networks", SIAM Review 45 (2003).
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import { rowLengths } from './degree.js';
import { neighbourTies } from './neighbour-ties.js';

export function transitivity(graph: GraphSource): number | null {
  const { n, und } = indexGraph(graph);
  if (n === 0) return null;
  const ties = neighbourTies(und);
  let closed = 0;
  let triples = 0;
  rowLengths(und).forEach((d, v) => {
    closed += 2 * ties[v]!;
    triples += d * (d - 1);
  });
  return closed === 0 ? 0 : closed / triples;
}
