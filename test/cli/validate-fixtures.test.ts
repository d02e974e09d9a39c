/**
 * `orgnet validate` on every fixture under fixtures/input/: the exact problems with their lines,
 * and the counts, worked by hand from each file (the comments show how). A fixture added without
 * an expectation here fails the last test, so none is left unchecked.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { InteractionsCheck, Validation } from '../../src/core/model/validation.js';
import { ROOT } from '../helpers/cli.js';
import { problemsOf, validate } from './validate-helpers.js';

const INPUT = 'fixtures/input';
const at = (name: string) => `${INPUT}/${name}`;

interface Expected {
  args?: string[];
  problems: string[];
  rows?: Partial<NonNullable<InteractionsCheck['rows']>>;
  network?: Partial<NonNullable<InteractionsCheck['network']>>;
  more?: (v: Validation) => void;
}

const NO_SOURCE = (found: string) =>
  `-: no source column: expected one of source, from, sender, giver, ego, respondent, requester, origen, emisor, de, remitente (or --source-col NAME); columns found: ${found}`;
const NO_TARGET = (found: string) =>
  `-: no target column: expected one of target, to, recipient, receiver, alter, nominee, adviser, destino, receptor, para, destinatario (or --target-col NAME); columns found: ${found}`;
const NOT_UTF8 = (line: number, byte: string, after: string) =>
  `${line}: not valid UTF-8 (byte ${byte} after "${after}"): the file is in another encoding; try --encoding windows-1252 (what Excel writes on Spanish or Western-European Windows) or --encoding latin1`;

const roles = (v: Validation) => v.interactions.columns?.map((c) => `${c.name}=${c.role ?? '-'}`).join(' ');

const CASES: Record<string, Expected> = {
  // lines 2–4: line 3 "yesterday", line 4 a 30th of February; line 2 used
  'bad-timestamp.csv': {
    problems: ['3: bad timestamp "yesterday": expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)', '4: bad timestamp "2026-02-30": expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)'],
    rows: { records: 3, read: 3, used: 1, bad: 2 },
    // One day of January in the window: 1/31 of the month.
    more: (v) => expect(v.interactions.time).toEqual({
      column: 'timestamp', first: '2026-01-15T00:00:00.000Z', last: '2026-01-15T00:00:00.000Z', period: 'month', periods: 1,
      clock: 'calendar', dateOrder: null, partial: [{ period: '2026-01', coverage: 1 / 31 }],
    }),
  },
  // Every date reads both ways (01/02, 02/01, 03.04): no order can be decided; line 2 holds the first.
  'dates-ambiguous.csv': {
    problems: ['2: every date reads both day first and month first ("01/02/2025" on this line), and no date says which: give --time-format "%d/%m/%Y %H:%M" (day first) or --time-format "%m/%d/%Y %H:%M" (month first)'],
    more: (v) => expect(v.interactions.complete).toBe(false),
  },
  // 01/13/2025 can only be month first: January 2 and 5, January 13, February 1.
  'dates-month-first.csv': {
    problems: [],
    rows: { read: 4, used: 4 },
    more: (v) => expect(v.interactions.time).toMatchObject({ first: '2025-01-02T09:00:00.000Z', last: '2025-02-01T00:00:00.000Z', dateOrder: 'month-first', periods: 2 }),
  },
  // Read with its id columns named: msgs (numbers) and sent (dates) are not read, and each is named.
  'unused-weight-and-time.csv': {
    args: ['--source-col', 'from_user', '--target-col', 'to_user'],
    problems: [],
    more: (v) => {
      expect(v.interactions.unusedColumns).toEqual(['msgs', 'sent', 'thread_id']);
      expect(v.notes.map((n) => n.replace(/^[^:]*: /, ''))).toEqual([
        'column "msgs" looks like a weight (numbers) and is not read, so every row counts 1: --weight-col "msgs" reads it',
        'column "sent" looks like a time and is not read, so there is no activity over time: --time-col "sent" reads it',
      ]);
    },
  },
  'bad-weight.csv': {
    problems: ['3: bad weight "abc": expected a number > 0', '4: bad weight "0": expected a number > 0', '5: bad weight "-2": expected a number > 0'],
    rows: { records: 4, read: 4, used: 1, bad: 3 },
    network: { people: 2, ties: 1, isolates: 0 },
  },
  'binary-garbage.png': { problems: ['-: binary data (NUL bytes): expected a CSV text file'], more: (v) => expect(v.interactions.rows).toBeNull() },
  // header on line 3 after two blank lines; records on lines 5, 9 and 10 (4, 6, 7 `,,` and 8 are blank)
  'blank-lines.csv': { problems: ['10: missing source'], rows: { records: 3, read: 3, used: 2, bad: 1 }, network: { people: 2, ties: 2 } },
  'blank-only.csv': { problems: ['-: empty file: expected a header row and data rows'] },
  // ana→ben 1,5 + 0,5 and ben→ana 2: two ties; the BOM is stripped from "Origen"
  'bom-semicolon-decimal-comma.csv': {
    problems: [],
    rows: { records: 3, used: 3 },
    network: { people: 2, ties: 2 },
    more: (v) => {
      expect(v.interactions).toMatchObject({ delimiter: ';', delimiterGiven: false, encoding: 'utf8' });
      expect(roles(v)).toBe('Origen=source Destino=target Peso=weight');
    },
  },
  // ties ana→ben (2 rows), ben→ana, ana→carla, carla→ana; `ana,ben,2` and `ana,ben,3` are different rows
  'comma-basic.csv': { problems: [], rows: { records: 5, read: 5, used: 5, bad: 0, selfLoops: 0 }, network: { people: 3, ties: 4, isolates: 0 }, more: (v) => expect(v.interactions.duplicates?.rows).toBe(0) },
  // record 2 holds three lines (3–5) in a quoted field, so the last record is on line 6
  'crlf-quoted-newline.csv': {
    problems: ['6: bad weight "x": expected a number > 0'],
    rows: { records: 3, used: 2, bad: 1 },
    more: (v) => expect(roles(v)).toBe('source=source target=target note=- weight=weight'),
  },
  'empty.csv': { problems: ['-: empty file: expected a header row and data rows'] },
  // As an --events file: see the events test below. Read as interactions it has no source column.
  'events-counting-rules.csv': { problems: [NO_SOURCE('event, person, date, type')] },
  'events-two-meetings.csv': {
    args: ['--events'],
    problems: [],
    // m1 {ana, ben, carla} makes 3 pairs, m2 {ana, ben} one of them again
    rows: { read: 5, used: 5 },
    network: { people: 3, ties: 3, isolates: 0 },
    more: (v) => expect(v.interactions.events).toEqual({ read: 2, used: 2, tooSmall: 0, tooLarge: 0 }),
  },
  'header-only.csv': { problems: ['-: header only: no data rows below the header'], more: (v) => expect(roles(v)).toBe('source=- target=- weight=-') },
  'missing-target-column.csv': { problems: [NO_TARGET('sender, subject, body')] },
  'one-row.csv': { problems: [], rows: { records: 1, read: 1, used: 1 }, network: { people: 2, ties: 1 } },
  // ana, ben, carla of comma-basic.csv are listed; dan has no row
  'people-basic.csv': {
    args: ['--people', at('people-basic.csv')],
    problems: [],
    more: (v) => {
      expect(v.crossCheck).toEqual({ unknownIds: { count: 0, first: [] }, withoutInteractions: { count: 1, first: ['dan'] } });
      expect(v.people?.rows).toEqual({ records: 4, people: 4, bad: 0, removed: 0 });
      // Sales, IT; carla's cell is empty
      expect(v.people?.groups).toEqual({ column: 'department', groups: 2, withoutGroup: 1 });
      expect(v.people?.columns).toEqual([{ name: 'id', role: 'id' }, { name: 'department', role: 'group' }, { name: 'role', role: 'attribute' }]);
      // 3 people of the interactions + dan, who is an isolate
      expect(v.interactions.network).toEqual({ people: 4, ties: 4, tiesDropped: 0, isolates: 1 });
    },
  },
  // line 3 has no id, line 5 repeats ana of line 2
  'people-duplicate-ids.csv': {
    args: ['--people', at('people-duplicate-ids.csv')],
    problems: ['3: missing id', '5: duplicate id "ana" (first on line 2)'],
    more: (v) => {
      expect(v.problems.every((p) => p.file === at('people-duplicate-ids.csv'))).toBe(true);
      expect(v.people?.rows).toEqual({ records: 4, people: 2, bad: 2, removed: 0 });
      // carla of comma-basic.csv is not among ana and ben
      expect(v.crossCheck?.unknownIds).toEqual({ count: 1, first: ['carla'] });
    },
  },
  // ids are e-mails (the `email` alias), none of them the names in comma-basic.csv: --allow-unmatched goes on
  'people-no-group.csv': {
    args: ['--people', at('people-no-group.csv'), '--allow-unmatched'],
    problems: [],
    more: (v) => {
      expect(v.people?.groups).toEqual({ column: null, groups: 0, withoutGroup: 2 });
      expect(v.crossCheck).toEqual({ unknownIds: { count: 3, first: ['ana', 'ben', 'carla'] }, withoutInteractions: { count: 2, first: ['ana@x.org', 'ben@x.org'] } });
    },
  },
  // with utf8-names.csv: José Pérez and 李雷 are listed, Zoë is not
  'people-spanish-headers.csv': {
    args: ['--people', at('people-spanish-headers.csv')],
    problems: [],
    more: (v) => {
      expect(v.people).toMatchObject({ delimiter: ';', encoding: 'utf8' });
      expect(v.people?.columns).toEqual([{ name: 'Nombre', role: 'id' }, { name: 'Área', role: 'group' }, { name: 'Cargo', role: 'attribute' }]);
      expect(v.crossCheck?.unknownIds).toEqual({ count: 1, first: ['Zoë'] });
    },
  },
  'pipe-delimited.csv': { problems: [], rows: { used: 2 }, more: (v) => expect(roles(v)).toBe('sender=source recipient=target frequency=weight') },
  // records start on lines 2, 4 and 6 (quoted line breaks in 2 and 4)
  'quoted-newline.csv': { problems: ['6: missing target'], rows: { records: 3, used: 2, bad: 1 } },
  'relations.csv': {
    args: ['--relation', 'advice'],
    problems: [],
    // `advice` and `Advice` are kept; friendship, the empty cell and email are filtered
    rows: { read: 5, used: 2, filtered: 3 },
    more: (v) => expect(v.interactions.relations).toEqual({ '(none)': 1, Advice: 1, advice: 1, email: 1, friendship: 1 }),
  },
  // line 2 is repeated on lines 3, 4 (quoted and padded: the same cells) and 8, line 6 on 7, the
  // self-loop of line 9 on 10; line 5 differs from line 2 in the note only, which is enough
  'repeated-rows.csv': {
    problems: [],
    rows: { read: 9, used: 7, selfLoops: 2 },
    network: { people: 3, ties: 2, isolates: 1 },
    more: (v) =>
      expect(v.interactions.duplicates).toEqual({
        rows: 5,
        distinct: 4,
        complete: true,
        examples: [{ line: 3, firstLine: 2 }, { line: 4, firstLine: 2 }, { line: 7, firstLine: 6 }, { line: 8, firstLine: 2 }, { line: 10, firstLine: 9 }],
      }),
  },
  // ana,ana and ben,ben are self-loops; ben also has the tie ana→ben
  'self-loops.csv': { problems: [], rows: { read: 3, used: 1, selfLoops: 2 }, network: { people: 2, ties: 1, isolates: 0 } },
  // see the split-targets test below; read with one id per cell, line 11 and 13 are still bad
  'split-targets-counting-rules.csv': { problems: ['11: missing source', '13: bad weight "x": expected a number > 0'], rows: { read: 13, bad: 2 } },
  'tab-delimited.tsv': { problems: [], rows: { used: 2 }, more: (v) => expect(v.interactions.delimiter).toBe('\t') },
  // bad0 … bad12 on lines 2–14; the last row is used
  'thirteen-bad-rows.csv': {
    problems: Array.from({ length: 13 }, (_, i) => `${i + 2}: bad weight "bad${i}": expected a number > 0`),
    rows: { records: 14, read: 14, used: 1, bad: 13 },
  },
  // 2026-01-15 at 00:00 UTC first; the latest is 10:30:00.250 (12:30+02:00 and 07:00-03:30 are 10:30 UTC)
  'timestamps-mixed.csv': {
    problems: [],
    rows: { used: 7 },
    network: { people: 3, ties: 6 },
    more: (v) => expect(v.interactions.time).toMatchObject({ first: '2026-01-15T00:00:00.000Z', last: '2026-01-15T10:30:00.250Z', periods: 1 }),
  },
  // line 2 is read; the quote opened on line 3 never closes and takes line 4 with it
  'unclosed-quote.csv': { problems: ['3: unclosed quote: the field opened on this line never closes'], rows: { records: 2, read: 2, used: 1, bad: 1 } },
  // a UTF-16 LE header `source` and nothing else
  'utf16.csv': { problems: [NO_TARGET('source')] },
  'utf16be-bom.csv': { problems: [], rows: { used: 4 }, network: { people: 5, ties: 4 }, more: (v) => expect(v.interactions.encoding).toBe('utf16be') },
  'utf16le-bom.tsv': { problems: [], rows: { used: 4 }, more: (v) => expect(v.interactions).toMatchObject({ encoding: 'utf16le', delimiter: '\t' }) },
  'utf16le-no-bom.csv': { problems: ['-: UTF-16 LE text without a byte-order mark: add --encoding utf16le'] },
  'utf8-names.csv': { problems: [], rows: { used: 3 }, network: { people: 3, ties: 3 } },
  // `Peña` on line 4 is one windows-1252 byte 0xF1
  'utf8-with-one-cp1252-line.csv': { problems: [NOT_UTF8(4, '0xF1', 'Pe')], more: (v) => expect(v.interactions.complete).toBe(false) },
  // nominations: ana→ben, ana→carla, ben→ana, carla→carla (self), carla→ana, carla→dora; emil names nobody
  'wide-survey.csv': {
    args: ['--wide'],
    problems: [],
    rows: { records: 5, read: 6, used: 5, selfLoops: 1 },
    network: { people: 5, ties: 5, isolates: 1 },
    more: (v) => expect(roles(v)).toBe('respondent=source choice1=target choice2=target choice3=target'),
  },
  // `José` on line 2 is written with the single byte 0xE9
  'windows-1252-names.csv': { problems: [NOT_UTF8(2, '0xE9', 'Jos')] },
  // The people file's encoding is detected on its own: not UTF-8, so windows-1252. Its ids (José…) are
  // not comma-basic.csv's: --allow-unmatched; --people-encoding utf8 says otherwise, and is refused.
  'windows-1252-people.csv': {
    args: ['--people', at('windows-1252-people.csv'), '--allow-unmatched'],
    problems: [],
    more: (v) => expect(v.people).toMatchObject({ encoding: 'windows-1252', encodingDetected: true }),
  },
  'wrong-field-count.csv': { problems: ['3: expected 3 fields, found 2', '4: expected 3 fields, found 4'], rows: { read: 3, used: 1, bad: 2 } },
};

/** People fixtures are checked as --people next to an interactions file whose ids fit them. */
const PARTNER: Record<string, string> = {
  'people-basic.csv': 'comma-basic.csv',
  'people-duplicate-ids.csv': 'comma-basic.csv',
  'people-no-group.csv': 'comma-basic.csv',
  'people-spanish-headers.csv': 'utf8-names.csv',
  'windows-1252-people.csv': 'comma-basic.csv',
};

describe('validate, every fixture of fixtures/input', () => {
  test.each(Object.entries(CASES))('%s', async (name, expected) => {
    const file = PARTNER[name] ?? name;
    const { v } = await validate([at(file), ...(expected.args ?? [])]);
    expect(problemsOf(v)).toEqual(expected.problems);
    expect(v.valid).toBe(expected.problems.length === 0);
    expect(v.errors).toBe(expected.problems.length);
    if (PARTNER[name] === undefined) expect(v.problems.every((p) => p.file === at(name))).toBe(true);
    if (expected.rows) expect(v.interactions.rows).toMatchObject(expected.rows);
    if (expected.network) expect(v.interactions.network).toMatchObject(expected.network);
    const rows = v.interactions.rows;
    if (rows) expect(rows.read).toBe(rows.used + rows.bad + rows.selfLoops + rows.filtered);
    expected.more?.(v);
  });

  test('no fixture is left without an expectation', () => {
    expect(readdirSync(join(ROOT, INPUT)).filter((f) => !f.startsWith('.')).sort()).toEqual(Object.keys(CASES).sort());
  });
});
