/**
 * `--compare-by ATTR,…` (docs/metrics.md#attributes): for each named people-file column, the group
 * figures as if it were the grouping attribute — size, internal and external ties, E-I with its
 * permutation p-value, internal share, density, reciprocity — and the column's E-I over the ties
 * whose two ends have a value, as the organization's is computed for the grouping attribute.
 * The same functions compute them as compute the group rows (groups.ts, mixing.ts,
 * ei-permutation.ts), on the column's values (binned when numeric, bins.ts) pooled by
 * `--min-group-size` as the groups are.
 */
import { InputError, UsageError } from '../../base/errors.js';
import { normalizeName } from '../../base/column-name.js';
import type { GraphIndex } from '../../graph/csr.js';
import { eiPermutationTest } from '../../metrics/ei-permutation.js';
import { encodeGroups } from '../../metrics/group-codes.js';
import { mixing, orgEiIndex } from '../../metrics/mixing.js';
import { listColumns } from '../../ingest/privacy/quote.js';
import type { IdMask } from '../../model/ingest.js';
import type { PeopleTable } from '../../model/ingest.js';
import type { AttributeComparison } from '../../model/report.js';
import type { Runner } from '../../parallel/runner.js';
import { groupFigures } from '../groups.js';
import { poolSmallGroups } from '../small-groups.js';
import { attributeGroups } from './bins.js';

/** A `--compare-by` name resolved to a column of the people file. */
export interface ComparedColumn {
  /** As the file spells it: the key of `attributes` in the report. */
  column: string;
  /** The grouping column itself (its labels are read from the groups, not the attributes). */
  grouping: boolean;
}

/**
 * The columns `--compare-by` names, as the file spells them (names compared as aliases are:
 * trimmed, case and accents ignored). A name that is no column of the people file, or one left
 * out of the outputs, stops the run with the columns it could name.
 */
export function comparedColumns(names: readonly string[], people: PeopleTable | null, ids: IdMask): ComparedColumn[] {
  if (names.length === 0) return [];
  if (people === null) throw new UsageError('--compare-by names columns of the people file: add --people FILE');
  const available = [...(people.groupColumn !== null ? [people.groupColumn] : []), ...people.attributeColumns];
  const out: ComparedColumn[] = [];
  for (const name of names) {
    const column = available.find((c) => normalizeName(c) === normalizeName(name));
    if (column === undefined) {
      const dropped = people.droppedAttributes.some((c) => normalizeName(c) === normalizeName(name));
      const why = dropped ? 'is left out of the outputs (--pseudonymize or --drop-attributes)' : 'no such column';
      throw new InputError(people.file, `--compare-by ${JSON.stringify(name)}: ${why}; columns it can name: ${listColumns(available, ids)}`);
    }
    if (!out.some((c) => c.column === column)) out.push({ column, grouping: column === people.groupColumn });
  }
  return out;
}

export interface CompareInputs {
  graph: GraphIndex;
  columns: readonly ComparedColumn[];
  /** The grouping column's labels before `--min-group-size` pooled them. */
  groupLabels: readonly (string | null)[];
  minGroupSize: number;
  permutations: number;
  seed: number;
  runner?: Runner | undefined;
  /** The pooling warnings of each column go here. */
  warnings: string[];
}

/** The columns one after the other: each permutation test takes the worker threads whole. */
export async function compareAttributes(inputs: CompareInputs): Promise<Record<string, AttributeComparison>> {
  const { graph } = inputs;
  const out: Record<string, AttributeComparison> = {};
  for (const { column, grouping } of inputs.columns) {
    const values = grouping ? [...inputs.groupLabels] : graph.attributes.map((a) => (Object.hasOwn(a, column) ? a[column]! : null));
    // The grouping column is a grouping already (department codes 1–4 are no quantity): never binned.
    const pooled = poolSmallGroups(grouping ? values : attributeGroups(values), inputs.minGroupSize);
    inputs.warnings.push(...pooled.warnings.map((w) => `--compare-by ${column}: ${w}`));
    const groups = encodeGroups(pooled.labels);
    const rows = groupFigures(graph, groups);
    const test = await eiPermutationTest(graph, groups, { permutations: inputs.permutations, seed: inputs.seed }, inputs.runner);
    rows.forEach((row, g) => (row.eiPValue = test.groups[g] ?? null));
    const eiIndex = groups.names.length > 0 ? orgEiIndex(mixing(graph, groups), graph.undirected) : null;
    // Own keys from entries: a column named `__proto__` is a key like any other.
    Object.defineProperty(out, column, { value: { groups: rows, eiIndex, eiPValue: test.org }, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
