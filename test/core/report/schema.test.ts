/**
 * The JSON Schema that ships in the package (src/core/report/schema.json, docs/outputs.md), as
 * `orgnet schema` prints it, against real output of `orgnet analyze --format json`: every
 * fixture under fixtures/ and every data set under ../shared/datasets (each relation file,
 * with and without its people file), special cases (no timestamps, sampled betweenness, the
 * privacy floor); and against broken reports it must refuse.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../../src/core/model/report.js';
import { ROOT, run, runJson } from '../../helpers/cli.js';

const DATASETS = path.resolve(ROOT, '../shared/datasets');
const SCHEMA_FILE = path.join(ROOT, 'src/core/report/schema.json');

/** RFC 3339 date-time, as JSON Schema's `date-time` format means it. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function compile(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('date-time', DATE_TIME);
  return ajv.compile(schema);
}

async function reportOf(args: string[], stdin?: string): Promise<Report> {
  const r = await runJson<Report>(['analyze', ...args, '--format', 'json', '--quiet'], stdin === undefined ? {} : { stdin });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.json;
}

let validate: ValidateFunction;
beforeAll(async () => {
  // The schema as a user gets it: from `orgnet schema`.
  const printed = await runJson<object>(['schema']);
  expect(printed.code).toBe(0);
  validate = compile(printed.json);
});

describe('orgnet schema', () => {
  test('prints the shipped file byte for byte, a draft 2020-12 schema', async () => {
    const printed = await runJson<{ $schema: string }>(['schema']);
    expect(printed.stderr).toBe('');
    expect(printed.stdout).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(printed.json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  test('the schema itself is valid under draft 2020-12 (ajv compiles it in strict mode)', () => {
    expect(() => compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object)).not.toThrow();
  });
});

function expectValid(report: unknown): void {
  const ok = validate(report);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

/** acme's interactions without the timestamp (and channel) columns: source,target,weight. */
function acmeWithoutTimestamps(): string {
  const text = readFileSync(path.join(ROOT, 'fixtures/acme/interactions.csv'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.split(',').slice(0, 3).join(','))
    .join('\n');
}

describe('real reports validate', () => {
  test('acme with its people file', async () => {
    const report = await reportOf(['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv']);
    expect(report.groups.length).toBeGreaterThan(0);
    expect(report.activity.series.length).toBeGreaterThan(0);
    expectValid(report);
  });

  test('acme without a people file', async () => {
    const report = await reportOf(['fixtures/acme/interactions.csv']);
    expect(report.meta.people).toBeNull();
    expectValid(report);
  });

  test('acme without timestamps, read from stdin', async () => {
    const report = await reportOf(['-', '--people', 'fixtures/acme/people.csv'], acmeWithoutTimestamps());
    expect(report.meta.input.columns.timestamp).toBeNull();
    expect(report.activity.series).toEqual([]);
    expectValid(report);
  });

  test('acme with sampled betweenness, weekly periods and the privacy floor', async () => {
    const report = await reportOf([
      'fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv',
      '--betweenness-samples', '10', '--period', 'week', '--min-group-size', '13', '--remove', 'ana.garcia',
    ]);
    expect(report.meta.betweenness.method).toBe('sampled');
    expectValid(report);
  });

  test('the hand-worked triangle, a mutual pair (undefined figures) and isolates', async () => {
    expectValid(await reportOf(['fixtures/cli/triangle-plus-one.csv', '--people', 'fixtures/cli/triangle-plus-one.people.csv']));
    const pair = await reportOf(['fixtures/graphs/mutual-pair.csv']);
    expect(pair.org.degreeCentralization).toBeNull(); // (n − 1)(n − 2) = 0
    expectValid(pair);
    expectValid(await reportOf(['fixtures/graphs/isolate-two-components.csv', '--people', 'fixtures/graphs/isolate-two-components.people.csv']));
  });
});

describe('the network over time and the ties (docs/metrics.md#the-network-over-time)', () => {
  test('acme with --windows 3month:month and --with-ties; a window or tie field that breaks the contract is refused', async () => {
    const report = await reportOf(['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv', '--windows', '3month:month', '--with-ties']);
    expect(report.windows!.length).toBeGreaterThan(1);
    expect(report.ties!.length).toBe(report.org.ties);
    expectValid(report);
    const [first, ...rest] = report.windows!;
    expect(validate({ ...report, windows: [{ ...first!, coverage: 0 }, ...rest] })).toBe(false);
    expect(validate({ ...report, windows: [{ ...first!, org: { ...first!.org, density: 'high' } }, ...rest] })).toBe(false);
    expect(validate({ ...report, ties: [{ source: 'a', target: 'b', weight: 1 }] })).toBe(false);
  });

  test('undirected events in weekly windows', async () => {
    const report = await reportOf(['fixtures/meetings/attendees.csv', '--people', 'fixtures/meetings/people.csv', '--events', '--windows', 'week', '--with-ties']);
    expect(report.windows!.length).toBeGreaterThan(0);
    expectValid(report);
  });
});

describe('reports of the input modes validate (docs/input.md, docs/input.md#encodings-and-messy-files)', () => {
  test('a meetings export with --events', async () => {
    const report = await reportOf(['fixtures/meetings/attendees.csv', '--people', 'fixtures/meetings/people.csv', '--events', '--max-event-size', '12']);
    expect(report.meta.input.events).toEqual({ read: 20, used: 17, tooSmall: 2, tooLarge: 1 });
    expect(report.meta.options).toMatchObject({ events: true, undirected: true });
    expectValid(report);
  });

  test('several recipients per cell with --split-targets, undirected contacts, windows-1252 and UTF-16', async () => {
    const split = await reportOf(['fixtures/input/split-targets-counting-rules.csv', '--split-targets', ';', '--lenient', '--quiet']);
    expect(split.meta.input.selfDeliveries).toBe(3);
    expectValid(split);
    expectValid(await reportOf(['fixtures/check/two-groups/interactions.csv', '--people', 'fixtures/check/two-groups/people.csv', '--undirected']));
    const latin = await reportOf(['fixtures/input/windows-1252-names.csv', '--people', 'fixtures/input/windows-1252-people.csv', '--encoding', 'windows-1252']);
    expect(latin.meta.people?.encoding).toBe('windows-1252');
    expectValid(latin);
    expectValid(await reportOf(['fixtures/input/utf16le-bom.tsv']));
  });

  test('the schema refuses an unknown encoding and event counts that are not counts', async () => {
    const report = await reportOf(['fixtures/input/events-two-meetings.csv', '--events']);
    expect(validate({ ...report, meta: { ...report.meta, input: { ...report.meta.input, encoding: 'ebcdic' } } })).toBe(false);
    const events = { read: 2, used: -1, tooSmall: 0, tooLarge: 0 };
    expect(validate({ ...report, meta: { ...report.meta, input: { ...report.meta.input, events } } })).toBe(false);
    expect(validate({ ...report, meta: { ...report.meta, options: { ...report.meta.options, undirected: 'yes' } } })).toBe(false);
  });
});

describe.skipIf(!existsSync(DATASETS))('undirected contacts validate', () => {
  test('sociopatterns-workplace-2013 with --undirected', async () => {
    const dir = path.join(DATASETS, 'sociopatterns-workplace-2013');
    const report = await reportOf([path.join(dir, 'interactions.csv'), '--people', path.join(dir, 'people.csv'), '--undirected']);
    expect(report.org.reciprocity).toBeNull();
    expectValid(report);
  });
});

/** Every file under fixtures/, relative to the repository, sorted. */
function fixtureFiles(dir = 'fixtures'): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? fixtureFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((f) => !f.endsWith('.md') && !path.basename(f).startsWith('.'))
    .sort();
}

