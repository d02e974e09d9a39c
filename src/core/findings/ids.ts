/**
 * Every person id a finding holds — its subject's people and each `figures.people[].id` — mapped
 * through `map`, for a report whose ids are replaced (pseudonyms, privacy/report.ts). The rest of
 * the finding is kept as it is.
 */
import type { Finding } from './types.js';

export function mapFindingIds<F extends Finding>(finding: F, map: (id: string) => string): F {
  const subject = finding.subject.type === 'people' ? { ...finding.subject, ids: finding.subject.ids.map(map) } : finding.subject;
  const figures = finding.figures as { people?: unknown };
  const people = Array.isArray(figures.people) ? { people: (figures.people as { id: string }[]).map((p) => ({ ...p, id: map(p.id) })) } : {};
  return { ...finding, subject, figures: { ...finding.figures, ...people } };
}
