/**
 * The index of a part of the organization's ties: the graph of one time window (analysis/windows/).
 * Its people are the ends of those ties — everyone with a row in the window, nobody else — in the
 * same sorted id order, with their group labels and attributes; each tie carries the weight and
 * row count of its rows in the window, not of the whole file. Undirected data keeps its mark, and
 * every tie its two entries.
 */
import { indexOfTies, type GraphIndex } from './csr.js';

/**
 * `entries`: out-tie positions of `index`, ascending (both entries of an undirected tie);
 * `weight` and `rows`: per position of `index`, the window's sums (read at `entries` only).
 */
export function subIndex(index: GraphIndex, entries: Int32Array, weight: Float64Array, rows: Float64Array): GraphIndex {
  const sourceOf = sourcesOf(index);
  const local = new Int32Array(index.n).fill(-1);
  for (const p of entries) {
    local[sourceOf[p]!] = 0;
    local[index.out.index[p]!] = 0;
  }
  const ids: string[] = [];
  const group: (string | null)[] = [];
  const attributes: Record<string, string>[] = [];
  const position = new Map<string, number>();
  for (let i = 0; i < index.n; i++) {
    if (local[i] === -1) continue;
    local[i] = ids.length;
    position.set(index.ids[i]!, ids.length);
    ids.push(index.ids[i]!);
    group.push(index.group[i] ?? null);
    attributes.push(index.attributes[i] ?? {});
  }
  const m = entries.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const w = new Float64Array(m);
  const tieRows = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const p = entries[k]!;
    from[k] = local[sourceOf[p]!]!;
    to[k] = local[index.out.index[p]!]!;
    w[k] = weight[p]!;
    tieRows[k] = rows[p]!;
  }
  return indexOfTies({ ids, position, group, attributes }, from, to, w, tieRows, index.undirected);
}

const sources = new WeakMap<GraphIndex, Int32Array>();

/** The source of each out-tie position, computed once per index. */
function sourcesOf(index: GraphIndex): Int32Array {
  let of = sources.get(index);
  if (of) return of;
  of = new Int32Array(index.m);
  const { offsets } = index.out;
  for (let i = 0; i < index.n; i++) of.fill(i, offsets[i]!, offsets[i + 1]!);
  sources.set(index, of);
  return of;
}
