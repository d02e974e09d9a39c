// Breadth-first-search kernels of the hop-count path metrics, compiled to WebAssembly by
// AssemblyScript (scripts/build-kernels.mjs). The same algorithm as the TypeScript reference in
// src/core/metrics/shortest-paths.ts, which the tests hold it to, double for double; compiled, it
// runs about twice as fast as V8 runs the TypeScript, which decides whether an exact analysis of
// 10,000 people takes seconds or tens of seconds.
//
// Memory is laid out by the host (src/core/parallel/wasm-paths.ts) through `alloc`: the
// adjacency (CSR offsets and neighbour indexes, rows sorted), a list of source people, and
// per-person workspaces. Nothing here allocates after setup.

/**
 * A bottom-up level reads every person's distance, so it is taken only for a level of at least
 * n / 24 people (Beamer et al.'s β): the search's bottom-up levels then cost at most 24 reads
 * per person they reach, and a long thin tail after a dense core is still walked top-down.
 */
const MIN_BOTTOM_UP_SHARE = 24;

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
 * paths (sigma), then, when `accumulate` is 1, the dependencies pushed back along the ties of
 * the shortest-path DAG, deepest level first: δ(u) += σ(u) · (1 + δ(w)) / σ(w) for each DAG tie
 * u → w, as networkx does. The search goes level by level, in either direction (Beamer,
 * Asanović & Patterson 2012): top-down, the level's people offer their ties; bottom-up, once the
 * level's ties outnumber, `factor` to one, the ties into the people still unreached, each of
 * those looks at all of its ties in (`revOffsets`/`revIndex`) for people on the level — every
 * one, since each is a DAG parent whose paths add up. Either way the search writes down each
 * DAG tie as it finds it (`dagFrom`/`dagTo`, level by level: the ties out of level l are at
 * [levelTie[l], levelTie[l + 1])), and the accumulation reads only those.
 * Bottom-up, the unreached are taken in the order `scan` lists them (the people in the labels
 * of the caller, whatever the kernel's own): so the ties are written down, and the doubles
 * added, in the same order whatever the numbering — the sums do not depend on it.
 * Per source s: reached[s] = people reached (s included), distanceSum[s] = Σ hops to them.
 * dependency[v] += δ_s(v). `dist` must be −1 everywhere on entry and is left so.
 */
export function brandes(
  offsets: usize, index: usize, revOffsets: usize, revIndex: usize, scan: usize, n: i32,
  sources: usize, from: i32, to: i32, accumulate: i32, factor: f64,
  dist: usize, sigma: usize, share: usize, delta: usize, dagFrom: usize, dagTo: usize,
  levelTie: usize, levelStart: usize, order: usize,
  dependency: usize, reached: usize, distanceSum: usize,
): void {
  const revTotal = i32At(revOffsets, n);
  for (let k = from; k < to; k++) {
    const s = i32At(sources, k);
    setI32(dist, s, 0);
    setF64(sigma, s, 1);
    setI32(order, 0, s);
    let first = 0;
    let end = 1;
    let level = 0;
    let ties = 0;
    let frontierTies = i32At(offsets, s + 1) - i32At(offsets, s);
    let unreachedTies = revTotal - (i32At(revOffsets, s + 1) - i32At(revOffsets, s));
    while (first < end) {
      setI32(levelStart, level, first);
      setI32(levelTie, level, ties);
      const next = level + 1;
      let tail = end;
      let nextTies = 0;
      if ((end - first) * MIN_BOTTOM_UP_SHARE >= n && <f64>frontierTies * factor > <f64>unreachedTies) {
        for (let j = 0; j < n; j++) {
          const w = i32At(scan, j);
          if (i32At(dist, w) >= 0) continue;
          const stop = i32At(revOffsets, w + 1);
          const before = ties;
          let sw: f64 = 0;
          for (let p = i32At(revOffsets, w); p < stop; p++) {
            const u = i32At(revIndex, p);
            if (i32At(dist, u) == level) {
              sw += f64At(sigma, u);
              setI32(dagFrom, ties, u);
              setI32(dagTo, ties++, w);
            }
          }
          if (ties == before) continue;
          setI32(dist, w, next);
          setF64(sigma, w, sw);
          setI32(order, tail++, w);
          nextTies += i32At(offsets, w + 1) - i32At(offsets, w);
          unreachedTies -= stop - i32At(revOffsets, w);
        }
      } else {
        for (let i = first; i < end; i++) {
          const v = i32At(order, i);
          const sv = f64At(sigma, v);
          const stop = i32At(offsets, v + 1);
          for (let p = i32At(offsets, v); p < stop; p++) {
            const w = i32At(index, p);
            let dw = i32At(dist, w);
            if (dw < 0) {
              setI32(dist, w, next);
              dw = next;
              setI32(order, tail++, w);
              nextTies += i32At(offsets, w + 1) - i32At(offsets, w);
              unreachedTies -= i32At(revOffsets, w + 1) - i32At(revOffsets, w);
            }
            if (dw == next) {
              setF64(sigma, w, f64At(sigma, w) + sv);
              setI32(dagFrom, ties, v);
              setI32(dagTo, ties++, w);
            }
          }
        }
      }
      first = end;
      end = tail;
      level = next;
      frontierTies = nextTies;
    }
    // `level` is one past the deepest level; its start closes the one before.
    setI32(levelStart, level, end);
    setI32(levelTie, level, ties);
    let total: f64 = 0;
    for (let i = 1; i < end; i++) total += <f64>i32At(dist, i32At(order, i));
    setI32(reached, s, end);
    setF64(distanceSum, s, total);
    if (accumulate != 0) accumulateFrom(level, end, sigma, share, delta, dagFrom, dagTo, levelTie, levelStart, order, dependency);
    for (let i = 0; i < end; i++) {
      const v = i32At(order, i);
      setI32(dist, v, -1);
      setF64(sigma, v, 0);
      setF64(delta, v, 0);
    }
  }
}

/**
 * Deepest level first: the shares (1 + δ(w)) / σ(w) of level l + 1, final since every tie out of
 * it has been read, then the DAG ties out of level l, last found first. The source (position 0)
 * gets no dependency on itself.
 */
function accumulateFrom(
  levels: i32, count: i32, sigma: usize, share: usize, delta: usize, dagFrom: usize, dagTo: usize,
  levelTie: usize, levelStart: usize, order: usize, dependency: usize,
): void {
  for (let l = levels - 2; l >= 0; l--) {
    const stop = i32At(levelStart, l + 2);
    for (let i = i32At(levelStart, l + 1); i < stop; i++) {
      const w = i32At(order, i);
      setF64(share, w, (1 + f64At(delta, w)) / f64At(sigma, w));
    }
    const low = i32At(levelTie, l);
    for (let e = i32At(levelTie, l + 1) - 1; e >= low; e--) {
      const u = i32At(dagFrom, e);
      setF64(delta, u, f64At(delta, u) + f64At(sigma, u) * f64At(share, i32At(dagTo, e)));
    }
  }
  for (let i = 1; i < count; i++) {
    const v = i32At(order, i);
    setF64(dependency, v, f64At(dependency, v) + f64At(delta, v));
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
      if ((levelEnd - levelStart) * MIN_BOTTOM_UP_SHARE >= n && <f64>frontierTies * factor > <f64>unreachedTies) {
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
