/**
 * The DiffResult: what changed between two snapshots of the network (docs/options.md `diff`), the
 * one object every diff format renders. Every figure is `{before, after, change}` with
 * change = after − before, and `null` where either side has no value (never NaN).
 * Field names here are the JSON output's; `src/core/report/diff-schema.json` describes them.
 */
import type { FindingKind, Severity, Subject } from './findings.js';
import type { ActivityStatus, BetweennessMethod, Role } from './report.js';

export const DIFF_SCHEMA_VERSION = 1 as const;

/** One figure on both sides. */
export interface Change {
  before: number | null;
  after: number | null;
  /** after − before; null when either side is null. */
  change: number | null;
}

/** Where a side's figures came from: an interactions file analysed now, or a JSON report. */
export type SideSource = 'interactions' | 'report';

export interface SideMeta {
  /** The file as the user named it (`<stdin>` for standard input). */
  file: string;
  source: SideSource;
  /** The orgnet version that computed the side's figures, and when. */
  version: string;
  generatedAt: string;
  /** First and last activity period of the side (null without timestamps). */
  periods: { first: string; last: string } | null;
  /** The analysis options the side was computed with (its report's `meta.options`). */
  options: Record<string, unknown>;
  betweenness: BetweennessMethod;
  closeness: BetweennessMethod;
  /** Whether the side carries its ties (an interactions file does; a JSON report does not). */
  hasTies: boolean;
}

/** A person field on both sides, and the person's rank in it among the people on both sides. */
export interface RankChange extends Change {
  /** Competition rank (1 = highest), see rank.ts; null unless the person is on both sides. */
  rankBefore: number | null;
  rankAfter: number | null;
  /** rankBefore − rankAfter: positive = moved up. */
  move: number | null;
}

export type Presence = 'stayed' | 'joined' | 'left';

export interface PersonChange {
  id: string;
  presence: Presence;
  /** The person's group on each side (null: no group, or not on that side — see presence). */
  group: { before: string | null; after: string | null };
  /** The go-to score (PageRank of the reversed graph), ranked first, as the top-people lists are. */
  sourcePagerank: RankChange;
  pagerank: RankChange;
  betweenness: RankChange;
  /** Roles on each side; gained/lost include every role of a person who joined/left. */
  roles: { before: Role[]; after: Role[]; gained: Role[]; lost: Role[] };
  status: { before: ActivityStatus | null; after: ActivityStatus | null };
  interactions: Change;
  community: { before: number | null; after: number | null };
  /** The k-core the person belongs to (docs/metrics.md#person). */
  coreNumber: Change;
  /** The direct manager's id on each side; null without one, without a reporting line, or off that side. */
  manager: { before: string | null; after: string | null };
  directReports: Change;
  /** Whether the person and their manager are tied, either way, on each side; null without a manager. */
  managerTie: { before: boolean | null; after: boolean | null };
}

export type GroupPresence = 'kept' | 'new' | 'gone';

export interface GroupChange {
  group: string;
  presence: GroupPresence;
  size: Change;
  internalTies: Change;
  externalTies: Change;
  eiIndex: Change;
  density: Change;
  reciprocity: Change;
  activityRate: Change;
  /** Weight of the ties between this group and any group, itself included (from `mixing`). */
  weight: Change;
}

/** One value (or quartile bin) of a `--compare-by` column, matched by its label. */
export interface AttributeGroupChange extends Pick<GroupChange, 'group' | 'presence' | 'size' | 'internalTies' | 'externalTies' | 'eiIndex' | 'density' | 'reciprocity'> {
  internalShare: Change;
}

/** A `--compare-by` column of either side: its E-I and p-value, and its values. */
export interface AttributeChange {
  /** kept: compared on both sides; new: after only; gone: before only (the other side's figures are null). */
  presence: GroupPresence;
  eiIndex: Change;
  eiPValue: Change;
  /**
   * The column is binned into quartiles and the bins' bounds differ between the sides: values are
   * matched by label, so a moved bound shows as a bin gone and a bin new.
   */
  binsDiffer: boolean;
  groups: AttributeGroupChange[];
}

/** A community of one side, as the matching sees it. */
export interface CommunityRef {
  id: number;
  size: number;
  dominantGroup: string | null;
}

/** A pair of communities whose Jaccard overlap reaches the threshold. */
export interface CommunityOverlap {
  before: number;
  after: number;
  shared: number;
  jaccard: number;
}

