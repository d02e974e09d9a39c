/**
 * Group changes: every group of either side (by name), kept, new or gone, with its docs/metrics.md#group
 * figures on both sides, plus the weight of its ties from `mixing` (each tie between this
 * group and any group, itself included, counted once) — how much the group's members still
 * exchange, which the unweighted tie counts do not show when a team fades but keeps its ties.
 */
import { compareIds } from '../base/ids.js';
import type { GroupRow, MixingCell, Report } from '../model/report.js';
import { change } from './change.js';
import type { GroupChange, GroupPresence } from '../model/diff.js';

/**
 * The figures "groups whose … changed most" looks at (README "Comparing snapshots"): E-I,
 * reciprocity and activity rate, and the weight of the group's ties — a team that fades
 * keeps most of its ties for a while, but their weight falls at once.
 */
export const GROUP_TRACKED = ['eiIndex', 'reciprocity', 'activityRate', 'weight'] as const;
export type GroupTracked = (typeof GROUP_TRACKED)[number];

function weights(cells: readonly MixingCell[]): Map<string, number> {
  const byGroup = new Map<string, number>();
  const add = (group: string, weight: number) => byGroup.set(group, (byGroup.get(group) ?? 0) + weight);
  for (const cell of cells) {
    add(cell.from, cell.weight);
    if (cell.to !== cell.from) add(cell.to, cell.weight);
  }
  return byGroup;
}

function groupChange(name: string, b: GroupRow | undefined, a: GroupRow | undefined, wb: Map<string, number>, wa: Map<string, number>): GroupChange {
  const presence: GroupPresence = b && a ? 'kept' : a ? 'new' : 'gone';
  return {
    group: name,
    presence,
    size: change(b?.size, a?.size),
    internalTies: change(b?.internalTies, a?.internalTies),
    externalTies: change(b?.externalTies, a?.externalTies),
    eiIndex: change(b?.eiIndex, a?.eiIndex),
    density: change(b?.density, a?.density),
    reciprocity: change(b?.reciprocity, a?.reciprocity),
    activityRate: change(b?.activityRate, a?.activityRate),
    weight: change(b ? (wb.get(name) ?? 0) : null, a ? (wa.get(name) ?? 0) : null),
  };
}

export function groupChanges(before: Report, after: Report): GroupChange[] {
  const byNameBefore = new Map(before.groups.map((g) => [g.group, g]));
  const byNameAfter = new Map(after.groups.map((g) => [g.group, g]));
  const wb = weights(before.mixing);
  const wa = weights(after.mixing);
  const names = [...new Set([...byNameBefore.keys(), ...byNameAfter.keys()])].sort(compareIds);
  return names.map((name) => groupChange(name, byNameBefore.get(name), byNameAfter.get(name), wb, wa));
}

/** Groups whose `field` changed, largest change (in absolute value) first; ties by name. */
export function mostChanged(groups: readonly GroupChange[], field: GroupTracked, limit: number): GroupChange[] {
  return groups
    .filter((g) => g[field].change !== null && g[field].change !== 0)
    .sort((x, y) => Math.abs(y[field].change!) - Math.abs(x[field].change!) || compareIds(x.group, y.group))
    .slice(0, limit);
}
