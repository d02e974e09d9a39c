/**
 * JSON files orgnet reads but did not write — a report side of `diff` and `--compare`, a `check`
 * config — made to break it, through the real binary: nesting ten thousand deep, a rule nested
 * five thousand deep, two hundred thousand rules, a report with a person twice or `org.people:
 * 1e308`, a config in UTF-16 or UTF-32, raw binary, a syntax error (in a config or a report).
 * Each is one line on stderr, exit 2, nothing written; the messages below are worked out from
 * the files made here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { entries, expectCleanError, orgnet, runJson } from '../helpers/binary.js';
import { tempDir } from '../helpers/temp-dir.js';


const dir = tempDir('hostile-json');
const CSV = join(dir, 'interactions.csv');
const at = (name: string) => join(dir, name);
const EXPECTED = 'expected the JSON written by orgnet analyze --format json';

/** A good report, written by orgnet, that the tampered ones start from. */
let report: Record<string, unknown>;
beforeAll(() => {
  writeFileSync(CSV, 'source,target\na,b\nb,c\nc,a\n');
  const r = runJson<Record<string, unknown>>(['analyze', CSV, '--format', 'json']);
  expect(r.status, r.stderr).toBe(0);
  report = r.json;
});

/** Runs orgnet and asserts one clean line on stderr, exit 2, and no file written in an output folder. */
function refused(args: (out: string) => string[]): string {
  const out = tempDir('hostile-json-out');
  const r = orgnet(args(join(out, 'result')));
  expect(r.status).toBe(2);
  expectCleanError(r.stderr);
  expect(r.stderr.split('\n')).toHaveLength(2);
  expect(entries(out)).toEqual([]);
  return r.stderr.trimEnd();
}

