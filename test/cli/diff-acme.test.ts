// `orgnet diff` on the acme example split into its first and last six months (rows before
// 2025-07-01, and the others), with the people file: the story of the fading Marketing team
// (fixtures/acme/README.md) told in figures. Every expected figure comes from
// scripts/golden_diff.py, which recomputes both halves from the rows with networkx 2.8.8.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mostChanged } from '../../src/core/diff/groups.js';
import type { DiffResult } from '../../src/core/model/diff.js';
import type { Finding } from '../../src/core/model/findings.js';
import { writeAcmeHalves } from '../helpers/acme-halves.js';
import { ROOT, run, runJson } from '../helpers/cli.js';

interface GroupFigures {
  internalTies: number;
  externalTies: number;
  eiIndex: number | null;
  reciprocity: number | null;
  activityRate: number;
  weight: number;
}
interface Golden {
  ties: { gained: [string, string, number][]; lost: [string, string, number][] };
  ranks: Record<'sourcePagerank' | 'pagerank' | 'betweenness', Record<string, [number, number]>>;
  org: Record<'before' | 'after', { reciprocity: number; density: number }>;
  groups: Record<'before' | 'after', Record<string, GroupFigures>>;
  status: Record<'before' | 'after', Record<string, string>>;
}
const GOLDEN = JSON.parse(readFileSync(join(ROOT, 'test/golden/diff/acme-halves.json'), 'utf8')) as Golden;
const PEOPLE = join(ROOT, 'fixtures/acme/people.csv');

let dir = '';
let halves: { first: string; second: string };
let diff: DiffResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'orgnet-acme-halves-'));
  halves = writeAcmeHalves(dir);
  const r = await runJson<DiffResult>(['diff', halves.first, halves.second, '--people', PEOPLE, '--format', 'json', '--quiet']);
  expect(r.code).toBe(0);
  diff = r.json;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byGroup = (name: string) => diff.groups.find((g) => g.group === name)!;

