/**
 * Reports for the tests of what reads a finished report (renderers, check rules, findings),
 * built from a small tie list through the real analysis (the library's `analyzeRows`), so every
 * field a test does not choose is what orgnet computes, and a field added to the report reaches
 * these tests without a fixture to edit by hand.
 *
 * A test that needs a value the analysis cannot produce from any tie list (a NaN a renderer must
 * survive, a trend chosen to cross a threshold) sets it in `override`, on top of the real report;
 * each fixture says which values it sets and why.
 */
import { analyzeRows, type Analysis, type Report, type RowsOptions } from '../../src/index.js';

/** One row of the interactions: who to whom, and when (an ISO date or time; none leaves the cell empty). */
interface TieRow {
  source: string;
  target: string;
  weight?: number;
  time?: string;
}

export interface ReportInput {
  ties: readonly TieRow[];
  /** The people file's rows (id, a group column, attributes…), in file order. */
  people?: readonly Record<string, string>[];
  /** The analysis options, as the library takes them (`groupBy`, `permutations`, `period`…). */
  options?: Omit<RowsOptions, 'people' | 'now'>;
  /** Column names of the interactions (default source, target, weight, timestamp), as `meta.input.columns` shows them. */
  columns?: { source?: string; target?: string; weight?: string; time?: string };
  /** The report's `meta.generatedAt` (default 2026-05-01T00:00:00.000Z: the same output on every run). */
  generatedAt?: string;
  /** Changes on top of the real report: values no tie list gives. */
  override?: (report: Report) => Report;
}

const GENERATED_AT = '2026-05-01T00:00:00.000Z';

/** The Analysis (report, graph and index) of `input.ties`, with `input.override` applied to its report. */
export async function buildAnalysis(input: ReportInput): Promise<Analysis> {
  const names = { source: 'source', target: 'target', weight: 'weight', time: 'timestamp', ...input.columns };
  const withWeight = input.ties.some((t) => t.weight !== undefined);
  const withTime = input.ties.some((t) => t.time !== undefined);
  const rows = input.ties.map((t) => ({
    [names.source]: t.source,
    [names.target]: t.target,
    ...(withWeight ? { [names.weight]: t.weight ?? '' } : {}),
    ...(withTime ? { [names.time]: t.time ?? '' } : {}),
  }));
  const analysis = await analyzeRows(rows, {
    names: { interactions: 'interactions.csv', people: 'people.csv' },
    ...input.options,
    ...(input.people === undefined ? {} : { people: input.people }),
    now: () => new Date(input.generatedAt ?? GENERATED_AT),
  });
  return input.override === undefined ? analysis : { ...analysis, report: input.override(analysis.report) };
}

/** The report alone. */
export async function buildReport(input: ReportInput): Promise<Report> {
  return (await buildAnalysis(input)).report;
}
