/**
 * The weighted undirected projection, as graphology-communities-louvain reads it, straight from
 * the CSR index: a read-only view with the handful of graphology members the algorithm and its
 * index (graphology-indices/louvain) use — order, size, type, forEachNode,
 * undirectedDegreeWithoutSelfLoops, forEachEdge. Building a real graphology graph of a million
 * ties took longer than Louvain itself; the view costs nothing.
 *
 * Nodes are the people's positions in the index (0..n−1) and edges are visited in the order a
 * graph built from the index would hold them (i ascending, then its neighbours j > i ascending),
 * so the algorithm draws the same random numbers in the same order and finds the same partition
 * as on that graph — test/core/metrics/communities.test.ts holds the two to the same result. The
 * mutating members exist only because graphology-utils' `isGraph` looks for them; they refuse.
 */
import type { Adjacency } from '../graph/csr.js';

const readOnly = (): never => {
  throw new Error('the projection view is read-only');
};

export interface LouvainView {
  readonly type: 'undirected';
  readonly multi: false;
  readonly order: number;
  readonly size: number;
  readonly selfLoopCount: 0;
  forEachNode(callback: (node: number) => void): void;
  undirectedDegreeWithoutSelfLoops(node: number): number;
  forEachEdge(callback: (edge: number, attributes: { weight: number }, source: number, target: number) => void): void;
  addUndirectedEdgeWithKey(): never;
  dropNode(): never;
}

export function louvainView(und: Adjacency): LouvainView {
  const { offsets, index, weight } = und;
  const n = offsets.length - 1;
  return {
    type: 'undirected',
    multi: false,
    order: n,
    size: index.length / 2,
    selfLoopCount: 0,
    forEachNode(callback) {
      for (let i = 0; i < n; i++) callback(i);
    },
    undirectedDegreeWithoutSelfLoops(node) {
      return offsets[node + 1]! - offsets[node]!;
    },
    forEachEdge(callback) {
      // One attributes object, refilled per edge: the index reads the weight and keeps nothing.
      const attributes = { weight: 0 };
      let edge = 0;
      for (let i = 0; i < n; i++) {
        for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
          const j = index[p]!;
          if (j <= i) continue;
          attributes.weight = weight[p]!;
          callback(edge++, attributes, i, j);
        }
      }
    },
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
  };
}
