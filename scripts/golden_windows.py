#!/usr/bin/python3
"""Reference values for `--windows` (docs/metrics.md#the-network-over-time), computed with networkx.

For each case, the rows are cut into windows laid out by hand here (not by orgnet): calendar
months, or weeks starting on Mondays, the first aligned to the period holding the first
timestamp, each SPAN long and STEP apart, laid out while they start before the end of the last
timestamp's day. Each window's graph is the DiGraph of its rows (self-loops dropped, weights
summed), its nodes the ends of its ties. Per window:

  start, end, coverage   ISO dates; the share of [start, end) inside [first day, last day + 1)
  org                    people, ties, density (networkx density), reciprocity (overall_reciprocity),
                         dyadReciprocity (mutual pairs / connected pairs), eiIndex (ties whose two
                         ends have a group), transitivity (of the unweighted undirected projection U),
                         distanceFragmentation (1 - global_efficiency(U)), and louvainBest / louvainWorst:
                         the best and worst louvain_communities(U, weight="weight", seed=s) modularity
                         over s = 0..4
  groups                 every department of the people file: eiIndex, internalShare, reciprocity of
                         the internal ties, activePeople (members with a row in the window)

Writes test/golden/windows/<case>.json. Needs Debian's Python with networkx:
    /usr/bin/python3 scripts/golden_windows.py [DATASETS_DIR]
"""
import csv
import json
import os
import sys
from datetime import date, datetime, timedelta, timezone

import networkx as nx
from networkx.algorithms.community import louvain_communities, modularity

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "test", "golden", "windows")
DATASETS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "datasets")

CASES = {
    # name: (interactions, people, span, step) with span/step as (count, "month"|"week")
    "synthetic-2week-week": (os.path.join(ROOT, "fixtures", "windows", "interactions.csv"), os.path.join(ROOT, "fixtures", "windows", "people.csv"), (2, "week"), (1, "week")),
    "manufacturing-emails-month": (os.path.join(DATASETS, "manufacturing-emails", "interactions.csv"), os.path.join(DATASETS, "manufacturing-emails", "people.csv"), (1, "month"), (1, "month")),
}


def parse_time(text):
    t = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    return t


def add_months(d, k):
    m = d.year * 12 + d.month - 1 + k
    return date(m // 12, m % 12 + 1, 1)


def windows(first_day, end_day, span, step):
    """[start, end) dates of each window, as the docstring lays them out."""
    if step[1] == "month":
        start0 = date(first_day.year, first_day.month, 1)
        at = lambda k: (add_months(start0, k * step[0]), add_months(start0, k * step[0] + span[0]))
    else:
        start0 = first_day - timedelta(days=first_day.weekday())  # Monday
        at = lambda k: (start0 + timedelta(days=7 * k * step[0]), start0 + timedelta(days=7 * k * step[0] + 7 * span[0]))
    k = 0
    while True:
        s, e = at(k)
        if s >= end_day:
            return
        yield s, e
        k += 1


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (interactions, people_file, span, step) in CASES.items():
        with open(people_file, newline="", encoding="utf-8") as f:
            group = {r["id"]: (r["department"] or None) for r in csv.DictReader(f)}
        names = sorted({g for g in group.values() if g is not None})
        rows = []
        with open(interactions, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                rows.append((r["source"], r["target"], float(r.get("weight") or 1), parse_time(r["timestamp"])))
        first_day = min(t for *_, t in rows).date()
        end_day = max(t for *_, t in rows).date() + timedelta(days=1)
        out = []
        for s, e in windows(first_day, end_day, span, step):
            G = nx.DiGraph()
            for a, b, w, t in rows:
                if a == b or not (s <= t.date() < e):
                    continue
                if G.has_edge(a, b):
                    G[a][b]["weight"] += w
                else:
                    G.add_edge(a, b, weight=w)
            out.append(figures(G, group, names, s, e, first_day, end_day))
        case = {"span": span, "step": step, "windows": out}
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(case, f, indent=1, sort_keys=True)
            f.write("\n")
        print(name, len(out), "windows")


def figures(G, group, names, s, e, first_day, end_day):
    n, m = G.number_of_nodes(), G.number_of_edges()
    U = nx.Graph()
    U.add_nodes_from(G)
    for a, b, d in G.edges(data=True):
        if U.has_edge(a, b):
            U[a][b]["weight"] += d["weight"]
        else:
            U.add_edge(a, b, weight=d["weight"])
    mutual = sum(1 for a, b in G.edges() if G.has_edge(b, a)) // 2
    pairs = U.number_of_edges()
    E = I = 0
    for a, b in G.edges():
        ga, gb = group.get(a), group.get(b)
        if ga is None or gb is None:
            continue
        if ga == gb:
            I += 1
        else:
            E += 1
    best = worst = None
    if pairs > 0:
        runs = [modularity(U, louvain_communities(U, weight="weight", seed=seed), weight="weight") for seed in range(5)]
        best, worst = max(runs), min(runs)
    groups = []
    for g in names:
        internal = external = returned = 0
        for a, b in G.edges():
            ia, ib = group.get(a) == g, group.get(b) == g
            if ia and ib:
                internal += 1
                returned += G.has_edge(b, a)
            elif ia or ib:
                external += 1
        total = internal + external
        groups.append({
            "group": g,
            "eiIndex": None if total == 0 else (external - internal) / total,
            "internalShare": None if total == 0 else internal / total,
            "reciprocity": None if internal == 0 else returned / internal,
            "activePeople": sum(1 for v in G if group.get(v) == g),
        })
    covered = (min(e, end_day) - max(s, first_day)).days
    return {
        "start": s.isoformat(),
        "end": e.isoformat(),
        "coverage": covered / (e - s).days,
        "org": {
            "people": n,
            "ties": m,
            "density": nx.density(G) if n > 0 else 0,
            "reciprocity": nx.overall_reciprocity(G) if m > 0 else None,
            "dyadReciprocity": mutual / pairs if pairs > 0 else None,
            "eiIndex": None if E + I == 0 else (E - I) / (E + I),
            "transitivity": nx.transitivity(nx.Graph(U.edges())) if pairs > 0 else None,
            "distanceFragmentation": 1 - nx.global_efficiency(U) if n >= 2 else None,
            "louvainBest": best,
            "louvainWorst": worst,
        },
        "groups": groups,
    }


if __name__ == "__main__":
    main()
