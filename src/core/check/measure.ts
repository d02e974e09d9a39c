/**
 * The value a rule's left-hand side takes on a Report.
 *
 * - Org fields are read as they are.
 * - max / min / mean / sum run over the people (groups) whose field is not null, in report
 *   order (people by id), so the floating-point sum is the same on every run.
 * - count(...) counts the people (groups) whose field is not null and meets the condition.
 * - Over nothing — no people, no groups, every value null — an aggregate is null, never 0:
 *   "no group is a silo" should not pass just because there are no groups.
 * - Percentage form (see `rules.ts`): a count of people is divided by the number of people,
 *   a count(...) by the number of people (groups) it counted over; a share is left alone.
 * No value is rounded: the rule compares the exact double the metric produced.
 */
import type { AttributeComparison, GroupRow, PersonRow, Report, WindowOrg } from '../model/report.js';
import { ATTRIBUTE_FIELDS, GROUP_FIELDS, ORG_FIELDS, PERSON_FIELDS, WINDOW_FIELDS, lookup, type NumericField, type Scale } from './fields.js';
import { compare } from './compare.js';
import type { AggregateFn, Condition, Match, Rule, Scope } from './types.js';

export interface Measure {
  value: number | null;
  /** For count(...) and for a count of people in percentage form: how many, out of how many. */
  count: { matched: number; of: number; scope: Scope } | null;
}

type Row = PersonRow | GroupRow | WindowOrg;

/**
 * `attribute`: a --compare-by column's groups (none when the report lacks the column).
 * Windows: the complete ones (coverage 1), in time order. A partial window — the month an export
 * was cut on the 3rd — would otherwise gate a CI job on three days of data.
 */
function rowsOf(report: Report, scope: Exclude<Scope, 'findings'>, attribute?: string): readonly Row[] {
  if (scope === 'windows') return (report.windows ?? []).filter((w) => w.coverage === 1).map((w) => w.org);
  // Their rows have no activity rate or connectors (the parser lets no rule name those).
  if (attribute !== undefined) return (attributeOf(report, attribute)?.groups ?? []).map((g) => ({ ...g, activityRate: null, connectors: [] }));
  return scope === 'people' ? report.people : report.groups;
}

/** A --compare-by column of the report, own keys only; a report of an earlier version has none. */
export function attributeOf(report: Report, column: string): AttributeComparison | null {
  const attributes = report.attributes ?? {};
  return Object.hasOwn(attributes, column) ? attributes[column]! : null;
}

function fieldOf(scope: Exclude<Scope, 'findings'>, name: string): NumericField<Row> {
  const field = scope === 'windows' ? lookup(WINDOW_FIELDS, name) : scope === 'people' ? lookup(PERSON_FIELDS, name) : lookup(GROUP_FIELDS, name);
  // The parser accepts only known fields; a hand-made Rule with another name is a bug.
  if (!field) throw new Error(`no ${scope} field "${name}"`);
  return field as NumericField<Row>;
}

/** A count of people as a share of everyone; null in an empty organization. */
function perPerson(value: number | null, report: Report, scale: Scale, percent: boolean): number | null {
  if (value === null || !percent || scale !== 'people') return value;
  return report.org.people > 0 ? value / report.org.people : null;
}

function aggregate(fn: AggregateFn, values: number[]): number | null {
  if (values.length === 0) return null;
  switch (fn) {
    case 'max':
      return values.reduce((a, b) => (b > a ? b : a));
    case 'min':
      return values.reduce((a, b) => (b < a ? b : a));
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'mean':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'first':
      return values[0]!;
    case 'last':
      return values[values.length - 1]!;
  }
}

function definedValues(rows: readonly Row[], field: NumericField<Row>): number[] {
  const values: number[] = [];
  for (const row of rows) {
    const value = field.get(row);
    if (value !== null) values.push(value);
  }
  return values;
}

function countCompare(report: Report, scope: Exclude<Scope, 'findings'>, where: Condition, attribute?: string): { matched: number; of: number } {
  const field = fieldOf(scope, where.field);
  const values = definedValues(rowsOf(report, scope, attribute), field);
  let matched = 0;
  for (const value of values) {
    const compared = perPerson(value, report, field.scale, where.threshold.percent);
    if (compared !== null && compare(compared, where.op, where.threshold.value)) matched++;
  }
  return { matched, of: values.length };
}

function countMatch(report: Report, where: Match): { matched: number; of: number } {
  let matched = 0;
  let of = 0;
  for (const person of report.people) {
    if (where.field === 'activity.status' && person.activity.status === null) continue;
    const hit = where.field === 'roles' ? person.roles.some((r) => r === where.value) : person.activity.status === where.value;
    of++;
    if (hit !== where.negate) matched++;
  }
  return { matched, of };
}

/** Findings are a list that may be empty: no finding counts as 0 (a share of none is null). */
function countFindings(report: Report, where: Match): { matched: number; of: number } {
  // A report of an earlier version has no findings key.
  const findings = report.findings ?? [];
  const matched = findings.filter((f) => (where.field === 'severity' ? f.severity : f.kind) === where.value).length;
  return { matched: where.negate ? findings.length - matched : matched, of: findings.length };
}

function measureCount(report: Report, rule: Rule, scope: Scope, where: Condition | Match): Measure {
  if (scope === 'findings' && where.kind === 'match') {
    const { matched, of } = countFindings(report, where);
    const value = rule.threshold.percent ? (of === 0 ? null : matched / of) : matched;
    return { value, count: { matched, of, scope } };
  }
  if (scope === 'findings') throw new Error('findings are counted by a match only');
  const { matched, of } = where.kind === 'match' ? countMatch(report, where) : countCompare(report, scope, where, rule.ref.kind === 'count' ? rule.ref.attribute : undefined);
  if (of === 0) return { value: null, count: { matched, of, scope } };
  return { value: rule.threshold.percent ? matched / of : matched, count: { matched, of, scope } };
}

export function measure(report: Report, rule: Rule): Measure {
  const { ref } = rule;
  const percent = rule.threshold.percent;
  if (ref.kind === 'count') return measureCount(report, rule, ref.scope, ref.where);
  if (ref.kind === 'aggregate') {
    if (ref.scope === 'findings') throw new Error('findings have no numeric field');
    const field = fieldOf(ref.scope, ref.field);
    const value = aggregate(ref.fn, definedValues(rowsOf(report, ref.scope, ref.attribute), field));
    return { value: perPerson(value, report, field.scale, percent), count: null };
  }
  if (ref.attribute !== undefined) {
    const entry = lookup(ATTRIBUTE_FIELDS, ref.field);
    if (!entry) throw new Error(`no attribute field "${ref.field}"`);
    const comparison = attributeOf(report, ref.attribute);
    return { value: comparison === null ? null : entry.get(comparison), count: null };
  }
  const field = lookup(ORG_FIELDS, ref.field);
  if (!field) throw new Error(`no org field "${ref.field}"`);
  const raw = field.get(report.org);
  const value = perPerson(raw, report, field.scale, percent);
  const asCount = percent && field.scale === 'people' && raw !== null;
  return { value, count: asCount ? { matched: raw, of: report.org.people, scope: 'people' } : null };
}
