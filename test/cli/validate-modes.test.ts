/**
 * `orgnet validate` with the input options: the layouts (--events, --split-targets, --wide,
 * --undirected), encodings, standard input, parquet, the filters, --lenient and --strict,
 * --limit, the table view, -o, and usage errors. Expected counts are worked by hand from the
 * fixtures (the comments show how).
 */
import { readFileSync, existsSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Validation } from '../../src/core/model/validation.js';
import { ROOT, run } from '../helpers/cli.js';
import { problemsOf, validate } from './validate-helpers.js';
import { tempDir } from '../helpers/temp-dir.js';

const INPUT = 'fixtures/input';
const at = (name: string) => `${INPUT}/${name}`;

describe('layouts', () => {
  test('--events: the counting rules fixture', async () => {
    const { v } = await validate([at('events-counting-rules.csv'), '--events']);
    // lines 18–20: an empty event, "yesterday", an empty person
    expect(problemsOf(v)).toEqual(['18: missing event', '19: bad timestamp "yesterday": expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)', '20: missing person']);
    const i = v.interactions;
    expect(i.layout).toBe('events');
    expect(i.undirected).toBe(true);
    expect(i.columns?.map((c) => c.role)).toEqual(['event', 'person', 'timestamp', 'relation']);
    // events m1 {ana, ben, carla}, m2 {ana, ben}, big {p1…p4}, solo {dan}, m4 {zoe, ana}, m5 {ana, ben}:
    // solo is too small; the others' 14 rows are used, solo's 2 filtered
    expect(i.events).toEqual({ read: 6, used: 5, tooSmall: 1, tooLarge: 0 });
    expect(i.rows).toEqual({ records: 19, read: 19, used: 14, bad: 3, selfLoops: 0, filtered: 2 });
    // pairs: 3 of m1 (ana–ben again in m2 and m5), 6 of big, ana–zoe; dan is alone
    expect(i.network).toEqual({ people: 9, ties: 10, tiesDropped: 0, isolates: 1 });
    // line 11 repeats line 2 (m1, ana, 10:00); line 13 (solo, dan, 09:30) differs from line 6 by its time
    expect(i.duplicates?.examples).toEqual([{ line: 11, firstLine: 2 }]);
    expect(i.time).toMatchObject({ first: '2026-01-05T10:00:00.000Z', last: '2026-01-10T09:00:00.000Z' });
    // lines 2–17 reach the relation check: m5's two rows are chat
    expect(i.relations).toEqual({ chat: 2, meeting: 14 });
  });

  test('--split-targets ";": deliveries, self-deliveries and bad rows', async () => {
    const { v } = await validate([at('split-targets-counting-rules.csv'), '--split-targets', ';']);
    expect(problemsOf(v)).toEqual(['11: missing source', '12: no name in the target cell ";" split on ";"', '13: bad weight "x": expected a number > 0']);
    const i = v.interactions;
    expect(i.layout).toBe('split-targets');
    // line 4 (carla → carla) is a self-loop; lines 2, 3, 5–10 and 14 are used
    expect(i.rows).toMatchObject({ read: 13, used: 9, selfLoops: 1, bad: 3, filtered: 0 });
    // kept: 2 + 1 + 1 + 4 + 1 + 1 + 2 + 1 + 2 = 15; to the sender: lines 4, 5 and 8
    expect(i.deliveries).toEqual({ deliveries: 15, broadcasts: 0, selfDeliveries: 3 });
    // ana→ben, ana→carla, ben→ana, dan→ana, ana→p1…p4, ana→zoe, ben→carla, ben→zoe, zoe→ana, zoe→ben
    expect(i.network).toEqual({ people: 9, ties: 13, tiesDropped: 0, isolates: 0 });
    expect(i.relations).toEqual({ chat: 1, email: 9 });
  });

  test('--split-targets with --max-event-size: a broadcast row is filtered', async () => {
    // line 6 names p1…p4: four people, more than 3
    const { v } = await validate([at('split-targets-counting-rules.csv'), '--split-targets', ';', '--max-event-size', '3', '--lenient']);
    expect(v.interactions.deliveries).toEqual({ deliveries: 11, broadcasts: 1, selfDeliveries: 3 });
    expect(v.interactions.rows).toMatchObject({ used: 8, filtered: 1 });
    expect(v.notes).toEqual([`${at('split-targets-counting-rules.csv')}: 1 row naming more than 3 people made no tie (broadcasts; --max-event-size N raises the bound)`]);
  });

  test('--undirected: a,b and b,a are one tie', async () => {
    // weighted-mixed: {ana,ben}, {ana,cho}, {cho,dev}, {ben,cho}, {dev,eli}, {fay,eli}, {fay,dev}
    const { v } = await validate(['fixtures/graphs/weighted-mixed.csv', '--undirected']);
    expect(v.interactions.undirected).toBe(true);
    expect(v.interactions.network).toEqual({ people: 6, ties: 7, tiesDropped: 0, isolates: 0 });
  });

  test('--min-tie-weight: ties below it are dropped, and people left without one are isolates', async () => {
    // weighted-mixed's 10 ties: only cho→dev (5) reaches 4.5; ana, ben, eli and fay keep no tie
    const { v } = await validate(['fixtures/graphs/weighted-mixed.csv', '--min-tie-weight', '4.5']);
    expect(v.interactions.network).toEqual({ people: 6, ties: 1, tiesDropped: 9, isolates: 4 });
  });

  test('--reverse keeps every count', async () => {
    const { v } = await validate([at('comma-basic.csv'), '--reverse']);
    expect(v.interactions.network).toEqual({ people: 3, ties: 4, tiesDropped: 0, isolates: 0 });
  });
});

