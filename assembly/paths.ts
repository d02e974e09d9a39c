// Breadth-first-search kernels of the hop-count path metrics, compiled to WebAssembly by
// AssemblyScript (scripts/build-kernels.mjs). The same algorithm as the TypeScript reference in
// src/core/metrics/shortest-paths.ts, which the tests hold it to, double for double; compiled, it
// runs about twice as fast as V8 runs the TypeScript, which decides whether an exact analysis of
// 10,000 people takes seconds or tens of seconds.
//
// Memory is laid out by the host (src/core/parallel/wasm-paths.ts) through `alloc`: the
// adjacency (CSR offsets and neighbour indexes, rows sorted), a list of source people, and
// per-person workspaces. Nothing here allocates after setup.

/** A block of `bytes` bytes, 8-aligned; the host writes the arrays into it. */
export function alloc(bytes: usize): usize {
  return heap.alloc(bytes);
}

@inline function i32At(base: usize, i: i32): i32 {
  return load<i32>(base + (<usize>i << 2));
}
@inline function setI32(base: usize, i: i32, v: i32): void {
  store<i32>(base + (<usize>i << 2), v);
}
@inline function f64At(base: usize, i: i32): f64 {
  return load<f64>(base + (<usize>i << 3));
}
@inline function setF64(base: usize, i: i32, v: f64): void {
  store<f64>(base + (<usize>i << 3), v);
}

/**
 * Brandes (2001) from the sources `sources[from..to)`: one BFS per source counting shortest
 * paths (sigma), then, when `accumulate` is 1, the dependency accumulation pulled from successors,
 * deepest people first. The BFS writes down each tie of the shortest-path DAG as it finds it
 * (`dag`, the successors of the person at order position i at dag[dagStart[i]..dagStart[i + 1])),
 * so the accumulation reads those ties only — about a fifth of all ties on the benchmark
 * organizations — instead of every tie again. A tie off the DAG would have added a share of 0
 * (test/helpers/brandes-reference.ts), so the sums are the same doubles.
 * Per source s: reached[s] = people reached (s included), distanceSum[s] = Σ hops to them.
 * dependency[v] += δ_s(v). `dist` must be −1 everywhere on entry and is left so.
 */
export function brandes(
  offsets: usize, index: usize, sources: usize, from: i32, to: i32, accumulate: i32,
  dist: usize, sigma: usize, share: usize, dag: usize, dagStart: usize, order: usize,
  dependency: usize, reached: usize, distanceSum: usize,
): void {
  for (let k = from; k < to; k++) {
    const s = i32At(sources, k);
    setI32(dist, s, 0);
    setF64(sigma, s, 1);
    setI32(order, 0, s);
    let head = 0;
    let tail = 1;
    let edges = 0;
    while (head < tail) {
      setI32(dagStart, head, edges);
      const v = i32At(order, head++);
      const next = i32At(dist, v) + 1;
      const sv = f64At(sigma, v);
      const end = i32At(offsets, v + 1);
      for (let p = i32At(offsets, v); p < end; p++) {
        const w = i32At(index, p);
        let dw = i32At(dist, w);
        if (dw < 0) {
          setI32(dist, w, next);
          dw = next;
          setI32(order, tail++, w);
        }
        if (dw == next) {
          setF64(sigma, w, f64At(sigma, w) + sv);
          setI32(dag, edges++, w);
        }
      }
    }
    setI32(dagStart, tail, edges);
    let total: f64 = 0;
    for (let i = 1; i < tail; i++) total += <f64>i32At(dist, i32At(order, i));
    setI32(reached, s, tail);
    setF64(distanceSum, s, total);
    if (accumulate != 0) accumulateFrom(tail, sigma, share, dag, dagStart, order, dependency);
    for (let i = 0; i < tail; i++) {
      const v = i32At(order, i);
      setI32(dist, v, -1);
      setF64(sigma, v, 0);
      setF64(share, v, 0);
    }
  }
}

