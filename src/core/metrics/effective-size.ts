/**
 * Burt's effective size: the number of a person's contacts minus their redundancy, i.e. how
 * many non-overlapping parts of the organization a person is tied to.
 *
 * Definition (Borgatti's form for an unweighted undirected graph): with d(v) neighbours in the
 * undirected projection and t(v) ties among those neighbours, e(v) = d − 2t / d.
 * Normalization: none; it lies in [1, d] (d when no two contacts know each other).
 * Undefined: `null` for an isolate (no contacts).
 * Weight: ignored, and so is direction: the projection joins u and v when either tie exists.
 * networkx: `effective_size(U)` with U = G.to_undirected() unweighted (networkx then uses this
 * same simplified formula).
 * Reference: R. S. Burt, Structural Holes (1992); S. P. Borgatti, "Structural holes: unpacking
 * Burt's redundancy measures", Connections 20(1) (1997) 35–38.
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import { rowLengths } from './degree.js';
import { neighbourTies } from './neighbour-ties.js';

export function effectiveSize(graph: GraphSource): (number | null)[] {
  const { und } = indexGraph(graph);
  const ties = neighbourTies(und);
  return rowLengths(und).map((d, v) => (d === 0 ? null : d - (2 * ties[v]!) / d));
}
