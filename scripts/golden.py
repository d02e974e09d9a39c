#!/usr/bin/env python3
"""Reference values for orgnet's structural metrics, computed with networkx.

Writes test/golden/<name>.json for every named graph in fixtures/graphs/ (`<name>.csv` with
`source,target,weight`, optional `<name>.people.csv` listing extra ids as isolates), for the
real data sets lazega-lawfirm and krackhardt-hightech, and for fixtures/acme when present.
Each file holds the graph (sorted ids, aggregated weighted ties) and the expected values:
person metrics as arrays aligned with the sorted ids, org metrics as numbers; None (JSON null)
where networkx gives NaN or raises.

Run with either interpreter of this machine, networkx 2.8.8 or 3.x (with numpy, scipy):
    python3 scripts/golden.py [OUT_DIR]          (OUT_DIR defaults to test/golden)
Every value is the same under both, constraint included: it is computed person by person with
networkx's own local_constraint, as networkx >= 3 defines it (NaN only for an isolate; 2.8.8's
nx.constraint also gives NaN to people who only receive), and checked against nx.constraint
whenever the running networkx is >= 3.
networkx is a development aid only; the tests read the JSON and never call Python.
Dependents are computed by brute force (remove, recount components), and key players by brute
force too: every candidate removed in turn and distance fragmentation recomputed from scratch,
as 1 − nx.global_efficiency(U) — independent of orgnet's one search per source.
PageRank is networkx's power iteration run to the stationary vector, pagerank(G, alpha=0.85,
weight="weight", tol=1e-10 / n, max_iter=10000) (networkx stops at an L1 change < n·tol, so at
1e-10 like orgnet), and checked against the stationary vector solved directly (numpy) to 1e-9;
sourcePagerank is the same call on G.reverse().
The 2,000-person organization fixtures/org-2000 gets its own file, test/golden/key-players/,
with only distance fragmentation and key players, exact and sampled.
"""
import csv
import json
import math
import os
import sys
from pathlib import Path

import networkx as nx
import numpy as np
import scipy as sp
import scipy.sparse  # noqa: F401  (sp.sparse)
from scipy.sparse.csgraph import connected_components, shortest_path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "test" / "golden"
DATASETS = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets"
KEY_PLAYERS = 5
CANDIDATES = 20          # --key-player-candidates default
SAMPLES = 200            # --key-player-samples default
SEED = 42                # --seed default
EXACT_UP_TO = 500        # distance fragmentation is exact up to this many people
TIE = 1e-12              # DF values this close to the best count as equal

SOURCE = ["source", "from", "sender", "giver", "ego", "respondent", "requester", "origen", "emisor", "de", "remitente"]
TARGET = ["target", "to", "recipient", "receiver", "alter", "nominee", "adviser", "destino", "receptor", "para", "destinatario"]
WEIGHT = ["weight", "count", "frequency", "interactions", "n", "peso", "frecuencia", "cantidad"]
PERSON = ["id", "person", "name", "email", "employee", "persona", "nombre", "correo"]


# ---------------------------------------------------------------- reading

def read_table(path):
    """Rows of a CSV as dicts keyed by lower-cased, trimmed header names; delimiter sniffed."""
    text = Path(path).read_text(encoding="utf-8-sig")
    header = text.splitlines()[0] if text else ""
    delimiter = max([",", ";", "\t", "|"], key=header.count)
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    names = [cell.strip().lower() for cell in rows[0]]
    return delimiter, names, [dict(zip(names, row)) for row in rows[1:] if any(c.strip() for c in row)]


def first_of(names, aliases):
    return next((a for a in aliases if a in names), None)


