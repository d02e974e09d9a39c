/** Findings about the whole organization: low reciprocity, and what losing the key players would do. */
import type { Report } from '../../model/report.js';
import { meanDistance } from '../resilience-view.js';
import { keyPlayerSteps, orgDistanceFragmentation } from './key-players.js';
import { FINDING_RULES } from './rules.js';
import type { KeyPlayerLossFinding, LowReciprocityFinding, Severity } from '../../model/findings.js';

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

/** What the findings know beyond the report: worked out from the graph when the report is built. */
export interface FindingFacts {
  /** People cut off from the largest component if the key players all left (besides them). */
  keyPlayersCutOff?: number;
  /**
   * Every pair one way, ordered by id (ingest/layouts/direction.ts): the direction is an artefact
   * of the export, so the findings that read it are not made.
   */
  orderedPairs?: boolean;
}

/**
 * Material only when the average distance 1/(1 − DF) rises by 10 % or more or someone is cut
 * off (docs/metrics.md#findings). Otherwise one low line that the network does not depend on a few people —
 * unless someone is critical: "it holds together without them" beside "these people hold parts
 * of it together" would contradict each other, and the critical people are the stronger fact.
 */
export function keyPlayerLoss(report: Report, facts: FindingFacts = {}): KeyPlayerLossFinding[] {
  const steps = keyPlayerSteps(report);
  const last = steps[steps.length - 1];
  if (!last) return [];
  const before = orgDistanceFragmentation(report.org);
  const after = last.distanceFragmentation;
  if (before === null || after === null) return [];
  const hopsBefore = meanDistance(before);
  const hopsAfter = meanDistance(after);
  const distanceRise = hopsBefore !== null && hopsAfter !== null ? hopsAfter / hopsBefore - 1 : null;
  const n = report.org.people;
  const fragmentationBefore = report.org.fragmentation;
  const cutOff = facts.keyPlayersCutOff ?? cutOffFromFragmentation(fragmentationBefore, last.fragmentation);
  // Everyone was within reach before and nobody is after: the network falls apart.
  const apart = hopsBefore !== null && hopsAfter === null;
  const rule = FINDING_RULES.keyPlayerLoss;
  const material = apart || cutOff > 0 || (distanceRise !== null && distanceRise >= rule.rise);
  if (!material && report.people.some((p) => p.roles.includes('critical'))) return [];
  const severe = apart || (n > 0 && cutOff / n >= rule.highCutOffShare) || (distanceRise !== null && distanceRise >= rule.highRise);
  const severity: Severity = !material ? 'low' : severe ? 'high' : 'medium';
  return [
    {
      kind: 'key-player-loss',
      severity,
      subject: { type: 'people', ids: steps.map((s) => s.id) },
      figures: {
        distanceFragmentationBefore: before,
        distanceFragmentationAfter: after,
        hopsBefore,
        hopsAfter,
        distanceRise,
        fragmentationBefore,
        fragmentationAfter: last.fragmentation,
        cutOff,
        organizationSize: n,
      },
    },
  ];
}

/**
 * A report read back without the count (one of an earlier version): someone was cut off when
 * fewer pairs can reach each other than before — an estimate of 1 person, enough to be material.
 */
function cutOffFromFragmentation(before: number | null, after: number | null): number {
  return before !== null && after !== null && after > before + 1e-12 ? 1 : 0;
}
