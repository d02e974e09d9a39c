/**
 * Findings about groups: silos (E-I ≤ −0.5, more inward than chance), groups mostly dormant or fading, and groups whose
 * own ties are rarely returned. The privacy pool "(small groups)" is left out: it gathers
 * several small groups, so its E-I and reciprocity describe no real group.
 */
import { compareIds } from '../../base/ids.js';
import { SMALL_GROUPS } from '../small-groups.js';
import type { GroupRow, Report } from '../../model/report.js';
import { FINDING_RULES } from './rules.js';
import type { InactiveGroupFinding, LowReciprocityFinding, SiloGroupFinding } from '../../model/findings.js';

const realGroups = (report: Report): GroupRow[] => report.groups.filter((g) => g.group !== SMALL_GROUPS);

/**
 * Most closed first (lowest E-I), then the larger group, then by name. A p-value of null means
 * no test was run (`--permutations 0`; a report of an earlier version has none either): E-I
 * alone decides then, and the finding says so.
 */
export function siloGroups(report: Report): SiloGroupFinding[] {
  const rule = FINDING_RULES.silo;
  const permutations = typeof report.meta.options.permutations === 'number' ? report.meta.options.permutations : 0;
  return realGroups(report)
    .filter((g): g is GroupRow & { eiIndex: number } => g.eiIndex !== null && g.eiIndex <= rule.eiIndex)
    .filter((g) => g.eiPValue === null || g.eiPValue === undefined || g.eiPValue < rule.pValue)
    .sort((a, b) => a.eiIndex - b.eiIndex || b.size - a.size || compareIds(a.group, b.group))
    .map((g) => ({
      kind: 'silo-group',
      severity: g.eiIndex <= rule.high ? 'high' : 'medium',
      subject: { type: 'group', group: g.group },
      figures: {
        eiIndex: g.eiIndex,
        eiPValue: g.eiPValue ?? null,
        permutations: g.eiPValue === null || g.eiPValue === undefined ? 0 : permutations,
        internalTies: g.internalTies,
        externalTies: g.externalTies,
        internalShare: g.internalTies / (g.internalTies + g.externalTies),
        size: g.size,
      },
    }));
}

/**
 * Needs activity statuses (timestamps); the highest share first, then the larger group. The share
 * is of the members with some interaction: `absent` people (listed, never seen) are the absent-people
 * finding's, not a group going quiet.
 */
export function inactiveGroups(report: Report): InactiveGroupFinding[] {
  const rule = FINDING_RULES.inactiveGroup;
  const counts = new Map<string, { size: number; dormant: number; fading: number }>();
  for (const p of report.people) {
    if (p.group === null || p.activity.status === null || p.activity.status === 'absent') continue;
    const c = counts.get(p.group) ?? { size: 0, dormant: 0, fading: 0 };
    c.size++;
    if (p.activity.status === 'dormant') c.dormant++;
    if (p.activity.status === 'fading') c.fading++;
    counts.set(p.group, c);
  }
  const found: InactiveGroupFinding[] = [];
  for (const g of realGroups(report)) {
    const c = counts.get(g.group);
    if (!c || c.size < rule.minSize) continue;
    const share = (c.dormant + c.fading) / c.size;
    if (share < rule.share) continue;
    found.push({
      kind: 'inactive-group',
      severity: share >= rule.high ? 'high' : 'medium',
      subject: { type: 'group', group: g.group },
      figures: { size: c.size, dormant: c.dormant, fading: c.fading, share },
    });
  }
  return found.sort(
    (a, b) => b.figures.share - a.figures.share || b.figures.size - a.figures.size || compareIds(a.subject.group, b.subject.group),
  );
}

/** Groups with enough internal ties to judge, least reciprocal first. */
export function lowReciprocityGroups(report: Report): LowReciprocityFinding[] {
  const rule = FINDING_RULES.lowReciprocity;
  return realGroups(report)
    .filter(
      (g): g is GroupRow & { reciprocity: number } =>
        g.reciprocity !== null && g.internalTies >= rule.groupMinTies && g.reciprocity < rule.below,
    )
    .sort((a, b) => a.reciprocity - b.reciprocity || b.internalTies - a.internalTies || compareIds(a.group, b.group))
    .map((g) => ({
      kind: 'low-reciprocity',
      severity: 'medium',
      subject: { type: 'group', group: g.group },
      figures: { reciprocity: g.reciprocity, ties: g.internalTies },
    }));
}
