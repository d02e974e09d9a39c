/**
 * The facade every command calls: CSV streams + options → Analysis (the Report every
 * format renders, and the graph it was computed on, for the ties table and exports).
 * Pure apart from reading the streams it is handed: no fs, no clock of its own.
 */
import { createTimelines, type Timeline } from './activity/timeline.js';
import type { GraphIndex } from '../graph/csr.js';
import { buildIndex, lazyGraph } from '../graph/index-build.js';
import type { OrgGraph } from '../graph/types.js';
import type { Input } from '../ingest/csv/csv-reader.js';
import { readEvents } from '../ingest/layouts/events.js';
import { readInteractions, type InteractionHooks, type InteractionsReader } from '../ingest/layouts/interactions.js';
import { readPeopleRows } from '../ingest/layouts/people.js';
import { choosePeople } from '../ingest/layouts/people-match.js';
import type { HierarchyTable, Interactions, PeopleRows, PeopleTable, Reject } from '../model/ingest.js';
import { readWideSurvey } from '../ingest/layouts/wide.js';
import { weightOverflow } from '../ingest/csv/weight.js';
import { InputError } from '../base/errors.js';
import { checkInputModes } from '../ingest/layouts/input-modes.js';
import type { AnalyzeOptions } from '../model/options.js';
import type { Runner } from '../parallel/runner.js';
import { attributeRuleOf, idMaskOf, pseudonymizeHierarchy, pseudonymizeInputs, shownRemoved } from '../ingest/privacy/inputs.js';
import type { Pseudonyms } from '../ingest/privacy/pseudonyms.js';
import type { IdMask } from '../model/ingest.js';
import { buildReport } from './build-report.js';
import { comparedColumns } from './attributes/compare.js';
import { reportingLineOf } from './hierarchy.js';
import { readHierarchy } from '../ingest/layouts/hierarchy.js';
import { ALL_PARTS, type Parts } from '../model/parts.js';
import type { Report } from '../model/report.js';
import { NO_TIMINGS, type Timings } from '../base/timings.js';
import { createRowLog, teeSink, type RowLog } from './windows/row-log.js';
import { markOrderedPairs } from '../ingest/layouts/direction.js';
import { WINDOWS_NEED_TIME } from './windows/layout.js';

