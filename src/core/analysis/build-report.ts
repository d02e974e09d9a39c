/**
 * Assembles the Report (docs/outputs.md) from the graph and the metric functions. Order matters
 * only where one figure feeds another: privacy pooling relabels groups before any group
 * figure; betweenness feeds connectors and roles; activity feeds group activity rates.
 * The long searches (betweenness and closeness, then key players) run on the worker threads
 * while this thread computes what does not depend on them, so both cores stay busy.
 */
import { activityWithoutTimestamps, computeActivity, type ActivityResult } from './activity/activity.js';
import type { Timeline } from './activity/timeline.js';
import { indexGraph, type GraphIndex } from '../graph/csr.js';
import type { Interactions, PeopleTable } from '../model/ingest.js';
import { brokerage, brokerageCounts, crossingTwoPaths } from '../metrics/brokerage.js';
import { closenessPivots } from '../metrics/betweenness.js';
import { communityCount, communityRows, detectCommunities } from '../metrics/communities.js';
import { externalShare } from '../metrics/external-share.js';
import { eiPermutationTest } from '../metrics/ei-permutation.js';
import { encodeGroups, type GroupCodes } from '../metrics/group-codes.js';
import { groupRows } from './groups.js';
import { reportingLine, type HierarchyFigures, type ReportingLine } from './hierarchy.js';
import { compareAttributes, type ComparedColumn } from './attributes/compare.js';
import { keyPlayers, type KeyPlayerAnalysis } from '../metrics/key-players.js';
import { mixing, orgEiIndex } from '../metrics/mixing.js';
import { modularity } from '../metrics/modularity.js';
import { groupAlignment } from '../metrics/nmi.js';
import { orgStructure } from './org-summary.js';
import { coreNumbers, coreSize } from '../metrics/core-number.js';
import { NO_OVERLOAD, overload } from '../metrics/overload.js';
import { reachPlayers } from '../metrics/reach-players.js';
import { localStructure, startPathFields, type LocalStructure, type PersonStructure } from './person-summary.js';
import { poolSmallGroups } from './small-groups.js';
import { assignRoles } from './roles.js';
import { cutOffByAll } from '../metrics/resilience.js';
import { computeFindings } from './findings/index.js';
import type { AnalyzeOptions } from '../model/options.js';
import type { Runner } from '../parallel/runner.js';
import { NO_TIMINGS, type Timings } from '../base/timings.js';
import { ALL_PARTS, ROLE_PARTS, type Parts } from '../model/parts.js';
import { SCHEMA_VERSION, type BetweennessMethod, type KeyPlayersMethod, type Meta, type PersonRow, type Report } from '../model/report.js';
import { timeText } from '../base/iso-time.js';
import type { RowLog } from './windows/row-log.js';
import { computeWindows, type WindowsResult } from './windows/windows.js';
import { spanText } from './windows/layout.js';

export interface ReportInputs {
  graph: GraphIndex;
  /** With `--windows`: the timed rows as read, and where each ingest tie sits in `graph` (buildIndex's tieEntries). */
  rows?: { log: RowLog; tieEntries: Int32Array } | null;
  interactions: Interactions;
  people: PeopleTable | null;
  unknownIds: number;
  timeline: Timeline;
  options: AnalyzeOptions;
  /** With --pseudonymize: the salt's fingerprint (ingest/privacy/pseudonyms.ts), recorded in `meta.options`. */
  fingerprint?: string | null;
  env: { version: string; now: () => Date; runner?: Runner | undefined; parts?: Parts | undefined; timings?: Timings | undefined };
  /** The `--compare-by` columns, resolved against the people file (attributes/compare.ts); none when absent. */
  compared?: readonly ComparedColumn[] | undefined;
  /** Each person's manager (hierarchy.ts): the people file's manager column or --hierarchy; null without either. */
  reportingLine?: ReportingLine | null | undefined;
}