def read_graph(interactions, people=None):
    """Self-loops dropped, weights summed per ordered pair, people-file ids added as isolates."""
    delimiter, names, rows = read_table(interactions)
    s, t, w = first_of(names, SOURCE), first_of(names, TARGET), first_of(names, WEIGHT)
    G = nx.DiGraph()
    for row in rows:
        u, v = row[s].strip(), row[t].strip()
        G.add_node(u)
        G.add_node(v)
        if u == v:
            continue
        cell = row.get(w, "").strip() if w else ""
        if delimiter == ";":
            cell = cell.replace(",", ".")
        weight = float(cell) if cell else 1.0
        if G.has_edge(u, v):
            G[u][v]["weight"] += weight
        else:
            G.add_edge(u, v, weight=weight)
    if people and Path(people).exists():
        _, pnames, prows = read_table(people)
        column = first_of(pnames, PERSON)
        G.add_nodes_from(row[column].strip() for row in prows if row[column].strip())
    return G


# ---------------------------------------------------------------- metrics

def clean(x):
    """NaN / inf → None; numpy scalars → float."""
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def undirected(G):
    """Unweighted undirected projection U (docs/metrics.md#conventions)."""
    U = nx.Graph()
    U.add_nodes_from(G)
    U.add_edges_from(G.edges())
    return U


class Removals:
    """Component sizes of U with some people removed, recomputed from scratch every time
    (scipy.sparse.csgraph.connected_components on the induced subgraph): brute force, so it
    shares nothing with orgnet's one-pass method, yet fast enough for a thousand people."""

    def __init__(self, U, nodes):
        self.nodes = nodes
        self.position = {v: i for i, v in enumerate(nodes)}
        self.A = nx.to_scipy_sparse_array(U, nodelist=nodes, weight=None, format="csr")

    def sizes(self, removed=()):
        keep = np.ones(len(self.nodes), dtype=bool)
        keep[[self.position[v] for v in removed]] = False
        idx = np.flatnonzero(keep)
        if len(idx) == 0:
            return np.zeros(0, dtype=int)
        _, labels = connected_components(self.A[idx][:, idx], directed=False)
        return np.bincount(labels)

    def reachable_pairs(self, removed=()):
        s = self.sizes(removed).astype(float)
        return int(np.sum(s * (s - 1)))

    def largest(self, removed=()):
        s = self.sizes(removed)
        return int(s.max()) if len(s) else 0


def fragmentation(pairs, n):
    return None if n < 2 else 1 - pairs / (n * (n - 1))


def dependents(U, nodes, removals):
    """docs/metrics.md#resilience by brute force: |LC| − |LC′| − 1 for a person in LC, else 0; never below 0
    (several largest components of equal size: nobody's departure shrinks the largest)."""
    lc = removals.largest()
    size = {v: len(c) for c in nx.connected_components(U) for v in c}
    return [max(0, lc - removals.largest([v]) - 1) if size[v] == lc else 0 for v in nodes]


def pagerank(G, nodes):
    """networkx's power iteration to the stationary vector (L1 change < 1e-10, as orgnet), checked
    against the stationary vector solved directly: x (I − α(P + d·1ᵀ/n)) = (1 − α)/n · 1ᵀ, with P the
    out-weight-normalized tie matrix and d the dangling people, as networkx's Google matrix."""
    n = len(nodes)
    if n == 0:
        return {}
    pr = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-10 / n, max_iter=10000)
    A = nx.to_numpy_array(G, nodelist=nodes, weight="weight")
    out = A.sum(axis=1)
    P = np.divide(A, out[:, None], out=np.zeros_like(A), where=out[:, None] > 0)
    P[out == 0, :] = 1.0 / n
    M = np.eye(n) - 0.85 * P
    x = np.linalg.solve(M.T, np.full(n, 0.15 / n))
    worst = max(abs(pr[v] - x[i]) for i, v in enumerate(nodes))
    assert worst < 1e-9, ("pagerank not converged", worst)
    return pr


