#!/usr/bin/python3
"""Reference values for `orgnet diff`, computed with networkx from the interactions files.

Writes test/golden/diff/<case>.json for two cases:

  every-change   fixtures/diff/every-change/{before,after}.csv with its people.csv;
  acme-halves    fixtures/acme/interactions.csv split at 2025-07-01 (rows before it are the
                 first half, the others the second), with fixtures/acme/people.csv.

For each case:
  ties           directed ties present on one side only, as [source, target, weight], gained
                 and lost, each heaviest first, then by source and target;
  ranks          for sourcePagerank (pagerank of G.reverse()), pagerank and betweenness, every
                 person present on both sides:
                 [rankBefore, rankAfter] — the competition rank among those people, 1 = highest,
                 1 + the number of people whose value is greater by more than 1e-12;
  org            networkx overall reciprocity and density of each side;
  groups         per department, each side: internal and external ties, E-I index, networkx
                 overall_reciprocity of the induced subgraph, activity rate (the mean, over the
                 members with some interaction, of active complete months / complete months of
                 the side) and the weight of the ties that touch it;
  status         per person, each side: absent / dormant / fading / growing / steady (docs/metrics.md#activity,
                 monthly, on the complete months only: k = min(3, complete months // 2)), computed
                 here from the rows, not from orgnet.

A month is complete when the side's observed window -- from the start of its first timestamp's
day to the end of its last timestamp's day -- covers all of it; a partial month (an export cut in
the middle of one) counts in no trend, rate or status, and rows in a partial month after the
complete ones keep a person from being dormant.

networkx's betweenness_centrality (normalized) and pagerank(alpha=0.85, weight="weight") are the
definitions docs/metrics.md#person names; PageRank is iterated to the stationary vector (L1 change below
1e-10, tol=1e-10/n in networkx's terms), as scripts/golden.py and src/core/metrics/pagerank.ts do.
Needs Debian's python3-networkx:
    /usr/bin/python3 scripts/golden_diff.py
"""
import csv
import json
import os
from collections import defaultdict

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "test", "golden", "diff")
TOLERANCE = 1e-12


