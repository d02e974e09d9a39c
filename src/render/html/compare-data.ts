/**
 * What the HTML report embeds when it is written with `--compare BEFORE`: a slice of the
 * DiffResult (src/core/diff) for the "Changes since …" section, the per-person columns the
 * hover card reads, and the map's change layer (ties gained and lost between pairs of people,
 * and the people who left drawn as ghosts). Types only, shared by the renderer that writes it
 * (compare-build.ts) and the browser code that reads it (src/viewer).
 *
 * Every list is cut to a length a page can show and carries the full count beside it, so a
 * reorganization of 10,000 people makes a page of the same few megabytes as the report itself.
 */
import type { Change, CommunityEventKind, DiffSummary, GroupPresence, GroupTracked, RankedField, SideSource, TieChange } from '../../core/diff/index.js';
import type { Role } from '../../core/model/report.js';

/** One side as the page names it. */
export interface CompareSide {
  file: string;
  source: SideSource;
  /** First and last activity period (null without timestamps). */
  periods: { first: string; last: string } | null;
  /** Whether the side carries its tie list (an interactions file does; a JSON report does not). */
  hasTies: boolean;
}

/** Some names, and how many there are in all. */
export interface Some<T> {
  items: T[];
  total: number;
}

export interface PersonRef {
  id: string;
  group: string | null;
  roles: Role[];
}

export interface Mover {
  id: string;
  group: string | null;
  rankBefore: number;
  rankAfter: number;
  move: number;
  before: number | null;
  after: number | null;
}

export interface GroupMove extends Change {
  group: string;
}

export interface RoleMove {
  role: Role;
  before: number;
  after: number;
  /** Who gained the role (people who joined included) and who lost it (people who left included). */
  gained: Some<{ id: string; joined: boolean }>;
  lost: Some<{ id: string; left: boolean }>;
}

/** A `--compare-by` column: its E-I on each side, and the values whose E-I changed most. */
export interface AttributeMove {
  column: string;
  /** kept: compared on both sides; new or gone: on one side only. */
  presence: GroupPresence;
  eiIndex: Change;
  eiPValue: Change;
  /** Quartile bins whose bounds moved: matched by label, so they are listed as new and gone. */
  binsDiffer: boolean;
  fresh: string[];
  gone: string[];
  changed: (GroupMove & { size: Change })[];
}

/** The reporting line across the snapshots; null unless both have one. */
export interface ReportingLineMove {
  changedManager: Some<{ id: string; before: string | null; after: string | null }>;
  /** Under the same manager on both sides: the tie with them appeared, or went. */
  tieGained: Some<{ id: string; manager: string }>;
  tieLost: Some<{ id: string; manager: string }>;
}

/** A community of one side: its number there, its size and its largest group. */
export interface CommunityName {
  id: number;
  size: number;
  dominantGroup: string | null;
}

export interface CommunityMove {
  kind: Exclude<CommunityEventKind, 'continued'>;
  before: CommunityName[];
  after: CommunityName[];
}

/**
 * Pairs of people drawn on the map, by node index: a person of this report is their index in
 * the page's people columns; a ghost (someone who left) is people.count + their ghost index.
 */
export interface ChangePairs {
  a: number[];
  b: number[];
  /** Weight of the pair's ties on the side that has them, both directions added. */
  weight: number[];
  /** Pairs of this kind in all; more than drawn when the layer was cut to the heaviest. */
  total: number;
}

export interface Ghosts {
  id: string[];
  /** Their group before they left. */
  group: (string | null)[];
  /** Near their former contacts who are still here (see change-ties.ts). */
  x: number[];
  y: number[];
  pagerank: (number | null)[];
  betweenness: (number | null)[];
  /** Role bits as in the people columns (page-data.ts ROLE_ORDER), before they left. */
  roles: number[];
  /** People who left in all; more than drawn when the ghosts were cut to the most connected. */
  total: number;
}

export interface ChangeLayer {
  /** Pairs of people with no tie either way before and a tie now. */
  gained: ChangePairs;
  /** Pairs of people with a tie before and none either way now (an end may be a ghost). */
  lost: ChangePairs;
  ghosts: Ghosts;
  /** Directed ties gained or lost within a pair that is tied on both sides (a tie returned, or no longer returned): counted, not drawn. */
  directionOnly: { gained: number; lost: number };
}

/** Per person of this report (the page's people order): what the hover card says changed. */
export interface PersonColumnsBefore {
  joined: boolean[];
  /** Role bits before (0 for someone who joined). */
  roles: number[];
  /** Status code before (page-data.ts STATUS_ORDER), null without timestamps or for someone who joined. */
  status: (number | null)[];
  /** Rank before and now among the people on both sides (null for someone who joined). */
  rank: Record<RankedField, { before: (number | null)[]; after: (number | null)[] }>;
}

export interface CompareData {
  before: CompareSide;
  after: CompareSide;
  /** The diff's warnings (options that differ between the sides, another orgnet version). */
  warnings: string[];
  summary: DiffSummary;
  /** Every organization figure, before, now and the change (the diff's `org`). */
  org: Record<string, Change>;
  joined: Some<PersonRef>;
  left: Some<PersonRef>;
  /** People on both sides who are newly dormant, fading or growing. */
  statusNow: Record<'dormant' | 'fading' | 'growing', Some<{ id: string; group: string | null }> & { byGroup: { group: string | null; people: number }[] }>;
  /** The largest rank moves up and down. */
  movers: Record<RankedField, { up: Mover[]; down: Mover[] }>;
  groups: {
    fresh: string[];
    gone: string[];
    /** The groups whose figure changed most, largest change first. */
    changed: Record<GroupTracked, GroupMove[]>;
  };
  roles: RoleMove[];
  /** People on both sides whose roles changed. */
  roleChanges: Some<{ id: string; group: string | null; before: Role[]; after: Role[] }>;
  communities: { before: number; after: number; continued: number; minSize: number; threshold: number; moves: Some<CommunityMove> };
  /** Every `--compare-by` column of either side, in the diff's order. */
  attributes: AttributeMove[];
  reportingLine: ReportingLineMove | null;
  /** The heaviest ties gained and lost (directed); null when a side holds no tie list. */
  ties: { gained: TieChange[]; lost: TieChange[] } | null;
  /** The map's change layer; null when a side holds no tie list. */
  map: ChangeLayer | null;
  people: PersonColumnsBefore;
}
