#!/usr/bin/python3
"""Reference values for `--compare-by` (report `attributes`), with networkx and numpy.

Writes test/golden/groups/attributes.json: for each case and column, the groups (numeric columns
binned into nearest-rank quartiles, written here from the definition in docs/metrics.md#attributes)
with size, internal and external ties, E-I, internal share, density and reciprocity, and the
column's E-I over the ties whose two ends have a value; and the p-values of the permutation test:
- fixtures/attributes (10 people): exact, by enumerating every distinct relabeling of the people
  who have a value (each equally likely under a uniform shuffle);
- krackhardt-hightech and manufacturing-emails: estimated from R = 20,000 numpy relabelings.

Figures, independently of orgnet's code: the graph is a networkx DiGraph of every listed person
(self-loops dropped, one tie per ordered pair). For a value g with members S: I = ties with both
ends in S, E = ties with exactly one end in S (an end without a value counts), E-I = (E − I)/(E + I),
internal share I/(I + E), density = networkx density(G.subgraph(S)) (None below 2 members),
reciprocity = networkx overall_reciprocity(G.subgraph(S)) (None without a tie inside). The grouping
column (department) keeps its values: codes 0–4 are departments, not quantities.
A relabeling is a hit for g when its E-I is at or below the observed one (exactly, in integers;
none when g is left without ties); the column's hit when its ties inside values are at least the
observed ones. p = (hits + 1)/(R + 1); exact enumeration gives the probability itself.

Needs Debian's Python with networkx and numpy:  /usr/bin/python3 scripts/golden_attributes.py [DATASETS_DIR]
"""
import csv
import itertools
import json
import math
import os
import sys
from collections import Counter

import networkx as nx
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "test", "golden", "groups", "attributes.json")
DATASETS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "datasets")
R = 20000
GROUPING = "department"
SEED = 20261207

CASES = [
    # name, folder, columns, exact p-values
    ("fixture", os.path.join(ROOT, "fixtures", "attributes"), ["office", "tenure", "grade"], True),
    ("krackhardt-hightech", None, ["department", "level", "tenure_years", "age"], False),
    ("manufacturing-emails", None, ["level"], False),
]


def number_text(x):
    return str(int(x)) if x == int(x) else repr(x)


def is_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return text.strip() not in ("", "nan", "inf", "-inf", "+inf") and "," not in text and "_" not in text


def groups_of(values):
    """Person → group label (None without a value), per docs/metrics.md#attributes."""
    present = {p: v.strip() for p, v in values.items() if v is not None and v.strip() != ""}
    if not present or not all(is_number(v) for v in present.values()):
        return {p: present.get(p) for p in values}
    numbers = sorted(float(v) for v in present.values())
    if len(set(numbers)) < 4:
        return {p: present.get(p) for p in values}
    n = len(numbers)
    cuts = [numbers[math.ceil(k * n / 4) - 1] for k in (1, 2, 3)]
    bounds = [numbers[0]] + cuts + [numbers[-1]]
    labels = [f"Q{k + 1} {'[' if k == 0 else '('}{number_text(bounds[k])}–{number_text(bounds[k + 1])}]" for k in range(4)]

    def label(x):
        for k, cut in enumerate(cuts):
            if x <= cut:
                return labels[k]
        return labels[3]

    return {p: (label(float(present[p])) if p in present else None) for p in values}


