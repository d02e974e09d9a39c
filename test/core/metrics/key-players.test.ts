/**
 * Key players by distance fragmentation on shapes whose answer is known by hand (networkx agrees:
 * their goldens in test/golden/), and on a 2,000-person synthetic organization, where the default
 * sampled search must pick the same first key player as the exact one (scripts/golden.py computes
 * both by brute force: test/golden/key-players/org-2000.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OrgGraph } from '../../../src/core/graph/types.js';
import { indexGraph } from '../../../src/core/graph/csr.js';
import { betweenness } from '../../../src/core/metrics/betweenness.js';
import { pools } from '../../../src/core/metrics/key-player-pools.js';
import { keyPlayers } from '../../../src/core/metrics/key-players.js';
import type { KeyPlayer, KeyPlayersMethod } from '../../../src/core/model/report.js';
import { edgesFromCsv, graphFromEdges } from '../../helpers/graph.js';

const ROOT = join(import.meta.dirname, '../../..');
const fixture = (name: string) => graphFromEdges(edgesFromCsv(readFileSync(join(ROOT, 'fixtures/graphs', `${name}.csv`), 'utf8')));
const DEFAULTS = { keyPlayers: 5, candidates: 20, samples: 200, seed: 42 };
const search = (graph: OrgGraph, options = DEFAULTS) => keyPlayers(graph, betweenness(graph), options);

describe('named shapes', () => {
  it('path P5 a–b–c–d–e: the middle person first', async () => {
    // Without c: a–b and d–e, Σ 1/d = 4 over 4 people → DF = 1 − 4/12 = 2/3; without b: {a} and
    // c–d–e, Σ = 4 + 1 = 5 → 7/12; without a: P4, Σ = 26/3 → 5/18. Org: Σ = 77/6 → 1 − 77/120 = 43/120.
    const result = await search(fixture('path-p5'));
    expect(result.distanceFragmentation).toBeCloseTo(43 / 120, 14);
    expect(result.keyPlayers[0]).toEqual({ id: 'c', distanceFragmentation: expect.closeTo(2 / 3, 14), fragmentation: expect.closeTo(2 / 3, 14) });
  });

  it('two stars joined by a bridge: the two centres', async () => {
    // Without maria: ana…dev isolated, omar's star of 5 → Σ = 8 + 12/2 = 14 over 9 people:
    // DF = 1 − 14/72 = 29/36 (omar alone gives the same: the tie goes to the smaller id).
    // Then without omar too: 8 isolates, DF 1. A leaf's removal leaves a connected tree instead.
    const result = await search(fixture('two-stars-bridge'));
    expect(result.keyPlayers.slice(0, 2)).toEqual([
      { id: 'maria', distanceFragmentation: expect.closeTo(29 / 36, 14), fragmentation: expect.closeTo(1 - 20 / 72, 14) },
      { id: 'omar', distanceFragmentation: 1, fragmentation: 1 },
    ]);
  });

  it('a clique with a pendant chain: the person joining them, then one inside the clique', async () => {
    // Clique ana, ben, carl, dora, eli; chain eli–fay–gil–hal. Without eli: K4 (Σ 12) + P3 (Σ 5)
    // over 7 → 1 − 17/42 = 25/42; without fay: K5 (20) + gil–hal (2) → 1 − 22/42 = 10/21 (less).
    // Then, of K4 + fay–gil–hal: a clique member leaves K3 (6) + P3 (5) → 1 − 11/30 = 19/30;
    // gil leaves K4 (12) → 1 − 12/30 = 3/5; fay leaves K4 + gil–hal (14) → 8/15. Ties → ana.
    const result = await search(fixture('clique-pendant-chain'));
    expect(result.keyPlayers.slice(0, 2).map((p) => [p.id, p.distanceFragmentation])).toEqual([
      ['eli', expect.closeTo(25 / 42, 14)],
      ['ana', expect.closeTo(19 / 30, 14)],
    ]);
  });

  it('gives the same result however many tasks the work is cut into (the runner adds them in order)', async () => {
    const graph = fixture('clique-pendant-chain');
    const once = await search(graph);
    const runner = {
      parallelism: 1,
      run: async (kernel: never, shared: never, tasks: never[]) => {
        const { KERNELS } = await import('../../../src/core/metrics/kernels.js');
        // Reverse the order the tasks run in; results still come back in task order.
        const results = [...tasks].reverse().map((task) => (KERNELS[kernel] as (s: never, t: never) => unknown)(shared, task));
        return results.reverse() as never;
      },
    };
    expect(await keyPlayers(graph, betweenness(graph), DEFAULTS, runner)).toEqual(once);
  });
});

interface Org2000 {
  people: number;
  candidates: string[];
  exact: { method: KeyPlayersMethod; distanceFragmentation: number; keyPlayers: KeyPlayer[] };
  sampled: { method: KeyPlayersMethod; sources: string[]; distanceFragmentation: number; keyPlayers: KeyPlayer[] };
}

describe('fixtures/org-2000: 2,000 people, sampled against exact', () => {
  const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/key-players/org-2000.json'), 'utf8')) as Org2000;
  const dir = join(ROOT, 'fixtures/org-2000');
  const people = readFileSync(join(dir, 'people.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]!);
  const graph = graphFromEdges(edgesFromCsv(readFileSync(join(dir, 'interactions.csv'), 'utf8')), people);
  let ranking: number[];
  beforeAll(() => {
    ranking = betweenness(graph);
  });

  const expectPlayers = (actual: KeyPlayer[], expected: KeyPlayer[]) => {
    expect(actual.map((p) => p.id)).toEqual(expected.map((p) => p.id));
    expected.forEach((p, i) => {
      expect(actual[i]!.distanceFragmentation).toBeCloseTo(p.distanceFragmentation!, 9);
      expect(actual[i]!.fragmentation).toBeCloseTo(p.fragmentation, 9);
    });
  };

  it('the candidates and the sampled sources are the people networkx and the seeded hash name', () => {
    const { ids } = indexGraph(graph);
    expect(ids).toHaveLength(golden.people);
    const { candidates, sources } = pools(ids, ranking, DEFAULTS);
    expect(candidates.map((c) => ids[c])).toEqual(golden.candidates);
    expect(Array.from(sources, (s) => ids[s])).toEqual(golden.sampled.sources);
  });

  it('exact (every person a source): the first key player and DF equal brute force', async () => {
    const exact = await keyPlayers(graph, ranking, { ...DEFAULTS, keyPlayers: 1, samples: golden.people });
    expect(exact.method).toEqual({ method: 'exact', candidates: 20 });
    expect(exact.distanceFragmentation).toBeCloseTo(golden.exact.distanceFragmentation, 9);
    expectPlayers(exact.keyPlayers, golden.exact.keyPlayers);
  });

  it('sampled (the default 200 sources): equal to the brute-force estimate, and the same first key player as exact', async () => {
    const sampled = await keyPlayers(graph, ranking, { ...DEFAULTS, keyPlayers: 3 });
    expect(sampled.method).toEqual({ method: 'sampled', candidates: 20, samples: 200, seed: 42 });
    expect(sampled.distanceFragmentation).toBeCloseTo(golden.sampled.distanceFragmentation, 9);
    expectPlayers(sampled.keyPlayers, golden.sampled.keyPlayers);
    expect(sampled.keyPlayers[0]!.id).toBe(golden.exact.keyPlayers[0]!.id);
    // The estimate is close to the exact value (here within 0.001).
    expect(Math.abs(sampled.distanceFragmentation! - golden.exact.distanceFragmentation)).toBeLessThan(1e-3);
  });
});
