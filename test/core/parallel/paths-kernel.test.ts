/**
 * The WebAssembly path kernel (assembly/paths.ts) against the TypeScript reference of the same
 * algorithm (test/helpers/brandes-reference.ts): on random directed graphs and on the acme
 * fixture, every range of sources gives the same doubles — dependencies, people reached and
 * hop sums — so the kernel is Brandes exactly, not approximately.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/core/graph/csr.js';
import { brandesOfRange, everyone, pathShared, reachOfRange } from '../../../src/core/metrics/shortest-paths.js';
import { referenceBrandes } from '../../helpers/brandes-reference.js';
import { graphFromEdges } from '../../helpers/graph.js';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../../../src/core/graph/index-build.js';
import { readInteractions } from '../../../src/core/ingest/layouts/interactions.js';
import { DEFAULT_OPTIONS } from '../../../src/core/model/options.js';
import { ROOT } from '../../helpers/cli.js';

async function acmeGraph() {
  const file = join(ROOT, 'fixtures/acme/interactions.csv');
  return buildIndex(await readInteractions(createReadStream(file), file, DEFAULT_OPTIONS), null).index;
}

const edges = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 24 })), { maxLength: 120 })
  .map((pairs) => pairs.filter(([a, b]) => a !== b).map(([a, b]) => [`p${String(a).padStart(2, '0')}`, `p${String(b).padStart(2, '0')}`] as [string, string]));

describe('brandes kernel = reference, double for double', () => {
  // Levels go bottom-up when the level's ties × factor outnumber the unreached people's in-ties:
  // factor 0 never, 1 as run (BOTTOM_UP_FACTOR.brandes), 1e9 on every level of at least n / 24 people.
  it.each([0, 1, 1e9])('on random directed graphs, over any range of sources (bottom-up factor %d)', (factor) => {
    fc.assert(
      fc.property(edges, fc.nat(), fc.nat(), (list, a, b) => {
        const graph = graphFromEdges(list);
        const { n, out, in: inn } = indexGraph(graph);
        if (n === 0) return;
        const sources = everyone(n);
        const from = a % n;
        const to = from + (b % (n - from + 1));
        const shared = { ...pathShared(out, n, sources, true, inn), bottomUpFactor: factor };
        const kernel = brandesOfRange(shared, { from, to });
        const reference = referenceBrandes(out, n, sources, from, to, true, inn, factor);
        expect(kernel.dependency).toEqual(reference.dependency);
        expect(kernel.reached).toEqual(reference.reached);
        expect(kernel.distanceSum).toEqual(reference.distanceSum);
      }),
      { numRuns: 300 },
    );
  });

  it('on acme, every person a source, in two ranges, top-down only and as run', async () => {
    const { n, out, in: inn } = indexGraph(await acmeGraph());
    for (const shared of [pathShared(out, n, everyone(n), true), pathShared(out, n, everyone(n), true, inn)]) {
      for (const range of [{ from: 0, to: 37 }, { from: 37, to: n }]) {
        const kernel = brandesOfRange(shared, range);
        const reference = referenceBrandes(out, n, everyone(n), range.from, range.to, true, shared.reverse ? inn : null, 1);
        expect(kernel).toEqual(reference);
      }
    }
  });

  // Factor 0: top-down only; 14: as run, switching where it pays; 1e9: bottom-up on every level of at least n / 24 people.
  it.each([0, 14, 1e9])('reach (bottom-up factor %d): counts and hops per person reached equal a plain BFS from each source', (factor) => {
    fc.assert(
      fc.property(edges, fc.boolean(), (list, reversed) => {
        const graph = graphFromEdges(list);
        const { n, out, in: inn } = indexGraph(graph);
        if (n === 0) return;
        const [along, back] = reversed ? [inn, out] : [out, inn];
        const sources = Int32Array.from(everyone(n).filter((v) => v % 3 === 0));
        const shared = { ...pathShared(along, n, sources, false, back), bottomUpFactor: factor };
        // Twice over the same kernel: a search must leave its workspace as it found it.
        for (const range of [{ from: 0, to: sources.length }, { from: 0, to: sources.length }]) {
          const sums = reachOfRange(shared, range);
          const count = new Int32Array(n);
          const hops = new Float64Array(n);
          for (const s of sources) {
            bfs(along.offsets, along.index, n, s).forEach((d, v) => {
              if (v !== s && d >= 0) {
                count[v]!++;
                hops[v]! += d;
              }
            });
          }
          expect(sums.count).toEqual(count);
          expect(sums.hops).toEqual(hops);
        }
      }),
      { numRuns: 200 },
    );
  });
});

function bfs(offsets: Int32Array, index: Int32Array, n: number, s: number): number[] {
  const dist = new Array<number>(n).fill(-1);
  dist[s] = 0;
  const queue = [s];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const w = index[p]!;
      if (dist[w]! < 0) {
        dist[w] = dist[v]! + 1;
        queue.push(w);
      }
    }
  }
  return dist;
}
