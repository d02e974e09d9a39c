/**
 * The organization-level structure numbers of SPEC §4.3 and §4.7, gathered in one place.
 *
 * density: m / (n(n − 1)), networkx `density(G)`; 0 for n ≤ 1 or without ties, as networkx.
 * interactions / totalWeight: Σ tie `count` / Σ tie `weight` over the ties in the graph (rows
 * that formed a tie; rows of ties dropped by `--min-tie-weight` are not in the graph).
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

/** Without the `structure` part, cut points and fragmentation are left out (0 and null). */
export function orgStructure(graph: GraphSource, options: { keyPlayers: number; structure?: boolean }): OrgStructure {
  const structure = options.structure ?? true;
  const { n, m } = indexGraph(graph);
  const { interactions, totalWeight } = totals(graph);
  return {
    people: n,
    ties: m,
    interactions,
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

function totals(graph: GraphSource): { interactions: number; totalWeight: number } {
  const { out, tieRows } = indexGraph(graph);
  let interactions = 0;
  let totalWeight = 0;
  for (let p = 0; p < out.index.length; p++) {
    interactions += tieRows[p]!;
    totalWeight += out.weight[p]!;
  }
  return { interactions, totalWeight };
}