export type CommunityEventKind = 'continued' | 'split' | 'merged' | 'dissolved' | 'formed';

/** `before` and `after` hold community ids of each side (one id, several, or none). */
export interface CommunityEvent {
  kind: CommunityEventKind;
  before: number[];
  after: number[];
}

export interface CommunitySection {
  before: CommunityRef[];
  after: CommunityRef[];
  overlaps: CommunityOverlap[];
  events: CommunityEvent[];
}

export type TieChangeKind = 'gained' | 'lost';

/** A tie present on one side only; weight and count are those of the side that has it. */
export interface TieChange {
  change: TieChangeKind;
  source: string;
  target: string;
  sourceGroup: string | null;
  targetGroup: string | null;
  weight: number;
  count: number;
}

type FindingPresence = 'kept' | 'appeared' | 'gone';

/** A finding of either side, matched by kind and subject (findings.ts). */
export interface FindingChange {
  kind: FindingKind;
  presence: FindingPresence;
  /** As the side that has it names it (the after side's, when both have it). */
  subject: Subject;
  /** On each side; null on the side without the finding. */
  severity: { before: Severity | null; after: Severity | null };
}

export interface DiffSummary {
  people: { before: number; after: number; joined: number; left: number; stayed: number };
  /** gained, lost and kept are null when a side carries no ties (a JSON report). */
  ties: { before: number; after: number; gained: number | null; lost: number | null; kept: number | null };
  /** People holding each role, on each side. */
  roles: Record<Role, Change>;
  /** People in each activity status on each side (null on a side without timestamps). */
  status: Record<ActivityStatus, Change>;
  keyPlayers: { before: string[]; after: string[] };
  /** Reach players' ids on each side; empty for a report of an earlier version, which has none. */
  reachPlayers: { before: string[]; after: string[] };
  /** Null unless both sides have a reporting line (a manager column or --hierarchy). */
  reportingLine: ReportingLineChange | null;
}

/** Among the people on both sides (docs/ci.md "Comparing snapshots"). */
export interface ReportingLineChange {
  /** People whose manager differs between the sides (one side without a manager counts). */
  managerChanged: number;
  /** People with the same manager on both sides, not tied to them before and tied after. */
  tieWithManagerGained: number;
  /** People with the same manager on both sides, tied to them before and not after. */
  tieWithManagerLost: number;
}

/** The outcome of one `--fail-on` rule. */
export type FailOnStatus = 'holds' | 'clear' | 'unknown' | 'skipped';

export interface FailOnRuleResult {
  rule: string;
  /** holds and unknown (a null value, without --allow-missing) trip the gate. */
  status: FailOnStatus;
  tripped: boolean;
  value: number | null;
  before: number | null;
  after: number | null;
  op: string;
  threshold: number;
  percent: boolean;
  message: string;
}

export interface FailOnResult {
  tripped: boolean;
  rules: FailOnRuleResult[];
}

interface DiffMeta {
  tool: { name: 'orgnet'; version: string };
  generatedAt: string;
  before: SideMeta;
  after: SideMeta;
  warnings: string[];
  /** How ranks and community matches are defined (README "Comparing snapshots"). */
  rank: { method: 'competition'; tolerance: number };
  communities: { minSize: number; threshold: number };
  /** Why tie changes are missing, when they are. */
  ties: { available: boolean; reason: string | null };
}

export interface DiffResult {
  schemaVersion: typeof DIFF_SCHEMA_VERSION;
  kind: 'diff';
  meta: DiffMeta;
  summary: DiffSummary;
  /** Every numeric organization field (docs/metrics.md#organization), in the order docs/metrics.md lists them. */
  org: Record<string, Change>;
  /** Every person of either side, by id. */
  people: PersonChange[];
  /** Every group of either side, by name. */
  groups: GroupChange[];
  /** Every `--compare-by` column of either side, after's order then before's ({} without the flag). */
  attributes: Record<string, AttributeChange>;
  communities: CommunitySection;
  /** The after side's findings (kept or appeared), in its order, then those gone. */
  findings: FindingChange[];
  /** Ties gained, then ties lost, each heaviest first; null when a side carries no ties. */
  ties: TieChange[] | null;
  /** The `--fail-on` rules, when any were given. */
  failOn: FailOnResult | null;
}
