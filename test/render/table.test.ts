/**
 * The terminal report on a hand-built Analysis (test/render/fixture.ts): which sections show,
 * in what order, how people and groups are ranked, and colour only when the context says so.
 */
import { describe, expect, test } from 'vitest';
import type { PersonRow } from '../../src/core/model/report.js';
import { computeFindings } from '../../src/core/analysis/findings/index.js';
import { renderContext, type RenderContext } from '../../src/render/context.js';
import { sortPeople, sparkline, tableText } from '../../src/render/table.js';
import { personRow, sampleAnalysis, sampleReport } from './fixture.js';

// eslint-disable-next-line no-control-regex -- looking for the escape character is the point
const ANSI = /\u001b\[/;

// Wide enough for every column and every finding on one line; fitting a narrow terminal is
// test/bin/terminal-width.test.ts's.
const render = (ctx: Partial<RenderContext> = {}, analysis = sampleAnalysis()) => tableText(analysis, renderContext({ width: 240, ...ctx }));

function rowsOf(text: string, title: string): string[] {
  const section = text.slice(text.indexOf(title));
  const end = section.indexOf('└');
  return section
    .slice(0, end)
    .split('\n')
    .filter((line) => line.startsWith('│ '))
    .slice(1)
    .map((line) => line.split('│')[1]!.trim());
}

describe('renderTable', () => {
  test('plain text when colour is off', () => {
    expect(render()).not.toMatch(ANSI);
  });

  test('colour only when the context asks for it', () => {
    expect(render({ color: true })).toMatch(ANSI);
  });

  test('the organization first: file, people and ties, then one row per figure', () => {
    const text = render();
    expect(text.startsWith('chat.csv: 4 people, 2 ties\n')).toBe(true);
    expect(text).toMatch(/│ people +│ +4 │ 1 isolated +│/);
    expect(text).toMatch(/│ density +│ +0\.1667 │/); // 2 / 12
    expect(text).toMatch(/│ reciprocity +│ +0\.0% │/);
    expect(text).toMatch(/│ components +│ +2 │ largest holds 75\.0% +│/);
    expect(text).toMatch(/│ E-I index +│ +0\.0000 │/); // an index: four decimals, even 0
    expect(text).toMatch(/│ communities +│ +2 │ modularity −0\.1250 +│/); // the minus sign U+2212
    expect(text).toMatch(/│ active share +│ +75\.0% │/);
    expect(text).not.toContain('group alignment'); // null: the row is left out
  });

  test('resilience: DF in hops, key players with DF after each removal, critical people', () => {
    const text = render();
    // DF 0.75 → harmonic mean distance 1 / (1 − 0.75) = 4 hops.
    expect(text).toContain('distance fragmentation 0.7500 (exact): people are on average 4.00 hops apart\n');
    expect(text).toContain('(of the 4 with the highest betweenness)');
    expect(text).toMatch(/│ 1 │ =cmd +│ eng +│ +1\.0000 │ +1\.0000 │ nobody can reach anybody any more +│/);
    expect(text).toContain('critical people: none (1 cut point; no single departure cuts 2 or more people off)');
  });

  test('critical people with the groups of those they would cut off (from the graph)', () => {
    const analysis = sampleAnalysis();
    const cmd = analysis.report.people.find((p) => p.id === '=cmd')!;
    Object.assign(cmd, { roles: ['critical'], cutPoint: true, dependents: 1 });
    analysis.index.group[analysis.index.position.get('ana')!] = 'eng';
    // Without =cmd: pieces {"Q, R"} and {ana}; the piece holding the smallest id ("Q, R") stays.
    const text = render({}, analysis);
    expect(text).toMatch(/│ =cmd +│ eng +│ +1 │ eng \(1\) +│/);
    analysis.index.group[analysis.index.position.get('ana')!] = null;
    expect(render({}, analysis)).toMatch(/│ =cmd +│ eng +│ +1 │ no group \(1\) +│/);
  });

  test('sampled DF says so', () => {
    const report = sampleReport();
    report.meta.keyPlayers = { method: 'sampled', candidates: 20, samples: 200, seed: 42 };
    expect(render({}, { ...sampleAnalysis(), report })).toContain('distance fragmentation 0.7500 (estimated from 200 sampled people)');
  });

  test('groups from the most siloed (lowest E-I) up, a silo marked', () => {
    const text = render();
    expect(rowsOf(text, 'Groups by E-I index')).toEqual(['eng ◆ silo', 'sales']);
    expect(text).toContain('◆ silo: E-I ≤ −0.5 and p < 0.05'); // the rule of the findings, its minus as U+2212
    // size 2, inside 1 of 2 = 50.0%, E-I −0.6, p 0.010 (fixture.ts), I 1, E 1, density 0.5, reciprocity 0, activity 50%
    expect(text).toMatch(/│ eng ◆ silo │ +2 │ +50\.0% │ +−0\.6000 │ +0\.010 │ +1 │ +1 │ +0\.5000 │ +0\.0% │ +50\.0% │ ana, =cmd +│/);
  });

  test('communities: single-person ones counted, not listed', () => {
    const text = render();
    expect(rowsOf(text, 'Communities against groups')).toEqual(['0']);
    expect(text).toMatch(/│ +0 │ +3 │ eng +│ +66\.7% │ eng 2, sales 1 │/);
    expect(text).toContain('1 community of a single person is not shown\n');
  });

  test('roles, in the order of the role table', () => {
    const text = render();
    const roles = text.slice(text.indexOf('\nRoles\n') + 7, text.indexOf('\nActivity\n')).trimEnd().split('\n');
    expect(roles).toEqual([
      'broker (bridge groups): ana',
      'central-connector (most connected): ana',
      'one-way (share or receive without exchange): =cmd',
      'peripheral (one contact only): "Q, R"',
      'isolate (no tie at all): zoe',
    ]);
  });

  test('activity: a sparkline, the trend with a true minus sign, people by status', () => {
    const text = render();
    // interactions 2, 1: the largest is the full bar, 1/2 of it the fourth bar (⌊0.5·7.999⌋ = 3)
    expect(text).toContain('interactions per month, 2026-01 … 2026-02: █▄\n');
    expect(text).toContain('trend (last periods against the ones before): −50%\n');
    expect(text).toContain('dormant (1): "Q, R"\n');
    expect(text).toContain('fading (1): =cmd\n');
    expect(text).toContain('growing (1): ana\n');
    // sales (1 person) and eng (2) are too small to be "mostly" anything: groups of 3 or more only
    expect(text).not.toContain('groups mostly dormant or fading');
  });

  test('activity: groups mostly dormant or fading, by the rule of the finding', () => {
    const report = sampleReport();
    // eng grows to 3: =cmd fading plus two dormant newcomers → 3 of 3
    const extra = ['eng2', 'eng3'].map((id) =>
      personRow({ id, group: 'eng', pagerank: 0.1, betweenness: 0, reciprocity: 1, trend: null, status: 'dormant', roles: [] }),
    );
    const grown = { ...report, people: [...report.people, ...extra] };
    expect(render({}, { ...sampleAnalysis(), report: grown })).toContain('groups mostly dormant or fading: eng (3)\n');
  });

  test('findings after the organization, the most pressing first, worded in English', () => {
    const text = render();
    const start = text.indexOf('\nFindings (the most pressing first)\n');
    expect(start).toBeGreaterThan(text.indexOf('│ active share'));
    expect(start).toBeLessThan(text.indexOf('Groups by E-I'));
    const lines = text.slice(start).split('\n').slice(2, 6);
    expect(lines).toEqual([
      // org DF 0.75, after removing =cmd 1: 1/(1 − 1), nobody reaches anybody; fragmentation 0.5 → 1: someone cut off
      'high    Losing the key player would cut people off — Without =cmd, nobody could reach anybody any more, and 1 person would be cut off from the rest.',
      // org reciprocity 0 < 0.15, over 2 ties
      'high    Knowledge flows one way: only 0.0% of ties are returned — 0 of 2 ties have a tie back. Two-way exchange is what collaboration looks like; a one-way tie is information passed on.',
      // eng: E-I −0.6 ≤ −0.5, above −0.8; p 0.01 < 0.05 (fixture.ts)
      'medium  Group eng is a silo — 1 of its 2 ties stays inside the group (50.0%; E-I −0.6000), more than chance would keep inside a group of 2: p = 0.010 over 1,000 random relabelings.',
      // 1 of the 4 people with a tie (every fixture person has one) = 25% ≥ 10%; giveTakeRatio 1.5/3.5 < 0.5
      'medium  1 person shares one way only — 25.0% of the people with a tie; 0 mostly send, 1 mostly receive: =cmd.',
    ]);
  });

  test('the findings are cut after eight, and the rest counted', () => {
    const report = sampleReport();
    const groups = Array.from({ length: 10 }, (_, i) => ({ ...report.groups[1]!, group: `silo${i}` }));
    const withSilos = { ...report, groups };
    const text = render({}, { ...sampleAnalysis(), report: { ...withSilos, findings: computeFindings(withSilos) } });
    // 2 organization findings + 10 silos + 1 one-way = 13: 8 shown, 5 counted
    expect(text.match(/Group silo\d is a silo/g)).toHaveLength(6);
    expect(text).toContain('… 5 more in the HTML report (--format html)\n');
  });

  test('top people by go-to score (sourcePagerank), unknown values last', () => {
    expect(rowsOf(render(), 'Top ')).toEqual(['ana', '=cmd', '"Q, R"', 'zoe']);
    expect(render()).toContain('Top 4 people by go-to score (sourcePagerank)');
  });

  test('--top cuts the list; --sort by a field not shown adds its column', () => {
    expect(rowsOf(render({ top: 2 }), 'Top ')).toEqual(['ana', '=cmd']);
    const text = render({ sort: 'activity.trend' });
    expect(text).toContain('Top 4 people by activity.trend');
    expect(text).toMatch(/│ person │ group │ +go-to │ +pagerank │ .* │ activity\.trend │ roles/);
    // 0.5, 0, −0.75, then null
    expect(rowsOf(text, 'Top ')).toEqual(['ana', 'zoe', '=cmd', '"Q, R"']);
  });

  test('control characters in names are shown as escapes, not sent to the terminal', () => {
    const report = sampleReport();
    report.people[3]!.id = '\u001b[2Jzoe';
    report.groups[0]!.group = 'sa\nles';
    Object.assign(report.people.find((p) => p.id === '=cmd')!, { roles: ['critical'], dependents: 1 });
    const analysis = sampleAnalysis();
    analysis.index.group[analysis.index.position.get('ana')!] = '\u001b[31mred';
    const text = render({}, { ...analysis, report });
    expect(text).not.toMatch(ANSI);
    expect(text).toContain('│ \\x1b[2Jzoe │');
    expect(text).toContain('\\x1b[31mred (1)');
    expect(rowsOf(text, 'Groups by E-I index')).toEqual(['eng ◆ silo', 'sa\\nles']);
  });

  test('sections without data are left out', () => {
    const report = sampleReport();
    const bare = {
      ...report,
      org: { ...report.org, eiIndex: null, keyPlayers: [] },
      groups: [],
      communities: [],
      people: report.people.map((p) => ({ ...p, roles: [] })),
      activity: { ...report.activity, series: [] },
    };
    const text = render({}, { ...sampleAnalysis(), report: bare });
    for (const title of ['key players', 'Groups by E-I', 'Communities', '\nRoles\n', '\nActivity\n', 'E-I index']) {
      expect(text).not.toContain(title);
    }
    expect(text).toContain('Top 4 people by go-to score (sourcePagerank)');
  });
});

describe('sortPeople', () => {
  const people = (values: [string, number | null][]): PersonRow[] =>
    values.map(([id, v]) => personRow({ id, group: null, pagerank: v, betweenness: 0, reciprocity: null, trend: null, status: null, roles: [] }));

  test('descending, ties by id, null and NaN last (by id)', () => {
    const sorted = sortPeople(people([['d', null], ['c', 0.5], ['b', Number.NaN], ['a', 0.5], ['e', 1]]), 'pagerank');
    expect(sorted.map((p) => p.id)).toEqual(['e', 'a', 'c', 'b', 'd']);
  });

  test('does not reorder its input', () => {
    const input = people([['b', 1], ['a', 2]]);
    sortPeople(input, 'pagerank');
    expect(input.map((p) => p.id)).toEqual(['b', 'a']);
  });
});

describe('sparkline', () => {
  test('eight levels from the largest value down; all zero is the lowest bar', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▁▂▃▄▅▆▇█'); // ⌊v/8·7.999⌋
    expect(sparkline([0, 0])).toBe('▁▁');
    expect(sparkline([])).toBe('');
  });
});
