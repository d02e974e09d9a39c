/**
 * The JSON Schema that ships in the package (src/core/report/schema.json, SPEC §6) against
 * real output of `orgnet analyze --format json`: the acme organization with and without its
 * people file and timestamps, and two real data sets; and against broken reports it must refuse.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/report/types.js';
import { ROOT, run } from '../helpers/cli.js';

const DATASETS = path.resolve(ROOT, '../shared/datasets');
const SCHEMA = JSON.parse(readFileSync(path.join(ROOT, 'src/core/report/schema.json'), 'utf8')) as object;

/** RFC 3339 date-time, as JSON Schema's `date-time` format means it. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function compile(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('date-time', DATE_TIME);
  return ajv.compile(SCHEMA);
}

async function reportOf(args: string[], stdin?: string): Promise<Report> {
  const r = await run(['analyze', ...args, '--format', 'json', '--quiet'], stdin === undefined ? {} : { stdin });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

let validate: ValidateFunction;
beforeAll(() => {
  validate = compile();
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

describe('reports of the input modes validate (SPEC §2.4, §2.5)', () => {
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

describe.skipIf(!existsSync(DATASETS))('real data sets validate', () => {
  test('sociopatterns-workplace-2013 with --undirected', async () => {
    const dir = path.join(DATASETS, 'sociopatterns-workplace-2013');
    const report = await reportOf([path.join(dir, 'interactions.csv'), '--people', path.join(dir, 'people.csv'), '--undirected']);
    expect(report.org.reciprocity).toBeNull();
    expectValid(report);
  });

  for (const name of ['lazega-lawfirm', 'krackhardt-hightech']) {
    test(name, async () => {
      const dir = path.join(DATASETS, name);
      const report = await reportOf([path.join(dir, 'interactions.csv'), '--people', path.join(dir, 'people.csv')]);
      expect(report.groups.length).toBeGreaterThan(0);
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
