// The diff's md and csv views on names that could break them, and the shape of each CSV table.
// Two tiny sides: before a|b → x, =cmd → x; after a|b → x, x → a|b, [link](http://e) → x,
// <b>bold</b> → x. So "[link](http://e)" and "<b>bold</b>" join, "=cmd" leaves, a|b → x is kept,
// x → a|b is gained and =cmd → x is lost.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../../../src/render/diff/markdown.js';
import { ROOT, run } from '../../helpers/cli.js';

let dir = '';
let before = '';
let after = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'orgnet-diff-formats-'));
  before = join(dir, 'before.csv');
  after = join(dir, 'after.csv');
  writeFileSync(before, 'source,target\n"a|b",x\n=cmd,x\n');
  writeFileSync(after, 'source,target\n"a|b",x\nx,"a|b"\n[link](http://e),x\n<b>bold</b>,x\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('markdown', () => {
  test('escapeMarkdown: punctuation that Markdown or a GFM table would read, and control characters', () => {
    expect(escapeMarkdown('a|b *c* _d_ [e](f) <g> `h` #i ~j & !k \\l')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\#i \\~j \\& \\!k \\\\l',
    );
    expect(escapeMarkdown('two\nlines')).toBe('two\\\\nlines');
  });

  test('a name can open no link, tag or table cell', async () => {
    const r = await run(['diff', before, after, '--format', 'md', '--quiet']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md).toMatch(/^# orgnet diff: /);
    expect(md).toContain('## Ties');
    // <b>bold</b> gives 1 and receives nothing, the first of the top ⌈0.05·3⌉ = 1 givers by id
    // ('<' sorts before '[' and 'a'): overloaded.
    expect(md).toContain('joined: \\<b\\>bold\\</b\\> \\[peripheral, overloaded\\], \\[link\\](http://e) \\[peripheral\\]');
    // Before, =cmd was the first of the top givers by id (a|b gives as much): overloaded too.
    expect(md).toContain('left: =cmd \\[peripheral, overloaded\\]');
    expect(md).toContain('| x → a\\|b | — | — | 1 | 1 |');
    expect(md).not.toMatch(/(^|[^\\])<b>/m);
    expect(md).not.toMatch(/(^|[^\\])\[link/m);
    // Every table row has as many cells as its header.
    for (const table of md.split('\n\n').filter((b) => b.startsWith('| '))) {
      const counts = table.split('\n').map((row) => row.split(/(?<!\\)\|/).length);
      expect(new Set(counts).size).toBe(1);
    }
  });
});

describe('csv tables', () => {
  test('people: one row per person of either side, ranks empty for those on one side', async () => {
    const r = await run(['diff', before, after, '--format', 'csv', '--table', 'people', '--quiet']);
    const [header, ...rows] = r.stdout.trimEnd().split('\r\n');
    expect(header).toBe(
      'id,presence,group.before,group.after,' +
        'sourcePagerank.before,sourcePagerank.after,sourcePagerank.change,sourcePagerank.rankBefore,sourcePagerank.rankAfter,sourcePagerank.move,' +
        'pagerank.before,pagerank.after,pagerank.change,pagerank.rankBefore,pagerank.rankAfter,pagerank.move,' +
        'betweenness.before,betweenness.after,betweenness.change,betweenness.rankBefore,betweenness.rankAfter,betweenness.move,' +
        'roles.before,roles.after,roles.gained,roles.lost,status.before,status.after,interactions.before,interactions.after,interactions.change,community.before,community.after,' +
        'coreNumber.before,coreNumber.after,coreNumber.change,manager.before,manager.after,directReports.before,directReports.after,directReports.change,managerTie.before,managerTie.after',
    );
    expect(rows.map((row) => row.split(',').slice(0, 2))).toEqual([
      ['<b>bold</b>', 'joined'],
      ["'=cmd", 'left'], // spreadsheet formula injection neutralized
      ['[link](http://e)', 'joined'],
      ['a|b', 'stayed'],
      ['x', 'stayed'],
    ]);
    const joined = rows[0]!.split(',');
    expect(joined.slice(7, 10)).toEqual(['', '', '']); // no rank: only on one side
    expect(joined.slice(13, 16)).toEqual(['', '', '']);
  });

  test('ties: gained then lost, a formula-like name neutralized', async () => {
    const out = join(dir, 'ties.csv');
    const r = await run(['diff', before, after, '--table', 'ties', '-o', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      'change,source,target,sourceGroup,targetGroup,weight,count\r\n' +
        'gained,<b>bold</b>,x,,,1,1\r\n' +
        'gained,[link](http://e),x,,,1,1\r\n' +
        'gained,x,a|b,,,1,1\r\n' +
        "lost,'=cmd,x,,,1,1\r\n",
    );
  });

  test('groups: one row per group of either side, every figure before, after and change', async () => {
    const hand = join(ROOT, 'fixtures/diff/every-change');
    const r = await run(['diff', join(hand, 'before.csv'), join(hand, 'after.csv'), '--people', join(hand, 'people.csv'), '--format', 'csv', '--table', 'groups', '--quiet']);
    const [header, ...rows] = r.stdout.trimEnd().split('\r\n');
    expect(header!.split(',').slice(0, 5)).toEqual(['group', 'presence', 'size.before', 'size.after', 'size.change']);
    expect(header!.split(',')).toHaveLength(2 + 8 * 3);
    expect(rows.map((row) => row.split(',')[0])).toEqual(['Finance', 'HR', 'Legal', 'PR', 'Sales']);
    const legal = Object.fromEntries(header!.split(',').map((k, i) => [k, rows[2]!.split(',')[i]]));
    expect(legal).toMatchObject({ 'eiIndex.before': '-0.2', 'internalTies.after': '3', 'reciprocity.before': '1' });
  });
});