describe('filters and the time range', () => {
  test('--until: rows at or after it are filtered, and the range is that of the rows used', async () => {
    // only line 2 (2026-01-15 00:00) is before 10:00; the other six are at 10:30 UTC or later
    const { v } = await validate([at('timestamps-mixed.csv'), '--until', '2026-01-15T10:00:00Z']);
    expect(v.interactions.rows).toMatchObject({ read: 7, used: 1, filtered: 6 });
    expect(v.interactions.time).toMatchObject({ first: '2026-01-15T00:00:00.000Z', last: '2026-01-15T00:00:00.000Z', periods: 1 });
  });

  test('--since without a timestamp column: the file cannot be read as asked', async () => {
    const { v } = await validate([at('comma-basic.csv'), '--since', '2026-01-01']);
    expect(problemsOf(v)).toEqual([
      '-: --since/--until need a timestamp column: expected one of timestamp, time, date, datetime, sent_at, created_at, fecha, hora (or --time-col NAME); columns found: source, target, weight',
    ]);
  });

  test.each([
    // acme: 2025-01-02 to 2025-12-31 — 364 days; ISO weeks 2025-W01 … 2025-W52 and 2026-W01
    // (Monday 2025-12-29); 12 months; 4 quarters
    ['day', 364],
    ['week', 53],
    ['month', 12],
    ['quarter', 4],
  ])('--period %s: %i periods', async (period, periods) => {
    const { v } = await validate(['fixtures/acme/interactions.csv', '--period', String(period)]);
    expect(v.interactions.time).toMatchObject({ period, periods });
  });

  test('--remove: their rows are filtered, they leave the people file, and an unknown id is a note', async () => {
    // comma-basic: ana,carla and carla,ana are filtered; dan (people-basic) has no row
    const { v } = await validate([at('comma-basic.csv'), '--people', at('people-basic.csv'), '--remove', 'carla,zed']);
    expect(v.valid).toBe(true);
    expect(v.interactions.rows).toMatchObject({ used: 3, filtered: 2 });
    expect(v.people?.rows).toEqual({ records: 4, people: 3, bad: 0, removed: 1 });
    expect(v.interactions.network).toEqual({ people: 3, ties: 2, tiesDropped: 0, isolates: 1 });
    expect(v.notes).toEqual(['--remove: no person "zed" in the input; check the spelling']);
  });

  test('timestamps that are a relative clock are noted', async () => {
    const file = join(tempDir('validate'), 'clock.csv');
    // 20 and 860 seconds after the epoch
    writeFileSync(file, 'source,target,timestamp\na,b,20\nb,a,860\n');
    const { v } = await validate([file]);
    expect(v.valid).toBe(true);
    // Elapsed time, not dates: 20 s and 14 min 20 s after the start of the recording.
    expect(v.interactions.time).toMatchObject({ first: 'P0DT20S', last: 'P0DT14M20S', clock: 'relative', period: 'month', periods: 1 });
    expect(v.notes).toEqual([
      `${file}: every timestamp is a number of at most 860 seconds: read as elapsed time from the start of a recording, not as dates — periods are numbered (day 1, week 1…) and times are durations (P3DT4H)`,
    ]);
  });
});

