/**
 * Closeness as outward reach: how few hops a person needs to reach the people they can reach.
 *
 * Definition: with r(v) people reachable from v along out-ties (v included) and D(v) the sum of
 * their hop distances from v, C(v) = (r − 1) / D · (r − 1) / (n − 1).
 * Normalization: the Wasserman–Faust factor (r − 1)/(n − 1) scales by the share of the
 * organization reached, so someone who reaches two people quickly does not outrank someone
 * who reaches everyone; values lie in [0, 1].
 * Undefined: a person who reaches nobody (D = 0), and everyone when n = 1, gets 0, as in networkx.
 * Weight: a strength, never a distance, so it is ignored: every tie is one hop.
 * networkx: `closeness_centrality(G.reverse())` (networkx's own directed closeness measures
 * inward distances; reversing the graph turns it into distances *from* the person).
 * Reference: S. Wasserman and K. Faust, Social Network Analysis (1994), §5.3.
 */
import { indexGraph } from '../graph/csr.js';
import type { OrgGraph } from '../graph/types.js';
import { pathSums, type PathSums } from './shortest-paths.js';

export function closeness(graph: OrgGraph): number[] {
  const { n, out } = indexGraph(graph);
  return closenessFromSums(pathSums(out, n, { accumulateFrom: new Uint8Array(n), everySource: true }), n);
}

export function closenessFromSums(sums: PathSums, n: number): number[] {
  return Array.from(sums.distanceSum, (total, v) => {
    const others = sums.reached[v]! - 1;
    return total > 0 && n > 1 ? (others / total) * (others / (n - 1)) : 0;
  });
}
