/**
 * Assembles the Report (SPEC §6) from the graph and the metric functions. Order matters
 * only where one figure feeds another: privacy pooling relabels groups before any group
 * figure; betweenness feeds connectors and roles; activity feeds group activity rates.
 */
import { activityWithoutTimestamps, computeActivity, type ActivityResult } from '../activity/activity.js';
import type { Timeline } from '../activity/timeline.js';
import { indexGraph } from '../graph/csr.js';
import type { OrgGraph } from '../graph/types.js';
import type { Interactions, PeopleTable } from '../input/types.js';
import { brokerage } from '../metrics/brokerage.js';
import { communityCount, communityRows, detectCommunities } from '../metrics/communities.js';
import { externalShare } from '../metrics/external-share.js';
import { encodeGroups, type GroupCodes } from '../metrics/group-codes.js';
import { groupRows } from '../metrics/groups.js';
import { keyPlayers } from '../metrics/key-players.js';
import { mixing, orgEiIndex } from '../metrics/mixing.js';
import { modularity } from '../metrics/modularity.js';
import { groupAlignment } from '../metrics/nmi.js';
import { orgStructure } from '../metrics/org-summary.js';
import { personStructure, type PersonStructure } from '../metrics/person-summary.js';
import { poolSmallGroups } from '../metrics/privacy.js';
import { assignRoles } from '../metrics/roles.js';
import type { AnalyzeOptions } from '../options.js';
import type { Runner } from '../parallel/runner.js';
import { SCHEMA_VERSION, type BetweennessMethod, type KeyPlayersMethod, type Meta, type PersonRow, type Report } from './types.js';

export interface ReportInputs {
  graph: OrgGraph;
  interactions: Interactions;
  people: PeopleTable | null;
  unknownIds: number;
  timeline: Timeline;
  options: AnalyzeOptions;
  env: { version: string; now: () => Date; runner?: Runner | undefined };
}

export async function buildReport(inputs: ReportInputs): Promise<Report> {
  const { graph, options } = inputs;
  const { ids } = indexGraph(graph);
  const warnings = [...inputs.interactions.warnings];

  const pooled = poolSmallGroups(ids.map((id) => graph.getNodeAttribute(id, 'group')), options.minGroupSize);
  warnings.push(...pooled.warnings);
  // The graph carries the labels every figure was computed with (exports read it).
  ids.forEach((id, i) => graph.setNodeAttribute(id, 'group', pooled.labels[i] ?? null));
  const groups = encodeGroups(pooled.labels);
  const hasGroups = groups.names.length > 0;

  const betweennessMethod: BetweennessMethod =
    options.betweennessSamples !== null && options.betweennessSamples < ids.length
      ? { method: 'sampled', k: options.betweennessSamples, seed: options.seed }
      : { method: 'exact' };
  const structure = await personStructure(
    graph,
    betweennessMethod.method === 'sampled' ? { samples: betweennessMethod.k, seed: betweennessMethod.seed } : null,
    inputs.env.runner,
  );
  const community = detectCommunities(graph, { seed: options.seed, resolution: options.resolution });
  const activity = activityOf(inputs, ids, structure);
  const activityRate = ids.map((id) => activity.byId.get(id)?.activityRate ?? null);

  const resilience = await keyPlayers(
    graph,
    structure.betweenness,
    { keyPlayers: options.keyPlayers, candidates: options.keyPlayerCandidates, samples: options.keyPlayerSamples, seed: options.seed },
    inputs.env.runner,
  );

  const cells = hasGroups ? mixing(graph, groups) : [];
  const org = {
    ...orgStructure(graph),
    distanceFragmentation: resilience.distanceFragmentation,
    keyPlayers: resilience.keyPlayers,
    eiIndex: hasGroups ? orgEiIndex(cells) : null,
    communities: communityCount(community),
    modularity: modularity(graph, community),
    groupAlignment: hasGroups ? groupAlignment(community, groups) : null,
    activeShare: activity.activeShare,
  };
  if (unknownWarning(inputs)) warnings.push(unknownWarning(inputs)!);
  const notFound = removedNotFound(inputs);
  if (notFound.length > 0) warnings.push(`--remove: no person ${notFound.map((id) => JSON.stringify(id)).join(', ')} in the input; check the spelling`);

  return {
    schemaVersion: SCHEMA_VERSION,
    meta: meta(inputs, warnings, betweennessMethod, resilience.method),
    org: orderOrg(org),
    people: people(graph, groups, structure, community, activity),
    groups: hasGroups ? groupRows(graph, groups, structure.betweenness, activityRate) : [],
    mixing: cells,
    communities: communityRows(community, groups),
    activity: activity.section,
  };
}

