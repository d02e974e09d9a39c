/**
 * The worker-thread runner (src/io/worker-runner.ts) against the in-process runner, the
 * reference: the same results in task order, so the same doubles — for the path searches and
 * for key players, whose searches are kept in shared memory from one step to the next and may
 * be taken up by another worker. And a failing task fails the run with its message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { pathCentralities } from '../../src/core/metrics/betweenness.js';
import { keyPlayers } from '../../src/core/metrics/key-players.js';
import { inProcessRunner } from '../../src/core/metrics/kernels.js';
import { seededRandom } from '../../src/core/base/random.js';
import { createWorkerRunner } from '../../src/io/worker-runner.js';
import { graphFromEdges, type EdgeSpec } from '../helpers/graph.js';

const runner = createWorkerRunner({ threads: 2 });
afterAll(() => runner.close());

/** 3,000 people, 24,000 ties: above the size from which the runner uses its threads. */
function randomGraph() {
  const random = seededRandom(5);
  const edges: EdgeSpec[] = [];
  const id = (i: number) => `p${String(i).padStart(4, '0')}`;
  for (let k = 0; k < 24_000; k++) edges.push([id(Math.floor(random() ** 2 * 3000)), id(Math.floor(random() * 3000))]);
  return graphFromEdges(edges);
}

describe('worker threads = this thread', () => {
  const graph = randomGraph();

  it('betweenness and closeness, exact and sampled', async () => {
    for (const sampling of [null, { samples: 700, seed: 3 }]) {
      const here = await pathCentralities(graph, sampling, inProcessRunner);
      const there = await pathCentralities(graph, sampling, runner);
      expect(there.betweenness).toEqual(here.betweenness);
      expect(there.closeness).toEqual(here.closeness);
    }
  });

  it('key players over five steps, searches kept between them', async () => {
    const { betweenness } = await pathCentralities(graph, null, inProcessRunner);
    const options = { keyPlayers: 5, candidates: 12, samples: 600, seed: 9 };
    const here = await keyPlayers(graph, betweenness, options, inProcessRunner);
    const there = await keyPlayers(graph, betweenness, options, runner);
    expect(there).toEqual(here);
    expect(there.keyPlayers).toHaveLength(5);
  });

  it('a task that throws fails the run with its message, and the runner still works after', async () => {
    const bad = { n: 2, offsets: new Int32Array(3), index: new Int32Array(0), sources: null, accumulate: true };
    await expect(runner.run('brandes', bad as never, [{ from: 0, to: 1 }, { from: 1, to: 2 }])).rejects.toThrow(/kernel brandes failed in a worker/);
    const again = await pathCentralities(graph, { samples: 100, seed: 1 }, runner);
    expect(again.betweenness).toEqual((await pathCentralities(graph, { samples: 100, seed: 1 }, inProcessRunner)).betweenness);
  });
});
