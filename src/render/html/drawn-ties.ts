/**
 * Which ties the map draws. Every person is always drawn; above MAX_DRAWN_TIES pairs the ties
 * are thinned by weight so the page opens quickly and pans smoothly: first each person's
 * strongest tie (so nobody who has a tie looks isolated), then the heaviest of the rest, until
 * the limit. Ties of equal weight are taken in pair order, so the choice is deterministic.
 */
import type { DrawnTies } from './page-data.js';
import type { Pairs } from './pairs.js';

/** Software WebGL in a plain laptop browser stays fluid up to about this many lines. */
const MAX_DRAWN_TIES = 30_000;

export function drawnTies(pairs: Pairs, people: number, max = MAX_DRAWN_TIES): DrawnTies {
  const chosen = pairs.size <= max ? everyPair(pairs) : thinned(pairs, people, max);
  chosen.sort((a, b) => a - b);
  return {
    source: chosen.map((p) => pairs.lo[p]!),
    target: chosen.map((p) => pairs.hi[p]!),
    weight: chosen.map((p) => pairs.weight[p]!),
    total: pairs.size,
  };
}

const everyPair = (pairs: Pairs) => Array.from({ length: pairs.size }, (_, p) => p);

function thinned(pairs: Pairs, people: number, max: number): number[] {
  const strongest = new Int32Array(people).fill(-1);
  const heavier = (p: number, q: number) => pairs.weight[p]! > pairs.weight[q]!;
  for (let p = 0; p < pairs.size; p++) {
    for (const person of [pairs.lo[p]!, pairs.hi[p]!]) {
      const best = strongest[person]!;
      if (best === -1 || heavier(p, best)) strongest[person] = p;
    }
  }
  const keep = new Uint8Array(pairs.size);
  for (const p of strongest) if (p !== -1) keep[p] = 1;
  let kept = keep.reduce((s, k) => s + k, 0);
  const rest = everyPair(pairs)
    .filter((p) => keep[p] === 0)
    .sort((p, q) => pairs.weight[q]! - pairs.weight[p]! || p - q);
  for (const p of rest) {
    if (kept >= max) break;
    keep[p] = 1;
    kept++;
  }
  return everyPair(pairs).filter((p) => keep[p] === 1);
}
