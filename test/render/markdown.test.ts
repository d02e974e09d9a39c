/**
 * `--format md` on hand-built reports (test/render/fixture.ts): the sections, the tables as a
 * Markdown parser reads them (markdown-it, test/helpers/markdown.ts), names that would be
 * markup kept as plain text, undirected data and key players as the report holds them.
 */
import { describe, expect, test } from 'vitest';
import type { Analysis } from '../../src/core/analysis/analyze.js';
import { renderContext } from '../../src/render/context.js';
import { NO_RECIPROCITY, renderMarkdown } from '../../src/render/markdown.js';
import { md } from '../../src/render/markdown-text.js';
import { textOf } from '../../src/render/output.js';
import { headingsOf, table, tablesOf } from '../helpers/markdown.js';
import { personRow, sampleAnalysis } from './fixture.js';

const render = (analysis: Analysis, options: { top?: number; sort?: string } = {}) => textOf(renderMarkdown(analysis, renderContext(options)));

describe('sections and tables', () => {
  test('the sections of the report, in order; findings only when there are some', () => {
    expect(headingsOf(render(sampleAnalysis()))).toEqual([
      'h1 Organizational network: chat.csv', 'h2 Organization', 'h2 Findings', 'h2 Groups', 'h2 Communities', 'h2 Roles',
      'h2 Activity', 'h2 Top 4 people by go-to score (sourcePagerank)', 'h2 Resilience', 'h3 Key players', 'h3 Reach players', 'h2 About this report',
    ]);
  });

  test('overload and the core in the organization table; the reach players with the people each adds', () => {
    // fixture.ts: everyone gives 1.5 (top 5 % give 25.0 %, top 20 % too, Gini 0); core numbers 1,
    // 1, 1 and 0 for the isolate, coreSize 3; reach players ana (0.75 of 4 people: 3 added), then
    // "Q, R" (0.75 still: 0 added).
    const org = table(render(sampleAnalysis()), 'Organization');
    expect(org.rows.find((r) => r[0] === 'top 5% give')).toEqual(['top 5% give', '25.0%', 'of all the weight; top 20% 25.0%, Gini 0.0000']);
    expect(org.rows.find((r) => r[0] === 'core')).toEqual(['core', '3', 'people in the innermost core, each tied to 1 or more others in it']);
    const reach = table(render(sampleAnalysis()), 'Reach players');
    expect(reach.head).toEqual(['#', 'person', 'group', 'adds', 'reached']);
    expect(reach.rows).toEqual([['1', 'ana', 'eng', '3', '75.0%'], ['2', '"Q, R"', 'sales', '0', '75.0%']]);
  });

  test('every table row has as many cells as its header', () => {
    for (const t of tablesOf(render(sampleAnalysis()))) {
      for (const row of t.rows) expect(row.length, t.heading).toBe(t.head.length);
    }
  });

  test('the top people, by go-to score then by --sort, --top of them; a NaN sorts last and shows as —', () => {
    // fixture.ts go-to scores (the pageranks): ana .4, =cmd .35, "Q, R" .25, zoe NaN
    const people = table(render(sampleAnalysis()), 'Top 4 people by go-to score (sourcePagerank)');
    expect(people.rows.map((r) => r[1])).toEqual(['ana', '=cmd', '"Q, R"', 'zoe']);
    expect(people.rows[3]![3]).toBe('—');
    // betweenness: ana .5, "Q, R" .25, then =cmd and zoe at 0 (ties by id: "=" < "z")
    const byBetweenness = table(render(sampleAnalysis(), { top: 3, sort: 'betweenness' }), 'Top 3 people by betweenness');
    expect(byBetweenness.rows.map((r) => r[1])).toEqual(['ana', '"Q, R"', '=cmd']);
    // a sort field outside the usual columns gets its own column
    const byTrend = table(render(sampleAnalysis(), { sort: 'activity.trend' }), 'Top 4 people by activity.trend');
    expect(byTrend.head).toContain('activity.trend');
    expect(byTrend.rows.map((r) => r[1])).toEqual(['ana', 'zoe', '=cmd', '"Q, R"']); // .5, 0, −.75, null
  });

  test('groups by E-I, the silo marked; the organization; roles', () => {
    const text = render(sampleAnalysis());
    const groups = table(text, 'Groups');
    // eng E-I −0.6 ≤ −0.5 and p 0.01 < 0.05 (fixture.ts): a silo, listed first; sales +1
    expect(groups.rows.map((r) => r[0])).toEqual(['eng (silo)', 'sales']);
    // size, inside (1 of 2), E-I, p, internal, external, density, reciprocity, activity rate
    expect(groups.rows[0]!.slice(1, 10)).toEqual(['2', '50.0%', '−0.6000', '0.010', '1', '1', '0.5000', '0.0%', '50.0%']);
    expect(groups.rows[0]![10]).toBe('ana, =cmd');
    const org = table(text, 'Organization');
    expect(org.rows.find((r) => r[0] === 'reciprocity')).toEqual(['reciprocity', '0.0%', 'ties returned (two-way exchange)']);
    expect(org.rows.find((r) => r[0] === 'density')![1]).toBe('0.1667'); // 2 / 12
    const roles = table(text, 'Roles');
    expect(roles.rows.find((r) => r[0] === 'broker')).toEqual(['broker', 'bridge groups', '1', 'ana']);
  });
});

