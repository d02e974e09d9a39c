/**
 * buildIndex's counting sort (src/core/graph/index-build.ts) against the plain definition: every
 * kept tie (both ways when undirected) sorted by its ends' places in the sorted ids, with its
 * weight, rows and times, on any tie table, people file and --min-tie-weight.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/graph/index-build.js';
import type { Interactions, PeopleTable } from '../../src/core/model/ingest.js';

const table = fc.record({
  ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 12 }),
  pairs: fc.array(fc.record({ s: fc.nat(), t: fc.nat(), weight: fc.integer({ min: 1, max: 9 }), rows: fc.integer({ min: 1, max: 5 }), first: fc.integer({ min: 0, max: 1000 }) }), { maxLength: 60 }),
  undirected: fc.boolean(),
  minTieWeight: fc.integer({ min: 0, max: 6 }),
  extraPeople: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 4 }),
  withPeople: fc.boolean(),
});

interface Entry {
  a: number;
  b: number;
  weight: number;
  rows: number;
  first: number;
  last: number;
}

describe('buildIndex', () => {
  it('orders every kept tie by its ends, with its fields', () => {
    fc.assert(
      fc.property(table, ({ ids, pairs, undirected, minTieWeight, extraPeople, withPeople }) => {
        // One tie per pair (per unordered pair when undirected), no self-loops: what the readers hand over.
        const seen = new Set<string>();
        const ties = pairs.flatMap(({ s, t, ...fields }) => {
          const [a, b] = [s % ids.length, t % ids.length];
          const key = undirected ? `${Math.min(a, b)} ${Math.max(a, b)}` : `${a} ${b}`;
          if (a === b || seen.has(key)) return [];
          seen.add(key);
          return [{ source: a, target: b, ...fields, last: fields.first + 7 }];
        });
        const interactions = {
          ids,
          undirected,
          ties: {
            size: ties.length,
            source: Int32Array.from(ties, (x) => x.source),
            target: Int32Array.from(ties, (x) => x.target),
            weight: Float64Array.from(ties, (x) => x.weight),
            rows: Uint32Array.from(ties, (x) => x.rows),
            first: Float64Array.from(ties, (x) => x.first),
            last: Float64Array.from(ties, (x) => x.last),
          },
        } as unknown as Interactions;
        const peopleIds = [...extraPeople, ...ids.slice(0, 1)].filter((id, i, all) => all.indexOf(id) === i);
        const people = withPeople ? ({ ids: peopleIds, groups: peopleIds.map(() => null), attributes: peopleIds.map(() => ({})) } as unknown as PeopleTable) : null;

        const { index, tiesDropped } = buildIndex(interactions, people, minTieWeight);

        const everyone = [...new Set([...(withPeople ? peopleIds : []), ...ids])].sort();
        expect(index.ids).toEqual(everyone);
        const rank = (i: number) => everyone.indexOf(ids[i]!);
        const kept = ties.filter((x) => x.weight >= minTieWeight);
        expect(tiesDropped).toBe(ties.length - kept.length);
        const entries: Entry[] = kept.flatMap((x) => {
          const fields = { weight: x.weight, rows: x.rows, first: x.first, last: x.last };
          const one = { a: rank(x.source), b: rank(x.target), ...fields };
          return undirected ? [one, { ...one, a: one.b, b: one.a }] : [one];
        });
        entries.sort((x, y) => x.a - y.a || x.b - y.b);
        expect(index.m).toBe(entries.length);
        const offsets = new Array<number>(everyone.length + 1).fill(0);
        for (const e of entries) offsets[e.a + 1]!++;
        for (let i = 0; i < everyone.length; i++) offsets[i + 1]! += offsets[i]!;
        expect([...index.out.offsets]).toEqual(offsets);
        expect([...index.out.index]).toEqual(entries.map((e) => e.b));
        expect([...index.out.weight]).toEqual(entries.map((e) => e.weight));
        expect([...index.tieRows]).toEqual(entries.map((e) => e.rows));
        expect([...index.tieFirst]).toEqual(entries.map((e) => e.first));
        expect([...index.tieLast]).toEqual(entries.map((e) => e.last));
      }),
      { numRuns: 300 },
    );
  });
});
