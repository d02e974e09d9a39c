// orgnet's betweenness, closeness and PageRank kernels against graphology-metrics' on the same
// graph, one thread, CPU time of each (median of RUNS): does graphology-metrics compute anything
// orgnet needs as well as orgnet's own code? Needs the compiled core (`npm run build`).
//
//   node scripts/measure-graphology-metrics.mjs INTERACTIONS.csv [RUNS]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DirectedGraph } from 'graphology';
import gmBetweenness from 'graphology-metrics/centrality/betweenness.js';
import gmCloseness from 'graphology-metrics/centrality/closeness.js';
import gmPagerank from 'graphology-metrics/centrality/pagerank.js';

const ROOT = resolve(import.meta.dirname, '..');
const core = (path) => import(join(ROOT, 'dist/core', path));
const [{ betweenness }, { closeness }, { pagerank }] = await Promise.all([
  core('metrics/betweenness.js'), core('metrics/closeness.js'), core('metrics/pagerank.js'),
]);

const [file, runsText = '5'] = process.argv.slice(2);
const runs = Number(runsText);
const graph = new DirectedGraph({ allowSelfLoops: false });
const reversed = new DirectedGraph({ allowSelfLoops: false });
const lines = readFileSync(file, 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
for (const line of lines) {
  const [s, t] = line.split(',');
  if (!s || !t || s === t) continue;
  for (const [g, a, b] of [[graph, s, t], [reversed, t, s]]) {
    g.mergeNode(a, { group: null, attributes: {} });
    g.mergeNode(b, { group: null, attributes: {} });
    if (g.hasEdge(a, b)) g.updateEdgeAttribute(a, b, 'weight', (w) => w + 1);
    else g.addDirectedEdge(a, b, { weight: 1, count: 1, first: null, last: null });
  }
}

function median(fn) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const rows = [
  ['betweenness', () => betweenness(graph), () => gmBetweenness(graph, { getEdgeWeight: null })],
  ['closeness', () => closeness(graph), () => gmCloseness(reversed, { wassermanFaust: true })],
  ['pagerank', () => pagerank(graph), () => gmPagerank(graph, { tolerance: 1e-10 / graph.order, getEdgeWeight: 'weight' })],
];
console.log(`${file}: ${graph.order} people, ${graph.size} ties; CPU ms, median of ${runs}`);
for (const [name, ours, theirs] of rows) {
  const a = median(ours);
  const b = median(theirs);
  console.log(`${name.padEnd(12)} orgnet ${a.toFixed(1).padStart(9)}  graphology-metrics ${b.toFixed(1).padStart(9)}  ×${(b / a).toFixed(1)}`);
}
