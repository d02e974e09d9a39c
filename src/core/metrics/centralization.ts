/**
 * Freeman degree centralization: how far the organization is from a star (everyone tied only
 * to one person) — 1 for a star, 0 when everyone has the same number of contacts.
 *
 * Definition: on the undirected projection with degrees d(v),
 *   Σ_v (max d − d(v)) / ((n − 1)(n − 2)),
 * the denominator being that sum for a star of n people, the most centralized graph.
 * Undefined: `null` when n < 3 (the star's sum is 0).
 * Weight: ignored, and so is direction.
 * networkx: no single function; from `dict(U.degree())` with U = G.to_undirected().
 * Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification",
 * Social Networks 1 (1979) 215–239.
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import { rowLengths } from './degree.js';

export function degreeCentralization(graph: GraphSource): number | null {
  const { n, und } = indexGraph(graph);
  if (n < 3) return null;
  const degree = rowLengths(und);
  const max = degree.reduce((a, b) => Math.max(a, b), 0);
  const gap = degree.reduce((sum, d) => sum + (max - d), 0);
  return gap / ((n - 1) * (n - 2));
}
