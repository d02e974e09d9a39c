/**
 * `--windows SPAN[:STEP]` on a file small enough to work every figure out by hand: where windows
 * start and end, their coverage when the export is cut mid-month and when STEP is shorter than
 * SPAN, the tables, and the errors.
 */
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { run, runJson } from '../helpers/cli.js';

// First row on 12 January, last on 5 April: the observed range is [2026-01-12, 2026-04-06).
const TINY = [
  'source,target,timestamp',
  'a,b,2026-01-12T10:00:00Z',
  'b,a,2026-01-20T10:00:00Z',
  'a,c,2026-02-03T09:00:00Z',
  'c,d,2026-02-15T09:00:00Z',
  'd,c,2026-03-01T09:00:00Z',
  'a,b,2026-03-20T09:00:00Z',
  'b,d,2026-04-05T09:00:00Z',
  '',
].join('\n');

async function windowsOf(args: string[], stdin = TINY): Promise<Report> {
  const r = await runJson<Report>(['analyze', '-', ...args, '--format', 'json', '--quiet'], { stdin });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.json;
}

describe('--windows: boundaries and coverage, worked by hand', () => {
  test('2month:month: two-month windows a month apart, from the month of the first row', async () => {
    const report = await windowsOf(['--windows', '2month:month']);
    expect(report.meta.windows).toEqual({ span: '2month', step: 'month', distanceFragmentation: { method: 'exact' } });
    expect(report.meta.options.windows).toBe('2month:month');
    const w = report.windows!;
    // Starts on the 1st of Jan, Feb, Mar, Apr (Apr 1 < Apr 6, the end of the range; May 1 is not).
    expect(w.map((x) => [x.start, x.end])).toEqual([
      ['2026-01-01', '2026-03-01'],
      ['2026-02-01', '2026-04-01'],
      ['2026-03-01', '2026-05-01'],
      ['2026-04-01', '2026-06-01'],
    ]);
    // Jan 1–Mar 1 is 59 days, observed from Jan 12: 48. Feb–Mar: all. Mar 1–May 1 is 61 days,
    // observed to Apr 6: 36. Apr 1–Jun 1, 61 days, observed 5.
    expect(w.map((x) => x.coverage)).toEqual([48 / 59, 1, 36 / 61, 5 / 61]);
    // Jan–Feb: a→b, b→a, a→c, c→d. 4 people, 4 ties of 12 possible, 2 of 4 returned, 1 mutual pair of 3.
    expect(w[0]!.org).toMatchObject({ people: 4, ties: 4, density: 4 / 12, reciprocity: 0.5, dyadReciprocity: 1 / 3, transitivity: 0, eiIndex: null });
    // Apr–May: b→d alone. 2 people, 1 tie of 2, nothing returned; b and d adjacent, DF 0.
    expect(w[3]!.org).toMatchObject({ people: 2, ties: 1, density: 0.5, reciprocity: 0, dyadReciprocity: 0, distanceFragmentation: 0 });
    expect(w[3]!.groups).toEqual([]);
  });

  test('an export cut mid-month (--until) makes the last month partial; rows after it are in no window', async () => {
    const report = await windowsOf(['--windows', 'month', '--until', '2026-03-15']);
    const w = report.windows!;
    expect(w.map((x) => x.start)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    // January from the 12th: 20 of 31 days; March up to the 15th (exclusive): 14 of 31.
    expect(w.map((x) => x.coverage)).toEqual([20 / 31, 1, 14 / 31]);
    // March before the 15th: d→c only (a→b on the 20th is cut).
    expect(w[2]!.org).toMatchObject({ people: 2, ties: 1 });
  });

  test('week windows start on the Monday of the first row’s week; STEP shorter than SPAN overlaps them', async () => {
    const rows = ['source,target,timestamp', 'a,b,2026-01-07T10:00:00Z', 'b,c,2026-01-14T10:00:00Z', 'c,a,2026-01-21T10:00:00Z', ''].join('\n');
    const report = await windowsOf(['--windows', '2week:week'], rows);
    const w = report.windows!;
    // 2026-01-07 is a Wednesday: weeks start Monday 5, 12 and 19 January (the range ends on the 22nd).
    expect(w.map((x) => [x.start, x.end])).toEqual([
      ['2026-01-05', '2026-01-19'],
      ['2026-01-12', '2026-01-26'],
      ['2026-01-19', '2026-02-02'],
    ]);
    // Observed [Jan 7, Jan 22): 12 of 14 days, 10 of 14, 3 of 14.
    expect(w.map((x) => x.coverage)).toEqual([12 / 14, 10 / 14, 3 / 14]);
    expect(w.map((x) => x.org.ties)).toEqual([2, 2, 1]);
  });

  test('groups: every group in every window, with the members active in it', async () => {
    const people = 'id,department\na,X\nb,X\nc,Y\nd,Y\n';
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'orgnet-windows-'));
    writeFileSync(join(dir, 'people.csv'), people);
    const report = await windowsOf(['--windows', '2month:month', '--people', join(dir, 'people.csv'), '--permutations', '0']);
    const last = report.windows![3]!;
    // b→d: one external tie for X and for Y, none inside; one active member each.
    expect(last.groups).toEqual([
      { group: 'X', eiIndex: 1, internalShare: 0, reciprocity: null, activePeople: 1 },
      { group: 'Y', eiIndex: 1, internalShare: 0, reciprocity: null, activePeople: 1 },
    ]);
    // Jan–Feb: a→b, b→a inside X; a→c from X to Y; c→d inside Y. Org E-I (1 − 3)/4.
    expect(report.windows![0]!.org.eiIndex).toBe(-0.5);
  });
});

