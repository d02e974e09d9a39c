// `npm run bench`: end-to-end time and peak memory of `orgnet analyze` on synthetic
// organizations of known size, printed as a Markdown table for BENCHMARKS.md.
//
//   node scripts/bench.mjs [--sizes S,M,L] [--runs N] [--command "SHELL COMMAND"]
//
// Data come from ../shared/bench/gen_org.py (deterministic by seed) into bench/data/<size>/
// (git-ignored, generated once and reused). Each run goes under GNU time, which reports the
// wall-clock seconds and the peak resident set size of the whole process, parsing included.
// --command replaces the orgnet command line (placeholders {interactions}, {people}, {out});
// it runs through `sh -c`, for comparing another build or trying the harness itself.
// Without --command, the key-player search is then timed on its own for the same sizes
// (scripts/measure-key-players.mjs: in-process, reading and ranking not counted).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, platform, arch, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PYTHON = '/usr/bin/python3';
const GNU_TIME = '/usr/bin/time';
const DEFAULT_GENERATOR = resolve(ROOT, '../shared/bench/gen_org.py');

// The sizes the performance targets refer to (see ../shared/bench/README.md).
const SIZES = {
  S: ['--people', '1000', '--edges', '20000', '--rows', '200000', '--seed', '1'],
  M: ['--people', '10000', '--edges', '200000', '--rows', '2000000', '--seed', '2'],
  L: ['--people', '50000', '--edges', '1000000', '--rows', '5000000', '--seed', '3'],
};

const USAGE = `usage: node scripts/bench.mjs [--sizes S,M,L] [--runs N] [--command "SHELL COMMAND"] [--generator PATH]

  --sizes      comma-separated sizes among ${Object.keys(SIZES).join(', ')} (default S,M)
  --runs       runs per size; the table shows the median (default 1)
  --command    command to time instead of orgnet, run with sh -c; {interactions}, {people}
               and {out} are replaced by the size's files (default: node bin/orgnet.js analyze …)
  --generator  the synthetic organization generator (default ../shared/bench/gen_org.py)`;

class BenchError extends Error {}
class UsageError extends BenchError {}
class PrerequisiteError extends BenchError {}

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: 'S,M' },
      runs: { type: 'string', default: '1' },
      command: { type: 'string' },
      generator: { type: 'string', default: DEFAULT_GENERATOR },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
  const unknown = sizes.filter((s) => !Object.hasOwn(SIZES, s));
  if (unknown.length > 0) throw new UsageError(`unknown size ${unknown.join(', ')}; expected ${Object.keys(SIZES).join(', ')}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a positive integer, got ${values.runs}`);
  return { sizes, runs, command: values.command, generator: resolve(values.generator), help: values.help };
}

function requireGnuTime() {
  const probe = spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' });
  if (probe.error || !`${probe.stdout}${probe.stderr}`.includes('GNU')) {
    throw new PrerequisiteError(`GNU time is needed at ${GNU_TIME} to measure peak memory; install it with: apt-get install time`);
  }
}

function requireBuild(command) {
  if (command === undefined && !existsSync(join(ROOT, 'dist/cli/main.js'))) {
    throw new PrerequisiteError('bin/orgnet.js needs the compiled CLI: run `npm run build` first');
  }
}

