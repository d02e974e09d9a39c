// `orgnet analyze AFTER --compare BEFORE -o report.html` as users run it: the page embeds the
// diff (the same figures `orgnet diff` writes), the map's change layer worked by hand on
// fixtures/diff/every-change, the message a JSON side needs, escaped names, and the refusals.
//
// every-change (its README draws both sides): every directed tie is one row a month, two months
// a side, so weight 2 a direction; b2⇄c2 after is two rows a month, weight 4 a direction.
// Pairs of people (the map's lines):
//   gained, no tie either way before:  b2–c2 (4 + 4 = 8), mia–pat (2 + 2), lou–joy (2 + 2)
//   lost, no tie either way after:     a2–b2 (2 + 2), leo–lou (2 + 2), leo–lee (2 + 2)
//   mia ⇄ leo before, leo → mia after: the pair stays tied; mia → leo is lost only in direction.
// So 6 directed ties gained = 3 pairs × 2; 7 lost = 3 pairs × 2 + mia → leo.
// lee left: a ghost, 60 layout units from leo, on the line from the centre of everyone through
// leo (the first ghost at its spot; change-ties.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DiffResult } from '../../src/core/model/diff.js';
import type { CompareData } from '../../src/render/html/compare-data.js';
import type { PageData } from '../../src/render/html/page-data.js';
import { ROOT, run, runJson } from '../helpers/cli.js';
import { writeAcmeHalves } from '../helpers/acme-halves.js';
import { dataOf } from '../helpers/html.js';
import { ACME_PEOPLE, expectExit2, useTempDirs } from './analyze-helpers.js';

const tempDir = useTempDirs();
const DIR = join(ROOT, 'fixtures/diff/every-change');
const SIDES = { before: join(DIR, 'before.csv'), after: join(DIR, 'after.csv'), people: join(DIR, 'people.csv') };
const HOSTILE = '</script><img src=x onerror=alert(1)>';

/** The ids at both ends of each drawn pair: people first, then the ghosts (compare-data.ts). */
function pairIds(data: PageData, kind: 'gained' | 'lost'): string[] {
  const layer = data.compare!.map!;
  const name = (i: number) => (i < data.people.count ? data.people.id[i]! : layer.ghosts.id[i - data.people.count]!);
  return layer[kind].a.map((a, k) => `${name(a)}–${name(layer[kind].b[k]!)} ${layer[kind].weight[k]}`);
}

