/**
 * The key players as the Report holds them. Entries are `{id, fragmentation}`; with distance
 * fragmentation (SPEC §4.7, Borgatti 2006) they become `{id, distanceFragmentation,
 * fragmentation}` beside `org.distanceFragmentation`. Reading both shapes here lets every view
 * show whatever the report holds; once the Report type carries the field, the casts below go.
 */
import type { OrgSummary, Report } from '../report/types.js';

export interface KeyPlayerStep {
  id: string;
  /** Component fragmentation of the network that remains after this person (and those before) left. */
  fragmentation: number | null;
  /** Distance fragmentation of that network, when the report has it. */
  distanceFragmentation: number | null;
}

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function keyPlayerSteps(report: Report): KeyPlayerStep[] {
  return report.org.keyPlayers.map((entry) => ({
    id: entry.id,
    fragmentation: numberOrNull(entry.fragmentation),
    distanceFragmentation: numberOrNull((entry as { distanceFragmentation?: unknown }).distanceFragmentation),
  }));
}

/** `org.distanceFragmentation`, or null while the report does not carry it. */
export function orgDistanceFragmentation(org: OrgSummary): number | null {
  return numberOrNull((org as { distanceFragmentation?: unknown }).distanceFragmentation);
}