def load(folder):
    with open(os.path.join(folder, "people.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    G = nx.DiGraph()
    G.add_nodes_from(row["id"] for row in rows)
    with open(os.path.join(folder, "interactions.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["source"] != row["target"]:
                G.add_edge(row["source"], row["target"])
    return G, rows


def figures(G, group):
    names = sorted({g for g in group.values() if g is not None})
    out = []
    for g in names:
        members = {p for p in G if group[p] == g}
        I = sum(1 for u, v in G.edges if u in members and v in members)
        E = sum(1 for u, v in G.edges if (u in members) != (v in members))
        sub = G.subgraph(members)
        out.append({
            "group": g,
            "size": len(members),
            "internalTies": I,
            "externalTies": E,
            "eiIndex": None if I + E == 0 else (E - I) / (E + I),
            "internalShare": None if I + E == 0 else I / (I + E),
            "density": None if len(members) < 2 else nx.density(sub),
            "reciprocity": None if I == 0 else nx.overall_reciprocity(sub),
        })
    both = [(u, v) for u, v in G.edges if group[u] is not None and group[v] is not None]
    inside = sum(1 for u, v in both if group[u] == group[v])
    org = None if not both else (len(both) - 2 * inside) / len(both)
    return names, out, org, inside


def counts(labels, src, dst, k):
    a, b = labels[src], labels[dst]
    inside = (a == b) & (a >= 0)
    I = np.bincount(a[inside], minlength=k)
    E = np.bincount(a[~inside & (a >= 0)], minlength=k) + np.bincount(b[~inside & (b >= 0)], minlength=k)
    return I, E, int(np.count_nonzero(inside))


def at_or_below(E, I, E0, I0):
    return (E + I > 0) & ((E - I) * (E0 + I0) <= (E0 - I0) * (E + I))


def p_values(G, group, names, exact, rng):
    ids = sorted(G)
    position = {p: i for i, p in enumerate(ids)}
    code = {g: i for i, g in enumerate(names)}
    labels = np.array([code[group[p]] if group[p] is not None else -1 for p in ids], dtype=np.int64)
    src = np.array([position[u] for u, _ in G.edges], dtype=np.int64)
    dst = np.array([position[v] for _, v in G.edges], dtype=np.int64)
    k = len(names)
    I0, E0, inside0 = counts(labels, src, dst, k)
    grouped = np.flatnonzero(labels >= 0)
    hits = np.zeros(k, dtype=np.float64)
    org_hits = 0.0
    shuffled = labels.copy()
    if exact:
        arrangements = sorted(set(itertools.permutations(labels[grouped].tolist())))
        for arrangement in arrangements:
            shuffled[grouped] = arrangement
            I, E, inside = counts(shuffled, src, dst, k)
            hits += at_or_below(E, I, E0, I0)
            org_hits += inside >= inside0
        total = len(arrangements)
        p = lambda h: float(h) / total
    else:
        for _ in range(R):
            shuffled[grouped] = rng.permutation(labels[grouped])
            I, E, inside = counts(shuffled, src, dst, k)
            hits += at_or_below(E, I, E0, I0)
            org_hits += inside >= inside0
        p = lambda h: (float(h) + 1) / (R + 1)
    groups = [None if I0[g] + E0[g] == 0 else p(hits[g]) for g in range(k)]
    return groups, p(org_hits)


def main():
    rng = np.random.default_rng(SEED)
    result = {"reference": f"networkx {nx.__version__}, numpy {np.__version__}; {R} relabelings (seed {SEED}) or exact enumeration", "permutations": R, "cases": {}}
    for name, folder, columns, exact in CASES:
        folder = folder or os.path.join(DATASETS, name)
        G, rows = load(folder)
        case = {"folder": os.path.relpath(folder, ROOT) if folder.startswith(ROOT) else name, "exact": exact, "columns": {}}
        for column in columns:
            values = {row["id"]: row[column] for row in rows}
            # The grouping column (department) is compared by its values as they are: it is never binned.
            group = {p: (v.strip() or None) for p, v in values.items()} if column == GROUPING else groups_of(values)
            names, out, org, _ = figures(G, group)
            groups_p, org_p = p_values(G, group, names, exact, rng)
            for row, pv in zip(out, groups_p):
                row["eiPValue"] = pv
            case["columns"][column] = {"groups": out, "eiIndex": org, "eiPValue": org_p}
            print(f"{name} {column}: {len(names)} groups", file=sys.stderr)
        result["cases"][name] = case
    with open(OUT, "w") as f:
        json.dump(result, f, indent=1, allow_nan=False, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
