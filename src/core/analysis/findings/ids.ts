/**
 * Every person id a finding holds — its subject's people and each `figures.people[].id` — mapped
 * through `map`, for a report whose ids are replaced (pseudonyms, analysis/privacy-report.ts). The rest of
 * the finding is kept as it is.
 */
import type { Finding } from '../../model/findings.js';

export function mapFindingIds<F extends Finding>(finding: F, map: (id: string) => string): F {
  const subject = finding.subject.type === 'people' ? { ...finding.subject, ids: finding.subject.ids.map(map) } : finding.subject;
  const figures = finding.figures as { people?: unknown };
  const people = Array.isArray(figures.people) ? { people: (figures.people as { id: string }[]).map((p) => ({ ...p, id: map(p.id) })) } : {};
  return { ...finding, subject, figures: { ...finding.figures, ...people } };
}

/**
 * Every group name a finding holds — its subject's group, a community's groups, each person's
 * group — mapped through `map`, for a view that shows names in sentences (the HTML page isolates
 * each, render/person-name.ts). The rest of the finding is kept as it is.
 */
export function mapFindingGroups<F extends Finding>(finding: F, map: (group: string) => string): F {
  const subject = finding.subject.type === 'group' ? { ...finding.subject, group: map(finding.subject.group) } : finding.subject;
  const figures = { ...finding.figures } as Record<string, unknown>;
  if (typeof figures.dominantGroup === 'string') figures.dominantGroup = map(figures.dominantGroup);
  if (Array.isArray(figures.largest)) figures.largest = (figures.largest as { group: string }[]).map((g) => ({ ...g, group: map(g.group) }));
  if (Array.isArray(figures.people)) {
    figures.people = (figures.people as { group?: unknown }[]).map((p) => (typeof p.group === 'string' ? { ...p, group: map(p.group) } : p));
  }
  return { ...finding, subject, figures } as F;
}
