/**
 * Resilience through the command line: the key-player flags, `meta.keyPlayers`, `--remove` of the
 * first key player (its DF must be the organization's DF of that run), the terminal section and
 * `check` rules on distance fragmentation.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { run } from '../helpers/cli.js';
import { ACME, ACME_PEOPLE, analyzeJson, expectExit2 } from './analyze-helpers.js';

const STARS = 'fixtures/graphs/two-stars-bridge.csv';
const STARS_PEOPLE = 'fixtures/cli/two-stars-bridge.people.csv';
const ORG = 'fixtures/org-2000/interactions.csv';
const ORG_PEOPLE = 'fixtures/org-2000/people.csv';

describe('key-player options', () => {
  it('defaults: 20 candidates, 200 samples, echoed in meta.options; exact up to 500 people', async () => {
    const report = await analyzeJson([ACME, '--people', ACME_PEOPLE]);
    expect(report.meta.options).toMatchObject({ keyPlayers: 5, keyPlayerCandidates: 20, keyPlayerSamples: 200 });
    expect(report.meta.keyPlayers).toEqual({ method: 'exact', candidates: 20 });
  });

  it('--key-player-candidates C limits who is evaluated; fewer people than C: everyone', async () => {
    const report = await analyzeJson([STARS, '--key-player-candidates', '2', '--key-players', '5']);
    // The two centres have the only non-zero betweenness: with C = 2 the search stops after them.
    expect(report.org.keyPlayers.map((k) => k.id)).toEqual(['maria', 'omar']);
    expect(report.meta.keyPlayers).toEqual({ method: 'exact', candidates: 2 });
    expect((await analyzeJson([STARS])).meta.keyPlayers).toEqual({ method: 'exact', candidates: 10 });
  });

  it.each([
    ['--key-player-candidates', '0'],
    ['--key-player-samples', 'many'],
    ['--key-player-samples', '2.5'],
  ])('%s %s is a usage error', async (flag, value) => {
    const result = await run(['analyze', STARS, flag, value]);
    expectExit2(result);
    expect(result.stderr).toBe(`orgnet: ${flag} ${value}: expected a whole number ≥ 1\n`);
  });
});

describe('--remove of the first key player', () => {
  const firstThenRemoved = async (args: string[]) => {
    const report = await analyzeJson([...args, '--key-players', '1']);
    const first = report.org.keyPlayers[0]!;
    const without = await analyzeJson([...args, '--key-players', '1', '--remove', first.id]);
    return { report, first, without };
  };

  it('acme (exact): the organization DF of the run without them equals their entry', async () => {
    const { report, first, without } = await firstThenRemoved([ACME, '--people', ACME_PEOPLE]);
    expect(first.id).toBe('josé.pérez');
    expect(report.org.distanceFragmentation!).toBeLessThan(first.distanceFragmentation!);
    expect(without.org.distanceFragmentation).toBeCloseTo(first.distanceFragmentation!, 12);
    expect(without.org.fragmentation).toBeCloseTo(first.fragmentation, 12);
  });

  it('2,000 people (sampled): the same sources are drawn without them, so the figures still agree', async () => {
    const { report, first, without } = await firstThenRemoved([ORG, '--people', ORG_PEOPLE, '--betweenness-samples', '500']);
    expect(report.meta.keyPlayers).toEqual({ method: 'sampled', candidates: 20, samples: 200, seed: 42 });
    expect(without.meta.keyPlayers).toEqual(report.meta.keyPlayers);
    expect(without.org.distanceFragmentation).toBeCloseTo(first.distanceFragmentation!, 12);
  });
});

describe('the terminal resilience section', () => {
  it('two stars joined by a bridge: the centres, in hops, and whom each would cut off', async () => {
    const result = await run(['analyze', STARS, '--people', STARS_PEOPLE], { env: { COLUMNS: '240' } });
    expect(result.code).toBe(0);
    const text = result.stdout;
    // Org DF = 1 − (146/3)/90 = 0.4593 → 1/(1 − DF) = 1.85 hops. Without maria: DF 29/36 →
    // 36/7 = 5.14 hops, and 1 − 20/72 = 72.2% of the pairs cut off (none were before).
    expect(text).toContain('distance fragmentation 0.4593 (exact): people are on average 1.85 hops apart');
    expect(text).toMatch(/│ 1 │ maria +│ Sales +│ +0\.8056 │ +0\.7222 │ 5\.14 hops apart instead of 1\.85; 72\.2% more pairs cut off +│/);
    expect(text).toMatch(/│ 2 │ omar +│ Support +│ +1\.0000 │ +1\.0000 │ nobody can reach anybody any more +│/);
    // Then everyone is apart: the rest are picked by id, and the view says they change nothing.
    expect(text).toMatch(/│ 3 │ ana +│ Sales +│ +1\.0000 │ +1\.0000 │ no change: nobody could reach anybody already +│/);
    // maria: ana, ben, carla (Sales) and dev (Ops) drop out; omar: his four Support leaves.
    expect(text).toMatch(/│ maria +│ Sales +│ +4 │ Sales \(3\), Ops \(1\) +│/);
    expect(text).toMatch(/│ omar +│ Support +│ +4 │ Support \(4\) +│/);
  });
});

describe('check on distance fragmentation', () => {
  it('is a share: DF 0.4593 passes "<= 50%" and fails "< 0.4"', async () => {
    const pass = await run(['check', STARS, '--no-config', '--rule', 'distanceFragmentation <= 50%']);
    expect(pass.code).toBe(0);
    const fail = await run(['check', STARS, '--no-config', '--rule', 'org.distanceFragmentation < 0.4']);
    expect(fail.code).toBe(1);
  });
});

it('the JSON report lists the key players with both fragmentations', async () => {
  const report: Report = await analyzeJson([STARS]);
  expect(Object.keys(report.org.keyPlayers[0]!)).toEqual(['id', 'distanceFragmentation', 'fragmentation']);
  const keys = Object.keys(report.org);
  expect(keys.slice(keys.indexOf('cutPoints'))).toEqual(['cutPoints', 'fragmentation', 'distanceFragmentation', 'keyPlayers', 'reachPlayers', 'hierarchy']);
});