export async function buildReport(inputs: ReportInputs): Promise<Report> {
  const { graph, options } = inputs;
  const { ids, undirected } = indexGraph(graph);
  const warnings = [...(inputs.people?.warnings ?? []), ...inputs.interactions.warnings];

  const groupLabels = [...graph.group];
  const pooled = poolSmallGroups(graph.group, options.minGroupSize);
  warnings.push(...pooled.warnings);
  // The index carries the labels every figure was computed with (the graph and exports read them).
  pooled.labels.forEach((label, i) => (graph.group[i] = label ?? null));
  const groups = encodeGroups(pooled.labels);
  const hasGroups = groups.names.length > 0;

  const parts = inputs.env.parts ?? ALL_PARTS;
  const t = inputs.env.timings ?? NO_TIMINGS;
  const betweennessMethod = pathMethod(options, ids.length, graph.m);
  const sampling = betweennessMethod.method === 'sampled' ? { samples: betweennessMethod.k, seed: betweennessMethod.seed } : null;
  // The searches run on the worker threads while this thread computes every figure that does
  // not need them; the key-player searches likewise, once betweenness has named the candidates.
  const paths = startPathFields(graph, sampling, inputs.env.runner, parts, t);
  const local = localStructure(graph, parts, t);
  const community = parts.has('communities')
    ? t.time('communities', () => detectCommunities(graph, { seed: options.seed, resolution: options.resolution }))
    : null;
  const activity = t.time('activity', () => activityOf(inputs, ids, local, parts.has('activity')));
  const activityRate = ids.map((id) => activity.byId.get(id)?.activityRate ?? null);
  const structure: PersonStructure = { ...local, ...(await paths) };

  // The permutation test goes to the worker threads first, the key-player searches once it is
  // done: one computation at a time on the pool (a worker is let go when a computation ends).
  const withGroups = hasGroups && parts.has('groups');
  const eiTestRun = withGroups
    ? t.time('E-I permutation test (worker threads)', () =>
        eiPermutationTest(graph, groups, { permutations: options.permutations, seed: options.seed }, inputs.env.runner),
      )
    : Promise.resolve(null);
  eiTestRun.catch(() => undefined); // awaited below, after this thread's own work
  // Then the other attributes' tests, one column at a time, on the same pool.
  const compared = parts.has('groups') ? (inputs.compared ?? []) : [];
  const attributesRun = eiTestRun.then(() =>
    compared.length === 0
      ? {}
      : t.time('attributes (worker threads)', () =>
          compareAttributes({ graph, columns: compared, groupLabels, minGroupSize: options.minGroupSize, permutations: options.permutations, seed: options.seed, runner: inputs.env.runner, warnings }),
        ),
  );
  attributesRun.catch(() => undefined); // awaited below, after this thread's own work
  const withKeyPlayers = parts.has('keyPlayers') && parts.has('paths');
  const keyPlayersRun = withKeyPlayers
    ? attributesRun.then(() =>
        t.time('key players (worker threads)', () =>
          keyPlayers(
            graph,
            structure.betweenness,
            { keyPlayers: options.keyPlayers, candidates: options.keyPlayerCandidates, samples: options.keyPlayerSamples, seed: options.seed },
            inputs.env.runner,
          ),
        ),
      )
    : Promise.resolve(NO_KEY_PLAYERS);
  keyPlayersRun.catch(() => undefined); // awaited below, after this thread's own work

  const orgFigures = () =>
    orgStructure(graph, { summary: parts.has('summary'), structure: parts.has('structure'), interactions: inputs.interactions.interactions });
  const cells = withGroups ? t.time('mixing', () => mixing(graph, groups)) : [];
  const orgBase = parts.has('summary') ? t.time('organization', orgFigures) : orgFigures();
  const line = inputs.reportingLine ? t.time('reporting line', () => reportingLine(graph, inputs.reportingLine!, options.remove)) : null;
  if (line) warnings.push(...line.warnings);
  const core = parts.has('structure') ? t.time('core numbers', () => coreNumbers(graph)) : null;
  const reach = parts.has('structure') ? t.time('reach players', () => reachPlayers(graph, options.reachPlayers)) : [];
  const labels = labelsOf(inputs.people);
  const personRows = parts.has('summary') ? t.time('person rows', () => people(graph, groups, structure, core, community, activity, parts, labels, line)) : [];
  const groupTable = withGroups ? t.time('groups', () => groupRows(graph, groups, structure.betweenness, activityRate)) : [];
  const eiTest = await eiTestRun;
  groupTable.forEach((row, g) => (row.eiPValue = eiTest?.groups[g] ?? null));
  const attributes = await attributesRun;
  const resilience = await keyPlayersRun;
  // After the key players: one computation at a time on the worker threads.
  const windows = parts.has('windows') ? await t.time('windows', () => windowsOf(inputs, groups.names)) : null;
  const org = {
    ...orgBase,
    distanceFragmentation: resilience.distanceFragmentation,
    keyPlayers: resilience.keyPlayers,
    eiIndex: withGroups ? orgEiIndex(cells, undirected) : null,
    eiPValue: eiTest?.org ?? null,
    overload: parts.has('summary') ? overload(structure.outStrength) : NO_OVERLOAD,
    coreSize: core ? coreSize(core) : 0,
    reachPlayers: reach.map((step) => ({ id: ids[step.person]!, reach: step.reach })),
    communities: community ? communityCount(community) : null,
    modularity: community ? modularity(graph, community) : null,
    groupAlignment: hasGroups && community ? groupAlignment(community, groups) : null,
    activeShare: activity.activeShare,
    hierarchy: line?.summary ?? null,
  };
  if (unknownWarning(inputs)) warnings.push(unknownWarning(inputs)!);
  const notFound = removedNotFound(inputs);
  if (notFound.length > 0) warnings.push(`--remove: no person ${notFound.map((id) => JSON.stringify(id)).join(', ')} in the input; check the spelling`);

  const report = {
    schemaVersion: SCHEMA_VERSION,
    meta: { ...meta(inputs, warnings, betweennessMethod, resilience.method), ...(windows ? { windows: windows.meta } : {}) },
    org: orderOrg(org),
    people: personRows,
    groups: groupTable,
    mixing: cells,
    attributes,
    communities: community ? communityRows(community, groups) : [],
    activity: activity.section,
  };
  // Findings read the whole report, and two facts it does not hold: who the key players cut off,
  // and whether the file's direction is only the order of its ids.
  const findings = parts.has('summary')
    ? t.time('findings', () => computeFindings(report, { keyPlayersCutOff: cutOffByAll(graph, resilience.keyPlayers.map((k) => graph.position.get(k.id)!)), orderedPairs: inputs.interactions.orderedPairs === true }))
    : [];
  return { ...report, findings, ...(windows ? { windows: windows.windows } : {}) };
}