describe('names are text, never markup', () => {
  const HOSTILE = [
    'a|b', '`code`', '*bold*', '_under_', '**strong**', '<script>alert(1)</script>', '<b>hi</b>', '&lt;entity&gt;',
    '[link](https://example.com)', '![img](x.png)', '$x^2$', '~~strike~~', '@someone', 'back\\slash', ':tada:',
    'line\nbreak', 'carriage\r\nreturn', '# heading', '- item', '1. item', 'ESC \u001b[31m',
  ];

  function hostileAnalysis(): Analysis {
    const analysis = sampleAnalysis();
    analysis.report.people = HOSTILE.map((id, i) => personRow({
      id, group: HOSTILE[(i + 1) % HOSTILE.length]!, pagerank: 1 - i / 100, betweenness: 0, reciprocity: null, trend: null, status: 'steady', roles: [],
    }));
    analysis.report.groups = [{ group: '|g|*x*', size: 1, internalTies: 0, externalTies: 1, eiIndex: 1, eiPValue: 1, internalShare: 0, density: null, reciprocity: null, activityRate: null, connectors: ['<i>x</i>'] }];
    return analysis;
  }

  test('each name reads back as itself, with no markup and no HTML but <br> for its line breaks', () => {
    const text = render(hostileAnalysis(), { top: HOSTILE.length });
    const people = tablesOf(text).find((t) => t.heading.startsWith('Top '))!;
    expect(people.rows.length).toBe(HOSTILE.length);
    for (const [i, row] of people.rows.entries()) {
      expect(row.length).toBe(people.head.length);
      const expected = HOSTILE[i]!.replace(/\r\n/g, '\n').replace('\u001b', '\\x1b');
      expect(row[1]!.text).toBe(expected);
      expect(row[1]!.markup).toEqual([]);
      expect(row[2]!.text).toBe(HOSTILE[(i + 1) % HOSTILE.length]!.replace(/\r\n/g, '\n').replace('\u001b', '\\x1b'));
      expect(row[2]!.markup).toEqual([]);
    }
    const groups = tablesOf(text).find((t) => t.heading === 'Groups')!;
    expect(groups.rows[0]![0]!.text).toBe('|g|*x*'); // E-I +1: no silo mark
    expect(groups.rows[0]![10]!.text).toBe('<i>x</i>');
    expect(groups.rows[0]![10]!.markup).toEqual([]);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('\u001b');
  });

  test('md() of plain names leaves them readable', () => {
    expect(md('ana.garcia')).toBe('ana.garcia');
    expect(md('José Pérez (Ventas) - 2026-01-31 10:00')).toBe('José Pérez (Ventas) - 2026-01-31 10:00');
    expect(md('ana@x.org')).toBe('ana\\@x.org');
  });
});

