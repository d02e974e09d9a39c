/**
 * What every graph export writes for a person and a tie: the columns of the CSV people table
 * (render/columns.ts — one list, so a field is named and flattened the same way everywhere:
 * `activity.status`, `brokerage.liaison`, `attributes.title`, roles joined with `|`), each with
 * the type the Report gives it, not one guessed from the values: a betweenness column whose
 * values happen to be whole numbers is still a double, so Gephi, Cytoscape and networkx see
 * the same column type on every data set. `null` and empty text (no roles, an empty people-file
 * cell) are left out, as a CSV leaves the cell empty: an absent attribute in every format.
 */
import type { Analysis } from '../../core/analysis/analyze.js';
import { compareIds } from '../../core/base/ids.js';
import { hasTie } from '../../core/metrics/has-tie.js';
import type { PersonRow } from '../../core/model/report.js';
import { personColumns, type Cell, type Column } from '../columns.js';
import { undirectedReport } from '../undirected.js';
import { timeText } from '../../core/base/iso-time.js';

export type AttributeType = 'integer' | 'double' | 'boolean' | 'string';

export interface Attribute {
  name: string;
  type: AttributeType;
}

const INTEGER = new Set([
  'inDegree', 'outDegree', 'coreNumber', 'dependents', 'community', 'activity.activePeriods',
  'brokerage.coordinator', 'brokerage.itinerant', 'brokerage.gatekeeper', 'brokerage.representative', 'brokerage.liaison',
]);
const DOUBLE = new Set([
  'inStrength', 'outStrength', 'degreeCentrality', 'betweenness', 'closeness', 'pagerank', 'sourcePagerank', 'reciprocity',
  'giveTakeRatio', 'constraint', 'effectiveSize', 'externalShare', 'activity.interactions', 'activity.activityRate',
  'activity.trend',
]);
const BOOLEAN = new Set(['cutPoint']);

/** A column the lists above do not know yet (a field added later) is typed by its values. */
function typeOf(column: Column<PersonRow>, people: readonly PersonRow[]): AttributeType {
  if (INTEGER.has(column.key)) return 'integer';
  if (DOUBLE.has(column.key)) return 'double';
  if (BOOLEAN.has(column.key)) return 'boolean';
  for (const p of people) {
    const v = column.get(p);
    if (typeof v === 'number') return 'double';
    if (typeof v === 'boolean') return 'boolean';
    if (typeof v === 'string') return 'string';
  }
  return 'string';
}

export interface PersonTable {
  attributes: Attribute[];
  /** The person's values, in `attributes` order; `null` where undefined. */
  values: (person: PersonRow) => Cell[];
}

/** The node attributes: every person column but `id`, which is the node's own id. */
export function personTable(analysis: Analysis): PersonTable {
  const { report } = analysis;
  const columns = personColumns(report.meta.people?.attributes ?? [], report.org.hierarchy != null).filter((c) => c.key !== 'id');
  const attributes = columns.map((c) => ({ name: c.key, type: typeOf(c, report.people) }));
  return { attributes, values: (p) => columns.map((c) => present(c.get(p))) };
}

/** A NaN that slipped through would be written as "NaN": it is undefined, so it is left out too. */
const present = (v: Cell): Cell => ((typeof v === 'number' && !Number.isFinite(v)) || v === '' ? null : v);

export const TIE_ATTRIBUTES: Attribute[] = [
  { name: 'weight', type: 'double' },
  { name: 'count', type: 'integer' },
  { name: 'first', type: 'string' },
  { name: 'last', type: 'string' },
];

export interface Tie {
  source: string;
  target: string;
  /** weight, count, first, last (ISO date-times), as TIE_ATTRIBUTES. */
  values: [number, number, string | null, string | null];
  /** First and last interaction, epoch ms (elapsed ms on a relative clock); NaN without timestamps. */
  first: number;
  last: number;
}


/** Undirected data (docs/input.md), whether the report's options or the graph's type say so. */
export function isUndirected(analysis: Analysis): boolean {
  return undirectedReport(analysis.report) || analysis.index.undirected;
}

/**
 * The ties in graph order (docs/metrics.md#conventions: by source, then target, as the graph is built), read from the
 * index rather than from a graphology graph: graphology keeps a node's neighbours in plain objects,
 * where a person named `constructor` or `__proto__` meets the object's own properties. For
 * undirected data, held with each tie in both directions, each tie is written once, from the
 * smaller id, with the tie's weight.
 */
export function* ties(analysis: Analysis, undirected: boolean): Generator<Tie> {
  const { ids, out, tieRows, tieFirst, tieLast } = analysis.index;
  // A relative clock's times are durations (docs/input.md#interactions-required---reads-standard-input).
  const clock = analysis.report.meta.input.clock;
  const time = (ms: number) => (Number.isNaN(ms) ? null : timeText(ms, clock));
  for (let s = 0; s < ids.length; s++) {
    for (let p = out.offsets[s]!; p < out.offsets[s + 1]!; p++) {
      const t = out.index[p]!;
      const [source, target] = [ids[s]!, ids[t]!];
      if (undirected && compareIds(source, target) > 0 && hasTie(out, t, s)) continue;
      yield { source, target, values: [out.weight[p]!, tieRows[p]!, time(tieFirst[p]!), time(tieLast[p]!)], first: tieFirst[p]!, last: tieLast[p]! };
    }
  }
}
