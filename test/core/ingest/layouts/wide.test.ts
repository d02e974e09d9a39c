/**
 * Survey wide format (`--wide`). fixtures/input/wide-survey.csv (CRLF):
 *
 *   respondent,choice1,choice2,choice3
 *   ana,ben,carla,          → ana→ben, ana→carla              (2 nominations)
 *   ben,ana                 → ben→ana                         (1)
 *   carla,carla,ana,dora    → self-nomination, carla→ana, carla→dora (3)
 *   dora                    → names nobody: a person, no tie  (0)
 *   emil,,,                 → names nobody                    (0)
 *
 * Each nomination counts as one row: rowsRead 6 = used 5 + self-loops 1.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/base/errors.js';
import type { Interactions } from '../../../../src/core/model/ingest.js';
import { readWideSurvey } from '../../../../src/core/ingest/layouts/wide.js';
import { ROOT, runJson } from '../../../helpers/cli.js';
import { CHUNKINGS, errorOf, fixture, inputOptions, streamOf } from '../../../helpers/streams.js';

function ties(result: Interactions): string[] {
  const { ids, ties: t } = result;
  const out: string[] = [];
  for (let i = 0; i < t.size; i++) out.push(`${ids[t.source[i]!]}→${ids[t.target[i]!]}:${t.weight[i]}`);
  return out.sort();
}

describe('readWideSurvey', () => {
  it.each(CHUNKINGS)('reads one tie per named person (chunks of %s bytes)', async (chunk) => {
    const result = await readWideSurvey(streamOf(fixture('wide-survey.csv'), chunk), 'wide.csv', inputOptions());
    expect(ties(result)).toEqual(['ana→ben:1', 'ana→carla:1', 'ben→ana:1', 'carla→ana:1', 'carla→dora:1']);
    expect([...result.ids].sort()).toEqual(['ana', 'ben', 'carla', 'dora', 'emil']);
    expect(result.hasTime).toBe(false);
    const m = result.meta;
    expect([m.rowsRead, m.rowsUsed, m.skippedRows, m.selfLoops, m.filteredRows]).toEqual([6, 5, 0, 1, 0]);
    expect(m.columns).toEqual({ source: 'respondent', target: 'choice1|choice2|choice3', weight: null, timestamp: null, relation: null, event: null, person: null });
  });

  it('flips every nomination with --reverse', async () => {
    const result = await readWideSurvey(streamOf(fixture('wide-survey.csv')), 'wide.csv', inputOptions({ reverse: true }));
    expect(ties(result)).toEqual(['ana→ben:1', 'ana→carla:1', 'ben→ana:1', 'carla→ana:1', 'dora→carla:1']);
  });

  it('filters the nominations of and to removed people', async () => {
    // carla's 3 nominations and ana→carla are filtered: 6 = used 2 + filtered 4.
    const result = await readWideSurvey(streamOf(fixture('wide-survey.csv')), 'wide.csv', inputOptions({ remove: ['carla'] }));
    expect(ties(result)).toEqual(['ana→ben:1', 'ben→ana:1']);
    const m = result.meta;
    expect([m.rowsRead, m.rowsUsed, m.skippedRows, m.selfLoops, m.filteredRows]).toEqual([6, 2, 0, 0, 4]);
  });

  it('reports a row without a respondent at its line, strict and lenient', async () => {
    const text = 'respondent,c1\nana,ben\n,ana\n';
    const error = await errorOf(readWideSurvey(streamOf(text), 'w.csv', inputOptions()));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).lines()).toEqual(['w.csv:3: missing respondent (the first column)']);
    const rejects: unknown[] = [];
    const result = await readWideSurvey(streamOf(text), 'w.csv', inputOptions({ lenient: true }), { onReject: (r) => rejects.push(r) });
    expect([result.meta.rowsRead, result.meta.rowsUsed, result.meta.skippedRows]).toEqual([2, 1, 1]);
    expect(rejects).toEqual([{ line: 3, reason: 'missing respondent (the first column)', raw: ',ana' }]);
  });

  it('refuses --since, --until and --relation, which need columns a wide file has not', async () => {
    const error = await errorOf(readWideSurvey(streamOf(fixture('wide-survey.csv')), 'w.csv', inputOptions({ since: 0 })));
    expect((error as InputError).message).toMatch(/--since, --until and --relation do not apply/);
  });
});

describe('orgnet analyze --wide', () => {
  it('analyses a survey file end to end', async () => {
    const result = await runJson<{ org: { people: number; ties: number; isolates: number; reciprocity: number } }>(['analyze', `${ROOT}/fixtures/input/wide-survey.csv`, '--wide', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = result.json;
    // 5 people, 5 ties, emil isolated; mutual pairs ana↔ben, ana↔carla → 4 of 5 ties reciprocated.
    expect(report.org).toMatchObject({ people: 5, ties: 5, isolates: 1, reciprocity: 0.8 });
  });
});
