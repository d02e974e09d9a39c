/**
 * Evaluates `--fail-on` rules (rules.ts) on the two sides and their diff. A rule holds when
 * its comparison is true — the regression the gate looks for — and any rule that holds makes
 * the command exit 1. A rule whose value is null (a side without groups, say) cannot be
 * judged: like a null `check` rule it trips the gate and says why, unless `allowMissing`
 * skips it. Values are the exact doubles compared, never rounded.
 */
import { compare } from '../check/compare.js';
import { whyNull } from '../check/explain.js';
import { formatValue } from '../check/format.js';
import { measure } from '../check/measure.js';
import type { Rule } from '../check/types.js';
import type { Report } from '../model/report.js';
import type { DiffRule } from './rules.js';
import type { DiffResult, FailOnResult, FailOnRuleResult, FailOnStatus } from '../model/diff.js';

export interface NamedSide {
  file: string;
  report: Report;
}

interface Measured {
  value: number | null;
  before: number | null;
  after: number | null;
  /** How the value came about, for the message: "(0.74 → 0.66)". */
  detail: string;
  /** Why the value is null. */
  why: string | null;
}

const show = (value: number | null, percent: boolean) => (value === null ? 'null' : formatValue(value, percent));

function measureDelta(rule: DiffRule & { ref: { kind: 'delta' } }, before: NamedSide, after: NamedSide): Measured {
  // The inner REF measured on each side exactly as `check` measures it.
  const inner: Rule = { text: rule.text, refText: rule.refText, ref: rule.ref.ref, op: rule.op, threshold: rule.threshold };
  const b = measure(before.report, inner).value;
  const a = measure(after.report, inner).value;
  const percent = rule.threshold.percent;
  const nullSide = b === null ? before : a === null ? after : null;
  return {
    value: a === null || b === null ? null : a - b,
    before: b,
    after: a,
    detail: `(${show(b, percent)} → ${show(a, percent)})`,
    why: nullSide ? `${nullSide.file}: ${whyNull(nullSide.report, rule.ref.ref, percent)}` : null,
  };
}

function measureTies(rule: DiffRule & { ref: { kind: 'ties' } }, diff: DiffResult): Measured {
  const { ties } = diff.summary;
  const counted = rule.ref.which === 'gained' ? ties.gained : ties.lost;
  if (counted === null) return { value: null, before: ties.before, after: ties.after, detail: '', why: diff.meta.ties.reason };
  const detail = `(${counted} of ${ties.before} ties before)`;
  if (!rule.threshold.percent) return { value: counted, before: ties.before, after: ties.after, detail, why: null };
  const value = ties.before > 0 ? counted / ties.before : null;
  return { value, before: ties.before, after: ties.after, detail, why: value === null ? `${diff.meta.before.file} has no ties to take a share of` : null };
}

/** `changed(managers)`: people on both sides whose manager differs; `N%` over the people on both sides. */
function measureManagers(rule: DiffRule, diff: DiffResult): Measured {
  const stayed = diff.summary.people.stayed;
  const counted = diff.summary.reportingLine?.managerChanged ?? null;
  if (counted === null) {
    const has = (side: 'before' | 'after') => diff.org['hierarchy.people']?.[side] != null;
    const lacking = [has('before') ? null : diff.meta.before.file, has('after') ? null : diff.meta.after.file].filter((f) => f !== null);
    return { value: null, before: null, after: null, detail: '', why: `${lacking.join(' and ')} ${lacking.length > 1 ? 'have' : 'has'} no reporting line: give a manager column (--manager-col) or --hierarchy` };
  }
  const detail = `(${counted} of the ${stayed} people on both sides)`;
  if (!rule.threshold.percent) return { value: counted, before: null, after: null, detail, why: null };
  const value = stayed > 0 ? counted / stayed : null;
  return { value, before: null, after: null, detail, why: value === null ? 'nobody is on both sides' : null };
}

function outcome(rule: DiffRule, m: Measured, status: FailOnStatus, message: string): FailOnRuleResult {
  const { value, before, after } = m;
  const tripped = status === 'holds' || status === 'unknown';
  return { rule: rule.text, status, tripped, value, before, after, op: rule.op, threshold: rule.threshold.value, percent: rule.threshold.percent, message };
}

function evaluateDiffRule(rule: DiffRule, diff: DiffResult, before: NamedSide, after: NamedSide, allowMissing = false): FailOnRuleResult {
  const m =
    rule.ref.kind === 'delta'
      ? measureDelta(rule as DiffRule & { ref: { kind: 'delta' } }, before, after)
      : rule.ref.kind === 'managers'
        ? measureManagers(rule, diff)
        : measureTies(rule as DiffRule & { ref: { kind: 'ties' } }, diff);
  const condition = `${rule.op} ${rule.threshold.text}`;
  if (m.value === null) {
    const why = `${rule.refText} is null: ${m.why ?? 'it is undefined'}`;
    return allowMissing ? outcome(rule, m, 'skipped', `skipped: ${why}`) : outcome(rule, m, 'unknown', `${why}; cannot tell whether ${condition} holds`);
  }
  const text = `${rule.refText} is ${formatValue(m.value, rule.threshold.percent, rule.threshold.value)} ${m.detail}`;
  return compare(m.value, rule.op, rule.threshold.value)
    ? outcome(rule, m, 'holds', `${text}: holds (${condition})`)
    : outcome(rule, m, 'clear', `${text}: clear (not ${condition})`);
}

export function evaluateDiffRules(rules: readonly DiffRule[], diff: DiffResult, before: NamedSide, after: NamedSide, allowMissing = false): FailOnResult {
  const results = rules.map((rule) => evaluateDiffRule(rule, diff, before, after, allowMissing));
  return { tripped: results.some((r) => r.tripped), rules: results };
}
