/**
 * The WebAssembly BFS kernels of assembly/paths.ts, set up for one adjacency: the module is
 * compiled once per process, instantiated once per adjacency (its memory holds the CSR, the
 * source list and the workspaces), then called for any range of sources. Results are copied
 * out, so an instance can serve the next range at once.
 */
import { breadthFirstPositions, relabel, unpermute } from './locality.js';
import { WASM_BASE64 } from './wasm/paths.wasm.js';

interface PathExports {
  memory: WebAssembly.Memory;
  alloc(bytes: number): number;
  brandes(
    offsets: number, index: number, revOffsets: number, revIndex: number, scan: number, n: number,
    sources: number, from: number, to: number, accumulate: number, factor: number,
    dist: number, sigma: number, share: number, delta: number, dagFrom: number, dagTo: number,
    levelTie: number, levelStart: number, levelUp: number, dagStart: number, order: number,
    dependency: number, reached: number, distanceSum: number,
  ): void;
  reach(
    offsets: number, index: number, revOffsets: number, revIndex: number, n: number, sources: number, from: number, to: number,
    factor: number, dist: number, order: number, count: number, hops: number,
  ): void;
}

export interface BrandesSums {
  /** Σ over the range's sources of their dependency on each person. */
  dependency: Float64Array;
  /** Per source of the range: people reached (itself included) and Σ hops to them. */
  reached: Int32Array;
  distanceSum: Float64Array;
}

export interface ReachSums {
  /** Per person: how many of the range's sources reach them, and the hops summed. */
  count: Int32Array;
  hops: Float64Array;
}

/**
 * When a level goes bottom-up: once it outnumbers the unreached people this many to one (and
 * holds n / 24 people; assembly/paths.ts, goesUp). `reach` stops at an unreached person's first
 * neighbour on the level, so it pays early (Beamer, Asanović & Patterson's α, 14); Brandes reads
 * every one of their ties for the path counts, so only once the level is the larger.
 */
const BOTTOM_UP_FACTOR = { reach: 14, brandes: 1 };

let compiled: WebAssembly.Module | null = null;

function wasmModule(): WebAssembly.Module {
  if (compiled === null) compiled = new WebAssembly.Module(Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0)));
  return compiled;
}

export class PathKernel {
  private readonly wasm: PathExports;
  /** Where each person sits in the kernel's arrays (locality.ts); results are mapped back. */
  private readonly position: Int32Array;
  private readonly at: Record<
    | 'offsets' | 'index' | 'revOffsets' | 'revIndex' | 'scan' | 'sources' | 'dist' | 'sigma' | 'share' | 'delta' | 'dagFrom' | 'dagTo'
    | 'levelTie' | 'levelStart' | 'levelUp' | 'dagStart' | 'order' | 'dependency' | 'reached' | 'distanceSum' | 'count' | 'hops',
    number
  >;
  /** Levels go bottom-up once they outnumber the unreached people this many to one (0: never). */
  private readonly factor: { reach: number; brandes: number };

