/**
 * Closeness as outward reach: how few hops a person needs to reach the people they can reach.
 *
 * Definition: with r(v) people reachable from v along out-ties (v included) and D(v) the sum of
 * their hop distances from v, C(v) = (r − 1) / D · (r − 1) / (n − 1).
 * Normalization: the Wasserman–Faust factor (r − 1)/(n − 1) scales by the share of the
 * organization reached, so someone who reaches two people quickly does not outrank someone
 * who reaches everyone; values lie in [0, 1].
 * Sampled (large organizations): from k pivot people (a quarter of betweenness's sources,
 * betweenness.ts), searched along reversed ties, each person
 * v learns the hops to the pivots they reach; (r − 1)/(n − 1) is estimated by the share of the
 * other pivots v reaches and D/(r − 1) by the mean hops to them (Eppstein & Wang 2004), so
 * C(v) ≈ share reached / mean hops — with every person a pivot this is the exact value.
 * Undefined: a person who reaches nobody (D = 0), and everyone when n = 1, gets 0, as in networkx.
 * Weight: a strength, never a distance, so it is ignored: every tie is one hop.
 * networkx: `closeness_centrality(G.reverse())` (networkx's own directed closeness measures
 * inward distances; reversing the graph turns it into distances *from* the person).
 * Reference: S. Wasserman and K. Faust, Social Network Analysis (1994), §5.3; D. Eppstein and
 * J. Wang, "Fast approximation of centrality", J. Graph Algorithms Appl. 8(1) (2004) 39–45.
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import type { BrandesSums, ReachSums } from '../parallel/wasm-paths.js';
import { brandesSums, everyone, pathShared } from './shortest-paths.js';

export function closeness(graph: GraphSource): number[] {
  const { n, out, in: inn } = indexGraph(graph);
  return closenessFromSums(brandesSums(pathShared(out, n, everyone(n), false, inn)), n);
}

export function closenessFromSums(sums: Pick<BrandesSums, 'reached' | 'distanceSum'>, n: number): number[] {
  return Array.from(sums.distanceSum, (total, v) => {
    const others = sums.reached[v]! - 1;
    return total > 0 && n > 1 ? (others / total) * (others / (n - 1)) : 0;
  });
}

/** The estimate from pivots: `pivots` holds, per person, the pivots reached and the hops to them. */
export function closenessFromPivots(pivots: ReachSums, sources: Int32Array, n: number): number[] {
  const isPivot = new Uint8Array(n);
  for (const s of sources) isPivot[s] = 1;
  return Array.from(pivots.count, (reached, v) => {
    const others = sources.length - isPivot[v]!;
    const hops = pivots.hops[v]!;
    return reached > 0 && others > 0 ? (reached / others) * (reached / hops) : 0;
  });
}
