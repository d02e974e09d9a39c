/** Findings about people: the critical ones (and how many depend on each), and the one-way ones. */
import { compareIds } from '../../base/ids.js';
import type { PersonRow, Report } from '../../model/report.js';
import { FINDING_RULES } from './rules.js';
import type { AbsentPeopleFinding, CriticalPeopleFinding, OneWayPeopleFinding, OverloadFinding, Severity } from '../../model/findings.js';
import { topCount } from '../../metrics/overload.js';

const ties = (p: PersonRow) => p.inDegree + p.outDegree;

/** One finding for all critical people, the most depended-on first. */
export function criticalPeople(report: Report): CriticalPeopleFinding[] {
  const critical = report.people
    .filter((p) => p.roles.includes('critical'))
    .sort((a, b) => b.dependents - a.dependents || compareIds(a.id, b.id));
  if (critical.length === 0) return [];
  const maxDependents = critical[0]!.dependents;
  const n = report.org.people;
  return [
    {
      kind: 'critical-people',
      severity: criticalSeverity(maxDependents, n),
      subject: { type: 'people', ids: critical.map((p) => p.id) },
      figures: {
        count: critical.length,
        people: critical.map((p) => ({ id: p.id, group: p.group, dependents: p.dependents })),
        maxDependents,
        organizationSize: n,
      },
    },
  ];
}

/** By the share of the organization the most depended-on of them holds to it. */
function criticalSeverity(maxDependents: number, n: number): Severity {
  const share = n > 0 ? maxDependents / n : 0;
  const rule = FINDING_RULES.critical;
  return share >= rule.highShare ? 'high' : share >= rule.mediumShare ? 'medium' : 'low';
}

/** One finding for everyone listed and never seen (status `absent`), by id. */
export function absentPeople(report: Report): AbsentPeopleFinding[] {
  const absent = report.people.filter((p) => p.activity.status === 'absent').map((p) => p.id);
  if (absent.length === 0) return [];
  const share = absent.length / report.people.length;
  return [
    {
      kind: 'absent-people',
      severity: share >= FINDING_RULES.absent.mediumShare ? 'medium' : 'low',
      subject: { type: 'people', ids: absent },
      figures: { count: absent.length, total: report.people.length, share },
    },
  ];
}

/** One finding for all one-way people, the most connected first. */
export function oneWayPeople(report: Report): OneWayPeopleFinding[] {
  const oneWay = report.people
    .filter((p) => p.roles.includes('one-way'))
    .sort((a, b) => ties(b) - ties(a) || compareIds(a.id, b.id));
  if (oneWay.length === 0) return [];
  const connected = report.people.filter((p) => ties(p) > 0).length;
  const share = oneWay.length / connected;
  return [
    {
      kind: 'one-way-people',
      severity: share >= FINDING_RULES.oneWay.mediumShare ? 'medium' : 'low',
      subject: { type: 'people', ids: oneWay.map((p) => p.id) },
      figures: {
        count: oneWay.length,
        share,
        senders: oneWay.filter((p) => p.giveTakeRatio !== null && p.giveTakeRatio > 0.5).length,
        receivers: oneWay.filter((p) => p.giveTakeRatio !== null && p.giveTakeRatio < 0.5).length,
      },
    },
  ];
}

/** One finding when the top 5 % give a quarter or more and some of them are overloaded, the most giving first. */
export function overloadedPeople(report: Report): OverloadFinding[] {
  const rule = FINDING_RULES.overload;
  const { top5Share, gini } = report.org.overload;
  const n = report.org.people;
  if (top5Share === null || top5Share < rule.top5Share || n < rule.minPeople) return [];
  const overloaded = report.people
    .filter((p) => p.roles.includes('overloaded'))
    .sort((a, b) => b.outStrength - a.outStrength || compareIds(a.id, b.id));
  if (overloaded.length === 0) return [];
  return [
    {
      kind: 'overload',
      severity: top5Share >= rule.high ? 'high' : 'medium',
      subject: { type: 'people', ids: overloaded.map((p) => p.id) },
      figures: {
        top5Share,
        topPeople: topCount(0.05, n),
        gini,
        organizationSize: n,
        count: overloaded.length,
        people: overloaded.map((p) => ({ id: p.id, group: p.group, outStrength: p.outStrength, inStrength: p.inStrength })),
      },
    },
  ];
}
