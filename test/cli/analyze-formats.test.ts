/**
 * `orgnet analyze --format table|json|csv` as a user runs it (in process): what each format
 * promises in docs/options.md, docs/outputs.md Expected values are worked by hand on the fixtures/cli graphs (see
 * analyze-triangle.test.ts for the triangle's working) or read from the spec.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareIds } from '../../src/core/base/ids.js';
import { ROOT, run } from '../helpers/cli.js';
import {
  ACME, ACME_PEOPLE, analyzeJson, expectRowsAddUp, numbersIn, readCsv, TIMED, TRIANGLE, TRIANGLE_PEOPLE, TRICKY,
} from './analyze-helpers.js';

// eslint-disable-next-line no-control-regex -- looking for the escape character is the point
const ANSI = /\u001b\[/;
const CONTROL = 'fixtures/cli/control-characters.csv';

/** First cells of the rows of the "Top N people" table. */
function topPeople(table: string): string[] {
  const section = table.slice(table.indexOf('Top '));
  return section
    .split('\n')
    .filter((line) => line.startsWith('│ '))
    .slice(1)
    .map((line) => line.split('│')[1]!.trim());
}

describe('--format table (the default)', () => {
  test('the organization summary, then the top people by go-to score', async () => {
    const { code, stdout, stderr } = await run(['analyze', TRIANGLE, '--people', TRIANGLE_PEOPLE]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    // The file by its name, not its path.
    expect(stdout.startsWith('triangle-plus-one.csv: 5 people, 5 ties\n')).toBe(true);
    expect(stdout).toMatch(/│ people +│ +5 │ 1 isolated +│/);
    expect(stdout).toMatch(/│ ties +│ +5 │ 5 interactions, weight 6 +│/);
    expect(stdout).toMatch(/│ density +│ +0\.2500 │/); // 5 / 20
    expect(stdout).toMatch(/│ reciprocity +│ +40\.0% │/); // 2 of 5 ties returned
    expect(stdout).toMatch(/│ components +│ +2 │ largest holds 80\.0% +│/);
    expect(stdout).toContain('Top 5 people by go-to score (sourcePagerank)');
    // networkx pagerank(G.reverse(), weight="weight"): b .3660, a .3473, c .2144, d .0361, e .0361 (tie → id)
    expect(topPeople(stdout)).toEqual(['b', 'a', 'c', 'd', 'e']);
    // X's E-I is −0.6, but 1 in 10 random relabelings of 5 people gives as much (p ≈ 0.1): no silo.
    expect(stdout).toMatch(/│ X +│/);
    expect(stdout).not.toMatch(/X ◆ silo/);
  });

  test('no ANSI codes when stdout is not a terminal', async () => {
    const { stdout } = await run(['analyze', TRIANGLE]);
    expect(stdout).not.toMatch(ANSI);
  });

  test('colours on a terminal, and with FORCE_COLOR=1 in a pipe', async () => {
    expect((await run(['analyze', TRIANGLE], { tty: true })).stdout).toMatch(ANSI);
    expect((await run(['analyze', TRIANGLE], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
  });

  test('no colours with NO_COLOR or --no-color, even on a terminal or with FORCE_COLOR', async () => {
    expect((await run(['analyze', TRIANGLE], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await run(['analyze', TRIANGLE, '--no-color'], { tty: true })).stdout).not.toMatch(ANSI);
    expect((await run(['analyze', TRIANGLE, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await run(['analyze', TRIANGLE], { env: { FORCE_COLOR: '0' }, tty: true })).stdout).not.toMatch(ANSI);
  });

  test('an escape sequence in a name is shown, not obeyed; JSON and CSV keep the name as it is', async () => {
    // fixtures/cli/control-characters.csv: "ESC[31mredESC[0m" → ana → "two LF lines"
    const table = await run(['analyze', CONTROL]);
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(ANSI);
    expect(table.stdout).toContain('\\x1b[31mred\\x1b[0m');
    expect(table.stdout).toContain('│ two\\nlines ');
    const report = await analyzeJson([CONTROL]);
    expect(report.people.map((p) => p.id)).toEqual(['\u001b[31mred\u001b[0m', 'ana', 'two\nlines']);
  });

  test('JSON and CSV never carry colour codes', async () => {
    for (const format of ['json', 'csv']) {
      const { stdout } = await run(['analyze', TRIANGLE, '--format', format], { tty: true, env: { FORCE_COLOR: '3' } });
      expect(stdout).not.toMatch(ANSI);
    }
  });

  test('the activity section appears with timestamps', async () => {
    const { stdout } = await run(['analyze', TIMED]);
    // three months, two rows each: equal bars
    expect(stdout).toContain('interactions per month, 2026-01 … 2026-03: ███');
  });
});

describe('--format json', () => {
  test('parses, schemaVersion 1, every top-level section of docs/outputs.md', async () => {
    const report = await analyzeJson([TRIANGLE, '--people', TRIANGLE_PEOPLE]);
    expect(report.schemaVersion).toBe(1);
    expect(Object.keys(report)).toEqual(['schemaVersion', 'meta', 'org', 'people', 'groups', 'mixing', 'attributes', 'communities', 'activity', 'findings']);
    expect(report.meta.tool.name).toBe('orgnet');
    expect(report.meta.generatedAt).toBe('2026-01-01T00:00:00.000Z'); // the injected clock
  });

  test('people sorted by id', async () => {
    const report = await analyzeJson([ACME, '--people', ACME_PEOPLE]);
    const ids = report.people.map((p) => p.id);
    expect(ids).toEqual([...ids].sort(compareIds));
    // every person of the people file is there, isolates included
    const listed = readFileSync(join(ROOT, ACME_PEOPLE), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]!);
    expect(ids).toEqual(expect.arrayContaining(listed));
    // by UTF-16 code unit: + (43) - (45) = (61) @ (64) S (83) s (115) t (116)
    const tricky = await analyzeJson([TRICKY]);
    expect(tricky.people.map((p) => p.id)).toEqual(['+plus', '-neg', '=cmd', '@at', 'Smith, Jane', 'say "hi"', 'two\nlines']);
  });

  test('no NaN or Infinity anywhere, as text or as number', async () => {
    for (const args of [[ACME, '--people', ACME_PEOPLE], [TRIANGLE, '--people', TRIANGLE_PEOPLE], [TIMED]]) {
      const { stdout } = await run(['analyze', ...args, '--format', 'json']);
      expect(stdout).not.toMatch(/NaN|Infinity/);
      const bad = numbersIn(JSON.parse(stdout)).filter(([, n]) => !Number.isFinite(n));
      expect(bad).toEqual([]);
    }
  });

  test('meta.input: rowsRead = rowsUsed + skippedRows + selfLoops + filteredRows', async () => {
    const lenient = await analyzeJson(['fixtures/input/bad-weight.csv', '--lenient', '--quiet']);
    // 4 rows: ana,ben,1 used; abc, 0 and −2 are bad weights
    expect(lenient.meta.input).toMatchObject({ rowsRead: 4, rowsUsed: 1, skippedRows: 3, selfLoops: 0, filteredRows: 0 });
    const loops = await analyzeJson(['fixtures/input/self-loops.csv']);
    // ana,ana and ben,ben are self-loops; ana,ben is used
    expect(loops.meta.input).toMatchObject({ rowsRead: 3, rowsUsed: 1, skippedRows: 0, selfLoops: 2, filteredRows: 0 });
    const filtered = await analyzeJson([TIMED, '--relation', 'advice']);
    // 3 advice rows kept, 3 email rows filtered out
    expect(filtered.meta.input).toMatchObject({ rowsRead: 6, rowsUsed: 3, skippedRows: 0, selfLoops: 0, filteredRows: 3 });
    for (const r of [lenient, loops, filtered, await analyzeJson([ACME])]) expectRowsAddUp(r);
  });

  test('meta.input names the file, the detected columns and the delimiter', async () => {
    const report = await analyzeJson([TIMED]);
    expect(report.meta.input.file).toBe(TIMED);
    expect(report.meta.input.columns).toEqual({ source: 'source', target: 'target', weight: null, timestamp: 'timestamp', relation: 'relation', event: null, person: null });
    expect(report.meta.input.delimiter).toBe(',');
    expect(report.meta.input.relations).toEqual({ advice: 3, email: 3 });
  });

  test('the options used are echoed in meta.options', async () => {
    const report = await analyzeJson([
      TIMED, '--seed', '7', '--resolution', '0.5', '--key-players', '2', '--period', 'week', '--min-tie-weight', '1',
      '--reverse', '--since', '2026-01-01', '--until', '2026-04-01T12:00:00Z', '--relation', 'advice,email', '--min-group-size', '2',
    ]);
    expect(report.meta.options).toMatchObject({
      seed: 7, resolution: 0.5, keyPlayers: 2, period: 'week', minTieWeight: 1, reverse: true,
      since: '2026-01-01T00:00:00.000Z', until: '2026-04-01T12:00:00.000Z', relations: ['advice', 'email'],
      minGroupSize: 2, lenient: false, remove: [], betweennessSamples: null,
    });
  });

  test('the defaults of docs/metrics.md, docs/options.md when no option is given', async () => {
    const report = await analyzeJson([TRIANGLE]);
    expect(report.meta.options).toMatchObject({
      seed: 42, resolution: 1, keyPlayers: 5, period: 'month', minTieWeight: 0, minGroupSize: 1, reverse: false,
      since: null, until: null, relations: null, lenient: false, remove: [], betweennessSamples: null,
      undirected: false, events: false, maxEventSize: 50, splitTargets: null, encoding: null, maxFieldSize: 1048576,
    });
    expect(report.meta.betweenness).toEqual({ method: 'exact' });
    expect(report.meta.people).toBeNull();
    expect(report.groups).toEqual([]);
    expect(report.mixing).toEqual([]);
  });
});

describe('--format csv', () => {
  const csv = async (args: string[]) => {
    const result = await run(['analyze', ...args, '--format', 'csv']);
    expect(result.code).toBe(0);
    return result.stdout;
  };

  test('--table people (the default): one row per person, nested fields with dots, attributes last', async () => {
    const text = await csv([TRIANGLE, '--people', TRIANGLE_PEOPLE]);
    const [header, ...rows] = readCsv(text);
    expect(header).toEqual([
      'id', 'label', 'group', 'inDegree', 'outDegree', 'inStrength', 'outStrength', 'degreeCentrality', 'betweenness',
      'closeness', 'pagerank', 'sourcePagerank', 'coreNumber', 'reciprocity', 'giveTakeRatio', 'constraint', 'effectiveSize', 'externalShare',
      'brokerage.coordinator', 'brokerage.itinerant', 'brokerage.gatekeeper', 'brokerage.representative',
      'brokerage.liaison', 'cutPoint', 'dependents', 'community', 'roles', 'activity.interactions',
      'activity.activePeriods', 'activity.activityRate', 'activity.firstSeen', 'activity.lastSeen', 'activity.trend',
      'activity.status', 'attributes.office',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['a', 'b', 'c', 'd', 'e']);
    const col = (name: string) => header!.indexOf(name);
    const c = rows[2]!;
    expect(c[col('roles')]).toBe('central-connector|broker|one-way'); // arrays joined with | (roles: analyze-triangle.test.ts)
    expect(c[col('cutPoint')]).toBe('true');
    expect(c[col('inDegree')]).toBe('1');
    const e = rows[4]!;
    expect(e[col('reciprocity')]).toBe(''); // null → empty cell
    expect(e[col('attributes.office')]).toBe('');
    expect(e[col('roles')]).toBe('isolate');
  });

  test('--table groups', async () => {
    const rows = readCsv(await csv([TRIANGLE, '--people', TRIANGLE_PEOPLE, '--table', 'groups']));
    // eiPValue (1,000 relabelings, estimated): of the C(5, 2) = 10 ways to pick Y's two members,
    // only the observed one leaves X with an E-I of −0.6 or less (X = {a, b, c}: 4 inside, 1 out),
    // so P = 1/10; Y's E-I of +1 is matched or beaten by every one of them, so its p-value is 1.
    const p = Number(rows[1]![5]);
    expect(Math.abs(p - 1 / 10)).toBeLessThan(4 * Math.sqrt(0.09 / 1000) + 1 / 1001);
    expect(rows.map((row) => row.filter((_, i) => i !== 5))).toEqual([
      ['group', 'size', 'internalTies', 'externalTies', 'eiIndex', 'internalShare', 'density', 'reciprocity', 'activityRate', 'connectors'],
      ['X', '3', '4', '1', '-0.6', '0.8', String(4 / 6), '0.5', '', 'b|c|a'],
      ['Y', '2', '0', '1', '1', '0', '0', '', '', ''],
    ]);
    expect(rows[0]![5]).toBe('eiPValue');
    expect(rows[2]![5]).toBe('1');
  });

  test('--table mixing', async () => {
    const rows = readCsv(await csv([TRIANGLE, '--people', TRIANGLE_PEOPLE, '--table', 'mixing']));
    expect(rows).toEqual([
      ['from', 'to', 'ties', 'weight'],
      ['X', 'X', '4', '5'], // a→b 2, b→a 1, b→c 1, c→a 1
      ['X', 'Y', '1', '1'], // c→d; Y→X and Y→Y have no tie and are not listed
    ]);
  });

  test('--table ties: source,target,weight,count,first,last', async () => {
    const rows = readCsv(await csv([TRIANGLE, '--table', 'ties']));
    expect(rows).toEqual([
      ['source', 'target', 'weight', 'count', 'first', 'last'],
      ['a', 'b', '2', '1', '', ''],
      ['b', 'a', '1', '1', '', ''],
      ['b', 'c', '1', '1', '', ''],
      ['c', 'a', '1', '1', '', ''],
      ['c', 'd', '1', '1', '', ''],
    ]);
    const timed = readCsv(await csv([TIMED, '--table', 'ties']));
    expect(timed[1]).toEqual(['a', 'b', '1', '1', '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z']);
  });

  test('--table activity: one row per period, empty periods included', async () => {
    const rows = readCsv(await csv([TIMED, '--table', 'activity']));
    // The rows run from January 5 to March 30: the window covers 27 of January's 31 days, all of
    // February, and 30 of March's 31 (to the end of March 30).
    expect(rows).toEqual([
      ['period', 'start', 'coverage', 'interactions', 'activePeople', 'newTies', 'reciprocity'],
      ['2026-01', '2026-01-01', String(27 / 31), '2', '2', '2', '1'], // a→b, b→a
      ['2026-02', '2026-02-01', '1', '2', '2', '2', '1'], // a→c, c→a
      ['2026-03', '2026-03-01', String(30 / 31), '2', '2', '2', '1'], // b→c, c→b
    ]);
    // without timestamps there is no period: the header alone
    expect(readCsv(await csv([TRIANGLE, '--table', 'activity']))).toEqual([
      ['period', 'start', 'coverage', 'interactions', 'activePeople', 'newTies', 'reciprocity'],
    ]);
  });

  test('--table communities: a column per group', async () => {
    const [header, ...rows] = readCsv(await csv([TRIANGLE, '--people', TRIANGLE_PEOPLE, '--table', 'communities']));
    expect(header).toEqual(['id', 'size', 'dominantGroup', 'dominantShare', 'groups.X', 'groups.Y']);
    // every person in exactly one community
    expect(rows.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(5);
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i)));
  });

  test('CRLF line ends; a bare LF only inside a quoted cell', async () => {
    const text = await csv([TRICKY, '--table', 'ties']);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });

  test('spreadsheet formulas neutralized, quotes doubled, commas and newlines quoted', async () => {
    const text = await csv([TRICKY, '--table', 'ties']);
    const lines = text.split('\r\n');
    expect(lines).toContain(`'+plus,'=cmd,1,1,,`);
    expect(lines).toContain(`'-neg,'@at,1,1,,`);
    expect(lines).toContain(`'=cmd,"Smith, Jane",1,1,,`);
    expect(lines).toContain(`"Smith, Jane","say ""hi""",1,1,,`);
    expect(lines).toContain(`"say ""hi""","two\nlines",1,1,,`);
    const rows = readCsv(text).slice(1);
    expect(rows.map((r) => r[0])).toEqual(["'+plus", "'-neg", "'=cmd", 'Smith, Jane', 'say "hi"']);
    expect(rows[4]![1]).toBe('two\nlines');
  });

  test('negative numbers stay numbers, unprefixed', async () => {
    const text = await csv([TRIANGLE, '--people', TRIANGLE_PEOPLE, '--table', 'groups']);
    expect(text.split('\r\n')[1]).toMatch(/^X,3,4,1,-0\.6,/);
    // The whole of the three months (a window that makes each complete):
    const people = await csv([TIMED, '--since', '2026-01-01', '--until', '2026-04-01']);
    // a: 2 interactions in February, none in March → trend (0 − 2) / 2
    expect(people.split('\r\n')[1]).toMatch(/,-1,dormant$/);
  });

  test('unknown --table or --format is a usage error', async () => {
    for (const args of [['--table', 'edges'], ['--format', 'xml']]) {
      const r = await run(['analyze', TRIANGLE, ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^orgnet: error: option .* argument '(edges|xml)' is invalid/);
    }
  });
});
