/**
 * Gould–Fernandez brokerage (docs/metrics.md#person): for each person p, the open two-paths a→p→b
 * (a ≠ b, no tie a→b) that p brokers, counted by the groups of a, p and b:
 *
 *   coordinator     a, p, b all in one group              (A → A → A)
 *   itinerant       a and b in one group, p in another    (A → B → A)
 *   gatekeeper      a outside, b in p's group             (A → B → B)
 *   representative  a in p's group, b outside             (A → A → B)
 *   liaison         three different groups                (A → B → C)
 *
 * A two-path counts only when a, p and b all have a group. `null` for a person without a group,
 * and for everyone when nobody has a group. Ties are directed and unweighted: a weight only
 * says how often knowledge flowed, not whether it did.
 *
 * Undirected data (docs/input.md) is held with each tie both ways, so this counts each undirected
 * open path a–p–b once in each direction, as UCINET does for symmetric data: a–p–b between A and B
 * is one gatekeeper and one representative two-path for p.
 *
 * Cost: that of counting triangles, not Σ_p in(p)·out(p): see countTwoPaths.
 * Reference: Gould & Fernandez, "Structures of mediation", Sociological Methodology 19 (1989);
 * the same counts as statnet's `brokerage()` (sna package) without its normalization.
 */
import type { GraphIndex, GraphSource } from '../graph/csr.js';
import { indexGraph } from '../graph/csr.js';
import type { Brokerage } from '../model/report.js';
import { NO_GROUP, type GroupCodes } from './group-codes.js';
import { hasTie } from './has-tie.js';

const COORDINATOR = 0;
const ITINERANT = 1;
const GATEKEEPER = 2;
const REPRESENTATIVE = 3;
const LIAISON = 4;

export function brokerage(graph: GraphSource, groups: GroupCodes, counts?: Float64Array): (Brokerage | null)[] {
  const index = indexGraph(graph);
  const result: (Brokerage | null)[] = new Array<Brokerage | null>(index.n).fill(null);
  if (groups.names.length === 0) return result;
  counts ??= brokerageCounts(index, groups.code);
  for (let p = 0; p < index.n; p++) {
    if (groups.code[p] === NO_GROUP) continue;
    const at = p * 5;
    result[p] = {
      coordinator: counts[at + COORDINATOR]!,
      itinerant: counts[at + ITINERANT]!,
      gatekeeper: counts[at + GATEKEEPER]!,
      representative: counts[at + REPRESENTATIVE]!,
      liaison: counts[at + LIAISON]!,
    };
  }
  return result;
}

/**
 * Open two-paths through each person that cross a boundary (itinerant, gatekeeper,
 * representative and liaison: every kind but coordinator), from `brokerageCounts`: what the
 * broker role asks of a person besides betweenness (docs/metrics.md#roles).
 */
export function crossingTwoPaths(counts: Float64Array): Float64Array {
  const n = counts.length / 5;
  const crossing = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const at = p * 5;
    crossing[p] = counts[at + ITINERANT]! + counts[at + GATEKEEPER]! + counts[at + REPRESENTATIVE]! + counts[at + LIAISON]!;
  }
  return crossing;
}

/**
 * Five counts per person (coordinator, itinerant, gatekeeper, representative, liaison, in that
 * order) by the labels `code` (group codes, or community indexes; NO_GROUP for none): all zero
 * for a person without a label.
 */
export function brokerageCounts(graph: GraphSource, code: Int32Array): Float64Array {
  return countTwoPaths(indexGraph(graph), code);
}

/**
 * The counts of every broker, without walking every two-path: a hub with 50,000 ties in and
 * 50,000 out lies on 2.5 billion of them. For broker p, with in[g] / out[g] its grouped in- and
 * out-neighbours in group g (totals I and O, p's group P):
 *
 *   coordinator    in[P]·out[P]              representative  in[P]·(O − out[P])
 *   gatekeeper     (I − in[P])·out[P]        itinerant       Σ_{g≠P} in[g]·out[g]
 *   liaison        (I − in[P])·(O − out[P]) − itinerant
 *
 * counts every pair (a, b) once; the pairs that are no open two-path are then taken off one by
 * one: a = b (a mutual neighbour, a coordinator or itinerant pair), and a→b tied. Closed two-
 * paths are found from the smaller side — a's out-row against a stamp of p's, or p's out-row
 * searched in a's — so the cost is that of counting triangles, not p's degree squared. Counts are
 * integers: the result is exact.
 */
