/**
 * The map's change layer, from the diff's directed tie changes (DiffResult.ties) and this
 * report's index — no second diff.
 *
 * The map draws pairs of people (the undirected view, pairs.ts), so a change is drawn at that
 * level: a pair is *gained* when the two had no tie either way before and have one now, and
 * *lost* when they had one before and have none either way now. A directed tie gained or lost
 * inside a pair tied on both sides (a tie now returned, or no longer returned) changes no line
 * of the map: it is counted (`directionOnly`), and the changes section lists it among the ties.
 * With undirected data a tie is its pair, so every tie change is a pair change.
 *
 * People who left are drawn as ghosts, so that their lost ties have an end: each at the mean
 * position of their former contacts who are still here, nudged off it along a sunflower spiral
 * that starts pointing away from the middle of the map (the j-th ghost at one spot at distance
 * step·√(j + 1), at the angle of the spot seen from the centre of everyone + j × the golden
 * angle), so that ghosts of one contact cover neither each other nor that contact, and lean
 * outwards, where there is room. Ghosts whose former contacts all left too are placed from the
 * ghosts already placed, a round at a time; those left over (no tie, or only ties among
 * themselves that lead nowhere) sit on a ring around the network, like the isolates.
 */
import type { PersonChange, TieChange } from '../../core/model/diff.js';
import type { GraphIndex } from '../../core/graph/csr.js';
import { compareIds } from '../../core/base/ids.js';
import { hasTie } from '../../core/metrics/has-tie.js';
import type { ChangeLayer, ChangePairs, Ghosts } from './compare-data.js';
import { ROLE_ORDER } from './page-data.js';

/** The layer draws at most this many gained and this many lost pairs (the heaviest), and this many ghosts. */
const MAX_CHANGE_PAIRS = 5000;
const MAX_GHOSTS = 5000;

/** How far a ghost sits from the mean of its contacts, in layout units (the map is 1,000 across: clear of the contact's dot and label). */
const GHOST_STEP = 60;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

interface Pair {
  a: string;
  b: string;
  weight: number;
}

const key = (s: string, t: string) => `${s}\u0000${t}`;
const pairKey = (s: string, t: string) => (compareIds(s, t) <= 0 ? key(s, t) : key(t, s));

/** Does this report hold the directed tie s → t (or, `either`, a tie between s and t either way)? */
function tiedNow(index: GraphIndex, s: string, t: string, either: boolean): boolean {
  const i = index.position.get(s);
  const j = index.position.get(t);
  if (i === undefined || j === undefined) return false;
  return either ? hasTie(index.und, i, j) : hasTie(index.out, i, j);
}

function addTo(pairs: Map<string, Pair>, t: TieChange): void {
  const k = pairKey(t.source, t.target);
  const pair = pairs.get(k);
  if (pair) pair.weight += t.weight;
  else pairs.set(k, compareIds(t.source, t.target) <= 0 ? { a: t.source, b: t.target, weight: t.weight } : { a: t.target, b: t.source, weight: t.weight });
}

export interface PairChanges {
  gained: Pair[];
  lost: Pair[];
  directionOnly: { gained: number; lost: number };
}

/** Pair-level changes, heaviest first, then by the ids of their ends. */
export function pairChanges(ties: readonly TieChange[], after: GraphIndex): PairChanges {
  const gainedTies = new Set(ties.filter((t) => t.change === 'gained').map((t) => key(t.source, t.target)));
  const lostTies = new Set(ties.filter((t) => t.change === 'lost').map((t) => key(t.source, t.target)));
  // t → s existed before: it is here and was not gained, or it was lost.
  const reverseBefore = (t: TieChange) =>
    (tiedNow(after, t.target, t.source, false) && !gainedTies.has(key(t.target, t.source))) || lostTies.has(key(t.target, t.source));
  const gained = new Map<string, Pair>();
  const lost = new Map<string, Pair>();
  const directionOnly = { gained: 0, lost: 0 };
  for (const t of ties) {
    const newPair = t.change === 'gained' ? after.undirected || !reverseBefore(t) : after.undirected || !tiedNow(after, t.source, t.target, true);
    if (newPair) addTo(t.change === 'gained' ? gained : lost, t);
    else directionOnly[t.change]++;
  }
  const order = (x: Pair, y: Pair) => y.weight - x.weight || compareIds(x.a, y.a) || compareIds(x.b, y.b);
  return { gained: [...gained.values()].sort(order), lost: [...lost.values()].sort(order), directionOnly };
}

interface Placed {
  x: number[];
  y: number[];
}

/**
 * Ghost positions (see the header). `contacts` lists each leaver's former contacts' ids; `at`
 * gives the position of a person still here.
 */
