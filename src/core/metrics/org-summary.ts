/**
 * The organization-level structure numbers of SPEC §4.3 and §4.7, gathered in one place.
 *
 * density: m / (n(n − 1)), networkx `density(G)`; 0 for n ≤ 1 or without ties, as networkx.
 * interactions / totalWeight: Σ tie `count` / Σ tie `weight` over the ties in the graph (rows
 * that formed a tie; rows of ties dropped by `--min-tie-weight` are not in the graph).
 * Group, community and activity fields (eiIndex, communities, modularity, groupAlignment,
 * activeShare) and the distance-based resilience fields (distanceFragmentation, keyPlayers,
 * which need betweenness and the runner: key-players.ts) are filled elsewhere; everything else
 * is defined in the metric it names.
 */
import { indexGraph } from '../graph/csr.js';
import type { OrgGraph } from '../graph/types.js';
import type { OrgSummary } from '../report/types.js';
import { degreeCentralization } from './centralization.js';
import { componentSummary } from './components.js';
import { dyadReciprocity, overallReciprocity } from './reciprocity.js';
import { cutPoints, fragmentation } from './resilience.js';
import { transitivity } from './transitivity.js';

export type OrgStructure = Omit<
  OrgSummary,
  'eiIndex' | 'communities' | 'modularity' | 'groupAlignment' | 'activeShare' | 'distanceFragmentation' | 'keyPlayers'
>;

export function orgStructure(graph: OrgGraph): OrgStructure {
  const { n } = indexGraph(graph);
  const m = graph.size;
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
    cutPoints: cutPoints(graph).filter(Boolean).length,
    fragmentation: fragmentation(graph),
  };
}

export function density(n: number, m: number): number {
  return m === 0 || n <= 1 ? 0 : m / (n * (n - 1));
}

function totals(graph: OrgGraph): { interactions: number; totalWeight: number } {
  let interactions = 0;
  let totalWeight = 0;
  graph.forEachEdge((_tie, attributes) => {
    interactions += attributes.count;
    totalWeight += attributes.weight;
  });
  return { interactions, totalWeight };
}
