/**
 * What a `check` rule may name: the numeric fields of the org summary, of a person and of a
 * group (docs/metrics.md#person–4.3), and the values of the two categorical person fields (roles, status).
 *
 * Every numeric field has a scale, which decides what the percentage form `N%` means
 * (docs/options.md rules; see `rules.ts`):
 * - `share`: a ratio or index already on a 0–1 scale (reciprocity, density, E-I, trend…);
 *   `N%` is simply N / 100.
 * - `people`: a count of people (isolates, cut points, dependents, group size); with `N%` the
 *   count is first divided by the number of people in the organization.
 * - `amount`: anything else (ties, weights, degrees, brokerage counts); a percentage of it
 *   has no agreed denominator, so `N%` is refused.
 */
import { FINDING_KINDS, SEVERITIES } from '../model/findings.js';
import type { ActivityStatus, AttributeComparison, GroupRow, HierarchySummary, OrgSummary, PersonRow, Role, WindowOrg } from '../model/report.js';

export type Scale = 'share' | 'people' | 'amount';

export interface NumericField<Row> {
  scale: Scale;
  /**
   * Set when the field exists only with timestamps, groups or directed ties (explains a `null`);
   * `permutations`: with groups and a permutation test (not `--permutations 0`).
   */
  needs?: 'timestamps' | 'groups' | 'direction' | 'permutations' | 'hierarchy';
  get(row: Row): number | null;
}

type Fields<Row> = Readonly<Record<string, NumericField<Row>>>;

function org(key: Exclude<keyof OrgSummary, 'keyPlayers' | 'reachPlayers' | 'overload' | 'hierarchy'>, scale: Scale, needs?: NumericField<OrgSummary>['needs']): NumericField<OrgSummary> {
  return { scale, ...(needs ? { needs } : {}), get: (o) => o[key] };
}

/** The reporting line's figures (docs/metrics.md#the-reporting-line): null without one. */
function hierarchy(key: keyof HierarchySummary, scale: Scale): NumericField<OrgSummary> {
  return { scale, needs: 'hierarchy', get: (o) => (o.hierarchy ? o.hierarchy[key] : null) };
}

export const ORG_FIELDS: Fields<OrgSummary> = {
  people: org('people', 'people'),
  ties: org('ties', 'amount'),
  interactions: org('interactions', 'amount'),
  totalWeight: org('totalWeight', 'amount'),
  density: org('density', 'share'),
  reciprocity: org('reciprocity', 'share', 'direction'),
  dyadReciprocity: org('dyadReciprocity', 'share', 'direction'),
  components: org('components', 'amount'),
  largestComponentShare: org('largestComponentShare', 'share'),
  isolates: org('isolates', 'people'),
  transitivity: org('transitivity', 'share'),
  degreeCentralization: org('degreeCentralization', 'share'),
  eiIndex: org('eiIndex', 'share', 'groups'),
  eiPValue: org('eiPValue', 'share', 'permutations'),
  'overload.gini': overload('gini'),
  'overload.top1Share': overload('top1Share'),
  'overload.top5Share': overload('top5Share'),
  'overload.top20Share': overload('top20Share'),
  coreSize: org('coreSize', 'people'),
  communities: org('communities', 'amount'),
  modularity: org('modularity', 'share'),
  groupAlignment: org('groupAlignment', 'share', 'groups'),
  activeShare: org('activeShare', 'share', 'timestamps'),
  cutPoints: org('cutPoints', 'people'),
  fragmentation: org('fragmentation', 'share'),
  distanceFragmentation: org('distanceFragmentation', 'share'),
  'hierarchy.people': hierarchy('people', 'people'),
  'hierarchy.managers': hierarchy('managers', 'people'),
  'hierarchy.maxDepth': hierarchy('maxDepth', 'amount'),
  'hierarchy.tiesOnReportingLine': hierarchy('tiesOnReportingLine', 'share'),
};

/** A report of an earlier version has no overload figures: null, as a figure that does not apply. */
function overload(key: keyof OrgSummary['overload']): NumericField<OrgSummary> {
  return { scale: 'share', get: (o) => (o.overload as OrgSummary['overload'] | undefined)?.[key] ?? null };
}

type PersonNumberKey = {
  [K in keyof PersonRow]: PersonRow[K] extends number | null ? K : never;
}[keyof PersonRow];

function person(key: Exclude<PersonNumberKey, 'community'>, scale: Scale, needs?: NumericField<PersonRow>['needs']): NumericField<PersonRow> {
  return { scale, ...(needs ? { needs } : {}), get: (p) => p[key] };
}

function brokerage(key: keyof NonNullable<PersonRow['brokerage']>): NumericField<PersonRow> {
  return { scale: 'amount', needs: 'groups', get: (p) => (p.brokerage ? p.brokerage[key] : null) };
}

function activity(key: 'interactions' | 'activePeriods' | 'activityRate' | 'trend', scale: Scale): NumericField<PersonRow> {
  return { scale, ...(key === 'interactions' ? {} : { needs: 'timestamps' as const }), get: (p) => p.activity[key] };
}

