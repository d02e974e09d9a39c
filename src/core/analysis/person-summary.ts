/**
 * The structural person fields of docs/metrics.md#person, docs/metrics.md#resilience, column-wise and aligned with
 * `indexGraph(graph).ids` (sorted id order). Group, community, role, brokerage and activity
 * fields are filled elsewhere; each field is defined in the metric file it comes from.
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import type { Runner } from '../parallel/runner.js';
import { inProcessRunner } from '../metrics/kernels.js';
import { ALL_PARTS, type Parts } from '../model/parts.js';
import { NO_TIMINGS, type Timings } from '../base/timings.js';
import type { PersonRow } from '../model/report.js';
import { pathCentralities, type Sampling } from '../metrics/betweenness.js';
import { constraint } from '../metrics/constraint.js';
import { degreeCentrality, degrees } from '../metrics/degree.js';
import { effectiveSize } from '../metrics/effective-size.js';
import { giveTakeRatio } from '../metrics/give-take.js';
import { pagerank, sourcePagerank } from '../metrics/pagerank.js';
import { personReciprocity } from '../metrics/reciprocity.js';
import { cutPoints, dependents } from '../metrics/resilience.js';

type StructuralField =
  | 'inDegree'
  | 'outDegree'
  | 'inStrength'
  | 'outStrength'
  | 'degreeCentrality'
  | 'betweenness'
  | 'closeness'
  | 'pagerank'
  | 'sourcePagerank'
  | 'reciprocity'
  | 'giveTakeRatio'
  | 'constraint'
  | 'effectiveSize'
  | 'cutPoint'
  | 'dependents';

/** One array per field, entry i for the i-th person in sorted id order. */
export type PersonStructure = { [K in StructuralField]: PersonRow[K][] };

/** The fields of the path searches. */
export type PathFields = Pick<PersonStructure, 'betweenness' | 'closeness'>;
/** Every other structural field: computed in this thread, from the index alone. */
export type LocalStructure = Omit<PersonStructure, keyof PathFields>;

/**
 * Both halves, the searches running (on the worker threads of `runner`) while this thread
 * computes the rest. Without the `paths` or `structure` part, their fields are null (false and
 * 0 for cut points); without `summary`, PageRank, degree centrality, reciprocity and give/take
 * are null too.
 */
export async function personStructure(
  graph: GraphSource,
  sampling: Sampling | null = null,
  runner: Runner = inProcessRunner,
  parts: Parts = ALL_PARTS,
  t: Timings = NO_TIMINGS,
): Promise<PersonStructure> {
  const paths = startPathFields(graph, sampling, runner, parts, t);
  const local = localStructure(graph, parts, t);
  return { ...local, ...(await paths) };
}

/**
 * Starts the searches and returns at once. The caller goes on with work of its own and awaits
 * the result later; a failure is reported there (the promise is marked handled meanwhile, so a
 * failure while this thread is still busy is not taken for an unhandled one).
 */
export function startPathFields(
  graph: GraphSource,
  sampling: Sampling | null,
  runner: Runner = inProcessRunner,
  parts: Parts = ALL_PARTS,
  t: Timings = NO_TIMINGS,
): Promise<PathFields> {
  const { n } = indexGraph(graph);
  const none = () => new Array<null>(n).fill(null);
  const paths: Promise<PathFields> = parts.has('paths')
    ? t.time('betweenness and closeness (worker threads)', () => pathCentralities(graph, sampling, runner))
    : Promise.resolve({ betweenness: none(), closeness: none() });
  paths.catch(() => undefined);
  return paths;
}

/** Degrees and strengths are counted always: they are the offsets and weights of the index, summed. */
export function localStructure(graph: GraphSource, parts: Parts = ALL_PARTS, t: Timings = NO_TIMINGS): LocalStructure {
  const { n } = indexGraph(graph);
  const none = () => new Array<null>(n).fill(null);
  const structure = parts.has('structure');
  const basic = parts.has('summary')
    ? t.time('degrees, pagerank, reciprocity', () => ({
        ...degrees(graph),
        degreeCentrality: degreeCentrality(graph),
        pagerank: pagerank(graph),
        sourcePagerank: sourcePagerank(graph),
        reciprocity: personReciprocity(graph),
        giveTakeRatio: giveTakeRatio(graph),
      }))
    : { ...degrees(graph), degreeCentrality: none(), pagerank: none(), sourcePagerank: none(), reciprocity: none(), giveTakeRatio: none() };
  return {
    ...basic,
    constraint: structure ? t.time('constraint', () => constraint(graph)) : none(),
    effectiveSize: structure ? t.time('effective size', () => effectiveSize(graph)) : none(),
    cutPoint: structure ? t.time('cut points', () => cutPoints(graph)) : new Array<boolean>(n).fill(false),
    dependents: structure ? t.time('dependents', () => dependents(graph)) : new Array<number>(n).fill(0),
  };
}