/** Generates bench/data/<size>/ once; later runs reuse it. */
function ensureData(size, generator) {
  const dir = join(ROOT, 'bench/data', size);
  const files = { interactions: join(dir, 'interactions.csv'), people: join(dir, 'people.csv'), dir };
  if (existsSync(files.interactions) && existsSync(files.people)) return files;
  console.error(`bench: generating ${size} into ${dir} …`);
  mkdirSync(dir, { recursive: true });
  const result = spawnSync(PYTHON, [generator, ...SIZES[size], '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.error || result.status !== 0) {
    rmSync(dir, { recursive: true, force: true }); // no half-written data set reused next time
    throw new PrerequisiteError(
      `generating ${size} failed (${result.error?.message ?? `exit ${result.status}`}); ` +
        `it needs ${PYTHON} with numpy (apt-get install python3-numpy) and ${generator}`,
    );
  }
  return files;
}

/** people, ties and rows of a data set, from the generator's meta.json (or by counting). */
function describe(files) {
  const metaPath = join(files.dir, 'meta.json');
  if (existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    return { people: meta.people, ties: meta.distinct_edges, rows: meta.rows };
  }
  return { people: lineCount(files.people) - 1, ties: undefined, rows: lineCount(files.interactions) - 1 };
}

function lineCount(file) {
  const bytes = readFileSync(file);
  let lines = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
  return lines;
}

/** The command to time; it runs in the repository root, so data paths are relative to it. */
function commandLine(template, files, out) {
  const interactions = relative(ROOT, files.interactions);
  const people = relative(ROOT, files.people);
  if (template === undefined) {
    const args = ['bin/orgnet.js', 'analyze', interactions, '--people', people, '--format', 'json', '-o', out];
    return [process.execPath, ...args];
  }
  const filled = template
    .replaceAll('{interactions}', interactions)
    .replaceAll('{people}', people)
    .replaceAll('{out}', out);
  return ['/bin/sh', '-c', filled];
}

/** One timed run: wall seconds and peak RSS in MiB, as GNU time measured them. */
function timeOnce(argv, label) {
  const report = join(tmpdir(), `orgnet-bench-time-${process.pid}.txt`);
  const result = spawnSync(GNU_TIME, ['-f', '%e %M', '-o', report, ...argv], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const measured = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n') : [];
  rmSync(report, { force: true });
  if (result.error || result.status !== 0) {
    const stderr = String(result.stderr ?? '').trim().split('\n').slice(-10).join('\n');
    throw new BenchError(`${label}: ${result.error?.message ?? `exit ${result.status}`}\n${stderr}`);
  }
  const [seconds, kib] = (measured.at(-1) ?? '').split(' ').map(Number);
  if (!Number.isFinite(seconds) || !Number.isFinite(kib)) throw new BenchError(`${label}: no timing from GNU time`);
  return { seconds, mib: kib / 1024 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function benchSize(size, opts) {
  const files = ensureData(size, opts.generator);
  const data = describe(files);
  const out = join(tmpdir(), `orgnet-bench-${size}-${process.pid}.json`);
  const argv = commandLine(opts.command, files, out);
  const runs = [];
  try {
    for (let run = 1; run <= opts.runs; run++) {
      console.error(`bench: ${size} run ${run}/${opts.runs} …`);
      runs.push(timeOnce(argv, `${size} run ${run}`));
    }
  } finally {
    rmSync(out, { force: true });
  }
  const seconds = median(runs.map((r) => r.seconds));
  // GNU time counts in hundredths of a second: a faster run has no meaningful rate.
  const rowsPerSecond = seconds > 0 ? data.rows / seconds : undefined;
  return { size, ...data, seconds, mib: median(runs.map((r) => r.mib)), rowsPerSecond };
}

const grouped = (n) => (n === undefined ? '—' : String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ','));

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // not Linux: fall back to what Node reports
  }
  return cpus()[0]?.model ?? 'unknown';
}

function revision() {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : 'unknown';
}

function markdown(results, opts) {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const command =
    opts.command ??
    'node bin/orgnet.js analyze bench/data/<size>/interactions.csv --people bench/data/<size>/people.csv --format json -o <tmp>';
  const lines = [
    `### ${new Date().toISOString().slice(0, 10)} — orgnet ${version} (${revision()})`,
    '',
    `- Node ${process.version} on ${platform()} ${arch()}; CPU ${cpuModel()}, ${availableParallelism()} cores, ` +
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
    `- \`${command}\`, median of ${opts.runs} run${opts.runs === 1 ? '' : 's'}; wall time and peak RSS from GNU time (\`%e %M\`)`,
    '',
    '| size | people | ties | rows | wall (s) | peak RSS (MiB) | rows/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const cells = [r.size, grouped(r.people), grouped(r.ties), grouped(r.rows), r.seconds.toFixed(2), grouped(r.mib), grouped(r.rowsPerSecond)];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}

function main() {
  const opts = options(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  requireGnuTime();
  requireBuild(opts.command);
  const results = opts.sizes.map((size) => benchSize(size, opts));
  process.stdout.write(markdown(results, opts));
  if (opts.command === undefined) process.stdout.write(keyPlayers(opts));
  return 0;
}

/** The key-player search alone, per size: its own table (see scripts/measure-key-players.mjs). */
function keyPlayers(opts) {
  const dirs = opts.sizes.map((size) => relative(ROOT, ensureData(size, opts.generator).dir));
  console.error(`bench: key players alone on ${dirs.join(', ')} …`);
  const script = join(ROOT, 'scripts/measure-key-players.mjs');
  const result = spawnSync(process.execPath, [script, ...dirs, '--runs', String(opts.runs)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.error || result.status !== 0) throw new BenchError(`key players: ${result.error?.message ?? `exit ${result.status}`}`);
  const command = `node scripts/measure-key-players.mjs ${dirs.join(' ')} --runs ${opts.runs}`;
  return `\nKey players alone (\`${command}\`; in-process, one thread; median of ${opts.runs}):\n\n${result.stdout}`;
}

// Exit codes as in orgnet: 2 for bad usage or a missing prerequisite, 1 when a run fails.
try {
  process.exitCode = main();
} catch (error) {
  const usage = error instanceof UsageError || String(error?.code).startsWith('ERR_PARSE_ARGS');
  if (!usage && !(error instanceof BenchError)) throw error;
  console.error(`bench: ${error.message}`);
  if (usage) console.error(USAGE);
  process.exitCode = usage || error instanceof PrerequisiteError ? 2 : 1;
}
