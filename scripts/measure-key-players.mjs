// Times the key-player search (greedy distance fragmentation, docs/metrics.md#resilience) on its own, on a
// synthetic organization of bench/data/<size> (see scripts/bench.mjs, which generates them):
//
//   node scripts/measure-key-players.mjs [DIR …] [--runs N] [--key-players K] [--candidates C] [--samples S]
//
// Reading the CSVs, building the graph and ranking the candidates (betweenness, estimated here
// from 500 sampled sources as `--betweenness-samples 500` would) are done first and not timed:
// the figure is what `keyPlayers()` adds to a report, in-process and single-threaded: wall
// seconds, and the CPU seconds of the process over the same span (which a busy machine inflates
// less than the wall time).
// Needs the compiled core: `npm run build`.
import { createReadStream, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const core = (path) => import(join(ROOT, 'dist/core', path));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    'key-players': { type: 'string', default: '5' },
    candidates: { type: 'string', default: '20' },
    samples: { type: 'string', default: '200' },
    seed: { type: 'string', default: '42' },
  },
});
const dirs = positionals.length > 0 ? positionals : ['bench/data/M', 'bench/data/L'];
if (!existsSync(join(ROOT, 'dist/core/metrics/key-players.js'))) {
  console.error('measure-key-players: run `npm run build` first');
  process.exit(2);
}

const [{ readInteractions }, { readPeople }, { buildIndex }, { indexGraph }, { betweenness }, { keyPlayers }, { DEFAULT_OPTIONS }] =
  await Promise.all([
    core('ingest/layouts/interactions.js'), core('ingest/layouts/people.js'), core('graph/index-build.js'), core('graph/csr.js'),
    core('metrics/betweenness.js'), core('metrics/key-players.js'), core('model/options.js'),
  ]);

async function load(dir) {
  const interactions = await readInteractions(createReadStream(join(dir, 'interactions.csv')), 'interactions.csv', DEFAULT_OPTIONS);
  const people = await readPeople(createReadStream(join(dir, 'people.csv')), 'people.csv', { remove: [] });
  return buildIndex(interactions, people).index;
}

const options = {
  keyPlayers: Number(values['key-players']),
  candidates: Number(values.candidates),
  samples: Number(values.samples),
  seed: Number(values.seed),
};
const runs = Number(values.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('| data | people | undirected ties | method | K | C | S | wall (s), median | CPU (s), median | runs, wall (s) |');
console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const dir of dirs) {
  const at = resolve(ROOT, dir);
  if (!existsSync(join(at, 'interactions.csv'))) {
    console.error(`measure-key-players: no ${join(dir, 'interactions.csv')}; \`npm run bench -- --sizes S,M,L\` generates it`);
    process.exitCode = 2;
    continue;
  }
  const graph = await load(at);
  const { n, und } = indexGraph(graph);
  const ranking = betweenness(graph, { samples: 500, seed: options.seed });
  const seconds = [];
  const cpu = [];
  let result;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    result = await keyPlayers(graph, ranking, options);
    const used = process.cpuUsage(usage);
    seconds.push((performance.now() - started) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  const method = result.method;
  const cells = [
    dir, n, und.index.length / 2, method.method, options.keyPlayers, method.candidates, method.samples ?? '—',
    median(seconds).toFixed(2), median(cpu).toFixed(2), seconds.map((s) => s.toFixed(2)).join(', '),
  ];
  console.log(`| ${cells.join(' | ')} |`);
  const players = result.keyPlayers.map((p) => `${p.id} (DF ${p.distanceFragmentation?.toFixed(4)})`).join(', ');
  console.error(`${dir}: DF ${result.distanceFragmentation?.toFixed(4)}; key players ${players}`);
}
