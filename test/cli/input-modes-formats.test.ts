/**
 * Every output format and table, and `check`, in every input mode (SPEC §2.4): each run exits 0,
 * the CSV tables have their header and one row per entity of the JSON report, and nothing in the
 * output is NaN or Infinity.
 */
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/render/context.js';
import { run } from '../helpers/cli.js';
import { analyzeJson, numbersIn, readCsv } from './analyze-helpers.js';

const MODES: [string, string[]][] = [
  ['--undirected', ['fixtures/check/two-groups/interactions.csv', '--people', 'fixtures/check/two-groups/people.csv', '--undirected']],
  ['--events', ['fixtures/meetings/attendees.csv', '--people', 'fixtures/meetings/people.csv', '--events', '--max-event-size', '12']],
  ['--split-targets', ['fixtures/input/split-targets-counting-rules.csv', '--split-targets', ';', '--lenient']],
  ['--wide --undirected', ['fixtures/input/wide-survey.csv', '--wide', '--undirected']],
];

describe.each(MODES)('%s', (_mode, args) => {
  it('the terminal view and JSON', async () => {
    const table = await run(['analyze', ...args, '--quiet']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('organization');
    const report = await analyzeJson([...args, '--quiet']);
    expect(numbersIn(report).filter(([, v]) => !Number.isFinite(v))).toEqual([]);
  });

  it.each(TABLES)('the %s table as CSV', async (name) => {
    const report = await analyzeJson([...args, '--quiet']);
    const r = await run(['analyze', ...args, '--format', 'csv', '--table', name, '--quiet']);
    expect(r.code).toBe(0);
    const rows = readCsv(r.stdout);
    const expected = { people: report.people.length, groups: report.groups.length, communities: report.communities.length, activity: report.activity.series.length, mixing: report.mixing.length, ties: report.org.ties }[name];
    expect(rows.length - 1).toBe(expected);
  });

  it('check reads the same report', async () => {
    const report = await analyzeJson([...args, '--quiet']);
    const r = await run(['check', ...args, '--no-config', '--quiet', '--rule', `ties == ${report.org.ties}`, '--rule', `people == ${report.org.people}`]);
    expect(r.code).toBe(0);
  });
});
