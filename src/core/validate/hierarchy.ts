/**
 * `orgnet validate` on the reporting line: whether analyze takes the `--hierarchy` file or the
 * people file's manager column, and what it would find there — the chart's counts over the people
 * of the data, the manager ids that name nobody, the people the line lists who are in neither
 * file. The same rules as analyze's (analysis/hierarchy.ts): bad rows and a circle are errors
 * (analyze stops on them); unknown managers are listed (analyze warns and goes on).
 */
import { InputError } from '../base/errors.js';
import { compareIds } from '../base/ids.js';
import { chartCounts, chartOf, reportingLineOf } from '../analysis/hierarchy.js';
import type { HierarchyTable, IdMask, Interactions, PeopleTable } from '../model/ingest.js';
import type { HierarchyCheck, IdList } from '../model/validation.js';
import type { ProblemList } from './problem-list.js';

export interface HierarchyRead {
  /** The `--hierarchy` file's table; null without the flag, or when it could not be read. */
  table: HierarchyTable | null;
  /** Whether `--hierarchy` was given (a file that could not be read gives no chart). */
  given: boolean;
  records: number;
  badRows: number;
}

function idList(ids: readonly string[], limit: number): IdList {
  return { count: ids.length, first: ids.slice(0, limit) };
}

/**
 * `problems`: the list of the file the line comes from (the --hierarchy file's, or the people
 * file's for a column); a circle is added there.
 */
export function hierarchyCheck(
  read: HierarchyRead,
  people: PeopleTable | null,
  interactions: Interactions | null,
  context: { ids: IdMask; remove: readonly string[]; limit: number; problems: ProblemList },
): Omit<HierarchyCheck, 'file'> | null {
  const line = reportingLineOf(people, read.table);
  if (line === null && !read.given) return null;
  const rows = read.given ? { records: read.records, people: read.table?.persons.length ?? 0, bad: read.badRows } : null;
  const column = read.given ? null : (people?.managerColumn ?? null);
  const none = { count: 0, first: [] };
  // The people analyze would analyse: both files' ids, less --remove (as they are shown).
  if (line === null || interactions === null) return { column, rows, chart: null, unknownManagers: none, notInData: none };
  const removed = new Set(context.remove.map((id) => context.ids.show(id)));
  const ids = [...new Set([...(people?.ids ?? []), ...interactions.ids])].filter((id) => !removed.has(id)).sort(compareIds);
  const position = new Map(ids.map((id, i) => [id, i]));
  const chart = chartOf(ids, position, line, [...removed]);
  const notInData = line.persons.filter((p) => !position.has(p) && !removed.has(p));
  let counts: HierarchyCheck['chart'] = null;
  try {
    const { people: onLine, managers, maxDepth } = chartCounts(ids, chart, line.file);
    counts = { people: onLine, managers, maxDepth };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    context.problems.addInputError(error);
  }
  return { column, rows, chart: counts, unknownManagers: idList(chart.unknown, context.limit), notInData: idList(notInData, context.limit) };
}
