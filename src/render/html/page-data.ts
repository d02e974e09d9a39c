/**
 * The data the HTML report embeds for its viewer (src/viewer): a slice of the Report, the
 * findings, and the positioned graph. Types only, shared by the renderer that writes it and the
 * browser code that reads it. People are stored column by column (one array per field, indexed
 * by person), which keeps a 50,000-person page a few megabytes instead of repeating every key.
 */
import type { Finding } from '../../core/model/findings.js';
import type { KeyPlayerStep } from '../../core/analysis/findings/key-players.js';
import type { ActivitySection, ActivityStatus, AttributeComparison, CommunityRow, GroupRow, Meta, MixingCell, OrgSummary, Role, WindowRow } from '../../core/model/report.js';
import type { Lang } from '../i18n/numbers.js';
import type { CompareData } from './compare-data.js';

/** The element that holds the data in the page. */
export const DATA_ELEMENT_ID = 'orgnet-data';

/** Role bits: person `roles` is the sum of 2^index of each role held. */
export const ROLE_ORDER: readonly Role[] = ['broker', 'central-connector', 'critical', 'overloaded', 'one-way', 'peripheral', 'isolate'];
/** Status codes: person `status` is an index into this list, or null without timestamps. */
export const STATUS_ORDER: readonly ActivityStatus[] = ['dormant', 'fading', 'growing', 'steady', 'absent'];

export interface PeopleColumns {
  count: number;
  id: string[];
  /** Display names (person `label`), null where a person has none: the viewer names people by render/person-name.ts. */
  label: (string | null)[];
  /** Index into `groupNames`, or null for a person without a group. */
  group: (number | null)[];
  /** Group names, largest group first (ties by name): the map's colours follow this order. */
  groupNames: string[];
  community: (number | null)[];
  /** Positions from ForceAtlas2 then noverlap, computed when the page was written. */
  x: number[];
  y: number[];
  pagerank: (number | null)[];
  sourcePagerank: (number | null)[];
  betweenness: (number | null)[];
  closeness: (number | null)[];
  degreeCentrality: (number | null)[];
  reciprocity: (number | null)[];
  inDegree: number[];
  outDegree: number[];
  dependents: number[];
  /** k-core number (the map highlights the people at the largest). */
  coreNumber: number[];
  interactions: number[];
  status: (number | null)[];
  roles: number[];
  /** People-file attributes, one column per attribute name (null where a person has none). */
  attributes: { names: string[]; values: (string | null)[][] };
}

export interface DrawnTies {
  /** Person indexes of each drawn tie of the undirected view (one line per pair of people). */
  source: number[];
  target: number[];
  /** Total weight of the pair, both directions. */
  weight: number[];
  /** Pairs of people with a tie in the whole network; more than drawn when the map was thinned. */
  total: number;
}

/**
 * Each person's line to their manager, column by column like the people: indexes, never ids, so
 * a pseudonymized page names nobody twice and 10,000 people cost two short numbers each.
 */
export interface ReportingLine {
  /** The person's manager as an index into the people arrays; -1 without one (person `manager` null). */
  manager: number[];
  /** 1 where the person and their manager are tied either way (person `managerTie`), else 0. */
  tie: number[];
}

export interface PageData {
  lang: Lang;
  /** `--title`, the page's heading; null for the default one. */
  title: string | null;
  /** False for undirected data (`--undirected`, `--events`): reciprocity does not apply. */
  directed: boolean;
  meta: Meta;
  org: OrgSummary;
  findings: Finding[];
  groups: GroupRow[];
  /** `--compare-by`: each column's groups and E-I, a section each ({} without the flag). */
  attributes: Record<string, AttributeComparison>;
  /** Mixing among the largest groups only (the heatmap's rows and columns, in this order). */
  mixing: {
    groups: string[];
    /** Each shown group's ties, in or out, to anyone: I + E, the denominators of the heatmap's row shares. */
    rowTies: number[];
    totalGroups: number;
    cells: MixingCell[];
  };
  /** Communities of two people or more, the largest first, up to a limit; the rest counted. */
  communities: { rows: CommunityRow[]; total: number; singles: number };
  activity: ActivitySection;
  /** With --windows: the network of each window; null without. */
  windows: WindowRow[] | null;
  resilience: {
    fragmentation: number | null;
    distanceFragmentation: number | null;
    /** The harmonic mean distance 1/(1 − DF) today (null: nobody reaches anybody, or unmeasured). */
    hops: number | null;
    keyPlayers: (KeyPlayerStep & { hops: number | null })[];
    /** Critical people (the most dependents first) with the groups of the people they would cut off. */
    critical: { id: string; cutOffGroups: { group: string | null; people: number }[] }[];
  };
  /** Who carries the collaboration: org `overload`'s curve and the overloaded people. */
  load: {
    /** Lorenz curve of outStrength: cumulative shares of the people (least giving first) and of the weight they give; null when nobody gives. */
    lorenz: { people: number[]; given: number[] } | null;
    /** Role `overloaded`, the most giving first. */
    overloaded: { id: string; outStrength: number; inStrength: number }[];
  };
  people: PeopleColumns;
  ties: DrawnTies;
  /** The reporting line (a manager column or `--hierarchy`) for the map's layer; null without one. */
  reportingLine: ReportingLine | null;
  /** What changed since the `--compare BEFORE` snapshot; null without `--compare`. */
  compare: CompareData | null;
}
