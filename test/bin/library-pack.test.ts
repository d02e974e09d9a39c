/**
 * orgnet as a library, installed as a user installs it: the package `npm pack` makes, installed
 * into a fresh project and imported by name. The reference is the command line on the same file:
 * the library's JSON must be its bytes (but `generatedAt`), and records read by csv-parse and
 * handed over in memory must give the figures the file gives.
 *
 * The install runs offline: the project's lockfile names every dependency's exact version and
 * integrity, and npm takes them from its cache, where `npm ci` left them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { ACME, ACME_PEOPLE, BIN } from '../helpers/binary.js';
import { ROOT } from '../helpers/cli.js';

interface LockEntry {
  dev?: boolean;
  link?: boolean;
}

let dir = '';
let app = '';

/** A lockfile for a project that depends on the tarball alone: the repository's own entries for the dependencies. */
function lockFor(tarball: string): object {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const spec = `file:../${tarball}`;
  const integrity = `sha512-${createHash('sha512').update(readFileSync(join(dir, tarball))).digest('base64')}`;
  const packages: Record<string, object> = {
    '': { name: 'app', dependencies: { orgnet: spec } },
    'node_modules/orgnet': {
      version: pkg.version,
      resolved: spec,
      integrity,
      dependencies: pkg.dependencies,
      optionalDependencies: pkg.optionalDependencies,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path !== '' && entry.dev !== true && entry.link !== true) packages[path] = entry;
  }
  return { name: 'app', lockfileVersion: 3, requires: true, packages };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'orgnet-pack-'));
  app = join(dir, 'app');
  mkdirSync(app);
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module', dependencies: { orgnet: `file:../${tarball}` } }));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify(lockFor(tarball)));
  execFileSync('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--silent'], { cwd: app, encoding: 'utf8' });
}, 180_000);

// The installed project holds a few hundred packages: removing them takes a while on a busy machine.
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** Runs a module in the installed project, as its own code would. */
function inApp(source: string): string {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd: app, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 120_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

function cliJson(): string {
  const r = spawnSync(process.execPath, [BIN, 'analyze', ACME, '--people', ACME_PEOPLE, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

const withoutTime = (json: string) => json.replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""');

describe("import('orgnet') from a packed install", () => {
  test('exports the documented functions', () => {
    const names = JSON.parse(inApp(`const o = await import('orgnet'); console.log(JSON.stringify(Object.keys(o).sort()));`)) as string[];
    expect(names).toEqual(['DEFAULT_OPTIONS', 'InputError', 'OrgnetError', 'UsageError', 'analyzeFile', 'analyzeRows', 'check', 'diff', 'render']);
  });

  test("analyzeFile + render(json) write the command line's JSON of the same files", () => {
    const source = `
      import { analyzeFile, render } from 'orgnet';
      const analysis = await analyzeFile(${JSON.stringify(ACME)}, { people: ${JSON.stringify(ACME_PEOPLE)} });
      process.stdout.write(await render(analysis, 'json'));`;
    // The same absolute paths on both sides, so meta.input.file agrees too.
    expect(withoutTime(inApp(source))).toBe(withoutTime(cliJson()));
  });

  test('analyzeRows: records parsed elsewhere give the figures of the file', () => {
    const source = `
      import { readFileSync } from 'node:fs';
      // csv-parse is one of orgnet's dependencies, so the installed project has it.
      import { parse } from 'csv-parse/sync';
      import { analyzeRows } from 'orgnet';
      const read = (file) => parse(readFileSync(file), { columns: true, bom: true });
      const { report } = await analyzeRows(read(${JSON.stringify(ACME)}), { people: read(${JSON.stringify(ACME_PEOPLE)}) });
      console.log(JSON.stringify({ org: report.org, people: report.people }));`;
    const fromRows = JSON.parse(inApp(source)) as Pick<Report, 'org' | 'people'>;
    const cli = JSON.parse(cliJson()) as Report;
    expect(fromRows.org.reciprocity).toBe(cli.org.reciprocity);
    expect(fromRows.org).toEqual(cli.org);
    expect(fromRows.people).toEqual(cli.people);
  });

  test('a TypeScript consumer type-checks against the shipped declarations', () => {
    // The consumer's own @types/node, as any TypeScript project on Node has.
    mkdirSync(join(app, 'node_modules/@types'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules/@types/node'), join(app, 'node_modules/@types/node'), 'dir');
    writeFileSync(
      join(app, 'consumer.ts'),
      `import { analyzeFile, analyzeRows, check, diff, render, type Analysis, type PersonRow, type Report } from 'orgnet';
const a: Analysis = await analyzeFile('chat.csv', { people: 'people.csv', seed: 7, period: 'week' });
const report: Report = a.report;
const first: PersonRow | undefined = report.people[0];
const text: string = await render(a, 'md', { lang: 'es', top: 5 });
const bytes: Uint8Array = await render(a, 'xlsx');
const b = await analyzeRows([{ source: 'a', target: 'b', weight: 1 }]);
console.log(first?.id, text.length, bytes.length, check(report, ['org.density > 0']).passed, diff(a, b).kind);
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, types: ['node'] }, files: ['consumer.ts'] }),
    );
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
