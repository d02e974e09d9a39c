/**
 * Mixing between groups (SPEC §4.2) and the organization's E-I index (SPEC §4.3).
 *
 * `mixing`: for every ordered pair of groups (from, to) — the diagonal included — with at least
 * one tie from a member of `from` to a member of `to`, the number of such directed ties and
 * their total weight (interactions), sorted by `from` then `to` (compareIds = code order).
 * Pairs without a tie are left out (a reader treats them as 0): the list grows with ties, not
 * with groups², so 3,000 departments do not make a report of 9 million cells. Ties with an end
 * that has no group are not in any cell.
 *
 * Undirected data (SPEC §2.4): a tie between groups A and B is listed in both cells, (A, B) and
 * (B, A), with its U weight, so either order reads the same; a tie inside A is in (A, A) once.
 *
 * Org `eiIndex` (Krackhardt & Stern 1988): (E − I) / (E + I) over the ties whose two ends have a
 * group — exactly the ties in the mixing cells: I on the diagonal, E off it (undirected: each
 * tie between two groups once, though it is in two cells). `null` when there is no such tie (in
 * particular without groups).
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import type { MixingCell } from '../report/types.js';
import { NO_GROUP, type GroupCodes } from './group-codes.js';

export function mixing(graph: GraphSource, groups: GroupCodes): MixingCell[] {
  const { n, out, undirected } = indexGraph(graph);
  const k = groups.names.length;
  // Cell key from·k + to: a small integer while k² stays below 2^53, which any real k does.
  const cells = new Map<number, { ties: number; weight: number }>();
  for (let i = 0; i < n; i++) {
    const gi = groups.code[i]!;
    if (gi === NO_GROUP) continue;
    for (let p = out.offsets[i]!; p < out.offsets[i + 1]!; p++) {
      const gj = groups.code[out.index[p]!]!;
      if (gj === NO_GROUP) continue;
      // Held both ways: inside one group, the tie is counted from its smaller end only.
      if (undirected && gi === gj && out.index[p]! < i) continue;
      const key = gi * k + gj;
      const cell = cells.get(key);
      if (cell) {
        cell.ties++;
        cell.weight += out.weight[p]!;
      } else cells.set(key, { ties: 1, weight: out.weight[p]! });
    }
  }
  return [...cells.keys()]
    .sort((a, b) => a - b)
    .map((key) => {
      const { ties, weight } = cells.get(key)!;
      return { from: groups.names[Math.floor(key / k)]!, to: groups.names[key % k]!, ties, weight };
    });
}

export function orgEiIndex(cells: readonly MixingCell[], undirected = false): number | null {
  let internal = 0;
  let external = 0;
  for (const cell of cells) {
    if (cell.from === cell.to) internal += cell.ties;
    else if (!undirected || cell.from < cell.to) external += cell.ties;
  }
  return internal + external === 0 ? null : (external - internal) / (external + internal);
}
