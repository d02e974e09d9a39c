/**
 * Ties gained and lost: directed ties (source → target) present on one side only. They need
 * the ties of both sides, which only an interactions file gives: a JSON report holds figures
 * per person and per group, not its tie list (README "Comparing snapshots").
 *
 * Read from each side's typed-array index (the graphology graph is never built): one pass over
 * each side's out-ties, looking each one up among the other side's out-ties of the same
 * person — linear in ties. Gained ties come first, then lost ones, each heaviest first (weight
 * on the side that has the tie), then by source and target id, so the order is the same on
 * every run. Undirected data (docs/input.md) holds each tie both ways: a side that is undirected
 * counts and lists each of its ties once, from the end with the smaller id.
 */
import type { GraphIndex } from '../graph/csr.js';
import { compareIds } from '../base/ids.js';
import type { TieChange, TieChangeKind } from '../model/diff.js';

export interface TieDiff {
  changes: TieChange[];
  gained: number;
  lost: number;
  kept: number;
}

/** The out-ties of person `i` of `side`, as positions in `other` (people it lacks: -1). */
function targetsIn(side: GraphIndex, i: number, other: GraphIndex): Set<number> {
  const o = other.position.get(side.ids[i]!);
  const set = new Set<number>();
  if (o === undefined) return set;
  for (let e = other.out.offsets[o]!; e < other.out.offsets[o + 1]!; e++) set.add(other.out.index[e]!);
  return set;
}

function onlyIn(side: GraphIndex, other: GraphIndex, kind: TieChangeKind): TieChange[] {
  const out: TieChange[] = [];
  const { ids, group, out: adjacency, tieRows } = side;
  for (let i = 0; i < side.n; i++) {
    const start = adjacency.offsets[i]!;
    const end = adjacency.offsets[i + 1]!;
    if (start === end) continue;
    const there = targetsIn(side, i, other);
    for (let e = start; e < end; e++) {
      const j = adjacency.index[e]!;
      if (side.undirected && j < i) continue;
      if (there.has(other.position.get(ids[j]!) ?? -1)) continue;
      out.push({ change: kind, source: ids[i]!, target: ids[j]!, sourceGroup: group[i] ?? null, targetGroup: group[j] ?? null, weight: adjacency.weight[e]!, count: tieRows[e]! });
    }
  }
  return out.sort((x, y) => y.weight - x.weight || compareIds(x.source, y.source) || compareIds(x.target, y.target));
}

export function tieChanges(before: GraphIndex, after: GraphIndex): TieDiff {
  const gained = onlyIn(after, before, 'gained');
  const lost = onlyIn(before, after, 'lost');
  const ties = before.undirected ? before.m / 2 : before.m;
  return { changes: [...gained, ...lost], gained: gained.length, lost: lost.length, kept: ties - lost.length };
}