class Distances:
    """Harmonic sums Σ_j 1/d(s, j) of U with some people removed, from scratch every time
    (scipy.sparse.csgraph.shortest_path, unweighted, on the induced subgraph): brute force for the
    sampled estimate, where networkx's global_efficiency cannot pick sources. On every exact case
    it is checked against 1 − global_efficiency."""

    def __init__(self, U, nodes):
        self.nodes = nodes
        self.position = {v: i for i, v in enumerate(nodes)}
        self.A = nx.to_scipy_sparse_array(U, nodelist=nodes, weight=None, format="csr")

    def harmonic(self, removed, sources):
        """Σ over the sources still present of Σ_{j≠s} 1/d(s, j); and how many sources that is."""
        keep = np.ones(len(self.nodes), dtype=bool)
        keep[[self.position[v] for v in removed]] = False
        idx = np.flatnonzero(keep)
        where = {int(v): i for i, v in enumerate(idx)}
        rows = [where[self.position[s]] for s in sources if keep[self.position[s]]]
        if not rows:
            return 0.0, 0
        D = shortest_path(self.A[idx][:, idx], directed=False, unweighted=True, indices=rows)
        with np.errstate(divide="ignore"):
            inverse = np.where(D > 0, 1.0 / D, 0.0)
        return float(inverse.sum()), len(rows)


def df_of(total, sources, people):
    return None if people < 2 or sources == 0 else 1 - total / (sources * (people - 1))


