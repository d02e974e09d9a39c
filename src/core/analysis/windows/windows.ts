/**
 * The network of each time window (docs/metrics.md#the-network-over-time): the rows of the window
 * make a graph — the organization's ties that had a row in it, each with the weight and rows of
 * those rows, and its people the ends of those ties — and that graph's figures are computed by the
 * same functions as the whole report's: density, reciprocity, E-I, modularity of a seeded
 * Louvain partition, transitivity, distance fragmentation, and per group E-I, inside share and
 * reciprocity. A window's `people` is n of its graph, so its density is m / (n(n − 1)) over the
 * people active in the window, not over the whole organization: a quiet month does not read
 * as a sparse one because the people away that month are left out.
 *
 * The rows are those read once (row-log.ts): sorted by day with a counting sort, so that each
 * window sums only its own rows into its ties. Ties dropped by `--min-tie-weight` (on the whole
 * file's weight) and people removed by `--remove` are in no window.
 * Distance fragmentation is exact for a window of at most 500 people and otherwise estimated
 * from `--key-player-samples` seeded sources, exactly as the whole network's (key-player-pools.ts).
 */
import type { GraphIndex } from '../../graph/csr.js';
import { subIndex } from '../../graph/sub-index.js';
import { MS_PER_DAY } from '../activity/calendar.js';
import type { Clock } from '../activity/periods.js';
import { detectCommunities } from '../../metrics/communities.js';
import { encodeGroups, groupSizes } from '../../metrics/group-codes.js';
import { keyPlayers } from '../../metrics/key-players.js';
import { mixing, orgEiIndex } from '../../metrics/mixing.js';
import { modularity } from '../../metrics/modularity.js';
import { dyadReciprocity, overallReciprocity } from '../../metrics/reciprocity.js';
import { transitivity } from '../../metrics/transitivity.js';
import type { WindowSpec } from '../../model/options.js';
import type { WindowGroup, WindowOrg, WindowRow, WindowsMeta } from '../../model/report.js';
import type { Runner } from '../../parallel/runner.js';
import { groupRows } from '../groups.js';
import { density } from '../org-summary.js';
import { layWindows, spanText, type ObservedRange, type WindowBounds } from './layout.js';
import type { RowLog } from './row-log.js';

export interface WindowInputs {
  index: GraphIndex;
  /** buildIndex's tieEntries: each ingest tie's out-tie position(s), −1 when dropped. */
  tieEntries: Int32Array;
  rows: RowLog;
  spec: WindowSpec;
  clock: Clock;
  since: number | null;
  until: number | null;
  /** The report's group names, in its order: every window lists each of them. */
  groups: readonly string[];
  seed: number;
  resolution: number;
  samples: number;
  runner?: Runner | undefined;
}

export interface WindowsResult {
  windows: WindowRow[];
  meta: WindowsMeta;
}

export async function computeWindows(inputs: WindowInputs): Promise<WindowsResult> {
  const { rows, index } = inputs;
  const range = observedRange(inputs);
  const bounds = layWindows(inputs.spec, inputs.clock, range);
  const byDay = rowsByDay(rows, range);
  const weight = new Float64Array(index.m);
  const count = new Float64Array(index.m);
  let touched = new Int32Array(1024);
  let sampled = false;
  const windows: WindowRow[] = [];
  for (const window of bounds) {
    // Sum the window's rows into their ties, noting each tie the first time it is met.
    let size = 0;
    const touch = (e: number, w: number) => {
      if (e < 0) return;
      if (count[e] === 0) {
        if (size === touched.length) {
          const wider = new Int32Array(size * 2);
          wider.set(touched);
          touched = wider;
        }
        touched[size++] = e;
      }
      count[e]! += 1;
      weight[e]! += w;
    };
    const [a, b] = byDay.span(window);
    for (let k = a; k < b; k++) {
      const r = byDay.order[k]!;
      const t = rows.tie[r]!;
      const w = rows.weight[r]!;
      if (index.undirected) {
        touch(inputs.tieEntries[2 * t]!, w);
        touch(inputs.tieEntries[2 * t + 1]!, w);
      } else touch(inputs.tieEntries[t]!, w);
    }
    const entries = touched.slice(0, size).sort();
    const graph = subIndex(index, entries, weight, count);
    for (const e of entries) {
      weight[e] = 0;
      count[e] = 0;
    }
    const figures = await windowFigures(graph, inputs);
    sampled ||= figures.sampled;
    windows.push({ start: window.startText, end: window.endText, coverage: window.coverage, org: figures.org, groups: figures.groups });
  }
  const distanceFragmentation = sampled ? { method: 'sampled' as const, samples: inputs.samples, seed: inputs.seed } : { method: 'exact' as const };
  return { windows, meta: { span: spanText(inputs.spec.span), step: spanText(inputs.spec.step), distanceFragmentation } };
}

