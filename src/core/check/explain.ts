/**
 * Why a rule's value is null, in words a CI log reader can act on: the input lacks
 * timestamps or groups, its ties have no direction, the network is too small, or nothing had a
 * value to aggregate.
 */
import type { Report } from '../model/report.js';
import { attributeOf } from './measure.js';
import { GROUP_FIELDS, ORG_FIELDS, PERSON_FIELDS, WINDOW_FIELDS, lookup, type NumericField } from './fields.js';
import type { Ref } from './types.js';

type Need = NumericField<unknown>['needs'];

function needOf(ref: Ref): Need {
  if (ref.kind === 'org') return lookup(ORG_FIELDS, ref.field)?.needs;
  const field = ref.kind === 'aggregate' ? ref.field : ref.where.field;
  if (field === 'activity.status') return 'timestamps';
  if (ref.scope === 'findings') return undefined;
  if (ref.scope === 'groups') return lookup(GROUP_FIELDS, field)?.needs ?? 'groups';
  if (ref.scope === 'windows') return lookup(WINDOW_FIELDS, field)?.needs;
  return lookup(PERSON_FIELDS, field)?.needs;
}

function noGroups(report: Report): string {
  if (report.meta.people === null) return 'there are no groups: no people file was given (--people)';
  if (report.meta.people.groupBy === null) return 'there are no groups: the people file has no grouping column (--group-by)';
  return 'there are no groups: no person has a group';
}

function missingInput(report: Report, need: Need): string | null {
  if (need === 'timestamps' && report.meta.input.columns.timestamp === null) {
    return 'the interactions have no timestamp column';
  }
  if ((need === 'groups' || need === 'permutations') && report.groups.length === 0) return noGroups(report);
  if (need === 'permutations' && report.meta.options.permutations === 0) return 'the E-I permutation test was not run (--permutations 0)';
  if (need === 'hierarchy' && report.org.hierarchy == null) return 'there is no reporting line: no manager column in the people file (--manager-col) and no --hierarchy FILE';
  if (need === 'direction' && report.meta.options.undirected === true) return 'undirected data (--undirected, --events): reciprocity does not apply';
  return null;
}

function orgReason(report: Report, field: string): string {
  const { people, ties } = report.org;
  if (people === 0) return 'the network has no people';
  const small = { density: 2, largestComponentShare: 1, fragmentation: 2, distanceFragmentation: 2, degreeCentralization: 3, transitivity: 3 };
  const needed = Object.hasOwn(small, field) ? small[field as keyof typeof small] : 0;
  if (people < needed) return `it needs at least ${needed} people`;
  if (ties === 0) return 'the network has no ties';
  if (field === 'eiIndex') return 'no tie joins two people who both have a group';
  return 'it is undefined for this network';
}

function aggregateReason(report: Report, ref: Exclude<Ref, { kind: 'org' }>): string {
  if (ref.scope === 'findings') return 'there are no findings to take a share of';
  if (ref.scope === 'windows') {
    if (report.windows === undefined) return 'there are no windows: add --windows SPAN, e.g. --windows month';
    if (!report.windows.some((w) => w.coverage === 1)) return 'no window is complete (coverage 1): the rules read complete windows only';
    return `no complete window has a value for windows.${ref.kind === 'aggregate' ? ref.field : ref.where.field}`;
  }
  const rows = ref.scope === 'people' ? report.people.length : report.groups.length;
  if (rows === 0) return ref.scope === 'people' ? 'the network has no people' : noGroups(report);
  const field = ref.kind === 'aggregate' ? ref.field : ref.where.field;
  return ref.scope === 'people' ? `no person has a value for ${field}` : `no group has a value for ${field}`;
}

/** Why a rule on a --compare-by column has no value: the column is not in the report, or has no figure. */
function attributeReason(report: Report, ref: Ref, column: string): string {
  const comparison = attributeOf(report, column);
  if (comparison === null) return `the report has no attribute ${JSON.stringify(column)}: analyse with --compare-by ${column}`;
  if (ref.kind === 'org' && ref.field === 'eiPValue' && report.meta.options.permutations === 0) return 'the E-I permutation test was not run (--permutations 0)';
  if (comparison.groups.length === 0) return `no person has a value of ${column}`;
  const field = ref.kind === 'org' ? ref.field : ref.kind === 'aggregate' ? ref.field : ref.where.field;
  return ref.kind === 'org' ? `no tie joins two people who both have a value of ${column}` : `no value of ${column} has a ${field}`;
}

/** The reason a rule's value is null (without the rule itself). */
export function whyNull(report: Report, ref: Ref, percent: boolean): string {
  if (ref.attribute !== undefined) return attributeReason(report, ref, ref.attribute);
  const missing = missingInput(report, needOf(ref));
  if (missing) return missing;
  if (percent && report.org.people === 0) return 'the network has no people';
  return ref.kind === 'org' ? orgReason(report, ref.field) : aggregateReason(report, ref);
}
