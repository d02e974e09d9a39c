/**
 * Whom to brief: the people who together reach the most others in one step (Borgatti's KPP-Pos,
 * the "reach" criterion).
 *
 * Definition: on the unweighted undirected projection, a person covers themselves and their
 * neighbours. K people are chosen greedily: at each step the one who covers the most people not
 * yet covered (ties → smallest id). `reach` after each choice is the share of all people covered
 * by those chosen so far. Fewer than K entries only when there are fewer than K people.
 * Greedy is within 1 − 1/e of the best set (coverage is submodular), and exact on stars and on
 * disjoint cliques; on other graphs a better set may exist (the tests show one).
 * Lazy greedy: a person's gain can only fall as others are chosen, so the candidates sit in a heap
 * by the gain last computed; the top one is recounted, and taken only when its gain has not
 * fallen — then no one below can beat it. Each step recounts a few people, not everyone.
 * Weight and direction: ignored.
 * Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
 * Computational and Mathematical Organization Theory 12 (2006) 21–34.
 */
import { indexGraph, type Adjacency, type GraphSource } from '../graph/csr.js';

export interface ReachStep {
  /** Position of the person in the index (sorted id order). */
  person: number;
  /** Cumulative share of people covered once this person is chosen. */
  reach: number;
}

export function reachPlayers(graph: GraphSource, k: number): ReachStep[] {
  return reachPlayersOf(indexGraph(graph).und, k);
}

function reachPlayersOf(und: Adjacency, k: number): ReachStep[] {
  const { offsets, index } = und;
  const n = offsets.length - 1;
  const covered = new Uint8Array(n);
  const gain = new Int32Array(n);
  for (let v = 0; v < n; v++) gain[v] = offsets[v + 1]! - offsets[v]! + 1;
  const heap = new GainHeap(gain);
  for (let v = 0; v < n; v++) heap.push(v);
  const steps: ReachStep[] = [];
  let reached = 0;
  while (steps.length < Math.min(k, n)) {
    const v = heap.pop();
    let fresh = covered[v] === 0 ? 1 : 0;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) if (covered[index[p]!] === 0) fresh++;
    if (fresh < gain[v]!) {
      gain[v] = fresh;
      heap.push(v);
      continue;
    }
    covered[v] = 1;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) covered[index[p]!] = 1;
    reached += fresh;
    steps.push({ person: v, reach: reached / n });
  }
  return steps;
}

/** A binary max-heap of people by gain, the smaller index first among equal gains. */
class GainHeap {
  private readonly items: Int32Array;
  private size = 0;

  constructor(private readonly gain: Int32Array) {
    this.items = new Int32Array(gain.length);
  }

  private before(a: number, b: number): boolean {
    const ga = this.gain[a]!;
    const gb = this.gain[b]!;
    return ga > gb || (ga === gb && a < b);
  }

  push(v: number): void {
    const items = this.items;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(v, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = v;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items[--this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.before(items[child + 1]!, items[child]!)) child++;
      if (!this.before(items[child]!, last)) break;
      items[i] = items[child]!;
      i = child;
    }
    if (this.size > 0) items[i] = last;
    return top;
  }
}
