#!/usr/bin/python3
"""Reference values for `orgnet diff` of krackhardt-hightech's advice network (before) against its
friendship network (after), the same 21 managers with the same reporting line (reports_to.csv) and
`--compare-by level`.

Writes test/golden/diff/krackhardt-advice-friendship.json from the raw files, with Python's csv
module and networkx, independently of orgnet's code. For each relation: the directed graph of every
person of people.csv (self-loops dropped, one tie per ordered pair) and U = its to_undirected().
- per person: coreNumber = networkx core_number(U); managerTie = the person and their manager
  (reports_to.csv: source reports to target) are an edge of U;
- the people whose tie with their manager appeared (False → True) or went (True → False) — the
  manager is the same on both sides, since both relations share the chart;
- level (1 CEO, 2 vice president, 3 manager; three distinct numbers, so the values themselves are
  the groups): for each value g with members S, I = ties with both ends in S, E = ties with one end
  in S, E-I = (E − I)/(E + I); the column's E-I over all ties (every person has a level):
  I = ties inside a value, E = ties between two values.

Run:  /usr/bin/python3 scripts/golden_diff_krackhardt.py [DATASETS_DIR]
"""
import csv
import json
import os
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "test", "golden", "diff", "krackhardt-advice-friendship.json")
DATASETS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "datasets")
FOLDER = os.path.join(DATASETS, "krackhardt-hightech")


def rows(name):
    with open(os.path.join(FOLDER, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


PEOPLE = rows("people.csv")
LEVEL = {r["id"]: r["level"] for r in PEOPLE}
MANAGER = {r["source"]: r["target"] for r in rows("reports_to.csv")}


def side(name):
    G = nx.DiGraph()
    G.add_nodes_from(LEVEL)
    for r in rows(name):
        if r["source"] != r["target"]:
            G.add_edge(r["source"], r["target"])
    U = G.to_undirected()
    core = nx.core_number(U)
    tie = {p: (U.has_edge(p, MANAGER[p]) if p in MANAGER else None) for p in G}
    groups = {}
    for g in sorted(set(LEVEL.values())):
        members = {p for p in G if LEVEL[p] == g}
        inside = sum(1 for u, v in G.edges if u in members and v in members)
        outside = sum(1 for u, v in G.edges if (u in members) != (v in members))
        groups[g] = {"size": len(members), "internalTies": inside, "externalTies": outside,
                     "eiIndex": (outside - inside) / (outside + inside) if inside + outside else None}
    i = sum(1 for u, v in G.edges if LEVEL[u] == LEVEL[v])
    e = G.number_of_edges() - i
    return {"coreNumber": core, "managerTie": tie, "level": {"eiIndex": (e - i) / (e + i), "groups": groups}}


def main():
    before = side("interactions.csv")
    after = side("friendship.csv")
    moved = lambda b, a: sorted(p for p in MANAGER if before["managerTie"][p] is b and after["managerTie"][p] is a)
    result = {
        "reference": f"Python csv and networkx {nx.__version__}",
        "tieWithManagerGained": moved(False, True),
        "tieWithManagerLost": moved(True, False),
        "coreNumber": {p: [before["coreNumber"][p], after["coreNumber"][p]] for p in sorted(LEVEL)},
        "level": {"before": before["level"], "after": after["level"]},
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
