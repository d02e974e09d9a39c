/**
 * Bad input through the command line (docs/input.md#bad-input, docs/ci.md#exit-codes): exit 2, `FILE:LINE: message` lines
 * (header = line 1) or one clear line, nothing on stdout, never a stack trace.
 */
import { describe, expect, test } from 'vitest';
import { run } from '../helpers/cli.js';
import { expectExit2 } from './analyze-helpers.js';

const INPUT = 'fixtures/input';

describe('strict mode (the default): a bad row stops the run', () => {
  test('every problem as FILE:LINE: message', async () => {
    const r = await run(['analyze', `${INPUT}/bad-weight.csv`, '--format', 'json']);
    expectExit2(r);
    expect(r.stderr).toBe(
      [
        `${INPUT}/bad-weight.csv:3: bad weight "abc": expected a number > 0`,
        `${INPUT}/bad-weight.csv:4: bad weight "0": expected a number > 0`,
        `${INPUT}/bad-weight.csv:5: bad weight "-2": expected a number > 0`,
        '',
      ].join('\n'),
    );
  });

  test('at most 10 problems, then a count of the rest', async () => {
    const r = await run(['analyze', `${INPUT}/thirteen-bad-rows.csv`]);
    expectExit2(r);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    // rows 2–14 hold bad0 … bad12: lines 2–11 shown, 3 more counted
    expect(lines[0]).toBe(`${INPUT}/thirteen-bad-rows.csv:2: bad weight "bad0": expected a number > 0`);
    expect(lines[9]).toBe(`${INPUT}/thirteen-bad-rows.csv:11: bad weight "bad9": expected a number > 0`);
    expect(lines[10]).toBe(`${INPUT}/thirteen-bad-rows.csv: … and 3 more problems`);
  });

  test('wrong field counts and bad timestamps, with their physical lines', async () => {
    const fields = await run(['analyze', `${INPUT}/wrong-field-count.csv`]);
    expectExit2(fields);
    expect(fields.stderr).toBe(
      `${INPUT}/wrong-field-count.csv:3: expected 3 fields, found 2\n${INPUT}/wrong-field-count.csv:4: expected 3 fields, found 4\n`,
    );
    const time = await run(['analyze', `${INPUT}/bad-timestamp.csv`]);
    expectExit2(time);
    expect(time.stderr.split('\n')[0]).toBe(`${INPUT}/bad-timestamp.csv:3: bad timestamp "yesterday": expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)`);
  });

  test('a bad row in the people file is reported against that file', async () => {
    const r = await run(['analyze', 'fixtures/cli/triangle-plus-one.csv', '--people', `${INPUT}/people-duplicate-ids.csv`]);
    expectExit2(r);
    // line 3 has an empty id; line 5 repeats ana from line 2
    expect(r.stderr.split('\n').map((l) => l.split(': ')[0])).toEqual([
      `${INPUT}/people-duplicate-ids.csv:3`,
      `${INPUT}/people-duplicate-ids.csv:5`,
      '',
    ]);
  });
});

describe('files that cannot be analysed: one line, exit 2', () => {
  const cases: [string, string][] = [
    ['missing.csv', 'missing.csv: no such file'],
    [INPUT, `${INPUT}: is a directory: expected a CSV file`],
    [`${INPUT}/empty.csv`, `${INPUT}/empty.csv: empty file: expected a header row and data rows`],
    [`${INPUT}/header-only.csv`, `${INPUT}/header-only.csv: header only: no data rows below the header`],
    [`${INPUT}/binary-garbage.png`, `${INPUT}/binary-garbage.png: binary data (NUL bytes): expected a CSV text file`],
  ];
  test.each(cases)('%s', async (file, message) => {
    const r = await run(['analyze', file]);
    expectExit2(r);
    expect(r.stderr).toBe(`${message}\n`);
  });

  test('a missing column lists the columns that were found', async () => {
    const r = await run(['analyze', `${INPUT}/missing-target-column.csv`]);
    expectExit2(r);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/no target column: expected one of target, to, .*; columns found: sender, subject, body\n$/);
  });

  test('a missing people file is named as such', async () => {
    const r = await run(['analyze', 'fixtures/cli/triangle-plus-one.csv', '--people', 'nobody.csv']);
    expectExit2(r);
    expect(r.stderr).toBe('nobody.csv: no such file\n');
  });

  test('--lenient does not turn an unreadable file into a success', async () => {
    const r = await run(['analyze', `${INPUT}/empty.csv`, '--lenient']);
    expectExit2(r);
  });
});
