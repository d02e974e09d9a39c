/**
 * The costly parts of a report, so that an output computes only what it shows (a `check` on
 * density alone runs no breadth-first search; `--table ties` computes no metric at all). A
 * report built without some part holds `null` (or nothing) where that part's figures would be;
 * it is handed only to the output that asked for it, never rendered whole.
 *
 *   summary      the figures every person row and the organization line show: PageRank, degree
 *                centrality, reciprocity, give/take; density, components, transitivity,
 *                centralization (one pass or a few over the ties; without it there are no
 *                person rows and the organization holds its counts only)
 *   paths        betweenness and closeness (and what reads them: roles, group connectors,
 *                key-player candidates)
 *   communities  Louvain, modularity, group alignment (and the broker role without groups)
 *   activity     activity over time (the timeline is not even fed while reading)
 *   keyPlayers   the greedy key-player search
 *   structure    the remaining person figures: constraint, effective size, brokerage,
 *                external share, cut points and dependents, core numbers, reach players, roles
 *   groups       the group rows, the mixing matrix, the organization's E-I index (a pass
 *                over the ties; the ties table shows none of them) and the E-I permutation
 *                test (a pass over the ties per relabeling)
 *   windows      the network of each `--windows` window (a graph and its figures per window)
 */
export type Part = 'summary' | 'paths' | 'communities' | 'activity' | 'keyPlayers' | 'structure' | 'groups' | 'windows';

export type Parts = ReadonlySet<Part>;

export const ALL_PARTS: Parts = new Set<Part>(['summary', 'paths', 'communities', 'activity', 'keyPlayers', 'structure', 'groups', 'windows']);
export const NO_PARTS: Parts = new Set<Part>();

/** Roles read betweenness, communities and cut points. */
export const ROLE_PARTS: readonly Part[] = ['paths', 'communities', 'structure'];

const ORG_PARTS: Readonly<Record<string, readonly Part[]>> = {
  communities: ['communities'],
  modularity: ['communities'],
  groupAlignment: ['communities'],
  activeShare: ['activity'],
  eiIndex: ['groups'],
  eiPValue: ['groups'],
  cutPoints: ['structure'],
  fragmentation: ['structure'],
  coreSize: ['structure'],
  reachPlayers: ['structure'],
  distanceFragmentation: ['paths', 'keyPlayers'],
  keyPlayers: ['paths', 'keyPlayers'],
};

const PERSON_PARTS: Readonly<Record<string, readonly Part[]>> = {
  betweenness: ['paths'],
  closeness: ['paths'],
  constraint: ['structure'],
  effectiveSize: ['structure'],
  externalShare: ['structure'],
  cutPoint: ['structure'],
  dependents: ['structure'],
  coreNumber: ['structure'],
  community: ['communities'],
  roles: ROLE_PARTS,
};

const GROUP_PARTS: Readonly<Record<string, readonly Part[]>> = {
  connectors: ['paths'],
  activityRate: ['activity'],
};

/** The parts a field needs: `org.modularity`, `people.betweenness`, `people.activity.trend`, `groups.activityRate`. */
export function partsOf(scope: 'org' | 'people' | 'groups', field: string): readonly Part[] {
  const head = field.split('.')[0]!;
  if (scope === 'groups') return ['groups', ...(GROUP_PARTS[head] ?? [])];
  // Organization figures and person rows exist only with the summary part.
  if (scope === 'org') return ['summary', ...(ORG_PARTS[head] ?? [])];
  if (head === 'activity') return field === 'activity.interactions' ? ['summary'] : ['summary', 'activity'];
  if (head === 'brokerage') return ['summary', 'structure'];
  return ['summary', ...(PERSON_PARTS[head] ?? [])];
}

export function union(...lists: (readonly Part[])[]): Parts {
  return new Set(lists.flat());
}
