/**
 * What one person's departure does to the distances from one source, found from that source's
 * breadth-first search instead of a new one (the DF kernel's inner loop, distance-fragmentation.ts).
 *
 * Affected people: those whose every shortest path from the source runs through the person c
 * who leaves. Walking the search's DAG down from c finds them: a person is affected when all of
 * their DAG parents (neighbours one hop nearer the source) are c or affected. Everyone else keeps
 * a shortest path that avoids c, so their distance stands.
 * Settling again: an affected person a, at distance L before, is at least L + 1 after. Their best
 * unaffected neighbour gives a first value; when that neighbour is at L (no unaffected one can be
 * nearer: it would be a parent), L + 1 is final and nothing else is needed — the usual case.
 * Only the rest ("open") go through a small breadth-first search among themselves, seeded with
 * those first values and their final affected neighbours, taking seeds (sorted) and queue in
 * order of distance: a multi-source search whose sources start at different distances.
 * Cost: Θ(Σ degree) over c and the affected people, usually a handful.
 */

/** Marks in `dist`: present but not reached from the source; removed from the network. */
export const UNREACHED = -1;
export const REMOVED = -2;
const NEVER = 0x7fffffff;

/** Scratch arrays of one search; stamps (`mark`, `inA`, `open`, `done` equal to `stamp`) spare a reset. */
export interface Workspace {
  n: number;
  order: Int32Array;
  mark: Int32Array;
  /** Affected parents of v counted so far, in the current walk. */
  hits: Int32Array;
  affected: Int32Array;
  inA: Int32Array;
  open: Int32Array;
  done: Int32Array;
  /** New distance of each affected person (NEVER: no longer reachable). */
  next: Int32Array;
  pending: Int32Array;
  seeds: Float64Array;
  queue: Int32Array;
  stamp: number;
  /** Length of `affected` after the last walk (c included). */
  count: number;
  /** People the last full search reached (the first of `order`). */
  reached: number;
}

/** One source's search: distances and number of DAG parents of every person. */
export interface SourceView {
  dist: Int32Array;
  parents: Int32Array;
}

interface Graph {
  offsets: Int32Array;
  index: Int32Array;
}

let cached: Workspace | null = null;

/** A workspace for n people, reused between calls (allocating ten arrays of n per task would dominate small tasks). */
export function workspaceFor(n: number): Workspace {
  if (cached && cached.n === n && cached.stamp < 0x3fffffff) return cached;
  const ints = () => new Int32Array(n);
  cached = {
    n, order: ints(), mark: ints(), hits: ints(), affected: ints(), inA: ints(), open: ints(), done: ints(),
    next: ints(), pending: ints(), seeds: new Float64Array(n), queue: ints(), stamp: 0, count: 0, reached: 0,
  };
  return cached;
}

/** How much the source's Σ 1/d drops if c (reached, not the source) leaves; `view` is left as it was. */
export function lossWithout(g: Graph, c: number, ws: Workspace, view: SourceView): number {
  const count = walkAffected(g, c, ws, view);
  let before = 0;
  for (let i = 0; i < count; i++) before += 1 / view.dist[ws.affected[i]!]!;
  return before - (count > 1 ? settleAgain(g, count, ws, view) : 0);
}

/**
 * Removes c for good from the source's search: new distances for the affected people, c marked
 * removed, parent counts mended where a parent moved or left. Returns the drop in Σ 1/d.
 */
export function applyRemoval(g: Graph, c: number, ws: Workspace, view: SourceView): number {
  const { dist } = view;
  if (dist[c]! < 0) {
    dist[c] = REMOVED;
    return 0;
  }
  const loss = lossWithout(g, c, ws, view);
  const count = ws.count;
  mendParentsAround(g, count, ws, view);
  for (let i = 1; i < count; i++) {
    const a = ws.affected[i]!;
    dist[a] = ws.next[a] === NEVER ? UNREACHED : ws.next[a]!;
  }
  dist[c] = REMOVED;
  recountParents(g, count, ws, view);
  return loss;
}

/**
 * Lists c, then every person all of whose DAG parents are c or already listed, into
 * `ws.affected[0 .. count)` (and marks them in `inA`). The list grows level by level (a child is
 * one level below its parents, and a whole level is listed before the next is read), so when the
 * last parent of w is read, w's count of affected parents is complete.
 */
