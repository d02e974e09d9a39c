/**
 * The resilience figures (docs/metrics.md#resilience) as a reader understands them, computed once here so the
 * terminal, Markdown and HTML views say the same thing (their words: render/i18n/en.ts).
 *
 * Distance fragmentation becomes a distance: 1/(1 − DF) is the harmonic mean of the hop
 * distances between people (Σ 1/d over n(n − 1) ordered pairs is 1 − DF), the "average" that
 * stays finite when some pairs cannot reach each other (they count as infinitely far, and so add
 * nothing). "Without them, people are on average 2.9 hops apart instead of 2.6" is then exact.
 * Critical people come with who would be cut off and the groups those people belong to, from the
 * index (no report field holds them).
 */
import { compareIds } from '../base/ids.js';
import { cutOffBy } from '../metrics/resilience.js';
import type { GraphIndex } from '../graph/csr.js';
import type { Report } from '../model/report.js';

/** Harmonic mean hop distance for a DF; null when DF is null or 1 (nobody reaches anybody). */
export function meanDistance(df: number | null): number | null {
  return df === null || df >= 1 ? null : 1 / (1 - df);
}

export interface KeyPlayerLine {
  rank: number;
  id: string;
  group: string | null;
  distanceFragmentation: number | null;
  fragmentation: number;
  /** The same two figures before their removal (after those above): the step this line is measured against. */
  distanceFragmentationBefore: number | null;
  fragmentationBefore: number;
}

/** One line per key player: DF after their removal, and what it means against the step before. */
export function keyPlayerLines(report: Report): KeyPlayerLine[] {
  const group = new Map(report.people.map((p) => [p.id, p.group]));
  let before = report.org.distanceFragmentation;
  let cutBefore = report.org.fragmentation ?? 0;
  return report.org.keyPlayers.map((k, i) => {
    const line = {
      rank: i + 1, id: k.id, group: group.get(k.id) ?? null, distanceFragmentation: k.distanceFragmentation, fragmentation: k.fragmentation,
      distanceFragmentationBefore: before, fragmentationBefore: cutBefore,
    };
    before = k.distanceFragmentation;
    cutBefore = k.fragmentation;
    return line;
  });
}

export interface ReachPlayerLine {
  rank: number;
  id: string;
  group: string | null;
  /** Share of all people covered by this person and those above. */
  reach: number;
  /** People this person adds: themselves or neighbours not covered by those above. */
  added: number;
}

/** One line per reach player, with the people each adds (the difference of the cumulative reach, times n). */
export function reachPlayerLines(report: Report): ReachPlayerLine[] {
  const group = new Map(report.people.map((p) => [p.id, p.group]));
  const n = report.org.people;
  let before = 0;
  return report.org.reachPlayers.map((r, i) => {
    const added = Math.round((r.reach - before) * n);
    before = r.reach;
    return { rank: i + 1, id: r.id, group: group.get(r.id) ?? null, reach: r.reach, added };
  });
}

/** The largest core number and how many hold it (org `coreSize`). */
export function innerCore(report: Report): { k: number; size: number } {
  let k = 0;
  for (const p of report.people) if (p.coreNumber > k) k = p.coreNumber;
  return { k, size: report.org.coreSize };
}

export interface CriticalPerson {
  id: string;
  group: string | null;
  dependents: number;
  /** The groups of the people who would be cut off, largest first (null: people without a group). */
  cutOffGroups: { group: string | null; people: number }[];
}

/** Critical people (role `critical`) by dependents, most first, ties by id; at most `limit`. */
export function criticalPeople(analysis: { report: Report; index: GraphIndex }, limit: number): CriticalPerson[] {
  const { report, index } = analysis;
  const { position } = index;
  const critical = report.people
    .filter((p) => p.roles.includes('critical'))
    .sort((a, b) => b.dependents - a.dependents || compareIds(a.id, b.id))
    .slice(0, limit);
  return critical.map((p) => {
    const counts = new Map<string | null, number>();
    for (const v of cutOffBy(index, position.get(p.id)!)) {
      const g = index.group[v] ?? null;
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    const cutOffGroups = [...counts].map(([group, people]) => ({ group, people }));
    cutOffGroups.sort((a, b) => b.people - a.people || (a.group === null ? 1 : b.group === null ? -1 : compareIds(a.group, b.group)));
    return { id: p.id, group: p.group, dependents: p.dependents, cutOffGroups };
  });
}
