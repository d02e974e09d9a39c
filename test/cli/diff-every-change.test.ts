// `orgnet diff` on fixtures/diff/every-change: two hand-built snapshots in which every kind of
// change happens, worked by hand below (the fixture's README draws both sides). Ranks and the
// tie lists are also checked against scripts/golden_diff.py (networkx 2.8.8).
//
// Before (Jan–Feb 2026), after (Mar–Apr 2026); every directed tie is one row a month (weight 2),
// except b2⇄c2 after (two rows a month, weight 4). Groups: Sales a1–c3, Legal mia leo lou,
// HR hal, PR pat, Finance f1–f5; lee (before only) and joy (after only) are not in people.csv.
//
//   Sales: triangles A = a1 a2 a3, B = b1 b2 b3, C = c1 c2 c3.
//          before: A=B doubly (a1–b1, a2–b2), B–C singly (b3–c1)
//          after:  A–B singly (a1–b1),        B=C doubly (b3–c1, b2–c2)
//   Legal/HR/PR: before: triangle mia leo lou, leo–lee, mia–hal; pat has no tie
//                after:  leo→mia only, mia–lou, mia–hal, mia–pat, lou–joy
//   Finance: K4 f1–f4 and f1–f5, the same on both sides.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DiffResult, PersonChange } from '../../src/core/model/diff.js';
import { ROOT, run, runJson } from '../helpers/cli.js';

const DIR = join(ROOT, 'fixtures/diff/every-change');
const GOLDEN = JSON.parse(readFileSync(join(ROOT, 'test/golden/diff/every-change.json'), 'utf8')) as {
  ties: { gained: [string, string, number][]; lost: [string, string, number][] };
  ranks: Record<'sourcePagerank' | 'pagerank' | 'betweenness', Record<string, [number, number]>>;
};

let diff: DiffResult;
let stderr = '';
const person = (id: string): PersonChange => diff.people.find((p) => p.id === id)!;

beforeAll(async () => {
  const r = await runJson<DiffResult>(['diff', join(DIR, 'before.csv'), join(DIR, 'after.csv'), '--people', join(DIR, 'people.csv'), '--format', 'json']);
  expect(r.code).toBe(0);
  stderr = r.stderr;
  diff = r.json;
});

describe('the organization', () => {
  test('people, ties, reciprocity, density, isolates and components', () => {
    const { org } = diff;
    expect(org.people).toEqual({ before: 20, after: 20, change: 0 }); // 19 listed + lee; 19 + joy
    // Ties: Sales 2·(9 + 3) = 24 on both sides; Finance 2·7 = 14; Legal–HR–PR–lee before 2·5 = 10,
    // after 1 (leo→mia) + 2·4 = 9.
    expect(org.ties).toEqual({ before: 48, after: 47, change: -1 });
    expect(org.interactions).toEqual({ before: 96, after: 98, change: 2 }); // 48·2 rows; 47·2 + 4 extra rows of b2⇄c2
    expect(org.reciprocity).toEqual({ before: 1, after: 46 / 47, change: 46 / 47 - 1 }); // only leo→mia is not returned
    expect(org.density).toEqual({ before: 48 / 380, after: 47 / 380, change: 47 / 380 - 48 / 380 }); // m / (20·19)
    expect(org.isolates).toEqual({ before: 1, after: 0, change: -1 }); // pat
    expect(org.components).toEqual({ before: 4, after: 3, change: -1 }); // Sales, Legal…, Finance (+ pat alone before)
  });

  test('the one who joined and the one who left', () => {
    expect(diff.summary.people).toEqual({ before: 20, after: 20, joined: 1, left: 1, stayed: 19 });
    expect(diff.people.filter((p) => p.presence !== 'stayed').map((p) => [p.id, p.presence, p.roles.before, p.roles.after])).toEqual([
      ['joy', 'joined', [], ['peripheral']],
      ['lee', 'left', ['peripheral'], []],
    ]);
    // Both are missing from people.csv: each side warns once, as analyze would.
    expect(stderr).toContain('1 person appears in');
  });
});

