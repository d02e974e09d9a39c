/**
 * Roles (docs/metrics.md#roles): labels a person may hold several of, each decided by one rule of
 * ROLE_RULES below (the table the README quotes). Roles are listed in the table's order.
 *
 * Terms:
 * - neighbours, degree: distinct people in the undirected projection (either direction);
 * - ties (one-way): directed ties in or out, inDegree + outDegree — the denominator of the
 *   person's reciprocity, so "3 ties" means 3 directed ties;
 * - p90(x): nearest-rank 90th percentile over people with at least one tie, the ⌈0.9·N⌉-th
 *   smallest value (no threshold, and so no such role, when N = 0 or no value is known);
 * - crossing two-paths: open two-paths a→p→b through the person (a ≠ b, no tie a→b) whose ends
 *   are not all in the person's group — Gould–Fernandez itinerant, gatekeeper, representative and
 *   liaison (brokerage.ts), a, p and b all grouped; community indexes stand in for groups when
 *   nobody has a group. One such path is enough: in a firm of two departments the people who
 *   bridge them are brokers, though they see no third group.
 *
 * - top givers: the ⌈0.05·N⌉ people with the highest outStrength among the N with at least one
 *   tie (ties → smallest id), the people whom requests pile up on when they also give more than
 *   twice what they receive (`overloaded`; docs/metrics.md#organization `overload`).
 *
 * Inputs are per-person arrays in indexGraph order; a null betweenness or reciprocity never
 * satisfies a rule, so with undirected data, where reciprocity is null, nobody is `one-way`, and
 * where everyone gives what they receive, nobody is `overloaded`.
 * Weights count only for `overloaded`.
 */
import { indexGraph, type Adjacency, type GraphSource } from '../graph/csr.js';
import { rowSums } from '../metrics/degree.js';
import { topCount } from '../metrics/overload.js';
import { brokerageCounts, crossingTwoPaths } from '../metrics/brokerage.js';
import type { Role } from '../model/report.js';
import type { GroupCodes } from '../metrics/group-codes.js';

const ROLE_THRESHOLDS = {
  /** Percentile for central-connector and broker. */
  percentile: 0.9,
  oneWayMinTies: 3,
  oneWayMaxReciprocity: 0.2,
  criticalMinDependents: 2,
  /** Share of the people with a tie who are top givers. */
  topGiverShare: 0.05,
  /** An overloaded person gives more than this many times what they receive. */
  overloadedGiveRatio: 2,
} as const;

export interface RoleInputs {
  betweenness: ArrayLike<number | null>;
  reciprocity: ArrayLike<number | null>;
  cutPoint: ArrayLike<boolean>;
  dependents: ArrayLike<number>;
  /** Community index per person, used for broker when nobody has a group. */
  community: ArrayLike<number>;
  /**
   * Open two-paths through each person that cross a boundary (`crossingTwoPaths`), over the
   * groups — or over the communities when nobody has a group; computed here when not given.
   */
  crossing?: ArrayLike<number>;
}

/** What the rules look at, for one person. */
interface PersonFacts {
  neighbours: number;
  ties: number;
  betweenness: number | null;
  reciprocity: number | null;
  crossingTwoPaths: number;
  cutPoint: boolean;
  dependents: number;
  inStrength: number;
  outStrength: number;
  /** Among the top givers (see above). */
  topGiver: boolean;
}

/** Percentile thresholds over people with at least one tie; null when there is none. */
interface RoleThresholds {
  degreeP90: number | null;
  betweennessP90: number | null;
}

export interface RoleRule {
  role: Role;
  rule: string;
  holds: (p: PersonFacts, t: RoleThresholds) => boolean;
}

const T = ROLE_THRESHOLDS;

