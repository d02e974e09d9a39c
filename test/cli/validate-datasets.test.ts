/**
 * `orgnet validate` on the real data sets of ../shared/datasets, against the verification counts
 * each data set's README gives (counted there with Python's csv module, independently of orgnet):
 * rows, self-loops, exact duplicate rows, distinct directed ties, undirected pairs, ids missing
 * from people.csv, people.csv ids with no row, the timestamp range, and the people file's rows,
 * departments and blank departments. The README tables are read here, so every relation file of
 * every data set is checked; and the acme example against scripts/golden_validate.py.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';
import { ROOT } from '../helpers/cli.js';
import { validate } from './validate-helpers.js';

interface Verified {
  dataset: string;
  file: string;
  counts: Record<string, string>;
}

/** The rows of the README's verification table: column name → cell text, per file. */
function verification(dataset: string): Verified[] {
  const text = readFileSync(join(DATASETS, dataset, 'README.md'), 'utf8');
  const lines = text.split('\n').filter((l) => l.startsWith('|'));
  const header = lines[0]!.split('|').slice(1, -1).map((c) => c.trim());
  return lines.slice(2).map((line) => {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const counts = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    return { dataset, file: counts.file!.replace(/`/g, ''), counts };
  });
}

const number = (text: string | undefined) => Number(String(text).replace(/,/g, ''));

/**
 * The README's raw timestamp as orgnet reports it: a zoneless ISO date-time (UTC) or unix seconds
 * as ISO 8601 UTC — or, for a relative clock (`relative`: every timestamp a number before 1980,
 * docs/input.md#interactions-required---reads-standard-input), the seconds from the start of the recording as an ISO-8601 duration, P{d}DT{h}H{m}M{s}S
 * without its zero parts.
 */
function iso(text: string, relative: boolean): string {
  if (!/^\d+$/.test(text)) return new Date(`${text}Z`).toISOString();
  if (!relative) return new Date(Number(text) * 1000).toISOString();
  const s = Number(text);
  const [d, h, m, sec] = [Math.floor(s / 86400), Math.floor((s % 86400) / 3600), Math.floor((s % 3600) / 60), s % 60];
  const time = [[h, 'H'], [m, 'M'], [sec, 'S']].filter(([v]) => v !== 0).map(([v, u]) => `${v}${u}`).join('');
  return `P${d}D${time ? `T${time}` : ''}`;
}

/** 1980-01-01 in unix seconds: the README's numbers below it are a recording's clock. */
const RELATIVE_BEFORE = 315_532_800;

const SETS = HAS_DATASETS ? readdirSync(DATASETS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
const FILES = SETS.flatMap(verification);

describe.skipIf(!HAS_DATASETS)('validate, the real data sets against their README counts', () => {
  test('every data set has a verification table', () => {
    expect(SETS.length).toBeGreaterThanOrEqual(9);
    for (const set of SETS) expect(FILES.some((f) => f.dataset === set)).toBe(true);
  });

  test.each(FILES.map((f) => [`${f.dataset}/${f.file}`, f] as const))('%s', async (_name, { dataset, file, counts }) => {
    const people = join(DATASETS, dataset, 'people.csv');
    const hasPeople = existsSync(people);
    const path = join(DATASETS, dataset, file);
    const { v } = await validate([path, ...(hasPeople ? ['--people', people] : [])]);
    expect(v.valid).toBe(true);
    const i = v.interactions;
    expect(i.rows).toMatchObject({ read: number(counts.rows), selfLoops: number(counts['self-loops']), bad: 0, filtered: 0 });
    expect(i.duplicates).toMatchObject({ rows: number(counts['exact duplicate rows']), complete: true });
    expect(i.network?.ties).toBe(number(counts['distinct directed ties (no loops)']));
    if (counts['timestamp min'] !== '—') {
      const relative = /^\d+$/.test(counts['timestamp max']!) && Number(counts['timestamp max']) < RELATIVE_BEFORE;
      expect(i.time).toMatchObject({ first: iso(counts['timestamp min']!, relative), last: iso(counts['timestamp max']!, relative), clock: relative ? 'relative' : 'calendar' });
    } else expect(i.time).toBeNull();
    if (hasPeople) {
      const { unknownIds, withoutInteractions } = v.crossCheck!;
      expect(unknownIds.count).toBe(number(counts['ids missing from people.csv']));
      expect(withoutInteractions.count).toBe(number(counts['people.csv ids with no row']));
      // everyone named in a row, self-loops included, is in the people file here
      expect(i.network!.people - withoutInteractions.count).toBe(number(counts['unique people']));
    } else expect(i.network!.people).toBe(number(counts['unique people']));
  });

  test.each(FILES.map((f) => [`${f.dataset}/${f.file}`, f] as const))('%s --undirected: the undirected pairs', async (_name, { dataset, file, counts }) => {
    const { v } = await validate([join(DATASETS, dataset, file), '--undirected']);
    expect(v.interactions.network?.ties).toBe(number(counts['undirected pairs']));
  });

  test.each(SETS.filter((s) => existsSync(join(DATASETS, s, 'people.csv'))))('%s/people.csv', async (dataset) => {
    const readme = readFileSync(join(DATASETS, dataset, 'README.md'), 'utf8');
    const m = /`people\.csv`: ([\d,]+) rows, ([\d,]+) unique ids, (\d+) distinct non-blank departments, (\d+) blank department/.exec(readme)!;
    const { v } = await validate([join(DATASETS, dataset, 'interactions.csv'), '--people', join(DATASETS, dataset, 'people.csv')]);
    expect(v.people?.rows).toEqual({ records: number(m[1]), people: number(m[2]), bad: 0, removed: 0 });
    expect(v.people?.groups).toEqual({ column: 'department', groups: number(m[3]), withoutGroup: number(m[4]) });
  });

  test('email-eu-core: 642 self-loops, and the 19 people seen only in them are isolates', async () => {
    // README: "an ONA tool that drops self-loops will see 24,929 ties, and the 19 people whose only rows are self-loops become isolates"
    const set = join(DATASETS, 'email-eu-core');
    const { v } = await validate([join(set, 'interactions.csv'), '--people', join(set, 'people.csv')]);
    expect(v.interactions.rows?.selfLoops).toBe(642);
    expect(v.interactions.network).toEqual({ people: 1005, ties: 24929, tiesDropped: 0, isolates: 19 });
  });
});

describe('validate, the acme example against scripts/golden_validate.py', () => {
  test('counts, relations, time range and the people file', async () => {
    const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/validate/acme.json'), 'utf8')) as Record<string, unknown>;
    const { v } = await validate(['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv']);
    const i = v.interactions;
    expect(i.rows).toMatchObject({ read: golden.rows, selfLoops: golden.selfLoops, used: (golden.rows as number) - (golden.selfLoops as number) });
    expect(i.duplicates).toMatchObject({ rows: golden.duplicates, distinct: golden.distinctRows });
    expect(i.network).toMatchObject({ people: golden.people, ties: golden.ties, isolates: golden.isolates });
    expect(i.relations).toEqual(golden.relations);
    // The first timestamp is on January 2: the window covers 30 of January's 31 days; the last is on
    // December 31, so December is whole.
    expect(golden.first).toMatch(/^2025-01-02T/);
    expect(golden.last).toMatch(/^2025-12-31T/);
    expect(i.time).toEqual({
      column: 'timestamp', first: golden.first, last: golden.last, period: 'month', periods: golden.months,
      clock: 'calendar', dateOrder: null, partial: [{ period: '2025-01', coverage: 30 / 31 }],
    });
    expect(v.crossCheck).toEqual({
      unknownIds: { count: (golden.unknownIds as string[]).length, first: golden.unknownIds },
      withoutInteractions: { count: (golden.withoutRows as string[]).length, first: golden.withoutRows },
    });
  });
});