describe('encodings and standard input', () => {
  test('windows-1252 without --encoding is a problem naming the line; with it, the file is valid', async () => {
    const without = await validate([at('windows-1252-names.csv')]);
    expect(without.code).toBe(2);
    expect(without.v.problems).toEqual([
      {
        file: at('windows-1252-names.csv'),
        line: 2,
        message: 'not valid UTF-8 (byte 0xE9 after "Jos"): the file is in another encoding; try --encoding windows-1252 (what Excel writes on Spanish or Western-European Windows) or --encoding latin1',
        severity: 'error',
      },
    ]);
    const withIt = await validate([at('windows-1252-names.csv'), '--people', at('windows-1252-people.csv'), '--encoding', 'windows-1252']);
    expect(withIt.code).toBe(0);
    expect(withIt.v.interactions.encoding).toBe('windows-1252');
    expect(withIt.v.people).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    // José, María and Peña: in both files
    expect(withIt.v.crossCheck).toEqual({ unknownIds: { count: 0, first: [] }, withoutInteractions: { count: 0, first: [] } });
    expect(withIt.v.people?.groups).toEqual({ column: 'departamento', groups: 2, withoutGroup: 0 });
  });

  test('UTF-16 without a BOM needs --encoding; a BOM that contradicts --encoding is a problem', async () => {
    expect((await validate([at('utf16le-no-bom.csv'), '--encoding', 'utf16le'])).v.valid).toBe(true);
    const { v } = await validate([at('utf16le-bom.tsv'), '--encoding', 'utf8']);
    expect(problemsOf(v)).toEqual(['-: the file starts with a UTF-16 LE byte-order mark, but --encoding utf8 was given; drop --encoding or give --encoding utf16le']);
  });

  test('- reads standard input, named <stdin>', async () => {
    const { v } = await validate(['-'], { stdin: readFileSync(join(ROOT, at('utf16le-bom.tsv'))) });
    expect(v.interactions).toMatchObject({ file: '<stdin>', encoding: 'utf16le', delimiter: '\t' });
    expect(v.interactions.rows?.used).toBe(4);
    const bad = await validate(['-'], { stdin: readFileSync(join(ROOT, at('bad-weight.csv'))) });
    expect(bad.v.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['<stdin>:3', '<stdin>:4', '<stdin>:5']);
  });

  test('--max-field-size: a line past it stops the reading at that line', async () => {
    const { v } = await validate([at('comma-basic.csv'), '--max-field-size', '8']);
    // the header, 20 characters, is the first line past 8
    expect(problemsOf(v)).toEqual(['1: a field or line longer than 8 characters (often a quote that never closes); fix the file, or raise --max-field-size']);
  });

  test('a missing file and a directory are problems of that file; the other file is still read', async () => {
    const { v } = await validate(['missing.csv', '--people', at('people-basic.csv')]);
    expect(v.problems).toEqual([{ file: 'missing.csv', line: null, message: 'no such file', severity: 'error' }]);
    expect(v.people?.rows?.people).toBe(4);
    expect(v.crossCheck).toBeNull();
    const dir = await validate([INPUT]);
    expect(problemsOf(dir.v)).toEqual(['-: is a directory: expected a CSV file']);
  });
});

