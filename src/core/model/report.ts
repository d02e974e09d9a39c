/**
 * The Report: the one object every output format renders (docs/outputs.md, schemaVersion 1).
 * Undefined values are `null`, never NaN or Infinity. Field names are the contract.
 */
import type { Finding } from './findings.js';
import type { Encoding, Period } from './options.js';

export const SCHEMA_VERSION = 1 as const;

export type Role = 'isolate' | 'peripheral' | 'central-connector' | 'broker' | 'overloaded' | 'one-way' | 'critical';
export type ActivityStatus = 'absent' | 'dormant' | 'fading' | 'growing' | 'steady';

export interface Brokerage {
  coordinator: number;
  itinerant: number;
  gatekeeper: number;
  representative: number;
  liaison: number;
}

export interface PersonActivity {
  /** Sum of weights of rows in or out (always set). */
  interactions: number;
  activePeriods: number | null;
  activityRate: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
  trend: number | null;
  status: ActivityStatus | null;
}

export interface PersonRow {
  id: string;
  /** Display name from the people file (`--label-col`); null without one. Absent from reports of earlier versions. */
  label: string | null;
  group: string | null;
  attributes: Record<string, string>;
  inDegree: number;
  outDegree: number;
  inStrength: number;
  outStrength: number;
  degreeCentrality: number | null;
  betweenness: number | null;
  closeness: number | null;
  pagerank: number | null;
  /** PageRank of the reversed ties: high for the people others turn to (docs/metrics.md#person). */
  sourcePagerank: number | null;
  /** k-core number of the undirected projection, 0 for an isolate (docs/metrics.md#person). */
  coreNumber: number;
  reciprocity: number | null;
  giveTakeRatio: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  brokerage: Brokerage | null;
  externalShare: number | null;
  cutPoint: boolean;
  dependents: number;
  community: number | null;
  roles: Role[];
  activity: PersonActivity;
  /** The direct manager's id (docs/metrics.md#the-reporting-line); null without one or without a reporting line. Absent from reports of earlier versions. */
  manager: string | null;
  /** People who name this person as their manager; null without a reporting line. */
  directReports: number | null;
  /** Whether the person and their manager are tied, either way; null without a manager. */
  managerTie: boolean | null;
}

export interface GroupRow {
  group: string;
  size: number;
  internalTies: number;
  externalTies: number;
  eiIndex: number | null;
  /** One-sided permutation test of the E-I index (docs/metrics.md#group): low = more inward than chance; null without a test. */
  eiPValue: number | null;
  /** I / (I + E): the share of the group's ties that stay inside; null without ties. */
  internalShare: number | null;
  density: number | null;
  reciprocity: number | null;
  activityRate: number | null;
  connectors: string[];
}

/** A group of another people-file column (`--compare-by`): the group figures that do not depend on the grouping attribute. */
export type AttributeGroupRow = Pick<
  GroupRow,
  'group' | 'size' | 'internalTies' | 'externalTies' | 'eiIndex' | 'eiPValue' | 'internalShare' | 'density' | 'reciprocity'
>;

/** One `--compare-by` column: its groups (numeric columns binned into quartiles) and its E-I as the organization's is computed. */
export interface AttributeComparison {
  groups: AttributeGroupRow[];
  eiIndex: number | null;
  eiPValue: number | null;
}

export interface MixingCell {
  from: string;
  to: string;
  ties: number;
  weight: number;
}

export interface CommunityRow {
  id: number;
  size: number;
  groups: Record<string, number>;
  dominantGroup: string | null;
  dominantShare: number | null;
}

export interface KeyPlayer {
  id: string;
  /** DF of the people who remain after this person's removal (with those before); null only when no sampled source remains. */
  distanceFragmentation: number | null;
  /** Component fragmentation of the people who remain. */
  fragmentation: number;
}

/** The reporting line (docs/metrics.md#the-reporting-line). */
export interface HierarchySummary {
  /** People with a manager or a direct report. */
  people: number;
  /** People with at least one direct report. */
  managers: number;
  /** The longest chain of managers above anyone (0: nobody has a manager). */
  maxDepth: number;
  /** The share of the undirected ties that join a person and their direct manager; null without ties. */
  tiesOnReportingLine: number | null;
}

/** One step of the reach players (docs/metrics.md#resilience): who, and the share of people covered once they are chosen. */
export interface ReachPlayer {
  id: string;
  reach: number;
}

/** How unevenly people give (docs/metrics.md#organization): null when nobody gives anything. */
export interface Overload {
  gini: number | null;
  top1Share: number | null;
  top5Share: number | null;
  top20Share: number | null;
}