const isPeople = (f: string) => path.basename(f).includes('people') || path.basename(f).includes('personas');

/** The people files of an interactions fixture: people.csv beside interactions.csv (or attendees.csv), else X.people.csv and X.partial-people.csv. */
function peopleFor(file: string, all: string[]): string[] {
  if (['interactions.csv', 'attendees.csv'].includes(path.basename(file))) return all.filter((f) => f === path.join(path.dirname(file), 'people.csv'));
  if (path.basename(file) === 'interacciones.csv') return all.filter((f) => f === path.join(path.dirname(file), 'personas.csv'));
  const stem = file.replace(/\.csv$/, '');
  return [`${stem}.people.csv`, `${stem}.partial-people.csv`].filter((c) => all.includes(c));
}

/**
 * Fixtures made to be refused (docs/input.md#bad-input): not a report at all, even with --lenient. Any other
 * fixture must give a report; one of these that some day gives a report is validated too.
 */
const REFUSED = new Set([
  'fixtures/input/binary-garbage.png', 'fixtures/input/blank-only.csv', 'fixtures/input/empty.csv',
  'fixtures/input/header-only.csv', 'fixtures/input/missing-target-column.csv', 'fixtures/input/utf16.csv',
  'fixtures/input/people-duplicate-ids.csv', 'fixtures/graphs/single-person.csv', 'fixtures/input/utf8-with-one-cp1252-line.csv',
  'fixtures/input/dates-ambiguous.csv',
  'fixtures/privacy/no-header.csv', 'fixtures/privacy/not-utf8.csv',
  // A --hierarchy file (person,manager), no interactions file: it has no source column.
  'fixtures/hierarchy/cycle.csv',
]);