/** The network of each `--windows` window (windows/windows.ts); null without the flag. */
function windowsOf(inputs: ReportInputs, groups: readonly string[]): Promise<WindowsResult> | null {
  const { options, rows } = inputs;
  if (options.windows === null || !rows) return null;
  return computeWindows({
    index: inputs.graph,
    tieEntries: rows.tieEntries,
    rows: rows.log,
    spec: options.windows,
    clock: inputs.interactions.meta.clock ?? 'calendar',
    since: options.since,
    until: options.until,
    groups,
    seed: options.seed,
    resolution: options.resolution,
    samples: options.keyPlayerSamples,
    runner: inputs.env.runner,
  });
}

/** Without the key-players part: nothing chosen, nothing measured (the report is never shown whole). */
const NO_KEY_PLAYERS: KeyPlayerAnalysis = { distanceFragmentation: null, keyPlayers: [], method: { method: 'exact', candidates: 0 } };

/**
 * Exact searches from every person cost people × ties tie visits; above this many they are
 * estimated from AUTO_SAMPLES sampled people instead (docs/outputs.md), unless `--exact`. At 10,000
 * people and 200,000 ties the exact searches take seconds; at 50,000 people and a million ties
 * they would take minutes.
 */
export const EXACT_MAX_WORK = 4e9;
// 2,000 sampled people rank betweenness on the 10,000-person benchmark organization with a
// Spearman correlation of 0.96 against exact (1,000: 0.93; BENCHMARKS.md).
export const AUTO_SAMPLES = 2000;

