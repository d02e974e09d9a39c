/**
 * The kernels a Runner may run, by name: pure functions `(shared, task) => result` of typed
 * arrays and plain numbers only, so a worker thread can receive their inputs and send back
 * their results by structured clone. A worker imports this file and looks the kernel up here.
 */
import type { KernelName, Runner } from '../parallel/runner.js';
import { dfOfRange } from './distance-fragmentation.js';
import { permutationHits } from './ei-permutation.js';
import { brandesOfRange, reachOfRange } from './shortest-paths.js';

export const KERNELS = {
  brandes: brandesOfRange,
  reach: reachOfRange,
  distanceFragmentation: dfOfRange,
  eiPermutations: permutationHits,
} satisfies Record<KernelName, (shared: never, task: never) => unknown>;

/** Runs every task here, in order: the reference the parallel runner must agree with. */
export const inProcessRunner: Runner = {
  parallelism: 1,
  async run<S, T, R>(kernel: KernelName, shared: S, tasks: T[]): Promise<R[]> {
    const fn = KERNELS[kernel] as unknown as (shared: S, task: T) => R;
    return tasks.map((task) => fn(shared, task));
  },
};
