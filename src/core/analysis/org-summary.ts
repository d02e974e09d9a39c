/**
 * The organization-level structure numbers of docs/metrics.md#organization, docs/metrics.md#resilience, gathered in one place.
 *
 * density: m / (n(n − 1)), networkx `density(G)`; 0 for n ≤ 1 or without ties, as networkx.
 * interactions / totalWeight: Σ tie `count` / Σ tie `weight` over the ties in the graph (rows
 * that formed a tie; rows of ties dropped by `--min-tie-weight` are not in the graph), unless the
 * reader counted interactions itself (events that made ties, rows of several recipients).
 * Undirected data (docs/input.md): each pair counts once — `ties` = U's edges, the totals sum each
 * tie once — and density = 2·ties / (n(n − 1)), networkx `density(U)`, which is the same number
 * as the directed formula on the graph holding each tie both ways.
 * Group, community and activity fields (eiIndex, eiPValue, communities, modularity, groupAlignment,
 * activeShare), the figures read from person fields (overload, coreSize), reach players and the distance-based resilience fields (distanceFragmentation, keyPlayers,
 * which need betweenness and the runner: key-players.ts) are filled elsewhere; everything else
 * is defined in the metric it names.
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import type { OrgSummary } from '../model/report.js';
import { degreeCentralization } from '../metrics/centralization.js';
import { componentSummary } from '../metrics/components.js';
import { dyadReciprocity, overallReciprocity } from '../metrics/reciprocity.js';
import { cutPoints, fragmentation } from '../metrics/resilience.js';
import { transitivity } from '../metrics/transitivity.js';

export type OrgStructure = Omit<
  OrgSummary,
  'eiIndex' | 'eiPValue' | 'hierarchy' | 'communities' | 'modularity' | 'groupAlignment' | 'activeShare' | 'distanceFragmentation' | 'keyPlayers'
  | 'overload' | 'coreSize' | 'reachPlayers'
>;

export interface OrgOptions {
  /** Without the `structure` part, cut points and fragmentation are left out (0 and null). */
  structure?: boolean;
  /** Without the `summary` part, only the counts and totals (the figures are null, components 0). */
  summary?: boolean;
  /** `org.interactions` when the reader counted it (Interactions.interactions); null = from the ties. */
  interactions?: number | null;
}

export function orgStructure(graph: GraphSource, options: OrgOptions = {}): OrgStructure {
  const structure = options.structure ?? true;
  const { n, m, undirected } = indexGraph(graph);
  const { interactions, totalWeight } = totals(graph);
  if (options.summary === false) {
    const counts = { people: n, ties: undirected ? m / 2 : m, interactions: options.interactions ?? interactions, totalWeight };
    return { ...counts, ...NO_FIGURES };
  }
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
  };
}

const NO_FIGURES = {
  density: null, reciprocity: null, dyadReciprocity: null, components: 0, largestComponentShare: null, isolates: 0,
  transitivity: null, degreeCentralization: null, cutPoints: 0, fragmentation: null,
} as const;

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
