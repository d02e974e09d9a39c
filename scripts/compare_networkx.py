#!/usr/bin/env python3
"""Checks an orgnet JSON report against networkx, metric by metric.

    python3 scripts/compare_networkx.py REPORT.json INTERACTIONS.csv [PEOPLE.csv]

Rebuilds the graph from the CSVs the way orgnet does (self-loops dropped, weights summed per
ordered pair, people-file ids added as isolates; `--reverse`, `--min-tie-weight` and `--remove`
are read from the report's meta when present), computes every structural person and org field
with the networkx calls named in scripts/golden.py, and prints the largest absolute difference
per metric. Exit 1 if any difference is above 1e-6 (PageRank 1e-4: networkx stops its power
iteration at a tolerance), or if the people differ; exit 0 otherwise.
Constraint and effective size use the matrix / triangle forms of networkx's formulas
(golden.py checks them against networkx's local_constraint and effective_size on every golden
graph): networkx's own per-person loops take about 0.5 s a person for constraint and 0.06 s for
effective size on email-eu-core, over ten minutes in all, where the whole check takes seconds.
Constraint is networkx >= 3's: NaN (null) only for an isolate, so the result does not depend on
which networkx runs this script.
Sampled betweenness is skipped (networkx draws other sources). Pseudonymized reports cannot be
compared (the ids are hashed), nor reports whose rows were filtered or skipped (--since,
--until, --relation, --lenient with bad rows): this script reads every row.
"""
import json
import math
import sys
import time
from pathlib import Path

import networkx as nx

from golden import SOURCE, TARGET, Removals, first_of, org_metrics, person_metrics, read_graph, read_table, undirected

TOLERANCE = 1e-6
LOOSE = {"pagerank": 1e-4}
ORG_FIELDS = [
    "people", "ties", "interactions", "totalWeight", "density", "reciprocity", "dyadReciprocity",
    "components", "largestComponentShare", "isolates", "transitivity", "degreeCentralization",
    "cutPoints", "fragmentation",
]


def difference(actual, expected):
    """Absolute difference; a null on one side only, or a type mismatch, is infinitely far."""
    if actual is None or expected is None:
        return 0.0 if actual is None and expected is None else math.inf
    if isinstance(expected, bool) or isinstance(actual, bool):
        return 0.0 if actual == expected else math.inf
    return abs(float(actual) - float(expected))


def rows_used(interactions, removed):
    """`interactions` counts used rows: not self-loops, not touching a removed person."""
    _, names, rows = read_table(interactions)
    s, t = first_of(names, SOURCE), first_of(names, TARGET)
    count = 0
    for row in rows:
        u, v = row[s].strip(), row[t].strip()
        if u != v and u not in removed and v not in removed:
            count += 1
    return count


def graph_for(report, interactions, people):
    options = report.get("meta", {}).get("options", {}) or {}
    removed = set(report.get("meta", {}).get("removed", []) or [])
    G = read_graph(interactions, people)
    if options.get("reverse"):
        G = G.reverse(copy=True)
    G.remove_nodes_from(removed)
    low = [(u, v) for u, v, w in G.edges(data="weight") if w < (options.get("minTieWeight") or 0)]
    G.remove_edges_from(low)
    return G, rows_used(interactions, removed)


def compare_people(report, G, U, nodes, removals):
    by_id = {p["id"]: p for p in report["people"]}
    if sorted(by_id) != nodes:
        missing, extra = set(nodes) - set(by_id), set(by_id) - set(nodes)
        print(f"people differ: {len(missing)} missing from the report, {len(extra)} extra")
        return [("people", math.inf)]
    expected = person_metrics(G, U, nodes, removals, fast=True)
    sampled = (report.get("meta", {}).get("betweenness") or {}).get("method") == "sampled"
    results = []
    for field, values in expected.items():
        if field == "betweenness" and sampled:
            print(f"{'betweenness':24} skipped (sampled in the report)")
            continue
        worst = max((difference(by_id[v].get(field), values[i]) for i, v in enumerate(nodes)), default=0.0)
        results.append((field, worst))
    return results


def compare_org(report, G, U, nodes, removals, interactions_used):
    org = report["org"]
    k = (report.get("meta", {}).get("options", {}) or {}).get("keyPlayers", 5)
    expected = org_metrics(G, U, nodes, removals, k)
    expected["interactions"] = interactions_used
    results = [(f"org.{f}", difference(org.get(f), expected[f])) for f in ORG_FIELDS]
    got, want = org.get("keyPlayers", []), expected["keyPlayers"]
    if [p["id"] for p in got] != [p["id"] for p in want]:
        print(f"keyPlayers differ: report {[p['id'] for p in got]}, networkx {[p['id'] for p in want]}")
        results.append(("org.keyPlayers", math.inf))
    else:
        worst = max((difference(a["fragmentation"], b["fragmentation"]) for a, b in zip(got, want)), default=0.0)
        results.append(("org.keyPlayers", worst))
    return results


def not_comparable(report):
    """Why this script cannot rebuild the report's graph, or None."""
    meta = report.get("meta", {})
    options = meta.get("options", {}) or {}
    counts = meta.get("input", {}) or {}
    if options.get("pseudonymize"):
        return "pseudonymized report: ids cannot be matched"
    if counts.get("filteredRows") or counts.get("skippedRows"):
        return "rows were filtered (--since/--until/--relation) or skipped (--lenient); this script reads them all"
    if options.get("undirected") or options.get("events") or options.get("splitTargets"):
        return "undirected, events or split-target report: this script rebuilds directed one-recipient rows (scripts/golden_undirected.py covers --undirected)"
    return None


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    started = time.perf_counter()
    report = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    reason = not_comparable(report)
    if reason:
        print(reason, file=sys.stderr)
        return 2
    people = Path(argv[3]) if len(argv) == 4 else None
    G, used = graph_for(report, Path(argv[2]), people)
    U = undirected(G)
    nodes = sorted(G.nodes())
    removals = Removals(U, nodes)
    results = compare_people(report, G, U, nodes, removals)
    results += compare_org(report, G, U, nodes, removals, used)
    failed = False
    for name, worst in results:
        tolerance = LOOSE.get(name, TOLERANCE)
        ok = worst <= tolerance
        failed |= not ok
        print(f"{name:24} max |Δ| = {worst:.3g}  {'ok' if ok else f'FAIL (> {tolerance:g})'}")
    print(f"{len(nodes)} people, {G.number_of_edges()} ties: {'FAIL' if failed else 'all within tolerance'}")
    print(f"networkx {nx.__version__}, {time.perf_counter() - started:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
