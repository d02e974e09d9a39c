/**
 * Group rows (docs/metrics.md#group), one per group label, sorted by label (compareIds).
 *
 * - `size`: members, isolates included.
 * - `internalTies` I: directed ties with both ends in the group; `externalTies` E: directed
 *   ties with exactly one end in the group. A tie to or from a person without a group has
 *   exactly one end in the group, so it counts in E (the org E-I, mixing.ts, leaves it out).
 * - `eiIndex` (Krackhardt & Stern 1988): (E − I) / (E + I); −1 = silo, +1 = all outward;
 *   `null` when E + I = 0. `eiPValue`, its permutation test, is ei-permutation.ts's; here null.
 * - `internalShare`: I / (I + E), the share of the group's ties that stay inside — what every
 *   view shows as a group's inside share (the mixing heatmap's diagonal too); `null` when E + I = 0.
 * - `density`: I / (size·(size − 1)), as networkx `density` of the induced subgraph;
 *   `null` when size < 2.
 * - `reciprocity`: networkx `overall_reciprocity` of the induced subgraph, i.e. the share of
 *   internal ties whose reverse tie exists; `null` when I = 0.
 * - `activityRate`: mean of the members' activityRate over members that have one; `null` when
 *   none does (no timestamps).
 * - `connectors`: up to 3 members with the highest betweenness, ties by id. Members whose
 *   betweenness is 0 or null are left out: they connect nobody, so naming them would mislead.
 *
 * Undirected data (docs/input.md): I and E count each pair once (networkx on U), `density` is
 * 2I / (size·(size − 1)), networkx `density` of the induced subgraph of U, and `reciprocity` is
 * `null`: a tie without direction cannot be returned.
 *
 * Weights play no part: every figure counts ties, not interactions.
 */
import { compareIds } from '../base/ids.js';
import { indexGraph, type GraphSource } from '../graph/csr.js';
import type { AttributeGroupRow, GroupRow } from '../model/report.js';
import { NO_GROUP, groupSizes, type GroupCodes } from '../metrics/group-codes.js';
import { hasTie } from '../metrics/has-tie.js';

const CONNECTORS = 3;

interface TieCounts {
  internal: Int32Array;
  external: Int32Array;
  reciprocated: Int32Array;
}

export function groupRows(
  graph: GraphSource,
  groups: GroupCodes,
  betweenness: ArrayLike<number | null>,
  activityRate: ArrayLike<number | null> | null = null,
): GroupRow[] {
  const connectors = groupConnectors(graph, groups, betweenness);
  const rates = activityRate ? groupActivityRates(groups, activityRate) : null;
  return groupFigures(graph, groups).map((row, g) => ({
    ...row,
    activityRate: rates ? rates[g]! : null,
    connectors: connectors[g]!,
  }));
}

/**
 * The figures of each group that depend on the ties alone (everything but `activityRate` and
 * `connectors`): the group rows, and the groups of every `--compare-by` column, in one pass.
 */
export function groupFigures(graph: GraphSource, groups: GroupCodes): AttributeGroupRow[] {
  const sizes = groupSizes(groups);
  const { undirected } = indexGraph(graph);
  const ties = countTies(graph, groups);
  return groups.names.map((group, g) => {
    const size = sizes[g]!;
    const internal = ties.internal[g]!;
    const external = ties.external[g]!;
    return {
      group,
      size,
      internalTies: internal,
      externalTies: external,
      eiIndex: internal + external === 0 ? null : (external - internal) / (external + internal),
      eiPValue: null,
      internalShare: internal + external === 0 ? null : internal / (internal + external),
      density: size < 2 ? null : ((undirected ? 2 : 1) * internal) / (size * (size - 1)),
      reciprocity: internal === 0 || undirected ? null : ties.reciprocated[g]! / internal,
    };
  });
}

/** Undirected data holds each tie in both rows: it is counted from its smaller end only. */
function countTies(graph: GraphSource, groups: GroupCodes): TieCounts {
  const { n, out, undirected } = indexGraph(graph);
  const k = groups.names.length;
  const counts: TieCounts = { internal: new Int32Array(k), external: new Int32Array(k), reciprocated: new Int32Array(k) };
  for (let i = 0; i < n; i++) {
    const gi = groups.code[i]!;
    for (let p = out.offsets[i]!; p < out.offsets[i + 1]!; p++) {
      const j = out.index[p]!;
      if (undirected && j < i) continue;
      const gj = groups.code[j]!;
      if (gi !== NO_GROUP && gi === gj) {
        counts.internal[gi]!++;
        if (hasTie(out, j, i)) counts.reciprocated[gi]!++;
        continue;
      }
      if (gi !== NO_GROUP) counts.external[gi]!++;
      if (gj !== NO_GROUP) counts.external[gj]!++;
    }
  }
  return counts;
}

/** Mean activity rate per group code, over members whose rate is not null; null when none. */
export function groupActivityRates(groups: GroupCodes, activityRate: ArrayLike<number | null>): (number | null)[] {
  const k = groups.names.length;
  const sum = new Float64Array(k);
  const count = new Int32Array(k);
  groups.code.forEach((g, i) => {
    const rate = activityRate[i];
    if (g === NO_GROUP || rate === null || rate === undefined) return;
    sum[g]! += rate;
    count[g]!++;
  });
  return Array.from(sum, (s, g) => (count[g]! === 0 ? null : s / count[g]!));
}

/** Per group code: up to 3 member ids by betweenness desc, then id asc; betweenness > 0 only. */
export function groupConnectors(
  graph: GraphSource,
  groups: GroupCodes,
  betweenness: ArrayLike<number | null>,
): string[][] {
  const { ids } = indexGraph(graph);
  const members: number[][] = groups.names.map(() => []);
  groups.code.forEach((g, i) => {
    const b = betweenness[i];
    if (g !== NO_GROUP && b !== null && b !== undefined && b > 0) members[g]!.push(i);
  });
  const byBetweenness = (a: number, b: number) =>
    betweenness[b]! - betweenness[a]! || compareIds(ids[a]!, ids[b]!);
  return members.map((list) => list.sort(byBetweenness).slice(0, CONNECTORS).map((i) => ids[i]!));
}
