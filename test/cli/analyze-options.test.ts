/**
 * The analysis and view options of `orgnet analyze` (docs/input.md, docs/metrics.md#resilience, docs/options.md), each on a graph
 * small enough that the expected effect is worked out by hand in the comment beside it.
 *
 * TRIANGLE  a→b 2, b→a 1, b→c 1, c→a 1, c→d 1; people file adds e; X = {a,b,c}, Y = {d,e}
 * TIMED     a→b Jan 5 advice, b→a Jan 20 advice, a→c Feb 3 email, c→a Feb 10 advice,
 *           b→c Mar 2 email, c→b Mar 30 email (2026, 09:00 UTC)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { ROOT, run, runJson } from '../helpers/cli.js';
import { analyzeJson, expectExit2, expectRowsAddUp, readCsv, TIMED, TRIANGLE, TRIANGLE_PEOPLE } from './analyze-helpers.js';

const WITH_PEOPLE = [TRIANGLE, '--people', TRIANGLE_PEOPLE];

function topPeople(table: string): string[] {
  return table
    .slice(table.indexOf('Top '))
    .split('\n')
    .filter((line) => line.startsWith('│ '))
    .slice(1)
    .map((line) => line.split('│')[1]!.trim());
}

describe('--top and --sort (table view)', () => {
  test('--top N shows the first N by go-to score', async () => {
    const { code, stdout } = await run(['analyze', ...WITH_PEOPLE, '--top', '2']);
    expect(code).toBe(0);
    expect(stdout).toContain('Top 2 people by go-to score (sourcePagerank)');
    expect(topPeople(stdout)).toEqual(['b', 'a']); // networkx pagerank(G.reverse()): b .3660, a .3473
  });

  test('--sort betweenness: descending, ties by id', async () => {
    const { stdout } = await run(['analyze', ...WITH_PEOPLE, '--sort', 'betweenness']);
    // b 2/12 and c 2/12 (tie → id order), a 1/12, d and e 0 (tie → id order)
    expect(topPeople(stdout)).toEqual(['b', 'c', 'a', 'd', 'e']);
  });

  test('--sort by a field the table does not show adds it as a column; nulls sort last', async () => {
    const { stdout } = await run(['analyze', ...WITH_PEOPLE, '--sort', 'giveTakeRatio'], { env: { COLUMNS: '240' } });
    expect(stdout).toMatch(/│ person │ group │ +go-to │ +pagerank .* giveTakeRatio │ roles/);
    // c 2/3, a 1/2, b 1/2 (tie → id), d 0, e null
    expect(topPeople(stdout)).toEqual(['c', 'a', 'b', 'd', 'e']);
  });

  test('--sort with a dotted field', async () => {
    const { code, stdout } = await run(['analyze', TIMED, '--sort', 'activity.interactions']);
    expect(code).toBe(0);
    expect(stdout).toContain('Top 3 people by activity.interactions');
  });

  test('an unknown --sort field is a usage error that lists the fields', async () => {
    const r = await run(['analyze', TRIANGLE, '--sort', 'fame']);
    expectExit2(r);
    expect(r.stderr).toMatch(/^orgnet: --sort fame: unknown person field; use one of inDegree, .*pagerank/);
  });

  test('--top must be a whole number ≥ 1', async () => {
    for (const top of ['0', '-1', '2.5', 'ten']) {
      const r = await run(['analyze', TRIANGLE, '--top', top]);
      expectExit2(r);
      expect(r.stderr).toBe(`orgnet: --top ${top}: expected a whole number ≥ 1\n`);
    }
  });
});

describe('--reverse', () => {
  test('flips every row: who received now gave', async () => {
    const report = await analyzeJson([TRIANGLE, '--reverse']);
    const d = report.people.find((p) => p.id === 'd')!;
    // c→d becomes d→c
    expect([d.inDegree, d.outDegree, d.inStrength, d.outStrength]).toEqual([0, 1, 0, 1]);
    const a = report.people.find((p) => p.id === 'a')!;
    // a→b 2, b→a 1, c→a 1 become b→a 2, a→b 1, a→c 1: in 2, out 1 + 1
    expect([a.inDegree, a.outDegree, a.inStrength, a.outStrength]).toEqual([1, 2, 2, 2]);
    expect(report.org.reciprocity).toBe(0.4); // flipping every tie keeps the mutual pair
    expect(report.meta.options.reverse).toBe(true);
  });
});

describe('--since and --until', () => {
  test('keep rows in [since, until); the rest counted as filtered', async () => {
    const report = await analyzeJson([TIMED, '--since', '2026-02-01', '--until', '2026-03-01']);
    // only a→c Feb 3 and c→a Feb 10; b has no row left, so is not in the graph
    expect(report.people.map((p) => p.id)).toEqual(['a', 'c']);
    expect(report.meta.input).toMatchObject({ rowsRead: 6, rowsUsed: 2, filteredRows: 4 });
    expect(report.org.reciprocity).toBe(1);
    // periods follow the window: February only
    expect(report.activity.periods).toBe(1);
    expect(report.activity.series.map((s) => s.period)).toEqual(['2026-02']);
    expectRowsAddUp(report);
  });

  test('--until is exclusive, --since inclusive', async () => {
    // until exactly a→b's time drops it; since exactly c→b's time keeps it
    const report = await analyzeJson([TIMED, '--since', '2026-01-05T09:00:00Z', '--until', '2026-03-30T09:00:00Z']);
    expect(report.meta.input).toMatchObject({ rowsUsed: 5, filteredRows: 1 });
    const late = await analyzeJson([TIMED, '--since', '2026-03-30T09:00:00Z']);
    expect(late.meta.input).toMatchObject({ rowsUsed: 1, filteredRows: 5 });
  });

  test('a bad date, an empty window or no timestamp column is a usage or input error', async () => {
    const bad = await run(['analyze', TIMED, '--since', 'last week']);
    expectExit2(bad);
    expect(bad.stderr).toMatch(/^orgnet: --since last week: expected an ISO-8601 date/);
    const empty = await run(['analyze', TIMED, '--since', '2026-03-01', '--until', '2026-02-01']);
    expectExit2(empty);
    expect(empty.stderr).toBe('orgnet: --since must be before --until\n');
    const noTime = await run(['analyze', TRIANGLE, '--since', '2026-01-01']);
    expectExit2(noTime);
    expect(noTime.stderr).toMatch(/^fixtures\/cli\/triangle-plus-one\.csv: --since\/--until need a timestamp column/);
  });
});

describe('--min-tie-weight', () => {
  test('drops ties whose total weight is below W, counted in meta.input.tiesDropped', async () => {
    const report = await analyzeJson([...WITH_PEOPLE, '--min-tie-weight', '2']);
    // only a→b (2) reaches 2; the other four ties weigh 1
    expect(report.org.ties).toBe(1);
    expect(report.meta.input.tiesDropped).toBe(4);
    expect(report.org.people).toBe(5); // people stay, as isolates
    expect(report.org.isolates).toBe(3); // c, d, e
    // rows are not ties: all 5 rows were used before aggregation
    expect(report.meta.input.rowsUsed).toBe(5);
  });

  test('W = 1 keeps every tie; a negative W is a usage error', async () => {
    expect((await analyzeJson([TRIANGLE, '--min-tie-weight', '1'])).meta.input.tiesDropped).toBe(0);
    const r = await run(['analyze', TRIANGLE, '--min-tie-weight', '-1']);
    expectExit2(r);
    expect(r.stderr).toBe('orgnet: --min-tie-weight -1: expected a number ≥ 0\n');
  });
});

describe('--remove', () => {
  test('those people, their rows and their ties leave; meta.removed lists them', async () => {
    const report = await analyzeJson([...WITH_PEOPLE, '--remove', 'c']);
    expect(report.people.map((p) => p.id)).toEqual(['a', 'b', 'd', 'e']);
    expect(report.meta.removed).toEqual(['c']);
    // left: a→b, b→a
    expect(report.org.ties).toBe(2);
    expect(report.org.isolates).toBe(2); // d lost its only tie; e never had one
    expect(report.groups.find((g) => g.group === 'X')!.size).toBe(2);
    // rows touching c (b→c, c→a, c→d) are filtered, not lost
    expect(report.meta.input).toMatchObject({ rowsRead: 5, rowsUsed: 2, filteredRows: 3 });
  });

  test('several ids, comma-separated', async () => {
    const report = await analyzeJson([TRIANGLE, '--remove', 'a, d']);
    expect(report.people.map((p) => p.id)).toEqual(['b', 'c']);
    expect(report.meta.removed).toEqual(['a', 'd']);
  });
});

describe('--relation', () => {
  test('keeps only rows of the named relations', async () => {
    const report = await analyzeJson([TIMED, '--relation', 'advice']);
    // a→b, b→a, c→a
    expect(report.org.ties).toBe(3);
    expect(report.meta.input).toMatchObject({ rowsUsed: 3, filteredRows: 3 });
    expect(report.meta.input.relations).toEqual({ advice: 3, email: 3 }); // what the file holds
    const both = await analyzeJson([TIMED, '--relation', 'advice,email']);
    expect(both.org.ties).toBe(6);
  });
});

describe('--period', () => {
  test('week: ISO weeks from the first to the last timestamp, empty ones included', async () => {
    const report = await analyzeJson([TIMED, '--period', 'week']);
    // Jan 5 2026 is the Monday of W02 (Jan 1 is a Thursday, so W01 is Dec 29 – Jan 4);
    // Mar 30 is the Monday of W14: W02 … W14 is 13 weeks
    expect(report.activity.period).toBe('week');
    expect(report.activity.periods).toBe(13);
    const series = report.activity.series;
    expect(series[0]).toMatchObject({ period: '2026-W02', start: '2026-01-05', interactions: 1 });
    expect(series[12]).toMatchObject({ period: '2026-W14', start: '2026-03-30', interactions: 1 });
    // rows fall in W02, W04 (Jan 20), W06 (Feb 3), W07 (Feb 10), W10 (Mar 2), W14
    expect(series.map((s) => s.interactions)).toEqual([1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1]);
    // The window ends with March 30, one day of W14: W14 is partial (1/7), so the trend compares the
    // complete weeks W02–W13: k = min(3, ⌊12/2⌋) = 3, W11–W13 hold 0, W08–W10 hold 1 → (0 − 1) / 1.
    expect(series[12]!.coverage).toBe(1 / 7);
    expect(series.slice(0, 12).every((s) => s.coverage === 1)).toBe(true);
    expect(report.activity.trend).toBe(-1);
  });

  test('quarter: one period; an unknown period is a usage error', async () => {
    const report = await analyzeJson([TIMED, '--period', 'quarter']);
    expect(report.activity.series.map((s) => [s.period, s.start, s.interactions])).toEqual([['2026-Q1', '2026-01-01', 6]]);
    const r = await run(['analyze', TIMED, '--period', 'year']);
    expectExit2(r);
    expect(r.stderr).toMatch(/argument 'year' is invalid. Allowed choices are day, week, month, quarter/);
  });
});

describe('--min-group-size (privacy floor)', () => {
  test('a lone small group is shown nowhere: no group, mixing or person group under K', async () => {
    const report = await analyzeJson([...WITH_PEOPLE, '--min-group-size', '3', '--quiet']);
    // Y has 2 < 3 members; pooled alone it is still 2 < 3, so d and e lose their group
    expect(report.groups.map((g) => [g.group, g.size])).toEqual([['X', 3]]);
    expect(report.groups.every((g) => g.size >= 3)).toBe(true);
    expect(report.mixing).toEqual([{ from: 'X', to: 'X', ties: 4, weight: 5 }]);
    expect(report.people.filter((p) => p.group === 'Y')).toEqual([]);
    expect(report.people.find((p) => p.id === 'd')!.group).toBeNull();
    expect(report.meta.warnings.join('\n')).toMatch(/--min-group-size 3/);
  });

  test('small groups that together reach K are pooled as "(small groups)"', async () => {
    const report = await analyzeJson([...WITH_PEOPLE, '--min-group-size', '4', '--quiet']);
    // X 3 and Y 2 are both under 4; together 5: one pooled group holding every tie
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]).toMatchObject({ group: '(small groups)', size: 5, internalTies: 5, externalTies: 0 });
    expect(report.mixing).toEqual([{ from: '(small groups)', to: '(small groups)', ties: 5, weight: 6 }]);
  });

  test('the CSV tables obey the floor too', async () => {
    const csv = async (table: string) => {
      const r = await run(['analyze', ...WITH_PEOPLE, '--min-group-size', '3', '--quiet', '--format', 'csv', '--table', table]);
      expect(r.code).toBe(0);
      return readCsv(r.stdout);
    };
    expect((await csv('groups')).map((r) => r[0])).toEqual(['group', 'X']);
    expect((await csv('mixing')).slice(1)).toEqual([['X', 'X', '4', '5']]);
    const people = await csv('people');
    const group = people[0]!.indexOf('group');
    expect(people.slice(1).map((r) => r[group])).toEqual(['X', 'X', 'X', '', '']);
    const communities = await csv('communities');
    expect(communities[0]).not.toContain('groups.Y');
  });

  test('the warning goes to stderr, not stdout', async () => {
    const r = await run(['analyze', ...WITH_PEOPLE, '--min-group-size', '3', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^orgnet: warning: --min-group-size 3: /);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });
});

describe('--people and --group-by', () => {
  test('--group-by picks another column; an empty cell means no group', async () => {
    const report = await analyzeJson([...WITH_PEOPLE, '--group-by', 'office']);
    // North {a, c}: c→a inside; a→b, b→a, b→c, c→d cross → (4 − 1) / 5. South {b, d}: 0 inside, 4 cross
    expect(report.groups.map((g) => [g.group, g.size, g.internalTies, g.externalTies, g.eiIndex])).toEqual([
      ['North', 2, 1, 4, 0.6],
      ['South', 2, 0, 4, 1],
    ]);
    expect(report.people.find((p) => p.id === 'e')!.group).toBeNull();
    expect(report.meta.people).toMatchObject({ groupBy: 'office', attributes: ['department'] });
  });

  test('an unknown --group-by column lists the columns found', async () => {
    const r = await run(['analyze', ...WITH_PEOPLE, '--group-by', 'floor']);
    expectExit2(r);
    expect(r.stderr).toBe(`${TRIANGLE_PEOPLE}: --group-by "floor": no such column; columns found: id, department, office\n`);
  });

  test('people missing from the people file are kept without a group, with a warning', async () => {
    const partial = 'fixtures/cli/triangle-plus-one.partial-people.csv';
    const r = await runJson<Report>(['analyze', TRIANGLE, '--people', partial, '--format', 'json']);
    expect(r.code).toBe(0);
    // d appears in the interactions only
    expect(r.stderr).toBe(`orgnet: warning: 1 person appears in ${TRIANGLE} but not in ${partial}; kept without a group\n`);
    const report = r.json;
    expect(report.meta.people).toMatchObject({ rows: 3, unknownIds: 1 });
    expect(report.people.find((p) => p.id === 'd')!.group).toBeNull();
  });
});

describe('--betweenness-samples', () => {
  test('k below n: sampled, with k and the seed in meta', async () => {
    expect((await analyzeJson([TRIANGLE, '--betweenness-samples', '2'])).meta.betweenness).toEqual({ method: 'sampled', k: 2, seed: 42 });
    const seeded = await analyzeJson([TRIANGLE, '--betweenness-samples', '3', '--seed', '9']);
    expect(seeded.meta.betweenness).toEqual({ method: 'sampled', k: 3, seed: 9 });
    // Closeness from the first ⌈3 / 4⌉ people drawn.
    expect(seeded.meta.closeness).toEqual({ method: 'sampled', k: 1, seed: 9 });
    expect(seeded.meta.options.betweennessSamples).toBe(3);
  });

  test('--exact forces exact searches and cannot be combined with a sample size', async () => {
    const exact = await analyzeJson([TRIANGLE, '--exact']);
    expect([exact.meta.betweenness, exact.meta.closeness]).toEqual([{ method: 'exact' }, { method: 'exact' }]);
    const r = await run(['analyze', TRIANGLE, '--exact', '--betweenness-samples', '2']);
    expectExit2(r);
    expect(r.stderr).toBe('orgnet: --exact and --betweenness-samples contradict each other: use one\n');
  });

  test('the same seed gives the same estimate', async () => {
    const values = async () => (await analyzeJson([TRIANGLE, '--betweenness-samples', '2', '--seed', '5'])).people.map((p) => p.betweenness);
    expect(await values()).toEqual(await values());
  });

  test('k at or above n is exact', async () => {
    // the triangle without the people file has 4 people
    expect((await analyzeJson([TRIANGLE, '--betweenness-samples', '4'])).meta.betweenness).toEqual({ method: 'exact' });
  });

  test('k must be a whole number ≥ 1', async () => {
    const r = await run(['analyze', TRIANGLE, '--betweenness-samples', '0']);
    expectExit2(r);
    expect(r.stderr).toBe('orgnet: --betweenness-samples 0: expected a whole number ≥ 1\n');
  });
});

describe('--permutations', () => {
  // TRIANGLE's groups: of the 10 ways to pick Y's two members, only the observed one leaves X
  // (4 ties inside, 1 out) with an E-I of −0.6 or less: P(X) = 1/10. Y's +1 is always matched.
  test('R relabelings seeded by --seed: the same seed gives the same p-values', async () => {
    const a = await analyzeJson([...WITH_PEOPLE, '--permutations', '200']);
    expect(a.meta.options.permutations).toBe(200);
    expect(a.groups[1]!.eiPValue).toBe(1); // (200 + 1) / (200 + 1)
    // The organization's E-I is X's here (every grouped tie touches X), so its p-value is X's.
    expect(a.org.eiPValue).toBe(a.groups[0]!.eiPValue);
    const again = await analyzeJson([...WITH_PEOPLE, '--permutations', '200']);
    expect(again.groups.map((g) => g.eiPValue)).toEqual(a.groups.map((g) => g.eiPValue));
    // With 200 relabelings every p-value is a multiple of 1/201.
    const hits = a.groups[0]!.eiPValue! * 201 - 1;
    expect(Math.abs(hits - Math.round(hits))).toBeLessThan(1e-9);
  });

  test('0 runs no test: every p-value is null', async () => {
    const r = await analyzeJson([...WITH_PEOPLE, '--permutations', '0']);
    expect(r.groups.map((g) => g.eiPValue)).toEqual([null, null]);
    expect(r.org.eiPValue).toBeNull();
    expect(r.groups.map((g) => g.internalShare)).toEqual([0.8, 0]);
  });

  test('a whole number from 0 to 1,000,000', async () => {
    for (const bad of ['-1', '2.5', 'many', '1000001']) {
      const r = await run(['analyze', ...WITH_PEOPLE, '--permutations', bad]);
      expectExit2(r);
      expect(r.stderr).toBe(`orgnet: --permutations ${bad}: expected a whole number from 0 to 1,000,000\n`);
    }
  });
});

describe('standard input', () => {
  const text = readFileSync(join(ROOT, TRIANGLE));

  test('- reads the interactions from stdin, named <stdin>', async () => {
    const report = await analyzeJson(['-', '--people', TRIANGLE_PEOPLE], { stdin: text });
    expect(report.meta.input.file).toBe('<stdin>');
    expect(report.org).toMatchObject({ people: 5, ties: 5, density: 0.25, reciprocity: 0.4, isolates: 1 });
  });

  test('the people file can come from stdin instead', async () => {
    const report = await analyzeJson([TRIANGLE, '--people', '-'], { stdin: readFileSync(join(ROOT, TRIANGLE_PEOPLE)) });
    expect(report.meta.people?.file).toBe('<stdin>');
    expect(report.groups.map((g) => g.group)).toEqual(['X', 'Y']);
  });

  test('not both at once', async () => {
    const r = await run(['analyze', '-', '--people', '-'], { stdin: text });
    expectExit2(r);
    expect(r.stderr).toBe('orgnet: only one input can be read from standard input (-)\n');
  });

  test('empty stdin is one line on stderr', async () => {
    const r = await run(['analyze', '-'], { stdin: '' });
    expectExit2(r);
    expect(r.stderr).toBe('<stdin>: empty file: expected a header row and data rows\n');
  });
});

describe('unknown options', () => {
  test('exit 2 with commander’s message, and a suggestion for a typo', async () => {
    const r = await run(['analyze', TRIANGLE, '--bogus']);
    expectExit2(r);
    expect(r.stderr).toBe("orgnet: error: unknown option '--bogus'\n");
    const typo = await run(['analyze', TRIANGLE, '--sed', '3']);
    expectExit2(typo);
    expect(typo.stderr).toMatch(/Did you mean --seed\?/);
  });

  test('a missing file argument or an unknown command is exit 2', async () => {
    expectExit2(await run(['analyze']));
    expectExit2(await run(['analyse', TRIANGLE]));
  });

  test('bad values of the numeric analysis flags are usage errors', async () => {
    for (const [flag, value] of [['--seed', '-1'], ['--resolution', '0'], ['--key-players', 'x'], ['--min-group-size', '0']]) {
      const r = await run(['analyze', TRIANGLE, flag!, value!]);
      expectExit2(r);
      expect(r.stderr).toMatch(new RegExp(`^orgnet: ${flag} ${value}: expected `));
    }
  });
});

describe('--timings', () => {
  test('prints each phase and the total on stderr; stdout holds only the report', async () => {
    const r = await run(['analyze', TRIANGLE, '--format', 'json', '--timings']);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    const phases = r.stderr.split('\n').filter((l) => l.startsWith('orgnet: timing: ')).map((l) => l.slice(16).replace(/\s+[\d.]+ s$/, '').trim());
    expect(phases).toEqual(expect.arrayContaining(['read interactions', 'index', 'betweenness and closeness (worker threads)', 'communities', 'write', 'total']));
    expect(r.stderr).toMatch(/orgnet: timing: total +\d+\.\d\d s\n$/);
  });

  test('--format csv --table ties computes no metric at all', async () => {
    const r = await run(['analyze', TRIANGLE, '--format', 'csv', '--table', 'ties', '--timings']);
    expect(r.code).toBe(0);
    for (const phase of ['betweenness and closeness', 'communities', 'constraint', 'effective size', 'cut points']) {
      expect(r.stderr).not.toContain(phase);
    }
  });

  test('a check on density alone computes no path metric and no community', async () => {
    const r = await run(['check', TRIANGLE, '--rule', 'density >= 0', '--timings', '--no-config']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/betweenness and closeness|communities/);
    expect(r.stderr).toContain('orgnet: timing: read interactions');
  });
});
