/**
 * Valid input, or a fault of the machine, never ends in exit 3 (internal error): through the real
 * binary, each case is exit 0 or one line on stderr and exit 2, with no file left but the one
 * asked for. Ids that are names of JavaScript's own (`constructor`, `__proto__`), option values
 * that are (`--encoding constructor`), timestamps a few thousand years apart.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entries, expectCleanError, orgnet, runJson } from '../helpers/binary.js';
import { tempDir } from '../helpers/temp-dir.js';


/** Days between two ISO dates, as a calendar counts them (both included). */
const daysFrom = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000 + 1;

describe('timestamps far apart: at most 10,000 periods are laid out', () => {
  const dir = tempDir('periods');
  const YEARS = join(dir, 'years.csv');
  writeFileSync(YEARS, 'source,target,timestamp\na,b,0001-01-01\nb,c,9999-12-31\na,c,5000-01-01\n');
  // 0001-01-01 to 9999-12-31 is 3,652,059 days (Python: (date(9999,12,31) - date(1,1,1)).days + 1).
  const TOO_MANY =
    'orgnet: --period day: the timestamps span 3,652,059 days, and orgnet lays out at most 10,000 periods; use a longer --period (week, month, quarter) or --since/--until to keep the years that matter (a few rows with wrong years often stretch the span)';

  test.each([
    ['analyze --format json', ['analyze', YEARS, '--format', 'json', '-o', 'report.json']],
    ['analyze --format table', ['analyze', YEARS]],
    ['analyze --format html', ['analyze', YEARS, '-o', 'report.html']],
    ['check', ['check', YEARS, '--rule', 'count(people.activity.status=dormant) == 0']],
    ['diff', ['diff', YEARS, YEARS]],
  ])('%s --period day, rows dated 0001 and 9999: one line, exit 2, no file', (_name, args) => {
    const out = tempDir('periods-out');
    const r = orgnet([...args, '--period', 'day'], { cwd: out });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${TOO_MANY}\n`);
    expect(entries(out)).toEqual([]);
  });

  test('validate says so too, instead of promising that analyze takes the file', () => {
    const r = runJson<{ problems: { message: string }[] }>(['validate', YEARS, '--period', 'day', '--format', 'json']);
    expect(r.status).toBe(2);
    const problems = r.json.problems;
    expect(problems.map((p) => p.message)).toEqual([TOO_MANY.replace(/^orgnet: /, '')]);
  });

  test('a quarter is still too short for eight thousand years; the message then names --since/--until only', () => {
    const r = orgnet(['analyze', YEARS, '--period', 'quarter']);
    expect(r.status).toBe(2);
    // 0001-Q1 to 9999-Q4: 9,999 years of 4 quarters.
    expect(r.stderr).toMatch(/^orgnet: --period quarter: the timestamps span 39,996 quarters, .*; use --since\/--until to keep/);
    expectCleanError(r.stderr);
  });

  test('10,000 days are laid out; 10,001 are refused', () => {
    expect(daysFrom('2000-01-01', '2027-05-18')).toBe(10_000);
    const at = join(dir, 'ten-thousand-days.csv');
    writeFileSync(at, 'source,target,timestamp\na,b,2000-01-01\nb,c,2027-05-18\n');
    const ok = runJson<{ activity: { series: { period: string }[] } }>(['analyze', at, '--period', 'day', '--format', 'json']);
    expect(ok.status, ok.stderr).toBe(0);
    const series = ok.json.activity.series;
    expect(series).toHaveLength(10_000);
    expect([series[0]!.period, series.at(-1)!.period]).toEqual(['2000-01-01', '2027-05-18']);
    const over = join(dir, 'ten-thousand-and-one-days.csv');
    writeFileSync(over, 'source,target,timestamp\na,b,2000-01-01\nb,c,2027-05-19\n');
    const refused = orgnet(['analyze', over, '--period', 'day']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^orgnet: --period day: the timestamps span 10,001 days, /);
  });
});

describe("ids and option values that are names of JavaScript's own", () => {
  const dir = tempDir('proto');
  const FILE = join(dir, 'interactions.csv');
  const PEOPLE = join(dir, 'people.csv');
  // Every id a plain object answers from its prototype, as people, groups and ties.
  writeFileSync(
    FILE,
    'source,target,timestamp\na,constructor,2024-01-01\nconstructor,a,2024-01-02\nb,toString,2024-02-01\n__proto__,a,2024-03-01\nhasOwnProperty,valueOf,2024-03-02\nvalueOf,__proto__,2024-03-03\n',
  );
  writeFileSync(PEOPLE, 'id,department\nconstructor,toString\n__proto__,__proto__\na,hasOwnProperty\nb,constructor\ntoString,valueOf\nhasOwnProperty,x\nvalueOf,x\n');
  const IDS = ['__proto__', 'a', 'b', 'constructor', 'hasOwnProperty', 'toString', 'valueOf'];

  test.each([
    ...['table', 'json', 'csv', 'md', 'ndjson', 'html', 'xlsx'].map((f) => ['analyze', '--format', f, ...(f === 'xlsx' || f === 'html' ? ['-o', `report.${f}`] : [])]),
    ...['gexf', 'graphml', 'json'].map((to) => ['export', '--to', to]),
    ['check', '--rule', 'org.people == 7', '--rule', 'count(groups.size > 0) >= 1'],
    ['validate'],
    ['diff', FILE],
  ])('%s %s %s: exit 0, every person there', (...args) => {
    const [command, ...rest] = args as string[];
    const out = tempDir('proto-out');
    const r = orgnet([command!, FILE, '--people', PEOPLE, ...rest], { cwd: out });
    expect(r.status, r.stderr).toBe(0);
    expectCleanError(`${r.stderr}\n`);
    if (command === 'analyze' && rest[1] === 'json') {
      const report = JSON.parse(r.stdout) as { people: { id: string; group: string | null }[] };
      expect(report.people.map((p) => [p.id, p.group])).toEqual([
        ['__proto__', '__proto__'], ['a', 'hasOwnProperty'], ['b', 'constructor'], ['constructor', 'toString'],
        ['hasOwnProperty', 'x'], ['toString', 'valueOf'], ['valueOf', 'x'],
      ]);
    }
    if (command === 'export' && rest[1] === 'json') {
      const graph = JSON.parse(r.stdout) as { nodes: { key: string }[]; edges: { source: string; target: string }[] };
      expect(graph.nodes.map((n) => n.key)).toEqual(IDS);
      // The six rows, as ties by source then target.
      expect(graph.edges.map((e) => `${e.source}>${e.target}`)).toEqual([
        '__proto__>a', 'a>constructor', 'b>toString', 'constructor>a', 'hasOwnProperty>valueOf', 'valueOf>__proto__',
      ]);
    }
  });

  test.each([
    ['--encoding', 'constructor', '--encoding "constructor": expected one of utf8, utf16le, utf16be, latin1, windows-1252'],
    ['--people-encoding', '__proto__', '--people-encoding "__proto__": expected one of utf8, utf16le, utf16be, latin1, windows-1252'],
    ['--delimiter', 'toString', '--delimiter "toString": expected "," ";" "tab" or "|"'],
  ])('%s %s: one line, exit 2', (flag, value, message) => {
    const r = orgnet(['analyze', FILE, '--people', PEOPLE, flag, value]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`orgnet: ${message}\n`);
  });

  test('the same values in a config file: one line naming the file, exit 2', () => {
    const config = join(dir, 'orgnet.json');
    for (const [option, message] of [
      ['encoding', '--encoding "constructor": expected one of utf8, utf16le, utf16be, latin1, windows-1252'],
      ['delimiter', '--delimiter "constructor": expected "," ";" "tab" or "|"'],
    ]) {
      writeFileSync(config, JSON.stringify({ rules: ['org.people > 1'], options: { [option!]: 'constructor' } }));
      const r = orgnet(['check', FILE, '--config', config]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`${config}: in "options": ${message}\n`);
    }
  });
});
