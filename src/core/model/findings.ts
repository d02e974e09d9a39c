/**
 * Findings: what a reader should notice first, as data. Each finding names its kind, its
 * subject (a group, a community, some people or the whole organization) and the figures that
 * support it — never prose: every view (terminal, HTML page, Markdown, workbook) words them in
 * its own language. They are computed once, when the report is built, and are the report's
 * `findings` key (docs/metrics.md#findings), ranked as every view shows them: `check` and `diff` read them
 * there. A finding is made only when its effect is material, and no two contradict each other.
 */

/** How much a finding should worry the reader; the list is ranked by it first. */
export type Severity = 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

export type Subject =
  | { type: 'organization' }
  | { type: 'group'; group: string }
  | { type: 'community'; community: number }
  | { type: 'people'; ids: string[] };

interface FindingOf<K extends string, S extends Subject, F> {
  kind: K;
  severity: Severity;
  subject: S;
  figures: F;
}

/**
 * A group whose ties stay inside it, more than chance would keep them: E-I ≤ −0.5 and a
 * permutation test p-value under 0.05 (docs/metrics.md#group); `eiPValue` null when no test was run
 * (`--permutations 0`, then E-I alone decides).
 */
export type SiloGroupFinding = FindingOf<
  'silo-group',
  { type: 'group'; group: string },
  {
    eiIndex: number;
    eiPValue: number | null;
    /** Relabelings behind the p-value (0: no test). */
    permutations: number;
    internalTies: number;
    externalTies: number;
    /** I / (I + E), as every view shows the group's inside share. */
    internalShare: number;
    size: number;
  }
>;

/**
 * People of the people file with no interaction in the data (status `absent`, needs timestamps):
 * reported apart, never as dormant — it is often the export's scope, not disengagement.
 */
export type AbsentPeopleFinding = FindingOf<
  'absent-people',
  { type: 'people'; ids: string[] },
  {
    count: number;
    /** People in the report (the people file's and those only the interactions name). */
    total: number;
    share: number;
  }
>;

/** A group where most members with some interaction are dormant or fading (needs timestamps). */
export type InactiveGroupFinding = FindingOf<
  'inactive-group',
  { type: 'group'; group: string },
  { size: number; dormant: number; fading: number; share: number }
>;

interface CriticalPerson {
  id: string;
  group: string | null;
  /** People who would drop out of the largest component if this person left (docs/metrics.md#resilience). */
  dependents: number;
}

/** People the network cannot lose: role `critical` (a cut point with ≥ 2 dependents). */
export type CriticalPeopleFinding = FindingOf<
  'critical-people',
  { type: 'people'; ids: string[] },
  { count: number; people: CriticalPerson[]; maxDependents: number; organizationSize: number }
>;

/** People who share or receive without exchange: role `one-way`. */
export type OneWayPeopleFinding = FindingOf<
  'one-way-people',
  { type: 'people'; ids: string[] },
  {
    count: number;
    /** Share of the people with at least one tie. */
    share: number;
    /** Of them, those who mostly give (giveTakeRatio > 0.5) and those who mostly take (< 0.5). */
    senders: number;
    receivers: number;
  }
>;

interface OverloadedPerson {
  id: string;
  group: string | null;
  outStrength: number;
  inStrength: number;
}

/**
 * A few people carry the collaboration (Cross, Rebele & Grant): the top 5 % of the people give a
 * quarter or more of all the weight given, and some of them give more than twice what they
 * receive (role `overloaded`, named, the most giving first).
 */
export type OverloadFinding = FindingOf<
  'overload',
  { type: 'people'; ids: string[] },
  {
    /** Share of all the weight given by the top ⌈0.05·n⌉ people (org `overload.top5Share`). */
    top5Share: number;
    /** ⌈0.05·n⌉: how many people the top 5 % are. */
    topPeople: number;
    gini: number | null;
    organizationSize: number;
    count: number;
    people: OverloadedPerson[];
  }
>;

/** Few ties are returned, in the organization or inside a group. */
export type LowReciprocityFinding = FindingOf<
  'low-reciprocity',
  { type: 'organization' } | { type: 'group'; group: string },
  { reciprocity: number; ties: number }
>;

/** A community (the informal structure) in which no single group holds a majority. */
export type CrossGroupCommunityFinding = FindingOf<
  'cross-group-community',
  { type: 'community'; community: number },
  { size: number; groups: number; dominantGroup: string; dominantShare: number; largest: { group: string; members: number }[] }
>;

/**
 * What losing the key players together would do (docs/metrics.md#findings): a finding of weight only when the
 * average distance 1/(1 − DF) rises by 10 % or more, or someone is cut off; otherwise, and only
 * when nobody else is said to hold the network together, one low line that it does not depend
 * on a few people.
 */
export type KeyPlayerLossFinding = FindingOf<
  'key-player-loss',
  { type: 'people'; ids: string[] },
  {
    distanceFragmentationBefore: number | null;
    distanceFragmentationAfter: number | null;
    /** The harmonic mean distance in hops, 1/(1 − DF); null when nobody reaches anybody (or unmeasured). */
    hopsBefore: number | null;
    hopsAfter: number | null;
    /** hopsAfter / hopsBefore − 1; null when either is null. */
    distanceRise: number | null;
    fragmentationBefore: number | null;
    fragmentationAfter: number | null;
    /** People who would drop out of the largest component besides the key players themselves. */
    cutOff: number;
    organizationSize: number;
  }
>;

/**
 * Managers without a tie to most of their direct reports (docs/metrics.md#the-reporting-line): the formal
 * line and the informal network part. Managers of 2 or more reports are counted.
 */
export type DistantManagersFinding = FindingOf<
  'distant-managers',
  { type: 'people'; ids: string[] },
  {
    /** Managers with no tie to more than half of their direct reports. */
    count: number;
    /** Managers with 2 or more direct reports. */
    managers: number;
    share: number;
    /** Each of them: their direct reports, and how many they have no tie with. */
    people: { id: string; reports: number; untied: number }[];
  }
>;

/** Among the top go-to people (sourcePagerank), those with no direct report: leaders the chart does not show. */
export type InformalLeadersFinding = FindingOf<
  'informal-leaders',
  { type: 'people'; ids: string[] },
  {
    count: number;
    /** How many top go-to people were looked at. */
    top: number;
    /** Each of them and their rank by the go-to score (1 = first). */
    people: { id: string; rank: number }[];
  }
>;

export type Finding =
  | SiloGroupFinding
  | DistantManagersFinding
  | InformalLeadersFinding
  | InactiveGroupFinding
  | AbsentPeopleFinding
  | CriticalPeopleFinding
  | OneWayPeopleFinding
  | OverloadFinding
  | LowReciprocityFinding
  | CrossGroupCommunityFinding
  | KeyPlayerLossFinding;

export type FindingKind = Finding['kind'];

/** Within one severity, findings follow this order of kinds (then each kind's own order). */
export const FINDING_KINDS: readonly FindingKind[] = [
  'critical-people',
  'key-player-loss',
  'overload',
  'silo-group',
  'low-reciprocity',
  'distant-managers',
  'inactive-group',
  'absent-people',
  'one-way-people',
  'informal-leaders',
  'cross-group-community',
];
