/**
 * Key players: the people whose joint departure would fragment the organization most.
 *
 * Definition: chosen greedily, one at a time: at each step the person whose removal (from what
 * is left) maximizes Borgatti's fragmentation of the remaining people, ties broken by the
 * smallest id. Each entry carries the fragmentation after removing them and everyone before
 * them, measured over the people who remain (n − removed), not the original n — the removed
 * people are gone, not counted as unreachable.
 * Stops after k people or when fewer than 2 would remain (fragmentation needs a pair).
 * Cost: one depth-first search per step gives every candidate's effect (articulation.ts), so
 * a step is O(n + m). Candidates are compared by the exact integer count of reachable pairs,
 * so ties are real ties, not rounding.
 * Greedy is not optimal for the joint problem (NP-hard); it is Borgatti's suggested heuristic
 * start and is deterministic.
 * Weight: ignored, and so is direction.
 * networkx reference: none; scripts/golden.py removes each candidate and recounts
 * `connected_components` by brute force.
 * Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
 * Computational and Mathematical Organization Theory 12 (2006) 21–34.
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import type { KeyPlayer } from '../report/types.js';
import { departures } from './articulation.js';
import { fragmentationOf, pairsWithin } from './resilience.js';

export function keyPlayers(graph: GraphSource, k: number): KeyPlayer[] {
  const { n, ids, und } = indexGraph(graph);
  const present = new Uint8Array(n).fill(1);
  const chosen: KeyPlayer[] = [];
  for (let left = n; chosen.length < k && left - 1 >= 2; left--) {
    const d = departures(und, present);
    const pairs = pairsWithin(d);
    let best = -1;
    let bestPairs = Infinity;
    for (let v = 0; v < n; v++) {
      if (present[v] === 0) continue;
      const size = d.componentSizes[d.componentOf[v]!]!;
      const after = pairs - size * (size - 1) + d.piecePairs[v]!;
      if (after < bestPairs) [best, bestPairs] = [v, after];
    }
    present[best] = 0;
    chosen.push({ id: ids[best]!, fragmentation: fragmentationOf(bestPairs, left - 1)! });
  }
  return chosen;
}