describe('a report side of diff and --compare', () => {
  test('arrays nested 10,000 deep: refused by depth, before any recursion', () => {
    const depth = 10_000;
    // `{"schemaVersion":1,"x":` is 23 characters and its "{" the first level: the first "[" (column
    // 24) is the second, so the 65th level is the 64th "[", column 24 + 63 = 87.
    writeFileSync(at('nested.json'), `{"schemaVersion":1,"x":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    const message = `${at('nested.json')}:1: arrays and objects nested more than 64 deep (at column 87): no file orgnet reads nests so deep`;
    expect(refused((out) => ['diff', at('nested.json'), CSV, '-o', `${out}.md`])).toBe(message);
    expect(refused((out) => ['analyze', CSV, '--compare', at('nested.json'), '-o', `${out}.html`])).toBe(message);
  });

  test('the same person twice: not a report orgnet wrote', () => {
    const people = report.people as unknown[];
    writeFileSync(at('twice.json'), JSON.stringify({ ...report, people: [...people, people[0]] }, null, 2));
    expect(refused((out) => ['diff', at('twice.json'), CSV, '-o', `${out}.md`])).toMatch(
      new RegExp(`^${at('twice.json')}:\\d+: not a report orgnet wrote: people 0 and 3 have the same id; ${EXPECTED}$`),
    );
  });

  test('org.people 1e308, and a number beyond the largest double (1e309)', () => {
    writeFileSync(at('absurd.json'), JSON.stringify({ ...report, org: { ...(report.org as object), people: 1e308 } }, null, 2));
    expect(refused((out) => ['diff', at('absurd.json'), CSV, '-o', `${out}.md`])).toMatch(
      new RegExp(`^${at('absurd.json')}:\\d+: not a report orgnet wrote: /org/people is 1e\\+308, but the report lists 3 people; ${EXPECTED}$`),
    );
    const text = JSON.stringify(report, null, 2).replace(/"totalWeight": [0-9.]+/, '"totalWeight": 1e309');
    writeFileSync(at('infinite.json'), text);
    expect(refused((out) => ['diff', at('infinite.json'), CSV, '-o', `${out}.md`])).toMatch(/:\d+: not a valid orgnet report: \/org\/totalWeight is a number beyond 1\.8e308: /);
  });

  test('a report that is not valid JSON: by line and column, in diff and --compare', () => {
    writeFileSync(at('typo-report.json'), '{\n  "schemaVersion": 1,\n  "people": [1,,2]\n}\n');
    // Line 3 is `  "people": [1,,2]`: the second comma is its 16th character.
    const message = `${at('typo-report.json')}:3: not valid JSON at column 16: expected a value (found ",")`;
    expect(refused((out) => ['diff', at('typo-report.json'), CSV, '-o', `${out}.md`])).toBe(message);
    expect(refused((out) => ['analyze', CSV, '--compare', at('typo-report.json'), '-o', `${out}.html`])).toBe(message);
  });

  test('a report in UTF-16 is named as such', () => {
    const text = JSON.stringify(report);
    writeFileSync(at('utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(refused((out) => ['diff', at('utf16.json'), CSV, '-o', `${out}.md`])).toBe(`${at('utf16.json')}: the file is UTF-16 LE text; orgnet reads JSON in UTF-8: save it as UTF-8`);
  });
});

describe('a check config', () => {
  const check = (config: string) => (out: string) => ['check', CSV, '--config', at(config), '-o', `${out}.json`];

  test('a rule nested 5,000 deep', () => {
    writeFileSync(at('deep.json'), `{"rules":[${'['.repeat(5000)}${']'.repeat(5000)}]}`);
    // `{` is the first level and the "[" of `{"rules":[` (column 10) the second: the 65th level is
    // the 63rd of the "[" that follow, column 10 + 63 = 73.
    expect(refused(check('deep.json'))).toBe(`${at('deep.json')}:1: arrays and objects nested more than 64 deep (at column 73): no file orgnet reads nests so deep`);
  });

  test('200,000 rules; and 1,001 --rule flags', () => {
    writeFileSync(at('many.json'), JSON.stringify({ rules: Array.from({ length: 200_000 }, (_, i) => `org.people > ${i}`) }));
    expect(refused(check('many.json'))).toBe(`${at('many.json')}:1: 200,000 rules: orgnet checks at most 1,000 in one run; split them over several runs`);
    const flags = Array.from({ length: 1001 }, () => ['--rule', 'org.people > 1']).flat();
    expect(refused((out) => ['check', CSV, ...flags, '-o', `${out}.json`])).toBe('orgnet: 1,001 rules: orgnet checks at most 1,000 in one run; split them over several runs');
  });

  test('a rule that is not a string is described, not written out', () => {
    writeFileSync(at('array-rule.json'), JSON.stringify({ rules: ['org.people > 1', Array.from({ length: 50_000 }, (_, i) => i)] }));
    expect(refused(check('array-rule.json'))).toBe(`${at('array-rule.json')}:1: rules[1] must be a string, not an array of 50000`);
  });

  test('a syntax error by line and column', () => {
    writeFileSync(at('typo.json'), '{\n  "rules": ["org.people > 1"],\n  "options": {"lenient": tru}\n}\n');
    expect(refused(check('typo.json'))).toBe(`${at('typo.json')}:3: not valid JSON at column 26: unexpected character (found "t")`);
    writeFileSync(at('cut.json'), '{\n  "rules": ["org.people > 1"');
    // The second line is 28 characters: the file ends at its column 29.
    expect(refused(check('cut.json'))).toBe(`${at('cut.json')}:2: not valid JSON: the file ends too soon (at column 29, expected "]")`);
  });

  test('UTF-16 and UTF-32 are named; raw binary is said to be binary', () => {
    const text = '{"rules": ["org.people > 1"]}';
    writeFileSync(at('utf16be.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    expect(refused(check('utf16be.json'))).toBe(`${at('utf16be.json')}: the file is UTF-16 BE text; orgnet reads JSON in UTF-8: save it as UTF-8`);
    const utf32 = Buffer.alloc(4 * (text.length + 1));
    utf32.writeUInt32LE(0xfeff, 0);
    [...text].forEach((c, i) => utf32.writeUInt32LE(c.charCodeAt(0), 4 * (i + 1)));
    writeFileSync(at('utf32.json'), utf32);
    expect(refused(check('utf32.json'))).toBe(`${at('utf32.json')}: the file is UTF-32 LE text; orgnet reads JSON in UTF-8: save it as UTF-8`);
    writeFileSync(at('binary.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x1b, 0x5b, 0x32, 0x4a]));
    // The PNG signature: CR LF and then LF end two lines before the NUL byte, on line 3.
    expect(refused(check('binary.json'))).toBe(`${at('binary.json')}:3: binary data (a NUL byte): expected a JSON text file`);
  });
});
