/**
 * The reporting line against the informal network (docs/metrics.md#the-reporting-line).
 *
 * Each person's direct manager comes from the people file's manager column or from `--hierarchy
 * FILE`. A manager who is the person themselves (an HR export's CEO row) is no manager. A manager
 * id that names nobody analysed is a warning (count and the first few ids, as every output names
 * people: pseudonyms with --pseudonymize), and that person has no manager. A cycle (a reports to b,
 * b to a) stops the run, naming it: no chart has one, so the file is wrong.
 *
 * - Person `manager`: the manager's id; `directReports`: how many people name this person as
 *   manager; `managerTie`: whether the person and the manager are tied either way (an edge of the
 *   undirected projection U), null without a manager.
 * - Org `hierarchy`: `people` on the reporting line (with a manager or a direct report),
 *   `managers` (with a direct report), `maxDepth` (the longest chain of managers above someone: 0
 *   when nobody has one) and `tiesOnReportingLine`: the share of the edges of U that join a person
 *   and their direct manager (null without an edge).
 * Everything is null without a reporting line. Weights play no part.
 */
import { InputError } from '../base/errors.js';
import type { GraphIndex } from '../graph/csr.js';
import { hasTie } from '../metrics/has-tie.js';
import type { HierarchyTable, PeopleTable } from '../model/ingest.js';
import type { HierarchySummary } from '../model/report.js';

/** The reporting line as read: the people file's manager column, or the --hierarchy file. */
export interface ReportingLine {
  /** How messages name the file it came from. */
  file: string;
  /** The people file's manager column; null for a --hierarchy file (meta.hierarchy names it). */
  column: string | null;
  /** A --hierarchy file's person and manager columns. */
  fileColumns?: { person: string; manager: string } | undefined;
  persons: readonly string[];
  managers: readonly (string | null)[];
}

export interface HierarchyFigures {
  /** Per person (index order): the manager's index, −1 without one. */
  manager: Int32Array;
  directReports: Int32Array;
  managerTie: (boolean | null)[];
  summary: HierarchySummary;
  warnings: string[];
}

/** How many unknown manager ids the warning quotes. */
const QUOTED = 3;

/** The reporting line the inputs give: a --hierarchy file first, else the people file's manager column; null without either. */
export function reportingLineOf(people: PeopleTable | null, hierarchy: HierarchyTable | null): ReportingLine | null {
  if (hierarchy) {
    const { file, persons, managers, personColumn, managerColumn } = hierarchy;
    return { file, column: null, persons, managers, fileColumns: { person: personColumn, manager: managerColumn } };
  }
  if (people?.managerColumn == null) return null;
  return { file: people.file, column: people.managerColumn, persons: people.ids, managers: people.managers };
}

/** The chart over a set of people: each one's manager, or −1; the manager ids that name nobody there. */
export interface Chart {
  manager: Int32Array;
  /** In the order the line first names them; people given to `--remove` are not unknown. */
  unknown: string[];
}

/**
 * Each person's manager as a position among `ids` (`position` maps an id to it). A person who is
 * not among them has no say; a manager who is not among them is unknown, and the person has none.
 */
export function chartOf(ids: readonly string[], position: ReadonlyMap<string, number>, line: ReportingLine, removed: readonly string[] = []): Chart {
  const manager = new Int32Array(ids.length).fill(-1);
  const unknown = new Set<string>();
  const gone = new Set(removed);
  line.persons.forEach((person, k) => {
    const p = position.get(person);
    const m = line.managers[k] ?? null;
    if (p === undefined || m === null || m === person) return;
    const q = position.get(m);
    if (q === undefined) {
      if (!gone.has(m)) unknown.add(m);
      return;
    }
    manager[p] = q;
  });
  return { manager, unknown: [...unknown] };
}

/** The chart's counts besides the ties: people on it, managers, the deepest chain (throws on a cycle). */
export function chartCounts(ids: readonly string[], chart: Chart, file: string): { people: number; managers: number; maxDepth: number; directReports: Int32Array } {
  const { manager } = chart;
  const n = manager.length;
  const depth = depths(ids, manager, file);
  const directReports = new Int32Array(n);
  for (let i = 0; i < n; i++) if (manager[i]! >= 0) directReports[manager[i]!]!++;
  let people = 0;
  let managers = 0;
  let maxDepth = 0;
  for (let i = 0; i < n; i++) {
    if (manager[i]! >= 0 || directReports[i]! > 0) people++;
    if (directReports[i]! > 0) managers++;
    if (depth[i]! > maxDepth) maxDepth = depth[i]!;
  }
  return { people, managers, maxDepth, directReports };
}

export function reportingLine(graph: GraphIndex, line: ReportingLine, removed: readonly string[] = []): HierarchyFigures {
  const { ids, position, und } = graph;
  const chart = chartOf(ids, position, line, removed);
  const { manager } = chart;
  const { people, managers, maxDepth, directReports } = chartCounts(ids, chart, line.file);
  const managerTie = Array.from(manager, (m, i) => (m < 0 ? null : hasTie(und, i, m)));
  let tied = 0;
  for (const tie of managerTie) if (tie === true) tied++;
  // U holds each edge in both rows (for undirected data too).
  const edges = und.index.length / 2;
  return {
    manager,
    directReports,
    managerTie,
    summary: { people, managers, maxDepth, tiesOnReportingLine: edges === 0 ? null : tied / edges },
    warnings: chart.unknown.length === 0 ? [] : [unknownManagersWarning(line.file, chart.unknown)],
  };
}

/** What analyze warns about manager ids that name nobody (validate lists them in its own words). */
function unknownManagersWarning(file: string, ids: readonly string[]): string {
  const quoted = ids.slice(0, QUOTED).map((id) => JSON.stringify(id)).join(', ');
  const more = ids.length > QUOTED ? ', …' : '';
  const count = ids.length === 1 ? '1 manager id names' : `${ids.length} manager ids name`;
  return `${file}: ${count} nobody analysed (${quoted}${more}); their reports are shown without a manager`;
}

/**
 * Steps from each person up to the top of their chain, walking each chain once; a chain that
 * comes back to itself is a cycle, and the run stops naming it.
 */
function depths(ids: readonly string[], manager: Int32Array, file: string): Int32Array {
  const n = manager.length;
  const depth = new Int32Array(n).fill(-1);
  const onPath = new Uint8Array(n);
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    if (depth[start]! >= 0) continue;
    let j = start;
    while (j >= 0 && depth[j]! < 0 && onPath[j] === 0) {
      onPath[j] = 1;
      path.push(j);
      j = manager[j]!;
    }
    if (j >= 0 && onPath[j] === 1) throw cycleError(ids, path.slice(path.indexOf(j)), file);
    let d = j < 0 ? -1 : depth[j]!;
    for (let k = path.length - 1; k >= 0; k--) {
      depth[path[k]!] = ++d;
      onPath[path[k]!] = 0;
    }
    path.length = 0;
  }
  return depth;
}

function cycleError(ids: readonly string[], cycle: number[], file: string): InputError {
  const names = [...cycle, cycle[0]!].map((i) => JSON.stringify(ids[i]!));
  return new InputError(file, `the reporting line goes round in a circle: ${names.join(' → ')} (each reports to the next); give one of them another manager, or none at the top`);
}