describe('--lenient, --strict and --limit', () => {
  test('--lenient: bad rows are warnings, the files valid (exit 0)', async () => {
    const { v, code } = await validate([at('bad-weight.csv'), '--lenient']);
    expect(code).toBe(0);
    expect({ valid: v.valid, errors: v.errors, warnings: v.warnings }).toEqual({ valid: true, errors: 0, warnings: 3 });
    expect(problemsOf(v)).toEqual(['3: warning: bad weight "abc": expected a number > 0', '4: warning: bad weight "0": expected a number > 0', '5: warning: bad weight "-2": expected a number > 0']);
  });

  test('--lenient does not excuse the people file, which analyze never skips', async () => {
    const { v } = await validate([at('comma-basic.csv'), '--people', at('people-duplicate-ids.csv'), '--lenient']);
    expect(v.errors).toBe(2);
  });

  test('--strict: repeated rows are errors at their lines', async () => {
    const { v } = await validate([at('repeated-rows.csv'), '--strict']);
    expect(problemsOf(v)).toEqual(['3: the same row as line 2', '4: the same row as line 2', '7: the same row as line 6', '8: the same row as line 2', '10: the same row as line 9']);
    expect(v.strict).toBe(true);
  });

  test('--strict: ids only one file knows are errors of the file that names them', async () => {
    // triangle-plus-one names d, whom the partial people file lacks; people-basic lists dan, who has no row
    const unknown = await validate(['fixtures/cli/triangle-plus-one.csv', '--people', 'fixtures/cli/triangle-plus-one.partial-people.csv', '--strict']);
    expect(unknown.v.problems).toEqual([{ file: 'fixtures/cli/triangle-plus-one.csv', line: null, message: 'id "d" is not in fixtures/cli/triangle-plus-one.partial-people.csv', severity: 'error' }]);
    const inactive = await validate([at('comma-basic.csv'), '--people', at('people-basic.csv'), '--strict']);
    expect(inactive.v.problems).toEqual([{ file: at('people-basic.csv'), line: null, message: `"dan" appears in no row of ${at('comma-basic.csv')}`, severity: 'error' }]);
    // without --strict, the same files are valid: these are facts
    expect((await validate([at('comma-basic.csv'), '--people', at('people-basic.csv')])).code).toBe(0);
  });

  test('--strict --lenient: bad rows are errors again', async () => {
    const { v } = await validate([at('bad-weight.csv'), '--lenient', '--strict']);
    expect({ errors: v.errors, warnings: v.warnings }).toEqual({ errors: 3, warnings: 0 });
  });

  test('--limit: every problem is counted, the first N listed per file', async () => {
    const ten = await validate([at('thirteen-bad-rows.csv'), '--limit', '10']);
    expect(ten.v.problems).toHaveLength(10);
    expect({ errors: ten.v.errors, notListed: ten.v.problemsNotListed, fileProblems: ten.v.interactions.problems }).toEqual({ errors: 13, notListed: 3, fileProblems: 13 });
    const none = await validate([at('thirteen-bad-rows.csv'), '--limit', '0']);
    expect({ listed: none.v.problems.length, errors: none.v.errors }).toEqual({ listed: 0, errors: 13 });
    // --limit bounds the id lists too: comma-basic's 3 ids, none in people-no-group
    const ids = await validate([at('comma-basic.csv'), '--people', at('people-no-group.csv'), '--limit', '2', '--strict', '--allow-unmatched']);
    expect(ids.v.crossCheck?.unknownIds).toEqual({ count: 3, first: ['ana', 'ben'] });
    // 3 unknown ids in the interactions (2 listed), 2 people without rows in the people file (2 listed)
    expect({ errors: ids.v.errors, listed: ids.v.problems.length, notListed: ids.v.problemsNotListed }).toEqual({ errors: 5, listed: 4, notListed: 1 });
  });
});

