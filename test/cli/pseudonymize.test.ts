/**
 * `--pseudonymize` as users run it: the salt and its refusals, the same pseudonyms across runs,
 * commands and files, the figures unchanged, the attribute flags, the errors that name a person,
 * a collision, the config file of `check`, the input modes, and `diff` across report kinds.
 * Expected pseudonyms are HMAC-SHA256 computed here with node:crypto.
 */
import { createHmac } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/core/model/diff.js';
import type { Report } from '../../src/core/model/report.js';
import { ROOT, run, runJson } from '../helpers/cli.js';
import { useTempDirs } from './analyze-helpers.js';

const SALT = 'cli-test-salt-0123456789';
const ENV = { ORGNET_SALT: SALT };
const p = (id: string, salt = SALT) => `p-${createHmac('sha256', salt).update(id).digest('hex').slice(0, 10)}`;
const FX = join(ROOT, 'fixtures/privacy');
const INTERACTIONS = join(FX, 'interactions.csv');
const EARLIER = join(FX, 'earlier.csv');
const PEOPLE = join(FX, 'people.csv');
const BASE = ['analyze', INTERACTIONS, '--people', PEOPLE, '--lenient', '--quiet'];
const tempDir = useTempDirs();

/** Equal, numbers to 12 significant digits: another order of ids sums the same terms in another order. */
function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), where).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), where).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
  } else expect(actual, where).toEqual(expected);
}

async function json(args: string[], env: Record<string, string> = ENV): Promise<Report> {
  const result = await runJson<Report>([...args, '--format', 'json'], { env });
  expect(result.code, result.stderr).toBe(0);
  return result.json;
}

