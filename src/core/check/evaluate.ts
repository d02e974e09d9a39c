/**
 * Evaluates parsed rules on a Report (docs/options.md `check`).
 *
 * A rule passes when `value OP threshold` holds (exact comparison, see `compare.ts`).
 * A rule whose value is null cannot be judged: it fails, with the reason in its message,
 * unless `allowMissing` is set — then it is skipped, which does not fail the check, so a
 * shared config can hold timestamp or group rules that some inputs cannot answer.
 */
import type { Report } from '../model/report.js';
import { compare } from './compare.js';
import { whyNull } from './explain.js';
import { formatValue } from './format.js';
import { measure, type Measure } from './measure.js';
import type { CheckResult, EvaluateOptions, Rule, RuleResult, RuleStatus } from './types.js';

function counted(count: NonNullable<Measure['count']>): string {
  const nouns = { people: ['person', 'people'], groups: ['group', 'groups'], findings: ['finding', 'findings'], windows: ['complete window', 'complete windows'] }[count.scope];
  const noun = count.of === 1 ? nouns[0] : nouns[1];
  return `${count.matched} of ${count.of} ${noun}`;
}

function describe(rule: Rule, measured: Measure & { value: number }): string {
  const { percent, value: threshold } = rule.threshold;
  const shown = formatValue(measured.value, percent, threshold);
  if (!measured.count) return `${rule.refText} is ${shown}`;
  return percent ? `${rule.refText} is ${shown} (${counted(measured.count)})` : `${rule.refText} is ${counted(measured.count)}`;
}

function outcome(rule: Rule, measured: Measure, status: RuleStatus, message: string): RuleResult {
  return {
    rule: rule.text,
    status,
    passed: status !== 'fail',
    actual: measured.value,
    op: rule.op,
    threshold: rule.threshold.value,
    percent: rule.threshold.percent,
    count: measured.count,
    message,
  };
}

export function evaluateRule(report: Report, rule: Rule, options: EvaluateOptions = {}): RuleResult {
  const measured = measure(report, rule);
  const expected = `${rule.op} ${rule.threshold.text}`;
  if (measured.value === null) {
    const why = `${rule.refText} is null: ${whyNull(report, rule.ref, rule.threshold.percent)}`;
    return options.allowMissing
      ? outcome(rule, measured, 'skip', `skipped: ${why}`)
      : outcome(rule, measured, 'fail', `${why}; expected ${expected}`);
  }
  const text = describe(rule, { ...measured, value: measured.value });
  return compare(measured.value, rule.op, rule.threshold.value)
    ? outcome(rule, measured, 'pass', `${text} (${expected})`)
    : outcome(rule, measured, 'fail', `${text}, expected ${expected}`);
}

/** Every rule, in the order given, and the counts a JUnit report needs. */
export function evaluateRules(report: Report, rules: readonly Rule[], options: EvaluateOptions = {}): CheckResult {
  const results = rules.map((rule) => evaluateRule(report, rule, options));
  const failures = results.filter((r) => r.status === 'fail').length;
  const skipped = results.filter((r) => r.status === 'skip').length;
  return { passed: failures === 0, tests: results.length, failures, skipped, results };
}
