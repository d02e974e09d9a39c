#!/usr/bin/python3
"""Reference values for the group and community metrics, computed with networkx and scikit-learn.

Writes test/golden/groups/<dataset>.json for lazega-lawfirm, krackhardt-hightech and
email-eu-core (the shared datasets folder, department column as the group):

  graph          people, directed ties and total weight, so the test knows it read the same graph;
  groups         per department: size, internal/external ties, networkx density and
                 overall_reciprocity of the induced subgraph (None without ties / under 2 people);
  modularity     networkx modularity of the FIXED department partition on the weighted undirected
                 projection, at resolution 1 and 0.5 (people without a department: singletons);
  nmi            scikit-learn normalized_mutual_info_score (arithmetic) between department and a
                 second attribute, over all people;
  louvainBest    the best networkx louvain_communities(U, weight="weight",
                 seed=s) modularity over s = 0..4.

Needs Debian's Python with networkx 2.8, numpy, scipy and python3-sklearn:
    /usr/bin/python3 scripts/golden_groups.py [DATASETS_DIR]
"""
import csv
import json
import os
import sys

import networkx as nx
from networkx.algorithms.community import louvain_communities, modularity
from sklearn.metrics import normalized_mutual_info_score

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "test", "golden", "groups")
DATASETS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "datasets")

CASES = {
    "lazega-lawfirm": {"second": "office", "louvain": True},
    "krackhardt-hightech": {"second": "level", "louvain": True},
    "email-eu-core": {"second": None, "louvain": True},
}


def load(name):
    """Directed graph as orgnet builds it: every listed person, self-loops dropped, weights summed."""
    folder = os.path.join(DATASETS, name)
    with open(os.path.join(folder, "people.csv"), newline="", encoding="utf-8") as f:
        people = list(csv.DictReader(f))
    G = nx.DiGraph()
    for row in sorted(people, key=lambda r: r["id"]):
        G.add_node(row["id"], group=row["department"] or None)
    with open(os.path.join(folder, "interactions.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            s, t = row["source"], row["target"]
            if s == t:
                continue
            w = float(row.get("weight") or 1)
            if G.has_edge(s, t):
                G[s][t]["weight"] += w
            else:
                G.add_edge(s, t, weight=w)
    return G, people


def projection(G):
    """Undirected projection: u-v when u->v or v->u, weight w(u->v) + w(v->u)."""
    U = nx.Graph()
    U.add_nodes_from(G.nodes)
    for u, v, w in G.edges(data="weight"):
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    return U


def group_figures(G):
    labels = sorted({g for _, g in G.nodes(data="group") if g is not None})
    out = {}
    for g in labels:
        members = {v for v, x in G.nodes(data="group") if x == g}
        S = G.subgraph(members)
        internal = S.number_of_edges()
        external = sum(1 for u, v in G.edges if (u in members) != (v in members))
        out[g] = {
            "size": len(members),
            "internalTies": internal,
            "externalTies": external,
            "density": nx.density(S) if len(members) >= 2 else None,
            "reciprocity": nx.overall_reciprocity(S) if internal > 0 else None,
        }
    return out


def department_partition(G):
    blocks = {}
    for v, g in G.nodes(data="group"):
        blocks.setdefault(("g", g) if g is not None else ("p", v), set()).add(v)
    return list(blocks.values())


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, case in CASES.items():
        G, people = load(name)
        U = projection(G)
        parts = department_partition(G)
        result = {
            "dataset": name,
            "graph": {
                "people": G.number_of_nodes(),
                "ties": G.number_of_edges(),
                "totalWeight": G.size(weight="weight"),
            },
            "groups": group_figures(G),
            "modularity": {
                "departments": modularity(U, parts, weight="weight"),
                "departmentsResolution0.5": modularity(U, parts, weight="weight", resolution=0.5),
            },
        }
        if case["second"]:
            by_id = {r["id"]: r for r in people}
            ids = sorted(by_id)
            result["nmi"] = {
                "second": case["second"],
                "value": normalized_mutual_info_score(
                    [by_id[i]["department"] for i in ids], [by_id[i][case["second"]] for i in ids]
                ),
            }
        if case["louvain"]:
            scores = [modularity(U, louvain_communities(U, weight="weight", seed=s), weight="weight") for s in range(5)]
            result["louvainBest"] = max(scores)
            result["louvainSeeds"] = scores
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(result, f, indent=2, sort_keys=True)
            f.write("\n")
        print(name, "written")


if __name__ == "__main__":
    main()
