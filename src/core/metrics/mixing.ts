/**
 * Mixing between groups (SPEC §4.2) and the organization's E-I index (SPEC §4.3).
 *
 * `mixing`: for every ordered pair of groups (from, to) — the diagonal included — the number of
 * directed ties from a member of `from` to a member of `to`, and their total weight
 * (interactions). Cells with no tie are listed too (ties 0, weight 0), so the list is the full
 * group × group matrix, sorted by `from` then `to` (compareIds). Ties with an end that has no
 * group are not in any cell.
 *
 * Org `eiIndex` (Krackhardt & Stern 1988): (E − I) / (E + I) over the ties whose two ends have a
 * group — exactly the ties in the mixing cells: I on the diagonal, E off it. `null` when there is
 * no such tie (in particular without groups).
 */
import { indexGraph } from '../graph/csr.js';
import type { OrgGraph } from '../graph/types.js';
import type { MixingCell } from '../report/types.js';
import { NO_GROUP, type GroupCodes } from './group-codes.js';

export interface MixingOptions {
  /** List cells without ties (default true: the full matrix). */
  includeZeros?: boolean;
}

export function mixing(graph: OrgGraph, groups: GroupCodes, options: MixingOptions = {}): MixingCell[] {
  const { n, out } = indexGraph(graph);
  const k = groups.names.length;
  const ties = new Int32Array(k * k);
  const weight = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    const gi = groups.code[i]!;
    if (gi === NO_GROUP) continue;
    for (let p = out.offsets[i]!; p < out.offsets[i + 1]!; p++) {
      const gj = groups.code[out.index[p]!]!;
      if (gj === NO_GROUP) continue;
      ties[gi * k + gj]!++;
      weight[gi * k + gj]! += out.weight[p]!;
    }
  }
  const includeZeros = options.includeZeros ?? true;
  const cells: MixingCell[] = [];
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      const c = a * k + b;
      if (includeZeros || ties[c]! > 0) {
        cells.push({ from: groups.names[a]!, to: groups.names[b]!, ties: ties[c]!, weight: weight[c]! });
      }
    }
  }
  return cells;
}

export function orgEiIndex(cells: readonly MixingCell[]): number | null {
  let internal = 0;
  let external = 0;
  for (const cell of cells) {
    if (cell.from === cell.to) internal += cell.ties;
    else external += cell.ties;
  }
  return internal + external === 0 ? null : (external - internal) / (external + internal);
}