function activityOf(inputs: ReportInputs, ids: string[], s: PersonStructure): ActivityResult {
  const { interactions, options, timeline } = inputs;
  if (!interactions.hasTime) {
    return activityWithoutTimestamps(options.period, ids, ids.map((_, i) => s.inStrength[i]! + s.outStrength[i]!));
  }
  return computeActivity(timeline, { ids: interactions.ids, people: ids, window: { since: options.since, until: options.until } });
}

function people(
  graph: OrgGraph,
  groups: GroupCodes,
  s: PersonStructure,
  community: Int32Array,
  activity: ActivityResult,
): PersonRow[] {
  const { ids } = indexGraph(graph);
  const roles = assignRoles(graph, groups, {
    betweenness: s.betweenness,
    reciprocity: s.reciprocity,
    cutPoint: s.cutPoint,
    dependents: s.dependents,
    community,
  });
  const broker = brokerage(graph, groups);
  const external = externalShare(graph, groups);
  return ids.map((id, i) => ({
    id,
    group: graph.getNodeAttribute(id, 'group'),
    attributes: graph.getNodeAttribute(id, 'attributes'),
    inDegree: s.inDegree[i]!,
    outDegree: s.outDegree[i]!,
    inStrength: s.inStrength[i]!,
    outStrength: s.outStrength[i]!,
    degreeCentrality: s.degreeCentrality[i]!,
    betweenness: s.betweenness[i]!,
    closeness: s.closeness[i]!,
    pagerank: s.pagerank[i]!,
    reciprocity: s.reciprocity[i]!,
    giveTakeRatio: s.giveTakeRatio[i]!,
    constraint: s.constraint[i]!,
    effectiveSize: s.effectiveSize[i]!,
    brokerage: broker[i] ?? null,
    externalShare: external[i] ?? null,
    cutPoint: s.cutPoint[i]!,
    dependents: s.dependents[i]!,
    community: community[i] ?? null,
    roles: roles[i] ?? [],
    activity: activity.byId.get(id)!,
  }));
}

/** The SPEC §4.3 field order, so the JSON reads in the documented order. */
const ORG_FIELDS: readonly (keyof Report['org'])[] = [
  'people', 'ties', 'interactions', 'totalWeight', 'density', 'reciprocity', 'dyadReciprocity', 'components',
  'largestComponentShare', 'isolates', 'transitivity', 'degreeCentralization', 'eiIndex', 'communities', 'modularity',
  'groupAlignment', 'activeShare', 'cutPoints', 'fragmentation', 'distanceFragmentation', 'keyPlayers',
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
  return {
    tool: { name: 'orgnet', version: inputs.env.version },
    generatedAt: inputs.env.now().toISOString(),
    options: { ...options, since: iso(options.since), until: iso(options.until) },
    warnings,
    betweenness,
    keyPlayers,
    input: interactions.meta,
    people: people
      ? {
          file: people.file,
          idColumn: people.idColumn,
          groupBy: people.groupColumn,
          attributes: people.attributeColumns,
          rows: people.ids.length,
          unknownIds: inputs.unknownIds,
        }
      : null,
    removed: [...options.remove],
  };
}

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