export interface Analysis {
  report: Report;
  /** What every figure was computed from: people, ties and their typed-array adjacency. */
  index: GraphIndex;
  /** The graphology DirectedGraph of docs/metrics.md#conventions, built when an output first asks for it. */
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

/** The inputs: the interactions, and optionally the people file and a --hierarchy file. */
export interface Sources {
  interactions: Source;
  people: Source | null;
  hierarchy?: Source | null | undefined;
}

export interface AnalyzeEnv {
  version: string;
  now: () => Date;
  onReject?: ((reject: Reject) => void) | undefined;
  /** Runs the per-source kernels; in-process unless the caller brings worker threads. */
  runner?: Runner | undefined;
  /** The costly parts the output needs (default: all); see model/parts.ts. */
  parts?: Parts | undefined;
  /** Measures the phases (`--timings`). */
  timings?: Timings | undefined;
  /** Reads the interactions (long layout) instead of readInteractions, to the same result: on two threads. */
  readInteractions?: InteractionsReader | undefined;
  /** With `options.pseudonymize`: the pseudonyms of this salt (one object per command, so two sides share it). */
  pseudonyms?: Pseudonyms | null | undefined;
}

/** What was read, every person already named as every output names them. */
interface ReadInputs {
  people: PeopleTable | null;
  interactions: Interactions;
  timeline: Timeline;
  /** With `--windows`: every timed row, kept while reading (windows/row-log.ts). */
  rows: RowLog | null;
  /** How outputs name people: their ids, or their pseudonyms. */
  ids: IdMask;
  /** `--hierarchy FILE`: each person's manager; null without it. */
  hierarchy: HierarchyTable | null;
}

/**
 * Reads the people file and the interactions (docs/input.md) and, with --pseudonymize, replaces their
 * ids by pseudonyms before anything else sees them (privacy/). Every command that reads the
 * inputs goes through here, so none of them can forget to.
 */
async function readSources(
  sources: Sources,
  options: AnalyzeOptions,
  env: Pick<AnalyzeEnv, 'onReject' | 'parts' | 'timings' | 'pseudonyms' | 'readInteractions'>,
): Promise<ReadInputs> {
  checkInputModes(options);
  const ids = idMaskOf(options, env.pseudonyms);
  const t = env.timings ?? NO_TIMINGS;
  const { groupBy, idCol, labelCol, managerCol, peopleEncoding, maxFieldSize } = options;
  const readPeopleFile = (source: Source) =>
    t.time('read people', () => readPeopleRows(source.stream, source.file, { groupBy, idCol, labelCol, managerCol, encoding: peopleEncoding, maxFieldSize, ids }));
  const timelines = createTimelines(options.period);
  const parts = env.parts ?? ALL_PARTS;
  const rowLog = options.windows !== null && parts.has('windows') ? createRowLog() : null;
  const sinks = [...(parts.has('activity') ? [timelines.sink] : []), ...(rowLog ? [rowLog] : [])];
  const hooks = { timeline: teeSink(sinks), onReject: env.onReject, ids };
  const readInteractionsFile = () => t.time('read interactions', () => readInput(sources.interactions, options, hooks, env.readInteractions));
  let rows: PeopleRows | null = null;
  let interactions: Interactions;
  // A reader on another thread (pipelined-read.ts) starts first, and the people file is read here
  // meanwhile; its problems are still reported first. Pseudonyms are handed out in reading
  // order, so with them (and with one thread) the files are read one after the other.
  if (sources.people !== null && env.readInteractions !== undefined && !ids.active) {
    const reading = readInteractionsFile();
    reading.catch(() => undefined); // awaited below, unless the people file fails first
    try {
      rows = await readPeopleFile(sources.people);
    } catch (error) {
      stop(sources.interactions.stream);
      throw error;
    }
    interactions = await reading;
  } else {
    if (sources.people !== null) rows = await readPeopleFile(sources.people);
    interactions = await readInteractionsFile();
  }
  // While the ids are still the file's own: their order is the tell of contacts read as directed.
  markOrderedPairs(interactions);
  // The id column is chosen by the ids it holds, so only now that the interactions are read.
  const people = rows === null ? null : peopleOf(rows, interactions, options, ids);
  if (rowLog !== null && !interactions.hasTime) {
    throw new InputError(interactions.meta.file, WINDOWS_NEED_TIME);
  }
  const hierarchySource = sources.hierarchy ?? null;
  const hierarchy = hierarchySource === null ? null : await t.time('read hierarchy', () => readHierarchy(hierarchySource.stream, hierarchySource.file, { ids, maxFieldSize }));
  if (ids.active) {
    t.time('pseudonyms', () => {
      pseudonymizeInputs(ids, people, interactions);
      pseudonymizeHierarchy(ids, hierarchy);
    });
  }
  return { people, interactions, timeline: timelines.of(interactions.meta.clock ?? 'calendar'), rows: rowLog, ids, hierarchy };
}

export async function analyze(
  sources: Sources,
  options: AnalyzeOptions,
  env: AnalyzeEnv,
): Promise<Analysis> {
  const t = env.timings ?? NO_TIMINGS;
  const { people, interactions, timeline, rows, ids, hierarchy } = await readSources(sources, options, env);
  // A misspelt --compare-by stops the run before the costly part, naming the columns it can name.
  const compared = comparedColumns(options.compareBy, people, ids);
  const overflow = weightOverflow(interactions.ties.weight);
  if (overflow !== null) throw new InputError(interactions.meta.file, overflow);
  const built = t.time('index', () => buildIndex(interactions, people, options.minTieWeight));
  interactions.meta.tiesDropped = built.tiesDropped;

  // From here on `--remove` names people as the outputs do.
  const shown = ids.active ? { ...options, remove: shownRemoved(ids, options.remove) } : options;
  const fingerprint = env.pseudonyms?.fingerprint ?? null;
  const windowRows = rows === null ? null : { log: rows, tieEntries: built.tieEntries };
  const report = await buildReport({
    graph: built.index, rows: windowRows, interactions, people, unknownIds: built.unknownIds, timeline, options: shown, fingerprint, env, compared,
    reportingLine: reportingLineOf(people, hierarchy),
  });
  return analysisOf(report, built.index);
}

/** The people table, its id column matched against the interaction ids (ingest/layouts/people-match.ts). */
function peopleOf(rows: PeopleRows, interactions: Interactions | null, options: AnalyzeOptions, ids: IdMask): PeopleTable {
  return choosePeople(rows, {
    interactionIds: interactions?.ids ?? null,
    interactionsFile: interactions?.meta.file,
    allowUnmatched: options.allowUnmatched,
    remove: options.remove,
    attributes: attributeRuleOf(options),
    ids,
  });
}

/** Ends a read that is no longer wanted: its reader then stops (and its thread with it). */
function stop(input: Input): void {
  if ('destroy' in input) input.destroy();
}

/** The reader for the file's layout: long (one interaction a row), survey wide, or events. */
function readInput(source: Source, options: AnalyzeOptions, hooks: InteractionHooks, reader: InteractionsReader = readInteractions): Promise<Interactions> {
  const { stream, file } = source;
  if (options.wide) return readWideSurvey(stream, file, options, { onReject: hooks.onReject, ids: hooks.ids });
  if (options.events) return readEvents(stream, file, options, hooks);
  return reader(stream, file, options, hooks);
}
