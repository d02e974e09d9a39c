/**
 * Communities (docs/metrics.md#communities): Louvain modularity maximization (Blondel et al. 2008,
 * graphology-communities-louvain) on the weighted undirected projection — u–v when u→v or
 * v→u, weight w(u→v) + w(v→u): a weight is an interaction strength, and more interactions pull
 * two people into one community.
 *
 * Determinism: the projection is built from the CSR index (people in sorted id order, each
 * neighbour row sorted), so the same ties give the same graphology graph whatever order they
 * were read in, and Louvain draws its visiting order from `seededRandom(seed)`.
 *
 * Numbering: 0, 1, … by size descending, ties by smallest member id (compareIds).
 * Isolates (no tie) each form their own singleton community: they belong with nobody.
 *
 * Community rows: `groups` counts members per group label (keys sorted; members without a
 * group are not counted), `dominantGroup` is the most frequent label (ties: smallest label) and
 * `dominantShare` its count over the members that have a group; both `null` when no member
 * has a group.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { compareIds } from '../base/ids.js';
import { indexGraph, type GraphSource } from '../graph/csr.js';
import { seededRandom } from '../base/random.js';
import { louvainView } from './louvain-view.js';
import type { CommunityRow } from '../model/report.js';
import { NO_GROUP, type GroupCodes } from './group-codes.js';

export interface CommunityOptions {
  seed: number;
  resolution: number;
}

interface ProjectionTie {
  weight: number;
}

export type Projection = UndirectedGraph<Record<string, never>, ProjectionTie>;

/** The weighted undirected projection as a graphology graph, people in index order. */
export function undirectedProjection(graph: GraphSource): Projection {
  const { n, ids, und } = indexGraph(graph);
  const projection: Projection = new UndirectedGraph<Record<string, never>, ProjectionTie>();
  for (const id of ids) projection.addNode(id);
  for (let i = 0; i < n; i++) {
    for (let p = und.offsets[i]!; p < und.offsets[i + 1]!; p++) {
      const j = und.index[p]!;
      if (j > i) projection.addUndirectedEdge(ids[i]!, ids[j]!, { weight: und.weight[p]! });
    }
  }
  return projection;
}

/** Community index of every person (indexGraph order), numbered as described above. */
export function detectCommunities(graph: GraphSource, options: CommunityOptions): Int32Array {
  const { n, ids, und } = indexGraph(graph);
  // The view stands in for the graphology projection (louvain-view.ts): nodes are positions.
  const mapping = louvain(louvainView(und) as unknown as Projection, {
    getEdgeWeight: 'weight',
    resolution: options.resolution,
    rng: seededRandom(options.seed),
  }) as Record<number, number>;
  const raw = new Array<number>(n);
  let next = 0;
  for (let i = 0; i < n; i++) next = Math.max(next, (mapping[i] ?? -1) + 1);
  for (let i = 0; i < n; i++) {
    const isolate = und.offsets[i + 1]! === und.offsets[i]!;
    raw[i] = isolate ? next++ : mapping[i]!;
  }
  return renumber(raw, ids);
}

/** Relabels communities 0.. by size desc, then smallest member id. */
function renumber(raw: readonly number[], ids: readonly string[]): Int32Array {
  const members = new Map<number, number[]>();
  raw.forEach((c, i) => {
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  const smallest = (list: number[]) => list.map((i) => ids[i]!).sort(compareIds)[0]!;
  const order = [...members.values()]
    .map((list) => ({ list, first: smallest(list) }))
    .sort((a, b) => b.list.length - a.list.length || compareIds(a.first, b.first));
  const membership = new Int32Array(raw.length);
  order.forEach(({ list }, c) => list.forEach((i) => (membership[i] = c)));
  return membership;
}

/** Number of communities in a membership numbered 0.. */
export function communityCount(membership: ArrayLike<number>): number {
  let max = -1;
  for (let i = 0; i < membership.length; i++) max = Math.max(max, membership[i]!);
  return max + 1;
}

export function communityRows(membership: ArrayLike<number>, groups: GroupCodes): CommunityRow[] {
  const k = communityCount(membership);
  const sizes = new Int32Array(k);
  const counts = Array.from({ length: k }, () => new Int32Array(groups.names.length));
  for (let i = 0; i < membership.length; i++) {
    const c = membership[i]!;
    sizes[c]!++;
    const g = groups.code[i]!;
    if (g !== NO_GROUP) counts[c]![g]!++;
  }
  return counts.map((perGroup, id) => communityRow(id, sizes[id]!, perGroup, groups.names));
}

function communityRow(id: number, size: number, perGroup: Int32Array, names: readonly string[]): CommunityRow {
  // No prototype: a group may be called "__proto__".
  const groups = Object.create(null) as Record<string, number>;
  let grouped = 0;
  let best = -1;
  perGroup.forEach((count, g) => {
    if (count === 0) return;
    groups[names[g]!] = count;
    grouped += count;
    if (best === -1 || count > perGroup[best]!) best = g;
  });
  return {
    id,
    size,
    groups,
    dominantGroup: best === -1 ? null : names[best]!,
    dominantShare: best === -1 ? null : perGroup[best]! / grouped,
  };
}
