/**
 * The facade every command calls: CSV streams + options → Analysis (the Report every
 * format renders, and the graph it was computed on, for the ties table and exports).
 * Pure apart from reading the streams it is handed: no fs, no clock of its own.
 */
import { createTimeline } from './activity/timeline.js';
import type { GraphIndex } from './graph/csr.js';
import { buildIndex, lazyGraph } from './graph/index-build.js';
import type { OrgGraph } from './graph/types.js';
import type { Input } from './input/csv-reader.js';
import { readEvents } from './input/events.js';
import { readInteractions, type InteractionHooks } from './input/interactions.js';
import { readPeople } from './input/people.js';
import type { Interactions, PeopleTable, Reject } from './input/types.js';
import { readWideSurvey } from './input/wide.js';
import { checkInputModes, type AnalyzeOptions } from './options.js';
import type { Runner } from './parallel/runner.js';
import { buildReport } from './report/build.js';
import { ALL_PARTS, type Parts } from './report/parts.js';
import type { Report } from './report/types.js';
import { NO_TIMINGS, type Timings } from './timings.js';

export interface Analysis {
  report: Report;
  /** What every figure was computed from: people, ties and their typed-array adjacency. */
  index: GraphIndex;
  /** The graphology DirectedGraph of SPEC §3, built when an output first asks for it. */
  readonly graph: OrgGraph;
}

/** An Analysis whose graph is built from the index on first use. */
export function analysisOf(report: Report, index: GraphIndex): Analysis {
  const graph = lazyGraph(index);
  return {
    report,
    index,
    get graph() {
      return graph();
    },
  };
}

export interface Source {
  /** A byte stream (CSV), or a source of records (parquet through DuckDB). */
  stream: Input;
  /** How messages and `meta` name the file (`<stdin>` for standard input). */
  file: string;
}

export interface AnalyzeEnv {
  version: string;
  now: () => Date;
  onReject?: ((reject: Reject) => void) | undefined;
  /** Runs the per-source kernels; in-process unless the caller brings worker threads. */
  runner?: Runner | undefined;
  /** The costly parts the output needs (default: all); see report/parts.ts. */
  parts?: Parts | undefined;
  /** Measures the phases (`--timings`). */
  timings?: Timings | undefined;
}

export async function analyze(
  sources: { interactions: Source; people: Source | null },
  options: AnalyzeOptions,
  env: AnalyzeEnv,
): Promise<Analysis> {
  checkInputModes(options);
  const t = env.timings ?? NO_TIMINGS;
  const { groupBy, remove, encoding, maxFieldSize } = options;
  const people: PeopleTable | null = sources.people
    ? await t.time('read people', () => readPeople(sources.people!.stream, sources.people!.file, { groupBy, remove, encoding, maxFieldSize }))
    : null;
  const timeline = createTimeline(options.period);
  const hooks = { timeline: (env.parts ?? ALL_PARTS).has('activity') ? timeline : undefined, onReject: env.onReject };
  const interactions = await t.time('read interactions', () => readInput(sources.interactions, options, hooks));
  const built = t.time('index', () => buildIndex(interactions, people, options.minTieWeight));
  interactions.meta.tiesDropped = built.tiesDropped;

  const report = await buildReport({ graph: built.index, interactions, people, unknownIds: built.unknownIds, timeline, options, env });
  return analysisOf(report, built.index);
}

/** The reader for the file's layout: long (one interaction a row), survey wide, or events. */
function readInput(source: Source, options: AnalyzeOptions, hooks: InteractionHooks): Promise<Interactions> {
  const { stream, file } = source;
  if (options.wide) return readWideSurvey(stream, file, options, { onReject: hooks.onReject });
  if (options.events) return readEvents(stream, file, options, hooks);
  return readInteractions(stream, file, options, hooks);
}