describe('ties gained and lost', () => {
  test('six gained, seven lost, 41 kept; heaviest first, then by source and target', () => {
    expect(diff.summary.ties).toEqual({ before: 48, after: 47, gained: 6, lost: 7, kept: 41 });
    const list = (kind: string) => diff.ties!.filter((t) => t.change === kind).map((t) => [t.source, t.target, t.weight]);
    expect(list('gained')).toEqual([
      ['b2', 'c2', 4], ['c2', 'b2', 4], // the heavy new tie that merges B and C
      ['joy', 'lou', 2], ['lou', 'joy', 2], ['mia', 'pat', 2], ['pat', 'mia', 2],
    ]);
    expect(list('lost')).toEqual([
      ['a2', 'b2', 2], ['b2', 'a2', 2], // the second A–B tie: A and B split
      ['lee', 'leo', 2], ['leo', 'lee', 2], ['leo', 'lou', 2], ['lou', 'leo', 2], ['mia', 'leo', 2],
    ]);
    expect(list('gained')).toEqual(GOLDEN.ties.gained);
    expect(list('lost')).toEqual(GOLDEN.ties.lost);
    const heavy = diff.ties!.find((t) => t.source === 'b2' && t.target === 'c2')!;
    expect(heavy).toMatchObject({ sourceGroup: 'Sales', targetGroup: 'Sales', count: 4 });
    expect(diff.ties!.find((t) => t.source === 'joy')).toMatchObject({ sourceGroup: null, targetGroup: 'Legal' });
  });
});

describe('ranks', () => {
  test('betweenness, worked by hand: the bridges of the Sales chain swap places', () => {
    // Hop-count betweenness × (n−1)(n−2) = 342. Before: b3 30 (C's only way out), c1 24, b1 = b2 13,
    // a1 = a2 7, mia = leo = f1 6. After: b1 30 (A's only way in), a1 24, mia 14
    // (leo→{lou, joy, hal, pat} 4, {lou, joy}×{hal, pat} 8, hal⇄pat 2), b2 = b3 13, c1 = c2 = lou 7.
    const b = (id: string) => person(id).betweenness;
    expect(b('b3')).toMatchObject({ before: 30 / 342, after: 13 / 342, rankBefore: 1, rankAfter: 4, move: -3 });
    expect(b('b1')).toMatchObject({ before: 13 / 342, after: 30 / 342, rankBefore: 3, rankAfter: 1, move: 2 });
    expect(b('a1')).toMatchObject({ before: 7 / 342, after: 24 / 342, rankBefore: 5, rankAfter: 2, move: 3 });
    expect(b('mia')).toMatchObject({ before: 6 / 342, after: 14 / 342, rankBefore: 7, rankAfter: 3, move: 4 });
    // Equal values share a rank (competition ranking): b1 and b2 are both 3rd before.
    expect(b('b2')).toMatchObject({ rankBefore: 3, rankAfter: 4, move: -1 });
  });

  test('every rank of the three fields is networkx’s (golden_diff.py)', () => {
    for (const field of ['sourcePagerank', 'pagerank', 'betweenness'] as const) {
      const ours = Object.fromEntries(diff.people.filter((p) => p.presence === 'stayed').map((p) => [p.id, [p[field].rankBefore, p[field].rankAfter]]));
      expect(ours).toEqual(GOLDEN.ranks[field]);
    }
    // People on one side only have no rank.
    expect(person('joy').pagerank).toMatchObject({ before: null, rankBefore: null, rankAfter: null, move: null });
  });
});

