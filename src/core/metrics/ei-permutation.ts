/**
 * The E-I permutation test (docs/metrics.md#group-eipvalue, and docs/metrics.md#org-eipvalue for the organization): is a group more
 * inward than chance would make it, given its size and its members' ties?
 *
 * Definition: the group labels of the people who have one are shuffled among them (group sizes
 * kept, ties fixed, people without a group left without one), R times; `eiPValue` is the share of
 * relabelings in which the group's E-I is at or below the observed one, counted as
 * (hits + 1) / (R + 1) — one-sided, low = more inward than chance. The organization's p-value
 * counts the relabelings whose E-I over the ties with two grouped ends is at or below the
 * observed one. A relabeling that leaves the group without a tie (E + I = 0, E-I undefined) is no
 * hit. R = 0, or an observed E-I that is undefined, gives `null`.
 *
 * Why a test: in a firm of three departments, random mixing alone gives a large department a
 * strongly negative E-I (most of its members' contacts are, by chance, in the same department).
 * Krackhardt & Stern's E-I alone cannot tell that from a silo; UCINET answers it with this test.
 *
 * How (one pass over the ties per relabeling, typed arrays only): I and E need not both be
 * counted. Each tie with an end in group g adds 1 to E_g or 2 to 2·I_g, so E_g = D_g − 2·I_g with
 * D_g the ties of g's members (to anyone, ungrouped people included): a relabeling only has to
 * sum D over the shuffled labels (one pass over the people) and count the ties inside groups
 * (one pass over the pairs whose two ends have a group, each pair once with its 1 or 2 directed
 * ties). E-I = (D − 3I) / (D − I), compared by cross-multiplication, exactly, in integers.
 *
 * Relabeling r draws from its own seeded generator (seed and r), so the tasks (ranges of
 * relabelings) give the same hits whether they run here or on worker threads, in any split.
 *
 * Undirected data counts each tie once, as the group figures do. Weights play no part.
 * Reference: D. Krackhardt and R. N. Stern, "Informal networks and organizational crises: an
 * experimental simulation", Social Psychology Quarterly 51(2) (1988) 123–140; S. P. Borgatti,
 * M. G. Everett and J. C. Johnson, "Analyzing Social Networks" (2013), ch. 13 (the E-I index and
 * its permutation test, as UCINET computes it).
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import type { Runner } from '../parallel/runner.js';
import { taskRanges, type SourceRange } from '../parallel/tasks.js';
import { seededHash, seededShuffle } from '../base/random.js';
import { NO_GROUP, type GroupCodes } from './group-codes.js';
import { hasTie } from './has-tie.js';

/** What every task shares: the grouped pairs and people, and the observed counts. */
export interface PermutationShared {
  /** Group count k. */
  groups: number;
  seed: number;
  /**
   * The people who have a group are numbered 0…M−1 (in index order); their labels, in that
   * order, are what is shuffled, so a relabeling is the shuffled array itself.
   */
  labels: Int32Array;
  /** Ties of each of them, to anyone. */
  memberTies: Int32Array;
  /** Pairs of them tied either way, each pair once, and its directed ties (1 or 2). */
  pairA: Int32Array;
  pairB: Int32Array;
  pairTies: Uint8Array;
  /** Observed per group: ties of its members D, ties inside I. */
  observedD: Float64Array;
  observedI: Float64Array;
  /** Observed ties inside groups, and ties with two grouped ends (fixed under relabeling). */
  observedInside: number;
  grouped: number;
}

/** Hits of a range of relabelings: per group, and for the organization. */
export interface PermutationHits {
  hits: Int32Array;
  orgHits: number;
}

export interface EiPValues {
  /** Per group code; null when the observed E-I is undefined or R = 0. */
  groups: (number | null)[];
  org: number | null;
}

/** Relabelings per task at least: fewer are not worth a message to a worker. */
const TASK_MIN = 16;

export async function eiPermutationTest(
  graph: GraphSource,
  groups: GroupCodes,
  options: { permutations: number; seed: number },
  runner?: Runner,
): Promise<EiPValues> {
  const k = groups.names.length;
  if (options.permutations === 0 || k === 0) return { groups: new Array<null>(k).fill(null), org: null };
  const shared = permutationInput(graph, groups, options.seed);
  const R = options.permutations;
  const ranges = taskRanges(R, Math.max(1, Math.min(16, Math.floor(R / TASK_MIN))));
  const work = R * (shared.pairA.length + shared.labels.length);
  const results = runner ? await runner.run<PermutationShared, SourceRange, PermutationHits>('eiPermutations', shared, ranges, work) : ranges.map((range) => permutationHits(shared, range));
  return pValues(shared, results, R);
}

