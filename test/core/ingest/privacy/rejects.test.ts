/**
 * Rejected rows under --pseudonymize, through each reader as `--rejects` gets them: the person
 * cells of a well-formed row pseudonymized (each name of a split target cell, the person of an
 * event row, every cell of a survey row) and the cell the row was rejected for, every cell of a
 * row of the wrong width, and the pieces of a record whose quote never closes; other cells
 * verbatim. The reason names the bad cell's column, not its text. Expected rows are written
 * out by hand with pseudonyms from node:crypto.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readEvents } from '../../../../src/core/ingest/layouts/events.js';
import { readInteractions } from '../../../../src/core/ingest/layouts/interactions.js';
import type { Reject } from '../../../../src/core/model/ingest.js';
import { readWideSurvey } from '../../../../src/core/ingest/layouts/wide.js';
import { PLAIN_IDS, Pseudonyms } from '../../../../src/core/ingest/privacy/pseudonyms.js';
import { rejectedRow } from '../../../../src/core/ingest/privacy/rejects.js';
import { inputOptions, streamOf } from '../../../helpers/streams.js';

const SALT = 'rejects-test-salt-0123456789';
const p = (id: string) => `p-${createHmac('sha256', SALT).update(id).digest('hex').slice(0, 10)}`;

async function rejectsOf(read: (onReject: (r: Reject) => void) => Promise<unknown>): Promise<Reject[]> {
  const out: Reject[] = [];
  await read((r) => out.push(r));
  return out;
}

describe('rejected rows with --pseudonymize', () => {
  it('interactions: source, target and the bad cell of a well-formed row, every cell of a short row', async () => {
    const csv = 'source;target;weight;note\nana@x.com; luis@x.com ;abc;keep me\nana@x.com;luis@x.com\n';
    const rows = await rejectsOf((onReject) =>
      readInteractions(streamOf(csv), 'i.csv', inputOptions({ lenient: true }), { onReject, ids: new Pseudonyms(SALT) }),
    );
    expect(rows).toEqual([
      { line: 2, reason: 'bad weight in column "weight": expected a number > 0', raw: `${p('ana@x.com')};${p('luis@x.com')};${p('abc')};keep me` },
      { line: 3, reason: 'expected 4 fields, found 2', raw: `${p('ana@x.com')};${p('luis@x.com')}` },
    ]);
  });

  it('--split-targets: each name of the target cell, the separator kept; the bad weight masked', async () => {
    const csv = 'from,to,weight\nana@x.com,"luis@x.com; eva@x.com;",-1\n';
    const rows = await rejectsOf((onReject) =>
      readInteractions(streamOf(csv), 'mail.csv', inputOptions({ lenient: true, splitTargets: ';' }), { onReject, ids: new Pseudonyms(SALT) }),
    );
    expect(rows.map((r) => r.raw)).toEqual([`${p('ana@x.com')},${p('luis@x.com')};${p('eva@x.com')};,${p('-1')}`]);
  });

  it('a record whose quote never closes: every piece of its text, quotes taken off', async () => {
    const csv = 'source,target\nana,luis\n"eva,ana\n';
    const rows = await rejectsOf((onReject) =>
      readInteractions(streamOf(csv), 'i.csv', inputOptions({ lenient: true }), { onReject, ids: new Pseudonyms(SALT) }),
    );
    expect(rows.map((r) => [r.line, r.raw])).toEqual([[3, `${p('eva')},${p('ana')}`]]);
  });

  it('--events: the person cell and the bad timestamp; the event stays', async () => {
    const csv = 'meeting,attendee,date\nweekly sync,ana@x.com,not a date\n';
    const rows = await rejectsOf((onReject) =>
      readEvents(streamOf(csv), 'ev.csv', inputOptions({ lenient: true, events: true, undirected: true }), { onReject, ids: new Pseudonyms(SALT) }),
    );
    expect(rows.map((r) => r.raw)).toEqual([`weekly sync,${p('ana@x.com')},${p('not a date')}`]);
  });

  it('--wide: every cell names a person', async () => {
    const csv = 'respondent,first,second\n,luis,"eva, the other"\n';
    const rows = await rejectsOf((onReject) => readWideSurvey(streamOf(csv), 'w.csv', inputOptions({ lenient: true, wide: true }), { onReject, ids: new Pseudonyms(SALT) }));
    expect(rows.map((r) => r.raw)).toEqual([`,${p('luis')},${p('eva, the other')}`]);
  });

  it('without pseudonyms the row is verbatim', () => {
    const layout = { delimiter: ',', width: 2, idColumns: [0, 1] };
    expect(rejectedRow('"a",b', ['a', 'b'], PLAIN_IDS, layout)).toBe('"a",b');
    expect(rejectedRow(undefined, ['a', 'b'], new Pseudonyms(SALT), layout)).toBeUndefined();
  });

  it('quotes a kept cell that holds the delimiter, a quote or a line break', () => {
    const layout = { delimiter: ',', width: 3, idColumns: [0] };
    expect(rejectedRow('x', ['ana', 'say "hi", then\nleave', ''], new Pseudonyms(SALT), layout)).toBe(`${p('ana')},"say ""hi"", then\nleave",`);
  });
});
