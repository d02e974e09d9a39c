// `npm run bench`: orgnet's performance targets, measured end to end on synthetic organizations
// of known size, side by side with the python-igraph program a user would write for the same
// metrics, printed as Markdown for BENCHMARKS.md.
//
//   node scripts/bench.mjs [--sizes S,M,L] [--runs N] [--only targets,phases,formats,faults|ingest] [--no-reference]
//
// Data come from ../shared/bench/gen_org.py (deterministic by seed) into bench/data/<size>/
// (git-ignored, generated once and reused). Every run goes under GNU time (wall seconds and peak
// resident memory of the whole process tree's largest process); phases come from `--timings`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, platform, arch, tmpdir, totalmem, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spearman, topOverlap } from './rank-stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PYTHON = '/usr/bin/python3';
const GNU_TIME = '/usr/bin/time';
const GENERATOR = resolve(ROOT, '../shared/bench/gen_org.py');
const BIN = 'bin/orgnet.cjs';
/** The sample size orgnet picks by itself above its exact-work bound (src/core/analysis/build-report.ts AUTO_SAMPLES). */
const DEFAULT_SAMPLES = 2000;

const SIZES = {
  S: ['--people', '1000', '--edges', '20000', '--rows', '200000', '--seed', '1'],
  M: ['--people', '10000', '--edges', '200000', '--rows', '2000000', '--seed', '2'],
  L: ['--people', '50000', '--edges', '1000000', '--rows', '5000000', '--seed', '3'],
};

const USAGE = `usage: node scripts/bench.mjs [--sizes S,M,L] [--runs N] [--only SECTIONS] [--no-reference]

  --sizes         sizes among S, M, L for the end-to-end table (default M,L)
  --runs          runs per measurement; tables show the median (default 1)
  --only          sections to run: targets, phases, formats, faults (default all); or
                  ingest, target 2 alone (part of targets)
  --no-reference  skip the python-igraph reference pipeline`;

