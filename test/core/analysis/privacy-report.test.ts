/**
 * A JSON report made without --pseudonymize, pseudonymized for a diff: every id field mapped by
 * an HMAC computed here with node:crypto, people sorted again, identifying columns left out, and
 * the result still a valid report; and the refusals of sides that name people differently.
 */
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/base/errors.js';
import { alignNaming, namingOf, pseudonymizeReport } from '../../../src/core/analysis/privacy-report.js';
import { Pseudonyms } from '../../../src/core/ingest/privacy/pseudonyms.js';
import type { Report } from '../../../src/core/model/report.js';
import { validatorOf } from '../../../src/io/report-schema.js';
import { ROOT, runJson } from '../../helpers/cli.js';

const SALT = 'report-test-salt-0123456789';
const p = (id: string) => `p-${createHmac('sha256', SALT).update(id).digest('hex').slice(0, 10)}`;
const FX = join(ROOT, 'fixtures/privacy');
const RULE = { pseudonymize: true, drop: ['phone'], keep: [] };

async function report(extra: string[] = [], env: Record<string, string> = {}): Promise<Report> {
  const args = ['analyze', join(FX, 'interactions.csv'), '--people', join(FX, 'people.csv'), '--lenient', '--quiet', '--format', 'json'];
  const result = await runJson<Report>([...args, '--remove', 'wilhelmina.castellanos@example.com,rosalind.nonexistent@example.com', ...extra], { env });
  expect(result.code, result.stderr).toBe(0);
  return result.json;
}

describe('pseudonymizeReport', () => {
  it('maps every id field, sorts people by pseudonym and leaves out the identifying columns', async () => {
    const plain = await report();
    const out = pseudonymizeReport(plain, new Pseudonyms(SALT), RULE);
    expect(out.people.map((x) => x.id)).toEqual(plain.people.map((x) => p(x.id)).sort());
    const byId = new Map(plain.people.map((x) => [p(x.id), x]));
    for (const person of out.people) {
      const before = byId.get(person.id)!;
      expect({ ...person, id: before.id, attributes: before.attributes, label: before.label }).toEqual(before);
      // The display names (the people file's name column) go with the identifying columns.
      expect(person.label).toBeNull();
      // Everyone of the people file has a title; the one only in the interactions has no attributes.
      expect(Object.keys(person.attributes)).toEqual(Object.keys(before.attributes).length > 0 ? ['title'] : []);
    }
    expect(out.groups.map((g) => g.connectors)).toEqual(plain.groups.map((g) => g.connectors.map(p)));
    expect(out.org.keyPlayers.map((k) => k.id)).toEqual(plain.org.keyPlayers.map((k) => p(k.id)));
    expect(out.meta.removed).toEqual([p('wilhelmina.castellanos@example.com'), p('rosalind.nonexistent@example.com')]);
    expect(out.meta.options.remove).toEqual(out.meta.removed);
    expect(out.meta.warnings.filter((w) => w.startsWith('--remove'))).toEqual([`--remove: no person "${p('rosalind.nonexistent@example.com')}" in the input; check the spelling`]);
    expect(out.meta.people?.attributes).toEqual(['title']);
    expect(out.meta.people?.droppedAttributes).toEqual(['name', 'email', 'phone']);
    expect(out.meta.options).toMatchObject({ pseudonymize: true, saltFingerprint: p(''), dropAttributes: ['phone'] });
    expect(validatorOf('schema.json')(out)).toBe(true);
    expect(JSON.stringify(out)).not.toMatch(/@example\.com|Zelda|\+34/);
  });

  it('gives the pseudonyms --pseudonymize gives at the source', async () => {
    const atSource = await report(['--pseudonymize', '--drop-attributes', 'phone'], { ORGNET_SALT: SALT });
    const later = pseudonymizeReport(await report(), new Pseudonyms(SALT), RULE);
    expect(later.people.map((x) => [x.id, x.attributes])).toEqual(atSource.people.map((x) => [x.id, x.attributes]));
    expect(later.meta.options.saltFingerprint).toBe(atSource.meta.options.saltFingerprint);
    expect(namingOf(atSource)).toEqual({ kind: 'pseudonyms', fingerprint: p('') });
  });
});

describe('alignNaming', () => {
  it('pseudonymizes a JSON side by ids, keeps one by the same salt, refuses another salt', async () => {
    const [plain, mine, theirs] = [await report(), await report(['--pseudonymize'], { ORGNET_SALT: SALT }), await report(['--pseudonymize'], { ORGNET_SALT: `${SALT}-2` })];
    const pseudonyms = new Pseudonyms(SALT);
    const [a, b] = alignNaming([{ file: 'a.json', report: plain, fromJson: true }, { file: 'b.json', report: mine, fromJson: true }], pseudonyms, RULE);
    expect(a!.people.map((x) => x.id)).toEqual(mine.people.map((x) => x.id));
    expect(b).toBe(mine);
    expect(() => alignNaming([{ file: 'c.json', report: theirs, fromJson: true }], pseudonyms, RULE)).toThrow(/c\.json was pseudonymized with another salt/);
  });

  it('without --pseudonymize refuses pseudonyms against ids, and two salts', async () => {
    const [plain, mine, theirs] = [await report(), await report(['--pseudonymize'], { ORGNET_SALT: SALT }), await report(['--pseudonymize'], { ORGNET_SALT: `${SALT}-2` })];
    const side = (file: string, r: Report, fromJson = true) => ({ file, report: r, fromJson });
    expect(() => alignNaming([side('mine.json', mine), side('now.csv', plain, false)], null, RULE)).toThrow(UsageError);
    expect(() => alignNaming([side('mine.json', mine), side('now.csv', plain, false)], null, RULE)).toThrow(/add --pseudonymize with the salt mine\.json was made with/);
    expect(() => alignNaming([side('mine.json', mine), side('theirs.json', theirs)], null, RULE)).toThrow(/different salts/);
    const [x, y] = alignNaming([side('mine.json', mine), side('again.json', mine)], null, RULE);
    expect([x, y]).toEqual([mine, mine]);
  });
});
