/**
 * Findings about the reporting line (docs/metrics.md#the-reporting-line): managers apart from
 * their reports, and go-to people who manage nobody. Both need a reporting line.
 */
import { compareIds } from '../../base/ids.js';
import type { PersonRow, Report } from '../../model/report.js';
import type { DistantManagersFinding, InformalLeadersFinding } from '../../model/findings.js';
import { FINDING_RULES } from './rules.js';

/** One finding for the managers with no tie to most of their reports, the most distant first. */
export function distantManagers(report: Report): DistantManagersFinding[] {
  if (!report.org.hierarchy) return [];
  const rule = FINDING_RULES.distantManagers;
  const reports = new Map<string, { reports: number; untied: number }>();
  for (const p of report.people) {
    if (p.manager === null || p.managerTie === null) continue;
    const entry = reports.get(p.manager) ?? { reports: 0, untied: 0 };
    entry.reports++;
    if (!p.managerTie) entry.untied++;
    reports.set(p.manager, entry);
  }
  const managers = [...reports].filter(([, r]) => r.reports >= rule.minReports);
  const distant = managers
    .filter(([, r]) => 2 * r.untied > r.reports)
    .map(([id, r]) => ({ id, ...r }))
    .sort((a, b) => b.untied / b.reports - a.untied / a.reports || b.reports - a.reports || compareIds(a.id, b.id));
  if (managers.length === 0 || distant.length === 0) return [];
  const share = distant.length / managers.length;
  if (share < rule.share) return [];
  return [
    {
      kind: 'distant-managers',
      severity: share >= rule.high ? 'high' : share >= rule.medium ? 'medium' : 'low',
      subject: { type: 'people', ids: distant.map((m) => m.id) },
      figures: { count: distant.length, managers: managers.length, share, people: distant },
    },
  ];
}

/** One finding for the top go-to people on the reporting line who have no direct report, by rank. */
export function informalLeaders(report: Report): InformalLeadersFinding[] {
  if (!report.org.hierarchy) return [];
  const rule = FINDING_RULES.informalLeaders;
  const ranked = report.people
    .filter((p): p is PersonRow & { sourcePagerank: number } => p.sourcePagerank !== null && p.inDegree + p.outDegree > 0)
    .sort((a, b) => b.sourcePagerank - a.sourcePagerank || compareIds(a.id, b.id));
  const top = Math.min(ranked.length, Math.max(rule.top, Math.ceil(rule.topShare * report.people.length)));
  // On the reporting line (someone's report) yet nobody's manager; people the chart leaves out are not judged.
  const leaders = ranked
    .slice(0, top)
    .map((p, k) => ({ person: p, rank: k + 1 }))
    .filter(({ person }) => person.manager !== null && person.directReports === 0);
  if (leaders.length === 0) return [];
  return [
    {
      kind: 'informal-leaders',
      severity: leaders.length >= rule.mediumShare * top ? 'medium' : 'low',
      subject: { type: 'people', ids: leaders.map((l) => l.person.id) },
      figures: { count: leaders.length, top, people: leaders.map((l) => ({ id: l.person.id, rank: l.rank })) },
    },
  ];
}
