/**
 * The words of `orgnet analyze` in the terminal and in Markdown (render/table.ts and
 * render/markdown.ts, with the lines they share: windows-lines.ts, partial-periods.ts,
 * undirected.ts): section titles, column heads, the organization's rows and the lines between
 * the tables. English only: these views take no --lang (the HTML page and the workbook do, from
 * en.ts and es.ts). Numbers arrive written (render/format.ts); role and status names are the
 * report's own values and are shown as they are.
 */
import type { Role } from '../../core/model/report.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** What each role means, in the order the views list them. */
const roles: [Role, string][] = [
  ['broker', 'bridge groups'],
  ['central-connector', 'most connected'],
  ['critical', 'hold the network together'],
  ['overloaded', 'give most, far more than they receive'],
  ['one-way', 'share or receive without exchange'],
  ['peripheral', 'one contact only'],
  ['isolate', 'no tie at all'],
];

export const reportEn = {
  /** Instead of every reciprocity figure for undirected data (docs/input.md). */
  noReciprocity: 'undirected data: reciprocity does not apply',
  roles,

  /** The organization's rows: label and what it means; where the two views differ, each has its own. */
  org: {
    people: 'people',
    isolated: (n: string) => `${n} isolated`,
    ties: 'ties',
    density: 'density',
    densityMeans: 'share of possible ties present',
    reciprocity: 'reciprocity',
    reciprocityMeans: 'ties returned (two-way exchange)',
    dyadReciprocity: 'dyad reciprocity',
    dyadReciprocityMeans: 'connected pairs that are mutual',
    components: 'components',
    largestHolds: (share: string) => `largest holds ${share}`,
    transitivity: 'transitivity',
    transitivityMeans: 'closed triangles',
    eiIndex: 'E-I index',
    eiIndexMeans: '−1 all inside groups, +1 all across',
    communities: 'communities',
    modularity: (value: string) => `modularity ${value}`,
    groupAlignment: 'group alignment',
    activeShare: 'active share',
    activeShareMeans: 'of the people seen, those not dormant',
    reportingLine: 'reporting line',
    hierarchy: (managers: number, managersText: string, depth: number, depthText: string) =>
      `ties person–manager; ${managersText} ${plural(managers, 'manager', 'managers')}, ${depthText} ${plural(depth, 'level', 'levels')} deep`,
    topGive: 'top 5% give',
    topGiveMeans: (top20: string, gini: string) => `of all the weight; top 20% ${top20}, Gini ${gini}`,
    core: 'core',
    coreMeans: (k: string) => `people in the innermost core, each tied to ${k} or more others in it`,
  },

  /** What the groups tables' columns and marks mean, in one line. */
  siloLegend: (ei: string, p: number) =>
    `inside: the share of a group's ties that stay inside it; p: how often random relabelings of the groups give an E-I as low (permutation test); ` +
    `◆ silo: E-I ≤ ${ei} and p < ${p}`,
  siloMark: '◆ silo',
  /** What the reach players table shows. */
  reachLegend:
    'whom to brief: chosen one at a time to reach the most people in one step (themselves and everyone tied to them); adds: people not reached by those above',
  /** What a --compare-by column's own E-I and p say. */
  attributeLine: (attribute: string, ei: string, p: string) =>
    `${attribute}: E-I ${ei}, p ${p} over the ties whose two ends have a value (low p: people keep to their own value more than chance would)`,
  /** How the go-to score is named where people are sorted by it. */
  goToSort: 'go-to score (sourcePagerank)',
  keyPlayersHow: (exact: boolean, samples: string) => (exact ? 'exact' : `estimated from ${samples} sampled people`),
  noGroup: 'no group',
  windowsCount: (count: number) => `${count} windows`,

  /** The terminal report (render/table.ts). */
  table: {
    notShown: (width: number, hidden: string, wide: number) =>
      `not shown at ${width} columns: ${hidden} (a wider terminal or COLUMNS=${wide} shows them; --format md or csv has every column)`,
    org: {
      interactions: (events: boolean, interactions: string, weight: string) => `${interactions} ${events ? 'events' : 'interactions'}, weight ${weight}`,
      centralization: 'centralization',
      centralizationMeans: 'Freeman degree',
      cutPoints: 'cut points',
      fragmentation: (value: string) => `fragmentation ${value}`,
      groupAlignmentMeans: 'communities vs groups (NMI)',
      heads: ['organization', 'value', ''],
      kind: (events: boolean, undirected: boolean) => (events ? 'co-attendance ties' : undirected ? 'undirected ties' : 'ties'),
      head: (file: string, people: string, ties: string, kind: string) => `${file}: ${people} people, ${ties} ${kind}`,
    },
    attributes: {
      heads: { value: 'value', size: 'size', inside: 'inside', ei: 'E-I', p: 'p', internal: 'internal', external: 'external', density: 'density', reciprocity: 'reciprocity' },
      legend: 'inside, E-I and p as for the groups, by the value of another people-file column; numeric columns in quartiles',
      title: 'Other attributes by E-I index (--compare-by)',
    },
    resilience: {
      distance: (df: string, how: string, words: string) => `distance fragmentation ${df} (${how}): ${words}`,
      keyHeads: ['#', 'key player', 'group', 'DF after', 'fragmentation after', 'without them (and those above), people are on average'],
      keyLegend: (candidates: number) => `key players: whose departure pushes the others furthest apart (of the ${candidates} with the highest betweenness)`,
      reachHeads: ['#', 'reach player', 'group', 'adds', 'reached'],
      title: 'Resilience: who the organization cannot afford to lose',
      cutPoints: (n: number, text: string) => `${text} cut ${plural(n, 'point', 'points')}`,
      noCritical: (points: string) => `critical people: none (${points}; no single departure cuts 2 or more people off)`,
      criticalHeads: ['critical person', 'group', 'dependents', 'groups of the people cut off'],
      moreCritical: (n: number) => `${n} more critical people in --format json`,
      criticalLegend: 'critical people: cut points whose departure cuts 2 or more people off the rest',
    },
    findings: {
      /** Padded to one width, so the sentences line up. */
      marks: { high: 'high  ', medium: 'medium', low: 'low   ' },
      more: (n: number) => `… ${n} more in the HTML report (--format html)`,
      title: 'Findings (the most pressing first)',
    },
    groups: {
      heads: { group: 'group', size: 'size', inside: 'inside', ei: 'E-I', p: 'p', internal: 'internal', external: 'external', density: 'density', reciprocity: 'reciprocity', activity: 'activity', connectors: 'connectors' },
      title: 'Groups by E-I index',
    },
    communities: {
      heads: ['community', 'size', 'dominant group', 'share', 'groups'],
      singles: (n: number, text: string) => `${n === 1 ? '1 community of a single person is' : `${text} communities of a single person are`} not shown`,
      more: (n: string) => `${n} more communities in --format json`,
      title: 'Communities against groups',
    },
    rolesTitle: 'Roles',
    activity: {
      perPeriod: (period: string, first: string, last: string, sparkline: string) => `interactions per ${period}, ${first} … ${last}: ${sparkline}`,
      trend: (trend: string) => `trend (last periods against the ones before): ${trend}`,
      fadingGroups: 'groups mostly dormant or fading',
      absent: 'absent',
      absentMeans: (n: number) => `(${n}, in the people file, no interaction in the data)`,
      title: 'Activity',
    },
    windows: {
      head: (laid: string, first: string, last: string) =>
        `${laid}, ${first} … ${last}; each line: first → last window, then the series drawn from its lowest to its highest value, and those two values`,
      groupLabel: (group: string) => `E-I ${group}`,
      moreGroups: (n: number) => `${n} more groups in --format md, html or --table windows`,
      title: 'Over time',
    },
    people: {
      /** Column heads by key; a --sort field's own column is headed by its field name. */
      heads: {
        person: 'person', group: 'group', goTo: 'go-to', pagerank: 'pagerank', betweenness: 'betweenness', closeness: 'closeness',
        in: 'in', out: 'out', reciprocity: 'reciprocity', degree: 'degree', constraint: 'constraint', roles: 'roles',
      },
      title: (n: number, sort: string) => `Top ${n} people by ${sort}`,
    },
  },

  /** The Markdown report (render/markdown.ts); names arrive escaped. */
  markdown: {
    andMore: (shown: string, more: string) => `${shown}, … and ${more} more`,
    title: (file: string) => `Organizational network: ${file}`,
    counts: (people: string, ties: string, interactions: string, generated: string, version: string) =>
      `${people} people · ${ties} ties · ${interactions} interactions · generated ${generated} by orgnet ${version}`,
    org: {
      title: 'Organization',
      interactions: (interactions: string, weight: string) => `${interactions} interactions, total weight ${weight}`,
      centralization: 'degree centralization',
      centralizationMeans: 'Freeman, 1 = a star',
      groupAlignmentMeans: 'communities against groups (NMI)',
      heads: ['measure', 'value', 'what it means'],
    },
    findingsTitle: 'Findings',
    groups: {
      title: 'Groups',
      siloMark: '**(silo)**',
      heads: ['group', 'size', 'inside', 'E-I', 'p', 'internal ties', 'external ties', 'density', 'reciprocity', 'activity rate', 'connectors'],
      legend: (siloLegend: string) => `Sorted by E-I index, most inward first. ${siloLegend}.`,
    },
    reciprocityNote: (noReciprocity: string) => `Reciprocity: ${noReciprocity}.`,
    attributes: {
      title: 'Other attributes',
      intro: 'The group figures by the value of other people-file columns (`--compare-by`; numeric columns in quartiles), most inward first.',
      heads: ['value', 'size', 'inside', 'E-I', 'p', 'internal ties', 'external ties', 'density', 'reciprocity'],
    },
    communities: {
      title: 'Communities',
      intro: 'Louvain communities of the informal network, against the formal groups.',
      heads: ['community', 'size', 'dominant group', 'share', 'members by group'],
      singles: (n: number, text: string) => `${n === 1 ? '1 single-person community is' : `${text} single-person communities are`} not listed.`,
    },
    roles: { title: 'Roles', heads: ['role', 'meaning', 'people', 'who'] },
    activity: {
      title: 'Activity',
      intro: (period: string, first: string, last: string, trend: string) =>
        `Interactions per ${period}, ${first} to ${last}; trend (last periods against the ones before): ${trend}.`,
      absent: ' `absent`: in the people file, no interaction in the data.',
      statusHeads: ['status', 'people', 'who'],
      heads: ['period', 'start', 'covered', 'interactions', 'active people', 'new ties', 'reciprocity'],
    },
    windows: {
      title: 'Over time',
      figureHeads: ['figure', 'first → last', 'over time', 'lowest to highest'],
      groupHeads: ['group', 'first → last', 'over time', 'lowest to highest'],
      groupsIntro: 'E-I index of each group:',
      heads: ['start', 'until (excl.)', 'covered', 'people', 'ties', 'density', 'reciprocity', 'E-I', 'modularity', 'transitivity', 'distance fragmentation'],
      intro: (laid: string) => `${laid}: each figure computed on the network of that window's rows alone, its people those active in it (docs/metrics.md, the network over time).`,
    },
    people: {
      heads: ['#', 'person', 'group', 'go-to score', 'pagerank', 'betweenness', 'closeness', 'in', 'out', 'reciprocity', 'constraint'],
      roles: 'roles',
      title: (n: number, sort: string) => `Top ${n} people by ${sort}`,
    },
    keyPlayers: {
      title: 'Key players',
      heads: ['#', 'person', 'group', 'distance fragmentation after', 'fragmentation after', 'without them (and those above), people are on average'],
      intro: (candidates: string) =>
        `Whose departure, one after another, pushes the others furthest apart (chosen among the ${candidates} people with the highest betweenness); each figure is the network's after that person and those above have left.`,
    },
    reachPlayers: { title: 'Reach players', heads: ['#', 'person', 'group', 'adds', 'reached'] },
    critical: {
      title: 'Critical people',
      intro: 'Cut points whose departure would cut 2 or more people off the rest, and the groups of the people they would cut off.',
      heads: ['person', 'group', 'dependents', 'groups of the people cut off'],
    },
    cutPoints: {
      title: 'Cut points',
      intro: 'People whose departure would split the network; dependents: people who would lose their link to the largest component.',
      heads: ['person', 'group', 'dependents', 'critical'],
      yes: 'yes',
      no: 'no',
      more: (n: string) => `… and ${n} more cut points (\`--format csv --table people\`, column \`cutPoint\`).`,
    },
    resilience: {
      title: 'Resilience',
      cutPoints: 'cut points',
      cutPointsMeans: 'people whose departure splits the network',
      fragmentation: 'fragmentation',
      fragmentationMeans: '0 = one component, 1 = all isolated',
      distanceFragmentation: 'distance fragmentation',
      distanceMeans: (words: string, how: string) => `${words} (0 = everyone adjacent, 1 = all isolated; ${how})`,
    },
    about: {
      title: 'About this report',
      delimiters: { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as Readonly<Record<string, string>>,
      columnRoles: { source: 'source', target: 'target', event: 'event', person: 'person', weight: 'weight', timestamp: 'timestamp', relation: 'relation' },
      interactionsFile: 'interactions file',
      file: (file: string, delimiter: string, columns: string) => `${file} (${delimiter}-separated; columns ${columns})`,
      rows: 'rows',
      rowCounts: (read: string, used: string, skipped: string, selfLoops: string, filtered: string, dropped: string) =>
        `${read} read, ${used} used, ${skipped} skipped, ${selfLoops} self-loops, ${filtered} filtered; ${dropped} ties below --min-tie-weight`,
      events: 'events',
      eventCounts: (read: string, used: string, tooSmall: string, tooLarge: string) =>
        `${read} read, ${used} made ties, ${tooSmall} of one person, ${tooLarge} over --max-event-size`,
      deliveries: 'deliveries',
      deliveryCounts: (kept: string, broadcasts: string, self: string) => `${kept} kept, ${broadcasts} broadcast rows, ${self} to the sender`,
      peopleFile: 'people file',
      people: (file: string, rows: string, idColumn: string, groupBy: string, unknown: string) =>
        `${file}: ${rows} people, id column ${idColumn}, groups from ${groupBy}; ${unknown} ids only in the interactions`,
      betweenness: 'betweenness',
      betweennessHow: (exact: boolean, k: string, seed: string) => (exact ? 'exact' : `sampled from ${k} people, seed ${seed}`),
      removed: 'removed (what if they left)',
      warnings: 'Warnings:',
      heads: ['item', 'detail'],
    },
  },

  /** Lines of the network over time (render/windows-lines.ts), in both views. */
  windows: {
    figures: {
      activePeople: 'active people', ties: 'ties', density: 'density', reciprocity: 'reciprocity', mutualPairs: 'mutual pairs',
      eiIndex: 'E-I index', modularity: 'modularity', transitivity: 'transitivity', distanceFragmentation: 'distance fragmentation',
    },
    laidOut: (count: number, span: { count: number; unit: string }, step: { count: number; unit: string }, same: boolean) => {
      const every = same ? '' : `, one every ${step.count === 1 ? step.unit : `${step.count} ${step.unit}s`}`;
      return `${count} window${count === 1 ? '' : 's'} of ${span.count === 1 ? `a ${span.unit}` : `${span.count} ${span.unit}s`}${every}`;
    },
    lowToHigh: (low: string, high: string) => `${low} to ${high}`,
    partial: (n: number, shown: string) =>
      `partial window${n === 1 ? '' : 's'}, covered in part by the data: ${shown}; ${n === 1 ? 'its figures rest' : 'their figures rest'} on fewer days`,
  },

  /** Periods an export cut short (render/partial-periods.ts), in both views. */
  partialPeriods: {
    period: (period: string, percent: string) => `${period} (${percent} of it in the data)`,
    and: ' and ',
    verb: (n: number) => (n === 1 ? 'is partial' : 'are partial'),
    noneComplete: (list: string, verb: string) =>
      `${list} ${verb}, and no period is complete: nobody is judged dormant, fading or growing (a shorter --period gives complete periods to compare)`,
    some: (list: string, verb: string) => `${list} ${verb}: shown, but trends and statuses use the complete periods only`,
  },
};
