/**
 * Where the time of an analysis goes, phase by phase, for `--timings` and the benchmark. The
 * clock is injected (the core reads no clock of its own); without one, nothing is measured.
 */
export interface Timings {
  /** Runs `work` as the named phase (awaiting it when it returns a promise). */
  time<T>(phase: string, work: () => T): T;
}

export const NO_TIMINGS: Timings = { time: (_phase, work) => work() };

export function timings(clock: () => number, onPhase: (phase: string, ms: number) => void): Timings {
  return {
    time<T>(phase: string, work: () => T): T {
      const start = clock();
      const result = work();
      if (result instanceof Promise) {
        return result.then((value: unknown) => {
          onPhase(phase, clock() - start);
          return value;
        }) as T;
      }
      onPhase(phase, clock() - start);
      return result;
    },
  };
}
