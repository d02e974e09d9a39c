/**
 * Gould–Fernandez brokerage counted the plain way, two-path by two-path: for every a→p→b with
 * a ≠ b, no tie a→b, and a, p, b all in a group, one count of its kind for p. The reference the
 * counting by group totals (src/core/metrics/brokerage.ts) is held to.
 */
import type { GraphIndex } from '../../src/core/graph/csr.js';

type Kind = 'coordinator' | 'itinerant' | 'gatekeeper' | 'representative' | 'liaison';

export function referenceBrokerage(index: GraphIndex, code: Int32Array): (Record<Kind, number> | null)[] {
  const { n, out, in: inn } = index;
  const tied = (a: number, b: number) => out.index.subarray(out.offsets[a]!, out.offsets[a + 1]!).includes(b);
  return Array.from({ length: n }, (_, p) => {
    if (code[p]! < 0) return null;
    const counts = { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0 };
    for (let q = inn.offsets[p]!; q < inn.offsets[p + 1]!; q++) {
      const a = inn.index[q]!;
      for (let r = out.offsets[p]!; r < out.offsets[p + 1]!; r++) {
        const b = out.index[r]!;
        if (a === b || code[a]! < 0 || code[b]! < 0 || tied(a, b)) continue;
        const [ga, gp, gb] = [code[a]!, code[p]!, code[b]!];
        const kind = ga === gp ? (gb === gp ? 'coordinator' : 'representative') : gb === gp ? 'gatekeeper' : ga === gb ? 'itinerant' : 'liaison';
        counts[kind]++;
      }
    }
    return counts;
  });
}
