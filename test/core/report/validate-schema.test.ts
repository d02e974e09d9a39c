/**
 * The JSON Schema of `orgnet validate --format json` (src/core/report/validate-schema.json, as
 * the package ships it) against real output: every fixture under fixtures/, strict and lenient;
 * and against broken documents it must refuse. The same runs hold validate to its contract
 * with analyze: the files are valid exactly when `orgnet analyze` with the same options takes
 * them, and then the counts validate gives are the report's `meta.input` and `org` figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../../src/core/model/report.js';
import type { Validation } from '../../../src/core/model/validation.js';
import { ROOT, run, runJson } from '../../helpers/cli.js';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

let validate: ValidateFunction;
beforeAll(() => {
  // The schema as the package ships it, compiled strictly: every keyword known, no loose types.
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'dist/core/report/validate-schema.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('date-time', DATE_TIME);
  validate = ajv.compile(schema);
});

function expectValid(document: unknown): void {
  const ok = validate(document);
  expect(ok, JSON.stringify(validate.errors, null, 2)).toBe(true);
}

/** Every interactions file under fixtures/ (people files are read beside one), with the flags its name asks for. */
function fixtureRuns(): string[][] {
  const files = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
      .filter((f) => !f.endsWith('.md') && !path.basename(f).startsWith('.'))
      .sort();
  const all = files('fixtures');
  const flags = (file: string): string[] => {
    const name = path.basename(file);
    if (name === 'wide-survey.csv') return ['--wide'];
    if (name.startsWith('events-') || file.startsWith('fixtures/meetings/')) return ['--events'];
    if (name.startsWith('split-targets-')) return ['--split-targets', ';'];
    if (name.startsWith('windows-1252-')) return ['--encoding', 'windows-1252'];
    if (name === 'utf16le-no-bom.csv') return ['--encoding', 'utf16le'];
    return [];
  };
  const runs: string[][] = [];
  for (const file of all) {
    if (path.basename(file).includes('people')) {
      if (file.startsWith('fixtures/input/')) runs.push([file.includes('spanish') ? 'fixtures/input/utf8-names.csv' : 'fixtures/input/comma-basic.csv', '--people', file, ...flags(file)]);
      continue;
    }
    const beside = ['interactions.csv', 'attendees.csv'].includes(path.basename(file))
      ? [path.join(path.dirname(file), 'people.csv')]
      : [file.replace(/\.csv$/, '.people.csv'), file.replace(/\.csv$/, '.partial-people.csv')];
    runs.push([file, ...flags(file)]);
    for (const people of beside.filter((p) => all.includes(p))) runs.push([file, '--people', people, ...flags(file)]);
  }
  return runs;
}

