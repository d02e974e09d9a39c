/**
 * Every output format and table, and `check`, in every input mode (docs/input.md): each run exits 0,
 * the CSV tables have their header and one row per entity of the JSON report, and nothing in the
 * output is NaN or Infinity.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/render/context.js';
import { ROOT, run } from '../helpers/cli.js';
import { analyzeJson, numbersIn, readCsv, useTempDirs } from './analyze-helpers.js';

const tempDir = useTempDirs();

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

  it.each(TABLES.filter((t) => t !== 'windows'))('the %s table as CSV', async (name) => {
    const report = await analyzeJson([...args, '--quiet']);
    const r = await run(['analyze', ...args, '--format', 'csv', '--table', name, '--quiet']);
    expect(r.code).toBe(0);
    const rows = readCsv(r.stdout);
    const expected = { people: report.people.length, groups: report.groups.length, communities: report.communities.length, activity: report.activity.series.length, mixing: report.mixing.length, ties: report.org.ties,
      attributes: Object.values(report.attributes).reduce((n, a) => n + a.groups.length, 0) }[name];
    expect(rows.length - 1).toBe(expected);
  });

  it('Markdown says reciprocity does not apply; the GEXF export is undirected with each tie once', async () => {
    const report = await analyzeJson([...args, '--quiet']);
    const md = await run(['analyze', ...args, '--format', 'md', '--quiet']);
    expect(md.code).toBe(0);
    if (report.meta.options.undirected === true) expect(md.stdout).toContain('undirected data: reciprocity does not apply');
    const out = join(tempDir(), 'graph.gexf');
    const r = await run(['export', ...args.map((a) => (a.startsWith('fixtures/') ? join(ROOT, a) : a)), '--quiet', '--to', 'gexf', '-o', out]);
    expect(r.code).toBe(0);
    const gexf = readFileSync(out, 'utf8');
    expect(gexf.match(/<edge /g)?.length ?? 0).toBe(report.org.ties);
    expect(gexf).toContain(`defaultedgetype="${report.meta.options.undirected === true ? 'undirected' : 'directed'}"`);
  });

  it('check reads the same report', async () => {
    const report = await analyzeJson([...args, '--quiet']);
    const r = await run(['check', ...args, '--no-config', '--quiet', '--rule', `ties == ${report.org.ties}`, '--rule', `people == ${report.org.people}`]);
    expect(r.code).toBe(0);
  });
});