export interface OrgSummary {
  people: number;
  ties: number;
  interactions: number;
  totalWeight: number;
  density: number | null;
  reciprocity: number | null;
  dyadReciprocity: number | null;
  components: number;
  largestComponentShare: number | null;
  isolates: number;
  transitivity: number | null;
  degreeCentralization: number | null;
  eiIndex: number | null;
  /** The permutation test of the organization's E-I (docs/metrics.md#organization). */
  eiPValue: number | null;
  /** Collaborative overload over people's outStrength (docs/metrics.md#organization). */
  overload: Overload;
  /** People whose core number is the maximum. */
  coreSize: number;
  communities: number | null;
  modularity: number | null;
  groupAlignment: number | null;
  activeShare: number | null;
  cutPoints: number;
  fragmentation: number | null;
  distanceFragmentation: number | null;
  keyPlayers: KeyPlayer[];
  /** Whom to brief: the people who together reach the most others in one step, chosen greedily. */
  reachPlayers: ReachPlayer[];
  /** The reporting line's figures; null without a manager column or --hierarchy. Absent from reports of earlier versions. */
  hierarchy: HierarchySummary | null;
}

export interface PeriodRow {
  period: string;
  start: string;
  /** The share of the period the observed window covers: 1 for a complete period, less for one an export cuts (docs/metrics.md#activity). */
  coverage: number;
  interactions: number;
  activePeople: number;
  newTies: number;
  reciprocity: number | null;
}

export interface ActivitySection {
  period: Period;
  /** Number of periods from the first to the last timestamp (0 without timestamps). */
  periods: number;
  /** The organization's trend: docs/metrics.md#activity `trend` applied to the series' interactions. */
  trend: number | null;
  series: PeriodRow[];
}

/** `--events` (docs/input.md): events by what they made; read = used + tooSmall + tooLarge. */
export interface EventCounts {
  /** Distinct events among the rows kept by the filters. */
  read: number;
  /** Events that made ties (2 ≤ k ≤ --max-event-size distinct people). */
  used: number;
  /** Events of fewer than 2 distinct people. */
  tooSmall: number;
  /** Events of more than --max-event-size distinct people (broadcasts). */
  tooLarge: number;
}

/** How the people file's ids met the interactions' (docs/input.md#people-optional---people-file). */
export interface IdMatch {
  /** Distinct ids in the interactions. */
  interactionIds: number;
  /** Of them, how many the id column holds (ignoring case when `ignoringCase`). */
  matched: number;
  /** Ids matched only once case and surrounding spaces were ignored. */
  ignoringCase: boolean;
  /** Each candidate column and how many interaction ids it matched exactly, in alias order. */
  candidates: { column: string; matched: number }[];
}

export interface InputMeta {
  file: string;
  /** The encoding the file was read in: --encoding, a byte-order mark's, else utf8. */
  encoding: Encoding;
  columns: {
    /** null with --events, whose files have an event and a person column instead. */
    source: string | null;
    target: string | null;
    weight: string | null;
    timestamp: string | null;
    relation: string | null;
    /** --events only. */
    event: string | null;
    person: string | null;
  };
  delimiter: string;
  rowsRead: number;
  rowsUsed: number;
  skippedRows: number;
  selfLoops: number;
  filteredRows: number;
  tiesDropped: number;
  /** Rows per relation value, when a relation column exists. */
  relations: Record<string, number> | null;
  /** --events only. */
  events: EventCounts | null;
  /** --split-targets only: deliveries kept (ties source → name added). */
  deliveries: number | null;
  /** --split-targets only: rows naming more than --max-event-size people, which made no tie. */
  broadcasts: number | null;
  /** --split-targets only: deliveries to the sender, dropped. */
  selfDeliveries: number | null;
  /** The order of the file's D/M/Y-like dates, as the file decided it; null without such dates. Absent from reports of earlier versions. */
  dateOrder?: 'day-first' | 'month-first' | null;
  /** `relative`: numeric times that count from the start of a recording, not dates (docs/input.md#interactions-required---reads-standard-input). Absent from reports of earlier versions. */
  clock?: 'calendar' | 'relative';
  /** Columns no alias or flag claimed, in file order. Absent from reports of earlier versions. */
  unusedColumns?: string[];
}

