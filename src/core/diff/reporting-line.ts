/**
 * The reporting line across two snapshots: who changed manager, and who, under the same manager,
 * gained or lost a tie with them. Counted among the people on both sides, and only when both sides
 * have a reporting line — with one side's chart missing, every manager would seem to change.
 */
import type { Report } from '../model/report.js';
import type { PersonChange, ReportingLineChange } from '../model/diff.js';

/** A report of an earlier version has no `hierarchy` key: no reporting line. */
const hasReportingLine = (r: Report): boolean => (r.org.hierarchy as Report['org']['hierarchy'] | undefined) != null;

export const changedManager = (p: PersonChange): boolean => p.presence === 'stayed' && p.manager.before !== p.manager.after;

/** The same manager on both sides, and the tie with them appeared (`gained`) or went (`lost`). */
export function managerTieMoved(p: PersonChange, which: 'gained' | 'lost'): boolean {
  if (p.presence !== 'stayed' || p.manager.before === null || p.manager.before !== p.manager.after) return false;
  return which === 'gained' ? p.managerTie.before === false && p.managerTie.after === true : p.managerTie.before === true && p.managerTie.after === false;
}

export function reportingLineChange(before: Report, after: Report, people: readonly PersonChange[]): ReportingLineChange | null {
  if (!hasReportingLine(before) || !hasReportingLine(after)) return null;
  let managerChanged = 0;
  let tieWithManagerGained = 0;
  let tieWithManagerLost = 0;
  for (const p of people) {
    if (changedManager(p)) managerChanged++;
    if (managerTieMoved(p, 'gained')) tieWithManagerGained++;
    if (managerTieMoved(p, 'lost')) tieWithManagerLost++;
  }
  return { managerChanged, tieWithManagerGained, tieWithManagerLost };
}
