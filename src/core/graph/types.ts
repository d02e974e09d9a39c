/**
 * The organization as a graphology DirectedGraph (SPEC §3): one node per person, one edge
 * per ordered pair. Weights are interaction strengths, never distances.
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

export type OrgGraph = DirectedGraph<PersonAttributes, TieAttributes>;
