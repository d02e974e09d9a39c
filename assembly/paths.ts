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
 * Whether a level of `level` people goes bottom-up, `unreached` people being left: once the level
 * outnumbers them `factor` to one (people stand in for their ties, whose counts would cost a
 * cache miss per person reached on a large network), and only for a level of at least n / 24
 * people (Beamer et al.'s β): a bottom-up level reads every person's distance, so the search's
 * bottom-up levels then cost at most 24 reads per person reached, and a long thin tail after a
 * dense core is still walked top-down.
 */
@inline function goesUp(level: i32, unreached: i32, n: i32, factor: f64): bool {
  return level * 24 >= n && <f64>level * factor > <f64>unreached;
}

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
 * paths (sigma), then, when `accumulate` is 1, the dependencies summed back along the ties of
 * the shortest-path DAG, deepest level first (accumulateFrom). The search goes level by level,
 * in either direction (Beamer, Asanović & Patterson 2012): top-down, the level's people offer
 * their ties; bottom-up, once the level outnumbers `factor` to one the people still unreached
 * (goesUp), each of those looks at all of its ties in (`revOffsets`/`revIndex`) for people on the level — every
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
  levelTie: usize, levelStart: usize, levelUp: usize, dagStart: usize, order: usize,
  dependency: usize, reached: usize, distanceSum: usize,
): void {
  for (let k = from; k < to; k++) {
    const s = i32At(sources, k);
    setI32(dist, s, 0);
    setF64(sigma, s, 1);
    setI32(order, 0, s);
    let first = 0;
    let end = 1;
    let level = 0;
    let ties = 0;
    let anyUp = false;
    while (first < end) {
      setI32(levelStart, level, first);
      setI32(levelTie, level, ties);
      const next = level + 1;
      let tail = end;
      const up = goesUp(end - first, n - end, n, factor);
      setI32(levelUp, level, up ? 1 : 0);
      if (up) {
        anyUp = true;
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
        }
      } else {
        for (let i = first; i < end; i++) {
          setI32(dagStart, i, ties);
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
            }
            if (dw == next) {
              setF64(sigma, w, f64At(sigma, w) + sv);
              setI32(dagTo, ties++, w); // the run of v: dagStart, no dagFrom needed
            }
          }
        }
      }
      setI32(dagStart, end, ties);
      first = end;
      end = tail;
      level = next;
    }
    // `level` is one past the deepest level; its start closes the one before.
    setI32(levelStart, level, end);
    setI32(levelTie, level, ties);
    let total: f64 = 0;
    for (let i = 1; i < end; i++) total += <f64>i32At(dist, i32At(order, i));
    setI32(reached, s, end);
    setF64(distanceSum, s, total);
    if (accumulate != 0) accumulateFrom(level, sigma, share, delta, dagFrom, dagTo, levelTie, levelStart, levelUp, dagStart, order, dependency);
    for (let i = 0; i < end; i++) {
      const v = i32At(order, i);
      setI32(dist, v, -1);
      setF64(sigma, v, 0);
      if (anyUp) setF64(delta, v, 0); // only bottom-up levels add into δ
    }
  }
}

/**
 * Deepest level first, each person's δ and share (1 + δ) / σ once the level below is done. The
 * DAG ties out of a level found top-down lie in runs, one per person in their row order
 * (dagStart): δ(v) = σ(v) · Σ share(w) over the run, as in Brandes' paper, in one pass over the
 * level. Found bottom-up, they lie by the person reached and are pushed back first, last found
 * first — δ(u) += σ(u) · share(w) — then the level's people are finished in a second pass. The
 * source (position 0) gets no dependency on itself.
 */
function accumulateFrom(
  levels: i32, sigma: usize, share: usize, delta: usize, dagFrom: usize, dagTo: usize,
  levelTie: usize, levelStart: usize, levelUp: usize, dagStart: usize, order: usize, dependency: usize,
): void {
  for (let l = levels - 1; l >= 0; l--) {
    const low = i32At(levelStart, l);
    const high = i32At(levelStart, l + 1);
    const up = l < levels - 1 && i32At(levelUp, l) != 0;
    if (up) {
      const lowTie = i32At(levelTie, l);
      for (let e = i32At(levelTie, l + 1) - 1; e >= lowTie; e--) {
        const u = i32At(dagFrom, e);
        setF64(delta, u, f64At(delta, u) + f64At(sigma, u) * f64At(share, i32At(dagTo, e)));
      }
    }
    for (let i = high - 1; i >= low && i >= 1; i--) {
      const v = i32At(order, i);
      let d: f64 = 0;
      if (up) d = f64At(delta, v);
      else if (l < levels - 1) {
        let sum: f64 = 0;
        const stop = i32At(dagStart, i + 1);
        for (let q = i32At(dagStart, i); q < stop; q++) sum += f64At(share, i32At(dagTo, q));
        d = f64At(sigma, v) * sum;
      }
      setF64(dependency, v, f64At(dependency, v) + d);
      setF64(share, v, (1 + d) / f64At(sigma, v));
    }
  }
}

/**
 * Plain BFS from the sources `sources[from..to)`, adding to every person v reached from a source
 * (the source itself excluded) one to count[v] and the hops to hops[v]. Run on the reversed
 * adjacency from sampled pivots, this estimates each person's outward distances (closeness).
 * Level by level, in either direction (Beamer, Asanović & Patterson 2012): top-down, the level's
 * people offer their ties to the unreached; bottom-up, each unreached person looks along the
 * opposite adjacency (`revOffsets`/`revIndex`: the people with a tie to them in the search) for
 * one neighbour on the level and stops at the first. Bottom-up pays once the level outnumbers
 * `factor` to one the people still unreached (goesUp) — in a small world, the last levels, where
 * top-down mostly finds people already reached. Distances are the same
 * either way, so are the sums; `factor` 0 searches top-down only.
 */
export function reach(
  offsets: usize, index: usize, revOffsets: usize, revIndex: usize, n: i32, sources: usize, from: i32, to: i32,
  factor: f64, dist: usize, order: usize, count: usize, hops: usize,
): void {
  for (let k = from; k < to; k++) {
    const s = i32At(sources, k);
    setI32(dist, s, 0);
    setI32(order, 0, s);
    let levelStart = 0;
    let levelEnd = 1;
    let level = 0;
    while (levelStart < levelEnd) {
      const next = level + 1;
      let tail = levelEnd;
      if (goesUp(levelEnd - levelStart, n - levelEnd, n, factor)) {
        for (let w = 0; w < n; w++) {
          if (i32At(dist, w) >= 0) continue;
          const end = i32At(revOffsets, w + 1);
          for (let p = i32At(revOffsets, w); p < end; p++) {
            if (i32At(dist, i32At(revIndex, p)) == level) {
              setI32(dist, w, next);
              setI32(order, tail++, w);
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
            }
          }
        }
      }
      levelStart = levelEnd;
      levelEnd = tail;
      level = next;
    }
    for (let i = 1; i < levelEnd; i++) {
      const v = i32At(order, i);
      setI32(count, v, i32At(count, v) + 1);
      setF64(hops, v, f64At(hops, v) + <f64>i32At(dist, v));
    }
    for (let i = 0; i < levelEnd; i++) setI32(dist, i32At(order, i), -1);
  }
}