/** How betweenness and closeness are computed: the flag, or the size. */
export function pathMethod(options: AnalyzeOptions, n: number, m: number): BetweennessMethod {
  if (options.exact) return { method: 'exact' };
  const k = options.betweennessSamples ?? (n * m > EXACT_MAX_WORK ? AUTO_SAMPLES : null);
  return k !== null && k < n ? { method: 'sampled', k, seed: options.seed } : { method: 'exact' };
}

function activityOf(inputs: ReportInputs, ids: string[], s: LocalStructure, wanted: boolean): ActivityResult {
  const { interactions, options, timeline } = inputs;
  const { undirected } = indexGraph(inputs.graph);
  if (!interactions.hasTime || !wanted) return activityWithoutTimestamps(options.period, ids, untimedInteractions(interactions, ids, s, undirected));
  const window = { since: options.since, until: options.until };
  return computeActivity(timeline, { ids: interactions.ids, people: ids, window, undirected });
}

/**
 * A person's interactions without timestamps (docs/metrics.md#activity, docs/input.md): the weights in or out — each
 * undirected tie once, though held both ways — or, with --events, the tie-making events attended,
 * counted exactly (the strength Σ 1/(k − 1) equals it only up to rounding).
 */
function untimedInteractions(interactions: Interactions, ids: string[], s: LocalStructure, undirected: boolean): number[] {
  const { attended } = interactions;
  if (attended !== null) {
    const position = new Map<string, number>();
    interactions.ids.forEach((id, i) => position.set(id, i));
    return ids.map((id) => {
      const i = position.get(id);
      return i === undefined ? 0 : (attended[i] ?? 0);
    });
  }
  return ids.map((_, i) => (undirected ? s.outStrength[i]! : s.inStrength[i]! + s.outStrength[i]!));
}

function people(
  graph: GraphIndex,
  groups: GroupCodes,
  s: PersonStructure,
  core: Int32Array | null,
  community: Int32Array | null,
  activity: ActivityResult,
  parts: Parts,
  labels: ReadonlyMap<string, string>,
  line: HierarchyFigures | null,
): PersonRow[] {
  const { ids } = indexGraph(graph);
  const structure = parts.has('structure');
  const hasGroups = groups.names.length > 0;
  // One count of the two-paths for the brokerage figures and the broker role alike.
  const counts = structure && hasGroups ? brokerageCounts(graph, groups.code) : null;
  const roles =
    community && ROLE_PARTS.every((part) => parts.has(part))
      ? assignRoles(graph, groups, {
          betweenness: s.betweenness, reciprocity: s.reciprocity, cutPoint: s.cutPoint, dependents: s.dependents, community,
          ...(counts ? { crossing: crossingTwoPaths(counts) } : {}),
        })
      : [];
  const broker = structure ? brokerage(graph, groups, counts ?? undefined) : [];
  const external = structure ? externalShare(graph, groups) : [];
  return ids.map((id, i) => ({
    id,
    label: labels.get(id) ?? null,
    group: graph.group[i] ?? null,
    attributes: graph.attributes[i] ?? {},
    inDegree: s.inDegree[i]!,
    outDegree: s.outDegree[i]!,
    inStrength: s.inStrength[i]!,
    outStrength: s.outStrength[i]!,
    degreeCentrality: s.degreeCentrality[i]!,
    betweenness: s.betweenness[i]!,
    closeness: s.closeness[i]!,
    pagerank: s.pagerank[i]!,
    sourcePagerank: s.sourcePagerank[i]!,
    coreNumber: core?.[i] ?? 0,
    reciprocity: s.reciprocity[i]!,
    giveTakeRatio: s.giveTakeRatio[i]!,
    constraint: s.constraint[i]!,
    effectiveSize: s.effectiveSize[i]!,
    brokerage: broker[i] ?? null,
    externalShare: external[i] ?? null,
    cutPoint: s.cutPoint[i]!,
    dependents: s.dependents[i]!,
    community: community?.[i] ?? null,
    roles: roles[i] ?? [],
    activity: activity.byId.get(id)!,
    manager: line && line.manager[i]! >= 0 ? ids[line.manager[i]!]! : null,
    directReports: line ? line.directReports[i]! : null,
    managerTie: line ? line.managerTie[i]! : null,
  }));
}

