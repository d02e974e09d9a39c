/**
 * Where `orgnet analyze` writes (docs/input.md#bad-input, docs/outputs.md): `-o` atomically, with the format from the
 * extension, never over an input and never half-written; `--rejects` with `--lenient`, and
 * only when the run succeeds. Every test runs in its own throwaway folder.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { ROOT, run, runJson } from '../helpers/cli.js';
import { expectExit2, readCsv, TRIANGLE, TRIANGLE_PEOPLE, useTempDirs } from './analyze-helpers.js';

const tempDir = useTempDirs();
const fixture = (name: string) => join(ROOT, name);
const BAD_WEIGHT = fixture('fixtures/input/bad-weight.csv');
const WRONG_FIELDS = fixture('fixtures/input/wrong-field-count.csv');

describe('-o PATH', () => {
  test('.json writes the JSON report and nothing on stdout', async () => {
    const dir = tempDir();
    const r = await run(['analyze', fixture(TRIANGLE), '-o', 'report.json'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.org.ties).toBe(5);
    expect(readdirSync(dir)).toEqual(['report.json']); // no temporary file left
  });

  test('.csv writes the CSV table asked for; the extension is case-insensitive', async () => {
    const dir = tempDir();
    const r = await run(['analyze', fixture(TRIANGLE), '--table', 'ties', '--output', 'TIES.CSV'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'TIES.CSV'), 'utf8');
    expect(readCsv(text)[0]).toEqual(['source', 'target', 'weight', 'count', 'first', 'last']);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('.txt writes the table view, without colours even when forced', async () => {
    const dir = tempDir();
    const r = await run(['analyze', fixture(TRIANGLE), '-o', 'report.txt'], { cwd: dir, tty: true, env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(text).toContain('Top 4 people by go-to score (sourcePagerank)');
    expect(text).not.toContain('\u001b[');
  });

  test('--format wins over the extension', async () => {
    const dir = tempDir();
    expect((await run(['analyze', fixture(TRIANGLE), '--format', 'json', '-o', 'out.csv'], { cwd: dir })).code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'out.csv'), 'utf8')) as Report).schemaVersion).toBe(1);
  });

  test('-o - is standard output', async () => {
    const dir = tempDir();
    const r = await runJson<Report>(['analyze', fixture(TRIANGLE), '--format', 'json', '-o', '-'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.json.org.ties).toBe(5);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('an existing file is replaced whole', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'report.json'), 'x'.repeat(100_000));
    expect((await run(['analyze', fixture(TRIANGLE), '-o', 'report.json'], { cwd: dir })).code).toBe(0);
    expect(() => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as unknown).not.toThrow();
  });

  test('an extension this version cannot write is a usage error, before reading anything', async () => {
    const dir = tempDir();
    for (const name of ['report.xyz', 'report']) {
      const r = await run(['analyze', 'does-not-exist.csv', '-o', name], { cwd: dir });
      expectExit2(r);
      expect(r.stderr).toMatch(new RegExp(`^orgnet: cannot tell the format of ${name} from its extension; add --format table\\|json\\|csv`));
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  test('refuses to write over an input file, and leaves it untouched', async () => {
    const dir = tempDir();
    copyFileSync(fixture(TRIANGLE), join(dir, 'in.csv'));
    copyFileSync(fixture(TRIANGLE_PEOPLE), join(dir, 'people.csv'));
    const before = readFileSync(join(dir, 'in.csv'), 'utf8');
    for (const target of ['in.csv', './in.csv', join(dir, 'in.csv'), 'people.csv']) {
      const r = await run(['analyze', 'in.csv', '--people', 'people.csv', '--format', 'csv', '-o', target], { cwd: dir });
      expectExit2(r);
      expect(r.stderr).toMatch(/^orgnet: refusing to write the output over the input file .*(in|people)\.csv; choose another -o path\n$/);
    }
    expect(readFileSync(join(dir, 'in.csv'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['in.csv', 'people.csv']);
  });

  test('bad input leaves no file and no temporary file', async () => {
    const dir = tempDir();
    const r = await run(['analyze', BAD_WEIGHT, '-o', 'report.json'], { cwd: dir });
    expectExit2(r);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a missing folder or a directory as target is a usage error, found before the analysis', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub.json'));
    const missing = await run(['analyze', fixture(TRIANGLE), '-o', 'nowhere/report.json'], { cwd: dir });
    expectExit2(missing);
    expect(missing.stderr).toMatch(/^orgnet: cannot write .*nowhere\/report\.json: folder .*nowhere does not exist\n$/);
    const directory = await run(['analyze', fixture(TRIANGLE), '-o', 'sub.json'], { cwd: dir });
    expectExit2(directory);
    expect(directory.stderr).toMatch(/it is a directory; name a file in it\n$/);
    expect(readdirSync(dir)).toEqual(['sub.json']);
  });
});

describe('--lenient and --rejects', () => {
  test('the rejects file holds every skipped row with its line and reason', async () => {
    const dir = tempDir();
    const r = await runJson<Report>(['analyze', BAD_WEIGHT, '--lenient', '--rejects', 'rejects.csv', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'rejects.csv'), 'utf8');
    // bad-weight.csv: header, ana,ben,1, then abc, 0 and −2 on lines 3–5
    expect(text).toBe(
      'line,reason,row\r\n' +
        '3,"bad weight ""abc"": expected a number > 0","ana,ben,abc"\r\n' +
        '4,"bad weight ""0"": expected a number > 0","ben,ana,0"\r\n' +
        '5,"bad weight ""-2"": expected a number > 0","ben,ana,-2"\r\n',
    );
    const report = r.json;
    expect(report.meta.input.skippedRows).toBe(3);
    expect(readCsv(text).length - 1).toBe(report.meta.input.skippedRows);
    expect(readdirSync(dir)).toEqual(['rejects.csv']);
  });

  test('rows with the wrong number of fields are kept verbatim', async () => {
    const dir = tempDir();
    const r = await run(['analyze', WRONG_FIELDS, '--lenient', '--rejects', 'rejects.csv', '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(readCsv(readFileSync(join(dir, 'rejects.csv'), 'utf8'))).toEqual([
      ['line', 'reason', 'row'],
      ['3', 'expected 3 fields, found 2', 'ben,carla'],
      ['4', 'expected 3 fields, found 4', 'ana,ben,1,extra'],
    ]);
  });

  test('--lenient warns on stderr with the count and the first problem; --quiet silences it', async () => {
    const r = await runJson<Report>(['analyze', BAD_WEIGHT, '--lenient', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `orgnet: warning: ${BAD_WEIGHT}: skipped 3 bad rows (first: line 3: bad weight "abc": expected a number > 0)\n`,
    );
    expect(r.json.meta.warnings).toHaveLength(1);
    expect((await run(['analyze', BAD_WEIGHT, '--lenient', '--quiet'])).stderr).toBe('');
  });

  test('a clean file with --rejects writes the header alone', async () => {
    const dir = tempDir();
    expect((await run(['analyze', fixture(TRIANGLE), '--lenient', '--rejects', 'r.csv'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe('line,reason,row\r\n');
  });

  test('--rejects without --lenient is a usage error', async () => {
    const dir = tempDir();
    const r = await run(['analyze', BAD_WEIGHT, '--rejects', 'rejects.csv'], { cwd: dir });
    expectExit2(r);
    expect(r.stderr).toBe('orgnet: --rejects needs --lenient: without it a bad row stops the run\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('no rejects file when the run fails', async () => {
    const dir = tempDir();
    // lenient skips bad rows, but a file without a target column cannot be read at all
    const noColumn = await run(
      ['analyze', fixture('fixtures/input/missing-target-column.csv'), '--lenient', '--rejects', 'rejects.csv'],
      { cwd: dir },
    );
    expectExit2(noColumn);
    // the analysis would succeed, but -o cannot be written
    const noFolder = await run(['analyze', BAD_WEIGHT, '--lenient', '--rejects', 'rejects.csv', '-o', 'missing/r.json'], { cwd: dir });
    expectExit2(noFolder);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('--rejects is refused over an input, over -o, into a missing folder or onto a directory', async () => {
    const dir = tempDir();
    copyFileSync(BAD_WEIGHT, join(dir, 'in.csv'));
    mkdirSync(join(dir, 'folder'));
    const cases: [string[], RegExp][] = [
      [['--rejects', 'in.csv'], /refusing to write the output over the input file/],
      [['--rejects', 'same.json', '-o', 'same.json'], /^orgnet: -o and --rejects both name same\.json/],
      [['--rejects', 'missing/r.csv'], /folder .*missing does not exist/],
      [['--rejects', 'folder'], /it is a directory/],
      [['--rejects', '-'], /^orgnet: --rejects needs a file name: standard output carries the report\n$/],
    ];
    for (const [args, message] of cases) {
      const r = await run(['analyze', 'in.csv', '--lenient', ...args], { cwd: dir });
      expectExit2(r);
      expect(r.stderr).toMatch(message);
    }
    expect(readFileSync(join(dir, 'in.csv'))).toEqual(readFileSync(BAD_WEIGHT));
    expect(readdirSync(dir).sort()).toEqual(['folder', 'in.csv']);
    expect(readdirSync(join(dir, 'folder'))).toEqual([]);
  });

  test('rejects and -o together, both written', async () => {
    const dir = tempDir();
    const r = await run(['analyze', BAD_WEIGHT, '--lenient', '--quiet', '--rejects', 'r.csv', '-o', 'report.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['r.csv', 'report.json']);
    expect(existsSync(join(dir, 'report.json'))).toBe(true);
  });
});
