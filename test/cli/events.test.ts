/**
 * `--events` (docs/input.md): a two-mode file of (event, person) rows becomes the co-attendance
 * network, as a user runs it. Expected values are worked by hand in the comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { run, runJson } from '../helpers/cli.js';
import { analyzeJson, expectExit2, expectRowsAddUp, readCsv, useTempDirs } from './analyze-helpers.js';

const TWO_MEETINGS = 'fixtures/input/events-two-meetings.csv';
const RULES = 'fixtures/input/events-counting-rules.csv';
const MEETINGS = 'fixtures/meetings/attendees.csv';
const MEETINGS_PEOPLE = 'fixtures/meetings/people.csv';
const tempDir = useTempDirs();

const byId = (report: Report) => new Map(report.people.map((p) => [p.id, p]));

async function tiesOf(args: string[]): Promise<string[][]> {
  const r = await run(['analyze', ...args, '--format', 'csv', '--table', 'ties', '--quiet']);
  expect(r.code).toBe(0);
  return readCsv(r.stdout);
}

describe('a 3-person meeting and a 2-person meeting', () => {
  // m1 = {ana, ben, carla}: k = 3, each pair 1/(3 − 1) = 0.5; m2 = {ana, ben}: k = 2, weight 1.
  // ana–ben = 0.5 + 1 = 1.5 over 2 events; ana–carla = ben–carla = 0.5 over 1 event.
  it('weighs each pair 1/(k − 1) per event shared, and counts the events', async () => {
    expect(await tiesOf([TWO_MEETINGS, '--events'])).toEqual([
      ['source', 'target', 'weight', 'count', 'first', 'last'],
      ['ana', 'ben', '1.5', '2', '', ''],
      ['ana', 'carla', '0.5', '1', '', ''],
      ['ben', 'carla', '0.5', '1', '', ''],
    ]);
  });

  it("a person's strength is the number of events attended (Newman 2001)", async () => {
    const report = await analyzeJson([TWO_MEETINGS, '--events']);
    const people = byId(report);
    // ana: 1.5 + 0.5 = 2 events; ben: 1.5 + 0.5 = 2; carla: 0.5 + 0.5 = 1.
    expect([...people.values()].map((p) => [p.id, p.inStrength, p.outStrength, p.activity.interactions])).toEqual([
      ['ana', 2, 2, 2],
      ['ben', 2, 2, 2],
      ['carla', 1, 1, 1],
    ]);
    // Undirected: degree 2 of n − 1 = 2 others, so everyone has degree centrality 1.
    expect(report.people.map((p) => [p.inDegree, p.outDegree, p.degreeCentrality])).toEqual([[2, 2, 1], [2, 2, 1], [2, 2, 1]]);
    // org: 3 ties, 2 events, U's weights 1.5 + 0.5 + 0.5 = 2.5; Σ strengths 5 = 2 × 2.5.
    expect(report.org).toMatchObject({ people: 3, ties: 3, interactions: 2, totalWeight: 2.5, density: 1, reciprocity: null, dyadReciprocity: null });
    expect(report.meta.options).toMatchObject({ events: true, undirected: true, maxEventSize: 50 });
    expect(report.meta.input).toMatchObject({ rowsRead: 5, rowsUsed: 5, filteredRows: 0, events: { read: 2, used: 2, tooSmall: 0, tooLarge: 0 } });
    expect(report.meta.input.columns).toEqual({ source: null, target: null, weight: null, timestamp: null, relation: null, event: 'meeting', person: 'attendee' });
  });
});

describe('the order of the rows', () => {
  // ana and ben share a2 (k = 2: weight 1), b3 (k = 3: 1/2) and c7 (k = 7: 1/6). In floating point
  // (1 + 1/2) + 1/6 = 1.6666666666666667 but (1/6 + 1/2) + 1 = 1.6666666666666665: events are
  // summed in event-id order, so either file order gives the first.
  const events: [string, string[]][] = [
    ['a2', ['ana', 'ben']],
    ['b3', ['ana', 'ben', 'cruz']],
    ['c7', ['ana', 'ben', 'cruz', 'dora', 'eli', 'fer', 'gil']],
  ];
  const file = (order: [string, string[]][]) => ['event,person', ...order.flatMap(([e, people]) => people.map((p) => `${e},${p}`))].join('\n') + '\n';

  it('six meetings of four make each pair weigh exactly 2, not 1.9999999999999998', async () => {
    // 6 × 1/3 added plainly in floating point is 1.9999999999999998; compensated, it rounds to 2.
    const rows = [1, 2, 3, 4, 5, 6].flatMap((m) => ['ana', 'ben', 'cruz', 'dora'].map((p) => `m${m},${p}`));
    const r = await run(['analyze', '-', '--events', '--format', 'csv', '--table', 'ties'], { stdin: ['event,person', ...rows].join('\n') });
    expect(readCsv(r.stdout).slice(1).map((row) => row[2])).toEqual(['2', '2', '2', '2', '2', '2']);
  });

  it("sums a pair's weight in one order whatever the order of the rows", async () => {
    for (const order of [events, [...events].reverse()]) {
      const r = await run(['analyze', '-', '--events', '--format', 'csv', '--table', 'ties'], { stdin: file(order) });
      expect(readCsv(r.stdout)[1]).toEqual(['ana', 'ben', '1.6666666666666667', '3', '', '']);
    }
  });
});

describe('every counting rule of docs/input.md for events', () => {
  // --lenient --max-event-size 3 --remove zoe --relation meeting on events-counting-rules.csv:
  //   19 rows read. Skipped (3): line 18 no event, 19 bad time, 20 no person.
  //   Filtered by the row filters (3): 14 (zoe removed), 16 and 17 (relation chat).
  //   Kept (13), in 5 events: m1 = lines 2, 5, 8, 11 (ana twice) → {ana, ben, carla}: used, 4 rows;
  //   m2 = 3, 9 → {ana, ben}: used, 2 rows; big = 4, 7, 10, 12 → 4 people > 3: too large, 4 rows;
  //   solo = 6, 13 → {dan}: too small, 2 rows; m4 = 15 → {ana} once zoe left: too small, 1 row.
  //   rowsUsed = 6; filteredRows = 3 + 4 + 2 + 1 = 10; 6 + 3 + 0 + 10 = 19.
  const args = [RULES, '--events', '--lenient', '--max-event-size', '3', '--remove', 'zoe', '--relation', 'meeting', '--period', 'day'];

  it('meta.input accounts for every row and every event', async () => {
    const report = await analyzeJson([...args, '--quiet']);
    const { file: _file, ...input } = report.meta.input;
    expect(input).toEqual({
      encoding: 'utf8',
      columns: { source: null, target: null, weight: null, timestamp: 'date', relation: 'type', event: 'event', person: 'person' },
      delimiter: ',',
      rowsRead: 19,
      rowsUsed: 6,
      skippedRows: 3,
      selfLoops: 0,
      filteredRows: 10,
      tiesDropped: 0,
      // Counted before the relation filter, over the rows that could be read (lines 2–17).
      relations: { chat: 2, meeting: 14 },
      events: { read: 5, used: 2, tooSmall: 2, tooLarge: 1 },
      deliveries: null,
      broadcasts: null,
      selfDeliveries: null,
      // ISO-8601 times (no D/M/Y order to decide, a calendar clock); every column read.
      dateOrder: null,
      clock: 'calendar',
      unusedColumns: [],
    });
    expectRowsAddUp(report);
  });

  it('everyone named in a kept row is a person; the removed and the filtered are not', async () => {
    const report = await analyzeJson([...args, '--quiet']);
    expect(report.people.map((p) => [p.id, p.roles.includes('isolate')])).toEqual([
      ['ana', false], ['ben', false], ['carla', false], ['dan', true], ['p1', true], ['p2', true], ['p3', true], ['p4', true],
    ]);
    expect(report.org).toMatchObject({ ties: 3, interactions: 2, totalWeight: 2.5, isolates: 5 });
  });

  it("an event's time is its earliest row's; periods run over the tie-making events only", async () => {
    const ties = await tiesOf(args);
    // m1's rows are at 10:00 and, for carla, 10:05: the event is at 10:00.
    expect(ties).toContainEqual(['ana', 'carla', '0.5', '1', '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z']);
    expect(ties).toContainEqual(['ana', 'ben', '1.5', '2', '2026-01-05T10:00:00.000Z', '2026-01-06T09:00:00.000Z']);
    const report = await analyzeJson([...args, '--quiet']);
    // m1 on Jan 5 (3 people, 3 new pairs), m2 on Jan 6 (2 people); "big" on Jan 9 made no tie.
    expect(report.activity.series.map(({ period, interactions, activePeople, newTies, reciprocity }) => [period, interactions, activePeople, newTies, reciprocity])).toEqual([
      ['2026-01-05', 1, 3, 3, null],
      ['2026-01-06', 1, 2, 0, null],
    ]);
    const carla = byId(report).get('carla')!;
    // One event of two periods; k = 1: last 0 against previous 1 → trend −1, dormant.
    expect(carla.activity).toEqual({ interactions: 1, activePeriods: 1, activityRate: 0.5, firstSeen: '2026-01-05', lastSeen: '2026-01-05', trend: -1, status: 'dormant' });
    // dan's only event had one person and made no tie: no interaction at all, so absent.
    expect(byId(report).get('dan')!.activity.status).toBe('absent');
  });

  it('warns about broadcasts and writes the skipped rows to --rejects', async () => {
    const dir = tempDir();
    const r = await run(['analyze', join(process.cwd(), RULES), ...args.slice(1), '--rejects', 'rejects.csv', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 event of more than 3 people made no tie (broadcasts; --max-event-size N raises the bound)');
    expect(readCsv(readFileSync(join(dir, 'rejects.csv'), 'utf8'))).toEqual([
      ['line', 'reason', 'row'],
      ['18', 'missing event', ',ben,2026-01-10T09:00:00Z,meeting'],
      ['19', 'bad timestamp "yesterday": expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)', 'm6,carla,yesterday,meeting'],
      ['20', 'missing person', 'm2,,2026-01-06T09:00:00Z,meeting'],
    ]);
  });

  it('stops on the first bad rows without --lenient', async () => {
    const r = await run(['analyze', RULES, '--events']);
    expectExit2(r);
    expect(r.stderr).toBe(
      `${RULES}:18: missing event\n${RULES}:19: bad timestamp "yesterday": expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)\n${RULES}:20: missing person\n`,
    );
  });
});

describe('columns of an events file', () => {
  it('finds Spanish names, and reads a weight column not at all (with a warning)', async () => {
    const text = 'reunión,asistente,fecha,peso\nr1,ana,2026-01-05,9\nr1,ben,2026-01-05,9\n';
    const r = await runJson<Report>(['analyze', '-', '--events', '--format', 'json'], { stdin: text });
    expect(r.code).toBe(0);
    const report = r.json;
    expect(report.meta.input.columns).toMatchObject({ event: 'reunión', person: 'asistente', timestamp: 'fecha', weight: null });
    expect(report.org.totalWeight).toBe(1);
    expect(r.stderr).toBe('orgnet: warning: <stdin>: column "peso" is not read: with --events every pair of an event of k people weighs 1/(k − 1)\n');
  });

  it('takes channel as the event when no other event column exists, as the relation otherwise', async () => {
    const asEvent = await analyzeJson(['-', '--events', '--quiet'], { stdin: 'channel,member\n#eng,ana\n#eng,ben\n' });
    expect(asEvent.meta.input.columns).toMatchObject({ event: 'channel', person: 'member', relation: null });
    const asRelation = await analyzeJson(['-', '--events', '--quiet'], { stdin: 'thread_id,user,channel\nt1,ana,#eng\nt1,ben,#eng\n' });
    expect(asRelation.meta.input.columns).toMatchObject({ event: 'thread_id', person: 'user', relation: 'channel' });
  });

  it('--event-col and --person-col name the columns; a missing one lists what was found', async () => {
    const text = 'Subject,Invitee,Organizer\nplanning,ana,luis\nplanning,ben,luis\n';
    const report = await analyzeJson(['-', '--events', '--event-col', 'subject', '--person-col', 'invitee', '--quiet'], { stdin: text });
    expect(report.people.map((p) => p.id)).toEqual(['ana', 'ben']);
    const missing = await run(['analyze', '-', '--events'], { stdin: text });
    expectExit2(missing);
    expect(missing.stderr).toBe(
      '<stdin>: no event column: expected one of event, event_id, meeting, meeting_id, thread, thread_id, channel, project, evento, reunion, reunión, canal, proyecto (or --event-col NAME); columns found: Subject, Invitee, Organizer\n',
    );
  });
});

describe('flags that make no sense with --events', () => {
  it.each([
    [['--wide'], 'orgnet: --events and --wide are two different file layouts; use one of them\n'],
    [['--split-targets', ';'], 'orgnet: --split-targets splits a target cell, and an --events file has none: every row already names one person of an event\n'],
    [['--reverse'], 'orgnet: --reverse flips the direction of ties, and --events ties have none\n'],
    [['--source-col', 'meeting'], 'orgnet: --events files have an event and a person column: use --event-col and --person-col (a weight column is not read)\n'],
  ])('%j is refused before anything is read', async (extra, message) => {
    const r = await run(['analyze', TWO_MEETINGS, '--events', ...extra]);
    expectExit2(r);
    expect(r.stderr).toBe(message);
  });

  it('--event-col, --person-col and --max-event-size need their mode', async () => {
    const a = await run(['analyze', TWO_MEETINGS, '--event-col', 'meeting']);
    expectExit2(a);
    expect(a.stderr).toBe('orgnet: --event-col and --person-col need --events (a file of one row per event and person)\n');
    const b = await run(['analyze', TWO_MEETINGS, '--max-event-size', '10']);
    expectExit2(b);
    expect(b.stderr).toBe('orgnet: --max-event-size needs --events or --split-targets: it bounds the people of one event or one target cell\n');
    const c = await run(['analyze', TWO_MEETINGS, '--events', '--max-event-size', '1.5']);
    expectExit2(c);
    expect(c.stderr).toBe('orgnet: --max-event-size 1.5: expected a whole number ≥ 1\n');
  });
});

describe('the meetings export (fixtures/meetings)', () => {
  const args = [MEETINGS, '--people', MEETINGS_PEOPLE, '--events', '--max-event-size', '12', '--quiet'];

  it('makes the co-attendance network of 17 meetings; the all-hands and focus time make no tie', async () => {
    const report = await analyzeJson(args);
    // 20 events: 17 of 2–5 people, 2 "Focus time" of one person, 1 all-hands of 14 > 12.
    expect(report.meta.input.events).toEqual({ read: 20, used: 17, tooSmall: 2, tooLarge: 1 });
    expect(report.org.interactions).toBe(17);
    // Σ over the 17 meetings of k(k − 1)/2 pairs × 1/(k − 1) = Σ k/2: 6 stand-ups × 2 + 3 reviews × 2
    // + 2 escalations × 1.5 + 2 plannings × 2.5 + 4 one-to-ones × 1 = 30.
    expect(report.org.totalWeight).toBeCloseTo(30, 12);
    // nora.blanco only had focus time; olga.reyes is only in the people file.
    expect(report.people.filter((p) => p.roles.includes('isolate')).map((p) => p.id)).toEqual(['nora.blanco', 'olga.reyes']);
    // ana.ruiz: 6 stand-ups, 3 pipeline reviews, 2 plannings (her organizer row counted once).
    expect(byId(report).get('ana.ruiz')!.activity.interactions).toBe(11);
    expect(byId(report).get('ana.ruiz')!.outStrength).toBeCloseTo(11, 12);
    expect(report.groups.every((g) => g.reciprocity === null)).toBe(true);
    expectRowsAddUp(report);
  });

  it('the Markdown report names the event and person columns and counts the events', async () => {
    const r = await run(['analyze', ...args, '--format', 'md']);
    expect(r.stdout).toContain('columns event = meeting\\_id, person = attendee, timestamp = date');
    expect(r.stdout).toContain('| events | 20 read, 17 made ties, 2 of one person, 1 over --max-event-size |');
  });

  it('gives the same report whatever the order of the rows', async () => {
    const text = readFileSync(MEETINGS, 'utf8').trimEnd().split('\n');
    const reversed = [text[0], ...text.slice(1).reverse()].join('\n') + '\n';
    const a = await run(['analyze', '-', ...args.slice(1), '--format', 'json'], { stdin: readFileSync(MEETINGS) });
    const b = await run(['analyze', '-', ...args.slice(1), '--format', 'json'], { stdin: reversed });
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });
});
