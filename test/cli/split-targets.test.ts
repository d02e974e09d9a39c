/**
 * `--split-targets SEP` (docs/input.md): a target cell listing several recipients, the way e-mail
 * exports write the To field. Expected values are worked by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { run } from '../helpers/cli.js';
import { analyzeJson, expectExit2, expectRowsAddUp, readCsv } from './analyze-helpers.js';

const RULES = 'fixtures/input/split-targets-counting-rules.csv';

describe('every counting rule of docs/input.md for several recipients', () => {
  // --split-targets ";" --max-event-size 3 --remove zoe --relation email --lenient, 13 rows:
  //   line 2  ana → ben, carla (weight 2)        used, 2 deliveries
  //   line 3  ben → ana, ana, ""                  used, 1 delivery (names are distinct, empty ones ignored)
  //   line 4  carla → carla                       self-loop row, 1 self-delivery
  //   line 5  dan → dan, ana                      used, 1 delivery, 1 self-delivery
  //   line 6  ana → p1 … p4                       broadcast (4 > 3): filtered; p1…p4 are nobody
  //   line 7  ana → zoe                           every delivery to a removed person: filtered
  //   line 8  ana → zoe, ana                      filtered (not a self-loop: zoe was a recipient), 1 self-delivery
  //   line 9  ben → carla, zoe                    used, 1 delivery (zoe's dropped)
  //   line 10 ben → carla, relation chat          filtered by --relation
  //   lines 11–13 no source, no name, bad weight  skipped
  //   line 14 zoe → ana, ben                      sender removed: filtered
  // rowsUsed 4 + skipped 3 + selfLoops 1 + filtered 5 = 13; deliveries 2 + 1 + 1 + 1 = 5; self 3.
  const args = [RULES, '--split-targets', ';', '--max-event-size', '3', '--remove', 'zoe', '--relation', 'email', '--lenient', '--quiet'];

  it('meta.input counts rows once and deliveries, broadcasts and self-deliveries apart', async () => {
    const report = await analyzeJson(args);
    expect(report.meta.input).toMatchObject({
      rowsRead: 13, rowsUsed: 4, skippedRows: 3, selfLoops: 1, filteredRows: 5,
      deliveries: 5, broadcasts: 1, selfDeliveries: 3, events: null,
      relations: { chat: 1, email: 9 },
    });
    expectRowsAddUp(report);
  });

  it('one tie per delivery with the row weight; org.interactions stays rows used', async () => {
    const r = await run(['analyze', ...args, '--format', 'csv', '--table', 'ties']);
    expect(readCsv(r.stdout).map((row) => row.slice(0, 4))).toEqual([
      ['source', 'target', 'weight', 'count'],
      ['ana', 'ben', '2', '1'],
      ['ana', 'carla', '2', '1'],
      ['ben', 'ana', '1', '1'],
      ['ben', 'carla', '1', '1'],
      ['dan', 'ana', '1', '1'],
    ]);
    const report = await analyzeJson(args);
    // Names seen only in the broadcast (p1…p4) and the removed zoe are not people.
    expect(report.people.map((p) => p.id)).toEqual(['ana', 'ben', 'carla', 'dan']);
    expect(report.org).toMatchObject({ ties: 5, interactions: 4, totalWeight: 7 });
  });

  it('deliveries in or out are the activity: ana 2 + 2 out, 1 + 1 in', async () => {
    const report = await analyzeJson(args);
    // The rows fall on a few days of January, which the window covers only in part: no complete
    // month, so no active period is counted (the interactions are).
    expect(report.people.map((p) => [p.id, p.activity.interactions, p.activity.activePeriods])).toEqual([
      ['ana', 6, 0],
      ['ben', 4, 0],
      ['carla', 3, 0],
      ['dan', 1, 0],
    ]);
    // All in January: one month, interactions = Σ delivery weights = 7.
    expect(report.activity.series.map((s) => [s.period, s.interactions, s.activePeople, s.newTies])).toEqual([['2026-01', 7, 4, 5]]);
  });

  it('warns that a broadcast made no tie', async () => {
    const r = await run(['analyze', ...args.filter((a) => a !== '--quiet'), '--format', 'json']);
    expect(r.stderr).toContain(`orgnet: warning: ${RULES}: 1 row naming more than 3 people made no tie (broadcasts; --max-event-size N raises the bound)\n`);
  });
});

describe('--split-targets with the other flags', () => {
  const mail = 'from,to\nana,"ben; carla"\nben,ana\n';

  it('--reverse flips each delivery', async () => {
    const r = await run(['analyze', '-', '--split-targets', ';', '--reverse', '--format', 'csv', '--table', 'ties'], { stdin: mail });
    expect(readCsv(r.stdout).map((row) => row.slice(0, 3))).toEqual([['source', 'target', 'weight'], ['ana', 'ben', '1'], ['ben', 'ana', '1'], ['carla', 'ana', '1']]);
  });

  it('--undirected makes each delivery an undirected tie', async () => {
    const report = await analyzeJson(['-', '--split-targets', ';', '--undirected', '--quiet'], { stdin: mail });
    // ana–ben twice (ana → ben, ben → ana) = weight 2; ana–carla = 1.
    expect(report.org).toMatchObject({ ties: 2, interactions: 2, totalWeight: 3, reciprocity: null });
    expect(report.meta.input).toMatchObject({ deliveries: 3, rowsUsed: 2 });
  });

  it('the default broadcast bound is 50 distinct names', async () => {
    const names = Array.from({ length: 51 }, (_, i) => `p${i}`).join(';');
    const report = await analyzeJson(['-', '--split-targets', ';', '--quiet'], { stdin: `from,to\nana,"${names}"\nana,ben\n` });
    expect(report.meta.input).toMatchObject({ broadcasts: 1, filteredRows: 1, rowsUsed: 1, deliveries: 1 });
  });

  it('a cell with no name left is a bad row; --split-targets does not apply to --wide', async () => {
    const r = await run(['analyze', '-', '--split-targets', ';'], { stdin: 'from,to\nana," ; "\n' });
    expectExit2(r);
    expect(r.stderr).toBe('<stdin>:2: no name in the target cell ";" split on ";"\n');
    const wide = await run(['analyze', 'fixtures/input/wide-survey.csv', '--wide', '--split-targets', ';']);
    expectExit2(wide);
    expect(wide.stderr).toBe('orgnet: --split-targets does not apply to --wide surveys: each cell already names one person\n');
  });

  it('meta.options records the separator', async () => {
    const report: Report = await analyzeJson(['-', '--split-targets', ';', '--quiet'], { stdin: mail });
    expect(report.meta.options).toMatchObject({ splitTargets: ';', maxEventSize: 50, events: false, undirected: false });
  });
});
