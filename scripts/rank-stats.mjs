// Rank statistics for comparing sampled centralities with exact ones (scripts/bench.mjs,
// scripts/sampling-accuracy.mjs).

/** 1-based ranks, ties sharing their average rank. */
export function ranks(values) {
  const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const r = new Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

/** Spearman's correlation: Pearson's on the ranks. */
export function spearman(a, b) {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (x) => x.reduce((s, v) => s + v, 0) / x.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

/** Share of the k highest of `exact` that are among the k highest of `sampled` (ties broken by position). */
export function topOverlap(exact, sampled, k) {
  const top = (values) => new Set(values.map((v, i) => [v, i]).sort((x, y) => y[0] - x[0] || x[1] - y[1]).slice(0, k).map(([, i]) => i));
  const a = top(exact);
  const b = top(sampled);
  let both = 0;
  for (const i of a) if (b.has(i)) both++;
  return both / k;
}
