/**
 * The reading hooks every reader takes (types.ts `ReadHooks`): an observer sees the header and
 * every data record with its physical line, before the reader; `onProblem` receives every bad row,
 * and with it a strict reader goes on to the end instead of stopping, counting them as skipped.
 */
import { describe, expect, test } from 'vitest';
import type { Problem } from '../../../../src/core/model/ingest.js';
import { readEvents } from '../../../../src/core/ingest/layouts/events.js';
import { readInteractions } from '../../../../src/core/ingest/layouts/interactions.js';
import { readPeople } from '../../../../src/core/ingest/layouts/people.js';
import type { ReadHooks, RecordObserver } from '../../../../src/core/model/ingest.js';
import { readWideSurvey } from '../../../../src/core/ingest/layouts/wide.js';
import { CHUNKINGS, fixture, inputOptions, streamOf } from '../../../helpers/streams.js';

function watcher() {
  const seen = { header: [] as string[], delimiter: '', records: [] as [number, string[]][] };
  const observer: RecordObserver = {
    header: (names, delimiter) => Object.assign(seen, { header: [...names], delimiter }),
    record: (fields, line) => seen.records.push([line, [...fields]]),
  };
  return { seen, observer };
}

describe('observer', () => {
  test.each(CHUNKINGS)('sees the header, then each record at its physical line (chunks of %s bytes)', async (chunk) => {
    const { seen, observer } = watcher();
    await readInteractions(streamOf(fixture('crlf-quoted-newline.csv'), chunk), 'f.csv', inputOptions({ lenient: true }), { observer });
    expect(seen.header).toEqual(['source', 'target', 'note', 'weight']);
    expect(seen.delimiter).toBe(',');
    // line 3 holds a field over three lines, so the next record starts on line 6
    expect(seen.records).toEqual([
      [2, ['ana', 'ben', 'a note, with a comma', '1']],
      [3, ['ben', 'carla', 'line one\r\nline two\r\nline three', '2']],
      [6, ['carla', 'ana', 'plain', 'x']],
    ]);
  });

  test('blank lines are not records; the wide, events and people readers are observed too', async () => {
    const blank = watcher();
    await readInteractions(streamOf(fixture('blank-lines.csv')), 'f.csv', inputOptions({ lenient: true }), { observer: blank.observer });
    // header on line 3; records on 5, 9 (`ben,ana`) and 10 (`,carla`); lines 4, 6, 7, 8 are blank
    expect(blank.seen.records.map(([line]) => line)).toEqual([5, 9, 10]);
    const wide = watcher();
    await readWideSurvey(streamOf(fixture('wide-survey.csv')), 'w.csv', inputOptions({ wide: true }), { observer: wide.observer });
    expect(wide.seen.records.map(([line, f]) => `${line}:${f[0]}`)).toEqual(['2:ana', '3:ben', '4:carla', '5:dora', '6:emil']);
    const events = watcher();
    await readEvents(streamOf(fixture('events-two-meetings.csv')), 'e.csv', inputOptions({ events: true, undirected: true }), { observer: events.observer });
    expect(events.seen.header).toEqual(['meeting', 'attendee']);
    expect(events.seen.records).toHaveLength(5);
    const people = watcher();
    await readPeople(streamOf(fixture('people-basic.csv')), 'p.csv', { remove: [], observer: people.observer });
    expect(people.seen.records.map(([line, f]) => `${line}:${f[0]}`)).toEqual(['2:ana', '3:ben', '4:carla', '5:dan']);
  });
});

describe('onProblem', () => {
  const collect = () => {
    const problems: Problem[] = [];
    const hooks: ReadHooks = { onProblem: (p) => problems.push(p) };
    return { problems, hooks };
  };

  test('a strict reader hands over every bad row and reads on: all 13, not the first 10', async () => {
    const { problems, hooks } = collect();
    const result = await readInteractions(streamOf(fixture('thirteen-bad-rows.csv')), 'f.csv', inputOptions(), hooks);
    expect(problems).toHaveLength(13);
    expect(problems[12]).toEqual({ line: 14, message: 'bad weight "bad12": expected a number > 0' });
    // 14 rows: 13 bad (lines 2–14), the last one (ana,ben) used
    expect(result.meta).toMatchObject({ rowsRead: 14, rowsUsed: 1, skippedRows: 13 });
    // the readers' own "skipped N bad rows" warning is left to the caller
    expect(result.warnings).toEqual([]);
  });

  test('the people file: every bad row, and the good ones kept', async () => {
    const { problems, hooks } = collect();
    const people = await readPeople(streamOf(fixture('people-duplicate-ids.csv')), 'p.csv', { remove: [], ...hooks });
    expect(problems).toEqual([
      { line: 3, message: 'missing id' },
      { line: 5, message: 'duplicate id "ana" (first on line 2)' },
    ]);
    expect(people.ids).toEqual(['ana', 'ben']);
  });

  test('the wide and events readers hand over their bad rows too', async () => {
    const wide = collect();
    await readWideSurvey(streamOf('respondent,c1\n,ben\nana,ben\n'), 'w.csv', inputOptions({ wide: true }), wide.hooks);
    expect(wide.problems).toEqual([{ line: 2, message: 'missing respondent (the first column)' }]);
    const events = collect();
    await readEvents(streamOf(fixture('events-counting-rules.csv')), 'e.csv', inputOptions({ events: true, undirected: true }), events.hooks);
    expect(events.problems.map((p) => p.line)).toEqual([18, 19, 20]);
  });
});

test('an unreadable record (a quote that never closes) is announced at its line', async () => {
  const lines: number[] = [];
  const observer: RecordObserver = { header: () => undefined, record: (_f, line) => lines.push(line), malformed: (line) => lines.push(-line) };
  await readInteractions(streamOf(fixture('unclosed-quote.csv')), 'f.csv', inputOptions({ lenient: true }), { observer });
  // line 2 is read; the quote opened on line 3 swallows the rest
  expect(lines).toEqual([2, -3]);
});
