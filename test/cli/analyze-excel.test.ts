/**
 * `--format csv --excel` opened by a spreadsheet reader (SheetJS, `xlsx` on npm), as Excel
 * opens a double-clicked CSV: the byte-order mark makes it read UTF-8 (accents, 李雷), numbers
 * are numbers, and the formula-injection guard still holds. With `;` the file is the
 * Spanish/European-locale CSV: SheetJS reads numbers like English-locale Excel (`0,25` would be
 * its 25, a thousands separator), so there the test reads each cell's text as it stands and
 * checks it is a number in that locale's form — digits, one decimal comma, no thousands mark —
 * whose value is the JSON report's.
 */
import { describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import type { PersonRow, Report } from '../../src/core/model/report.js';
import { run, runJson } from '../helpers/cli.js';

const ACME = ['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv'];
const SEMICOLON = 'fixtures/input/bom-semicolon-decimal-comma.csv'; // Origen;Destino;Peso with 1,5 and 0,5

async function bytes(args: string[]): Promise<Buffer> {
  // the in-process stdout collects text; the BOM is its first character
  const r = await run(['analyze', ...args, '--format', 'csv', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return Buffer.from(r.stdout, 'utf8');
}

async function report(args: string[]): Promise<Report> {
  return (await runJson<Report>(['analyze', ...args, '--format', 'json', '--quiet'])).json;
}

/** The sheet as rows of cells; `raw` keeps every cell as the text in the file. */
function sheet(buffer: Buffer, raw = false): XLSX.CellObject[][] {
  const book = XLSX.read(buffer, { type: 'buffer', raw });
  const ws = book.Sheets[book.SheetNames[0]!]!;
  const range = XLSX.utils.decode_range(ws['!ref']!);
  const rows: XLSX.CellObject[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: XLSX.CellObject[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(ws[XLSX.utils.encode_cell({ r, c })] ?? { t: 'z' });
    rows.push(row);
  }
  return rows;
}

const column = (rows: XLSX.CellObject[][], name: string) => rows[0]!.findIndex((c) => c.v === name);

describe('--excel with commas (English-locale Excel)', () => {
  test('the BOM comes first, and it is what makes the accents right', async () => {
    const excel = await bytes([...ACME, '--excel']);
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = sheet(excel);
    const ids = rows.slice(1).map((row) => row[0]!.v);
    expect(ids).toContain('josé.pérez');
    expect(rows.slice(1).map((row) => row[column(rows, 'label')]!.v)).toContain('Łukasz Nowak');
    // without it, the same bytes are read as a Western code page
    const plain = sheet(await bytes(ACME)).slice(1).map((row) => row[0]!.v);
    expect(plain).not.toContain('josé.pérez');
    expect(plain).toContain('josÃ©.pÃ©rez');
  });

  test('numbers arrive as numbers, equal to the JSON report; names and attributes as text', async () => {
    const rows = sheet(await bytes([...ACME, '--excel']));
    const people = new Map((await report(ACME)).people.map((p) => [p.id, p]));
    const [pagerank, inDegree, name] = ['pagerank', 'inDegree', 'label'].map((c) => column(rows, c));
    for (const row of rows.slice(1)) {
      const person = people.get(String(row[0]!.v)) as PersonRow;
      expect(row[pagerank!]).toMatchObject({ t: 'n', v: person.pagerank });
      expect(row[inDegree!]).toMatchObject({ t: 'n', v: person.inDegree });
      expect(row[name!]).toMatchObject({ t: 's', v: person.label });
    }
  });

  test('the formula guard stays: =cmd, +plus, -neg, @at are text, never formulas', async () => {
    const rows = sheet(await bytes(['fixtures/cli/tricky-names.csv', '--excel']));
    const cells = rows.slice(1).map((row) => row[0]!);
    for (const cell of cells) expect(cell.f).toBeUndefined();
    expect(cells.map((c) => c.v)).toEqual(["'+plus", "'-neg", "'=cmd", "'@at", 'Smith, Jane', 'say "hi"', 'two\nlines']);
  });
});

describe('--excel with ";" (Spanish-locale Excel)', () => {
  const SPANISH_NUMBER = /^-?\d+(,\d+)?(e[+-]\d+)?$/;
  const value = (text: string) => Number(text.replace(',', '.'));

  test('--delimiter ";" reads the input with ; and writes ; with decimal commas', async () => {
    const file = await bytes([SEMICOLON, '--delimiter', ';', '--excel']);
    const text = file.toString('utf8');
    expect(text.startsWith('\ufeffid;label;group;inDegree;')).toBe(true);
    const rows = sheet(file, true);
    expect(rows[0]!.length).toBe(text.split('\r\n')[0]!.split(';').length); // SheetJS found the ; itself
    const people = new Map((await report([SEMICOLON])).people.map((p) => [p.id, p]));
    // ana→ben 1.5 + 0.5 = 2, ben→ana 2: both have strength 2 in and out; giveTakeRatio 0.5
    const [strength, giveTake, pagerank] = ['outStrength', 'giveTakeRatio', 'pagerank'].map((c) => column(rows, c));
    for (const row of rows.slice(1)) {
      const person = people.get(String(row[0]!.v))!;
      expect(row[strength!]!.v).toBe('2');
      expect(row[giveTake!]!.v).toBe('0,5');
      expect(String(row[pagerank!]!.v)).toMatch(SPANISH_NUMBER);
      expect(value(String(row[pagerank!]!.v))).toBe(person.pagerank);
    }
  });

  test('--output-delimiter ";" on a comma input: every number in the Spanish form, accents right', async () => {
    const file = await bytes([...ACME, '--excel', '--output-delimiter', ';']);
    const rows = sheet(file, true);
    const people = new Map((await report(ACME)).people.map((p) => [p.id, p]));
    const numeric = ['inStrength', 'degreeCentrality', 'betweenness', 'closeness', 'pagerank', 'constraint', 'activity.activityRate'].map((c) => [c, column(rows, c)] as const);
    for (const row of rows.slice(1)) {
      const person = people.get(String(row[0]!.v))!;
      expect(person, String(row[0]!.v)).toBeDefined();
      for (const [name, i] of numeric) {
        const cell = String(row[i]!.v ?? '');
        const expected = name.startsWith('activity.') ? person.activity.activityRate : (person[name as keyof PersonRow] as number | null);
        if (expected === null) expect(cell).toBe('');
        else {
          expect(cell, `${person.id} ${name}`).toMatch(SPANISH_NUMBER);
          expect(value(cell)).toBe(expected);
        }
      }
    }
    expect(rows.slice(1).map((row) => row[column(rows, 'label')]!.v)).toContain('Łukasz Nowak');
  });
});

describe('output delimiter options', () => {
  test('without --excel the CSV is unchanged: no BOM, commas, decimal points', async () => {
    const text = (await bytes(['fixtures/cli/triangle-plus-one.csv'])).toString('utf8');
    expect(text.startsWith('id,label,group,')).toBe(true);
    expect(text).toContain('0.75');
  });

  test('--output-delimiter alone changes only the delimiter', async () => {
    const text = (await bytes(['fixtures/cli/triangle-plus-one.csv', '--output-delimiter', 'tab'])).toString('utf8');
    expect(text.startsWith('id\tlabel\tgroup\tinDegree')).toBe(true);
    expect(text).toContain('\t0.75\t');
  });

  test('--excel or --output-delimiter with another format is a usage error', async () => {
    const r = await run(['analyze', 'fixtures/cli/triangle-plus-one.csv', '--format', 'json', '--excel']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('orgnet: --excel applies to --format csv only (this run writes json)\n');
    const bad = await run(['analyze', 'fixtures/cli/triangle-plus-one.csv', '--format', 'csv', '--output-delimiter', ':']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('orgnet: --output-delimiter ":": expected "," ";" "tab" or "|"\n');
  });
});
