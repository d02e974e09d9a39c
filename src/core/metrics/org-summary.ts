/**
 * The organization-level structure numbers of SPEC §4.3 and §4.7, gathered in one place.
 *
 * density: m / (n(n − 1)), networkx `density(G)`; 0 for n ≤ 1 or without ties, as networkx.
 * interactions / totalWeight: Σ tie `count` / Σ tie `weight` over the ties in the graph (rows
 * that formed a tie; rows of ties dropped by `--min-tie-weight` are not in the graph), unless the
 * reader counted interactions itself (events that made ties, rows of several recipients).
 * Undirected data (SPEC §2.4): each pair counts once — `ties` = U's edges, the totals sum each
 * tie once — and density = 2·ties / (n(n − 1)), networkx `density(U)`, which is the same number
 * as the directed formula on the graph holding each tie both ways.
 * Group, community and activity fields (eiIndex, communities, modularity, groupAlignment,
 * activeShare) are filled elsewhere; everything else is defined in the metric it names.
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import type { OrgSummary } from '../report/types.js';
import { degreeCentralization } from './centralization.js';
import { componentSummary } from './components.js';
import { keyPlayers } from './key-players.js';
import { dyadReciprocity, overallReciprocity } from './reciprocity.js';
import { cutPoints, fragmentation } from './resilience.js';
import { transitivity } from './transitivity.js';

export type OrgStructure = Omit<
  OrgSummary,
  'eiIndex' | 'communities' | 'modularity' | 'groupAlignment' | 'activeShare'
>;

export interface OrgOptions {
  keyPlayers: number;
  /** Without the `structure` part, cut points and fragmentation are left out (0 and null). */
  structure?: boolean;
  /** `org.interactions` when the reader counted it (Interactions.interactions); null = from the ties. */
  interactions?: number | null;
}

export function orgStructure(graph: GraphSource, options: OrgOptions): OrgStructure {
  const structure = options.structure ?? true;
  const { n, m, undirected } = indexGraph(graph);
  const { interactions, totalWeight } = totals(graph);
  return {
    people: n,
    ties: undirected ? m / 2 : m,
    interactions: options.interactions ?? interactions,
    totalWeight,
    density: density(n, m),
    reciprocity: overallReciprocity(graph),
    dyadReciprocity: dyadReciprocity(graph),
    ...componentSummary(graph),
    transitivity: transitivity(graph),
    degreeCentralization: degreeCentralization(graph),
    cutPoints: structure ? cutPoints(graph).filter(Boolean).length : 0,
    fragmentation: structure ? fragmentation(graph) : null,
    keyPlayers: options.keyPlayers > 0 ? keyPlayers(graph, options.keyPlayers) : [],
  };
}

export function density(n: number, m: number): number {
  return m === 0 || n <= 1 ? 0 : m / (n * (n - 1));
}

/** Undirected data holds each tie in two rows: it is summed once, from its smaller end. */
function totals(graph: GraphSource): { interactions: number; totalWeight: number } {
  const { n, out, tieRows, undirected } = indexGraph(graph);
  let interactions = 0;
  let totalWeight = 0;
  for (let i = 0; i < n; i++) {
    for (let p = out.offsets[i]!; p < out.offsets[i + 1]!; p++) {
      if (undirected && out.index[p]! < i) continue;
      interactions += tieRows[p]!;
      totalWeight += out.weight[p]!;
    }
  }
  return { interactions, totalWeight };
}
