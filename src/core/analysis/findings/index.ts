/**
 * `computeFindings(report)`: the ranked list of findings, the report's `findings` key, that every view shows first (see types.ts
 * for the kinds and rules.ts for the thresholds). Ranked by severity (high, medium, low), then
 * by kind in FINDING_KINDS order, then in each kind's own order (the worst case first).
 * Deterministic: every order is explicit, ties broken by name.
 */
import type { Report } from '../../model/report.js';
import { crossGroupCommunities } from './communities.js';
import { inactiveGroups, lowReciprocityGroups, siloGroups } from './groups.js';
import { keyPlayerLoss, lowReciprocityOrganization, type FindingFacts } from './organization.js';
import { absentPeople, criticalPeople, oneWayPeople, overloadedPeople } from './people.js';
import { distantManagers, informalLeaders } from './hierarchy.js';
import { FINDING_KINDS, SEVERITIES, type Finding, type FindingKind } from '../../model/findings.js';

export * from '../../model/findings.js';
export type { FindingFacts } from './organization.js';
export { FINDING_RULES } from './rules.js';
/** The rule behind the inactive-group finding, for views that list such groups elsewhere too. */
export { inactiveGroups } from './groups.js';

const DETECTORS: Record<FindingKind, (report: Report, facts: FindingFacts) => Finding[]> = {
  'critical-people': criticalPeople,
  'key-player-loss': keyPlayerLoss,
  overload: overloadedPeople,
  'silo-group': siloGroups,
  // The organization's own reciprocity before its groups'.
  'low-reciprocity': (report) => [...lowReciprocityOrganization(report), ...lowReciprocityGroups(report)],
  'distant-managers': distantManagers,
  'inactive-group': inactiveGroups,
  'absent-people': absentPeople,
  'one-way-people': oneWayPeople,
  'informal-leaders': informalLeaders,
  'cross-group-community': crossGroupCommunities,
};

/**
 * The findings that read the direction of ties: reciprocity, one-way people, what people give
 * (overload) and the go-to score (informal leaders). Left out when the direction is only the
 * order of the ids.
 */
const DIRECTED_KINDS: ReadonlySet<FindingKind> = new Set(['low-reciprocity', 'one-way-people', 'overload', 'informal-leaders']);

/**
 * `facts`: what the graph tells beyond the report (organization.ts); the report builder passes
 * them. Without them a figure the report lacks is estimated from what it holds.
 */
export function computeFindings(report: Omit<Report, 'findings'>, facts: FindingFacts = {}): Finding[] {
  const kinds = facts.orderedPairs === true ? FINDING_KINDS.filter((kind) => !DIRECTED_KINDS.has(kind)) : FINDING_KINDS;
  const byKind = kinds.flatMap((kind) => DETECTORS[kind](report as Report, facts));
  // Array.prototype.sort is stable: kind order and each kind's order survive within a severity.
  return byKind.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
