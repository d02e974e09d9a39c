/**
 * Give–take ratio: how much of a person's traffic is giving rather than receiving.
 *
 * Definition: outStrength / (inStrength + outStrength); 1 = only gives (shares, reaches out),
 * 0 = only receives, 0.5 = balanced.
 * Weight: an interaction strength, so a tie of weight 3 counts three interactions.
 * Undefined: `null` for an isolate (no traffic either way), and for everyone with undirected data
 * (docs/input.md), where nobody gives or takes: a contact is both at once.
 * networkx: no single function; `G.out_degree(v, weight="weight") / G.degree(v, weight="weight")`.
 * Reference: docs/metrics.md#person (`giveTakeRatio`).
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import { degrees } from './degree.js';

export function giveTakeRatio(graph: GraphSource): (number | null)[] {
  const { inStrength, outStrength } = degrees(graph);
  if (indexGraph(graph).undirected) return inStrength.map(() => null);
  return outStrength.map((out, i) => {
    const total = out + inStrength[i]!;
    return total > 0 ? out / total : null;
  });
}