describe('the salt', () => {
  it('none: exit 2 before anything is written, saying where a salt comes from', async () => {
    const dir = tempDir();
    const result = await run([...BASE, '--pseudonymize', '--rejects', join(dir, 'rejects.csv'), '-o', join(dir, 'report.json')], { env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^orgnet: --pseudonymize needs a salt, the secret key of the pseudonyms: set ORGNET_SALT .* or add --salt SECRET/);
    expect(result.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([['check', '--rule', 'reciprocity >= 0'], ['export'], ['validate']])('none: %s refuses too, writing nothing', async (command, ...args) => {
    const dir = tempDir();
    const result = await run([command, INTERACTIONS, ...args, '--people', PEOPLE, '--lenient', '--pseudonymize', '-o', join(dir, 'out.json')], { env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^orgnet: --pseudonymize needs a salt/);
    expect(result.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    [['--salt', SALT], {}, '--salt is the key of --pseudonymize: add --pseudonymize'],
    [['--pseudonymize'], { ORGNET_SALT: '' }, 'the salt of --pseudonymize is empty'],
    [['--pseudonymize', '--salt', ''], ENV, 'the salt of --pseudonymize is empty'],
  ])('refuses %j with %j', async (flags, env, message) => {
    const result = await run([...BASE, ...flags], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('--salt wins over ORGNET_SALT, and gives the same report as ORGNET_SALT set to it', async () => {
    const fromFlag = await json([...BASE, '--pseudonymize', '--salt', SALT], { ORGNET_SALT: 'another-salt-0123456789' });
    const fromEnv = await json([...BASE, '--pseudonymize']);
    expect(fromFlag).toEqual(fromEnv);
    expect(fromEnv.people.map((x) => x.id)).toContain(p('zelda.quinterobarros@example.com'));
  });

  it('is never written: meta.options records pseudonymize and the fingerprint (the pseudonym of "") only', async () => {
    const report = await json([...BASE, '--pseudonymize', '--salt', SALT]);
    expect(JSON.stringify(report)).not.toContain(SALT);
    expect(report.meta.options).toMatchObject({ pseudonymize: true, saltFingerprint: p('') });
    expect(Object.keys(report.meta.options).filter((k) => /salt/i.test(k))).toEqual(['saltFingerprint']);
    expect((await json(BASE)).meta.options).toMatchObject({ pseudonymize: false });
    expect((await json(BASE)).meta.options).not.toHaveProperty('saltFingerprint');
  });

  it('a short salt is warned about (without showing it); --quiet silences the warning', async () => {
    const loud = await run(['analyze', INTERACTIONS, '--lenient', '--pseudonymize', '--format', 'json'], { env: { ORGNET_SALT: 'short' } });
    expect(loud.code).toBe(0);
    expect(loud.stderr).toContain('orgnet: warning: the salt is 5 characters long');
    expect(loud.stderr).not.toContain('short\n');
    const quiet = await run(['analyze', INTERACTIONS, '--lenient', '--quiet', '--pseudonymize', '--format', 'json'], { env: { ORGNET_SALT: 'short' } });
    expect(quiet.stderr).toBe('');
  });
});

describe('pseudonyms', () => {
  it('are the same across runs, commands and files; people are sorted by pseudonym', async () => {
    const a = await json([...BASE, '--pseudonymize']);
    const b = await json([...BASE, '--pseudonymize']);
    expect({ ...a, meta: { ...a.meta, generatedAt: '' } }).toEqual({ ...b, meta: { ...b.meta, generatedAt: '' } });
    const ids = a.people.map((x) => x.id);
    expect(ids).toEqual([...ids].sort());
    const exported = await runJson<{ nodes: { key: string }[] }>(['export', INTERACTIONS, '--people', PEOPLE, '--lenient', '--quiet', '--pseudonymize', '--to', 'json'], { env: ENV });
    const nodes = exported.json.nodes.map((n) => n.key);
    expect(nodes.sort()).toEqual(ids);
    const csv = await run([...BASE, '--pseudonymize', '--format', 'csv', '--table', 'ties'], { env: ENV });
    const tieIds = new Set(csv.stdout.trim().split('\r\n').slice(1).flatMap((line) => line.split(',').slice(0, 2)));
    expect([...tieIds].every((id) => ids.includes(id))).toBe(true);
  });

  it('are given to rows read from their bytes as to the others', async () => {
    // No relation column and no filter: the reader takes plain rows from their bytes (byte-rows.ts);
    // the row naming íñigo (not ASCII) goes through the string path, so both paths are in one file.
    const rows = readFileSync(EARLIER, 'utf8').trim().split('\n').map((line) => line.split(',').slice(0, 4).join(','));
    const file = join(tempDir(), 'plain.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const original = new Set(rows.slice(1).flatMap((line) => line.split(',').slice(0, 2)));
    const result = await run(['analyze', file, '--pseudonymize', '--format', 'csv', '--table', 'people'], { env: ENV });
    expect(result.code, result.stderr).toBe(0);
    const shown = result.stdout.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
    expect(shown.sort()).toEqual([...original].map((id) => p(id)).sort());
    for (const id of original) expect(result.stdout).not.toContain(id);
  });

  it('leave every figure that does not depend on the order of ids as it is', async () => {
    const plain = await json(BASE);
    const hashed = await json([...BASE, '--pseudonymize']);
    const byId = new Map(hashed.people.map((x) => [x.id, x]));
    const ORDER_FREE = ['inDegree', 'outDegree', 'inStrength', 'outStrength', 'degreeCentrality', 'betweenness', 'closeness', 'pagerank',
      'reciprocity', 'giveTakeRatio', 'constraint', 'effectiveSize', 'brokerage', 'externalShare', 'cutPoint', 'dependents', 'activity', 'group'] as const;
    for (const person of plain.people) {
      const twin = byId.get(p(person.id))!;
      for (const field of ORDER_FREE) expectClose(twin[field], person[field], `${field} of ${person.id}`);
    }
    for (const field of ['people', 'ties', 'interactions', 'totalWeight', 'density', 'reciprocity', 'transitivity', 'fragmentation', 'distanceFragmentation'] as const) {
      expectClose(hashed.org[field], plain.org[field], field);
    }
    expect(hashed.activity).toEqual(plain.activity);
    expect(hashed.meta.input).toEqual(plain.meta.input);
  });
});

describe('people-file columns', () => {
  it('--keep-attributes keeps an identifying column; --drop-attributes works without --pseudonymize too', async () => {
    // `name` is the display-name column: kept, it names people again.
    const kept = await json([...BASE, '--pseudonymize', '--keep-attributes', 'name']);
    expect(kept.meta.people).toMatchObject({ labelColumn: 'name', attributes: ['title', 'phone'] });
    expect(kept.people.find((x) => x.id === p('zelda.quinterobarros@example.com'))?.label).toBe('Zelda Quintero-Barros');
    const dropped = await json([...BASE, '--drop-attributes', 'phone,EMAIL']);
    expect(dropped.meta.people).toMatchObject({ labelColumn: 'name', attributes: ['title'] });
    expect(dropped.meta.people?.droppedAttributes).toEqual(['email', 'phone']);
    expect(dropped.people[0]!.id).toMatch(/@example\.com$/);
  });

  it.each([
    [['--pseudonymize', '--keep-attributes', 'name', '--drop-attributes', 'Name'], '--drop-attributes and --keep-attributes both name "Name": use one'],
    [['--keep-attributes', 'name'], '--keep-attributes keeps identifying columns that --pseudonymize would leave out'],
    [['--drop-attributes', 'telephone'], `${PEOPLE}: --drop-attributes "telephone": no such column; columns found: id, name, email, department, title, phone`],
    [['--drop-attributes', 'department'], '--drop-attributes "department": is the grouping column'],
  ])('exit 2 for %j', async (flags, message) => {
    const result = await run([...BASE, ...flags], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('--drop-attributes without a people file: exit 2', async () => {
    const result = await run(['analyze', INTERACTIONS, '--lenient', '--drop-attributes', 'phone']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--drop-attributes names columns of the people file: add --people FILE');
  });
});

describe('errors and warnings that name a person', () => {
  it('a duplicate id in the people file is named by its pseudonym', async () => {
    // --id-col: the id column is known while the file is read, so its problems come first.
    const result = await run(['analyze', INTERACTIONS, '--people', join(FX, 'people-duplicate-id.csv'), '--id-col', 'id', '--lenient', '--pseudonymize'], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`people-duplicate-id.csv:4: duplicate id "${p('zelda.quinterobarros@example.com')}" (first on line 2)`);
    expect(result.stderr).not.toContain('zelda');
  });

  it('--remove compares the ids typed; meta and the warning name people by pseudonym', async () => {
    const result = await runJson<Report>([...BASE.filter((f) => f !== '--quiet'), '--pseudonymize', '--remove', 'ximena.oyarzabal@example.com, nobody@example.com', '--format', 'json'], { env: ENV });
    const report = result.json;
    expect(report.people.map((x) => x.id)).not.toContain(p('ximena.oyarzabal@example.com'));
    expect(report.meta.removed).toEqual([p('ximena.oyarzabal@example.com'), p('nobody@example.com')]);
    expect(report.meta.options.remove).toEqual(report.meta.removed);
    expect(result.stderr).toContain(`orgnet: warning: --remove: no person "${p('nobody@example.com')}" in the input; check the spelling`);
  });

  it('two ids with one pseudonym: exit 2, naming the pseudonym, with no output', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    const result = await run(['analyze', join(FX, 'colliding-ids.csv'), '--pseudonymize', '-o', out], { env: { ORGNET_SALT: 'orgnet-collision-salt' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('orgnet: two different people get the pseudonym p-884448ef26 with this salt');
    expect(result.stderr).not.toContain('user');
    expect(existsSync(out)).toBe(false);
  });
});

describe('check', () => {
  it('takes pseudonymize from the config file and the salt from ORGNET_SALT; refuses a salt in the file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'orgnet.json'), JSON.stringify({ rules: ['org.people >= 1'], options: { people: PEOPLE, lenient: true, pseudonymize: true, 'drop-attributes': ['phone'] } }));
    const ok = await run(['check', INTERACTIONS, '--format', 'json', '--quiet'], { cwd: dir, env: ENV });
    expect(ok.code, ok.stderr).toBe(0);
    const none = await run(['check', INTERACTIONS, '--quiet'], { cwd: dir, env: {} });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--pseudonymize needs a salt');
    writeFileSync(join(dir, 'orgnet.json'), `{\n  "rules": ["org.people >= 1"],\n  "options": {\n    "pseudonymize": true,\n    "salt": "${SALT}"\n  }\n}\n`);
    const refused = await run(['check', INTERACTIONS], { cwd: dir, env: ENV });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^orgnet\.json:5: option "salt" cannot be set in a config file: .*set ORGNET_SALT/);
    expect(refused.stderr).not.toContain(SALT);
  });
});

describe('input modes', () => {
  it.each([
    ['--events', join(ROOT, 'fixtures/meetings/attendees.csv'), ['--events']],
    ['--wide', join(ROOT, 'fixtures/input/wide-survey.csv'), ['--wide']],
    ['--split-targets', join(ROOT, 'fixtures/input/split-targets-counting-rules.csv'), ['--split-targets', ';']],
  ])('%s: every id is a pseudonym, the same as the plain run\'s id hashed', async (_mode, file, flags) => {
    const plain = await json(['analyze', file, ...flags, '--lenient', '--quiet'], {});
    const hashed = await json(['analyze', file, ...flags, '--lenient', '--quiet', '--pseudonymize']);
    expect(hashed.people.map((x) => x.id)).toEqual(plain.people.map((x) => p(x.id)).sort());
    const byId = new Map(hashed.people.map((x) => [x.id, x]));
    for (const person of plain.people) expectClose(byId.get(p(person.id))!.pagerank, person.pagerank, `pagerank of ${person.id}`);
  });
});

describe('diff', () => {
  async function diffJson(args: string[], env: Record<string, string> = ENV): Promise<{ code: number; stderr: string; diff: DiffResult | null }> {
    const result = await run(['diff', ...args, '--people', PEOPLE, '--lenient', '--quiet', '--format', 'json'], { env });
    return { code: result.code, stderr: result.stderr, diff: result.code === 0 ? (JSON.parse(result.stdout) as DiffResult) : null };
  }

  it('a report made without --pseudonymize compares as the interactions file it was made from', async () => {
    const dir = tempDir();
    const report = join(dir, 'earlier.json');
    expect((await run(['analyze', EARLIER, '--people', PEOPLE, '-o', report])).code).toBe(0);
    const fromCsv = (await diffJson([EARLIER, INTERACTIONS, '--pseudonymize'])).diff!;
    const fromJson = (await diffJson([report, INTERACTIONS, '--pseudonymize'])).diff!;
    // Community numbers and tie-breaks follow the order of ids, which differs between the sides' analyses.
    const view = (d: DiffResult) => d.people.map((x) => ({ id: x.id, presence: x.presence, group: x.group, status: x.status, pagerank: x.pagerank.before }));
    expectClose(view(fromJson), view(fromCsv), 'people');
    expect(fromJson.summary.people).toEqual(fromCsv.summary.people);
    expect(fromJson.people.find((x) => x.id === p('desmond.achterberg@example.com'))?.presence).toBe('left');
    expect(fromJson.meta.before.options).toMatchObject({ pseudonymize: true, saltFingerprint: p('') });
  });

  it('a report made with --pseudonymize is not hashed again; one made with another salt is refused', async () => {
    const dir = tempDir();
    const mine = join(dir, 'mine.json');
    const theirs = join(dir, 'theirs.json');
    expect((await run(['analyze', EARLIER, '--people', PEOPLE, '--pseudonymize', '-o', mine], { env: ENV })).code).toBe(0);
    expect((await run(['analyze', EARLIER, '--people', PEOPLE, '--pseudonymize', '-o', theirs], { env: { ORGNET_SALT: `${SALT}-other` } })).code).toBe(0);
    const fromCsv = (await diffJson([EARLIER, INTERACTIONS, '--pseudonymize'])).diff!;
    expect((await diffJson([mine, INTERACTIONS, '--pseudonymize'])).diff!.people).toEqual(fromCsv.people);
    // Two reports of one salt compare without it: both already name people by pseudonym.
    expect((await diffJson([mine, mine], {})).code).toBe(0);
    const other = await diffJson([theirs, INTERACTIONS, '--pseudonymize']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('theirs.json was pseudonymized with another salt');
    const mixed = await diffJson([mine, INTERACTIONS], {});
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('names people by pseudonyms and');
    const salts = await diffJson([mine, theirs], {});
    expect(salts.code).toBe(2);
    expect(salts.stderr).toContain('were pseudonymized with different salts');
  });

  it('--pseudonymize on two JSON reports is no ignored analysis flag', async () => {
    const dir = tempDir();
    const report = join(dir, 'earlier.json');
    expect((await run(['analyze', EARLIER, '--people', PEOPLE, '-o', report])).code).toBe(0);
    const result = await run(['diff', report, report, '--pseudonymize', '--format', 'json'], { env: ENV });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readFileSync(report, 'utf8')).toContain('zelda');
    expect(result.stdout).not.toContain('zelda');
  });
});
