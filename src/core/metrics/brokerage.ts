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
 * Cost: Σ_p in(p)·out(p) two-paths, each closed-tie test one read of a stamp array.
 * Reference: Gould & Fernandez, "Structures of mediation", Sociological Methodology 19 (1989);
 * the same counts as statnet's `brokerage()` (sna package) without its normalization.
 */
import type { GraphIndex, GraphSource } from '../graph/csr.js';
import { indexGraph } from '../graph/csr.js';
import type { Brokerage } from '../report/types.js';
import { NO_GROUP, type GroupCodes } from './group-codes.js';

const COORDINATOR = 0;
const ITINERANT = 1;
const GATEKEEPER = 2;
const REPRESENTATIVE = 3;
const LIAISON = 4;

export function brokerage(graph: GraphSource, groups: GroupCodes): (Brokerage | null)[] {
  const index = indexGraph(graph);
  const result: (Brokerage | null)[] = new Array<Brokerage | null>(index.n).fill(null);
  if (groups.names.length === 0) return result;
  const counts = countTwoPaths(index, groups.code);
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
 * Every open two-path a→p→b, walked from its start a: a's out-neighbours are stamped once, so
 * "no tie a→b" is one array read. Five counters per broker p.
 */
function countTwoPaths(index: GraphIndex, code: Int32Array): Float64Array {
  const { n, out } = index;
  const counts = new Float64Array(n * 5);
  const stamp = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    const ga = code[a]!;
    if (ga === NO_GROUP) continue;
    const aStart = out.offsets[a]!;
    const aEnd = out.offsets[a + 1]!;
    for (let q = aStart; q < aEnd; q++) stamp[out.index[q]!] = a + 1;
    for (let q = aStart; q < aEnd; q++) {
      const p = out.index[q]!;
      const gp = code[p]!;
      if (gp === NO_GROUP) continue;
      for (let r = out.offsets[p]!; r < out.offsets[p + 1]!; r++) {
        const b = out.index[r]!;
        const gb = code[b]!;
        if (b === a || gb === NO_GROUP || stamp[b] === a + 1) continue;
        counts[p * 5 + kind(ga, gp, gb)]!++;
      }
    }
  }
  return counts;
}

function kind(ga: number, gp: number, gb: number): number {
  if (ga === gp) return gb === gp ? COORDINATOR : REPRESENTATIVE;
  if (gb === gp) return GATEKEEPER;
  return ga === gb ? ITINERANT : LIAISON;
}