describe('what the report holds decides what is shown', () => {
  test('undirected data: no reciprocity figure anywhere, a sentence instead', () => {
    for (const options of [{ undirected: true }, { events: true }]) {
      const analysis = sampleAnalysis();
      analysis.report.meta.options = options;
      const text = render(analysis);
      const org = table(text, 'Organization');
      expect(org.rows.filter((r) => r[0]!.includes('reciprocity'))).toEqual([['reciprocity', '—', NO_RECIPROCITY]]);
      expect(table(text, 'Groups').rows.map((r) => r[8])).toEqual(['—', '—']);
      expect(table(text, 'Top 4 people by go-to score (sourcePagerank)').rows.map((r) => r[9])).toEqual(['—', '—', '—', '—']);
      const activity = tablesOf(text).filter((t) => t.heading === 'Activity')[1]!;
      // period, start, covered, interactions, active people, new ties, reciprocity
      expect(activity.rows.map((r) => r[6]!.text)).toEqual(['—', '—']);
      expect(text).toContain(`Reciprocity: ${NO_RECIPROCITY}.`);
    }
  });

  test('key players with distance fragmentation, and org distance fragmentation, when the report has them', () => {
    const analysis = sampleAnalysis();
    Object.assign(analysis.report.org, { distanceFragmentation: 0.75 });
    analysis.report.org.keyPlayers = [{ id: '=cmd', distanceFragmentation: 0.9, fragmentation: 1 } as (typeof analysis.report.org.keyPlayers)[number]];
    const text = render(analysis);
    // DF 0.75 before → harmonic mean distance 1/(1 − 0.75) = 4 hops; after =cmd left, DF 0.9 → 10
    // hops; fragmentation 0.5 → 1: half of all pairs more are cut off.
    expect(table(text, 'Key players')).toEqual({
      head: ['#', 'person', 'group', 'distance fragmentation after', 'fragmentation after', 'without them (and those above), people are on average'],
      rows: [['1', '=cmd', 'eng', '0.9000', '1.0000', '10.00 hops apart instead of 4.00; 50.0% more pairs cut off']],
    });
    const df = table(text, 'Resilience').rows.find((r) => r[0] === 'distance fragmentation')!;
    expect(df.slice(1)).toEqual(['0.7500', 'people are on average 4.00 hops apart (0 = everyone adjacent, 1 = all isolated; exact)']);
  });

  test('no groups, no timestamps, no key or reach players: those sections are left out', () => {
    const analysis = sampleAnalysis();
    Object.assign(analysis.report, { groups: [], communities: [], activity: { ...analysis.report.activity, series: [] } });
    analysis.report.org.keyPlayers = [];
    analysis.report.org.reachPlayers = [];
    expect(headingsOf(render(analysis))).toEqual([
      'h1 Organizational network: chat.csv', 'h2 Organization', 'h2 Findings', 'h2 Roles', 'h2 Top 4 people by go-to score (sourcePagerank)', 'h2 Resilience', 'h2 About this report',
    ]);
  });

  test('critical people with their dependents and the groups of the people they would cut off', () => {
    // Ties "Q, R" ← =cmd ← ana: without =cmd, "Q, R" and ana are apart; the piece holding the
    // smallest id ("Q, R") stays, so ana (group eng) is the one cut off.
    const analysis = sampleAnalysis();
    Object.assign(analysis.report.people.find((p) => p.id === '=cmd')!, { roles: ['critical'], cutPoint: true, dependents: 1 });
    analysis.index.group[analysis.index.position.get('ana')!] = 'eng';
    expect(table(render(analysis), 'Critical people').rows).toEqual([['=cmd', 'eng', '1', 'eng (1)']]);
  });

  test('cut points, by dependents, critical marked', () => {
    const analysis = sampleAnalysis();
    const [q, cmd] = analysis.report.people;
    Object.assign(q!, { cutPoint: true, dependents: 1 });
    Object.assign(cmd!, { cutPoint: true, dependents: 2, roles: ['critical'] });
    expect(table(render(analysis), 'Cut points').rows).toEqual([['=cmd', 'eng', '2', 'yes'], ['"Q, R"', 'sales', '1', 'no']]);
  });
});