export interface PeopleMeta {
  file: string;
  encoding: Encoding;
  /** The id column: `--id-col`, else the column whose values match the most interaction ids. */
  idColumn: string;
  /** The display-name column (person `label`); null without one. Absent from reports of earlier versions. */
  labelColumn?: string | null;
  /** The manager column (docs/input.md#the-reporting-line); null without one, or when --hierarchy gives the reporting line. Absent from reports of earlier versions. */
  managerColumn?: string | null;
  /** How the ids met the interactions'; null with no interaction ids. Absent from reports of earlier versions. */
  idMatch?: IdMatch | null;
  groupBy: string | null;
  /** The other people-file columns, in file order (person `attributes`). */
  attributes: string[];
  /**
   * Columns left out of every output: identifying ones with --pseudonymize, and --drop-attributes.
   * Always written; optional because reports of earlier versions lack it.
   */
  droppedAttributes?: string[];
  rows: number;
  /** Ids found in interactions but not in the people file. */
  unknownIds: number;
}

export type BetweennessMethod = { method: 'exact' } | { method: 'sampled'; k: number; seed: number };

/**
 * How key players and DF were computed: `candidates` people evaluated (the C with the highest
 * betweenness, or everyone when fewer), DF exact or estimated from `samples` seeded sources.
 */
export type KeyPlayersMethod =
  | { method: 'exact'; candidates: number }
  | { method: 'sampled'; candidates: number; samples: number; seed: number };

/** One window's organization figures (docs/metrics.md#the-network-over-time), on the graph of that window's rows. */
export interface WindowOrg {
  /** People with a row in the window. */
  people: number;
  ties: number;
  density: number | null;
  reciprocity: number | null;
  dyadReciprocity: number | null;
  eiIndex: number | null;
  modularity: number | null;
  transitivity: number | null;
  distanceFragmentation: number | null;
}

/** One group in one window: every group of the report, with nulls and 0 when none of it took part. */
export interface WindowGroup {
  group: string;
  eiIndex: number | null;
  internalShare: number | null;
  reciprocity: number | null;
  /** Members with a row in the window. */
  activePeople: number;
}

export interface WindowRow {
  /** First day of the window (ISO date; an elapsed `P…D` on a relative clock). */
  start: string;
  /** The day after the window's last: rows at or after `start` and before `end`. */
  end: string;
  /** Share of the window the observed time range covers, in (0, 1]; below 1 for a partial window. */
  coverage: number;
  org: WindowOrg;
  groups: WindowGroup[];
}

/** How the windows were laid out and their distance fragmentation computed. */
export interface WindowsMeta {
  /** `--windows` as given, normalised: `3month`, `week`. */
  span: string;
  step: string;
  /** Exact for windows of at most 500 people, else from sampled sources as the key players' DF. */
  distanceFragmentation: { method: 'exact' } | { method: 'sampled'; samples: number; seed: number };
}

/** A tie of a JSON report made with `--with-ties`: the ties table's row. */
export interface TieRow {
  source: string;
  target: string;
  weight: number;
  count: number;
  first: string | null;
  last: string | null;
}

export interface Meta {
  tool: { name: 'orgnet'; version: string };
  generatedAt: string;
  options: Record<string, unknown>;
  warnings: string[];
  betweenness: BetweennessMethod;
  /** How closeness was computed: exact, or estimated from the first k of the sampled people (k = ⌈betweenness k / 4⌉). */
  closeness: BetweennessMethod;
  /** How key players were chosen: distance fragmentation exact, or sampled (docs/metrics.md#resilience). */
  keyPlayers: KeyPlayersMethod;
  input: InputMeta;
  people: PeopleMeta | null;
  /** `--hierarchy FILE`: the file and its person and manager columns; null without it. Absent from reports of earlier versions. */
  hierarchy?: { file: string; personColumn: string; managerColumn: string; rows: number } | null;
  removed: string[];
  /** With `--windows`: how the windows were made. */
  windows?: WindowsMeta;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  meta: Meta;
  org: OrgSummary;
  people: PersonRow[];
  groups: GroupRow[];
  mixing: MixingCell[];
  /** `--compare-by`: per column, homophily as if it were the grouping attribute ({} without the flag). Absent from reports of earlier versions. */
  attributes: Record<string, AttributeComparison>;
  communities: CommunityRow[];
  activity: ActivitySection;
  /** What a reader should notice first, ranked as every view shows it (docs/metrics.md#findings; core/findings). */
  findings: Finding[];
  /** With `--windows`: the network of each window, in time order. */
  windows?: WindowRow[];
  /** JSON reports made with `--with-ties`: every tie, as the ties table writes it. */
  ties?: TieRow[];
}
