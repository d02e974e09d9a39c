/**
 * How each column of each table appears in the workbook: its header in English and Spanish
 * (`--lang`, the words of render/i18n/), and its kind, which decides the number format (shares as percentages,
 * centralities with 4 decimals, dates as dates). The column keys and their order come from
 * render/columns.ts, shared with CSV; this file only says how a key looks in a spreadsheet.
 * Values (ids, group names) are data and are never translated; a Spanish workbook shows statuses
 * and roles in Spanish (tables.ts).
 */
import type { TableName } from '../context.js';
import type { Lang } from '../i18n/numbers.js';
import { en, type Strings } from '../i18n/en.js';
import { es } from '../i18n/es.js';

export type Text = Readonly<Record<Lang, string>>;

/** One text in every language, picked from each language's words. */
export function bothLanguages(pick: (words: Strings) => string): Text {
  return { en: pick(en), es: pick(es) };
}

/**
 * text: a string cell with the Text format (`@`); integer: a count; amount: a weight or a sum
 * of weights, whole or not; share: a proportion 0–1 shown as a percentage; centrality: 4
 * decimals; index: 4 decimals (E-I, density, transitivity, modularity, centralization,
 * constraint), as every view writes them; p: a p-value, 3 decimals; decimal: 2 decimals (hops); trend: a relative change shown as a signed percentage;
 * date / datetime: a real spreadsheet date (UTC); boolean: TRUE / FALSE.
 */
export type Kind =
  | 'text' | 'integer' | 'amount' | 'share' | 'centrality' | 'index' | 'p' | 'decimal'
  | 'trend' | 'date' | 'datetime' | 'boolean';

export interface FieldLook {
  header: Text;
  kind: Kind;
}

type Tables = Strings['workbook']['fields'];

/** Each column's kind here; its header in each language from the words (render/i18n/). */
function looks<T extends keyof Tables>(table: T, kinds: Record<keyof Tables[T], Kind>): Record<string, FieldLook> {
  const out: Record<string, FieldLook> = {};
  for (const key of Object.keys(kinds) as (keyof Tables[T] & string)[]) {
    out[key] = { header: bothLanguages((s) => s.workbook.fields[table][key] as string), kind: kinds[key] };
  }
  return out;
}

const PEOPLE = looks('people', {
  id: 'text',
  label: 'text',
  group: 'text',
  inDegree: 'integer',
  outDegree: 'integer',
  inStrength: 'amount',
  outStrength: 'amount',
  degreeCentrality: 'centrality',
  betweenness: 'centrality',
  closeness: 'centrality',
  pagerank: 'centrality',
  sourcePagerank: 'centrality',
  coreNumber: 'integer',
  reciprocity: 'share',
  giveTakeRatio: 'share',
  constraint: 'index',
  effectiveSize: 'decimal',
  externalShare: 'share',
  'brokerage.coordinator': 'integer',
  'brokerage.itinerant': 'integer',
  'brokerage.gatekeeper': 'integer',
  'brokerage.representative': 'integer',
  'brokerage.liaison': 'integer',
  cutPoint: 'boolean',
  dependents: 'integer',
  community: 'integer',
  roles: 'text',
  manager: 'text',
  directReports: 'integer',
  managerTie: 'boolean',
  'activity.interactions': 'amount',
  'activity.activePeriods': 'integer',
  'activity.activityRate': 'share',
  'activity.firstSeen': 'date',
  'activity.lastSeen': 'date',
  'activity.trend': 'trend',
  'activity.status': 'text',
});

/** A group's figures, by the grouping attribute or by any other column (--compare-by): one kind each. */
const GROUP_FIGURES = {
  group: 'text',
  size: 'integer',
  internalTies: 'integer',
  externalTies: 'integer',
  eiIndex: 'index',
  eiPValue: 'p',
  internalShare: 'share',
  density: 'index',
  reciprocity: 'share',
} as const satisfies Record<string, Kind>;

const GROUPS = looks('groups', { ...GROUP_FIGURES, activityRate: 'share', connectors: 'text' });

const ATTRIBUTES = looks('attributes', { attribute: 'text', ...GROUP_FIGURES });

const COMMUNITIES = looks('communities', {
  id: 'integer',
  size: 'integer',
  dominantGroup: 'text',
  dominantShare: 'share',
  groups: 'text',
});

const ACTIVITY = looks('activity', {
  period: 'text',
  start: 'date',
  coverage: 'share',
  interactions: 'amount',
  activePeople: 'integer',
  newTies: 'integer',
  reciprocity: 'share',
});

const TIES = looks('ties', {
  source: 'text',
  target: 'text',
  weight: 'amount',
  count: 'integer',
  first: 'datetime',
  last: 'datetime',
});

const MIXING = looks('mixing', {
  from: 'text',
  to: 'text',
  ties: 'integer',
  weight: 'amount',
});

const WINDOWS = looks('windows', {
  start: 'date',
  end: 'date',
  coverage: 'share',
  group: 'text',
  people: 'integer',
  ties: 'integer',
  density: 'index',
  reciprocity: 'share',
  dyadReciprocity: 'share',
  eiIndex: 'index',
  internalShare: 'share',
  modularity: 'index',
  transitivity: 'index',
  distanceFragmentation: 'index',
});

export const FIELD_LOOKS: Readonly<Record<TableName, Readonly<Record<string, FieldLook>>>> = {
  people: PEOPLE,
  groups: GROUPS,
  communities: COMMUNITIES,
  activity: ACTIVITY,
  ties: TIES,
  mixing: MIXING,
  windows: WINDOWS,
  attributes: ATTRIBUTES,
};

/**
 * The look of a column key. People-file attributes are headed by their own column name, and
 * the communities' per-group counts by the group's name: both are the user's words. A key
 * this table does not know (a field added to the Report later) keeps its key as header and a
 * kind taken from its first value, so the workbook never drops a column.
 */
export function fieldLook(table: TableName, key: string, sample: unknown): FieldLook {
  const known = FIELD_LOOKS[table][key];
  if (known) return known;
  if (table === 'people' && key.startsWith('attributes.')) return same(key.slice('attributes.'.length), 'text');
  if (table === 'communities' && key.startsWith('groups.')) return same(key.slice('groups.'.length), 'integer');
  return same(key, typeof sample === 'number' ? 'amount' : typeof sample === 'boolean' ? 'boolean' : 'text');
}

const same = (header: string, kind: Kind): FieldLook => ({ header: { en: header, es: header }, kind });