/** Display names by id (docs/input.md#people-optional---people-file `label`); empty without a people file or a label column. */
function labelsOf(people: PeopleTable | null): Map<string, string> {
  const out = new Map<string, string>();
  people?.labels.forEach((label, k) => {
    if (label !== null) out.set(people.ids[k]!, label);
  });
  return out;
}

/** The docs/metrics.md#organization field order, so the JSON reads in the documented order. */
const ORG_FIELDS: readonly (keyof Report['org'])[] = [
  'people', 'ties', 'interactions', 'totalWeight', 'density', 'reciprocity', 'dyadReciprocity', 'components',
  'largestComponentShare', 'isolates', 'transitivity', 'degreeCentralization', 'eiIndex', 'eiPValue', 'overload', 'coreSize', 'communities', 'modularity',
  'groupAlignment', 'activeShare', 'cutPoints', 'fragmentation', 'distanceFragmentation', 'keyPlayers', 'reachPlayers', 'hierarchy',
];

function orderOrg(org: Report['org']): Report['org'] {
  return Object.fromEntries(ORG_FIELDS.map((field) => [field, org[field]])) as unknown as Report['org'];
}

function unknownWarning(inputs: ReportInputs): string | null {
  const n = inputs.unknownIds;
  if (!inputs.people || n === 0) return null;
  return `${n} ${n === 1 ? 'person appears' : 'people appear'} in ${inputs.interactions.meta.file} but not in ${inputs.people.file}; kept without a group`;
}

/** `--remove` ids that named nobody: most often a typo, which would otherwise go unnoticed. */
function removedNotFound(inputs: ReportInputs): string[] {
  const found = new Set([...inputs.interactions.removedFound, ...(inputs.people?.removedFound ?? [])]);
  return inputs.options.remove.filter((id) => !found.has(id));
}

function meta(inputs: ReportInputs, warnings: string[], betweenness: BetweennessMethod, keyPlayers: KeyPlayersMethod): Meta {
  const { options, people, interactions } = inputs;
  // `undirected` says what the graph is: --events data is undirected even when the flag is not given.
  const undirected = indexGraph(inputs.graph).undirected;
  return {
    tool: { name: 'orgnet', version: inputs.env.version },
    generatedAt: inputs.env.now().toISOString(),
    options: {
      ...options,
      undirected,
      since: iso(options.since, interactions.meta.clock),
      until: iso(options.until, interactions.meta.clock),
      windows: options.windows === null ? null : `${spanText(options.windows.span)}:${spanText(options.windows.step)}`,
      ...(inputs.fingerprint ? { saltFingerprint: inputs.fingerprint } : {}),
    },
    warnings,
    betweenness,
    closeness: betweenness.method === 'sampled' ? { ...betweenness, k: closenessPivots(betweenness.k) } : betweenness,
    keyPlayers,
    input: interactions.meta,
    people: people
      ? {
          file: people.file,
          encoding: people.encoding,
          idColumn: people.idColumn,
          labelColumn: people.labelColumn,
          managerColumn: people.managerColumn,
          idMatch: people.match,
          groupBy: people.groupColumn,
          attributes: people.attributeColumns,
          droppedAttributes: people.droppedAttributes,
          rows: people.ids.length,
          unknownIds: inputs.unknownIds,
        }
      : null,
    hierarchy: hierarchyMeta(inputs.reportingLine ?? null),
    removed: [...options.remove],
  };
}

/** The --hierarchy file's columns; null when the reporting line is the people file's (or there is none). */
function hierarchyMeta(line: ReportingLine | null): Meta['hierarchy'] {
  if (!line?.fileColumns) return null;
  return { file: line.file, personColumn: line.fileColumns.person, managerColumn: line.fileColumns.manager, rows: line.persons.length };
}

/** `--since/--until` as the report writes times: a date, or on a relative clock the elapsed time. */
const iso = (t: number | null, clock: 'calendar' | 'relative' | undefined) => (t === null ? null : timeText(t, clock));
