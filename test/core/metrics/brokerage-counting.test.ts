/**
 * Brokerage counted from group totals with the non-two-paths taken off (brokerage.ts) equals
 * the plain count, two-path by two-path (test/helpers/brokerage-reference.ts), on random graphs
 * with random groups — some people without a group, mutual ties and closed triangles included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/core/graph/csr.js';
import { brokerage } from '../../../src/core/metrics/brokerage.js';
import { encodeGroups } from '../../../src/core/metrics/group-codes.js';
import { referenceBrokerage } from '../../helpers/brokerage-reference.js';
import { graphFromEdges } from '../../helpers/graph.js';

describe('brokerage by group totals', () => {
  it('equals the count of open two-paths on random graphs', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 }));
    const groupOf = fc.array(fc.constantFrom('A', 'B', 'C', null), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 70 }), groupOf, (pairs, labels) => {
        const people = Array.from({ length: 12 }, (_, i) => `p${String(i).padStart(2, '0')}`);
        const index = indexGraph(graphFromEdges(pairs.map(([a, b]) => [people[a]!, people[b]!] as [string, string]), people));
        const groups = encodeGroups(labels);
        expect(brokerage(index, groups)).toEqual(referenceBrokerage(index, groups.code));
      }),
      { numRuns: 500 },
    );
  });

  it('a hub is counted from its totals: 200 in, 200 out, no closed path', () => {
    // a0..a199 → hub → b0..b199, a's in group A, hub and b's in group B: every (a, b) pair is a
    // gatekeeper two-path (A → B → B): 200 · 200 = 40,000.
    const edges: [string, string][] = [];
    const labels: string[] = [];
    for (let i = 0; i < 200; i++) edges.push([`a${String(i).padStart(3, '0')}`, 'hub'], ['hub', `b${String(i).padStart(3, '0')}`]);
    const index = indexGraph(graphFromEdges(edges));
    for (const id of index.ids) labels.push(id.startsWith('a') ? 'A' : 'B');
    const hub = index.position.get('hub')!;
    expect(brokerage(index, encodeGroups(labels))[hub]).toEqual({ coordinator: 0, itinerant: 0, gatekeeper: 40_000, representative: 0, liaison: 0 });
  });
});