/** `community` is left out on purpose: it is a label, not a measure. */
export const PERSON_FIELDS: Fields<PersonRow> = {
  inDegree: person('inDegree', 'amount'),
  outDegree: person('outDegree', 'amount'),
  inStrength: person('inStrength', 'amount'),
  outStrength: person('outStrength', 'amount'),
  degreeCentrality: person('degreeCentrality', 'share'),
  betweenness: person('betweenness', 'share'),
  closeness: person('closeness', 'share'),
  pagerank: person('pagerank', 'share'),
  sourcePagerank: person('sourcePagerank', 'share'),
  coreNumber: person('coreNumber', 'amount'),
  reciprocity: person('reciprocity', 'share', 'direction'),
  giveTakeRatio: person('giveTakeRatio', 'share', 'direction'),
  constraint: person('constraint', 'share'),
  effectiveSize: person('effectiveSize', 'amount'),
  externalShare: person('externalShare', 'share', 'groups'),
  dependents: person('dependents', 'people'),
  directReports: person('directReports', 'people', 'hierarchy'),
  'brokerage.coordinator': brokerage('coordinator'),
  'brokerage.itinerant': brokerage('itinerant'),
  'brokerage.gatekeeper': brokerage('gatekeeper'),
  'brokerage.representative': brokerage('representative'),
  'brokerage.liaison': brokerage('liaison'),
  'activity.interactions': activity('interactions', 'amount'),
  'activity.activePeriods': activity('activePeriods', 'amount'),
  'activity.activityRate': activity('activityRate', 'share'),
  'activity.trend': activity('trend', 'share'),
};

type GroupNumberKey = Exclude<keyof GroupRow, 'group' | 'connectors' | 'reciprocity' | 'activityRate'>;

function group(key: GroupNumberKey, scale: Scale, needs: NumericField<GroupRow>['needs'] = 'groups'): NumericField<GroupRow> {
  return { scale, needs, get: (g) => g[key] };
}

export const GROUP_FIELDS: Fields<GroupRow> = {
  size: group('size', 'people'),
  internalTies: group('internalTies', 'amount'),
  externalTies: group('externalTies', 'amount'),
  eiIndex: group('eiIndex', 'share'),
  eiPValue: group('eiPValue', 'share', 'permutations'),
  internalShare: group('internalShare', 'share'),
  density: group('density', 'share'),
  // Groups first: without groups there is no group reciprocity, directed or not.
  reciprocity: { scale: 'share', needs: 'direction', get: (g) => g.reciprocity },
  activityRate: { scale: 'share', needs: 'timestamps', get: (g) => g.activityRate },
};

/** The group fields of a `--compare-by` column: those of the groups but the activity rate (docs/metrics.md#attributes). */
export const ATTRIBUTE_GROUP_FIELDS: Fields<GroupRow> = Object.fromEntries(Object.entries(GROUP_FIELDS).filter(([name]) => name !== 'activityRate'));

/** A `--compare-by` column's own figures, beside its groups: its E-I and that E-I's p-value. */
export const ATTRIBUTE_FIELDS: Fields<AttributeComparison> = {
  eiIndex: { scale: 'share', needs: 'groups', get: (a) => a.eiIndex },
  eiPValue: { scale: 'share', needs: 'permutations', get: (a) => a.eiPValue },
};

function windowOrg(key: keyof WindowOrg, scale: Scale, needs?: NumericField<WindowOrg>['needs']): NumericField<WindowOrg> {
  return { scale, ...(needs ? { needs } : {}), get: (o) => o[key] };
}

/** A window's organization figures (`--windows`), named `windows.org.FIELD` in a rule. */
export const WINDOW_FIELDS: Fields<WindowOrg> = {
  'org.people': windowOrg('people', 'amount'),
  'org.ties': windowOrg('ties', 'amount'),
  'org.density': windowOrg('density', 'share'),
  'org.reciprocity': windowOrg('reciprocity', 'share', 'direction'),
  'org.dyadReciprocity': windowOrg('dyadReciprocity', 'share', 'direction'),
  'org.eiIndex': windowOrg('eiIndex', 'share', 'groups'),
  'org.modularity': windowOrg('modularity', 'share'),
  'org.transitivity': windowOrg('transitivity', 'share'),
  'org.distanceFragmentation': windowOrg('distanceFragmentation', 'share'),
};

/** The keys of a record checked for completeness against a union, in declaration order. */
function keysOf<T extends string>(all: Record<T, true>): readonly T[] {
  return Object.keys(all) as T[];
}

export const ROLES: readonly Role[] = keysOf<Role>({
  isolate: true,
  peripheral: true,
  'central-connector': true,
  broker: true,
  overloaded: true,
  'one-way': true,
  critical: true,
});

export const STATUSES: readonly ActivityStatus[] = keysOf<ActivityStatus>({
  dormant: true,
  fading: true,
  growing: true,
  steady: true,
  absent: true,
});

/** The categorical person fields `count(people.F=VALUE)` can match, with their values. */
export const CATEGORY_FIELDS = {
  roles: ROLES,
  'activity.status': STATUSES,
} as const satisfies Record<string, readonly string[]>;

export type CategoryField = keyof typeof CATEGORY_FIELDS;

/** What `count(findings.F=VALUE)` can match: a finding's severity or kind (docs/metrics.md#findings). */
export const FINDING_FIELDS = {
  severity: SEVERITIES,
  kind: FINDING_KINDS,
} as const satisfies Record<string, readonly string[]>;

export type FindingField = keyof typeof FINDING_FIELDS;

export function isFindingField(name: string): name is FindingField {
  return Object.hasOwn(FINDING_FIELDS, name);
}

export function isCategoryField(name: string): name is CategoryField {
  return Object.hasOwn(CATEGORY_FIELDS, name);
}

/** Own-property lookup, so `constructor` or `__proto__` is never mistaken for a field. */
export function lookup<Row>(fields: Fields<Row>, name: string): NumericField<Row> | undefined {
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}
