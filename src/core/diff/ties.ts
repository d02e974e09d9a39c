/**
 * Ties gained and lost: directed ties (source → target) present on one side only. They need
 * the ties of both sides, which only an interactions file gives: a JSON report holds figures
 * per person and per group, not its tie list (README "Comparing snapshots").
 *
 * One pass over each graph with a hash lookup in the other: linear in ties. Gained ties come
 * first, then lost ones, each heaviest first (weight on the side that has the tie), then by
 * source and target id, so the order is the same on every run.
 */
import { compareIds } from '../ids.js';
import type { OrgGraph } from '../graph/types.js';
import type { TieChange, TieChangeKind } from './types.js';

export interface TieDiff {
  changes: TieChange[];
  gained: number;
  lost: number;
  kept: number;
}

function onlyIn(graph: OrgGraph, other: OrgGraph, kind: TieChangeKind): TieChange[] {
  const out: TieChange[] = [];
  for (const { source, target, attributes } of graph.edgeEntries()) {
    if (other.hasNode(source) && other.hasNode(target) && other.hasEdge(source, target)) continue;
    out.push({
      change: kind,
      source,
      target,
      sourceGroup: graph.getNodeAttribute(source, 'group'),
      targetGroup: graph.getNodeAttribute(target, 'group'),
      weight: attributes.weight,
      count: attributes.count,
    });
  }
  return out.sort((x, y) => y.weight - x.weight || compareIds(x.source, y.source) || compareIds(x.target, y.target));
}

export function tieChanges(before: OrgGraph, after: OrgGraph): TieDiff {
  const gained = onlyIn(after, before, 'gained');
  const lost = onlyIn(before, after, 'lost');
  return { changes: [...gained, ...lost], gained: gained.length, lost: lost.length, kept: before.size - lost.length };
}
