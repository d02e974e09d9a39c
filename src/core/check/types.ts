/**
 * A parsed `check` rule (docs/options.md: `REF OP NUMBER`) and the outcome of evaluating it.
 */
import type { CategoryField, FindingField } from './fields.js';

export const OPERATORS = ['<', '<=', '>', '>=', '==', '!='] as const;
export type Operator = (typeof OPERATORS)[number];

export type Scope = 'people' | 'groups' | 'findings' | 'windows';
/** `first` and `last` read a series in time order: the windows. */
export type AggregateFn = 'max' | 'min' | 'mean' | 'sum' | 'first' | 'last';

/** A number as written: its value, whether it ended in `%`, and its text for messages. */
export interface Threshold {
  /** The number compared with: already divided by 100 in percentage form. */
  value: number;
  percent: boolean;
  text: string;
}

/** A numeric condition inside `count(...)`: `count(groups.eiIndex < -0.5)`. */
export interface Condition {
  kind: 'compare';
  field: string;
  op: Operator;
  threshold: Threshold;
}

/** A category match inside `count(...)`: `count(people.roles=isolate)`, `count(findings.severity=high)`. */
export interface Match {
  kind: 'match';
  field: CategoryField | FindingField;
  negate: boolean;
  value: string;
}

/**
 * `attribute`: the groups (or the E-I) of a `--compare-by` column instead of the grouping
 * attribute's — `min(attributes.office.groups.eiIndex)`, `attributes.office.eiPValue`.
 */
export type Ref =
  | { kind: 'org'; field: string; attribute?: string }
  | { kind: 'aggregate'; fn: AggregateFn; scope: Scope; field: string; attribute?: string }
  | { kind: 'count'; scope: Scope; where: Condition | Match; attribute?: string };

export interface Rule {
  /** The rule as the user wrote it (trimmed). */
  text: string;
  /** The left-hand side, normalized (`org.reciprocity` → `reciprocity`, spaces removed). */
  refText: string;
  ref: Ref;
  op: Operator;
  threshold: Threshold;
}

export type RuleStatus = 'pass' | 'fail' | 'skip';

export interface RuleResult {
  rule: string;
  status: RuleStatus;
  /** False only for `fail`: a skipped rule does not fail the check. */
  passed: boolean;
  /** The value compared with the threshold (a share in percentage form); null when undefined. */
  actual: number | null;
  op: Operator;
  /** The threshold compared with (already divided by 100 in percentage form). */
  threshold: number;
  percent: boolean;
  /** Counted items and what they were counted among, for `count(...)` rules. */
  count: { matched: number; of: number; scope: Scope } | null;
  message: string;
}

export interface CheckResult {
  /** True when no rule failed (skipped rules do not fail the check). */
  passed: boolean;
  tests: number;
  failures: number;
  skipped: number;
  results: RuleResult[];
}

export interface EvaluateOptions {
  /** A rule whose value is undefined (null) is skipped instead of failing. */
  allowMissing?: boolean;
}