export const ROLE_RULES: readonly RoleRule[] = [
  { role: 'isolate', rule: 'no tie', holds: (p) => p.neighbours === 0 },
  { role: 'peripheral', rule: 'exactly one neighbour', holds: (p) => p.neighbours === 1 },
  {
    role: 'central-connector',
    rule: 'neighbours ≥ p90(neighbours)',
    holds: (p, t) => t.degreeP90 !== null && p.neighbours > 0 && p.neighbours >= t.degreeP90,
  },
  {
    role: 'broker',
    rule: 'betweenness ≥ p90(betweenness) and > 0, an open two-path through them that crosses a group boundary',
    holds: (p, t) =>
      t.betweennessP90 !== null && p.betweenness !== null && p.betweenness > 0 &&
      p.betweenness >= t.betweennessP90 && p.crossingTwoPaths > 0,
  },
  {
    role: 'overloaded',
    rule: `top ${T.topGiverShare * 100} % by outStrength and outStrength > ${T.overloadedGiveRatio} × inStrength`,
    holds: (p) => p.topGiver && p.outStrength > T.overloadedGiveRatio * p.inStrength,
  },
  {
    role: 'one-way',
    rule: `≥ ${T.oneWayMinTies} directed ties and reciprocity < ${T.oneWayMaxReciprocity}`,
    holds: (p) => p.ties >= T.oneWayMinTies && p.reciprocity !== null && p.reciprocity < T.oneWayMaxReciprocity,
  },
  {
    role: 'critical',
    rule: `cut point with ≥ ${T.criticalMinDependents} dependents`,
    holds: (p) => p.cutPoint && p.dependents >= T.criticalMinDependents,
  },
];

/** Nearest rank: the ⌈q·N⌉-th smallest value; null for no value. */
export function nearestRankPercentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // The 1e-9 absorbs rounding: 0.9·70 is 63.00000000000001, whose ceiling would be 64.
  const rank = Math.ceil(q * values.length - 1e-9);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1]!;
}

export function assignRoles(graph: GraphSource, groups: GroupCodes, inputs: RoleInputs): Role[][] {
  const facts = personFacts(graph, groups, inputs);
  const thresholds = roleThresholds(facts);
  return facts.map((p) => ROLE_RULES.filter((r) => r.holds(p, thresholds)).map((r) => r.role));
}

function roleThresholds(facts: readonly PersonFacts[]): RoleThresholds {
  const tied = facts.filter((p) => p.neighbours > 0);
  const betweenness = tied.map((p) => p.betweenness).filter((b): b is number => b !== null);
  return {
    degreeP90: nearestRankPercentile(tied.map((p) => p.neighbours), T.percentile),
    betweennessP90: nearestRankPercentile(betweenness, T.percentile),
  };
}

function personFacts(graph: GraphSource, groups: GroupCodes, inputs: RoleInputs): PersonFacts[] {
  const { n, out, in: inn, und } = indexGraph(graph);
  const crossing = inputs.crossing ?? crossingOf(graph, groups, inputs.community);
  const inStrength = rowSums(inn);
  const outStrength = rowSums(out);
  const topGiver = topGivers(und, outStrength);
  const facts: PersonFacts[] = [];
  for (let i = 0; i < n; i++) {
    facts.push({
      neighbours: und.offsets[i + 1]! - und.offsets[i]!,
      ties: out.offsets[i + 1]! - out.offsets[i]! + inn.offsets[i + 1]! - inn.offsets[i]!,
      betweenness: inputs.betweenness[i] ?? null,
      reciprocity: inputs.reciprocity[i] ?? null,
      crossingTwoPaths: crossing[i] ?? 0,
      cutPoint: inputs.cutPoint[i] ?? false,
      dependents: inputs.dependents[i] ?? 0,
      inStrength: inStrength[i]!,
      outStrength: outStrength[i]!,
      topGiver: topGiver[i] === 1,
    });
  }
  return facts;
}

/** 1 for the ⌈0.05·N⌉ people with a tie who give most (outStrength descending, ties → smallest index). */
function topGivers(und: Adjacency, outStrength: readonly number[]): Uint8Array {
  const n = outStrength.length;
  const tied: number[] = [];
  for (let i = 0; i < n; i++) if (und.offsets[i + 1]! > und.offsets[i]!) tied.push(i);
  tied.sort((a, b) => outStrength[b]! - outStrength[a]! || a - b);
  const top = new Uint8Array(n);
  for (const i of tied.slice(0, topCount(T.topGiverShare, tied.length))) top[i] = 1;
  return top;
}

/** Crossing two-paths over the groups, or over the communities when nobody has a group. */
function crossingOf(graph: GraphSource, groups: GroupCodes, community: ArrayLike<number>): Float64Array {
  const labels = groups.names.length > 0 ? groups.code : Int32Array.from(community);
  return crossingTwoPaths(brokerageCounts(graph, labels));
}