describe('groups', () => {
  const group = (name: string) => diff.groups.find((g) => g.group === name)!;

  test('only Legal changes E-I and reciprocity', () => {
    // Legal before: I = 6 (triangle), E = 4 (leo⇄lee, mia⇄hal): (4 − 6)/10 = −0.2.
    // After: I = 3 (leo→mia, mia⇄lou), E = 6 (mia⇄hal, mia⇄pat, lou⇄joy): (6 − 3)/9 = 1/3.
    expect(group('Legal').eiIndex).toEqual({ before: -0.2, after: 1 / 3, change: 1 / 3 + 0.2 });
    expect(group('Legal').reciprocity).toEqual({ before: 1, after: 2 / 3, change: 2 / 3 - 1 }); // 2 of 3 ties returned
    expect(group('Legal').internalTies).toEqual({ before: 6, after: 3, change: -3 });
    expect(group('Legal').density).toEqual({ before: 1, after: 0.5, change: -0.5 }); // I / (3·2)
    for (const name of ['Sales', 'HR', 'Finance']) {
      expect(group(name).eiIndex.change).toBe(0); // Sales and Finance −1: all inside; HR +1: hal's one tie is to Legal
      expect(group(name).reciprocity.change ?? 0).toBe(0);
    }
    // PR has no tie before (E + I = 0): its E-I appears, it does not change.
    expect(group('PR').eiIndex).toEqual({ before: null, after: 1, change: null });
  });

  test('pat wakes up: absent before, active after; no month is complete, so no activity rate', () => {
    // Every row is on the 15th: each snapshot's window (Jan 15 – Feb 16, Mar 15 – Apr 21) covers no
    // month whole, so no trend, no rate and no dormancy can be judged — only who took part at all.
    for (const name of ['Sales', 'Legal', 'HR', 'Finance', 'PR']) expect(group(name).activityRate).toEqual({ before: null, after: null, change: null });
    expect(person('pat').status).toEqual({ before: 'absent', after: 'steady' });
    expect(diff.summary.status.absent).toEqual({ before: 1, after: 0, change: -1 });
    expect(diff.summary.status.dormant).toEqual({ before: 0, after: 0, change: 0 });
  });

  test('the weight of each group’s ties (from mixing)', () => {
    // Sales: 24 ties × 2 before; 22 × 2 + b2⇄c2 2 × 4 after. Legal: 6 inside × 2 + mia⇄hal 2 × 2 = 16;
    // after: leo→mia 2 + mia⇄lou 4 + mia⇄hal 4 + mia⇄pat 4 = 14 (lou⇄joy: joy has no group).
    expect(group('Sales').weight).toEqual({ before: 48, after: 52, change: 4 });
    expect(group('Legal').weight).toEqual({ before: 16, after: 14, change: -2 });
    expect(group('PR').weight).toEqual({ before: 0, after: 4, change: 4 });
  });
});

