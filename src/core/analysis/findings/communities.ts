/**
 * Communities that cut across groups: the informal structure Louvain finds, where no single
 * group holds half of the members who have a group. They show collaboration the org chart
 * does not draw (or a grouping that no longer matches how people work).
 */
import { compareIds } from '../../base/ids.js';
import type { CommunityRow, Report } from '../../model/report.js';
import { FINDING_RULES } from './rules.js';
import type { CrossGroupCommunityFinding } from '../../model/findings.js';

/** The largest communities first (their ids already run by size). */
export function crossGroupCommunities(report: Report): CrossGroupCommunityFinding[] {
  const rule = FINDING_RULES.crossGroup;
  return report.communities
    .filter(
      (c): c is CommunityRow & { dominantGroup: string; dominantShare: number } =>
        c.size >= rule.minSize && c.dominantGroup !== null && c.dominantShare !== null && c.dominantShare < rule.dominantShare,
    )
    .sort((a, b) => b.size - a.size || a.id - b.id)
    .map((c) => {
      const byMembers = Object.entries(c.groups).sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]));
      return {
        kind: 'cross-group-community',
        severity: 'low',
        subject: { type: 'community', community: c.id },
        figures: {
          size: c.size,
          groups: byMembers.length,
          dominantGroup: c.dominantGroup,
          dominantShare: c.dominantShare,
          largest: byMembers.slice(0, 3).map(([group, members]) => ({ group, members })),
        },
      };
    });
}