describe('parquet', () => {
  const dir = tempDir('validate-parquet');
  const ACME = join(ROOT, 'fixtures/acme/interactions.csv');
  beforeAll(async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const csv = `read_csv('${ACME}', all_varchar = true)`;
    await connection.run(`COPY (SELECT source, target, channel, CAST(weight AS DOUBLE) AS weight, CAST(timestamp AS TIMESTAMP) AS timestamp FROM ${csv}) TO '${join(dir, 'acme.parquet')}' (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
    writeFileSync(join(dir, 'not.parquet'), 'source,target\na,b\n');
  });

  test('the acme interactions as parquet: no delimiter or encoding, the CSV file\'s counts', async () => {
    const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/validate/acme.json'), 'utf8')) as { rows: number; ties: number; first: string; last: string };
    const { v } = await validate([join(dir, 'acme.parquet'), '--people', 'fixtures/acme/people.csv']);
    expect(v.valid).toBe(true);
    expect(v.interactions).toMatchObject({ format: 'parquet', delimiter: null, encoding: null, delimiterGiven: false });
    expect(v.interactions.rows?.read).toBe(golden.rows);
    expect(v.interactions.network?.ties).toBe(golden.ties);
    expect(v.interactions.time).toMatchObject({ first: golden.first, last: golden.last });
    expect(v.interactions.columns?.map((c) => `${c.name}=${c.role}`)).toEqual(['source=source', 'target=target', 'channel=relation', 'weight=weight', 'timestamp=timestamp']);
  });

  test('a file that is not parquet is a problem of that file', async () => {
    const { v } = await validate([join(dir, 'not.parquet')]);
    expect(v.valid).toBe(false);
    expect(v.problems[0]?.message).toMatch(/^cannot read as parquet: /);
  });
});

describe('the table view', () => {
  test('sections, problems as FILE:LINE: message, and the verdict last', async () => {
    const r = await run(['validate', at('comma-basic.csv'), '--people', at('people-duplicate-ids.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        `Interactions  ${at('comma-basic.csv')}`,
        '  read as      CSV, UTF-8, delimiter "," (detected)',
        '  columns      source → source · target → target · weight → weight',
        '  rows         5 read: 5 used, 0 self-loops, 0 filtered, 0 bad',
        '  repeated     none',
        // ana and ben are listed; carla, of the interactions, is not
        '  network      3 people, 4 ties, 0 isolates',
        '  time         no timestamp column',
        '',
        `People  ${at('people-duplicate-ids.csv')}`,
        '  read as      CSV, UTF-8, delimiter "," (detected)',
        '  columns      id → id · team → group',
        // ana and ben of the 3 ids of the interactions
        `  ids          "id" (chosen by the ids it holds): 2 of 3 ids of ${at('comma-basic.csv')} (67%)`,
        '  names        no display-name column: people are shown by id',
        '  rows         4 read: 2 people, 2 bad',
        '  groups       2 groups in "team", 0 people without one',
        '',
        'Both files',
        `  unknown ids  1 id of ${at('comma-basic.csv')} not in ${at('people-duplicate-ids.csv')} (kept, without a group): "carla"`,
        `  absent       none: everyone in ${at('people-duplicate-ids.csv')} appears in ${at('comma-basic.csv')}`,
        '',
        'Problems (2)',
        `  ${at('people-duplicate-ids.csv')}:3: missing id`,
        `  ${at('people-duplicate-ids.csv')}:5: duplicate id "ana" (first on line 2)`,
        '',
        'not valid: 2 problems',
        '',
      ].join('\n'),
    );
  });

  test('warnings, the rest counted, and names shown printable', async () => {
    const r = await run(['validate', at('thirteen-bad-rows.csv'), '--lenient', '--limit', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  ${at('thirteen-bad-rows.csv')}:2: warning: bad weight "bad0": expected a number > 0\n`);
    expect(r.stdout).toContain(`  ${at('thirteen-bad-rows.csv')}: … and 11 more problems (--limit N lists more)\n`);
    expect(r.stdout.endsWith('valid: orgnet analyze takes these files; 13 bad rows that --lenient skips\n')).toBe(true);
    // ids and a cell with an escape (C0) and a CSI (C1) character, which could drive the terminal
    const dir = tempDir('validate-names');
    writeFileSync(join(dir, 'i.csv'), 'source,target,weight\na\u001b[2Jb,c\u009bd,1\nx,y,w\u009b\n');
    writeFileSync(join(dir, 'p.csv'), 'id\nzed\n');
    const names = await run(['validate', join(dir, 'i.csv'), '--people', join(dir, 'p.csv'), '--allow-unmatched']);
    // JSON quoting escapes C0 characters, the printable view the C1 ones; line 3 is bad, so x and y are no one
    expect(names.stdout).toContain('(kept, without a group): "a\\u001b[2Jb", "c\\x9bd"\n');
    expect(names.stdout).toContain(':3: bad weight "w\\x9b": expected a number > 0');
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(names.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  test('colours only on a terminal, and never with NO_COLOR', async () => {
    const tty = await run(['validate', at('bad-weight.csv')], { tty: true });
    expect(tty.stdout).toContain('\u001b[31m');
    const plain = await run(['validate', at('bad-weight.csv')], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
  });
});

describe('-o and usage', () => {
  test('-o writes the format of its extension atomically; an invalid verdict is also said on stderr', async () => {
    const dir = tempDir('validate-o');
    const out = join(dir, 'check.json');
    const r = await run(['validate', at('bad-weight.csv'), '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`orgnet: not valid: 3 problems, listed in ${out}\n`);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Validation).errors).toBe(3);
    expect(readdirSync(dir)).toEqual(['check.json']);
    const ok = await run(['validate', at('comma-basic.csv'), '-o', join(dir, 'check.txt')]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    expect(readFileSync(join(dir, 'check.txt'), 'utf8')).toMatch(/^Interactions {2}fixtures\/input\/comma-basic\.csv\n[\s\S]*valid: orgnet analyze takes these files\n$/);
  });

  test.each([
    [['--rejects', 'r.csv', '--lenient'], 'orgnet: validate lists the bad rows itself (--limit N lists more); --rejects belongs to analyze\n'],
    [['--limit', 'some'], 'orgnet: --limit some: expected a whole number ≥ 0\n'],
    [['--events', '--wide'], 'orgnet: --events and --wide are two different file layouts; use one of them\n'],
    [['-o', 'check.csv'], 'orgnet: cannot tell the format of check.csv from its extension; add --format table|json (or use .json, .txt)\n'],
    [['-o', at('comma-basic.csv'), '--format', 'json'], `orgnet: refusing to write the output over the input file ${join(ROOT, at('comma-basic.csv'))}; choose another -o path\n`],
  ])('%j: exit 2, one line, no output', async (args, message) => {
    const r = await run(['validate', at('comma-basic.csv'), ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(message);
  });

  test('one standard input only, and an unknown format is refused by the option itself', async () => {
    const both = await run(['validate', '-', '--people', '-']);
    expect(both).toEqual({ code: 2, stdout: '', stderr: 'orgnet: only one input can be read from standard input (-)\n' });
    const md = await run(['validate', at('comma-basic.csv'), '--format', 'md']);
    expect(md.code).toBe(2);
    expect(md.stderr).toMatch(/^orgnet: error: option '-f, --format <format>' argument 'md' is invalid/);
  });

  test('the same files and options give the same bytes', async () => {
    const args = ['validate', 'fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv', '--format', 'json'];
    const first = await run(args, { now: new Date('2026-01-01T00:00:00Z') });
    const again = await run(args, { now: new Date('2027-06-30T12:00:00Z') });
    expect(again.stdout).toBe(first.stdout);
  });

  test('help names every exit code', async () => {
    const r = await run(['help', 'validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exit codes: 0 the files are valid (orgnet analyze takes them), 2 problems (or bad usage),');
    expect(existsSync(join(ROOT, 'dist/core/report/validate-schema.json'))).toBe(true);
  });
});