export function permutationInput(graph: GraphSource, groups: GroupCodes, seed: number): PermutationShared {
  const index = indexGraph(graph);
  const { n, out, in: inn, und, undirected } = index;
  const code = groups.code;
  const k = groups.names.length;
  // Position among the grouped people, −1 for a person without a group.
  const position = new Int32Array(n).fill(-1);
  let members = 0;
  for (let i = 0; i < n; i++) if (code[i]! !== NO_GROUP) position[i] = members++;
  const labels = new Int32Array(members);
  const memberTies = new Int32Array(members);
  const observedD = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const m = position[i]!;
    if (m < 0) continue;
    const ties = undirected ? und.offsets[i + 1]! - und.offsets[i]! : out.offsets[i + 1]! - out.offsets[i]! + inn.offsets[i + 1]! - inn.offsets[i]!;
    labels[m] = code[i]!;
    memberTies[m] = ties;
    observedD[code[i]!]! += ties;
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (position[i]! < 0) continue;
    for (let p = und.offsets[i]!; p < und.offsets[i + 1]!; p++) if (und.index[p]! > i && position[und.index[p]!]! >= 0) count++;
  }
  const shared: PermutationShared = {
    groups: k,
    seed,
    labels,
    memberTies,
    pairA: new Int32Array(count),
    pairB: new Int32Array(count),
    pairTies: new Uint8Array(count),
    observedD,
    observedI: new Float64Array(k),
    observedInside: 0,
    grouped: 0,
  };
  let e = 0;
  for (let i = 0; i < n; i++) {
    if (position[i]! < 0) continue;
    for (let p = und.offsets[i]!; p < und.offsets[i + 1]!; p++) {
      const j = und.index[p]!;
      if (j <= i || position[j]! < 0) continue;
      const ties = undirected ? 1 : Number(hasTie(out, i, j)) + Number(hasTie(out, j, i));
      shared.pairA[e] = position[i]!;
      shared.pairB[e] = position[j]!;
      shared.pairTies[e] = ties;
      shared.grouped += ties;
      if (code[i]! === code[j]!) {
        shared.observedI[code[i]!]! += ties;
        shared.observedInside += ties;
      }
      e++;
    }
  }
  return shared;
}

/** The kernel: relabelings from ≤ r < to, each shuffled from its own seed. */
export function permutationHits(shared: PermutationShared, range: SourceRange): PermutationHits {
  const { groups: k, pairA, pairB, pairTies, memberTies, observedD, observedI } = shared;
  const label = new Int32Array(shared.labels.length);
  const D = new Float64Array(k);
  const I = new Int32Array(k);
  const hits = new Int32Array(k);
  let orgHits = 0;
  for (let r = range.from; r < range.to; r++) {
    // Every relabeling starts from the observed labels, so it depends on r alone.
    label.set(shared.labels);
    seededShuffle(label, seededHash(`permutation ${r}`, shared.seed));
    D.fill(0);
    I.fill(0);
    for (let m = 0; m < label.length; m++) D[label[m]!]! += memberTies[m]!;
    // Under random labels two ends rarely share one (about Σ (size/M)² of the pairs), so this
    // branch is well predicted, and cheaper than writing a count for every pair.
    for (let e = 0; e < pairA.length; e++) {
      const g = label[pairA[e]!]!;
      if (g === label[pairB[e]!]!) I[g]! += pairTies[e]!;
    }
    let inside = 0;
    for (let g = 0; g < k; g++) {
      inside += I[g]!;
      if (atOrBelow(D[g]!, I[g]!, observedD[g]!, observedI[g]!)) hits[g]!++;
    }
    if (inside >= shared.observedInside) orgHits++;
  }
  return { hits, orgHits };
}

/**
 * (D − 3I)/(D − I) ≤ (D₀ − 3I₀)/(D₀ − I₀), both denominators (E + I) positive: by
 * cross-multiplication, exact while the counts stay below 2^25 (products below 2^53).
 */
function atOrBelow(D: number, I: number, D0: number, I0: number): boolean {
  const total = D - I;
  const total0 = D0 - I0;
  if (total <= 0 || total0 <= 0) return false;
  return (D - 3 * I) * total0 <= (D0 - 3 * I0) * total;
}

function pValues(shared: PermutationShared, results: PermutationHits[], R: number): EiPValues {
  const k = shared.groups;
  const hits = new Float64Array(k);
  let orgHits = 0;
  for (const result of results) {
    for (let g = 0; g < k; g++) hits[g]! += result.hits[g]!;
    orgHits += result.orgHits;
  }
  const p = (h: number) => (h + 1) / (R + 1);
  return {
    groups: Array.from(hits, (h, g) => (shared.observedD[g]! - shared.observedI[g]! > 0 ? p(h) : null)),
    org: shared.grouped > 0 ? p(orgHits) : null,
  };
}