def seeded_hash(text, seed):
    """orgnet's seededHash (src/core/base/random.ts): FNV-1a over UTF-16 code units from the seed,
    then murmur3's finalizer, in 32-bit arithmetic."""
    h = (0x811C9DC5 ^ ((seed * 0x9E3779B1) & 0xFFFFFFFF)) & 0xFFFFFFFF
    units = text.encode("utf-16-le")
    for i in range(0, len(units), 2):
        h ^= units[i] | (units[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    h ^= h >> 16
    return h


def df_sources(nodes, samples, seed):
    """docs/metrics.md#resilience: everyone up to 500 people (or when S ≥ n); else the S people with the smallest
    seeded hash of their id (ties by id)."""
    if len(nodes) <= EXACT_UP_TO or samples >= len(nodes):
        return list(nodes), {"method": "exact"}
    ranked = sorted(nodes, key=lambda v: (seeded_hash(v, seed), v))
    return sorted(ranked[:samples]), {"method": "sampled", "samples": samples, "seed": seed}


def candidates_of(nodes, betweenness, count):
    """The C highest betweenness, compared to 12 decimals (rounding noise is no rank), ties by id."""
    return sorted(nodes, key=lambda v: (-round(betweenness[v] * 1e12), v))[:count]


def distance_fragmentation(U, nodes, distances, removed=(), sources=None):
    """DF of U minus `removed`. Exact cases up to 500 people: 1 − nx.global_efficiency of the
    remaining people (networkx's mean of 1/d over ordered pairs), and the csgraph sum must agree;
    above (fixtures/org-2000, where networkx takes minutes a call) the csgraph sum alone. Sampled:
    the csgraph sum over the sources still present."""
    gone = set(removed)
    left = [v for v in nodes if v not in gone]
    total, count = distances.harmonic(removed, left if sources is None else sources)
    df = df_of(total, count, len(left))
    if sources is None and 2 <= len(left) <= EXACT_UP_TO:
        # A copy, not a subgraph view: networkx's filtered views make each search ~20 times slower.
        remaining = U.copy()
        remaining.remove_nodes_from(gone)
        reference = 1 - nx.global_efficiency(remaining)
        assert abs(reference - df) < 1e-12, (reference, df)
        return reference
    return df


def key_players(G, U, nodes, betweenness, k, removals, candidates=CANDIDATES, samples=SAMPLES, seed=SEED):
    """docs/metrics.md#resilience greedy KPP-Neg by brute force: at each step remove each remaining candidate with
    those chosen, recompute DF from scratch, keep the highest (within 1e-12: the smallest id)."""
    sources, method = df_sources(nodes, samples, seed)
    exact = method["method"] == "exact"
    pool = candidates_of(nodes, betweenness, candidates)
    method["candidates"] = len(pool)
    distances = Distances(U, nodes)
    org_df = distance_fragmentation(U, nodes, distances, (), None if exact else sources)
    removed, chosen = [], []
    while len(chosen) < k and len(nodes) - len(removed) - 1 >= 2:
        trial = [c for c in pool if c not in removed]
        if not trial:
            break
        values = {c: distance_fragmentation(U, nodes, distances, removed + [c], None if exact else sources) for c in trial}
        top = max((v for v in values.values() if v is not None), default=None)

        def tied(v):
            return v is None if top is None else v is not None and v >= top - TIE

        best = min(c for c in trial if tied(values[c]))
        removed.append(best)
        left = len(nodes) - len(removed)
        chosen.append({
            "id": best,
            "distanceFragmentation": values[best],
            "fragmentation": fragmentation(removals.reachable_pairs(removed), left),
        })
    return org_df, chosen, method


def sampled_sources(nodes):
    """A fixed source set for the sampled-betweenness check: first, middle and last person."""
    n = len(nodes)
    return sorted({0, n // 2, n - 1}) if n else []


def sampled_betweenness(G, nodes, sources):
    """networkx betweenness_centrality(G, k=…) for a given source set: the subset sum over all
    targets, rescaled like networkx's _rescale with k (1/((n−1)(n−2)) · n/k)."""
    n, k = len(nodes), len(sources)
    if n <= 2 or k == 0:
        return [0.0] * n
    raw = nx.betweenness_centrality_subset(G, [nodes[i] for i in sources], nodes, normalized=False)
    return [raw[v] / ((n - 1) * (n - 2)) * n / k for v in nodes]


NETWORKX_3 = int(nx.__version__.split(".")[0]) >= 3


def constraint_reference(G, nodes):
    """Burt's constraint as networkx >= 3 defines it, under any networkx: the sum of networkx's
    own local_constraint over set(all_neighbors(G, v)), NaN only without a neighbour either way.
    networkx 2.8.8's nx.constraint also returns NaN for people who only receive (its isolate test
    `len(G[v]) == 0` reads successors only), so it is not called here; under networkx >= 3 the
    result must equal nx.constraint, whose whole-graph path marks only true isolates NaN."""
    result = {}
    for v in nodes:
        neighbours = set(nx.all_neighbors(G, v))
        result[v] = sum(nx.local_constraint(G, v, j, weight="weight") for j in neighbours) if neighbours else math.nan
    if NETWORKX_3:
        library = nx.constraint(G, weight="weight")
        for v in nodes:
            a, b = result[v], library[v]
            assert (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12), (v, a, b)
    return result


def constraint_sparse(G, nodes):
    """constraint_reference in matrix form, for organizations where networkx's O(d³)-per-person
    loops take hours: mutual weights M = A + Aᵀ, P = rows of M normalized,
    c(v) = Σ_{j∈N(v)} (P + P²)[v, j]²; NaN without a neighbour either way (M's row empty).
    golden() checks it equals constraint_reference on every golden graph."""
    A = nx.to_scipy_sparse_array(G, nodelist=nodes, weight="weight", format="csr")
    M = (A + A.T).tocsr()
    strength = np.asarray(M.sum(axis=1)).ravel()
    scale = np.divide(1.0, strength, out=np.zeros_like(strength), where=strength > 0)
    P = sp.sparse.diags(scale) @ M
    Q = (P + P @ P).multiply(M != 0)
    c = np.asarray(Q.multiply(Q).sum(axis=1)).ravel()
    neighbours = np.diff(M.indptr)
    return {v: (c[i] if neighbours[i] > 0 else math.nan) for i, v in enumerate(nodes)}


def effective_size_triangles(U):
    """nx.effective_size(U) for an unweighted undirected U is Borgatti's d − 2t/d, with t the
    ties among the d neighbours = nx.triangles(U); networkx builds an ego graph per person,
    which is slow on large organizations. golden() checks both agree."""
    triangles = nx.triangles(U)
    return {v: (d - 2 * triangles[v] / d if d else math.nan) for v, d in U.degree()}


def person_metrics(G, U, nodes, removals, fast=False):
    """fast=True swaps constraint_reference / nx.effective_size for their matrix and triangle forms
    above, which take seconds where the per-person loops take many minutes (email-eu-core)."""
    n = len(nodes)
    btw = nx.betweenness_centrality(G, normalized=True)                # docs/metrics.md#betweenness
    clo = nx.closeness_centrality(G.reverse())                         # outward reach
    pr = pagerank(G, nodes)                                            # docs/metrics.md#pagerank, converged
    spr = pagerank(G.reverse(), nodes)                                 # docs/metrics.md#sourcepagerank: the go-to people
    if fast:
        con, esz = constraint_sparse(G, nodes), effective_size_triangles(U)
    else:
        con = constraint_reference(G, nodes)                           # Burt, weighted, networkx >= 3
        esz = nx.effective_size(U)                                     # Borgatti, unweighted
    dc = nx.degree_centrality(G) if n >= 2 else {}                     # null when n < 2
    cut = set(nx.articulation_points(U))

    def reciprocity(v):
        try:
            return nx.reciprocity(G, v)
        except nx.NetworkXError:                                       # isolate
            return None

    def give_take(v):
        out, inn = G.out_degree(v, weight="weight"), G.in_degree(v, weight="weight")
        return None if out + inn == 0 else out / (out + inn)

    return {
        "inDegree": [G.in_degree(v) for v in nodes],
        "outDegree": [G.out_degree(v) for v in nodes],
        "inStrength": [float(G.in_degree(v, weight="weight")) for v in nodes],
        "outStrength": [float(G.out_degree(v, weight="weight")) for v in nodes],
        "degreeCentrality": [clean(dc.get(v)) for v in nodes],
        "betweenness": [clean(btw[v]) for v in nodes],
        "closeness": [clean(clo[v]) for v in nodes],
        "pagerank": [clean(pr[v]) for v in nodes],
        "sourcePagerank": [clean(spr[v]) for v in nodes],
        "reciprocity": [clean(reciprocity(v)) for v in nodes],
        "giveTakeRatio": [clean(give_take(v)) for v in nodes],
        "constraint": [clean(con[v]) for v in nodes],
        "effectiveSize": [clean(esz[v]) for v in nodes],
        "cutPoint": [v in cut for v in nodes],
        "dependents": dependents(U, nodes, removals),
    }


def org_metrics(G, U, nodes, removals, k, betweenness, candidates=CANDIDATES, samples=SAMPLES, seed=SEED):
    n, m = len(nodes), G.number_of_edges()
    df, players, _ = key_players(G, U, nodes, betweenness, k, removals, candidates, samples, seed)
    degrees = [d for _, d in U.degree()]
    comps = [len(c) for c in nx.weakly_connected_components(G)]
    return {
        "people": n,
        "ties": m,
        "totalWeight": float(G.size(weight="weight")),
        "density": float(nx.density(G)),
        "reciprocity": None if m == 0 else clean(nx.overall_reciprocity(G)),
        "dyadReciprocity": None if m == 0 else (m - U.number_of_edges()) / U.number_of_edges(),
        "components": nx.number_weakly_connected_components(G),
        "largestComponentShare": max(comps) / n if n else None,
        "isolates": nx.number_of_isolates(G),
        "transitivity": float(nx.transitivity(U)) if n else None,
        "degreeCentralization": (
            sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2)) if n >= 3 else None
        ),
        "cutPoints": len(list(nx.articulation_points(U))),
        "fragmentation": fragmentation(removals.reachable_pairs(), n),
        "distanceFragmentation": df,
        "keyPlayers": players,
    }


def check_fast_forms(G, U, nodes, person):
    """The shortcuts compare_networkx.py uses on large organizations must equal networkx."""
    for field, values in [
        ("constraint", constraint_sparse(G, nodes)),
        ("effectiveSize", effective_size_triangles(U)),
    ]:
        for i, v in enumerate(nodes):
            want, got = person[field][i], clean(values[v])
            assert (want is None and got is None) or abs(want - got) < 1e-12, (field, v, want, got)


def golden(name, G, origin):
    U = undirected(G)
    nodes = sorted(G.nodes())
    removals = Removals(U, nodes)
    sources = sampled_sources(nodes)
    person = person_metrics(G, U, nodes, removals)
    check_fast_forms(G, U, nodes, person)
    return {
        "name": name,
        "origin": origin,
        "reference": f"networkx {nx.__version__}; constraint as networkx >= 3 defines it",
        "nodes": nodes,
        "edges": [[u, v, G[u][v]["weight"]] for u, v in sorted(G.edges())],
        "keyPlayersK": KEY_PLAYERS,
        "keyPlayerCandidates": CANDIDATES,
        "person": person,
        "sampledBetweenness": {"sources": sources, "betweenness": sampled_betweenness(G, nodes, sources)},
        "org": org_metrics(G, U, nodes, removals, KEY_PLAYERS, dict(zip(nodes, person["betweenness"]))),
    }


# ---------------------------------------------------------------- graphs

def inputs():
    for csv_path in sorted((ROOT / "fixtures" / "graphs").glob("*.csv")):
        if csv_path.name.endswith(".people.csv"):
            continue
        people = csv_path.with_name(csv_path.stem + ".people.csv")
        yield csv_path.stem, csv_path, people
    # sociopatterns-workplace-2013 holds undirected contacts once per pair; read as directed rows.
    for name in ["lazega-lawfirm", "krackhardt-hightech", "sociopatterns-workplace-2013"]:
        yield name, DATASETS / name / "interactions.csv", DATASETS / name / "people.csv"
    acme = ROOT / "fixtures" / "acme"
    if (acme / "interactions.csv").exists():
        yield "acme", acme / "interactions.csv", acme / "people.csv"


def reproducible():
    """networkx sums over sets of string ids, whose order follows Python's per-run hash seed;
    a fixed seed makes the last digits, and so the committed JSON, the same on every run."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})


def key_player_golden(name, G, origin):
    """Above 500 people: the first key player with DF exact (every person a source, forced) and the
    greedy search as orgnet runs it by default (sampled from S seeded sources)."""
    U = undirected(G)
    nodes = sorted(G.nodes())
    removals = Removals(U, nodes)
    betweenness = nx.betweenness_centrality(G, normalized=True)
    exact_df, exact_players, exact_method = key_players(G, U, nodes, betweenness, 1, removals, samples=len(nodes))
    df, players, method = key_players(G, U, nodes, betweenness, 3, removals)
    sources, _ = df_sources(nodes, SAMPLES, SEED)
    return {
        "name": name,
        "origin": origin,
        "reference": f"networkx {nx.__version__} betweenness; DF by scipy.sparse.csgraph.shortest_path",
        "people": len(nodes),
        "candidates": candidates_of(nodes, betweenness, CANDIDATES),
        "exact": {"method": exact_method, "distanceFragmentation": exact_df, "keyPlayers": exact_players},
        "sampled": {"method": method, "sources": sources, "distanceFragmentation": df, "keyPlayers": players},
    }


def main():
    reproducible()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    for name, interactions, people in inputs():
        G = read_graph(interactions, people)
        origin = str(interactions.relative_to(ROOT) if ROOT in interactions.parents else interactions)
        data = golden(name, G, origin)
        (out / f"{name}.json").write_text(json.dumps(data, indent=1, allow_nan=False) + "\n")
        print(f"{name}: {len(data['nodes'])} people, {len(data['edges'])} ties", file=sys.stderr)
    org = ROOT / "fixtures" / "org-2000"
    G = read_graph(org / "interactions.csv", org / "people.csv")
    (out / "key-players").mkdir(exist_ok=True)
    data = key_player_golden("org-2000", G, "fixtures/org-2000/interactions.csv")
    (out / "key-players" / "org-2000.json").write_text(json.dumps(data, indent=1, allow_nan=False) + "\n")
    print(f"org-2000: {data['people']} people, key players", file=sys.stderr)


if __name__ == "__main__":
    main()