describe('the fading Marketing team', () => {
  test('Marketing’s activity rate falls from every member active every month to about half', () => {
    const marketing = byGroup('Marketing');
    expect(marketing.activityRate.before).toBe(GOLDEN.groups.before.Marketing!.activityRate); // 1
    expect(marketing.activityRate.after).toBeCloseTo(GOLDEN.groups.after.Marketing!.activityRate, 12); // 0.5417
    expect(marketing.activityRate.change).toBeCloseTo(-0.4583, 4);
    // It is the group whose activity rate changed most, and whose ties lost most weight (660 → 243):
    // the team keeps its ties (53 inside on both sides) while it stops using them.
    expect(mostChanged(diff.groups, 'activityRate', 1)[0]?.group).toBe('Marketing');
    expect(mostChanged(diff.groups, 'weight', 1)[0]?.group).toBe('Marketing');
    expect(marketing.weight).toEqual({ before: GOLDEN.groups.before.Marketing!.weight, after: GOLDEN.groups.after.Marketing!.weight, change: 243 - 660 });
    expect(marketing.internalTies).toEqual({ before: 53, after: 53, change: 0 });
  });

  test('nine Marketing members become dormant and three fading; the organization’s active share falls', () => {
    for (const p of diff.people) {
      expect([p.id, p.status.before, p.status.after]).toEqual([p.id, GOLDEN.status.before[p.id], GOLDEN.status.after[p.id]]);
    }
    const now = (status: string) => diff.people.filter((p) => p.status.after === status && p.status.before !== status);
    expect(now('dormant').map((p) => p.group.after)).toEqual(Array(9).fill('Marketing'));
    expect(now('fading').map((p) => p.id)).toEqual(['amelie.roux', 'claire.fontaine', 'ingrid.berg']);
    // Before, pablo.ruiz (not yet there) and elena.popescu (on leave) are absent, and everyone seen
    // is active: 78 of 78. After, elena.popescu alone is absent: 70 of the 79 seen are not dormant.
    expect(diff.org.activeShare).toMatchObject({ before: 78 / 78, after: 70 / 79 });
    expect(diff.summary.status.dormant).toEqual({ before: 0, after: 9, change: 9 });
    expect(diff.summary.status.absent).toEqual({ before: 2, after: 1, change: -1 });
  });

  test('pablo.ruiz joins Engineering: the gained ties are his; one Marketing tie to Operations is lost', () => {
    const list = (kind: string) => diff.ties!.filter((t) => t.change === kind).map((t) => [t.source, t.target, t.weight]);
    expect(list('gained')).toEqual(GOLDEN.ties.gained);
    expect(list('lost')).toEqual(GOLDEN.ties.lost);
    expect(list('gained').every(([s, t]) => s === 'pablo.ruiz' || t === 'pablo.ruiz')).toBe(true);
    expect(list('lost')).toEqual([['ben.taylor', 'felix.hoffmann', 2]]);
    expect(diff.summary.ties).toEqual({ before: 518, after: 528, gained: 11, lost: 1, kept: 517 });
  });

  test('group figures and org reciprocity and density are networkx’s, on both halves', () => {
    for (const side of ['before', 'after'] as const) {
      expect(diff.org.reciprocity?.[side]).toBeCloseTo(GOLDEN.org[side].reciprocity, 12);
      expect(diff.org.density?.[side]).toBeCloseTo(GOLDEN.org[side].density, 12);
      for (const [name, g] of Object.entries(GOLDEN.groups[side])) {
        const ours = byGroup(name);
        expect([name, ours.internalTies[side], ours.externalTies[side], ours.weight[side]]).toEqual([name, g.internalTies, g.externalTies, g.weight]);
        expect(ours.eiIndex[side]).toBeCloseTo(g.eiIndex!, 12);
        expect(ours.reciprocity[side]).toBeCloseTo(g.reciprocity!, 12);
        expect(ours.activityRate[side]).toBeCloseTo(g.activityRate, 12);
      }
    }
  });

  test('go-to score, PageRank and betweenness ranks are networkx’s', () => {
    for (const field of ['sourcePagerank', 'pagerank', 'betweenness'] as const) {
      const ours = Object.fromEntries(diff.people.map((p) => [p.id, [p[field].rankBefore, p[field].rankAfter]]));
      expect(ours).toEqual(GOLDEN.ranks[field]);
    }
    // The biggest PageRank fall is a Marketing member's: jonas.klein, 41st → 68th.
    const fall = [...diff.people].sort((a, b) => (a.pagerank.move ?? 0) - (b.pagerank.move ?? 0))[0]!;
    expect([fall.id, fall.group.after, fall.pagerank.rankBefore, fall.pagerank.rankAfter]).toEqual(['jonas.klein', 'Marketing', 41, 68]);
  });

  test('the terminal view says it in plain words', async () => {
    const r = await run(['diff', halves.first, halves.second, '--people', PEOPLE, '--quiet', '--top', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('now dormant (9; Marketing 9): ben.taylor, jonas.klein, kai.nakamura, … (9 in all)');
    expect(r.stdout).toContain('now fading (3; Marketing 3): amelie.roux, claire.fontaine, ingrid.berg');
    // Shares in % as analyze shows them, their changes in percentage points: 1 → 0.5417 (golden), −45.8 points.
    expect(r.stdout).toMatch(/activity rate changed most:\n.*\n.*\n.*\n│ Marketing +│ +100\.0% │ 54\.2% │ −45\.8 pp │/);
    // 78 of 78 (100.0%), then 70 of 79 (88.6%): −11.4 points.
    expect(r.stdout).toMatch(/│ active share +│ +100\.0% │ +88\.6% │ +−11\.4 pp │/);
    // Reciprocity 0.7413 → 0.7386 (golden_diff.py); counts with thousands separators (5,123 interactions before);
    // the E-I p-value as analyze prints it, with no change to read.
    expect(r.stdout).toMatch(/│ reciprocity +│ +74\.1% │ +73\.9% │ +−0\.3 pp │/);
    expect(r.stdout).toMatch(/│ interactions +│ +5,123 │ +4,639 │ +−484 │/);
    expect(r.stdout).toMatch(/│ E-I p-value +│ +< 0\.001 │ +< 0\.001 │ +— │/);
  });
});

describe('findings compared between the halves', () => {
  const key = (f: Pick<Finding, 'kind' | 'subject'>) => `${f.kind} ${f.subject.type === 'group' ? f.subject.group : f.subject.type}`;
  async function findingsOf(file: string): Promise<Finding[]> {
    const r = await runJson<{ findings: Finding[] }>(['analyze', file, '--people', PEOPLE, '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    return r.json.findings;
  }

  test('Marketing’s inactivity appears; every other finding is on both halves', async () => {
    // The reference: each half analysed on its own, its findings matched here by kind and group.
    const [first, second] = [await findingsOf(halves.first), await findingsOf(halves.second)];
    const firstKeys = new Set(first.map(key));
    const secondKeys = new Set(second.map(key));
    const presence = (k: string) => (firstKeys.has(k) && secondKeys.has(k) ? 'kept' : secondKeys.has(k) ? 'appeared' : 'gone');
    const expected = [...second.map(key), ...first.map(key).filter((k) => !secondKeys.has(k))].map((k) => [k, presence(k)]);
    expect(diff.findings.map((f) => [key(f), f.presence])).toEqual(expected);
    // By hand: in the first half every Marketing member is active every month; in the second, 9 of
    // its 12 are dormant and 3 fading — the whole team, a high-severity inactive group.
    const appeared = diff.findings.filter((f) => f.presence !== 'kept');
    expect(appeared).toEqual([{ kind: 'inactive-group', presence: 'appeared', subject: { type: 'group', group: 'Marketing' }, severity: { before: null, after: 'high' } }]);
    const csv = await run(['diff', halves.first, halves.second, '--people', PEOPLE, '--format', 'csv', '--table', 'findings', '--quiet']);
    expect(csv.stdout.split(/\r?\n/)[0]).toBe('kind,presence,subject.type,subject,severity.before,severity.after');
    expect(csv.stdout.split(/\r?\n/)).toContain('inactive-group,appeared,group,Marketing,,high');
    const table = await run(['diff', halves.first, halves.second, '--people', PEOPLE, '--quiet']);
    expect(table.stdout).toMatch(/Findings\n1 appeared, 0 gone, \d+ on both sides\n/);
    expect(table.stdout).toMatch(/│ appeared +│ inactive-group +│ Marketing +│ — +│ high +│/);
  });

  test('--fail-on over findings: one more high finding trips the gate; the way back does not', async () => {
    const rule = 'delta(count(findings.severity=high)) > 0';
    const forward = await runJson<DiffResult>(['diff', halves.first, halves.second, '--people', PEOPLE, '--fail-on', rule, '--format', 'json', '--quiet']);
    expect(forward.code).toBe(1);
    const held = forward.json.failOn!.rules[0]!;
    // High findings: those of each half's own report (the Marketing one is the only change).
    const high = async (file: string) => (await findingsOf(file)).filter((f) => f.severity === 'high').length;
    const [before, after] = [await high(halves.first), await high(halves.second)];
    expect(after - before).toBe(1);
    expect(held).toMatchObject({ status: 'holds', before, after, value: 1 });
    const back = await run(['diff', halves.second, halves.first, '--people', PEOPLE, '--fail-on', rule, '--quiet']);
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/clear +delta\(count\(findings\.severity=high\)\) > 0 +-1\n/);
  });
});