function countTwoPaths(index: GraphIndex, code: Int32Array): Float64Array {
  const { n, out, in: inn } = index;
  const counts = new Float64Array(n * 5);
  let groups = 0;
  for (const g of code) if (g >= groups) groups = g + 1;
  const inG = new Float64Array(groups);
  const outG = new Float64Array(groups);
  const stamp = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const gp = code[p]!;
    if (gp === NO_GROUP) continue;
    const at = p * 5;
    const touched = tally(inn, p, code, inG, outG, out);
    let inTotal = 0;
    let outTotal = 0;
    let itinerant = 0;
    for (const g of touched) {
      inTotal += inG[g]!;
      outTotal += outG[g]!;
      if (g !== gp) itinerant += inG[g]! * outG[g]!;
    }
    const inP = inG[gp]!;
    const outP = outG[gp]!;
    counts[at + COORDINATOR] = inP * outP;
    counts[at + REPRESENTATIVE] = inP * (outTotal - outP);
    counts[at + GATEKEEPER] = (inTotal - inP) * outP;
    counts[at + ITINERANT] = itinerant;
    counts[at + LIAISON] = (inTotal - inP) * (outTotal - outP) - itinerant;
    for (const g of touched) inG[g] = outG[g] = 0;
    takeOffMutual(index, code, p, counts);
    takeOffClosed(index, code, p, stamp, counts);
  }
  return counts;
}

/** Fills in[g] and out[g] for p; returns the groups touched. */
function tally(inn: GraphIndex['in'], p: number, code: Int32Array, inG: Float64Array, outG: Float64Array, out: GraphIndex['out']): number[] {
  const touched: number[] = [];
  const touch = (g: number) => {
    if (inG[g] === 0 && outG[g] === 0) touched.push(g);
  };
  for (let q = inn.offsets[p]!; q < inn.offsets[p + 1]!; q++) {
    const g = code[inn.index[q]!]!;
    if (g === NO_GROUP) continue;
    touch(g);
    inG[g]!++;
  }
  for (let r = out.offsets[p]!; r < out.offsets[p + 1]!; r++) {
    const g = code[out.index[r]!]!;
    if (g === NO_GROUP) continue;
    touch(g);
    outG[g]!++;
  }
  return touched;
}

/** a→p→a is no two-path: one pair per grouped mutual neighbour (sorted rows, merged). */
function takeOffMutual(index: GraphIndex, code: Int32Array, p: number, counts: Float64Array): void {
  const { out, in: inn } = index;
  const gp = code[p]!;
  let q = inn.offsets[p]!;
  let r = out.offsets[p]!;
  while (q < inn.offsets[p + 1]! && r < out.offsets[p + 1]!) {
    const a = inn.index[q]!;
    const b = out.index[r]!;
    if (a < b) q++;
    else if (b < a) r++;
    else {
      const ga = code[a]!;
      if (ga !== NO_GROUP) counts[p * 5 + (ga === gp ? COORDINATOR : ITINERANT)]!--;
      q++;
      r++;
    }
  }
}

/** a→p→b with a tie a→b is closed: each one found from the smaller of a's and p's out-rows. */
function takeOffClosed(index: GraphIndex, code: Int32Array, p: number, stamp: Int32Array, counts: Float64Array): void {
  const { out, in: inn } = index;
  const gp = code[p]!;
  const pStart = out.offsets[p]!;
  const pEnd = out.offsets[p + 1]!;
  for (let r = pStart; r < pEnd; r++) stamp[out.index[r]!] = p + 1;
  for (let q = inn.offsets[p]!; q < inn.offsets[p + 1]!; q++) {
    const a = inn.index[q]!;
    const ga = code[a]!;
    if (ga === NO_GROUP) continue;
    const aStart = out.offsets[a]!;
    const aEnd = out.offsets[a + 1]!;
    if (aEnd - aStart <= pEnd - pStart) {
      for (let s = aStart; s < aEnd; s++) {
        const b = out.index[s]!;
        const gb = code[b]!;
        if (stamp[b] === p + 1 && gb !== NO_GROUP) counts[p * 5 + kind(ga, gp, gb)]!--;
      }
    } else {
      for (let s = pStart; s < pEnd; s++) {
        const b = out.index[s]!;
        const gb = code[b]!;
        if (b !== a && gb !== NO_GROUP && hasTie(out, a, b)) counts[p * 5 + kind(ga, gp, gb)]!--;
      }
    }
  }
}

function kind(ga: number, gp: number, gb: number): number {
  if (ga === gp) return gb === gp ? COORDINATOR : REPRESENTATIVE;
  if (gb === gp) return GATEKEEPER;
  return ga === gb ? ITINERANT : LIAISON;
}
