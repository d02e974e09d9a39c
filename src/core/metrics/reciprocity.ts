/**
 * Reciprocity: is knowledge shared both ways or one way only.
 *
 * Person: 2 · |pred ∩ succ| / (|pred| + |succ|) — the share of a person's tie ends (in and out)
 * that belong to a mutual pair. `null` for an isolate (no ties to be mutual).
 * Organization (`reciprocity`): share of directed ties whose reverse tie exists,
 * 2 · mutualPairs / m; `null` without ties.
 * Organization (`dyadReciprocity`): mutual pairs / connected pairs (unordered pairs with a tie
 * either way); `null` without ties. It counts pairs, not ties, so it is lower than `reciprocity`
 * whenever some but not all ties are mutual.
 * Undirected data (docs/input.md): every value is `null` — a tie without direction cannot be returned.
 * Weight: ignored: a tie exists or not, however strong.
 * networkx: `reciprocity(G, v)`, `overall_reciprocity(G)`; dyadReciprocity has no single call:
 * (m − U.size()) / U.size() with U = G.to_undirected().
 * Reference: S. Wasserman and K. Faust, Social Network Analysis (1994), §13.2;
 * D. Garlaschelli and M. Loffredo, "Patterns of link reciprocity in directed networks",
 * Phys. Rev. Lett. 93 (2004) 268701.
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import { rowLengths } from './degree.js';

export function personReciprocity(graph: GraphSource): (number | null)[] {
  const index = indexGraph(graph);
  if (index.undirected) return new Array<null>(index.n).fill(null);
  const outs = rowLengths(index.out);
  const ins = rowLengths(index.in);
  // |pred ∪ succ| is the undirected row, so |pred ∩ succ| = |pred| + |succ| − |pred ∪ succ|.
  return rowLengths(index.und).map((either, i) => {
    const ends = outs[i]! + ins[i]!;
    return ends === 0 ? null : (2 * (ends - either)) / ends;
  });
}

export function overallReciprocity(graph: GraphSource): number | null {
  const { m, undirected } = indexGraph(graph);
  return m === 0 || undirected ? null : (2 * mutualPairs(graph)) / m;
}

export function dyadReciprocity(graph: GraphSource): number | null {
  const { m, undirected } = indexGraph(graph);
  if (m === 0 || undirected) return null;
  const mutual = mutualPairs(graph);
  return mutual / (m - mutual);
}

/** A mutual pair holds two directed ties but one undirected one. */
function mutualPairs(graph: GraphSource): number {
  return indexGraph(graph).m - connectedPairs(graph);
}

function connectedPairs(graph: GraphSource): number {
  return indexGraph(graph).und.index.length / 2;
}