describe('--table windows', () => {
  test('CSV: a row for the organization and one per group in each window', async () => {
    const r = await run(['analyze', '-', '--windows', '2month:month', '--format', 'csv', '--table', 'windows', '--quiet'], { stdin: TINY });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('start,end,coverage,group,people,ties,density,reciprocity,dyadReciprocity,eiIndex,internalShare,modularity,transitivity,distanceFragmentation');
    expect(lines).toHaveLength(1 + 4);
    expect(lines[4]!.split(',').slice(0, 9)).toEqual(['2026-04-01', '2026-06-01', String(5 / 61), '', '2', '1', '0.5', '0', '0']);
  });

  test('NDJSON: the JSON report’s windows, one a line', async () => {
    const report = await windowsOf(['--windows', 'month']);
    const r = await run(['analyze', '-', '--windows', 'month', '--format', 'ndjson', '--table', 'windows', '--quiet'], { stdin: TINY });
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(report.windows);
  });
});

describe('--windows: what it refuses', () => {
  test('no timestamps: one line naming the file, exit 2', async () => {
    const r = await run(['analyze', '-', '--windows', 'month'], { stdin: 'source,target\na,b\n' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^<stdin>: --windows needs a timestamp/);
  });

  test.each([['2week:month'], ['fortnight'], ['0month'], ['month:week:day']])('--windows %s is a usage error', async (spec) => {
    const r = await run(['analyze', '-', '--windows', spec], { stdin: TINY });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--windows/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('validate says what analyze would: no timestamps with --windows is a problem, exit 2; with them, valid', async () => {
    const bad = await runJson<{ problems: { message: string }[] }>(['validate', '-', '--windows', 'month', '--format', 'json'], { stdin: 'source,target\na,b\n' });
    expect(bad.code).toBe(2);
    const problems = bad.json.problems;
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^--windows needs a timestamp/)]);
    const good = await run(['validate', '-', '--windows', 'month', '--format', 'json'], { stdin: TINY });
    expect(good.code).toBe(0);
  });

  test('export and diff show no window, so they do not take --windows: a usage error, not a flag that changes nothing', async () => {
    for (const args of [['export', '-', '--to', 'gexf'], ['diff', '-', '-']]) {
      const r = await run([...args, '--windows', 'month'], { stdin: TINY });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toBe("orgnet: error: unknown option '--windows'");
    }
  });

  test('--table windows without --windows says what to add', async () => {
    const r = await run(['analyze', '-', '--format', 'csv', '--table', 'windows'], { stdin: TINY });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--windows SPAN/);
  });
});

describe('--windows in the terminal and Markdown', () => {
  // Reciprocity per window (2month:month): Jan–Feb a↔b of a→b, b→a, a→c, c→d: 2 of 4; Feb–Mar
  // c↔d of a→c, c→d, d→c, a→b: 2 of 4; Mar–Apr d→c, a→b, b→d: none; Apr–May b→d: none.
  test('a line per figure: first → last, the series from its lowest to its highest, and those values', async () => {
    const r = await run(['analyze', '-', '--windows', '2month:month', '--quiet'], { stdin: TINY, env: { COLUMNS: '100' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Over time\n');
    expect(r.stdout).toMatch(/\nreciprocity +50\.0% → 0\.0% {2}██▁▁ {2}0\.0% to 50\.0%\n/);
    expect(r.stdout).toMatch(/\nactive people +4 → 2 {2}███▁ {2}2 to 4\n/);
    expect(r.stdout).toContain('4 windows of 2 months, one every month, 2026-01-01 … 2026-04-01');
    expect(r.stdout).toMatch(/partial windows, covered in part by the data: 2026-01-01 \(81\.4%\), 2026-03-01 \(59\.0%\)/);
    // No groups: no E-I line.
    expect(r.stdout).not.toMatch(/\nE-I index/);
  });

  test('Markdown: the same lines as a table, and every window\'s figures', async () => {
    const r = await run(['analyze', '-', '--windows', '2month:month', '--format', 'md', '--quiet'], { stdin: TINY });
    expect(r.stdout).toContain('\n## Over time\n');
    expect(r.stdout).toContain('| reciprocity | 50.0% → 0.0% | `██▁▁` | 0.0% to 50.0% |');
    expect(r.stdout).toMatch(/\| 2026-04-01 \| 2026-06-01 \| 8\.2% \| 2 \| 1 \| 0\.5000 \| 0\.0% \|/);
  });
});

describe('--windows in the workbook', () => {
  test('a Windows sheet: the rows of --table windows, numbers as numbers', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { readWithSheetJs } = await import('../helpers/xlsx.js');
    const out = join(mkdtempSync(join(tmpdir(), 'orgnet-windows-xlsx-')), 'report.xlsx');
    const r = await run(['analyze', '-', '--windows', '2month:month', '-o', out, '--quiet'], { stdin: TINY });
    expect(r.code).toBe(0);
    const book = readWithSheetJs(readFileSync(out));
    expect(book.sheets).toContain('Windows');
    const rows = book.grid.get('Windows')!;
    expect(rows).toHaveLength(1 + 4);
    // Apr–May: 2 active people, 1 tie, density 0.5 (hand-worked above).
    expect(rows[4]!.slice(4, 7).map((c) => (c.t === 'n' ? c.v : c.t))).toEqual([2, 1, 0.5]);
    expect(rows[4]![0]!.t).toBe('d');
  });
});
