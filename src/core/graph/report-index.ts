/**
 * The index of a JSON report's ties (`--with-ties`): its people, in the report's id order, with
 * their groups, and each listed tie with its weight and row count — what `diff` and `--compare`
 * read ties gained and lost from, exactly as from an interactions side's analysis. An undirected
 * report lists each tie once; the index holds it both ways and is marked undirected, as ingest's.
 * Times are not needed to compare ties and are left out (NaN).
 */
import type { Report } from '../model/report.js';
import { indexOfTies, type GraphIndex } from './csr.js';

/** null when the report lists no ties (made without `--with-ties`). */
export function reportIndex(report: Report): GraphIndex | null {
  const { ties } = report;
  if (ties === undefined) return null;
  const ids = report.people.map((p) => p.id);
  const position = new Map<string, number>();
  ids.forEach((id, i) => position.set(id, i));
  const both = report.meta.options.undirected === true;
  const m = (both ? 2 : 1) * ties.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const weight = new Float64Array(m);
  const rows = new Float64Array(m);
  let e = 0;
  for (const tie of ties) {
    // The report's sanity check (ingest/report/sanity.ts) made sure both ends are listed people.
    const s = position.get(tie.source)!;
    const t = position.get(tie.target)!;
    for (const [a, b] of both ? [[s, t], [t, s]] : [[s, t]]) {
      from[e] = a!;
      to[e] = b!;
      weight[e] = tie.weight;
      rows[e++] = tie.count;
    }
  }
  const people = { ids, position, group: report.people.map((p) => p.group), attributes: report.people.map((p) => p.attributes) };
  return indexOfTies(people, from, to, weight, rows, both);
}
