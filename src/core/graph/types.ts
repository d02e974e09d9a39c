/**
 * The organization as a graphology DirectedGraph (docs/metrics.md#conventions): one node per person, one edge
 * per ordered pair. Weights are interaction strengths, never distances.
 * Undirected data (`--undirected`, `--events`) is held as a DirectedGraph too, each tie once in
 * each direction with the tie's weight, and the graph attribute `undirected` set: the path
 * metrics, PageRank and constraint then equal networkx's on the undirected graph as they are,
 * and the metrics that would count a tie twice read the flag (through `indexGraph`).
 */
import type { DirectedGraph } from 'graphology';

export interface PersonAttributes {
  group: string | null;
  attributes: Record<string, string>;
}

export interface TieAttributes {
  weight: number;
  count: number;
  /** Epoch ms of the first / last row, null without timestamps. */
  first: number | null;
  last: number | null;
}

export interface GraphAttributes {
  /** Each tie is held in both directions and stands for one undirected tie. */
  undirected?: boolean;
}

export type OrgGraph = DirectedGraph<PersonAttributes, TieAttributes, GraphAttributes>;

/** Whether a graph holds undirected data (absent = directed). */
export function isUndirected(graph: OrgGraph): boolean {
  return graph.getAttribute('undirected') === true;
}
