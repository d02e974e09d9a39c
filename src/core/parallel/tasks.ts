/** How work over source people is cut into tasks (see runner.ts). */

/** Sources from ≤ s < to. */
export interface SourceRange {
  from: number;
  to: number;
}

/**
 * Work over sources 0..n−1 is always cut into the same tasks, whatever the number of cores,
 * and callers add partial results in task order: the result is then the same double on every
 * machine and with any number of workers.
 */
const TASKS = 64;

export function taskRanges(n: number, tasks = TASKS): SourceRange[] {
  const count = Math.max(1, Math.min(tasks, n));
  const ranges: SourceRange[] = [];
  for (let i = 0; i < count; i++) ranges.push({ from: Math.floor((i * n) / count), to: Math.floor(((i + 1) * n) / count) });
  return ranges.filter((r) => r.to > r.from);
}
