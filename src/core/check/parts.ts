/**
 * The report parts a set of rules reads (model/parts.ts), so `check` computes nothing else:
 * a rule on density alone runs no breadth-first search and no community detection.
 */
import { ALL_PARTS, partsOf, union, type Part, type Parts } from '../model/parts.js';
import type { Rule } from './types.js';

function partsOfRule(rule: Rule): readonly Part[] {
  const { ref } = rule;
  if (ref.kind === 'org') return partsOf('org', ref.field);
  // Findings read the whole report.
  if (ref.scope === 'findings') return [...ALL_PARTS];
  // A window's figures need the report's groups (its E-I).
  if (ref.scope === 'windows') return ['windows', 'groups'];
  if (ref.kind === 'aggregate') return partsOf(ref.scope, ref.field);
  return partsOf(ref.scope, ref.where.field);
}

export function partsForRules(rules: readonly Rule[]): Parts {
  const parts = new Set<Part>();
  for (const rule of rules) for (const part of partsOfRule(rule)) parts.add(part);
  return union([...parts]);
}
