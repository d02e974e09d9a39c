/**
 * Burt's constraint: how much a person's ties are invested in people who are tied to each other
 * (high = embedded in one closed group; low = spanning structural holes).
 *
 * Definition: with N(v) the people tied to v either way, the mutual weight
 * a_vw = w(v→w) + w(w→v) and p_vw = a_vw / Σ_{x∈N(v)} a_vx,
 *   c(v) = Σ_{j∈N(v)} ( p_vj + Σ_{q∈N(v)} p_vq · p_qj )².
 * Each neighbour is counted once, even when the tie is mutual (networkx takes the set of
 * `all_neighbors`), so this is Burt's constraint on the weighted undirected projection.
 * Normalization: none; a single tie gives 1, a star's centre 1/k, and values can exceed 1.
 * Undefined: `null` for an isolate only (no tie in either direction). Someone who only receives
 * still has contacts, so their constraint is Burt's value over their in-neighbours (docs/metrics.md#person).
 * This follows networkx ≥ 3, whose whole-graph path marks only true isolates NaN. networkx
 * 2.8.8 returned NaN for receivers as well: its isolate test `len(G[v]) == 0` reads successors
 * only on a DiGraph, although the sum itself runs over predecessors and successors.
 * Weight: a strength: the more interactions with a contact, the larger their share p_vj.
 * networkx: `constraint(G, weight="weight")` (≥ 3; networkx/algorithms/structuralholes.py), and
 * per person `Σ local_constraint(G, v, j, weight="weight")` over `set(all_neighbors(G, v))`.
 * Reference: R. S. Burt, Structural Holes (1992), ch. 2; R. S. Burt, "Structural holes and good
 * ideas", American Journal of Sociology 110 (2004) 349–399.
 */
import { indexGraph, type Adjacency, type GraphSource } from '../graph/csr.js';
import { rowSums } from './degree.js';

export function constraint(graph: GraphSource): (number | null)[] {
  const { n, und } = indexGraph(graph);
  const scratch: Scratch = { strength: rowSums(und), stamp: new Int32Array(n), local: new Float64Array(n) };
  const result = new Array<number | null>(n).fill(null);
  for (let v = 0; v < n; v++) {
    if (und.offsets[v + 1]! > und.offsets[v]!) result[v] = constraintOf(v, und, scratch);
  }
  return result;
}

interface Scratch {
  /** Σ of mutual weights per person: the denominator of p. */
  strength: number[];
  /** stamp[j] = v + 1 while j is a neighbour of the person v being computed. */
  stamp: Int32Array;
  /** local[j] = p_vj + Σ_q p_vq p_qj for each neighbour j of v. */
  local: Float64Array;
}

/**
 * Indirect paths v–q–j ending outside N(v) add nothing to c(v). For each contact q, the common
 * contacts j of v and q are found by walking q's row against a stamp of N(v), or, when q has
 * more than SCAN_FACTOR times v's contacts, by searching N(v) in q's sorted row — so a hub among
 * someone's contacts costs their own degree (times a logarithm), not the hub's. A step of the
 * walk is a read in order and a predictable test, a step of the search a dependent read and an
 * unpredictable branch, hence the factor. Each local[j] still receives its terms in the order
 * of q, so the sum is the same double whichever side was walked.
 */
const SCAN_FACTOR = 8;

function constraintOf(v: number, und: Adjacency, scratch: Scratch): number {
  const { offsets, index, weight } = und;
  const { strength, stamp, local } = scratch;
  const start = offsets[v]!;
  const end = offsets[v + 1]!;
  for (let p = start; p < end; p++) {
    stamp[index[p]!] = v + 1;
    local[index[p]!] = weight[p]! / strength[v]!;
  }
  for (let p = start; p < end; p++) {
    const q = index[p]!;
    const pvq = weight[p]! / strength[v]!;
    const qStart = offsets[q]!;
    const qEnd = offsets[q + 1]!;
    if (qEnd - qStart <= SCAN_FACTOR * (end - start)) {
      for (let r = qStart; r < qEnd; r++) {
        const j = index[r]!;
        if (stamp[j] === v + 1) local[j]! += (pvq * weight[r]!) / strength[q]!;
      }
    } else {
      for (let k = start; k < end; k++) {
        const r = position(index, qStart, qEnd, index[k]!);
        if (r >= 0) local[index[k]!]! += (pvq * weight[r]!) / strength[q]!;
      }
    }
  }
  let total = 0;
  for (let p = start; p < end; p++) total += local[index[p]!]! ** 2;
  return total;
}

/** Where j sits in the sorted row index[from..to), or −1. */
function position(index: Int32Array, from: number, to: number, j: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = index[mid]!;
    if (x === j) return mid;
    if (x < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
