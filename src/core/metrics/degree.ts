/**
 * Degree and strength.
 *
 * Definition: inDegree / outDegree = distinct people a person receives from / reaches out to;
 * inStrength / outStrength = sum of the weights of those ties. degreeCentrality =
 * (inDegree + outDegree) / (n − 1), the share of the other people a person is tied to, counting
 * a mutual pair twice (so it can reach 2 in a directed graph).
 * Undirected data: inDegree = outDegree = degree and inStrength = outStrength = strength (each
 * tie is held both ways), and degreeCentrality = degree / (n − 1), networkx `degree_centrality(U)`:
 * the directed formula would count every tie twice.
 * Weight: an interaction strength; it counts only in the strengths.
 * Undefined: degreeCentrality is `null` when n < 2 (no other people to be tied to; networkx
 * returns 1 there by convention, which would read as "tied to everyone").
 * networkx: `G.in_degree()`, `G.out_degree()`, `G.in_degree(weight="weight")`,
 * `G.out_degree(weight="weight")`, `degree_centrality(G)`.
 * Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification",
 * Social Networks 1 (1979) 215–239.
 */
import { indexGraph, type Adjacency, type GraphSource } from '../graph/csr.js';

export interface Degrees {
  inDegree: number[];
  outDegree: number[];
  inStrength: number[];
  outStrength: number[];
}

export function degrees(graph: GraphSource): Degrees {
  const index = indexGraph(graph);
  return {
    inDegree: rowLengths(index.in),
    outDegree: rowLengths(index.out),
    inStrength: rowSums(index.in),
    outStrength: rowSums(index.out),
  };
}

export function degreeCentrality(graph: GraphSource): (number | null)[] {
  const { n, in: inn, out, und, undirected } = indexGraph(graph);
  if (n < 2) return new Array<null>(n).fill(null);
  if (undirected) return rowLengths(und).map((d) => d / (n - 1));
  const ins = rowLengths(inn);
  return rowLengths(out).map((d, i) => (d + ins[i]!) / (n - 1));
}

export function rowLengths(adjacency: Adjacency): number[] {
  const { offsets } = adjacency;
  const lengths = new Array<number>(offsets.length - 1);
  for (let i = 0; i < lengths.length; i++) lengths[i] = offsets[i + 1]! - offsets[i]!;
  return lengths;
}

export function rowSums(adjacency: Adjacency): number[] {
  const { offsets, weight } = adjacency;
  const sums = new Array<number>(offsets.length - 1);
  for (let i = 0; i < sums.length; i++) {
    let sum = 0;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) sum += weight[p]!;
    sums[i] = sum;
  }
  return sums;
}
