#!/usr/bin/python3
"""Reference values for the k-core (person `coreNumber`, org `coreSize`) and collaborative overload
(org `overload`: Gini and top shares of outStrength), with networkx and numpy.

Writes test/golden/core-overload/values.json: one entry per graph with its sorted ids, its ties
(source, target, weight, aggregated as orgnet does) and the expected values:
- coreNumber: networkx `core_number` of the unweighted undirected projection (0 for an isolate);
- coreSize: people whose core number is the maximum;
- overload over every person's outStrength (isolates included), with numpy: the Gini coefficient in
  its mean-difference form, mean(|xi - xj|) over all ordered pairs / (2 mean(x)), computed on the
  full n x n matrix of differences (not the sorted-rank shortcut orgnet uses), and the share of the
  total given by the ceil(p n) largest values (p = 1 %, 5 %, 20 %), from numpy's sort; all None when
  nobody gives anything.

Graphs: every network of test/golden/*.json (fixtures and the real data sets lazega-lawfirm,
krackhardt-hightech, sociopatterns-workplace-2013, as scripts/golden.py wrote them), the real data
set manufacturing-emails, and seeded random directed graphs (uniform G(n, m) with some isolates,
and preferential attachment, whose cores run deep) with integer weights 1..5.

Needs Debian's Python (networkx 2.8.8, numpy):
    /usr/bin/python3 scripts/golden_core_overload.py
"""
import importlib.util
import json
import math
import random
import sys
from pathlib import Path

import networkx as nx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "test" / "golden" / "core-overload" / "values.json"
DATASETS = ROOT.parent / "shared" / "datasets"

spec = importlib.util.spec_from_file_location("golden", ROOT / "scripts" / "golden.py")
golden = importlib.util.module_from_spec(spec)
spec.loader.exec_module(golden)


def graph_of(nodes, edges):
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    for u, v, w in edges:
        if u == v:
            continue
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
    return G


def overload(x):
    x = np.asarray(x, dtype=float)
    n = len(x)
    total = x.sum()
    if n == 0 or total <= 0:
        return {"gini": None, "top1Share": None, "top5Share": None, "top20Share": None}
    gini = np.abs(x[:, None] - x[None, :]).mean() / (2 * x.mean())
    desc = np.sort(x)[::-1]

    def top(p):
        k = min(n, math.ceil(round(p * n, 9)))
        return float(desc[:k].sum() / total)

    return {"gini": float(gini), "top1Share": top(0.01), "top5Share": top(0.05), "top20Share": top(0.2)}


def entry(name, G):
    nodes = sorted(G.nodes())
    U = nx.Graph()
    U.add_nodes_from(nodes)
    U.add_edges_from(G.edges())
    core = nx.core_number(U)
    top = max(core.values()) if core else 0
    out_strength = [G.out_degree(v, weight="weight") for v in nodes]
    edges = sorted([u, v, float(d["weight"])] for u, v, d in G.edges(data=True))
    return {
        "name": name,
        "nodes": nodes,
        "edges": edges,
        "coreNumber": [core[v] for v in nodes],
        "coreSize": sum(1 for v in nodes if core[v] == top),
        "overload": overload(out_strength),
    }


def random_graphs():
    rng = random.Random(42)
    for n, m, extra in [(60, 150, 5), (300, 1500, 20), (800, 1200, 50)]:
        G = nx.gnm_random_graph(n, m, seed=rng.randrange(1 << 30), directed=True)
        yield f"gnm-{n}-{m}", relabel(G, rng, n + extra)
    for n, k in [(200, 3), (600, 6)]:
        B = nx.barabasi_albert_graph(n, k, seed=rng.randrange(1 << 30))
        G = nx.DiGraph()
        for u, v in B.edges():
            # Each pair one way, or both ways for a third of them.
            r = rng.random()
            if r < 1 / 3:
                G.add_edge(u, v)
                G.add_edge(v, u)
            elif r < 2 / 3:
                G.add_edge(u, v)
            else:
                G.add_edge(v, u)
        yield f"preferential-{n}-{k}", relabel(G, rng, n)


def relabel(G, rng, people):
    """Ids p000…, integer weights 1..5, and people - n isolates."""
    width = len(str(people))
    H = nx.DiGraph()
    H.add_nodes_from(f"p{i:0{width}d}" for i in range(people))
    for u, v in sorted(G.edges()):
        H.add_edge(f"p{u:0{width}d}", f"p{v:0{width}d}", weight=float(rng.randint(1, 5)))
    return H


def main():
    entries = []
    for path in sorted((ROOT / "test" / "golden").glob("*.json")):
        data = json.loads(path.read_text())
        entries.append(entry(data["name"], graph_of(data["nodes"], data["edges"])))
    manufacturing = DATASETS / "manufacturing-emails"
    entries.append(entry("manufacturing-emails", golden.read_graph(manufacturing / "interactions.csv", manufacturing / "people.csv")))
    for name, G in random_graphs():
        entries.append(entry(name, G))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"reference": f"networkx {nx.__version__}, numpy {np.__version__}", "graphs": entries}, allow_nan=False) + "\n")
    for e in entries:
        print(f"{e['name']}: {len(e['nodes'])} people, {len(e['edges'])} ties, max core {max(e['coreNumber'], default=0)}", file=sys.stderr)


if __name__ == "__main__":
    main()