/** The flags a fixture is read with, as its name says: its layout (docs/input.md) or its encoding (docs/input.md#encodings-and-messy-files). */
function modeFlags(file: string): string[] {
  const name = path.basename(file);
  if (name === 'wide-survey.csv' || name === 'survey-no-header.csv') return ['--wide'];
  if (name.startsWith('events-') || file.startsWith('fixtures/meetings/')) return ['--events'];
  if (name.startsWith('split-targets-')) return ['--split-targets', ';'];
  if (name.startsWith('windows-1252-')) return ['--encoding', 'windows-1252'];
  if (name === 'utf16le-no-bom.csv') return ['--encoding', 'utf16le'];
  if (file.startsWith('fixtures/exports/spreadsheet-es/')) return ['--encoding', 'windows-1252'];
  if (name === 'unused-weight-and-time.csv') return ['--source-col', 'from_user', '--target-col', 'to_user'];
  return [];
}

/** The arguments of each run: every interactions fixture alone and with its people files; people fixtures with a small interactions file. */
function fixtureRuns(): string[][] {
  const all = fixtureFiles();
  const runs: string[][] = [];
  for (const file of all) {
    if (isPeople(file)) {
      // People fixtures with no interactions file of their own are read beside a small input file whose
      // ids they may not hold: --allow-unmatched (an HR export's own interactions are those of hr-en).
      if (file.startsWith('fixtures/input/')) {
        runs.push([file.includes('spanish') ? 'fixtures/input/utf8-names.csv' : 'fixtures/input/comma-basic.csv', '--people', file, '--allow-unmatched', ...modeFlags(file)]);
      }
      if (file === 'fixtures/exports/hr-es/personas.csv') runs.push(['fixtures/exports/hr-en/interactions.csv', '--people', file]);
      continue;
    }
    runs.push([file, ...modeFlags(file)]);
    for (const people of peopleFor(file, all)) runs.push([file, '--people', people, ...modeFlags(file)]);
  }
  return runs;
}

describe('every fixture gives a valid report, or is refused with exit 2', () => {
  const runs = fixtureRuns();
  test('the fixtures were found', () => {
    expect(runs.length).toBeGreaterThanOrEqual(58);
    expect(runs).toContainEqual(['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv']);
    expect(runs).toContainEqual(['fixtures/graphs/single-person.csv', '--people', 'fixtures/graphs/single-person.people.csv']);
  });
  for (const args of runs) {
    test(args.join(' '), async () => {
      const r = await run(['analyze', ...args, '--lenient', '--format', 'json', '--quiet']);
      const refused = args.some((a) => REFUSED.has(a));
      if (r.code === 0) {
        expectValid(JSON.parse(r.stdout));
        return;
      }
      expect(refused, `${args.join(' ')} exited ${r.code}: ${r.stderr}`).toBe(true);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    });
  }
});

