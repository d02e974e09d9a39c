/**
 * Shared kernel of the hop-count path metrics (betweenness, closeness): one breadth-first
 * search per source person along the ties of an adjacency, followed, when asked, by Brandes'
 * dependency accumulation — both metrics from one set of searches. The searches run in
 * WebAssembly (assembly/paths.ts; test/helpers/brandes-reference.ts is the same algorithm in
 * TypeScript, which the tests hold the kernel to), cut into fixed tasks over the source list and
 * handed to a Runner, so both cores can share them and the sums are still added in one order.
 *
 * Each search goes level by level, top-down or bottom-up (along `reverse`, the same ties the
 * other way), whichever reads fewer ties (Beamer, Asanović & Patterson 2012; assembly/paths.ts).
 * Weights are strengths, never distances: every tie is one hop and the kernel never reads them.
 * Cost: Θ(n + m) memory, Θ(m) time per source.
 * Reference: U. Brandes, "A faster algorithm for betweenness centrality",
 * J. Math. Sociol. 25(2) (2001) 163–177.
 */
import type { Adjacency } from '../graph/csr.js';
import type { Runner } from '../parallel/runner.js';
import { taskRanges, type SourceRange } from '../parallel/tasks.js';
import { PathKernel, type BrandesSums, type ReachSums } from '../parallel/wasm-paths.js';

/** What every task of one computation shares: the adjacency and the source list. */
export interface PathShared {
  n: number;
  offsets: Int32Array;
  index: Int32Array;
  /** The people searched from; task ranges are positions in this list. */
  sources: Int32Array;
  /** Accumulate Brandes dependencies (betweenness), or only count hops. */
  accumulate: boolean;
  /** The same ties the other way, for searches that only count hops: they may then go bottom-up. */
  reverse?: { offsets: Int32Array; index: Int32Array } | null;
  /** Tests only: force the direction of those searches (0: top-down only; see wasm-paths.ts). */
  bottomUpFactor?: number;
}

/** One WebAssembly instance per shared input, reused by every task of the computation. */
const kernels = new WeakMap<PathShared, PathKernel>();

function kernelFor(shared: PathShared): PathKernel {
  let kernel = kernels.get(shared);
  if (!kernel) {
    kernel = new PathKernel(shared.n, shared.offsets, shared.index, shared.sources, shared.reverse ?? null, shared.bottomUpFactor);
    kernels.set(shared, kernel);
  }
  return kernel;
}

/** Kernel `brandes`: searches from `sources[range]`. */
export function brandesOfRange(shared: PathShared, range: SourceRange): BrandesSums {
  return kernelFor(shared).brandes(range.from, range.to, shared.accumulate);
}

/** Kernel `reach`: plain searches from `sources[range]`, hops summed per person reached. */
export function reachOfRange(shared: PathShared, range: SourceRange): ReachSums {
  return kernelFor(shared).reach(range.from, range.to);
}

export function pathShared(adjacency: Adjacency, n: number, sources: Int32Array, accumulate: boolean, reverse: Adjacency | null = null): PathShared {
  const back = reverse === null ? null : { offsets: reverse.offsets, index: reverse.index };
  return { n, offsets: adjacency.offsets, index: adjacency.index, sources, accumulate, reverse: back };
}

export function everyone(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}

/** Sums over every source, one task after another, here (for callers that need no runner). */
export function brandesSums(shared: PathShared): BrandesSums {
  return mergeBrandes(shared.n, taskRanges(shared.sources.length).map((range) => brandesOfRange(shared, range)));
}

/** Tie visits of a computation: every source's search visits up to every person and tie. */
function work(shared: PathShared): number {
  return shared.sources.length * (shared.n + shared.index.length) * (shared.accumulate ? 2 : 1);
}

export async function brandesSumsWith(runner: Runner, shared: PathShared): Promise<BrandesSums> {
  return mergeBrandes(shared.n, await runner.run<PathShared, SourceRange, BrandesSums>('brandes', shared, taskRanges(shared.sources.length), work(shared)));
}

export async function reachSumsWith(runner: Runner, shared: PathShared): Promise<ReachSums> {
  const parts = await runner.run<PathShared, SourceRange, ReachSums>('reach', shared, taskRanges(shared.sources.length), work(shared));
  const total: ReachSums = { count: new Int32Array(shared.n), hops: new Float64Array(shared.n) };
  for (const part of parts) {
    for (let v = 0; v < shared.n; v++) {
      total.count[v]! += part.count[v]!;
      total.hops[v]! += part.hops[v]!;
    }
  }
  return total;
}

/** Adds partial sums in task order. */
function mergeBrandes(n: number, parts: readonly BrandesSums[]): BrandesSums {
  const total: BrandesSums = { dependency: new Float64Array(n), reached: new Int32Array(n), distanceSum: new Float64Array(n) };
  for (const part of parts) {
    for (let v = 0; v < n; v++) {
      total.dependency[v]! += part.dependency[v]!;
      total.reached[v]! += part.reached[v]!;
      total.distanceSum[v]! += part.distanceSum[v]!;
    }
  }
  return total;
}
