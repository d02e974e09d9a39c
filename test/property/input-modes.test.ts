/**
 * Properties of the input modes over random files (fast-check), through the command line:
 * - a directed file and the same rows shuffled give the same report, byte for byte;
 * - under --undirected, flipping any rows' direction (and shuffling) gives the same report;
 * - a random events file: Σ strengths = 2 × the total tie weight, each person's strength equals
 *   the events they attended, counted here independently from the rows, and so does their
 *   activity; the event counts of meta.input follow; shuffled rows give the same report.
 * Weights are dyadic (0.5, 1, 2, 3) so that sums are exact in any order. The seed is fixed so a
 * CI run is repeatable; change it locally to explore further.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { run } from '../helpers/cli.js';

const SEED = 20260112;
const RUNS = 40;
const PEOPLE = ['ana', 'ben', 'carla', 'dan', 'eva', 'fé', '李雷'];

interface Row {
  source: string;
  target: string;
  weight: number;
  day: number;
}

const person = fc.constantFrom(...PEOPLE);
const row = fc.record({ source: person, target: person, weight: fc.constantFrom(0.5, 1, 2, 3), day: fc.integer({ min: 0, max: 75 }) });

const date = (day: number) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);

function longFile(rows: readonly Row[]): string {
  return ['source,target,weight,timestamp', ...rows.map((r) => `${r.source},${r.target},${r.weight},${date(r.day)}`)].join('\n') + '\n';
}

async function reportText(text: string, args: string[]): Promise<string> {
  const r = await run(['analyze', '-', '--format', 'json', '--quiet', '--period', 'week', ...args], { stdin: text });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** A permutation of 0..n−1 drawn by fast-check. */
const permutationOf = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });

describe('row order and direction', () => {
  it('a directed file and its shuffled rows give the same report', async () => {
    const cases = fc.array(row, { minLength: 1, maxLength: 30 }).chain((rows) => fc.tuple(fc.constant(rows), permutationOf(rows.length)));
    await fc.assert(
      fc.asyncProperty(cases, async ([rows, order]) => {
        const shuffled = order.map((i) => rows[i]!);
        expect(await reportText(longFile(shuffled), [])).toBe(await reportText(longFile(rows), []));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('under --undirected, flipping rows and shuffling them gives the same report', async () => {
    const cases = fc
      .array(row, { minLength: 1, maxLength: 30 })
      .chain((rows) => fc.tuple(fc.constant(rows), permutationOf(rows.length), fc.array(fc.boolean(), { minLength: rows.length, maxLength: rows.length })));
    await fc.assert(
      fc.asyncProperty(cases, async ([rows, order, flips]) => {
        const flipped = order.map((i) => (flips[i] ? { ...rows[i]!, source: rows[i]!.target, target: rows[i]!.source } : rows[i]!));
        const expected = await reportText(longFile(rows), ['--undirected']);
        expect(await reportText(longFile(flipped), ['--undirected'])).toBe(expected);
        const report = JSON.parse(expected) as Report;
        expect(report.org.reciprocity).toBeNull();
        expect(report.people.every((p) => p.inDegree === p.outDegree && p.inStrength === p.outStrength)).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

interface Attendance {
  event: string;
  person: string;
  day: number;
}

/** What docs/input.md says of an events file, counted from the rows without orgnet. */
function expectedEvents(rows: readonly Attendance[], maxSize: number) {
  const members = new Map<string, Set<string>>();
  const rowsOf = new Map<string, number>();
  for (const r of rows) {
    members.set(r.event, (members.get(r.event) ?? new Set()).add(r.person));
    rowsOf.set(r.event, (rowsOf.get(r.event) ?? 0) + 1);
  }
  const attended = new Map<string, number>(rows.map((r) => [r.person, 0]));
  const counts = { read: members.size, used: 0, tooSmall: 0, tooLarge: 0 };
  let rowsUsed = 0;
  let totalWeight = 0;
  for (const [event, people] of members) {
    const k = people.size;
    if (k < 2) counts.tooSmall++;
    else if (k > maxSize) counts.tooLarge++;
    else {
      counts.used++;
      rowsUsed += rowsOf.get(event)!;
      totalWeight += k / 2; // k(k − 1)/2 pairs of weight 1/(k − 1)
      for (const p of people) attended.set(p, attended.get(p)! + 1);
    }
  }
  return { counts, rowsUsed, totalWeight, attended };
}

describe('random events files', () => {
  const attendance = fc.record({ event: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'), person, day: fc.integer({ min: 0, max: 40 }) });
  const cases = fc
    .tuple(fc.array(attendance, { minLength: 1, maxLength: 45 }), fc.integer({ min: 2, max: 6 }), fc.boolean())
    .chain(([rows, maxSize, timed]) => fc.tuple(fc.constant(rows), fc.constant(maxSize), fc.constant(timed), permutationOf(rows.length)));

  function eventsFile(rows: readonly Attendance[], timed: boolean): string {
    const head = timed ? 'event,person,date' : 'event,person';
    return [head, ...rows.map((r) => (timed ? `${r.event},${r.person},${date(r.day)}` : `${r.event},${r.person}`))].join('\n') + '\n';
  }

  it('Σ strengths = 2 × total weight; strength and activity = events attended; rows shuffled change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ([rows, maxSize, timed, order]) => {
        const args = ['--events', '--max-event-size', String(maxSize)];
        const text = await reportText(eventsFile(rows, timed), args);
        expect(await reportText(eventsFile(order.map((i) => rows[i]!), timed), args)).toBe(text);
        const report = JSON.parse(text) as Report;
        const expected = expectedEvents(rows, maxSize);
        const strengths = report.people.reduce((sum, p) => sum + p.outStrength, 0);
        expect(Math.abs(strengths - 2 * report.org.totalWeight)).toBeLessThan(1e-9);
        expect(Math.abs(report.org.totalWeight - expected.totalWeight)).toBeLessThan(1e-9);
        expect(report.people.map((p) => p.id).sort()).toEqual([...expected.attended.keys()].sort());
        for (const p of report.people) {
          const events = expected.attended.get(p.id)!;
          expect(Math.abs(p.outStrength - events)).toBeLessThan(1e-9);
          expect(p.inStrength).toBe(p.outStrength);
          expect(p.activity.interactions).toBe(events);
        }
        expect(report.org.interactions).toBe(expected.counts.used);
        expect(report.meta.input.events).toEqual(expected.counts);
        expect(report.meta.input.rowsUsed).toBe(expected.rowsUsed);
        expect(report.meta.input.filteredRows).toBe(rows.length - expected.rowsUsed);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
