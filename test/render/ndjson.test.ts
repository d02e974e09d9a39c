/**
 * The NDJSON renderer (docs/outputs.md) on the hand-built report: one line per row, the rows exactly as
 * the JSON report holds them, the ties as the CSV ties columns, and no line broken by a name.
 */
import { describe, expect, test } from 'vitest';
import { renderContext, TABLES, type TableName } from '../../src/render/context.js';
import { renderNdjson } from '../../src/render/ndjson.js';
import { textOf } from '../../src/render/output.js';
import { sampleAnalysis } from './fixture.js';

const ndjson = (table: TableName, analysis = sampleAnalysis()) => textOf(renderNdjson(analysis, renderContext({ table })));
const parsed = (text: string) => text.split('\n').slice(0, -1).map((line) => JSON.parse(line) as unknown);

describe('renderNdjson', () => {
  test('each table: one line per row, equal to the report rows', () => {
    const { report } = sampleAnalysis();
    const rows: Record<Exclude<TableName, 'ties'>, unknown[]> = {
      people: report.people, groups: report.groups, communities: report.communities,
      activity: report.activity.series, mixing: report.mixing, windows: report.windows ?? [], attributes: [],
    };
    for (const table of TABLES) {
      if (table === 'ties') continue;
      // JSON has no NaN: the sample's NaN PageRank is null, as JSON.stringify writes it
      expect(parsed(ndjson(table)), table).toEqual(JSON.parse(JSON.stringify(rows[table])));
    }
  });

  test('ties: the CSV ties columns, times as ISO-8601 or null', () => {
    expect(parsed(ndjson('ties'))).toEqual([
      { source: '=cmd', target: '"Q, R"', weight: 1, count: 1, first: null, last: null },
      { source: 'ana', target: '=cmd', weight: 2, count: 2, first: '2026-01-05T09:00:00.000Z', last: '2026-02-09T17:30:00.000Z' },
    ]);
  });

  test('a line separator or a newline inside a name never splits a record', () => {
    const analysis = sampleAnalysis();
    analysis.report.people[0]!.id = 'a\u2028b\u2029c\nd';
    const text = ndjson('people', analysis);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(text.split('\n')).toHaveLength(4 + 1);
    expect(text.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(4 + 1); // what Python's splitlines() would see
    expect((parsed(text)[0] as { id: string }).id).toBe('a\u2028b\u2029c\nd');
  });
});
