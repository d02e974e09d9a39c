/**
 * The kernels a Runner may run, by name: pure functions `(shared, task) => result` of typed
 * arrays and plain numbers only, so a worker thread can receive their inputs and send back
 * their results by structured clone. A worker imports this file and looks the kernel up here.
 */
import { dfOfRange } from '../metrics/distance-fragmentation.js';
import { permutationHits } from '../metrics/ei-permutation.js';
import { brandesOfRange, reachOfRange } from '../metrics/shortest-paths.js';

export const KERNELS = {
  brandes: brandesOfRange,
  reach: reachOfRange,
  distanceFragmentation: dfOfRange,
  eiPermutations: permutationHits,
};

export type KernelName = keyof typeof KERNELS;