/**
 * δ(v) = σ(v) · Σ over v's DAG successors w of share(w), share(w) = (1 + δ(w)) / σ(w), for the
 * people in reverse BFS order: every successor is deeper, so its share is final. The source
 * (position 0) gets no dependency on itself.
 */
function accumulateFrom(
  count: i32, sigma: usize, share: usize, dag: usize, dagStart: usize, order: usize, dependency: usize,
): void {
  for (let i = count - 1; i >= 1; i--) {
    const v = i32At(order, i);
    let sum: f64 = 0;
    const stop = i32At(dagStart, i + 1);
    for (let q = i32At(dagStart, i); q < stop; q++) sum += f64At(share, i32At(dag, q));
    const d = f64At(sigma, v) * sum;
    setF64(dependency, v, f64At(dependency, v) + d);
    setF64(share, v, (1 + d) / f64At(sigma, v));
  }
}

/**
 * Plain BFS from the sources `sources[from..to)`, adding to every person v reached from a source
 * (the source itself excluded) one to count[v] and the hops to hops[v]. Run on the reversed
 * adjacency from sampled pivots, this estimates each person's outward distances (closeness).
 * Level by level, in either direction (Beamer, Asanović & Patterson 2012): top-down, the level's
 * people offer their ties to the unreached; bottom-up, each unreached person looks along the
 * opposite adjacency (`revOffsets`/`revIndex`: the people with a tie to them in the search) for
 * one neighbour on the level and stops at the first. Bottom-up pays once the level's ties
 * outnumber, `factor` to one, the ties of the people still unreached — in a small world, the
 * last levels, where top-down mostly finds people already reached. Distances are the same
 * either way, so are the sums; `factor` 0 searches top-down only.
 */
export function reach(
  offsets: usize, index: usize, revOffsets: usize, revIndex: usize, n: i32, sources: usize, from: i32, to: i32,
  factor: f64, dist: usize, order: usize, count: usize, hops: usize,
): void {
  const revTotal = i32At(revOffsets, n);
  for (let k = from; k < to; k++) {
    const s = i32At(sources, k);
    setI32(dist, s, 0);
    setI32(order, 0, s);
    let levelStart = 0;
    let levelEnd = 1;
    let level = 0;
    let frontierTies = i32At(offsets, s + 1) - i32At(offsets, s);
    let unreachedTies = revTotal - (i32At(revOffsets, s + 1) - i32At(revOffsets, s));
    while (levelStart < levelEnd) {
      const next = level + 1;
      let tail = levelEnd;
      let nextTies = 0;
      if (<f64>frontierTies * factor > <f64>unreachedTies) {
        for (let w = 0; w < n; w++) {
          if (i32At(dist, w) >= 0) continue;
          const end = i32At(revOffsets, w + 1);
          for (let p = i32At(revOffsets, w); p < end; p++) {
            if (i32At(dist, i32At(revIndex, p)) == level) {
              setI32(dist, w, next);
              setI32(order, tail++, w);
              nextTies += i32At(offsets, w + 1) - i32At(offsets, w);
              unreachedTies -= end - i32At(revOffsets, w);
              break;
            }
          }
        }
      } else {
        for (let i = levelStart; i < levelEnd; i++) {
          const v = i32At(order, i);
          const end = i32At(offsets, v + 1);
          for (let p = i32At(offsets, v); p < end; p++) {
            const w = i32At(index, p);
            if (i32At(dist, w) < 0) {
              setI32(dist, w, next);
              setI32(order, tail++, w);
              nextTies += i32At(offsets, w + 1) - i32At(offsets, w);
              unreachedTies -= i32At(revOffsets, w + 1) - i32At(revOffsets, w);
            }
          }
        }
      }
      levelStart = levelEnd;
      levelEnd = tail;
      level = next;
      frontierTies = nextTies;
    }
    for (let i = 1; i < levelEnd; i++) {
      const v = i32At(order, i);
      setI32(count, v, i32At(count, v) + 1);
      setF64(hops, v, f64At(hops, v) + <f64>i32At(dist, v));
    }
    for (let i = 0; i < levelEnd; i++) setI32(dist, i32At(order, i), -1);
  }
}
