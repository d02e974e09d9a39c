/**
 * Mixing between groups (docs/metrics.md#group) and the organization's E-I index (docs/metrics.md#organization).
 *
 * `mixing`: for every ordered pair of groups (from, to) — the diagonal included — with at least
 * one tie from a member of `from` to a member of `to`, the number of such directed ties and
 * their total weight (interactions), sorted by `from` then `to` (compareIds = code order).
 * Pairs without a tie are left out (a reader treats them as 0): the list grows with ties, not
 * with groups², so 3,000 departments do not make a report of 9 million cells. Ties with an end
 * that has no group are not in any cell.
 *
 * Undirected data (docs/input.md): a tie between groups A and B is listed in both cells, (A, B) and
 * (B, A), with its U weight, so either order reads the same; a tie inside A is in (A, A) once.
 *
 * Org `eiIndex` (Krackhardt & Stern 1988): (E − I) / (E + I) over the ties whose two ends have a
 * group — exactly the ties in the mixing cells: I on the diagonal, E off it (undirected: each
 * tie between two groups once, though it is in two cells). `null` when there is no such tie (in
 * particular without groups).
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import type { MixingCell } from '../model/report.js';
import { NO_GROUP, type GroupCodes } from './group-codes.js';

/**
 * Group by group: the members of group a (in index order) are walked once, their ties counted
 * into a per-target-group row that is emptied after a — memory k, not k², and the weights of a
 * cell are added in the same order as a walk over every person would add them.
 */
export function mixing(graph: GraphSource, groups: GroupCodes): MixingCell[] {
  const { n, out, undirected } = indexGraph(graph);
  const k = groups.names.length;
  const members = membersByGroup(groups.code, k, n);
  const ties = new Int32Array(k);
  const weight = new Float64Array(k);
  const cells: MixingCell[] = [];
  for (let a = 0; a < k; a++) {
    const touched: number[] = [];
    for (let m = members.start[a]!; m < members.start[a + 1]!; m++) {
      const i = members.person[m]!;
      for (let p = out.offsets[i]!; p < out.offsets[i + 1]!; p++) {
        const j = out.index[p]!;
        const b = groups.code[j]!;
        if (b === NO_GROUP) continue;
        // Held both ways: inside one group, the tie is counted from its smaller end only.
        if (undirected && a === b && j < i) continue;
        if (ties[b] === 0) touched.push(b);
        ties[b]!++;
        weight[b]! += out.weight[p]!;
      }
    }
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      cells.push({ from: groups.names[a]!, to: groups.names[b]!, ties: ties[b]!, weight: weight[b]! });
      ties[b] = 0;
      weight[b] = 0;
    }
  }
  return cells;
}

/** People of each group code, in index order (a counting sort). */
function membersByGroup(code: Int32Array, k: number, n: number): { start: Int32Array; person: Int32Array } {
  const start = new Int32Array(k + 1);
  for (let i = 0; i < n; i++) if (code[i]! !== NO_GROUP) start[code[i]! + 1]!++;
  for (let g = 0; g < k; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, k);
  const person = new Int32Array(start[k]!);
  for (let i = 0; i < n; i++) if (code[i]! !== NO_GROUP) person[fill[code[i]!]!++] = i;
  return { start, person };
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
