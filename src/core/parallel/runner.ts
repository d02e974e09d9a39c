/**
 * How the heavy per-source kernels (breadth-first searches for betweenness, closeness and
 * distance fragmentation) are run: split into tasks over ranges of source people, each task a
 * pure function of a shared input (typed arrays) and its own parameters, results merged by the
 * caller in task order — so the sum is the same whether the tasks ran here, one after another,
 * or in worker threads on every core. The core only sees this interface; the worker-thread
 * runner lives with the other runtime code (src/io/worker-runner.ts), and tests run the
 * kernels in-process.
 */

/**
 * The kernels a runner can run, by name; metrics/kernels.ts holds the functions. The name is
 * all that crosses to a worker thread, and this file names no metric, so the metrics that take
 * a runner do not import the kernels they are made of.
 */
export type KernelName = 'brandes' | 'reach' | 'distanceFragmentation' | 'eiPermutations';

export interface Runner {
  /** How many tasks can run at once; callers split their work into at least this many tasks. */
  readonly parallelism: number;
  /**
   * `work` estimates the tie visits of all tasks together: a small computation is not worth a thread.
   * `shared`, each task and each result are what kernel `kernel` takes and gives (metrics/kernels.ts).
   */
  run<S, T, R>(kernel: KernelName, shared: S, tasks: T[], work?: number): Promise<R[]>;
}
