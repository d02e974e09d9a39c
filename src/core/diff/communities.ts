/**
 * Communities matched across the two sides by the overlap of their members (README
 * "Comparing snapshots"). Community numbers are per side (Louvain, by size), so a community
 * is followed by who is in it:
 *
 * - only communities of at least MIN_SIZE people take part: a person alone is not a
 *   community, and people who end up alone show as isolates;
 * - J(A, B) = |A ∩ B| / |A ∪ B| over person ids, with each community's full membership on its
 *   side (people who joined or left count in the union); A and B overlap when J ≥ THRESHOLD —
 *   tracking by Jaccard above a threshold as in Greene, Doyle & Cunningham (2010), "Tracking
 *   the evolution of communities in dynamic social networks" (ASONAM);
 * - a before community overlapping two or more after communities split into them; an after
 *   community overlapping two or more before communities is a merger of them; a pair that
 *   overlaps only each other continued; a before community overlapping none dissolved, an
 *   after community overlapping none formed. A community can be in a split and a merger.
 *
 * Shared members are counted in one pass over the people, so the cost is linear in people,
 * not in the product of the two community counts.
 */
import type { CommunityRow, Report } from '../model/report.js';
import type { CommunityEvent, CommunityOverlap, CommunityRef, CommunitySection } from '../model/diff.js';

export const COMMUNITY_MATCH = { minSize: 2, threshold: 0.3 } as const;

function refs(rows: readonly CommunityRow[]): CommunityRef[] {
  return rows.filter((c) => c.size >= COMMUNITY_MATCH.minSize).map((c) => ({ id: c.id, size: c.size, dominantGroup: c.dominantGroup }));
}

function sharedMembers(before: Report, after: Report, sizesBefore: Map<number, number>, sizesAfter: Map<number, number>): Map<string, number> {
  const afterOf = new Map(after.people.map((p) => [p.id, p.community]));
  const shared = new Map<string, number>();
  for (const person of before.people) {
    const b = person.community;
    const a = afterOf.get(person.id);
    if (b === null || a === undefined || a === null || !sizesBefore.has(b) || !sizesAfter.has(a)) continue;
    const key = `${b} ${a}`;
    shared.set(key, (shared.get(key) ?? 0) + 1);
  }
  return shared;
}

function overlapsOf(before: Report, after: Report, b: CommunityRef[], a: CommunityRef[]): CommunityOverlap[] {
  const sizesBefore = new Map(b.map((c) => [c.id, c.size]));
  const sizesAfter = new Map(a.map((c) => [c.id, c.size]));
  const overlaps: CommunityOverlap[] = [];
  for (const [key, shared] of sharedMembers(before, after, sizesBefore, sizesAfter)) {
    const [bid, aid] = key.split(' ').map(Number) as [number, number];
    const jaccard = shared / (sizesBefore.get(bid)! + sizesAfter.get(aid)! - shared);
    if (jaccard >= COMMUNITY_MATCH.threshold) overlaps.push({ before: bid, after: aid, shared, jaccard });
  }
  return overlaps.sort((x, y) => x.before - y.before || x.after - y.after);
}

function partners(overlaps: readonly CommunityOverlap[], side: 'before' | 'after'): Map<number, number[]> {
  const other = side === 'before' ? 'after' : 'before';
  const map = new Map<number, number[]>();
  for (const o of overlaps) map.set(o[side], [...(map.get(o[side]) ?? []), o[other]]);
  return map;
}

function eventsOf(b: CommunityRef[], a: CommunityRef[], overlaps: readonly CommunityOverlap[]): CommunityEvent[] {
  const ofBefore = partners(overlaps, 'before');
  const ofAfter = partners(overlaps, 'after');
  const continued: CommunityEvent[] = [];
  const split: CommunityEvent[] = [];
  const merged: CommunityEvent[] = [];
  const dissolved: CommunityEvent[] = [];
  const formed: CommunityEvent[] = [];
  for (const { id } of b) {
    const into = ofBefore.get(id) ?? [];
    if (into.length === 0) dissolved.push({ kind: 'dissolved', before: [id], after: [] });
    else if (into.length > 1) split.push({ kind: 'split', before: [id], after: into });
    else if ((ofAfter.get(into[0]!) ?? []).length === 1) continued.push({ kind: 'continued', before: [id], after: into });
  }
  for (const { id } of a) {
    const from = ofAfter.get(id) ?? [];
    if (from.length === 0) formed.push({ kind: 'formed', before: [], after: [id] });
    else if (from.length > 1) merged.push({ kind: 'merged', before: from, after: [id] });
  }
  return [...continued, ...split, ...merged, ...dissolved, ...formed];
}

export function matchCommunities(before: Report, after: Report): CommunitySection {
  const b = refs(before.communities);
  const a = refs(after.communities);
  const overlaps = overlapsOf(before, after, b, a);
  return { before: b, after: a, overlaps, events: eventsOf(b, a, overlaps) };
}
