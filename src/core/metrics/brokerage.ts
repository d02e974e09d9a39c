/**
 * Gould–Fernandez brokerage (SPEC §4.1): for each person p, the open two-paths a→p→b
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
 * Undirected data (SPEC §2.4) is held with each tie both ways, so this counts each undirected
 * open path a–p–b once in each direction, as UCINET does for symmetric data: a–p–b between A and B
 * is one gatekeeper and one representative two-path for p.
 *
 * Cost: Σ_p in(p)·out(p) two-paths, each closed-tie test a binary search in a's sorted
 * out-row (has-tie.ts), with no Map lookup in the loop.
 * Reference: Gould & Fernandez, "Structures of mediation", Sociological Methodology 19 (1989);
 * the same counts as statnet's `brokerage()` (sna package) without its normalization.
 */
import type { GraphIndex } from '../graph/csr.js';
import { indexGraph } from '../graph/csr.js';
import type { OrgGraph } from '../graph/types.js';
import type { Brokerage } from '../report/types.js';
import { NO_GROUP, type GroupCodes } from './group-codes.js';
import { hasTie } from './has-tie.js';

const COORDINATOR = 0;
const ITINERANT = 1;
const GATEKEEPER = 2;
const REPRESENTATIVE = 3;
const LIAISON = 4;

export function brokerage(graph: OrgGraph, groups: GroupCodes): (Brokerage | null)[] {
  const index = indexGraph(graph);
  const result: (Brokerage | null)[] = new Array<Brokerage | null>(index.n).fill(null);
  if (groups.names.length === 0) return result;
  const counts = new Float64Array(5);
  for (let p = 0; p < index.n; p++) {
    if (groups.code[p] === NO_GROUP) continue;
    counts.fill(0);
    countTwoPaths(index, groups.code, p, counts);
    result[p] = {
      coordinator: counts[COORDINATOR]!,
      itinerant: counts[ITINERANT]!,
      gatekeeper: counts[GATEKEEPER]!,
      representative: counts[REPRESENTATIVE]!,
      liaison: counts[LIAISON]!,
    };
  }
  return result;
}

function countTwoPaths(index: GraphIndex, code: Int32Array, p: number, counts: Float64Array): void {
  const { out, in: inn } = index;
  const gp = code[p]!;
  const outStart = out.offsets[p]!;
  const outEnd = out.offsets[p + 1]!;
  for (let q = inn.offsets[p]!; q < inn.offsets[p + 1]!; q++) {
    const a = inn.index[q]!;
    const ga = code[a]!;
    if (ga === NO_GROUP) continue;
    for (let r = outStart; r < outEnd; r++) {
      const b = out.index[r]!;
      const gb = code[b]!;
      if (b === a || gb === NO_GROUP || hasTie(out, a, b)) continue;
      counts[kind(ga, gp, gb)]!++;
    }
  }
}

function kind(ga: number, gp: number, gb: number): number {
  if (ga === gp) return gb === gp ? COORDINATOR : REPRESENTATIVE;
  if (gb === gp) return GATEKEEPER;
  return ga === gb ? ITINERANT : LIAISON;
}
