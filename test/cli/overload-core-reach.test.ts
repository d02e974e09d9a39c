/**
 * Overload, the core and reach players from the command line, on real data, against references
 * counted here from the raw files (never from orgnet's code):
 * - lazega-lawfirm's advice survey reads "source asked target for advice"; with --reverse a tie
 *   runs from the adviser, so what a lawyer gives is how often they were named as an adviser. The
 *   overloaded must then be advisers — named most, and far more than they ask — and without
 *   --reverse the askers instead;
 * - the Gini coefficient as the mean of │xi − xj│ over all pairs / (2·mean), from those counts;
 * - reach players: the people each entry covers (itself and its neighbours either way), counted
 *   from the file's rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { run, runJson } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';

const LAZEGA = join(DATASETS, 'lazega-lawfirm');
const KRACKHARDT = join(DATASETS, 'krackhardt-hightech');

function rows(file: string): [string, string][] {
  return readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => {
    const [s, t] = line.split(',');
    return [s!.trim(), t!.trim()];
  });
}

function people(file: string): string[] {
  return readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]!.trim());
}

async function json(args: string[]): Promise<Report> {
  const result = await runJson<Report>([...args, '--format', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return result.json;
}

describe.runIf(HAS_DATASETS)('lazega-lawfirm: who carries the advice', () => {
  const args = ['analyze', join(LAZEGA, 'interactions.csv'), '--people', join(LAZEGA, 'people.csv')];
  const ids = HAS_DATASETS ? people(join(LAZEGA, 'people.csv')) : [];
  const named = new Map(ids.map((id) => [id, 0]));
  const asked = new Map(ids.map((id) => [id, 0]));
  for (const [source, target] of HAS_DATASETS ? rows(join(LAZEGA, 'interactions.csv')) : []) {
    if (source === target) continue;
    asked.set(source, asked.get(source)! + 1);
    named.set(target, named.get(target)! + 1);
  }
  let reversed: Report;
  let asIs: Report;
  beforeAll(async () => {
    reversed = await json([...args, '--reverse']);
    asIs = await json(args);
  });

  const overloaded = (r: Report) => r.people.filter((p) => p.roles.includes('overloaded')).map((p) => p.id);
  /** The ⌈0.05·71⌉ = 4 lawyers with the highest count, ties by the smaller id as the report sorts ids. */
  const topFour = (counts: Map<string, number>) =>
    [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 4).map(([id]) => id);

  it('with --reverse the overloaded are advisers: among the four most named, named more than twice as often as they ask', () => {
    const list = overloaded(reversed);
    expect(list.length).toBeGreaterThan(0);
    for (const id of list) {
      expect(topFour(named)).toContain(id);
      expect(named.get(id)!).toBeGreaterThan(2 * asked.get(id)!);
    }
  });

  it('read as the file is, the overloaded are askers instead', () => {
    const list = overloaded(asIs);
    expect(list.length).toBeGreaterThan(0);
    for (const id of list) {
      expect(topFour(asked)).toContain(id);
      expect(asked.get(id)!).toBeGreaterThan(2 * named.get(id)!);
    }
    expect(list.filter((id) => overloaded(reversed).includes(id))).toEqual([]);
  });

  it('org overload with --reverse: Gini and top shares of the nominations', () => {
    const x = ids.map((id) => named.get(id)!);
    const n = x.length;
    const total = x.reduce((a, b) => a + b, 0);
    let differences = 0;
    for (const a of x) for (const b of x) differences += Math.abs(a - b);
    const desc = [...x].sort((a, b) => b - a);
    const top = (k: number) => desc.slice(0, k).reduce((a, b) => a + b, 0) / total;
    const { overload } = reversed.org;
    expect(overload.gini!).toBeCloseTo(differences / (n * n) / (2 * (total / n)), 12);
    // ⌈0.71⌉ = 1, ⌈3.55⌉ = 4, ⌈14.2⌉ = 15 lawyers.
    expect(overload.top1Share!).toBeCloseTo(top(1), 12);
    expect(overload.top5Share!).toBeCloseTo(top(4), 12);
    expect(overload.top20Share!).toBeCloseTo(top(15), 12);
  });

  it('check gates on the overload', async () => {
    const top5 = reversed.org.overload.top5Share!;
    const base = ['check', join(LAZEGA, 'interactions.csv'), '--people', join(LAZEGA, 'people.csv'), '--reverse'];
    expect((await run([...base, '--rule', `org.overload.top5Share < ${top5 + 0.01}`])).code).toBe(0);
    const failed = await run([...base, '--rule', `org.overload.top5Share < ${top5 - 0.01}`]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('FAIL');
  });
});

describe.runIf(HAS_DATASETS)('krackhardt-hightech: the core and whom to brief', () => {
  const file = join(KRACKHARDT, 'interactions.csv');
  const neighbours = new Map<string, Set<string>>();
  for (const [s, t] of HAS_DATASETS ? rows(file) : []) {
    if (s === t) continue;
    for (const [a, b] of [[s, t], [t, s]] as const) {
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      neighbours.get(a)!.add(b);
    }
  }
  let report: Report;
  beforeAll(async () => {
    report = await json(['analyze', file, '--reach-players', '3']);
  });

  it('--reach-players 3: three people, each reach the share of people they and those before cover', () => {
    expect(report.org.reachPlayers).toHaveLength(3);
    const covered = new Set<string>();
    for (const { id, reach } of report.org.reachPlayers) {
      covered.add(id);
      for (const v of neighbours.get(id) ?? []) covered.add(v);
      expect(reach).toBeCloseTo(covered.size / report.org.people, 15);
    }
    // The first is a person with the most neighbours, the smallest id among them.
    const most = Math.max(...[...neighbours.values()].map((s) => s.size));
    const first = [...neighbours].filter(([, s]) => s.size === most).map(([id]) => id).sort()[0];
    expect(report.org.reachPlayers[0]!.id).toBe(first);
  });

  it('the core size counts the people at the highest core number', () => {
    const max = Math.max(...report.people.map((p) => p.coreNumber));
    expect(report.org.coreSize).toBe(report.people.filter((p) => p.coreNumber === max).length);
    expect(max).toBeGreaterThan(0);
  });

  it('the default is 5 reach players; --reach-players 0 chooses none', async () => {
    expect((await json(['analyze', file])).org.reachPlayers).toHaveLength(5);
    expect((await json(['analyze', file, '--reach-players', '0'])).org.reachPlayers).toEqual([]);
  });

  it('--reach-players takes a whole number', async () => {
    const bad = await run(['analyze', file, '--reach-players', 'two']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--reach-players');
  });

  it('--help lists --reach-players', async () => {
    expect((await run(['analyze', '--help'])).stdout).toContain('--reach-players <k>');
  });
});
