/** Findings about the whole organization: low reciprocity, and what losing the key players would do. */
import type { Report } from '../report/types.js';
import { keyPlayerSteps, orgDistanceFragmentation } from './key-players.js';
import { FINDING_RULES } from './rules.js';
import type { KeyPlayerLossFinding, LowReciprocityFinding, Severity } from './types.js';

export function lowReciprocityOrganization(report: Report): LowReciprocityFinding[] {
  const { reciprocity, ties } = report.org;
  const rule = FINDING_RULES.lowReciprocity;
  if (reciprocity === null || ties === 0 || reciprocity >= rule.below) return [];
  return [
    {
      kind: 'low-reciprocity',
      severity: reciprocity < rule.high ? 'high' : 'medium',
      subject: { type: 'organization' },
      figures: { reciprocity, ties },
    },
  ];
}

/**
 * Always given when there are key players, even when their loss changes little (a robust
 * network is worth saying). Judged on distance fragmentation when the report has it, since
 * component fragmentation stays 0 while the network stays in one piece.
 */
export function keyPlayerLoss(report: Report): KeyPlayerLossFinding[] {
  const steps = keyPlayerSteps(report);
  const last = steps[steps.length - 1];
  if (!last) return [];
  const fragmentationBefore = report.org.fragmentation;
  const distanceBefore = orgDistanceFragmentation(report.org);
  const useDistance = distanceBefore !== null && last.distanceFragmentation !== null;
  const before = useDistance ? distanceBefore : fragmentationBefore;
  const after = useDistance ? last.distanceFragmentation : last.fragmentation;
  if (before === null || after === null) return [];
  const rise = after - before;
  const rule = FINDING_RULES.keyPlayerLoss;
  const severity: Severity = rise >= rule.high ? 'high' : rise >= rule.medium ? 'medium' : 'low';
  return [
    {
      kind: 'key-player-loss',
      severity,
      subject: { type: 'people', ids: steps.map((s) => s.id) },
      figures: {
        measure: useDistance ? 'distanceFragmentation' : 'fragmentation',
        before,
        after,
        fragmentationBefore,
        fragmentationAfter: last.fragmentation,
        distanceFragmentationBefore: distanceBefore,
        distanceFragmentationAfter: last.distanceFragmentation,
      },
    },
  ];
}
