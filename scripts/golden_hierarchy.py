#!/usr/bin/python3
"""Reference values for the reporting line (person manager, directReports, managerTie; org hierarchy).

Writes test/golden/hierarchy/reporting-line.json from the raw files, with Python's csv module and networkx,
independently of orgnet's code:
- krackhardt-hightech: the advice network (interactions.csv), the reporting line from
  reports_to.csv (source reports to target) — what `--hierarchy reports_to.csv` reads;
- manufacturing-emails: the e-mails (interactions.csv), the reporting line from the `reports_to`
  column of people.csv (blank for the CEO and for the 13 accounts with no row).
The people are every id of people.csv and of the interactions; self-loops are dropped. A person's
managerTie: the person and the manager are tied either way; directReports: people naming them;
maxDepth: the longest chain of managers above anyone; tiesOnReportingLine: (pairs person–manager
that are tied) / (pairs of people tied either way) — the edges of networkx's to_undirected().

Run:  /usr/bin/python3 scripts/golden_hierarchy.py [DATASETS_DIR]
"""
import csv
import json
import os
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "test", "golden", "hierarchy", "reporting-line.json")
DATASETS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "datasets")


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def case(name, manager_of):
    folder = os.path.join(DATASETS, name)
    G = nx.DiGraph()
    G.add_nodes_from(row["id"] for row in rows(os.path.join(folder, "people.csv")))
    for row in rows(os.path.join(folder, "interactions.csv")):
        if row["source"] != row["target"]:
            G.add_edge(row["source"], row["target"])
    managers = manager_of(folder)
    U = G.to_undirected()
    reports = {p: 0 for p in G}
    for person, manager in managers.items():
        reports[manager] += 1

    def depth(p):
        d = 0
        while p in managers:
            p = managers[p]
            d += 1
        return d

    tied = sum(1 for p, m in managers.items() if U.has_edge(p, m))
    return {
        "org": {
            "people": len(set(managers) | set(managers.values())),
            "managers": len(set(managers.values())),
            "maxDepth": max(depth(p) for p in G),
            "tiesOnReportingLine": tied / U.number_of_edges(),
            "tiedPairs": tied,
            "undirectedTies": U.number_of_edges(),
        },
        "people": {p: {"manager": managers.get(p), "directReports": reports[p], "managerTie": (U.has_edge(p, managers[p]) if p in managers else None)} for p in sorted(G)},
    }


def krackhardt(folder):
    return {row["source"]: row["target"] for row in rows(os.path.join(folder, "reports_to.csv"))}


def manufacturing(folder):
    return {row["id"]: row["reports_to"] for row in rows(os.path.join(folder, "people.csv")) if row["reports_to"].strip() != ""}


def main():
    result = {
        "reference": f"Python csv and networkx {nx.__version__}",
        "datasets": {
            "krackhardt-hightech": case("krackhardt-hightech", krackhardt),
            "manufacturing-emails": case("manufacturing-emails", manufacturing),
        },
    }
    with open(OUT, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