/** Each relation file of a data set (interactions.csv, friendship.csv, …), with and without its people file. */
function datasetRuns(): string[][] {
  const runs: string[][] = [];
  for (const name of readdirSync(DATASETS).sort()) {
    const dir = path.join(DATASETS, name);
    if (!existsSync(path.join(dir, 'interactions.csv'))) continue;
    const people = path.join(dir, 'people.csv');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv') && f !== 'people.csv').sort()) {
      runs.push([path.join(dir, file)]);
      if (existsSync(people)) runs.push([path.join(dir, file), '--people', people]);
    }
  }
  return runs;
}

describe.skipIf(!existsSync(DATASETS))('every real data set validates', () => {
  const runs = existsSync(DATASETS) ? datasetRuns() : [];
  test('the data sets were found', () => {
    expect(runs.length).toBeGreaterThanOrEqual(26);
  });
  for (const args of runs) {
    test(args.map((a) => path.relative(DATASETS, a)).join(' '), async () => {
      const report = await reportOf(args);
      if (args.includes('--people')) expect(report.meta.people).not.toBeNull();
      expectValid(report);
    });
  }
});

describe('the schema refuses broken reports', () => {
  let valid: Report;
  beforeAll(async () => {
    valid = await reportOf(['fixtures/cli/triangle-plus-one.csv', '--people', 'fixtures/cli/triangle-plus-one.people.csv']);
  });

  type Container = Record<string | number, unknown>;
  /** A copy of the valid report with one value at `path` changed by `change`. */
  const edited = (path: (string | number)[], change: (parent: Container, key: string | number) => void): unknown => {
    const copy = structuredClone(valid) as unknown as Container;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Container;
    change(parent, path[path.length - 1]!);
    return copy;
  };
  const withValue = (path: (string | number)[], value: unknown) => edited(path, (p, k) => void (p[k] = value));
  const without = (path: (string | number)[]) => edited(path, (p, k) => void delete p[k]);

  test('the unbroken copy is valid', () => {
    expectValid(edited([], () => undefined));
  });

  test('a NaN turned into a string', () => {
    expect(validate(withValue(['people', 0, 'betweenness'], 'NaN'))).toBe(false);
    expect(validate(withValue(['org', 'density'], 'NaN'))).toBe(false);
    expect(validate(withValue(['groups', 0, 'eiIndex'], 'Infinity'))).toBe(false);
  });

  test('NaN and Infinity as numbers (what a buggy producer would hand a validator in memory)', () => {
    expect(validate(withValue(['people', 0, 'betweenness'], Number.NaN))).toBe(false);
    expect(validate(withValue(['org', 'density'], Number.POSITIVE_INFINITY))).toBe(false);
    expect(validate(withValue(['activity', 'trend'], Number.NEGATIVE_INFINITY))).toBe(false);
  });

  test('a missing field', () => {
    expect(validate(without(['org', 'density']))).toBe(false);
    expect(validate(without(['people', 0, 'activity', 'status']))).toBe(false);
    expect(validate(without(['meta', 'input', 'rowsRead']))).toBe(false);
    expect(validate(without(['mixing']))).toBe(false);
  });

  test('a wrong schemaVersion, an unknown field, a role or status not in the spec', () => {
    expect(validate(withValue(['schemaVersion'], 2))).toBe(false);
    expect(validate(withValue(['org', 'extra'], 1))).toBe(false);
    expect(validate(withValue(['people', 0, 'roles'], ['hero']))).toBe(false);
    expect(validate(withValue(['people', 0, 'activity', 'status'], 'asleep'))).toBe(false);
  });

  test('numbers out of range, and a number written as text', () => {
    expect(validate(withValue(['org', 'reciprocity'], 1.5))).toBe(false);
    expect(validate(withValue(['people', 0, 'inDegree'], 1.5))).toBe(false);
    expect(validate(withValue(['org', 'ties'], '5'))).toBe(false);
    expect(validate(withValue(['meta', 'generatedAt'], 'yesterday'))).toBe(false);
  });

  test('null is accepted exactly where the spec allows it', () => {
    expectValid(withValue(['org', 'density'], null));
    expect(validate(withValue(['org', 'people'], null))).toBe(false);
    expect(validate(withValue(['people', 0, 'id'], null))).toBe(false);
  });
});
