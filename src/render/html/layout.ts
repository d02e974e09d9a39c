/**
 * Positions for the map, computed when the page is written (the browser only draws):
 * ForceAtlas2 (Jacomy et al. 2014, graphology-layout-forceatlas2) on the undirected view, then
 * noverlap so dots do not sit on one another. Deterministic: seeded starting positions, a fixed
 * number of iterations chosen by size, Barnes–Hut above 500 people, and no randomness left
 * (noverlap jitters only dots on exactly the same spot, which are separated beforehand).
 *
 * Starting positions follow the communities: one patch per community, the patches placed by a
 * small ForceAtlas2 of the communities themselves, so the iterations refine a sensible picture
 * instead of untangling noise: fewer iterations give the same clarity at 10,000 people.
 * People without a tie are placed on a ring around the network, in id order.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { seededRandom } from '../../core/base/random.js';
import type { Pairs } from './pairs.js';

interface Band {
  upTo: number;
  iterations: number;
  barnesHut: boolean;
  theta: number;
}

/** Iterations by the number of people with a tie; measured in BENCHMARKS.md ("HTML report"). */
const SCHEDULE: readonly Band[] = [
  { upTo: 500, iterations: 500, barnesHut: false, theta: 0.5 },
  { upTo: 1_500, iterations: 150, barnesHut: true, theta: 1 },
  { upTo: 5_000, iterations: 100, barnesHut: true, theta: 1 },
  { upTo: 20_000, iterations: 60, barnesHut: true, theta: 1.2 },
  { upTo: Infinity, iterations: 40, barnesHut: true, theta: 1.2 },
];

/** Positions are scaled into a square of this side. */
const EXTENT = 1000;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface Positions {
  x: Float64Array;
  y: Float64Array;
}

export function layoutPositions(people: number, pairs: Pairs, community: readonly (number | null)[], seed: number): Positions {
  const degree = new Int32Array(people);
  for (let p = 0; p < pairs.size; p++) {
    degree[pairs.lo[p]!]!++;
    degree[pairs.hi[p]!]!++;
  }
  const x = new Float64Array(people);
  const y = new Float64Array(people);
  const connected = [...degree.keys()].filter((i) => degree[i]! > 0);
  if (connected.length > 0) {
    const graph = startingGraph(connected, pairs, community, seed);
    runLayout(graph);
    graph.forEachNode((node, a) => {
      x[Number(node)] = a.x as number;
      y[Number(node)] = a.y as number;
    });
    alignLongAxis(connected, x, y);
  }
  placeIsolates([...degree.keys()].filter((i) => degree[i] === 0), connected, x, y);
  scaleInto(x, y, EXTENT);
  return { x, y };
}

function startingGraph(connected: number[], pairs: Pairs, community: readonly (number | null)[], seed: number): UndirectedGraph {
  const random = seededRandom(seed);
  const key = (i: number) => community[i] ?? -1;
  const members = new Map<number, number>();
  for (const i of connected) members.set(key(i), (members.get(key(i)) ?? 0) + 1);
  const centre = communityCentres(members, pairs, key, Math.sqrt(connected.length) * 2.5);
  const graph = new UndirectedGraph();
  for (const i of connected) {
    const c = centre.get(key(i))!;
    const spread = Math.sqrt(members.get(key(i))!) * 2;
    const angle = random() * 2 * Math.PI;
    const radius = Math.sqrt(random()) * spread;
    graph.addNode(String(i), { x: c.x + radius * Math.cos(angle), y: c.y + radius * Math.sin(angle), size: 1 });
  }
  for (let p = 0; p < pairs.size; p++) {
    // log1p: a pair with 300 interactions should pull harder than one with 3, not a hundred times harder.
    graph.addEdge(String(pairs.lo[p]), String(pairs.hi[p]), { weight: Math.log1p(pairs.weight[p]!) });
  }
  return graph;
}

/**
 * Where each community starts: a ForceAtlas2 layout of the communities themselves (one node per
 * community, ties between them added up), so communities that work together start side by side.
 * The communities first sit on a sunflower spiral, the largest in the middle; the result is
 * scaled to `radius`.
 */
function communityCentres(members: Map<number, number>, pairs: Pairs, key: (i: number) => number, radius: number): Map<number, { x: number; y: number }> {
  const order = [...members.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const graph = new UndirectedGraph();
  order.forEach((c, k) => {
    const r = Math.sqrt(k + 0.5);
    graph.addNode(String(c), { x: r * Math.cos(k * GOLDEN_ANGLE), y: r * Math.sin(k * GOLDEN_ANGLE), size: Math.sqrt(members.get(c)!) });
  });
  const between = new Map<string, number>();
  for (let p = 0; p < pairs.size; p++) {
    const a = key(pairs.lo[p]!);
    const b = key(pairs.hi[p]!);
    if (a === b) continue;
    const edge = a < b ? `${a} ${b}` : `${b} ${a}`;
    between.set(edge, (between.get(edge) ?? 0) + 1);
  }
  for (const [edge, ties] of [...between.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const [a, b] = edge.split(' ');
    graph.addEdge(a!, b!, { weight: Math.log1p(ties) });
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, { iterations: 300, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: false } });
  }
  let spread = 0;
  graph.forEachNode((_c, a) => (spread = Math.max(spread, Math.hypot(a.x as number, a.y as number))));
  const scale = spread > 0 ? radius / spread : 0;
  const centres = new Map<number, { x: number; y: number }>();
  graph.forEachNode((c, a) => centres.set(Number(c), { x: (a.x as number) * scale, y: (a.y as number) * scale }));
  return centres;
}