async function validation(args: string[]): Promise<{ code: number; v: Validation }> {
  const r = await runJson<Validation>(['validate', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  return { code: r.code, v: r.json };
}

describe('every fixture: a document the schema takes, and the verdict analyze gives', () => {
  const runs = fixtureRuns();
  test('the fixtures were found', () => {
    expect(runs.length).toBeGreaterThanOrEqual(58);
  });
  for (const args of runs) {
    for (const mode of [[], ['--lenient'], ['--strict']]) {
      test([...args, ...mode].join(' '), async () => {
        const { code, v } = await validation([...args, ...mode]);
        expectValid(v);
        expect(code).toBe(v.valid ? 0 : 2);
        // --lenient changes analyze's verdict only where there are bad rows to skip
        if (mode[0] === '--strict' || (mode[0] === '--lenient' && v.warnings === 0)) return;
        const analyzed = await run(['analyze', ...args, ...mode, '--format', 'json', '--quiet']);
        expect(analyzed.code === 0, `analyze exited ${analyzed.code}: ${analyzed.stderr}`).toBe(v.valid);
        if (analyzed.code === 0) expectSameCounts(v, JSON.parse(analyzed.stdout) as Report);
      });
    }
  }
});

/** The figures both commands give for the same files. */
function expectSameCounts(v: Validation, report: Report): void {
  const input = report.meta.input;
  const i = v.interactions;
  expect(i.rows).toMatchObject({ read: input.rowsRead, used: input.rowsUsed, bad: input.skippedRows, selfLoops: input.selfLoops, filtered: input.filteredRows });
  expect(i.network).toEqual({ people: report.org.people, ties: report.org.ties, tiesDropped: input.tiesDropped, isolates: report.org.isolates });
  expect({ encoding: i.encoding, delimiter: i.delimiter, relations: i.relations, events: i.events }).toEqual({
    encoding: input.encoding,
    delimiter: input.delimiter,
    relations: input.relations,
    events: input.events,
  });
  if (i.time?.first) expect(i.time.periods).toBe(report.activity.series.length);
  if (report.meta.people) expect(v.crossCheck?.unknownIds.count).toBe(report.meta.people.unknownIds);
  const line = report.org.hierarchy;
  if (line) expect(v.hierarchy?.chart).toEqual({ people: line.people, managers: line.managers, maxDepth: line.maxDepth });
  else expect(v.hierarchy).toBeNull();
}

describe('the reporting line: a document the schema takes, the verdict and the chart analyze gives', () => {
  const runs: string[][] = [
    ['fixtures/hierarchy/interactions.csv', '--people', 'fixtures/hierarchy/people.csv', '--manager-col', 'boss'],
    ['fixtures/hierarchy/interactions.csv', '--people', 'fixtures/hierarchy/people.csv', '--hierarchy', 'fixtures/hierarchy/cycle.csv'],
    ['fixtures/hierarchy/interactions.csv', '--hierarchy', 'fixtures/hierarchy/people.csv'],
  ];
  for (const args of runs) {
    test(args.join(' '), async () => {
      const { code, v } = await validation(args);
      expectValid(v);
      expect(v.hierarchy).not.toBeNull();
      const analyzed = await run(['analyze', ...args, '--format', 'json', '--quiet']);
      expect(analyzed.code === 0, `analyze exited ${analyzed.code}: ${analyzed.stderr}`).toBe(v.valid);
      expect(code).toBe(v.valid ? 0 : 2);
      if (analyzed.code === 0) expectSameCounts(v, JSON.parse(analyzed.stdout) as Report);
    });
  }
});

describe('the schema refuses broken documents', () => {
  let valid: Validation;
  beforeAll(async () => {
    valid = (await validation(['fixtures/input/repeated-rows.csv', '--people', 'fixtures/input/people-basic.csv', '--strict'])).v;
    expectValid(valid);
  });

  type Container = Record<string | number, unknown>;
  const edited = (keys: (string | number)[], change: (parent: Container, key: string | number) => void): unknown => {
    const copy = structuredClone(valid) as unknown as Container;
    let parent = copy;
    for (const key of keys.slice(0, -1)) parent = parent[key] as Container;
    change(parent, keys[keys.length - 1]!);
    return copy;
  };
  const cases: [string, (string | number)[], (parent: Container, key: string | number) => void][] = [
    ['a missing field', ['interactions', 'rows', 'selfLoops'], (p, k) => delete p[k]],
    ['an unknown field', ['crossCheck', 'unknownIds', 'extra'], (p, k) => (p[k] = 1)],
    ['a count as a string', ['errors'], (p, k) => (p[k] = '3')],
    ['a negative count', ['interactions', 'duplicates', 'rows'], (p, k) => (p[k] = -1)],
    ['a fraction where a count goes', ['interactions', 'network', 'people'], (p, k) => (p[k] = 2.5)],
    ['line 0 (lines start at the header, 1)', ['problems', 0, 'line'], (p, k) => (p[k] = 0)],
    ['an unknown severity', ['problems', 0, 'severity'], (p, k) => (p[k] = 'fatal')],
    ['an unknown column role', ['interactions', 'columns', 0, 'role'], (p, k) => (p[k] = 'sender')],
    ['an encoding orgnet does not read', ['interactions', 'encoding'], (p, k) => (p[k] = 'utf32')],
    ['another kind of document', ['kind'], (p, k) => (p[k] = 'report')],
    ['a time that is not a date-time', ['interactions', 'time'], (p, k) => (p[k] = { column: 't', first: 'yesterday', last: null, period: 'month', periods: 0 })],
  ];
  test.each(cases)('%s', (_name, keys, change) => {
    expect(validate(edited(keys, change))).toBe(false);
  });
});
