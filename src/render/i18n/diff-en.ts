/**
 * The words of `orgnet diff` in the terminal and in Markdown (render/diff/sections.ts builds both
 * views from them): section titles, column heads and the lines between the tables. English only:
 * diff takes no --lang. Numbers arrive written (render/format.ts).
 */
import type { GroupTracked } from '../../core/diff/groups.js';
import type { RankedField } from '../../core/diff/people.js';

export const diffEn = {
  heading: (before: string, after: string) => `orgnet diff: ${before} → ${after}`,
  side: (file: string, periods: string, fromReport: boolean) => `${file} (${periods}${fromReport ? 'JSON report' : 'interactions file'})`,
  periods: (first: string, last: string) => `${first} … ${last}, `,

  /** Column heads shared by several tables. */
  before: 'before',
  after: 'after',
  change: 'change',
  group: 'group',

  organization: 'Organization',
  figure: 'figure',
  orgLabels: {
    totalWeight: 'total weight', dyadReciprocity: 'dyad reciprocity', largestComponentShare: 'largest component share',
    degreeCentralization: 'degree centralization', eiIndex: 'E-I index', groupAlignment: 'group alignment',
    activeShare: 'active share', cutPoints: 'cut points', distanceFragmentation: 'distance fragmentation', eiPValue: 'E-I p-value',
    'overload.gini': 'Gini of giving', 'overload.top1Share': 'top 1% give', 'overload.top5Share': 'top 5% give', 'overload.top20Share': 'top 20% give',
    coreSize: 'core size',
    'hierarchy.people': 'on the reporting line', 'hierarchy.managers': 'managers', 'hierarchy.maxDepth': 'longest chain of managers',
    'hierarchy.tiesOnReportingLine': 'ties on the reporting line',
  } as Readonly<Record<string, string>>,

  people: 'People',
  peopleLine: (before: string, after: string, joined: string, left: string, stayed: string) => `${before} → ${after}: ${joined} joined, ${left} left, ${stayed} on both sides`,
  joined: (list: string) => `joined: ${list}`,
  left: (list: string) => `left: ${list}`,

  activityStatus: 'Activity status',
  status: 'status',
  nowStatus: (status: string, count: string, groups: string, list: string) => `now ${status} (${count}; ${groups}): ${list}`,

  ties: 'Ties',
  noTieChanges: 'tie changes are not available',
  tiesLine: (head: string, gained: string, lost: string, kept: string) => `${head}: ${gained} gained, ${lost} lost, ${kept} kept`,
  heaviest: (kind: 'gained' | 'lost') => `heaviest ${kind}:`,
  tieHead: ['tie', 'source group', 'target group', 'weight', 'rows'],

  rankedLabel: { sourcePagerank: 'go-to score', pagerank: 'PageRank', betweenness: 'betweenness' } satisfies Record<RankedField, string>,
  moved: (direction: 'up' | 'down') => `moved ${direction}:`,
  moverHead: (field: string) => ['person', 'group', 'rank', 'move', field],
  noRankMoved: 'no rank moved',
  rankTitle: (field: string, stayed: string) => `${field} rank (among the ${stayed} people on both sides; 1 = highest)`,

  groups: 'Groups',
  groupLabel: { eiIndex: 'E-I index', reciprocity: 'reciprocity', activityRate: 'activity rate', weight: 'weight of its ties' } satisfies Record<GroupTracked, string>,
  newGroups: (list: string) => `new groups: ${list}`,
  groupsGone: (list: string) => `groups gone: ${list}`,
  changedMost: (figure: string) => `${figure} changed most:`,
  noGroupChanged: 'no group figure changed',

  roles: 'Roles',
  joinedMark: (id: string) => `${id} (joined)`,
  leftMark: (id: string) => `${id} (left)`,
  noRoleChanged: 'no role changed hands',
  noRole: 'no role',
  roleHead: ['role', 'before', 'after', 'gained', 'lost'],
  rolesChanged: 'people on both sides whose roles changed:',
  morePeople: (n: number) => `… and ${n} more (--format csv --table people lists everyone)`,

  communities: 'Communities',
  mostly: (group: string) => `, mostly ${group}`,
  jaccard: (value: string) => `, Jaccard ${value}`,
  communityEvent: { continued: 'continued', split: 'split', merged: 'merged', dissolved: 'dissolved', formed: 'formed' },
  communitiesLine: (before: string, after: string, minSize: number, threshold: number) =>
    `${before} → ${after} communities of ${minSize} or more people, matched by Jaccard overlap ≥ ${threshold}`,
  moreMatches: (n: number) => `… and ${n} more (--format json lists every match)`,

  reportingLine: 'Reporting line',
  noReportingLine: (file: string) => `${file} has no reporting line (a manager column or --hierarchy): nothing to compare`,
  reportingLineLine: (changed: string, count: number, gained: string, lost: string) =>
    `${changed} ${count === 1 ? 'person' : 'people'} changed manager; of those with the same manager on both sides, ${gained} gained a tie with them and ${lost} lost theirs`,
  withManager: (id: string, manager: string) => `${id} (manager ${manager})`,
  managerHead: ['person', 'manager before', 'manager after', 'tied before', 'tied after'],
  noManager: 'none',
  tied: (tie: boolean | null) => (tie === null ? '—' : tie ? 'yes' : 'no'),
  tieWithManager: (which: 'gained' | 'lost', list: string) => `${which} a tie with their manager: ${list}`,
  moreManagers: (n: number) => `… and ${n} more (--format csv --table people lists everyone)`,

  attributes: 'Attributes',
  attributeLine: (column: string, ei: string, p: string) => `${column}: E-I index ${ei}; p-value ${p}`,
  onlyOneSide: (column: string, side: 'before' | 'after') => `${column}: compared ${side} only`,
  binsDiffer: (column: string) => `${column}: the quartile bins differ between the sides, so they are matched by label and show as gone and new`,
  newValues: (list: string) => `new values: ${list}`,
  valuesGone: (list: string) => `values gone: ${list}`,
  attributeHead: (column: string) => [column, 'people', 'E-I before', 'E-I after', 'change'],
  noAttributeChanged: (column: string) => `${column}: no E-I index of a value changed`,

  reachPlayers: 'Whom to brief',
  reachLine: (side: 'before' | 'after', list: string) => `${side}: ${list}`,
  reachMoved: (added: string, dropped: string) => `new to the list: ${added}; off the list: ${dropped}`,

  findings: 'Findings',
  theOrganization: 'the organization',
  community: (id: number) => `community ${id}`,
  peopleSubject: (count: number, list: string) => `${count === 1 ? 'person' : 'people'} ${list}`,
  findingsLine: (appeared: string, gone: string, kept: string) => `${appeared} appeared, ${gone} gone, ${kept} on both sides`,
  severityChanged: 'severity changed',
  findingHead: ['finding', 'kind', 'about', 'before', 'after'],

  failOn: 'Fail-on rules',
  failOnHead: ['outcome', 'rule', 'value', 'message'],
};
