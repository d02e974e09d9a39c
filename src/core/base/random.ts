/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same
 * sequence on every machine and Node version, unlike Math.random. Used for Louvain and
 * for sampling betweenness sources.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fisher–Yates in place, drawing from `seededRandom(seed)` — the same permutation, with the
 * generator written out in the loop: a call per draw would cost more than the swap itself, and
 * the E-I permutation test shuffles 50,000 labels a thousand times.
 */
export function seededShuffle(values: Int32Array, seed: number): void {
  let state = seed >>> 0;
  for (let i = values.length - 1; i > 0; i--) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const j = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i + 1));
    const v = values[i]!;
    values[i] = values[j]!;
    values[j] = v;
  }
}

/**
 * A seeded 32-bit hash of a string: FNV-1a over its UTF-16 code units, started from the seed,
 * then murmur3's finalizer so that ids differing in one late character land far apart.
 * The same id and seed give the same number everywhere (scripts/golden.py has a copy).
 */
export function seededHash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
