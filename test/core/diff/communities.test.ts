// Community matching on partitions written by hand (only the fields the matching reads are set):
// Jaccard overlaps, and every kind of event — continued, split, merged, dissolved, formed.
import { describe, expect, test } from 'vitest';
import { matchCommunities } from '../../../src/core/diff/communities.js';
import type { Report } from '../../../src/core/model/report.js';

/** A report whose people are in the given communities (id → community). */
function partition(members: Record<string, number>): Report {
  const ids = Object.keys(members).sort();
  const sizes = new Map<number, number>();
  for (const c of Object.values(members)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  return {
    people: ids.map((id) => ({ id, community: members[id] })),
    communities: [...sizes].sort((a, b) => a[0] - b[0]).map(([id, size]) => ({ id, size, groups: {}, dominantGroup: null, dominantShare: null })),
  } as unknown as Report;
}

describe('matchCommunities', () => {
  test('continued, split, merged, dissolved and formed, each once', () => {
    const before = partition({
      a: 0, b: 0, c: 0, d: 0, // splits into {a, b} and {c, d}
      e: 1, f: 1, // merges with g, h
      g: 2, h: 2,
      i: 3, j: 3, k: 3, // continues, loses k, gains l
      m: 4, n: 4, // dissolves: m and n end up alone
      o: 5, // alone: not a community to match
    });
    const after = partition({
      a: 0, b: 0,
      c: 1, d: 1,
      e: 2, f: 2, g: 2, h: 2,
      i: 3, j: 3, l: 3,
      m: 4, n: 5, k: 6,
      p: 7, q: 7, o: 7, // formed: o, p, q (o was alone)
    });
    const result = matchCommunities(before, after);
    expect(result.overlaps).toEqual([
      { before: 0, after: 0, shared: 2, jaccard: 2 / 4 }, // {a,b} ∩ {a,b,c,d}
      { before: 0, after: 1, shared: 2, jaccard: 2 / 4 },
      { before: 1, after: 2, shared: 2, jaccard: 2 / 4 }, // {e,f} of {e,f,g,h}
      { before: 2, after: 2, shared: 2, jaccard: 2 / 4 },
      { before: 3, after: 3, shared: 2, jaccard: 2 / 4 }, // {i,j} of {i,j,k,l}
    ]);
    expect(result.events).toEqual([
      { kind: 'continued', before: [3], after: [3] },
      { kind: 'split', before: [0], after: [0, 1] },
      { kind: 'merged', before: [1, 2], after: [2] },
      { kind: 'dissolved', before: [4], after: [] },
      { kind: 'formed', before: [], after: [7] },
    ]);
    expect(result.before.map((c) => c.id)).toEqual([0, 1, 2, 3, 4]);
    expect(result.after.map((c) => c.id)).toEqual([0, 1, 2, 3, 7]);
  });

  test('an overlap below 0.3 is no match: a community that keeps 1 of 4 people dissolves', () => {
    // {a,b,c,d} → {a,x,y}: J = 1 / 6 < 0.3.
    const result = matchCommunities(partition({ a: 0, b: 0, c: 0, d: 0 }), partition({ a: 0, x: 0, y: 0, b: 1, c: 2, d: 3 }));
    expect(result.overlaps).toEqual([]);
    expect(result.events).toEqual([
      { kind: 'dissolved', before: [0], after: [] },
      { kind: 'formed', before: [], after: [0] },
    ]);
  });

  test('exactly 0.3 is a match', () => {
    // {a,b,c} and {a,b,c,d,e,f,g,h,i,j}: J = 3 / 10.
    const ten = Object.fromEntries('abcdefghij'.split('').map((id) => [id, 0]));
    const result = matchCommunities(partition({ a: 0, b: 0, c: 0 }), partition(ten));
    expect(result.events).toEqual([{ kind: 'continued', before: [0], after: [0] }]);
  });
});