describe('analyze --compare on every-change: the page holds the diff', () => {
  let data: PageData;
  let c: CompareData;
  let diff: DiffResult;

  beforeAll(async () => {
    const out = join(tempDir(), 'changes.html');
    const r = await run(['analyze', SIDES.after, '--people', SIDES.people, '--compare', SIDES.before, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    data = dataOf(readFileSync(out, 'utf8'));
    c = data.compare!;
    const d = await runJson<DiffResult>(['diff', SIDES.before, SIDES.after, '--people', SIDES.people, '--format', 'json']);
    expect(d.code).toBe(0);
    diff = d.json;
  });

  test('the same figures orgnet diff writes: organization, counts, heaviest ties', () => {
    expect(c.org).toEqual(diff.org);
    expect(c.summary).toEqual(diff.summary);
    expect(c.org.ties).toEqual({ before: 48, after: 47, change: -1 });
    expect(c.summary.ties).toMatchObject({ gained: 6, lost: 7 });
    expect(c.ties!.gained[0]).toMatchObject({ source: 'b2', target: 'c2', weight: 4 });
    // The page names the files, not their paths.
    expect(c.before).toEqual({ file: basename(SIDES.before), source: 'interactions', periods: { first: '2026-01', last: '2026-02' }, hasTies: true });
  });

  test('who joined and who left, and the roles that changed hands', () => {
    expect(c.joined).toEqual({ items: [{ id: 'joy', group: null, roles: ['peripheral'] }], total: 1 });
    expect(c.left).toEqual({ items: [{ id: 'lee', group: null, roles: ['peripheral'] }], total: 1 });
    const broker = c.roles.find((r) => r.role === 'broker')!;
    expect(broker.gained.items.map((p) => p.id)).toContain('mia');
    const leo = c.roleChanges.items.find((p) => p.id === 'leo')!;
    expect(leo.before).toContain('central-connector');
    expect(leo.after).toContain('peripheral');
    const split = c.communities.moves.items.find((m) => m.kind === 'split')!;
    expect(split.before).toHaveLength(1);
    expect(split.after).toHaveLength(2);
  });

  test('the map: three pairs gained, three lost (one to the ghost of lee), one tie lost only in direction', () => {
    expect(pairIds(data, 'gained')).toEqual(['b2–c2 8', 'joy–lou 4', 'mia–pat 4']);
    expect(pairIds(data, 'lost')).toEqual(['a2–b2 4', 'lee–leo 4', 'leo–lou 4']);
    expect(c.map!.directionOnly).toEqual({ gained: 0, lost: 1 });
    expect(c.map!.gained.total).toBe(3);
    expect(c.map!.lost.total).toBe(3);
  });

  test('lee is drawn as a ghost beside leo, with the roles lee had', () => {
    const ghosts = c.map!.ghosts;
    expect(ghosts.id).toEqual(['lee']);
    expect(ghosts.total).toBe(1);
    expect(ghosts.group).toEqual([null]);
    expect(ghosts.roles).toEqual([1 << 5]); // peripheral is bit 5 of ROLE_ORDER
    const leo = data.people.id.indexOf('leo');
    const n = data.people.count;
    const [cx, cy] = [data.people.x.reduce((a, b) => a + b, 0) / n, data.people.y.reduce((a, b) => a + b, 0) / n];
    const [dx, dy] = [data.people.x[leo]! - cx, data.people.y[leo]! - cy];
    const d = Math.hypot(dx, dy);
    expect(ghosts.x[0]).toBeCloseTo(data.people.x[leo]! + (60 * dx) / d, 0);
    expect(ghosts.y[0]).toBeCloseTo(data.people.y[leo]! + (60 * dy) / d, 0);
  });

  test('the hover card columns: joy joined; leo was a central connector; ranks before and now', () => {
    const at = (id: string) => data.people.id.indexOf(id);
    expect(c.people.joined[at('joy')]).toBe(true);
    expect(c.people.joined[at('leo')]).toBe(false);
    expect(c.people.roles[at('leo')]! & (1 << 1)).toBe(2); // central-connector is bit 1
    const mia = diff.people.find((p) => p.id === 'mia')!;
    expect(c.people.rank.pagerank.before[at('mia')]).toBe(mia.pagerank.rankBefore);
    expect(c.people.rank.pagerank.after[at('mia')]).toBe(mia.pagerank.rankAfter);
    expect(c.people.rank.pagerank.before[at('joy')]).toBeNull();
  });
});

test('a snapshot against itself: no change anywhere, nothing on the map', async () => {
  const r = await run(['analyze', SIDES.after, '--people', SIDES.people, '--compare', SIDES.after, '--format', 'html']);
  expect(r.code, r.stderr).toBe(0);
  const c = dataOf(r.stdout).compare!;
  expect(c.summary.ties).toMatchObject({ gained: 0, lost: 0 });
  expect(c.joined.total + c.left.total).toBe(0);
  expect(Object.values(c.org).every((change) => change.change === null || change.change === 0)).toBe(true);
  expect(c.map!.gained.total + c.map!.lost.total + c.map!.ghosts.total).toBe(0);
  expect(c.roles).toEqual([]);
});

test('the acme halves: the fading Marketing team, and the heaviest pair gained', async () => {
  const { first, second } = writeAcmeHalves(tempDir());
  const r = await run(['analyze', second, '--people', ACME_PEOPLE, '--compare', first, '--format', 'html']);
  expect(r.code, r.stderr).toBe(0);
  const data = dataOf(r.stdout);
  const c = data.compare!;
  // Marketing's activity rate falls the most of any group.
  expect(c.groups.changed.activityRate[0]).toMatchObject({ group: 'Marketing' });
  expect(c.groups.changed.activityRate[0]!.change!).toBeLessThan(-0.4);
  expect(c.statusNow.dormant.byGroup[0]).toMatchObject({ group: 'Marketing' });
  // pablo.ruiz → erik.johansson (38) and back (8): the heaviest new pair.
  expect(pairIds(data, 'gained')[0]).toBe('erik.johansson–pablo.ruiz 46');
});

describe('a JSON report as BEFORE', () => {
  test('the figures, but no tie changes: the page is told why', async () => {
    const dir = tempDir();
    const json = join(dir, 'before.json');
    expect((await run(['analyze', SIDES.before, '--people', SIDES.people, '--format', 'json', '-o', json])).code).toBe(0);
    const r = await run(['analyze', SIDES.after, '--people', SIDES.people, '--compare', json, '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    const c = dataOf(r.stdout).compare!;
    expect(c.before).toMatchObject({ file: basename(json), source: 'report', hasTies: false });
    expect(c.ties).toBeNull();
    expect(c.map).toBeNull();
    expect(c.summary.ties).toMatchObject({ before: 48, after: 47, gained: null, lost: null });
    expect(c.org.reciprocity!.before).toBe(1);
    // The page's words for it are bundled into the page (both languages' tables).
    expect(r.stdout).toContain('Tie changes need the ties of both snapshots');
  });
});

test('hostile names in the comparison stay text: the one who left is only data, escaped', async () => {
  const dir = tempDir();
  // AFTER: the hostile fixture without the person named </script>…, in its rows and its people file.
  const without = (file: string, to: string) => {
    const text = readFileSync(join(ROOT, 'fixtures/html/hostile-names', file), 'utf8');
    writeFileSync(join(dir, to), text.split('\n').filter((row) => !row.includes('</script><img')).join('\n'));
    return join(dir, to);
  };
  const after = without('interactions.csv', 'after.csv');
  const people = without('people.csv', 'people.csv');
  // BEFORE as a JSON report made with the full people file: the one who left keeps their group there.
  const before = join(dir, 'before.json');
  const b = await run(['analyze', 'fixtures/html/hostile-names/interactions.csv', '--people', 'fixtures/html/hostile-names/people.csv', '--format', 'json', '-o', before]);
  expect(b.code).toBe(0);
  const r = await run(['analyze', after, '--people', people, '--compare', before, '--format', 'html']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).not.toContain(HOSTILE);
  expect(r.stdout).not.toContain('<img');
  expect(r.stdout.match(/<\/script/gi)).toHaveLength(2);
  const c = dataOf(r.stdout).compare!;
  expect(c.left.items.map((p) => p.id)).toEqual([HOSTILE]);
  expect(c.left.items[0]!.group).toBe('<img src=x onerror=alert(2)>');
  expect(c.map).toBeNull();
});

test('a hostile name among the ghosts and the ties lost is data too', async () => {
  const dir = tempDir();
  const full = readFileSync(join(ROOT, 'fixtures/html/hostile-names/interactions.csv'), 'utf8');
  const after = join(dir, 'after.csv');
  writeFileSync(after, full.split('\n').filter((row) => !row.includes('</script><img')).join('\n'));
  // No people file: the one named </script>… is in BEFORE's rows only, so they left.
  const r = await run(['analyze', after, '--compare', 'fixtures/html/hostile-names/interactions.csv', '--format', 'html']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).not.toContain(HOSTILE);
  expect(r.stdout.match(/<\/script/gi)).toHaveLength(2);
  const c = dataOf(r.stdout).compare!;
  expect(c.map!.ghosts.id).toEqual([HOSTILE]);
  // weight 3 one way and 2 back: the pair weighs 5 and ends at the ghost
  expect(c.map!.lost.weight).toEqual([5]);
  expect(c.ties!.lost.map((t) => [t.source, t.target])).toEqual([[HOSTILE, 'ana'], ['ana', HOSTILE]]);
});

describe('refusals: one line, exit 2, no file', () => {
  test('--compare with a format other than html points to orgnet diff', async () => {
    for (const format of ['json', 'md', 'table', 'csv']) {
      const r = await run(['analyze', SIDES.after, '--compare', SIDES.before, '--format', format]);
      expectExit2(r);
      expect(r.stderr).toContain(`--compare applies to the HTML report (this run writes ${format}); orgnet diff ${SIDES.before} ${SIDES.after}`);
    }
  });

  test('a BEFORE that does not exist, or an -o that would overwrite it', async () => {
    const missing = await run(['analyze', SIDES.after, '--compare', 'no-such.csv', '--format', 'html']);
    expectExit2(missing);
    expect(missing.stderr).toContain('no-such.csv');
    const dir = tempDir();
    const before = join(dir, 'before.csv');
    writeFileSync(before, readFileSync(SIDES.before));
    const clash = await run(['analyze', SIDES.after, '--compare', before, '--format', 'html', '-o', before]);
    expectExit2(clash);
    expect(readFileSync(before, 'utf8')).toBe(readFileSync(SIDES.before, 'utf8'));
  });

  test('a BEFORE that is a bad file names its line', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'source,target,weight\na,b,1\nc,d,heavy\n');
    const out = join(dir, 'out.html');
    const r = await run(['analyze', SIDES.after, '--compare', bad, '-o', out]);
    expectExit2(r);
    expect(r.stderr).toMatch(/bad\.csv:3:/);
    expect(() => readFileSync(out)).toThrow();
  });

  test('--people - with an interactions BEFORE: standard input cannot be read twice', async () => {
    const r = await run(['analyze', SIDES.after, '--people', '-', '--compare', SIDES.before, '--format', 'html'], { stdin: readFileSync(SIDES.people, 'utf8') });
    expectExit2(r);
    expect(r.stderr).toContain('standard input can be read only once');
  });
});
