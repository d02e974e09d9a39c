/**
 * `orgnet analyze --format md` as a user runs it: `-o report.md` infers the format, the tables
 * parse (markdown-it), `--top`/`--sort` pick the people networkx ranks first (test/golden/acme.json,
 * written by scripts/golden.py), and names from the CSV stay text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';
import { headingsOf, table, tablesOf } from '../helpers/markdown.js';

const ACME = ['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv'];
const dir = mkdtempSync(join(tmpdir(), 'orgnet-md-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Golden { nodes: string[]; person: Record<string, (number | null)[]>; org: Record<string, number> }
const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/acme.json'), 'utf8')) as Golden;

/** networkx's top k people by a metric, ties by id. */
function networkxTop(metric: string, k: number): { id: string; value: number }[] {
  return golden.nodes
    .map((id, i) => ({ id, value: golden.person[metric]![i]! }))
    .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1))
    .slice(0, k);
}

describe('--format md on acme', () => {
  test('-o report.md writes Markdown, every section of the report, every table well formed', async () => {
    const path = join(dir, 'report.md');
    const r = await run(['analyze', ...ACME, '-o', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const text = readFileSync(path, 'utf8');
    expect(headingsOf(text)).toEqual([
      // The file by its name, not the path it was given by.
      'h1 Organizational network: interactions.csv', 'h2 Organization', 'h2 Findings', 'h2 Groups', 'h2 Communities',
      'h2 Roles', 'h2 Activity', 'h2 Top 10 people by go-to score (sourcePagerank)', 'h2 Resilience', 'h3 Key players', 'h3 Reach players', 'h2 About this report',
    ]);
    for (const t of tablesOf(text)) for (const row of t.rows) expect(row.length, t.heading).toBe(t.head.length);
    const org = table(text, 'Organization');
    // networkx: 80 people, density and reciprocity of the acme graph (golden.py)
    expect(org.rows.find((row) => row[0] === 'people')![1]).toBe(String(golden.org.people));
    expect(org.rows.find((row) => row[0] === 'density')![1]).toBe(golden.org.density!.toFixed(4));
    expect(org.rows.find((row) => row[0] === 'reciprocity')![1]).toBe(`${(golden.org.reciprocity! * 100).toFixed(1)}%`);
    // 12 months of 2025 (fixtures/acme/README.md)
    expect(tablesOf(text).filter((t) => t.heading === 'Activity')[1]!.rows.length).toBe(12);
  });

  test('--top 3 --sort betweenness: the three people networkx ranks highest, with its values', async () => {
    const r = await run(['analyze', ...ACME, '--format', 'md', '--top', '3', '--sort', 'betweenness']);
    expect(r.code).toBe(0);
    const people = table(r.stdout, 'Top 3 people by betweenness');
    const top = networkxTop('betweenness', 3);
    // Each shown by the name acme's people file gives them (its `name` column).
    const names = new Map(
      readFileSync(join(ROOT, 'fixtures/acme/people.csv'), 'utf8').split('\n').slice(1).filter(Boolean).map((line) => {
        const [id, quoted, plain] = /^([^,]+),(?:"([^"]*)"|([^,]*)),/.exec(line)!.slice(1);
        return [id!, quoted ?? plain!];
      }),
    );
    expect(people.rows.map((row) => row[1])).toEqual(top.map((p) => names.get(p.id)));
    expect(people.rows.map((row) => row[5])).toEqual(top.map((p) => p.value.toFixed(4)));
  });

  test('names that are Markdown or HTML in the CSV stay text', async () => {
    // fixtures/cli/tricky-names.csv: =cmd, "Smith, Jane", say "hi", two\nlines, -neg, @at, +plus
    const r = await run(['analyze', 'fixtures/cli/tricky-names.csv', '--format', 'md']);
    const people = tablesOf(r.stdout).find((t) => t.heading.startsWith('Top '))!;
    expect(people.rows.map((row) => row[1]!.text).sort()).toEqual(['+plus', '-neg', '=cmd', '@at', 'Smith, Jane', 'say "hi"', 'two\nlines']);
    for (const row of people.rows) expect(row[1]!.markup).toEqual([]);
  });

  test('md is listed in the help and --format md works on standard output', async () => {
    const help = await run(['analyze', '--help']);
    expect(help.stdout).toMatch(/--format <format>[^]*choices: [^)]*"md"/);
    const r = await run(['analyze', 'fixtures/cli/triangle-plus-one.csv', '--format', 'md']);
    expect(r.stdout.startsWith('# Organizational network: triangle-plus-one.csv\n')).toBe(true);
  });
});
