/**
 * Random bytes, random headers and random option values fed to the real binary — `analyze`,
 * `validate`, `check` and `diff` — and what must hold whatever they are: exit 0 or 2 (1 for a
 * check or diff rule), never 3; never a stack trace; and no file left in the folder but the
 * inputs and the output asked for (written on success, and by validate also for its list of
 * problems).
 *
 * Each run spawns orgnet, so the default is a few dozen runs (CI's budget); set
 * ORGNET_PROPERTY_RUNS for more (and ORGNET_PROPERTY_SEED for other inputs: the default seed is
 * fixed, so a CI run is repeatable). A failure prints the seed and the path to reproduce it.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { orgnet } from '../helpers/binary.js';
import { tempDir } from '../helpers/temp-dir.js';


const RUNS = Number(process.env.ORGNET_PROPERTY_RUNS ?? 36);
const SEED = Number(process.env.ORGNET_PROPERTY_SEED ?? 20261207);

/** Strings a hostile file or command line holds: names of JavaScript's own, bidi and control characters, numbers at the edges. */
const ODD = [
  '', ' ', '0', '-1', '1e308', '1e309', 'NaN', 'Infinity', '0x10', '1,5', 'constructor', '__proto__', 'toString', 'hasOwnProperty',
  'source', 'target', 'weight', 'timestamp', 'fecha', 'id', 'department', 'Ana\u202eevil', 'يوسف', 'Bob\u200b', 'a\u0000b', '\u001b[2J',
  '"', '""', 'a,b', 'a;b', 'a\nb', '0001-01-01', '9999-12-31', '2024-02-30', '31/12/2024', '1700000000', '-', '*.parquet', 'x'.repeat(300),
];
const odd = fc.oneof(fc.constantFrom(...ODD), fc.string({ maxLength: 12 }), fc.fullUnicodeString({ maxLength: 6 }));

/** A CSV made of odd headers and cells, with one of the delimiters and line ends orgnet reads. */
const csvText = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    end: fc.constantFrom('\n', '\r\n', '\r'),
    header: fc.array(odd, { minLength: 1, maxLength: 5 }),
    rows: fc.array(fc.array(odd, { minLength: 0, maxLength: 6 }), { maxLength: 12 }),
  })
  .map(({ delimiter, end, header, rows }) => [header, ...rows].map((r) => r.join(delimiter)).join(end) + end);

/** A well-formed start (source,target…) with odd rows: deeper into the readers than random text gets. */
const plausibleCsv = fc
  .array(fc.tuple(odd, odd, fc.oneof(odd, fc.double().map(String), fc.nat().map(String)), fc.oneof(odd, fc.date().map((d) => (Number.isNaN(d.getTime()) ? '' : d.toISOString())))), { maxLength: 15 })
  .map((rows) => `source,target,weight,timestamp\n${rows.map((r) => r.join(',')).join('\n')}\n`);

/** JSON-ish text: a report's start, nesting, odd values. */
const jsonText = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ schemaVersion: 1, people: v })),
  fc.nat({ max: 3000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.array(fc.oneof(odd, fc.jsonValue({ maxDepth: 2 })), { maxLength: 5 }).map((rules) => JSON.stringify({ rules, options: {} })),
);

const bytes = fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b));
const content = fc.oneof(
  { weight: 3, arbitrary: csvText.map((t) => Buffer.from(t)) },
  { weight: 3, arbitrary: plausibleCsv.map((t) => Buffer.from(t)) },
  { weight: 2, arbitrary: bytes },
  { weight: 1, arbitrary: jsonText.map((t) => Buffer.from(t)) },
);

/** What a command line can hold: anything but NUL, which no argv can carry (the files keep theirs). */
const arg = odd.map((s) => s.replaceAll('\u0000', '\\0'));

/** Options with a value, and flags without one; each picked with an odd value. */
const VALUED = [
  '--encoding', '--people-encoding', '--delimiter', '--period', '--source-col', '--target-col', '--weight-col', '--time-col', '--since', '--until',
  '--min-tie-weight', '--max-field-size', '--split-targets', '--max-event-size', '--remove', '--relation', '--group-by', '--seed', '--top', '--sort',
  '--key-players', '--betweenness-samples', '--permutations',
];
const FLAGS = ['--lenient', '--undirected', '--events', '--wide', '--reverse', '--quiet', '--exact'];
const options = fc.array(
  fc.oneof(fc.tuple(fc.constantFrom(...VALUED), arg).map(([flag, value]) => [flag, value]), fc.constantFrom(...FLAGS).map((flag) => [flag])),
  { maxLength: 4 },
);

/** Where the output goes: standard output, or a file whose extension picks a format. */
const output = fc.option(fc.constantFrom('out.json', 'out.csv', 'out.md', 'out.html', 'out.xlsx', 'out.txt', 'out.xml'), { nil: null });

const command = fc.record({
  name: fc.constantFrom('analyze', 'validate', 'check', 'diff'),
  first: content,
  second: content,
  secondIsReport: fc.boolean(),
  people: fc.option(content, { nil: null }),
  rules: fc.array(arg, { maxLength: 2 }),
  config: fc.option(jsonText, { nil: null }),
  options,
  output,
});

type Case = typeof command extends fc.Arbitrary<infer T> ? T : never;

/** The argv of a case, and the files it writes first (the inputs). */
function setUp(c: Case, dir: string): { args: string[]; inputs: string[] } {
  const inputs = ['interactions.csv'];
  writeFileSync(join(dir, 'interactions.csv'), c.first);
  const args = [c.name, 'interactions.csv'];
  if (c.name === 'diff') {
    const second = c.secondIsReport ? 'before.json' : 'before.csv';
    writeFileSync(join(dir, second), c.second);
    inputs.push(second);
    args.push(second);
  }
  if (c.people !== null) {
    writeFileSync(join(dir, 'people.csv'), c.people);
    inputs.push('people.csv');
    args.push('--people', 'people.csv');
  }
  if (c.name === 'check') {
    for (const rule of c.rules.length > 0 ? c.rules : ['org.people > 1']) args.push('--rule', rule);
    if (c.config !== null) {
      writeFileSync(join(dir, 'config.json'), c.config);
      inputs.push('config.json');
      args.push('--config', 'config.json');
    }
  }
  args.push(...c.options.flat());
  if (c.output !== null) args.push('-o', c.output);
  return { args, inputs };
}

let ran = 0;

describe('random bytes, headers and option values', () => {
  test(`exit 0, 1 or 2, never 3, no stack trace, no stray file (${RUNS} runs, seed ${SEED})`, () => {
    fc.assert(
      fc.property(command, (c) => {
        const dir = tempDir('property');
        const { args, inputs } = setUp(c, dir);
        const r = orgnet(args, { cwd: dir, timeout: 120_000 });
        ran++;
        const status = r.status;
        const rules = c.name === 'check' || c.name === 'diff';
        expect([0, 2, ...(rules ? [1] : [])], `orgnet ${args.join(' ')}\n${r.stderr}`).toContain(status);
        expect(r.stderr, `orgnet ${args.join(' ')}`).not.toMatch(/\n\s+at |internal error|node:internal|\bError: /);
        // validate writes its list of problems where -o says, also when it exits 2 for them.
        const wrote = c.output !== null && (status !== 2 || c.name === 'validate');
        const allowed = new Set([...inputs, ...(wrote ? [c.output] : [])]);
        const stray = readdirSync(dir).filter((f) => !allowed.has(f));
        expect(stray, `orgnet ${args.join(' ')}: left ${stray.join(', ')}`).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(ran).toBeGreaterThanOrEqual(RUNS);
  }, 600_000);
});