class BenchError extends Error {}

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: 'M,L' },
      runs: { type: 'string', default: '1' },
      only: { type: 'string', default: 'targets,phases,formats,faults' },
      'no-reference': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
  for (const s of sizes) if (!Object.hasOwn(SIZES, s)) throw new BenchError(`unknown size ${s}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new BenchError(`--runs must be a positive integer`);
  return { sizes, runs, only: new Set(values.only.split(',')), reference: !values['no-reference'], help: values.help };
}

/** bench/data/<size>, generated once. */
function data(size) {
  const dir = join(ROOT, 'bench/data', size);
  const files = { interactions: join(dir, 'interactions.csv'), people: join(dir, 'people.csv'), dir };
  if (!existsSync(files.interactions) || !existsSync(files.people)) {
    console.error(`bench: generating ${size} …`);
    mkdirSync(dir, { recursive: true });
    const r = spawnSync(PYTHON, [GENERATOR, ...SIZES[size], '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new BenchError(`generating ${size} failed: it needs ${PYTHON} with numpy and ${GENERATOR}`);
    }
  }
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  return { ...files, people: files.people, count: { people: meta.people, ties: meta.distinct_edges, rows: meta.rows } };
}

/** One run under GNU time: wall seconds, peak RSS (MiB), and stderr. */
function timed(argv, label) {
  const report = join(tmpdir(), `orgnet-bench-time-${process.pid}.txt`);
  const r = spawnSync(GNU_TIME, ['-f', '%e %M', '-o', report, ...argv], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const measured = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').at(-1) : '';
  rmSync(report, { force: true });
  if (r.status !== 0) throw new BenchError(`${label}: exit ${r.status}\n${String(r.stderr).split('\n').slice(-8).join('\n')}`);
  const [seconds, kib] = measured.split(' ').map(Number);
  return { seconds, mib: kib / 1024, stderr: String(r.stderr) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median run of `runs` (by wall time), so its phases and memory belong together. */
function medianRun(argv, label, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    console.error(`bench: ${label} (${i + 1}/${runs}) …`);
    all.push(timed(argv, label));
  }
  const m = median(all.map((r) => r.seconds));
  return all.find((r) => r.seconds === m) ?? all[0];
}

const orgnet = (...args) => [process.execPath, BIN, ...args];
const out = (name) => join(tmpdir(), `orgnet-bench-${process.pid}-${name}`);
const grouped = (n) => (n === undefined || n === null ? '—' : String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
const s2 = (x) => x.toFixed(2);

function phases(stderr) {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('orgnet: timing: '))
    .map((l) => {
      const m = /^orgnet: timing: (.+?)\s+([\d.]+) s$/.exec(l);
      return m ? [m[1], Number(m[2])] : null;
    })
    .filter(Boolean);
}

function analyzeArgs(d, ...extra) {
  return orgnet('analyze', relative(ROOT, d.interactions), '--people', relative(ROOT, d.people), '--quiet', '--timings', ...extra);
}

// ── sections ───────────────────────────────────────────────────────────────────────────────
/** Target 2, ingest: the ties table needs no metric. Its rows go through `row`; returns the median run. */
function ingestTarget(opts, row) {
  const M = data('M');
  const ingest = medianRun(analyzeArgs(M, '--format', 'csv', '--table', 'ties', '-o', out('M-ties.csv')), 'M ingest (--table ties)', opts.runs);
  rmSync(out('M-ties.csv'), { force: true });
  const rate = M.count.rows / ingest.seconds;
  row('2. ingest, M (`--format csv --table ties`)', `${grouped(rate)} rows/s (${s2(ingest.seconds)} s)`, '≥ 1,000,000 rows/s', rate >= 1e6);
  // The same run's read phase alone (read, parse, aggregate into ties), without start-up, index and output.
  const read = phases(ingest.stderr).find(([name]) => name === 'read interactions')?.[1];
  if (read !== undefined) row('2. of which reading, parsing and aggregating (`--timings`)', `${grouped(M.count.rows / read)} rows/s (${s2(read)} s)`, '', '');
  return ingest;
}

/** Target 2 alone (`--only ingest`), with the median run's phases: a few seconds, to measure it again at another hour. */
function ingestOnly(opts) {
  const lines = ['#### Ingest (target 2)', '', '| target | measured | goal | met |', '| --- | ---: | ---: | :---: |'];
  const row = (what, value, goal, met) => lines.push(`| ${what} | ${value} | ${goal} | ${met === '' ? '' : met ? 'yes' : '**no**'} |`);
  const ingest = ingestTarget(opts, row);
  lines.push('', '| phase | s |', '| --- | ---: |', ...phases(ingest.stderr).map(([n, v]) => `| ${n} | ${s2(v)} |`));
  return lines.join('\n');
}

function targets(opts) {
  const lines = ['#### Targets', '', '| target | measured | goal | met |', '| --- | ---: | ---: | :---: |'];
  const row = (what, value, goal, met) => lines.push(`| ${what} | ${value} | ${goal} | ${met === '' ? '' : met ? 'yes' : '**no**'} |`);
  const M = data('M');
  const L = data('L');

  // 1. M end to end against the python-igraph pipeline, in the same run.
  const mJson = out('M.json');
  const m = medianRun(analyzeArgs(M, '--exact', '--format', 'json', '-o', mJson), 'M json (exact)', opts.runs);
  let ratioText = '—';
  if (opts.reference) {
    const ref = medianRun([PYTHON, 'scripts/bench-reference.py', relative(ROOT, M.interactions), relative(ROOT, M.people)], 'M python-igraph', opts.runs);
    const ratio = m.seconds / ref.seconds;
    ratioText = `${s2(m.seconds)} s / ${s2(ref.seconds)} s = ${ratio.toFixed(2)}`;
    row('1. M end to end (exact) ÷ python-igraph pipeline', ratioText, '≤ 0.60', ratio <= 0.6);
  }
  const ingest = ingestTarget(opts, row);
  // 3. L end to end, and the sampling accuracy on M.
  const l = medianRun(analyzeArgs(L, '--format', 'json', '-o', out('L.json')), 'L json', opts.runs);
  row('3. L end to end (sampled automatically)', `${s2(l.seconds)} s`, '< 30 s', l.seconds < 30);
  row('3. L peak RSS', `${grouped(l.mib)} MiB`, '< 2,048 MiB', l.mib < 2048);
  const mSampled = out('M-sampled.json');
  timed(analyzeArgs(M, '--betweenness-samples', String(DEFAULT_SAMPLES), '--format', 'json', '-o', mSampled), 'M json (sampled)');
  const exact = JSON.parse(readFileSync(mJson, 'utf8')).people;
  const sampledReport = JSON.parse(readFileSync(mSampled, 'utf8'));
  const sampled = sampledReport.people;
  // Closeness searches from the first quarter of the sampled people: meta says how many.
  const sources = { betweenness: sampledReport.meta.betweenness.k, closeness: sampledReport.meta.closeness.k };
  for (const field of ['betweenness', 'closeness']) {
    const e = exact.map((p) => p[field]);
    const s = sampled.map((p) => p[field]);
    const overlap = topOverlap(e, s, 20);
    const rho = spearman(e, s);
    row(`3. sampled ${field} on M (${grouped(sources[field])} sources): top-20 overlap`, overlap.toFixed(2), '≥ 0.90', overlap >= 0.9);
    row(`3. sampled ${field} on M (${grouped(sources[field])} sources): Spearman`, rho.toFixed(3), '≥ 0.95', rho >= 0.95);
  }
  // Key players (greedy distance fragmentation), from the same runs' phases.
  for (const [size, run, goal] of [['M', m, 5], ['L', l, 10]]) {
    const phase = phases(run.stderr).find(([name]) => name.startsWith('key players'));
    if (phase) row(`key players at ${size} (phase of the run above)`, `${s2(phase[1])} s`, `< ${goal} s`, phase[1] < goal);
  }
  // 5. Start-up.
  // Node's own start on the same machine, so the share that is orgnet's shows; the two
  // alternate, so a change in the machine's speed during the runs falls on both.
  const help = [];
  const bare = [];
  for (let i = 0; i < 20; i++) {
    help.push(timed(orgnet('--help'), '--help').seconds);
    bare.push(timed([process.execPath, '-e', '0'], 'node -e 0').seconds);
  }
  row('5. `orgnet --help` (`node -e 0` alone)', `${Math.round(median(help) * 1000)} ms (${Math.round(median(bare) * 1000)} ms)`, '< 100 ms', median(help) < 0.1);
  for (const f of [mJson, mSampled]) rmSync(f, { force: true });
  return { text: lines.join('\n'), runs: { M: m, L: l, ingest } };
}

function endToEnd(opts, measured) {
  const lines = [
    '#### End to end (`analyze … --format json -o <tmp>`)',
    '',
    '| size | people | ties | rows | wall (s) | peak RSS (MiB) | rows/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const phaseTables = [];
  for (const size of opts.sizes) {
    const d = data(size);
    const r = measured[size] ?? medianRun(analyzeArgs(d, '--format', 'json', '-o', out(`${size}.json`)), `${size} json`, opts.runs);
    lines.push(`| ${size} | ${grouped(d.count.people)} | ${grouped(d.count.ties)} | ${grouped(d.count.rows)} | ${s2(r.seconds)} | ${grouped(r.mib)} | ${grouped(d.count.rows / r.seconds)} |`);
    const p = phases(r.stderr);
    phaseTables.push(`#### Where the time goes, ${size} (\`--timings\`)\n\n| phase | s |\n| --- | ---: |\n${p.map(([n, v]) => `| ${n} | ${s2(v)} |`).join('\n')}`);
  }
  return [lines.join('\n'), ...phaseTables].join('\n\n');
}