def read_people(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {row["id"]: (row.get("department") or None) for row in csv.DictReader(f)}


def read_rows(path, keep=lambda row: True):
    with open(path, newline="", encoding="utf-8") as f:
        return [row for row in csv.DictReader(f) if keep(row)]


def side(rows, groups):
    """The directed graph orgnet builds: every listed person, self-loops dropped, weights summed."""
    G = nx.DiGraph()
    for person in sorted(groups):
        G.add_node(person, group=groups[person])
    months = defaultdict(lambda: defaultdict(float))
    for row in rows:
        s, t = row["source"], row["target"]
        if s == t:
            continue
        w = float(row.get("weight") or 1)
        for p in (s, t):
            if p not in G:
                G.add_node(p, group=None)
        if G.has_edge(s, t):
            G[s][t]["weight"] += w
        else:
            G.add_edge(s, t, weight=w)
        month = row["timestamp"][:7]
        months[s][month] += w
        months[t][month] += w
    return G, months


def month_range(rows):
    """All months from the first row's to the last row's, and those the window covers whole."""
    stamps = sorted(r["timestamp"] for r in rows if r["source"] != r["target"])
    first, last = stamps[0][:10], stamps[-1][:10]
    y, m = map(int, first[:7].split("-"))
    out = []
    while True:
        out.append(f"{y:04d}-{m:02d}")
        if out[-1] == last[:7]:
            break
        m += 1
        if m == 13:
            y, m = y + 1, 1
    complete = [p for p in out if (p != first[:7] or first[8:] == "01") and (p != last[:7] or last == last_day(p))]
    return out, complete


def last_day(month):
    """YYYY-MM-DD of the month's last day."""
    y, m = map(int, month.split("-"))
    days = [31, 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{month}-{days:02d}"


def status(person_months, periods):
    months, complete = periods
    if sum(person_months.get(p, 0.0) for p in months) == 0:
        return "absent"
    k = min(3, len(complete) // 2)
    series = [person_months.get(p, 0.0) for p in complete]
    after = [p for p in months if complete and p > complete[-1]] if complete else months
    recent = any(person_months.get(p, 0.0) > 0 for p in after)
    if k > 0 and sum(series[len(series) - k:]) == 0 and not recent:
        return "dormant"
    previous = sum(series[len(series) - 2 * k:len(series) - k]) if k > 0 else 0
    if previous == 0:
        return "steady"
    trend = (sum(series[len(series) - k:]) - previous) / previous
    return "fading" if trend <= -0.5 else "growing" if trend >= 0.5 else "steady"


def competition_ranks(values):
    """1 + the number of values greater by more than TOLERANCE (pandas rank(method='min'), with a tolerance)."""
    return {p: 1 + sum(1 for q in values.values() if q > v + TOLERANCE) for p, v in values.items()}


def ranks(G1, G2, both):
    out = {}
    # PageRank to the stationary vector (docs/metrics.md#person): networkx stops at an L1 change below n·tol.
    pagerank = lambda G: nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-10 / G.number_of_nodes(), max_iter=10000)
    # The go-to score (sourcePagerank): PageRank of the graph with every tie reversed.
    for name, fn in (("sourcePagerank", lambda G: pagerank(G.reverse(copy=True))),
                     ("pagerank", pagerank),
                     ("betweenness", lambda G: nx.betweenness_centrality(G, normalized=True))):
        v1, v2 = fn(G1), fn(G2)
        r1 = competition_ranks({p: v1[p] for p in both})
        r2 = competition_ranks({p: v2[p] for p in both})
        out[name] = {p: [r1[p], r2[p]] for p in sorted(both)}
    return out


def only_in(G, other):
    ties = [[u, v, w] for u, v, w in G.edges(data="weight") if not other.has_edge(u, v)]
    return sorted(ties, key=lambda t: (-t[2], t[0], t[1]))


def group_figures(G, months, periods):
    out = {}
    labels = sorted({g for _, g in G.nodes(data="group") if g is not None})
    for g in labels:
        members = {v for v, x in G.nodes(data="group") if x == g}
        S = G.subgraph(members)
        internal = S.number_of_edges()
        external = sum(1 for u, v in G.edges if (u in members) != (v in members))
        ei = (external - internal) / (external + internal) if external + internal else None
        rec = nx.overall_reciprocity(S) if internal else None
        all_months, complete = periods
        seen = [m for m in members if any(months[m].get(p, 0) > 0 for p in all_months)]
        rate = (sum(sum(1 for p in complete if months[m].get(p, 0) > 0) / len(complete) for m in seen) / len(seen)
                if seen and complete else None)
        touching = sum(w for u, v, w in G.edges(data="weight")
                       if (u in members or v in members) and G.nodes[u]["group"] is not None and G.nodes[v]["group"] is not None)
        out[g] = {"internalTies": internal, "externalTies": external, "eiIndex": ei, "reciprocity": rec,
                  "activityRate": rate, "weight": touching}
    return out


def case(before_rows, after_rows, groups):
    G1, m1 = side(before_rows, groups)
    G2, m2 = side(after_rows, groups)
    p1, p2 = month_range(before_rows), month_range(after_rows)
    both = set(G1) & set(G2)
    return {
        "people": {"before": G1.number_of_nodes(), "after": G2.number_of_nodes(),
                   "joined": sorted(set(G2) - set(G1)), "left": sorted(set(G1) - set(G2))},
        "ties": {"gained": only_in(G2, G1), "lost": only_in(G1, G2)},
        "ranks": ranks(G1, G2, both),
        "org": {"before": {"reciprocity": nx.overall_reciprocity(G1), "density": nx.density(G1)},
                "after": {"reciprocity": nx.overall_reciprocity(G2), "density": nx.density(G2)}},
        "groups": {"before": group_figures(G1, m1, p1), "after": group_figures(G2, m2, p2)},
        "status": {"before": {p: status(m1[p], p1) for p in sorted(G1)}, "after": {p: status(m2[p], p2) for p in sorted(G2)}},
        "networkx": nx.__version__,
    }


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")


def main():
    folder = os.path.join(ROOT, "fixtures", "diff", "every-change")
    groups = read_people(os.path.join(folder, "people.csv"))
    write("every-change", case(read_rows(os.path.join(folder, "before.csv")), read_rows(os.path.join(folder, "after.csv")), groups))

    acme = os.path.join(ROOT, "fixtures", "acme")
    groups = read_people(os.path.join(acme, "people.csv"))
    interactions = os.path.join(acme, "interactions.csv")
    first = read_rows(interactions, lambda r: r["timestamp"] < "2025-07-01")
    second = read_rows(interactions, lambda r: r["timestamp"] >= "2025-07-01")
    write("acme-halves", case(first, second, groups))


if __name__ == "__main__":
    main()
