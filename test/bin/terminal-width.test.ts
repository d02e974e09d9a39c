/**
 * The terminal report fits the terminal it is shown in, run in a real pseudo-terminal
 * (util-linux `script`, whose terminal is set to 80, 100 and 160 columns with `stty`): the width
 * the terminal reports wins over COLUMNS (set here to 300 to prove it), no line is longer, a
 * table too wide drops columns and says which, findings wrap at word boundaries under their
 * text, and names stay left-aligned.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { findingSentence } from '../../src/render/i18n/index.js';
import { namedFinding, personNamer } from '../../src/render/person-name.js';
import { ACME, ACME_PEOPLE, BIN, runJson } from '../helpers/binary.js';
import { ROOT } from '../helpers/cli.js';

const SCRIPT = '/usr/bin/script';
const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** The report as a terminal of `columns` columns shows it: colours and carriage returns removed. */
function inTerminal(columns: number): string {
  const command = `stty cols ${columns} rows 60; ${quote(process.execPath)} ${quote(BIN)} analyze ${quote(ACME)} --people ${quote(ACME_PEOPLE)} --quiet`;
  const result = spawnSync(SCRIPT, ['-qec', command, '/dev/null'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', COLUMNS: '300', TERM: 'xterm' },
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(0);
  // eslint-disable-next-line no-control-regex
  return result.stdout.replace(/\r/g, '').replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}

describe.runIf(existsSync(SCRIPT))('the terminal report in a real terminal', () => {
  const report = runJson<Report>(['analyze', ACME, '--people', ACME_PEOPLE, '--format', 'json']).json;
  const name = personNamer(report.people, 'terminal');
  const sentences = report.findings.map((f) => findingSentence(namedFinding(f, name), 'en'));

  it.each([80, 100, 160])('%i columns: no line longer, findings wrapped at word boundaries, names left-aligned', (columns) => {
    const text = inTerminal(columns);
    const lines = text.split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(columns);
    expect(lines.some((l) => [...l].length > columns - 30), 'the width is used').toBe(true);
    // Each finding: its lines joined again read as the sentence, so no word was cut; the lines
    // after the first start under the text, past the 8 characters of the severity mark.
    const section = text.slice(text.indexOf('Findings (the most pressing first)\n'), text.indexOf('\nGroups by E-I index'));
    const items = section.split('\n').slice(1).join('\n').split(/\n(?=high|medium|low)/).filter((s) => s.trim() !== '');
    expect(items).toHaveLength(Math.min(8, sentences.length));
    items.forEach((item, i) => {
      const [first, ...rest] = item.split('\n').filter((line) => line !== '');
      for (const line of rest) expect(line.startsWith(' '.repeat(8)) && line[8] !== ' ', line).toBe(true);
      const joined = [first!.slice(8), ...rest.map((l) => l.trim())].join(' ');
      expect(joined).toBe(`${sentences[i]!.title} — ${sentences[i]!.detail}`);
    });
    // Names left-aligned: the top people's first cell starts right after the border.
    const top = text.slice(text.indexOf('Top 10 people by'));
    const rows = top.split('\n').filter((l) => l.startsWith('│ ')).slice(1);
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row).toMatch(/^│ \S/);
  });

  it('what a narrow terminal leaves out is named, and a wide one shows it', () => {
    const narrow = inTerminal(80);
    expect(narrow).toMatch(/not shown at 80 columns: [^\n]*closeness/);
    const wide = inTerminal(160);
    expect(wide).not.toMatch(/not shown at 160 columns: [^\n]*closeness/);
    expect(wide).toMatch(/│ person +│ group +│ +go-to │ +pagerank │ +betweenness │ +closeness │/);
  });
});
