/**
 * Every word of the HTML report, and the findings' sentences every view uses, in English.
 * es.ts must have the same shape (the type `Strings` is this object's), so a missing
 * translation is a compile error, not a blank on the page.
 */
import type {
  CriticalPeopleFinding,
  CrossGroupCommunityFinding,
  AbsentPeopleFinding,
  DistantManagersFinding,
  InformalLeadersFinding,
  InactiveGroupFinding,
  KeyPlayerLossFinding,
  LowReciprocityFinding,
  OneWayPeopleFinding,
  OverloadFinding,
  SiloGroupFinding,
} from '../../core/model/findings.js';
import { meanDistance, type KeyPlayerLine } from '../../core/analysis/resilience-view.js';
import type { ActivityStatus, Role } from '../../core/model/report.js';
import { compareEn } from './compare-en.js';
import type { Fmt } from './numbers.js';

export interface FindingText {
  title: string;
  detail: string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en = {
  title: 'Organizational network report',
  generated: (file: string, date: string, version: string) => `${file} · generated ${date} · orgnet ${version}`,
  noscript: 'This report needs JavaScript to show its sections and the network map; every figure is also in orgnet\'s JSON output.',
  contents: 'Contents',
  undirected: 'undirected data: reciprocity does not apply',

  severity: { high: 'high', medium: 'medium', low: 'low' } satisfies Record<'high' | 'medium' | 'low', string>,

  findings: {
    heading: 'Findings',
    intro: 'What stands out, the most pressing first. Each line gives the figures behind it.',
    none: 'Nothing stands out: no silo, no critical person, no group going quiet, and ties are mostly returned.',
    more: (n: number) => `${n} more ${plural(n, 'finding', 'findings')}`,
    show: 'Show on the map',
    'critical-people': (f: CriticalPeopleFinding, x: Fmt): FindingText => ({
      title:
        f.figures.count === 1
          ? '1 person holds part of the network together'
          : `${x.int(f.figures.count)} people hold parts of the network together`,
      detail: `If they left, others would be cut off; how many for each: ${x.list(f.figures.people.map((p) => `${p.id} (${x.int(p.dependents)})`))}.`,
    }),
    'key-player-loss': (f: KeyPlayerLossFinding, x: Fmt): FindingText => {
      const { hopsBefore, hopsAfter, distanceRise, cutOff } = f.figures;
      const k = f.subject.ids.length;
      const players = plural(k, 'key player', `${x.int(k)} key players`);
      const distance =
        hopsAfter === null
          ? 'nobody could reach anybody any more'
          : `people would be on average ${x.hops(hopsAfter)} hops apart instead of ${x.hops(hopsBefore)}${distanceRise === null ? '' : ` (${x.change(distanceRise)})`}`;
      if (f.severity === 'low') {
        return {
          title: 'The network does not depend on a few people',
          detail: `Without its ${players} (${x.list(f.subject.ids)}), ${distance}, and nobody would be cut off.`,
        };
      }
      const cut = cutOff > 0 ? `, and ${plural(cutOff, '1 person', `${x.int(cutOff)} people`)} would be cut off from the rest` : '';
      return {
        title: `Losing the ${players} would ${cutOff > 0 ? 'cut people off' : 'push people apart'}`,
        detail: `Without ${x.list(f.subject.ids)}, ${distance}${cut}.`,
      };
    },
    overload: (f: OverloadFinding, x: Fmt): FindingText => {
      const { top5Share, topPeople, gini, organizationSize, count, people } = f.figures;
      return {
        title: `A few people carry the collaboration: the top 5% give ${x.share(top5Share)} of it`,
        detail:
          `The ${plural(topPeople, 'person', `${x.int(topPeople)} people`)} who give most, of ${x.int(organizationSize)}, account for ${x.share(top5Share)} of the weight of all ties (Gini ${x.index(gini)}). ` +
          `${plural(count, 'One of them gives', `${x.int(count)} of them give`)} more than twice what they receive, the kind of ${plural(count, 'person', 'people')} requests pile up on: ` +
          `${x.list(people.map((p) => `${p.id} (gives ${x.num(p.outStrength)}, receives ${x.num(p.inStrength)})`))}.`,
      };
    },
    'silo-group': (f: SiloGroupFinding, x: Fmt): FindingText => {
      const { internalTies, externalTies, internalShare, eiIndex, eiPValue, permutations, size } = f.figures;
      const chance =
        eiPValue === null
          ? 'not tested against chance (--permutations 0)'
          : `more than chance would keep inside a group of ${x.int(size)}: p ${x.p(eiPValue)} over ${x.int(permutations)} random relabelings`;
      return {
        title: `Group ${f.subject.group} is a silo`,
        detail: `${x.int(internalTies)} of its ${x.int(internalTies + externalTies)} ties ${plural(internalTies, 'stays', 'stay')} inside the group (${x.share(internalShare)}; E-I ${x.index(eiIndex)}), ${chance}.`,
      };
    },
    'low-reciprocity': (f: LowReciprocityFinding, x: Fmt): FindingText => {
      const returned = Math.round(f.figures.reciprocity * f.figures.ties);
      return f.subject.type === 'organization'
        ? {
            title: `Knowledge flows one way: only ${x.share(f.figures.reciprocity)} of ties are returned`,
            detail: `${x.int(returned)} of ${x.int(f.figures.ties)} ties have a tie back. Two-way exchange is what collaboration looks like; a one-way tie is information passed on.`,
          }
        : {
            title: `Little exchange in group ${f.subject.group}: ${x.share(f.figures.reciprocity)} of its ties are returned`,
            detail: `${x.int(returned)} of the ${x.int(f.figures.ties)} ties between its members have a tie back.`,
          };
    },
    'inactive-group': (f: InactiveGroupFinding, x: Fmt): FindingText => ({
      title: `Group ${f.subject.group} is mostly dormant or fading`,
      detail: `${x.int(f.figures.dormant)} dormant and ${x.int(f.figures.fading)} fading of ${x.int(f.figures.size)} people (${x.share(f.figures.share)}).`,
    }),
    'absent-people': (f: AbsentPeopleFinding, x: Fmt): FindingText => ({
      title:
        f.figures.count === 1
          ? '1 person in the people file never appears in the data'
          : `${x.int(f.figures.count)} people in the people file never appear in the data`,
      detail: `Listed, but with no interaction in what was analysed (${x.share(f.figures.share)} of the people): ${x.list(f.subject.ids)}. Often the export's scope — another tool, leave, someone new — rather than disengagement; they count in no activity figure.`,
    }),
    'one-way-people': (f: OneWayPeopleFinding, x: Fmt): FindingText => ({
      title:
        f.figures.count === 1 ? '1 person shares one way only' : `${x.int(f.figures.count)} people share one way only`,
      detail: `${x.share(f.figures.share)} of the people with a tie; ${x.int(f.figures.senders)} mostly send, ${x.int(f.figures.receivers)} mostly receive: ${x.list(f.subject.ids)}.`,
    }),
    'distant-managers': (f: DistantManagersFinding, x: Fmt): FindingText => ({
      title: `${x.int(f.figures.count)} of the ${x.int(f.figures.managers)} managers of two or more people ${plural(f.figures.count, 'has', 'have')} no tie with most of their direct reports`,
      detail: `No tie either way with so many of their reports: ${x.list(f.figures.people.map((p) => `${p.id} (${x.int(p.untied)} of ${x.int(p.reports)})`))}. There the reporting line and day-to-day collaboration part.`,
    }),
    'informal-leaders': (f: InformalLeadersFinding, x: Fmt): FindingText => ({
      title: `${x.int(f.figures.count)} of the top ${x.int(f.figures.top)} go-to people ${plural(f.figures.count, 'manages', 'manage')} nobody`,
      detail: `Others turn to ${x.list(f.figures.people.map((p) => `${p.id} (no. ${x.int(p.rank)})`))} by the go-to score, though ${plural(f.figures.count, 'they have no direct report', 'none of them has a direct report')}: informal leaders the org chart does not show.`,
    }),
    'cross-group-community': (f: CrossGroupCommunityFinding, x: Fmt): FindingText => ({
      title: `Community ${f.subject.community} cuts across ${x.int(f.figures.groups)} groups`,
      detail: `${x.int(f.figures.size)} people, no group holding half of them; the largest: ${f.figures.largest.map((g) => `${g.group} (${x.int(g.members)})`).join(', ')}. Collaboration the org chart does not draw.`,
    }),
  },

  kpis: {
    heading: 'Headline figures',
    people: 'People',
    peopleNote: (isolates: string) => `everyone in the data; ${isolates} without any tie`,
    ties: 'Ties',
    tiesNote: (interactions: string) => `who reaches out to whom, from ${interactions} interactions`,
    tiesNoteUndirected: (interactions: string) => `pairs of people in contact, from ${interactions} interactions`,
    density: 'Density',
    densityNote: 'share of all possible ties that exist',
    reciprocity: 'Reciprocity',
    reciprocityNote: 'share of ties that are returned: two-way exchange',
    modularity: 'Modularity',
    modularityNote: (communities: string) => `how clearly the network splits into its ${communities} communities (above 0.3: clearly)`,
    activeShare: 'Active share',
    activeShareNote: 'of the people seen in the data, those not dormant in the last complete periods',
  },

  map: {
    heading: 'Network map',
    hint: 'Scroll to zoom, drag to move. Hover a person for their figures; click a legend entry to highlight a group; search to find someone and their contacts.',
    colorBy: 'Colour by',
    sizeBy: 'Size by',
    color: { group: 'group', community: 'community' },
    size: { sourcePagerank: 'go-to score', pagerank: 'PageRank', betweenness: 'betweenness', degree: 'degree' },
    search: 'Find a person…',
    searchLabel: 'Find a person',
    noMatch: 'nobody by that name',
    clear: 'Clear',
    legendGroups: 'Groups',
    legendCommunities: 'Communities',
    otherGroups: (n: number) => `${n} smaller ${plural(n, 'group', 'groups')} (grey)`,
    otherCommunities: (n: number) => `${n} smaller ${plural(n, 'community', 'communities')} (grey)`,
    noGroup: 'no group',
    noValue: 'no value',
    otherValues: (n: number) => `${n} rarer ${plural(n, 'value', 'values')} (grey)`,
    community: (id: number) => `community ${id}`,
    markCritical: 'critical person',
    core: (size: string, k: string) => `Highlight the core (${size} people, each tied to ${k} or more others in it)`,
    markKeyPlayer: 'key player',
    thinned: (shown: string, total: string) =>
      `Showing the ${shown} strongest of ${total} ties (each person's strongest tie included), so that the map stays fluid; every person is drawn.`,
    noWebgl: 'This browser cannot draw the map (WebGL is off or unavailable); every other section works.',
    neighbours: (n: number) => `${n} ${plural(n, 'contact', 'contacts')} highlighted`,
    reportingLine: {
      toggle: 'Show the reporting line',
      legend: 'Reporting line',
      tied: 'person and manager tied',
      untied: 'no tie between them',
      note: 'Each line joins a person to their manager: solid when the two have a tie, either way; dashed when they have none.',
    },
  },

  person: {
    group: 'group',
    community: 'community',
    sourcePagerank: 'go-to score',
    pagerank: 'PageRank',
    betweenness: 'betweenness',
    closeness: 'closeness',
    degree: 'ties in / out',
    reciprocity: 'reciprocity',
    dependents: 'dependents',
    coreNumber: 'core number',
    manager: 'manager',
    directReports: 'direct reports',
    status: 'activity',
    interactions: 'interactions',
    roles: 'roles',
    none: 'none',
  },

  groups: {
    heading: 'Groups',
    intro: 'Inside: the share of a group\'s ties that stay inside it. E-I index: −1 when every tie stays inside, +1 when every tie crosses to another group; the line marks −0.5. p: how often random relabelings of the groups (sizes kept) give an E-I as low; a silo is a group with an E-I of −0.5 or less and p under 0.05. Reciprocity: the share of the group\'s own ties that are returned.',
    group: 'group',
    size: 'people',
    inside: 'inside',
    ei: 'E-I index',
    p: 'p',
    reciprocity: 'reciprocity',
    density: 'density',
    activity: 'activity',
    connectors: 'connectors',
    silo: 'silo',
  },

  attributes: {
    heading: (name: string) => `Groups by ${name}`,
    intro: 'The group figures by the value of another column of the people file (--compare-by); numeric columns in quartiles. Inside, E-I and p read as in the groups table.',
    value: 'value',
    summary: (ei: string, p: string) => `Over the ties between two people who both have a value: E-I ${ei}, p ${p} (a low p: people keep to their own value more than chance would).`,
  },

  mixing: {
    heading: 'Who talks to whom',
    intro: 'Each row is a group and shares out all its ties, in or out. The diagonal is the share that stays inside (the groups table\'s "inside"); each other cell the share with the column\'s group, either direction. Ties with people without a group are in no cell.',
    largest: (shown: string, total: string) => `The ${shown} largest of ${total} groups.`,
    cell: (from: string, to: string, ties: string, share: string) =>
      from === to ? `${from}: ${ties} ties inside, ${share} of its ties` : `${from} ↔ ${to}: ${ties} ties, ${share} of ${from}'s ties`,
  },

  activity: {
    heading: 'Activity over time',
    intro: (period: string) => `Interactions and active people per ${period}.`,
    interactions: 'interactions',
    activePeople: 'active people',
    trend: (trend: string) => `Trend, the last periods against the ones before: ${trend}.`,
    partial: (periods: string, many: boolean, noneComplete: boolean) =>
      noneComplete
        ? `${periods} ${many ? 'are' : 'is'} only partly in the data, and no period is complete: nobody is judged dormant, fading or growing (a shorter --period gives complete periods to compare).`
        : `${periods} ${many ? 'are' : 'is'} only partly in the data: shown, but trends and statuses are judged on the complete periods only.`,
    covered: (period: string, share: string) => `${period} (${share} of it)`,
    period: { day: 'day', week: 'week', month: 'month', quarter: 'quarter' },
    status: { dormant: 'dormant', fading: 'fading', growing: 'growing', steady: 'steady', absent: 'absent' } satisfies Record<ActivityStatus, string>,
    /** The people of a status, as a heading over them (a plural in Spanish). */
    statusHeading: { dormant: 'Dormant', fading: 'Fading', growing: 'Growing', absent: 'Absent' },
    statusNote: {
      absent: 'in the people file, no interaction in the data (often the export\'s scope, not disengagement)',
      dormant: 'nothing in the last periods',
      fading: 'activity halved or worse',
      growing: 'activity up by half or more',
    },
  },

  windows: {
    heading: 'The network over time',
    intro: (count: string) =>
      `${count} windows, each figure computed on the network of that window's interactions alone — its people those active in it, so a quiet month does not read as a sparse one. Choose the organization or a group.`,
    subject: 'Show',
    organization: 'the organization',
    partial: (count: string, many: boolean) =>
      `Hollow dots: ${many ? `${count} windows the data cover only in part; their figures rest` : 'a window the data cover only in part; its figures rest'} on fewer days.`,
    figures: {
      people: 'active people',
      density: 'density',
      reciprocity: 'reciprocity',
      eiIndex: 'E-I index (−1 inward, +1 outward)',
      modularity: 'modularity',
      transitivity: 'transitivity',
      distanceFragmentation: 'distance fragmentation',
      internalShare: 'share of ties inside the group',
      activePeople: 'active members',
    },
  },

  top: {
    heading: 'Top people',
    intro: 'The ten highest by each measure. A tie points the way knowledge flows: from the person who shares to the person who receives.',
    sourcePagerank: 'Go-to people',
    sourcePagerankNote: 'go-to score (PageRank on the ties reversed): knowledge flows from them to many, including to people others turn to',
    pagerank: 'PageRank',
    pagerankNote: 'knowledge flows to them: they receive from people who themselves receive a lot',
    /** One line for every view that lists people by these two measures. */
    measures:
      'go-to score: PageRank on the ties reversed, high for the people knowledge flows from, whom others turn to; PageRank: high for the people it flows to. A tie points from the person who shares to the person who receives.',
    betweenness: 'Betweenness',
    betweennessNote: 'lies on the shortest paths between others: brokers',
    closeness: 'Closeness',
    closenessNote: 'reaches everyone in few steps',
    degree: 'Degree',
    degreeNote: 'the most direct contacts',
    person: 'person',
    value: 'value',
  },

  roles: {
    heading: 'Roles',
    intro: 'A person may hold several roles.',
    name: {
      broker: 'Brokers',
      'central-connector': 'Central connectors',
      critical: 'Critical people',
      overloaded: 'Overloaded people',
      'one-way': 'One-way people',
      peripheral: 'Peripheral people',
      isolate: 'Isolates',
    } satisfies Record<Role, string>,
    short: {
      broker: 'broker',
      'central-connector': 'central connector',
      critical: 'critical',
      overloaded: 'overloaded',
      'one-way': 'one-way',
      peripheral: 'peripheral',
      isolate: 'isolate',
    } satisfies Record<Role, string>,
    note: {
      broker: 'bridge groups: high betweenness, and knowledge passes through them from one group to another',
      'central-connector': 'the most contacts (top 10 %)',
      critical: 'their departure would cut others off',
      overloaded: 'among the 5 % who give most, and give more than twice what they receive',
      'one-way': 'share or receive, but do not exchange',
      peripheral: 'a single contact',
      isolate: 'no tie at all',
    } satisfies Record<Role, string>,
  },

  resilience: {
    heading: 'Resilience',
    intro: 'Who the organization cannot afford to lose.',
    cutPoints: (n: string) => `Cut points: ${n}, people whose departure would split the network.`,
    noCutPoints: 'No cut point: no single departure splits the network.',
    critical: 'Critical people and how many would be cut off without them',
    dependents: 'dependents',
    cutOff: 'groups of the people cut off',
    noGroup: 'no group',
    distance: (hops: string, df: string) => `Today people are on average ${hops} hops apart (the harmonic mean of the distances between them; distance fragmentation ${df}).`,
    nobodyReaches: 'Nobody can reach anybody.',
    without: 'without them (and those above), people are on average',
    apart: (hops: string) => `${hops} hops apart`,
    nobody: 'nobody reaches anybody',
    keyPlayers: 'Key players: the people whose joint departure fragments the network most, chosen one at a time.',
    curve: 'Fragmentation as the key players leave, one after another',
    removed: 'key players removed',
    fragmentation: 'fragmentation',
    distanceFragmentation: 'distance fragmentation',
    start: 'today',
    reachPlayers: 'Whom to brief: the people who together reach the most others in one step, chosen one at a time.',
    adds: 'adds',
    reached: 'people reached',
  },

  load: {
    heading: 'Who carries the collaboration',
    intro: 'How evenly people give: a tie runs from the one whose knowledge flows, so what a person gives is the weight of the ties from them.',
    shares: (top1: string, top5: string, top20: string) => `The top 1% of the people give ${top1} of all the weight, the top 5% ${top5}, the top 20% ${top20}.`,
    gini: (gini: string) => `Gini coefficient of what people give: ${gini} (0 everyone alike, near 1 one person gives everything).`,
    overloaded: 'Overloaded: among the 5% who give most, and giving more than twice what they receive',
    gives: 'gives',
    receives: 'receives',
    curve: 'Lorenz curve: the share of all giving (up) by the share of people who give least (across)',
    people: 'people, from those who give least',
    given: 'given',
    equality: 'everyone alike',
  },

  communities: {
    heading: 'Communities',
    intro: (alignment: string) => `The informal structure found by Louvain. Alignment with the groups (normalized mutual information): ${alignment}; 1 means communities and groups coincide.`,
    introNoGroups: 'The informal structure found by Louvain.',
    community: 'community',
    size: 'people',
    dominant: 'largest group',
    share: 'share',
    groups: 'groups',
    singles: (n: string) => `${n} single-person communities not shown.`,
    more: (n: string) => `${n} more communities in the JSON output.`,
  },

  meta: {
    heading: 'About this report',
    input: 'Interactions file',
    columns: 'columns',
    delimiter: 'delimiter',
    rows: (read: string, used: string) => `${read} rows read, ${used} used`,
    skipped: 'skipped',
    selfLoops: 'self-loops',
    filtered: 'filtered',
    tiesDropped: 'ties dropped',
    people: 'People file',
    groupBy: 'grouping column',
    peopleRows: (n: string) => `${n} people listed`,
    betweenness: 'Betweenness',
    exact: 'exact',
    sampled: (k: string, seed: string) => `estimated from ${k} sampled people (seed ${seed})`,
    options: 'Options',
    warnings: 'Warnings',
    noWarnings: 'none',
    removed: 'Removed before the analysis',
    generatedBy: (version: string, date: string) => `Generated by orgnet ${version} on ${date}.`,
  },

  more: (n: string) => `and ${n} more`,

  compare: compareEn,
  /** The workbook's words (render/xlsx/): sheet names, the Summary, figures and column headers. */
  workbook: {
    sheets: {
      summary: 'Summary',
      people: 'People',
      groups: 'Groups',
      mixing: 'Mixing',
      communities: 'Communities',
      activity: 'Activity',
      ties: 'Ties',
      windows: 'Windows',
      attributes: 'Attributes',
    },
    summary: {
      organization: 'Organization',
      figure: 'Figure',
      field: 'Field',
      value: 'Value',
      meaning: 'What it means',
      findings: 'Findings',
      personMeasures: 'Reading the People sheet',
      keyPlayers: 'Key players (chosen one after another)',
      reachPlayers: 'Whom to brief: reach players (chosen one after another)',
      about: 'About this report',
    },
    mixing: {
      tiesCorner: 'Ties: from \\ to',
      weightCorner: 'Weight: from \\ to',
    },
    /** Each figure's name and a one-line explanation. */
    figures: {
      people: { label: 'People', meaning: 'everyone in the network, people without any tie included' },
      ties: { label: 'Ties', meaning: 'ordered pairs of people with at least one interaction from the first to the second' },
      interactions: { label: 'Interactions', meaning: 'input rows that formed a tie' },
      totalWeight: { label: 'Total weight', meaning: 'sum of the weights of all ties' },
      density: { label: 'Density', meaning: 'share of all possible ties that exist' },
      reciprocity: { label: 'Reciprocity', meaning: 'share of ties that are returned: two-way exchange, not one-way sharing' },
      dyadReciprocity: { label: 'Dyad reciprocity', meaning: 'share of connected pairs that exchange both ways' },
      components: { label: 'Components', meaning: 'separate parts of the network (a person without ties is one)' },
      largestComponentShare: { label: 'Largest component', meaning: 'share of people in the largest connected part' },
      isolates: { label: 'Isolates', meaning: 'people with no tie at all' },
      transitivity: { label: 'Transitivity', meaning: 'share of connected triples that close into a triangle' },
      degreeCentralization: { label: 'Degree centralization', meaning: 'how much the ties hang on one person: 0 even, 1 a star' },
      eiIndex: { label: 'E-I index', meaning: 'ties across groups against ties inside them: −1 all inside, +1 all across' },
      eiPValue: { label: 'E-I p-value', meaning: 'share of random relabelings of the groups (sizes kept) with an E-I this low or lower: under 0.05, more inward than chance' },
      'overload.gini': { label: 'Gini of giving', meaning: 'how unevenly people give (their outStrength): 0 everyone alike, near 1 one person gives everything' },
      'overload.top1Share': { label: 'Top 1% give', meaning: 'share of all the weight given by the 1% of people who give most' },
      'overload.top5Share': { label: 'Top 5% give', meaning: 'share of all the weight given by the 5% of people who give most (a quarter or more: a few people carry the collaboration)' },
      'overload.top20Share': { label: 'Top 20% give', meaning: 'share of all the weight given by the 20% of people who give most' },
      coreSize: { label: 'Core size', meaning: 'people in the innermost k-core: each tied to at least k others in it, for the largest such k' },
      communities: { label: 'Communities', meaning: 'informal clusters found in the ties (Louvain)' },
      modularity: { label: 'Modularity', meaning: 'how clearly the network splits into those communities' },
      groupAlignment: { label: 'Group alignment', meaning: 'how far the communities follow the formal groups: 0 not at all, 1 exactly' },
      activeShare: { label: 'Active share', meaning: 'share of people who are not dormant' },
      cutPoints: { label: 'Cut points', meaning: 'people whose departure would split the network' },
      fragmentation: { label: 'Fragmentation', meaning: 'share of pairs of people who cannot reach each other: 0 connected, 1 all apart' },
      distanceFragmentation: { label: 'Distance fragmentation', meaning: 'how far apart people are: 0 everyone adjacent, 1 all apart' },
    },
    hierarchyFigures: {
      people: { label: 'On the reporting line', meaning: 'people with a manager or a direct report' },
      managers: { label: 'Managers', meaning: 'people with at least one direct report' },
      maxDepth: { label: 'Longest chain', meaning: 'the most managers above anyone' },
      tiesOnReportingLine: { label: 'Ties on the reporting line', meaning: 'share of the ties that join a person and their direct manager' },
    },
    activityFigures: {
      period: { label: 'Activity period', meaning: 'the unit of the activity over time' },
      periods: { label: 'Periods', meaning: 'periods from the first to the last timestamp' },
      trend: { label: 'Activity trend', meaning: 'interactions in the last periods against the ones before' },
    },
    reachPlayerFields: {
      id: 'Person',
      reach: 'People reached, cumulative',
    },
    keyPlayerFields: {
      id: 'Person',
      fragmentation: 'Fragmentation after removal',
      distanceFragmentation: 'Distance fragmentation after removal',
    },
    /** Column headers, by table and column key. */
    fields: {
      people: {
        id: 'Person',
        label: 'Name',
        group: 'Group',
        inDegree: 'In-degree',
        outDegree: 'Out-degree',
        inStrength: 'In-strength',
        outStrength: 'Out-strength',
        degreeCentrality: 'Degree centrality',
        betweenness: 'Betweenness',
        closeness: 'Closeness',
        pagerank: 'PageRank',
        sourcePagerank: 'Go-to score',
        coreNumber: 'Core number',
        reciprocity: 'Reciprocity',
        giveTakeRatio: 'Give/take ratio',
        constraint: 'Constraint',
        effectiveSize: 'Effective size',
        externalShare: 'External share',
        'brokerage.coordinator': 'Brokerage: coordinator',
        'brokerage.itinerant': 'Brokerage: itinerant',
        'brokerage.gatekeeper': 'Brokerage: gatekeeper',
        'brokerage.representative': 'Brokerage: representative',
        'brokerage.liaison': 'Brokerage: liaison',
        cutPoint: 'Cut point',
        dependents: 'Dependents',
        community: 'Community',
        roles: 'Roles',
        manager: 'Manager',
        directReports: 'Direct reports',
        managerTie: 'Tie with manager',
        'activity.interactions': 'Interactions',
        'activity.activePeriods': 'Active periods',
        'activity.activityRate': 'Activity rate',
        'activity.firstSeen': 'First seen',
        'activity.lastSeen': 'Last seen',
        'activity.trend': 'Trend',
        'activity.status': 'Status',
      },
      groups: {
        group: 'Group',
        size: 'Size',
        internalTies: 'Internal ties',
        externalTies: 'External ties',
        eiIndex: 'E-I index',
        eiPValue: 'E-I p-value',
        internalShare: 'Ties inside',
        density: 'Density',
        reciprocity: 'Reciprocity',
        activityRate: 'Activity rate',
        connectors: 'Connectors',
      },
      attributes: {
        attribute: 'Attribute',
        group: 'Value',
        size: 'Size',
        internalTies: 'Internal ties',
        externalTies: 'External ties',
        eiIndex: 'E-I index',
        eiPValue: 'E-I p-value',
        internalShare: 'Ties inside',
        density: 'Density',
        reciprocity: 'Reciprocity',
      },
      communities: {
        id: 'Community',
        size: 'Size',
        dominantGroup: 'Dominant group',
        dominantShare: 'Dominant share',
        groups: 'Members per group',
      },
      activity: {
        period: 'Period',
        start: 'Start',
        coverage: 'Coverage',
        interactions: 'Interactions',
        activePeople: 'Active people',
        newTies: 'New ties',
        reciprocity: 'Reciprocity',
      },
      ties: {
        source: 'Source',
        target: 'Target',
        weight: 'Weight',
        count: 'Interactions',
        first: 'First',
        last: 'Last',
      },
      mixing: {
        from: 'From group',
        to: 'To group',
        ties: 'Ties',
        weight: 'Weight',
      },
      windows: {
        start: 'Start',
        end: 'End (next day)',
        coverage: 'Coverage',
        group: 'Group',
        people: 'Active people',
        ties: 'Ties',
        density: 'Density',
        reciprocity: 'Reciprocity',
        dyadReciprocity: 'Mutual pairs',
        eiIndex: 'E-I index',
        internalShare: 'Ties inside',
        modularity: 'Modularity',
        transitivity: 'Transitivity',
        distanceFragmentation: 'Distance fragmentation',
      },
    },
  },
};

export type Strings = typeof en;

const hops = (d: number) => `${d.toFixed(2)} hops`;

/**
 * The terminal's and Markdown's resilience sentences (those views are written in English):
 * "people are on average 2.23 hops apart" (or that nobody reaches anybody).
 */
export function distanceWords(df: number | null): string {
  if (df === null) return 'too few people to measure distances';
  const d = meanDistance(df);
  return d === null ? 'nobody can reach anybody' : `people are on average ${hops(d)} apart`;
}

/** What a key player's removal (after those above) does, against the step before. */
export function keyPlayerEffect(line: KeyPlayerLine): string {
  const was = meanDistance(line.distanceFragmentationBefore);
  const now = meanDistance(line.distanceFragmentation);
  let text: string;
  if (line.distanceFragmentation === null) text = 'not measured (no sampled source left)';
  else if (now === null && line.distanceFragmentationBefore !== null && was === null) text = 'no change: nobody could reach anybody already';
  else if (now === null) text = 'nobody can reach anybody any more';
  else text = `${hops(now)} apart${was === null ? '' : ` instead of ${was.toFixed(2)}`}`;
  const newlyCut = line.fragmentation - line.fragmentationBefore;
  return newlyCut > 0.0005 && now !== null ? `${text}; ${(newlyCut * 100).toFixed(1)}% more pairs cut off` : text;
}
