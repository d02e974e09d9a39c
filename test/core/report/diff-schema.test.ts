/**
 * The JSON Schema of `orgnet diff --format json` (src/core/report/diff-schema.json, shipped as
 * `orgnet/diff-schema.json`) against real output — interactions files, a JSON side, no people
 * file, no timestamps, --fail-on rules — and against broken diffs it must refuse.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiffResult } from '../../../src/core/model/diff.js';
import { writeAcmeHalves } from '../../helpers/acme-halves.js';
import { ROOT, run, runJson } from '../../helpers/cli.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => unknown;
const SCHEMA = JSON.parse(readFileSync(path.join(ROOT, 'src/core/report/diff-schema.json'), 'utf8')) as object;
const HAND = path.join(ROOT, 'fixtures/diff/every-change');
const PEOPLE = path.join(ROOT, 'fixtures/acme/people.csv');

let validate: ValidateFunction;
let dir = '';
let halves: { first: string; second: string };

beforeAll(() => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  validate = ajv.compile(SCHEMA);
  dir = mkdtempSync(path.join(tmpdir(), 'orgnet-diff-schema-'));
  halves = writeAcmeHalves(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function diffOf(args: string[], stdin?: string): Promise<DiffResult> {
  const r = await runJson<DiffResult>(['diff', ...args, '--format', 'json', '--quiet'], stdin === undefined ? {} : { stdin });
  expect(r.stderr).toBe('');
  return r.json;
}

function expectValid(diff: unknown): void {
  const ok = validate(diff);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('real diffs validate', () => {
  test('the hand-built snapshots, with and without the people file, with rules', async () => {
    const sides = [path.join(HAND, 'before.csv'), path.join(HAND, 'after.csv')];
    expectValid(await diffOf([...sides, '--people', path.join(HAND, 'people.csv'), '--fail-on', 'lost(ties) > 1', '--fail-on', 'delta(reciprocity) < 0']));
    const noGroups = await diffOf([...sides, '--fail-on', 'delta(eiIndex) < 0', '--allow-missing']);
    expect(noGroups.groups).toEqual([]);
    expectValid(noGroups);
  });

  test('acme halves, a JSON side, and a side without timestamps', async () => {
    expectValid(await diffOf([halves.first, halves.second, '--people', PEOPLE]));
    const report = path.join(dir, 'first.json');
    expect((await run(['analyze', halves.first, '--people', PEOPLE, '--format', 'json', '-o', report, '--quiet'])).code).toBe(0);
    const mixed = await diffOf([report, halves.second, '--people', PEOPLE]);
    expect(mixed.ties).toBeNull();
    expectValid(mixed);
    const plain = readFileSync(halves.second, 'utf8').split('\n').map((l) => l.split(',').slice(0, 3).join(',')).join('\n');
    const noTime = path.join(dir, 'no-time.csv');
    writeFileSync(noTime, plain);
    const untimed = await diffOf([halves.first, noTime, '--people', PEOPLE]);
    expect(untimed.summary.status.dormant.after).toBeNull();
    expect(untimed.meta.after.periods).toBeNull();
    expectValid(untimed);
  });

  test('two reports with a reporting line and --compare-by columns, one of them on one side only', async () => {
    const line = path.join(ROOT, 'fixtures/diff/reporting-line');
    const sides = [path.join(dir, 'line-before.json'), path.join(dir, 'line-after.json')];
    for (const [i, side] of (['before', 'after'] as const).entries()) {
      const compare = side === 'before' ? 'office,tenure' : 'office,tenure,level';
      const made = await run(['analyze', path.join(line, `${side}.csv`), '--people', path.join(line, `people-${side}.csv`), '--compare-by', compare, '--format', 'json', '-o', sides[i]!, '--quiet']);
      expect(made.code).toBe(0);
    }
    const diff = await diffOf(sides);
    expect(diff.summary.reportingLine).not.toBeNull();
    expect(Object.keys(diff.attributes)).toEqual(['office', 'tenure', 'level']);
    expectValid(diff);
    const broken = structuredClone(diff) as unknown as { attributes: Record<string, { groups: { presence: string }[] }> };
    broken.attributes.office!.groups[0]!.presence = 'stayed';
    expect(validate(broken)).toBe(false);
  });
});

describe('the schema refuses broken diffs', () => {
  let valid: DiffResult;
  beforeAll(async () => {
    valid = await diffOf([path.join(HAND, 'before.csv'), path.join(HAND, 'after.csv'), '--people', path.join(HAND, 'people.csv')]);
  });
  const edited = (edit: (d: Record<string, any>) => void): unknown => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const copy = structuredClone(valid) as unknown as Record<string, unknown>;
    edit(copy);
    return copy;
  };

  test('the unbroken copy is valid', () => expectValid(edited(() => undefined)));

  test('a NaN as text, a missing field, an unknown field, a role not in the spec, a bad kind', () => {
    expect(validate(edited((d) => (d.org.reciprocity.change = 'NaN')))).toBe(false);
    expect(validate(edited((d) => delete d.summary.ties.gained))).toBe(false);
    expect(validate(edited((d) => (d.people[0].mood = 1)))).toBe(false);
    expect(validate(edited((d) => (d.people[0].roles.after = ['hero'])))).toBe(false);
    expect(validate(edited((d) => (d.communities.events[0].kind = 'vanished')))).toBe(false);
    expect(validate(edited((d) => (d.kind = 'report')))).toBe(false);
    expect(validate(edited((d) => (d.ties[0].change = 'kept')))).toBe(false);
    expect(validate(edited((d) => (d.people[0].pagerank.rankBefore = 0)))).toBe(false);
  });

  test('null exactly where the diff allows it', () => {
    expectValid(edited((d) => (d.ties = null)));
    expectValid(edited((d) => (d.org.eiIndex = { before: null, after: 1, change: null })));
    expect(validate(edited((d) => (d.summary.people.joined = null)))).toBe(false);
    expect(validate(edited((d) => (d.people[0].id = null)))).toBe(false);
  });
});
