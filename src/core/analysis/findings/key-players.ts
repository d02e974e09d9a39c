/**
 * The key players as the findings read them (docs/metrics.md#resilience): each entry's distance fragmentation
 * (Borgatti 2006; null when no sampled source was left to measure it) and component
 * fragmentation after that person and those before have left, beside `org.distanceFragmentation`.
 */
import type { OrgSummary, Report } from '../../model/report.js';

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
    distanceFragmentation: numberOrNull(entry.distanceFragmentation),
  }));
}

export function orgDistanceFragmentation(org: OrgSummary): number | null {
  return numberOrNull(org.distanceFragmentation);
}