function runLayout(graph: UndirectedGraph): void {
  const band = SCHEDULE.find((b) => graph.order <= b.upTo)!;
  forceAtlas2.assign(graph, {
    iterations: band.iterations,
    getEdgeWeight: 'weight',
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: band.barnesHut,
      barnesHutTheta: band.theta,
      linLogMode: false,
    },
  });
  separateCoincident(graph);
  // A dot's size in layout units: about a third of the spacing people would have if spread evenly.
  const { width, height } = extentOf(graph);
  const size = Math.max(width, height) / Math.sqrt(graph.order) / 3;
  graph.updateEachNodeAttributes((_node, a) => ({ ...a, size }));
  // A finer grid above a few hundred people: noverlap compares every pair within a cell, so
  // coarse cells over a dense network cost seconds (measured: 22 s at 10,000 people, 2 s like this).
  const gridSize = Math.max(20, Math.min(200, Math.ceil(Math.sqrt(graph.order))));
  noverlap.assign(graph, { maxIterations: graph.order > 2000 ? 10 : 30, settings: { margin: size / 2, ratio: 1, gridSize, expansion: 1.1, speed: 3 } });
}

function extentOf(graph: UndirectedGraph): { width: number; height: number } {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x as number);
    maxX = Math.max(maxX, a.x as number);
    minY = Math.min(minY, a.y as number);
    maxY = Math.max(maxY, a.y as number);
  });
  return { width: Math.max(maxX - minX, 1), height: Math.max(maxY - minY, 1) };
}

/**
 * noverlap reads positions as 32-bit floats and jitters (with Math.random) dots that share a
 * spot; nudging such dots apart first, by a fixed step in node order, keeps the layout seeded.
 */
function separateCoincident(graph: UndirectedGraph): void {
  const seen = new Set<string>();
  graph.forEachNode((node, a) => {
    let px = a.x as number;
    const py = a.y as number;
    while (seen.has(`${Math.fround(px)},${Math.fround(py)}`)) px += Math.max(Math.abs(px), 1) * 1e-5;
    seen.add(`${Math.fround(px)},${Math.fround(py)}`);
    if (px !== a.x) graph.setNodeAttribute(node, 'x', px);
  });
}

/**
 * Turns the picture so its longest spread runs left to right (the principal axis of the
 * positions): reports and screens are wider than tall. A rotation, so distances are unchanged.
 */
function alignLongAxis(people: number[], x: Float64Array, y: Float64Array): void {
  let mx = 0, my = 0;
  for (const i of people) {
    mx += x[i]! / people.length;
    my += y[i]! / people.length;
  }
  let sxx = 0, syy = 0, sxy = 0;
  for (const i of people) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  for (const i of people) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    x[i] = mx + dx * cos - dy * sin;
    y[i] = my + dx * sin + dy * cos;
  }
}

function placeIsolates(isolates: number[], connected: number[], x: Float64Array, y: Float64Array): void {
  if (isolates.length === 0) return;
  let cx = 0, cy = 0;
  for (const i of connected) {
    cx += x[i]! / connected.length;
    cy += y[i]! / connected.length;
  }
  let radius = 0;
  for (const i of connected) radius = Math.max(radius, Math.hypot(x[i]! - cx, y[i]! - cy));
  radius = connected.length > 0 ? radius * 1.12 + 1 : Math.sqrt(isolates.length) * 4;
  isolates.forEach((i, k) => {
    const angle = (2 * Math.PI * k) / isolates.length - Math.PI / 2;
    x[i] = cx + radius * Math.cos(angle);
    y[i] = cy + radius * Math.sin(angle);
  });
}

/** Into [0, side] on the longer axis, centred, rounded to a tenth (the page needs no more). */
function scaleInto(x: Float64Array, y: Float64Array, side: number): void {
  if (x.length === 0) return;
  // Loops, not Math.min(...x): spreading 50,000 arguments can overflow the stack.
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < x.length; i++) {
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  for (let i = 0; i < x.length; i++) {
    x[i] = Math.round(((x[i]! - minX) / span) * side * 10) / 10;
    y[i] = Math.round(((y[i]! - minY) / span) * side * 10) / 10;
  }
}
