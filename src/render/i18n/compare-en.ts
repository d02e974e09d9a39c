/**
 * The words of the HTML report's comparison (`analyze --compare BEFORE`): the "Changes since …"
 * section, the map's change layer and the hover card's "since before" lines, in English.
 * compare-es.ts has the same shape (`CompareStrings`), so a missing translation is a compile error.
 * The organization figures' names are the workbook's (render/i18n, `workbook.figures`), in both languages.
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const compareEn = {
  heading: (file: string) => `Changes since ${file}`,
  intro: (before: string, after: string) => `What changed from ${before} to ${after}: each figure before, now, and the change.`,
  interactionsFile: 'interactions file',
  jsonReport: 'JSON report',
  warnings: 'The two snapshots were not computed alike, so some changes mix both effects:',

  figure: 'figure',
  before: 'before',
  now: 'now',
  change: 'change',
  /** A change of a share, in percentage points. */
  points: (value: string) => `${value} pts`,

  organization: 'The organization',
  people: 'People',
  peopleLine: (before: string, after: string, joined: string, left: string) => `${before} → ${after} people: ${joined} joined, ${left} left.`,
  joined: 'Joined',
  left: 'Left',

  activity: 'Activity',
  status: 'status',
  statusNow: {
    dormant: (n: string, groups: string) => `Now dormant: ${n} (${groups})`,
    fading: (n: string, groups: string) => `Now fading: ${n} (${groups})`,
    growing: (n: string, groups: string) => `Now growing: ${n} (${groups})`,
  },

  ties: 'Ties',
  tiesLine: (before: string, after: string, gained: string, lost: string, kept: string) =>
    `${before} → ${after} ties: ${gained} gained, ${lost} lost, ${kept} kept.`,
  tiesCounts: (before: string, after: string) => `${before} → ${after} ties.`,
  noTies: (files: string, many: boolean) =>
    `Tie changes need the ties of both snapshots: ${files} ${many ? 'are JSON reports made without --with-ties, which hold' : 'is a JSON report made without --with-ties, which holds'} no tie list. Give the interactions file, or a report written with --with-ties, to see the ties gained and lost, here and on the map.`,
  heaviestGained: 'Heaviest ties gained',
  heaviestLost: 'Heaviest ties lost',
  tie: 'tie',
  fromGroup: 'from group',
  toGroup: 'to group',
  weight: 'weight',
  rows: 'interactions',

  ranks: 'Who moved',
  ranksIntro: (n: string) => `Rank among the ${n} people in both snapshots (1 = highest); the largest moves up and down.`,
  movedUp: (measure: string) => `Up in ${measure}`,
  movedDown: (measure: string) => `Down in ${measure}`,
  person: 'person',
  group: 'group',
  rank: 'rank',
  move: 'move',

  groups: 'Groups that changed most',
  newGroups: (names: string) => `New groups: ${names}.`,
  goneGroups: (names: string) => `Groups gone: ${names}.`,
  tracked: {
    activityRate: 'Activity rate',
    weight: 'Weight of the group\'s ties',
    eiIndex: 'E-I index',
    reciprocity: 'Reciprocity',
  },
  trackedNote: {
    activityRate: 'the members\' average share of periods with any interaction',
    weight: 'every tie between the group and any group, itself included: a team that fades keeps its ties for a while, but their weight falls at once',
    eiIndex: '−1 every tie inside the group, +1 every tie across',
    reciprocity: 'the share of the group\'s own ties that are returned',
  },

  roles: 'Roles',
  role: 'role',
  gained: 'gained',
  lost: 'lost',
  joinedMark: (id: string) => `${id} (joined)`,
  leftMark: (id: string) => `${id} (left)`,
  roleChanges: 'People in both snapshots whose roles changed',
  noRole: 'no role',

  communities: 'Communities',
  communitiesLine: (before: string, after: string, continued: string, minSize: string, threshold: string) =>
    `${before} → ${after} communities of ${minSize} or more people, followed by their members (Jaccard overlap ≥ ${threshold}); ${continued} continued.`,
  community: (id: number, size: string, group: string | null) => `community ${id} (${size} people${group === null ? '' : `, mostly ${group}`})`,
  split: (from: string, into: string) => `${from} split into ${into}.`,
  merged: (from: string, into: string) => `${from} merged into ${into}.`,
  dissolved: (c: string) => `${c} dissolved.`,
  formed: (c: string) => `${c} formed.`,
  nowCommunity: 'now',
  thenCommunity: 'before',

  keyPlayers: 'Key players',
  keyPlayersNew: (names: string) => `New key players: ${names}.`,
  keyPlayersGone: (names: string) => `No longer key players: ${names}.`,
  keyPlayersSame: (names: string) => `The same key players: ${names}.`,
  reachPlayers: 'Whom to brief',
  reachPlayersNew: (names: string) => `Now among the reach players: ${names}.`,
  reachPlayersGone: (names: string) => `No longer among the reach players: ${names}.`,
  reachPlayersSame: (names: string) => `The same reach players: ${names}.`,

  attributes: 'Groups by other attributes',
  attributeLine: (ei: string, p: string) => `E-I index ${ei}; p ${p} (a low p: people keep to their own value more than chance would).`,
  attributeOneSide: (column: string, now: boolean) => `${column} is compared ${now ? 'in this report only' : 'in the earlier snapshot only'}: nothing to set it against.`,
  binsDiffer: 'Its quartile bins differ between the snapshots (each bins its own values), so they are matched by label: the earlier bins are listed as gone and the new ones as new.',
  newValues: (names: string) => `New values: ${names}.`,
  goneValues: (names: string) => `Values gone: ${names}.`,
  value: 'value',
  size: 'people',
  eiBefore: 'E-I before',
  eiNow: 'E-I now',

  reportingLine: 'The reporting line',
  reportingLineLine: (changed: number, gained: number, lost: number, int: (n: number) => string) =>
    `${int(changed)} ${plural(changed, 'person', 'people')} changed manager; of those with the same manager in both snapshots, ${int(gained)} gained a tie with them and ${int(lost)} lost theirs.`,
  onReportingLine: (before: string, now: string) => `Ties on the reporting line: ${before} before, ${now} now.`,
  managerBefore: 'manager before',
  managerNow: 'manager now',
  noManager: 'none',
  tieGained: 'Gained a tie with their manager',
  tieLost: 'Lost the tie with their manager',
  withManager: (id: string, manager: string) => `${id} (manager ${manager})`,

  more: (n: string) => `and ${n} more`,

  map: {
    legend: 'Changes',
    show: 'Show the changes',
    gained: (n: string) => `tie gained (${n})`,
    lost: (n: string) => `tie lost (${n})`,
    ghost: (n: string) => `person who left (${n})`,
    note: (file: string) =>
      `Green lines join people who had no tie either way in ${file} and have one now; magenta lines are ties ${file} had and this report has none of, either way. People who left are drawn as pale ghosts near their former contacts, so that their lost ties have an end.`,
    directionOnly: (gained: number, lost: number, int: (n: number) => string) => {
      const parts = [gained > 0 ? `${int(gained)} ${plural(gained, 'tie', 'ties')} gained` : '', lost > 0 ? `${int(lost)} ${plural(lost, 'tie', 'ties')} lost` : ''].filter(Boolean);
      return `${parts.join(' and ')} only changed direction within a pair tied in both snapshots (a tie now returned, or no longer returned): listed among the ties, not drawn.`;
    },
    cut: (shown: string, total: string, gained: boolean) => `The map shows the heaviest ${shown} of the ${total} ${gained ? 'ties gained' : 'ties lost'}.`,
    ghostsCut: (shown: string, total: string) => `The map shows ${shown} of the ${total} people who left (the most connected).`,
    noTies: 'No tie changes on the map: a JSON report made without --with-ties holds no tie list (see the changes above).',
  },

  card: {
    heading: 'since before',
    joined: 'joined since the earlier snapshot',
    left: 'left the network',
    rank: (measure: string, before: string, after: string) => `${measure} rank ${before} → ${after}`,
    rolesBefore: 'roles before',
    statusBefore: 'activity before',
    before: 'before',
  },

  kpi: (before: string, change: string) => `before ${before} · ${change}`,
};

export type CompareStrings = typeof compareEn;
