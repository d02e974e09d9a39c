/**
 * `--pseudonymize` through the real binary, for the messages that quote what they found in a
 * file: a cell (ids in the weight and time columns), a header (a file without its header row,
 * whose first row of ids is read as the column names) and the bytes before an invalid one. Every
 * byte written — stdout, stderr, the -o file, the --rejects file, a workbook unzipped — is
 * searched for every original id (test/helpers/privacy.ts), so a later message that quotes a cell
 * without going through the one quoting rule fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { orgnet } from '../helpers/binary.js';
import { ENV, expectNoLeak, FX, pseudonym, removeTempDirs, tempDir, writtenFiles } from '../helpers/privacy.js';

afterAll(removeTempDirs);

const VALUES = join(FX, 'ids-in-values.csv');
const MASKED = ['--pseudonymize', '--people', join(FX, 'people.csv'), '--drop-attributes', 'phone'];
const WEIGHT = 'bad weight in column "weight": expected a number > 0';
const TIME = 'bad timestamp in column "timestamp": expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)';
const [ximena, bartholomew] = ['ximena.oyarzabal@example.com', 'bartholomew.kowalczyk@example.com'].map(pseudonym);

/** Runs orgnet with the fixture's salt, its outputs in a folder of their own; every byte searched. */
function run(args: (out: string) => string[], known: ReadonlySet<string> = new Set()) {
  const out = tempDir();
  const r = orgnet(args(out), { env: ENV });
  const files = writtenFiles(out);
  expectNoLeak(new Map([['stdout', r.stdout], ['stderr', r.stderr], ...files]), known);
  return { ...r, files, lines: r.stderr.split('\n').filter((l) => l !== '') };
}

describe('--pseudonymize: ids in value cells', () => {
  test.each(['json', 'html', 'md', 'table'])('--lenient --format %s: the warning on stderr and in the report names the column, not the cell', (format) => {
    const r = run((out) => ['analyze', VALUES, ...MASKED, '--lenient', '--rejects', join(out, 'rejects.csv'), '--format', format, '-o', join(out, `report.${format === 'table' ? 'txt' : format}`)]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.lines).toContain(`orgnet: warning: ${VALUES}: skipped 2 bad rows (first: line 8: ${WEIGHT})`);
    // The report lists the warning as well (escaped as its format escapes; the terminal view does not list warnings).
    const report = [...r.files].find(([name]) => name.startsWith('report.'))![1];
    if (format !== 'table') expect(report).toContain('line 8: bad weight in column');
    // The rejected rows, worked by hand: id cells and the bad cell masked, the rest as it was.
    expect(r.files.get('rejects.csv')!.split('\r\n')).toEqual([
      'line,reason,row',
      `8,"${WEIGHT.replaceAll('"', '""')}","${pseudonym('zelda.quinterobarros@example.com')},${ximena},${bartholomew},2026-02-03T10:00:00Z,email"`,
      `12,"${TIME.replaceAll('"', '""')}","${pseudonym('yusuf.abernathyokafor@example.com')},${pseudonym('zelda.quinterobarros@example.com')},1,${pseudonym('ophelia.thistlewood@example.com')},chat"`,
      '',
    ]);
  });

  test('--format xlsx: the workbook lists the warning as stderr words it', () => {
    const r = run((out) => ['analyze', VALUES, ...MASKED, '--lenient', '--quiet', '-o', join(out, 'report.xlsx')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.files.get('report.xlsx!sharedStrings.xml')).toContain('line 8: bad weight in column &quot;weight&quot;: expected a number &gt; 0');
  });

  test('strict: one line per bad row, by line and column; exit 2, no file', () => {
    const r = run((out) => ['analyze', VALUES, ...MASKED, '-o', join(out, 'report.json')]);
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([`${VALUES}:8: ${WEIGHT}`, `${VALUES}:12: ${TIME}`]);
    expect([...r.files.keys()]).toEqual([]);
  });

  test('validate: the problems, in its JSON', () => {
    const r = run(() => ['validate', VALUES, ...MASKED, '--format', 'json']);
    expect(r.status).toBe(2);
    const problems = (JSON.parse(r.stdout) as { problems: { line: number; message: string }[] }).problems;
    expect(problems.map((p) => [p.line, p.message])).toEqual([[8, WEIGHT], [12, TIME]]);
  });
});

describe('--pseudonymize: a header that is a row of ids, and bytes before an invalid one', () => {
  const NO_HEADER = join(FX, 'no-header.csv');

  test.each(['analyze', 'check', 'export', 'diff'])('%s: the columns found are shown by their pseudonyms', (command) => {
    const extra: Record<string, string[]> = { check: ['--rule', 'org.people > 1'], export: ['--to', 'gexf'], diff: [NO_HEADER] };
    const r = run(() => [command, NO_HEADER, ...(extra[command] ?? []), ...MASKED]);
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([
      `${NO_HEADER}: no source column: expected one of source, from, sender, giver, ego, respondent, requester, origen, emisor, de, remitente (or --source-col NAME); columns found: ${ximena}, ${bartholomew}`,
    ]);
  });

  test('validate: the columns of its table, and its problem', () => {
    const r = run(() => ['validate', NO_HEADER, ...MASKED]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`columns      ${ximena} (not read) · ${bartholomew} (not read)`);
    expect(r.stdout).toContain(`columns found: ${ximena}, ${bartholomew}`);
  });

  test('a people file without its header row', () => {
    const file = join(FX, 'people-no-header.csv');
    const row = readFileSync(file, 'utf8').split('\n')[0]!.split(',');
    const r = run(() => ['analyze', join(FX, 'interactions.csv'), '--people', file, '--pseudonymize', '--lenient'], new Set(row.map(pseudonym)));
    expect(r.status).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]!.startsWith(`${file}: no id column: `)).toBe(true);
    expect(r.lines[0]!.endsWith(`; columns found: ${row.map(pseudonym).join(', ')}`)).toBe(true);
  });

  test('--wide: a survey without its header row; meta.input.columns holds pseudonyms', () => {
    const r = run(() => ['analyze', join(FX, 'survey-no-header.csv'), '--wide', '--pseudonymize', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const columns = (JSON.parse(r.stdout) as { meta: { input: { columns: { source: string; target: string } } } }).meta.input.columns;
    expect(columns.source).toBe(ximena);
    expect(columns.target).toBe(`${bartholomew}|${pseudonym('zelda.quinterobarros@example.com')}`);
  });

  test('invalid UTF-8 after an id: the line and the byte, not the text before it', () => {
    const file = join(FX, 'not-utf8.csv');
    const r = run(() => ['analyze', file, ...MASKED]);
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([
      `${file}:4: not valid UTF-8 (byte 0xED): the file is in another encoding; try --encoding windows-1252 (what Excel writes on Spanish or Western-European Windows) or --encoding latin1`,
    ]);
    // Without --pseudonymize, the text before the byte helps find it.
    const plain = orgnet(['analyze', file]);
    expect(plain.stderr).toContain('(byte 0xED after "a.oyarzabal@example.com,")');
  });
});