function formats(opts) {
  const M = data('M');
  const lines = ['#### Other outputs on M', '', '| output | wall (s) | peak RSS (MiB) | file (MiB) |', '| --- | ---: | ---: | ---: |'];
  const cases = [
    ['json', ['--format', 'json']],
    ['xlsx', ['--format', 'xlsx']],
    ['html', ['--format', 'html']],
    ['md', ['--format', 'md']],
    ['csv people', ['--format', 'csv', '--table', 'people']],
    ['ndjson people', ['--format', 'ndjson', '--table', 'people']],
  ];
  for (const [name, args] of cases) {
    const file = out(`M-${name.replace(' ', '-')}`);
    try {
      const r = medianRun(analyzeArgs(M, ...args, '-o', file), `M ${name}`, opts.runs);
      lines.push(`| ${name} | ${s2(r.seconds)} | ${grouped(r.mib)} | ${(statSync(file).size / 1048576).toFixed(1)} |`);
    } catch (error) {
      lines.push(`| ${name} | not available: ${String(error.message).split('\n')[0].slice(0, 60)} | | |`);
    } finally {
      rmSync(file, { force: true });
    }
  }
  return lines.join('\n');
}

// ── scale faults: shapes that break naive code ───────────────────────────────────────────────
/** Writes a generated CSV once (bench/data/faults/NAME.csv) and returns its path. */
async function faultFile(name, header, rows) {
  const dir = join(ROOT, 'bench/data/faults');
  const file = join(dir, `${name}.csv`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const { createWriteStream } = await import('node:fs');
  const { once } = await import('node:events');
  console.error(`bench: generating ${name} …`);
  const outStream = createWriteStream(file + '.part');
  outStream.write(header + '\n');
  let buffer = '';
  for (const row of rows()) {
    buffer += row + '\n';
    if (buffer.length > 1 << 20) {
      if (!outStream.write(buffer)) await once(outStream, 'drain');
      buffer = '';
    }
  }
  outStream.write(buffer);
  outStream.end();
  await once(outStream, 'finish');
  const { renameSync } = await import('node:fs');
  renameSync(file + '.part', file);
  return file;
}

const day = (i) => new Date(Date.UTC(2025, 0, 1) + (i % 180) * 86_400_000 + (i % 86_400) * 1000).toISOString().slice(0, 19) + 'Z';

async function faults(opts) {
  const cases = [
    ['one million distinct ids (2,000,000 rows)', await faultFile('ids-1m', 'source,target,timestamp', function* () {
      const n = 1_000_000;
      for (let i = 0; i < n; i++) {
        yield `p${i},p${(i * 7919 + 1) % n},${day(i)}`;
        yield `p${i},p${(i + 1) % n},${day(i + 1)}`;
      }
    })],
    ['one person with 100,000 ties (300,000 rows)', await faultFile('hub-100k', 'source,target,timestamp', function* () {
      for (let i = 0; i < 100_000; i++) yield i % 2 ? `hub,p${i},${day(i)}` : `p${i},hub,${day(i)}`;
      for (let i = 0; i < 200_000; i++) yield `p${i % 100_000},p${(i * 104_729 + 7) % 100_000},${day(i)}`;
    })],
    ['10,000,000 rows (20,000 people, 400,000 ties)', await faultFile('rows-10m', 'source,target,weight,timestamp', function* () {
      for (let i = 0; i < 10_000_000; i++) {
        const pair = i % 400_000;
        yield `p${pair % 20_000},p${(pair * 31 + 1 + Math.floor(pair / 20_000)) % 20_000},1,${day(i)}`;
      }
    })],
  ];
  const lines = ['#### Scale faults (`analyze FILE --format json -o <tmp>`)', '', '| input | exit | wall (s) | peak RSS (MiB) |', '| --- | ---: | ---: | ---: |'];
  for (const [name, file] of cases) {
    const target = out('fault.json');
    try {
      const r = timed(orgnet('analyze', relative(ROOT, file), '--quiet', '--format', 'json', '-o', target), name);
      lines.push(`| ${name} | 0 | ${s2(r.seconds)} | ${grouped(r.mib)} |`);
    } catch (error) {
      lines.push(`| ${name} | failed: ${String(error.message).split('\n').slice(0, 2).join(' ').slice(0, 120)} | | |`);
    } finally {
      rmSync(target, { force: true });
    }
  }
  void opts;
  return lines.join('\n');
}

function cpuModel() {
  const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
  return line ? line.split(':').slice(1).join(':').trim() : cpus()[0]?.model ?? 'unknown';
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  if (!existsSync(join(ROOT, 'dist/bundle/main.js'))) throw new BenchError('run `npm run build` first');
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const header = [
    `### ${new Date().toISOString().slice(0, 10)} — orgnet ${version} (${git.stdout.trim()})`,
    '',
    `- Node ${process.version} on ${platform()} ${arch()}; CPU ${cpuModel()}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; load average before the run ${loadavg()[0].toFixed(2)}`,
    `- \`npm run bench -- ${process.argv.slice(2).join(' ')}\`: median of ${opts.runs} run${opts.runs === 1 ? '' : 's'}; wall time and peak RSS from GNU time`,
  ];
  const sections = [header.join('\n')];
  let measured = {};
  if (opts.only.has('targets')) {
    const t = targets(opts);
    sections.push(t.text);
    measured = t.runs;
  }
  else if (opts.only.has('ingest')) sections.push(ingestOnly(opts));
  if (opts.only.has('phases')) sections.push(endToEnd(opts, measured));
  if (opts.only.has('formats')) sections.push(formats(opts));
  if (opts.only.has('faults')) sections.push(await faults(opts));
  process.stdout.write(sections.join('\n\n') + '\n');
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof BenchError) && !String(error?.code).startsWith('ERR_PARSE_ARGS')) throw error;
  console.error(`bench: ${error.message}`);
  process.exitCode = 2;
}