function walkAffected(g: Graph, c: number, ws: Workspace, view: SourceView): number {
  const { offsets, index } = g;
  const { dist, parents } = view;
  const { mark, hits, affected, inA } = ws;
  const stamp = ++ws.stamp;
  inA[c] = stamp;
  affected[0] = c;
  let count = 1;
  for (let i = 0; i < count; i++) {
    const v = affected[i]!;
    const below = dist[v]! + 1;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const w = index[p]!;
      if (dist[w] !== below) continue;
      if (mark[w] !== stamp) {
        mark[w] = stamp;
        hits[w] = 0;
      }
      if (++hits[w]! === parents[w]!) {
        inA[w] = stamp;
        affected[count++] = w;
      }
    }
  }
  ws.count = count;
  return count;
}

/** Σ 1/d over the affected people affected[1 .. count) once c (affected[0]) is gone; sets `ws.next`. */
function settleAgain(g: Graph, count: number, ws: Workspace, view: SourceView): number {
  const { offsets, index } = g;
  const { dist } = view;
  const { affected, inA, next, pending, stamp } = ws;
  let gained = 0;
  let opened = 0;
  for (let i = 1; i < count; i++) {
    const a = affected[i]!;
    const level = dist[a]!;
    let best = NEVER;
    for (let p = offsets[a]!, end = offsets[a + 1]!; p < end; p++) {
      const u = index[p]!;
      const du = dist[u]!;
      if (du < 0 || inA[u] === stamp) continue;
      if (du + 1 < best) best = du + 1;
      if (du === level) break;
    }
    next[a] = best;
    if (best === level + 1) gained += 1 / best;
    else pending[opened++] = a;
  }
  return opened === 0 ? gained : gained + settleOpen(g, opened, ws);
}

/** The open people pending[0 .. opened): a breadth-first search among them, from their neighbours' values. */
function settleOpen(g: Graph, opened: number, ws: Workspace): number {
  const { offsets, index } = g;
  const { affected, inA, open, done, next, pending, seeds, queue, stamp, n } = ws;
  const c = affected[0]!;
  for (let i = 0; i < opened; i++) open[pending[i]!] = stamp;
  let seedCount = 0;
  for (let i = 0; i < opened; i++) {
    const y = pending[i]!;
    for (let p = offsets[y]!, end = offsets[y + 1]!; p < end; p++) {
      const x = index[p]!;
      // A settled affected neighbour (not c, not open) is final at next[x].
      if (inA[x] === stamp && open[x] !== stamp && x !== c && next[x]! + 1 < next[y]!) next[y] = next[x]! + 1;
    }
    if (next[y] !== NEVER) seeds[seedCount++] = next[y]! * n + y;
  }
  seeds.subarray(0, seedCount).sort();
  let gained = 0;
  let head = 0;
  let tail = 0;
  let seed = 0;
  while (seed < seedCount || head < tail) {
    const fromQueue = head < tail && (seed >= seedCount || next[queue[head]!]! * n <= seeds[seed]!);
    const x = fromQueue ? queue[head++]! : seeds[seed++]! % n;
    if (done[x] === stamp) continue;
    done[x] = stamp;
    const dx = next[x]!;
    gained += 1 / dx;
    for (let p = offsets[x]!, end = offsets[x + 1]!; p < end; p++) {
      const y = index[p]!;
      if (open[y] === stamp && done[y] !== stamp && dx + 1 < next[y]!) {
        next[y] = dx + 1;
        queue[tail++] = y;
      }
    }
  }
  return gained;
}

/**
 * Unaffected people one hop below c or an affected person lose them as a parent (c leaves; an
 * affected person moves further away). They never gain one: an unaffected neighbour w of an
 * affected a sat at most one level below a's old distance and keeps its own, while a's new
 * distance is at least one more than its old. Reads the old distances: call before writing the new.
 */
function mendParentsAround(g: Graph, count: number, ws: Workspace, view: SourceView): void {
  const { offsets, index } = g;
  const { dist, parents } = view;
  const { affected, inA, stamp } = ws;
  for (let i = 0; i < count; i++) {
    const x = affected[i]!;
    const below = dist[x]! + 1;
    for (let p = offsets[x]!, end = offsets[x + 1]!; p < end; p++) {
      const w = index[p]!;
      if (dist[w] === below && inA[w] !== stamp) parents[w]!--;
    }
  }
}

/** Parent counts of the affected people, from their new distances (c is marked removed by then). */
function recountParents(g: Graph, count: number, ws: Workspace, view: SourceView): void {
  const { offsets, index } = g;
  const { dist, parents } = view;
  for (let i = 1; i < count; i++) {
    const a = ws.affected[i]!;
    const above = dist[a]! - 1;
    if (above < 0) continue;
    let k = 0;
    for (let p = offsets[a]!, end = offsets[a + 1]!; p < end; p++) if (dist[index[p]!] === above) k++;
    parents[a] = k;
  }
}
