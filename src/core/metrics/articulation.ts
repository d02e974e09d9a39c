/**
 * What each person's departure does to their component, for every person from one depth-first
 * search of the undirected projection (Hopcroft–Tarjan lowpoints).
 *
 * When v leaves, each DFS child c with low(c) ≥ disc(v) becomes a piece of its own (the subtree
 * of c); everything else in v's component — the part through v's parent plus the children that
 * reach above v — stays together as one more piece ("rest"). So, per person, the size of the
 * largest piece (for `dependents`) is known without removing anyone: O(n + m) for everyone
 * instead of O(n (n + m)).
 * A person is an articulation point (cut point) when their departure leaves at least two pieces.
 * Iterative, with an explicit stack: recursion overflows the call stack at ~10⁴ people.
 * networkx: `articulation_points(U)`.
 * Reference: J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
 * manipulation", Communications of the ACM 16(6) (1973) 372–378.
 */
import type { Adjacency } from '../graph/csr.js';

export interface Departures {
  /** Component number of each person. */
  componentOf: Int32Array;
  componentSizes: number[];
  /** 1 when the person is a cut point. */
  cut: Uint8Array;
  /** Size of the largest piece their component falls into without them (0 for an isolate). */
  largestPiece: Int32Array;
}

interface Search {
  disc: Int32Array;
  low: Int32Array;
  parent: Int32Array;
  subtree: Int32Array;
  cursor: Int32Array;
  /** Pieces split off by each person: count, total size, largest. */
  splitCount: Int32Array;
  splitSize: Int32Array;
  splitLargest: Int32Array;
  order: Int32Array;
  clock: number;
}

export function departures(und: Adjacency): Departures {
  const n = und.offsets.length - 1;
  const search = newSearch(n);
  const result: Departures = {
    componentOf: new Int32Array(n).fill(-1),
    componentSizes: [],
    cut: new Uint8Array(n),
    largestPiece: new Int32Array(n),
  };
  for (let root = 0; root < n; root++) {
    if (search.disc[root] !== -1) continue;
    const first = search.clock;
    explore(und, root, search);
    summarize(search, first, result);
  }
  return result;
}

function newSearch(n: number): Search {
  return {
    disc: new Int32Array(n).fill(-1),
    low: new Int32Array(n),
    parent: new Int32Array(n).fill(-1),
    subtree: new Int32Array(n),
    cursor: new Int32Array(n),
    splitCount: new Int32Array(n),
    splitSize: new Int32Array(n),
    splitLargest: new Int32Array(n),
    order: new Int32Array(n),
    clock: 0,
  };
}

function explore(und: Adjacency, root: number, s: Search): void {
  const { offsets, index } = und;
  const stack: number[] = [root];
  visit(s, root, -1, offsets[root]!);
  while (stack.length > 0) {
    const v = stack[stack.length - 1]!;
    if (s.cursor[v]! < offsets[v + 1]!) {
      const w = index[s.cursor[v]!++]!;
      if (s.disc[w] === -1) {
        visit(s, w, v, offsets[w]!);
        stack.push(w);
      } else if (w !== s.parent[v]) {
        s.low[v] = Math.min(s.low[v]!, s.disc[w]!);
      }
    } else {
      stack.pop();
      finish(s, v);
    }
  }
}

function visit(s: Search, v: number, parent: number, cursor: number): void {
  s.disc[v] = s.low[v] = s.clock;
  s.order[s.clock++] = v;
  s.parent[v] = parent;
  s.subtree[v] = 1;
  s.cursor[v] = cursor;
}

/** Hands a finished child's lowpoint and size to its parent; records a piece if it splits off. */
function finish(s: Search, v: number): void {
  const p = s.parent[v]!;
  if (p < 0) return;
  s.low[p] = Math.min(s.low[p]!, s.low[v]!);
  s.subtree[p]! += s.subtree[v]!;
  if (s.low[v]! < s.disc[p]!) return;
  const size = s.subtree[v]!;
  s.splitCount[p]!++;
  s.splitSize[p]! += size;
  s.splitLargest[p] = Math.max(s.splitLargest[p]!, size);
}

/** People discovered from `first` on form one component, whose root is order[first]. */
function summarize(s: Search, first: number, result: Departures): void {
  const size = s.subtree[s.order[first]!]!;
  const c = result.componentSizes.length;
  result.componentSizes.push(size);
  for (let i = first; i < first + size; i++) {
    const v = s.order[i]!;
    const rest = size - 1 - s.splitSize[v]!;
    result.componentOf[v] = c;
    result.cut[v] = s.splitCount[v]! + (rest > 0 ? 1 : 0) >= 2 ? 1 : 0;
    result.largestPiece[v] = Math.max(s.splitLargest[v]!, rest);
  }
}