/** The observed range of docs/metrics.md#activity: the flags, else the first and last timestamps read. */
function observedRange(inputs: WindowInputs): ObservedRange {
  let first = Number.NaN;
  let last = Number.NaN;
  const { time } = inputs.rows;
  for (let r = 0; r < time.length; r++) {
    const t = time[r]!;
    if (!(t >= first)) first = t;
    if (!(t <= last)) last = t;
  }
  return { since: inputs.since, until: inputs.until, first, last };
}

interface RowsByDay {
  /** Row numbers in day order. */
  order: Int32Array;
  /** The positions [a, b) of `order` holding the rows of a window. */
  span(window: WindowBounds): [number, number];
}

/** A counting sort of the rows by UTC day (windows start and end at midnight). */
function rowsByDay(rows: RowLog, range: ObservedRange): RowsByDay {
  const { time } = rows;
  if (time.length === 0) return { order: new Int32Array(0), span: () => [0, 0] };
  const firstDay = Math.floor(range.first / MS_PER_DAY);
  const days = Math.floor(range.last / MS_PER_DAY) - firstDay + 1;
  const offsets = new Int32Array(days + 1);
  for (let r = 0; r < time.length; r++) offsets[Math.floor(time[r]! / MS_PER_DAY) - firstDay + 1]!++;
  for (let d = 0; d < days; d++) offsets[d + 1]! += offsets[d]!;
  const next = offsets.slice(0, days);
  const order = new Int32Array(time.length);
  for (let r = 0; r < time.length; r++) order[next[Math.floor(time[r]! / MS_PER_DAY) - firstDay]!++] = r;
  const at = (ms: number) => offsets[Math.min(days, Math.max(0, Math.floor(ms / MS_PER_DAY) - firstDay))]!;
  return { order, span: (window) => [at(window.start), at(window.end)] };
}

async function windowFigures(graph: GraphIndex, inputs: WindowInputs): Promise<{ org: WindowOrg; groups: WindowGroup[]; sampled: boolean }> {
  const codes = encodeGroups(graph.group);
  const hasGroups = inputs.groups.length > 0;
  // Without a tie modularity is undefined (null), whatever the partition.
  const community = graph.m === 0 ? null : detectCommunities(graph, { seed: inputs.seed, resolution: inputs.resolution });
  const df =
    graph.n < 2
      ? { distanceFragmentation: null, method: { method: 'exact' as const } }
      : await keyPlayers(graph, [], { keyPlayers: 0, candidates: 0, samples: inputs.samples, seed: inputs.seed }, inputs.runner);
  const org: WindowOrg = {
    people: graph.n,
    ties: graph.undirected ? graph.m / 2 : graph.m,
    density: density(graph.n, graph.m),
    reciprocity: overallReciprocity(graph),
    dyadReciprocity: dyadReciprocity(graph),
    eiIndex: hasGroups ? orgEiIndex(mixing(graph, codes), graph.undirected) : null,
    modularity: community === null ? null : modularity(graph, community),
    transitivity: transitivity(graph),
    distanceFragmentation: df.distanceFragmentation,
  };
  const rows = new Map(groupRows(graph, codes, []).map((row) => [row.group, row]));
  const sizes = groupSizes(codes);
  const sizeOf = new Map(codes.names.map((name, g) => [name, sizes[g]!]));
  const groups = inputs.groups.map((group) => {
    const row = rows.get(group);
    return { group, eiIndex: row?.eiIndex ?? null, internalShare: row?.internalShare ?? null, reciprocity: row?.reciprocity ?? null, activePeople: sizeOf.get(group) ?? 0 };
  });
  return { org, groups, sampled: df.method.method === 'sampled' };
}