  /**
   * `reverse`: the same ties the other way (the people with a tie to each person, in the
   * search's direction), which lets the searches go bottom-up; without it, top-down only.
   * `bottomUpFactor`: BOTTOM_UP_FACTOR unless given (tests force either direction with it).
   */
  constructor(
    private readonly n: number,
    offsets: Int32Array,
    index: Int32Array,
    sources: Int32Array,
    reverse: { offsets: Int32Array; index: Int32Array } | null = null,
    bottomUpFactor?: number,
  ) {
    const instance = new WebAssembly.Instance(wasmModule(), {
      env: { abort: () => { throw new Error('out of memory in the path kernel'); } },
    });
    this.wasm = instance.exports as unknown as PathExports;
    const local = relabel(n, offsets, index, breadthFirstPositions(n, offsets, index));
    this.position = local.position;
    const back = reverse ? relabel(n, reverse.offsets, reverse.index, local.position) : null;
    this.factor = back
      ? { reach: bottomUpFactor ?? BOTTOM_UP_FACTOR.reach, brandes: bottomUpFactor ?? BOTTOM_UP_FACTOR.brandes }
      : { reach: 0, brandes: 0 };
    const ints = (count: number) => this.wasm.alloc(Math.max(1, count) * 4);
    const doubles = (count: number) => this.wasm.alloc(Math.max(1, count) * 8);
    this.at = {
      offsets: ints(n + 1), index: ints(index.length), sources: ints(sources.length),
      revOffsets: back ? ints(n + 1) : 0, revIndex: back ? ints(back.index.length) : 0, scan: ints(n),
      dist: ints(n), sigma: doubles(n), share: doubles(n), delta: doubles(n), dagFrom: ints(index.length), dagTo: ints(index.length),
      levelTie: ints(n + 2), levelStart: ints(n + 2), levelUp: ints(n + 2), dagStart: ints(n + 1), order: ints(n),
      dependency: doubles(n), reached: ints(n), distanceSum: doubles(n), count: ints(n), hops: doubles(n),
    };
    // Views only after every allocation: growing the memory detaches earlier views.
    const memory = this.wasm.memory.buffer;
    new Int32Array(memory, this.at.offsets, n + 1).set(local.offsets);
    new Int32Array(memory, this.at.index, index.length).set(local.index);
    if (back) {
      new Int32Array(memory, this.at.revOffsets, n + 1).set(back.offsets);
      new Int32Array(memory, this.at.revIndex, back.index.length).set(back.index);
    } else {
      this.at.revOffsets = this.at.offsets; // read, never searched along (factor 0)
      this.at.revIndex = this.at.index;
    }
    // Bottom-up levels take the unreached in the caller's order of people, so the DAG ties are
    // found, and the doubles added, in an order that does not depend on the kernel's numbering.
    new Int32Array(memory, this.at.scan, n).set(local.position);
    new Int32Array(memory, this.at.sources, sources.length).set(sources.map((s) => local.position[s]!));
    new Int32Array(memory, this.at.dist, n).fill(-1);
  }

  /** Brandes over `sources[from..to)` (positions in the source list). */
  brandes(from: number, to: number, accumulate: boolean): BrandesSums {
    const { n, at } = this;
    const memory = () => this.wasm.memory.buffer;
    new Float64Array(memory(), at.dependency, n).fill(0);
    new Int32Array(memory(), at.reached, n).fill(0);
    new Float64Array(memory(), at.distanceSum, n).fill(0);
    // One call per source: V8 first runs a WebAssembly function as baseline code and swaps in
    // its optimized code only at the next call, so one call over a whole range would run it
    // unoptimized — about 2.5 times slower — for a worker's entire first task.
    for (let k = from; k < to; k++) {
      this.wasm.brandes(
        at.offsets, at.index, at.revOffsets, at.revIndex, at.scan, n, at.sources, k, k + 1, accumulate ? 1 : 0, this.factor.brandes,
        at.dist, at.sigma, at.share, at.delta, at.dagFrom, at.dagTo, at.levelTie, at.levelStart, at.levelUp, at.dagStart, at.order,
        at.dependency, at.reached, at.distanceSum,
      );
    }
    const { position } = this;
    return {
      dependency: unpermute(new Float64Array(memory(), at.dependency, n), position, (size) => new Float64Array(size)),
      reached: unpermute(new Int32Array(memory(), at.reached, n), position, (size) => new Int32Array(size)),
      distanceSum: unpermute(new Float64Array(memory(), at.distanceSum, n), position, (size) => new Float64Array(size)),
    };
  }

  /** Plain BFS from `sources[from..to)`, summed per person reached. */
  reach(from: number, to: number): ReachSums {
    const { n, at } = this;
    const memory = () => this.wasm.memory.buffer;
    new Int32Array(memory(), at.count, n).fill(0);
    new Float64Array(memory(), at.hops, n).fill(0);
    for (let k = from; k < to; k++) {
      this.wasm.reach(at.offsets, at.index, at.revOffsets, at.revIndex, n, at.sources, k, k + 1, this.factor.reach, at.dist, at.order, at.count, at.hops);
    }
    const { position } = this;
    return {
      count: unpermute(new Int32Array(memory(), at.count, n), position, (size) => new Int32Array(size)),
      hops: unpermute(new Float64Array(memory(), at.hops, n), position, (size) => new Float64Array(size)),
    };
  }
}
