/**
 * The structural person fields of SPEC §4.1 and §4.7, column-wise and aligned with
 * `indexGraph(graph).ids` (sorted id order). Group, community, role, brokerage and activity
 * fields are filled elsewhere; each field is defined in the metric file it comes from.
 */
import type { GraphSource } from '../graph/csr.js';
import { inProcessRunner, type Runner } from '../parallel/runner.js';
import type { PersonRow } from '../report/types.js';
import { pathCentralities, type Sampling } from './betweenness.js';
import { constraint } from './constraint.js';
import { degreeCentrality, degrees } from './degree.js';
import { effectiveSize } from './effective-size.js';
import { giveTakeRatio } from './give-take.js';
import { pagerank } from './pagerank.js';
import { personReciprocity } from './reciprocity.js';
import { cutPoints, dependents } from './resilience.js';

type StructuralField =
  | 'inDegree'
  | 'outDegree'
  | 'inStrength'
  | 'outStrength'
  | 'degreeCentrality'
  | 'betweenness'
  | 'closeness'
  | 'pagerank'
  | 'reciprocity'
  | 'giveTakeRatio'
  | 'constraint'
  | 'effectiveSize'
  | 'cutPoint'
  | 'dependents';

/** One array per field, entry i for the i-th person in sorted id order. */
export type PersonStructure = { [K in StructuralField]: PersonRow[K][] };

export async function personStructure(graph: GraphSource, sampling: Sampling | null = null, runner: Runner = inProcessRunner): Promise<PersonStructure> {
  const paths = await pathCentralities(graph, sampling, runner);
  return {
    ...degrees(graph),
    degreeCentrality: degreeCentrality(graph),
    betweenness: paths.betweenness,
    closeness: paths.closeness,
    pagerank: pagerank(graph),
    reciprocity: personReciprocity(graph),
    giveTakeRatio: giveTakeRatio(graph),
    constraint: constraint(graph),
    effectiveSize: effectiveSize(graph),
    cutPoint: cutPoints(graph),
    dependents: dependents(graph),
  };
}
