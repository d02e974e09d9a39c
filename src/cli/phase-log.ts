/**
 * `--timings`: where the time of a run went, phase by phase, printed on stderr when it ends —
 * reading, indexing, each metric, writing — so a slow run can be explained without a profiler.
 */
import { timings, type Timings } from '../core/base/timings.js';
import type { OutStream } from './io.js';

export class PhaseLog {
  private readonly phases: [string, number][] = [];
  private readonly started = performance.now();
  readonly timings: Timings = timings(
    () => performance.now(),
    (phase, ms) => this.phases.push([phase, ms]),
  );

  print(stderr: OutStream): void {
    const total = performance.now() - this.started;
    const width = Math.max(...this.phases.map(([p]) => p.length), 5);
    const line = (name: string, ms: number) => `orgnet: timing: ${name.padEnd(width)} ${(ms / 1000).toFixed(2).padStart(7)} s\n`;
    for (const [phase, ms] of this.phases) stderr.write(line(phase, ms));
    stderr.write(line('total', total));
  }
}

/** A log when `--timings` was given. */
export function phaseLog(flags: { timings?: boolean | undefined }): PhaseLog | null {
  return flags.timings === true ? new PhaseLog() : null;
}