function placeGhosts(leavers: readonly string[], contacts: Map<string, string[]>, at: (id: string) => [number, number] | null, everyone: Placed): Placed {
  const x = new Array<number>(leavers.length).fill(NaN);
  const y = new Array<number>(leavers.length).fill(NaN);
  const ghostAt = new Map<string, number>(leavers.map((id, k) => [id, k]));
  const where = (id: string): [number, number] | null => {
    const here = at(id);
    if (here) return here;
    const k = ghostAt.get(id);
    return k !== undefined && !Number.isNaN(x[k]!) ? [x[k]!, y[k]!] : null;
  };
  const atSpot = new Map<string, number>();
  const [cx, cy] = centre(everyone);
  for (let round = 0, placedAny = true; placedAny && round < 8; round++) {
    placedAny = false;
    const now: [number, number, number][] = [];
    leavers.forEach((id, k) => {
      if (!Number.isNaN(x[k]!)) return;
      const known = (contacts.get(id) ?? []).map(where).filter((p): p is [number, number] => p !== null);
      if (known.length === 0) return;
      const mx = known.reduce((s, p) => s + p[0], 0) / known.length;
      const my = known.reduce((s, p) => s + p[1], 0) / known.length;
      const spot = `${Math.round(mx)},${Math.round(my)}`;
      const j = atSpot.get(spot) ?? 0;
      atSpot.set(spot, j + 1);
      const r = GHOST_STEP * Math.sqrt(j + 1);
      const outwards = mx === cx && my === cy ? 0 : Math.atan2(my - cy, mx - cx);
      now.push([k, mx + r * Math.cos(outwards + j * GOLDEN_ANGLE), my + r * Math.sin(outwards + j * GOLDEN_ANGLE)]);
    });
    // A round places from the positions of the rounds before it only, so the order of the leavers does not matter.
    for (const [k, px, py] of now) {
      x[k] = px;
      y[k] = py;
      placedAny = true;
    }
  }
  ringTheRest(x, y, everyone);
  return { x: x.map(tenth), y: y.map(tenth) };
}

const tenth = (v: number) => Math.round(v * 10) / 10;

function centre(everyone: Placed): [number, number] {
  const n = everyone.x.length;
  return n > 0 ? [everyone.x.reduce((s, v) => s + v, 0) / n, everyone.y.reduce((s, v) => s + v, 0) / n] : [0, 0];
}

function ringTheRest(x: number[], y: number[], everyone: Placed): void {
  const rest = x.map((v, k) => (Number.isNaN(v) ? k : -1)).filter((k) => k !== -1);
  if (rest.length === 0) return;
  const n = everyone.x.length;
  const [cx, cy] = centre(everyone);
  let radius = 0;
  for (let i = 0; i < n; i++) radius = Math.max(radius, Math.hypot(everyone.x[i]! - cx, everyone.y[i]! - cy));
  radius = radius * 1.2 + GHOST_STEP;
  rest.forEach((k, r) => {
    const angle = (2 * Math.PI * r) / rest.length - Math.PI / 2 + Math.PI / rest.length;
    x[k] = cx + radius * Math.cos(angle);
    y[k] = cy + radius * Math.sin(angle);
  });
}

export interface LayerInput {
  ties: readonly TieChange[];
  people: readonly PersonChange[];
  after: GraphIndex;
  /** This report's people: page index by id, and positions by page index. */
  indexOf: ReadonlyMap<string, number>;
  positions: Placed;
}

/** The drawn layer: the heaviest pairs of each kind, ghosts for the most connected leavers, in page indexes. */
export function changeLayer(input: LayerInput, maxPairs = MAX_CHANGE_PAIRS, maxGhosts = MAX_GHOSTS): ChangeLayer {
  const { ties, people, after, indexOf, positions } = input;
  const changes = pairChanges(ties, after);
  const left = people.filter((p) => p.presence === 'left');
  const contacts = new Map<string, string[]>();
  const lostWeight = new Map<string, number>();
  for (const t of ties) {
    if (t.change !== 'lost') continue;
    for (const [end, other] of [[t.source, t.target], [t.target, t.source]] as const) {
      if (indexOf.has(end)) continue;
      contacts.set(end, [...(contacts.get(end) ?? []), other]);
      lostWeight.set(end, (lostWeight.get(end) ?? 0) + t.weight);
    }
  }
  const drawn = [...left].sort((p, q) => (lostWeight.get(q.id) ?? 0) - (lostWeight.get(p.id) ?? 0) || compareIds(p.id, q.id)).slice(0, maxGhosts);
  drawn.sort((p, q) => compareIds(p.id, q.id));
  const at = (id: string): [number, number] | null => {
    const i = indexOf.get(id);
    return i === undefined ? null : [positions.x[i]!, positions.y[i]!];
  };
  const place = placeGhosts(drawn.map((p) => p.id), contacts, at, positions);
  const n = indexOf.size;
  const ghostIndex = new Map(drawn.map((p, k) => [p.id, n + k]));
  const node = (id: string) => indexOf.get(id) ?? ghostIndex.get(id);
  const ghosts: Ghosts = {
    id: drawn.map((p) => p.id),
    group: drawn.map((p) => p.group.before),
    x: place.x,
    y: place.y,
    pagerank: drawn.map((p) => p.pagerank.before),
    betweenness: drawn.map((p) => p.betweenness.before),
    roles: drawn.map((p) => p.roles.before.reduce((bits, r) => bits | (1 << ROLE_ORDER.indexOf(r)), 0)),
    total: left.length,
  };
  return { gained: drawnPairs(changes.gained, node, maxPairs), lost: drawnPairs(changes.lost, node, maxPairs), ghosts, directionOnly: changes.directionOnly };
}

/** The heaviest pairs whose two ends are drawn (a ghost beyond MAX_GHOSTS is not), up to `max`. */
function drawnPairs(pairs: readonly Pair[], node: (id: string) => number | undefined, max: number): ChangePairs {
  const out: ChangePairs = { a: [], b: [], weight: [], total: pairs.length };
  for (const p of pairs) {
    if (out.a.length >= max) break;
    const a = node(p.a);
    const b = node(p.b);
    if (a === undefined || b === undefined) continue;
    out.a.push(a);
    out.b.push(b);
    out.weight.push(p.weight);
  }
  return out;
}