describe('roles', () => {
  test('a new broker, a connector who became peripheral, the newly critical', () => {
    const roles = (id: string) => person(id).roles;
    // mia: betweenness 14/342 is the 3rd highest of the 20 people with ties (p90 = the 18th smallest),
    // and open two-paths through her now cross groups (hal in HR → mia → pat in PR, no hal–pat tie): broker.
    expect(roles('mia')).toEqual({ before: ['central-connector'], after: ['central-connector', 'broker'], gained: ['broker'], lost: [] });
    // leo: 3 neighbours (mia, lou, lee) = p90 of degree before; after only mia.
    expect(roles('leo')).toEqual({ before: ['central-connector'], after: ['peripheral'], gained: ['peripheral'], lost: ['central-connector'] });
    // a1, b1: the single A–B tie makes them cut points; removing either leaves A's other two, or A,
    // outside the largest component: 9 − 6 − 1 = 2 dependents (the next largest is 6).
    expect(roles('a1').gained).toEqual(['critical']);
    expect(roles('b1').gained).toEqual(['critical']);
    // b3, c1 held C to the rest before (3 and 2 dependents); not after.
    expect(roles('b3').lost).toEqual(['critical']);
    expect(roles('c1').lost).toEqual(['critical']);
    expect(roles('pat')).toMatchObject({ gained: ['peripheral'], lost: ['isolate'] });
    expect(roles('a2').lost).toEqual(['central-connector']); // 3 → 2 neighbours
    expect(roles('c2').gained).toEqual(['central-connector']); // 2 → 3 neighbours
    const changed = diff.people.filter((p) => p.roles.gained.length + p.roles.lost.length > 0).map((p) => p.id);
    expect(changed).toEqual(['a1', 'a2', 'b1', 'b3', 'c1', 'c2', 'joy', 'lee', 'leo', 'mia', 'pat']);
  });

  test('role counts: gained − lost is the change', () => {
    const { roles } = diff.summary;
    expect(roles.isolate).toEqual({ before: 1, after: 0, change: -1 });
    expect(roles.peripheral).toEqual({ before: 3, after: 5, change: 2 }); // lee hal f5 → leo hal pat joy f5
    expect(roles['central-connector']).toEqual({ before: 12, after: 11, change: -1 });
    expect(roles.broker).toEqual({ before: 0, after: 1, change: 1 });
    expect(roles.critical).toEqual({ before: 2, after: 2, change: 0 });
  });
});

describe('communities', () => {
  test('A∪B splits into A and B∪C, which is a merger of B∪C’s parts; the others continue', () => {
    // Louvain (modularity): two triangles joined by two ties are one community here, by one tie two.
    // Before: 0 = A∪B (6), 1 = Finance (5, smallest id f1), 2 = mia leo lou lee hal (5), 3 = C.
    // After:  0 = B∪C (6, smallest id b1), 1 = mia leo lou hal pat joy (6), 2 = Finance, 3 = A.
    const c = diff.communities;
    expect(c.overlaps).toEqual([
      { before: 0, after: 0, shared: 3, jaccard: 3 / 9 }, // B of A∪B∪C
      { before: 0, after: 3, shared: 3, jaccard: 0.5 }, // A of A∪B
      { before: 1, after: 2, shared: 5, jaccard: 1 },
      { before: 2, after: 1, shared: 4, jaccard: 4 / 7 }, // mia leo lou hal of 7 people
      { before: 3, after: 0, shared: 3, jaccard: 0.5 }, // C of B∪C
    ]);
    expect(c.events).toEqual([
      { kind: 'continued', before: [1], after: [2] },
      { kind: 'continued', before: [2], after: [1] },
      { kind: 'split', before: [0], after: [0, 3] },
      { kind: 'merged', before: [0, 3], after: [0] },
    ]);
    expect(c.before.map((x) => x.size)).toEqual([6, 5, 5, 3]); // pat alone is not a community to match
  });
});

describe('the table view tells the same story', () => {
  test('sections and their key lines', async () => {
    const r = await run(['diff', join(DIR, 'before.csv'), join(DIR, 'after.csv'), '--people', join(DIR, 'people.csv'), '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain('20 → 20: 1 joined, 1 left, 19 on both sides');
    expect(out).toContain('joined: joy [peripheral]');
    expect(out).toContain('48 → 47: 6 gained, 7 lost, 41 kept');
    expect(out).toMatch(/│ broker\s+│\s+0 │\s+1 │ mia\s+│ —/);
    expect(out).toContain('leo (Legal): central-connector → peripheral');
    expect(out).toContain('split: 0 (6, mostly Sales) → 0 (6, mostly Sales) + 3 (3, mostly Sales)');
    expect(out).toContain('merged: 0 (6, mostly Sales) + 3 (3, mostly Sales) → 0 (6, mostly Sales)');
    expect(out).toMatch(/│ Legal │ −0\.2000 │ 0\.3333 │ \+0\.5333 │/); // an index: four decimals, the minus sign U+2212
  });
});
