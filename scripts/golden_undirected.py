#!/usr/bin/env python3
"""Reference values for `orgnet analyze --undirected` (docs/input.md), computed with networkx on the
undirected weighted graph U.

Writes test/golden/undirected/<name>.json for every named graph in fixtures/graphs/ (read as
undirected: a row a,b and a row b,a are one tie, their weights add up), for the group fixtures in
fixtures/graphs/groups/, and for the SocioPatterns face-to-face contacts
(../shared/datasets/sociopatterns-workplace-2013, stored once per pair, undirected by nature).

Every field is networkx's call on U, or counted here by brute force where networkx has none:
  person   degree = U.degree (inDegree = outDegree), strength = U.degree(weight) (in = out),
           degree_centrality(U), betweenness_centrality(U), closeness_centrality(U),
           pagerank(U, weight), constraint(U, weight), effective_size(U unweighted),
           articulation_points(U), dependents and key players by removal and recount (golden.py),
           externalShare, Gould–Fernandez brokerage over the open paths a–p–b of U counted once in
           each direction (UCINET's reading of symmetric data), roles by docs/metrics.md#roles;
           reciprocity and giveTakeRatio are None (no direction).
  org      U.number_of_edges(), density(U), transitivity(U), components, Freeman centralization,
           E-I over U's edges, cut points, fragmentation, key players; reciprocity None.
  groups   internal and external edges of U, density of the induced subgraph of U, E-I, connectors.
  mixing   U's edges and weights between each ordered pair of groups (both orders), the diagonal once.
  activity with timestamps: per person and per period (UTC days), counted from the rows.

Run with Debian's Python (networkx 2.8.8 or 3.x):
    /usr/bin/python3 scripts/golden_undirected.py [OUT_DIR]      (default test/golden/undirected)
"""
import datetime
import json
import math
import os
import sys
from pathlib import Path

import networkx as nx

from golden import DATASETS, KEY_PLAYERS, PERSON, ROOT, Removals, clean, dependents, first_of, fragmentation, key_players, read_table, reproducible
from golden import SOURCE, TARGET, WEIGHT

OUT = ROOT / "test" / "golden" / "undirected"
TIME = ["timestamp", "time", "date", "datetime", "sent_at", "created_at", "fecha", "hora"]
GROUP = ["department", "team", "area", "unit", "departamento", "equipo", "área"]
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- reading

def parse_time(text):
    """ISO-8601 (no zone = UTC) or unix seconds; numbers above 1e11 are milliseconds."""
    text = text.strip()
    try:
        number = float(text)
    except ValueError:
        when = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return when if when.tzinfo else when.replace(tzinfo=datetime.timezone.utc)
    return EPOCH + datetime.timedelta(seconds=number / 1000 if abs(number) > 1e11 else number)


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def read_undirected(interactions, people):
    """U: one edge per unordered pair, weight = Σ row weights either way; rows kept for activity."""
    _, names, rows = read_table(interactions)
    s, t, w, c = first_of(names, SOURCE), first_of(names, TARGET), first_of(names, WEIGHT), first_of(names, TIME)
    U = nx.Graph()
    used = []
    for row in rows:
        u, v = row[s].strip(), row[t].strip()
        U.add_node(u)
        U.add_node(v)
        if u == v:
            continue
        cell = row.get(w, "").strip() if w else ""
        weight = float(cell) if cell else 1.0
        if U.has_edge(u, v):
            U[u][v]["weight"] += weight
        else:
            U.add_edge(u, v, weight=weight)
        when = row.get(c, "").strip() if c else ""
        used.append((u, v, weight, parse_time(when) if when else None, is_number(when)))
    groups = {}
    if people is not None and people.exists():
        _, pnames, prows = read_table(people)
        id_column, group_column = first_of(pnames, PERSON), first_of(pnames, GROUP)
        for row in prows:
            person = row[id_column].strip()
            if not person:
                continue
            U.add_node(person)
            group = row.get(group_column, "").strip() if group_column else ""
            groups[person] = group or None
    return U, used, groups


# ---------------------------------------------------------------- person

def brokerage(U, nodes, group):
    """Open paths a–p–b (a ≠ b, no edge a–b) of U, each once in each direction, by the groups."""
    if not any(group.get(v) for v in nodes):
        return [None] * len(nodes)
    out = []
    for p in nodes:
        gp = group.get(p)
        if gp is None:
            out.append(None)
            continue
        counts = dict.fromkeys(["coordinator", "itinerant", "gatekeeper", "representative", "liaison"], 0)
        for a in U[p]:
            for b in U[p]:
                ga, gb = group.get(a), group.get(b)
                if a == b or ga is None or gb is None or U.has_edge(a, b):
                    continue
                if ga == gp:
                    counts["coordinator" if gb == gp else "representative"] += 1
                elif gb == gp:
                    counts["gatekeeper"] += 1
                else:
                    counts["itinerant" if ga == gb else "liaison"] += 1
        out.append(counts)
    return out


def external_share(U, nodes, group):
    def share(v):
        g = group.get(v)
        if g is None or U.degree(v) == 0:
            return None
        return sum(1 for u in U[v] if group.get(u) != g) / U.degree(v)
    return [share(v) for v in nodes]


def nearest_rank(values, q=0.9):
    if not values:
        return None
    values = sorted(values)
    rank = math.ceil(q * len(values) - 1e-9)
    return values[min(max(rank, 1), len(values)) - 1]


def roles(U, nodes, group, btw, cut, deps, brk):
    """docs/metrics.md#roles on U; `one-way` never applies (no reciprocity); communities are not used here,
    so the graphs given groups must be the ones whose broker role is compared. A broker needs an
    open path through them that crosses a group boundary: a brokerage count other than
    coordinator."""
    tied = [v for v in nodes if U.degree(v) > 0]
    degree_p90 = nearest_rank([U.degree(v) for v in tied])
    btw_p90 = nearest_rank([btw[v] for v in tied])
    out = []
    for i, v in enumerate(nodes):
        d = U.degree(v)
        crossing = 0 if brk[i] is None else sum(brk[i][k] for k in ("itinerant", "gatekeeper", "representative", "liaison"))
        held = []
        if d == 0:
            held.append("isolate")
        if d == 1:
            held.append("peripheral")
        if degree_p90 is not None and d > 0 and d >= degree_p90:
            held.append("central-connector")
        if btw_p90 is not None and btw[v] > 0 and btw[v] >= btw_p90 and crossing > 0:
            held.append("broker")
        if v in cut and deps[i] >= 2:
            held.append("critical")
        out.append(held)
    return out


def person_metrics(U, nodes, group, removals):
    n = len(nodes)
    unweighted = nx.Graph(U.edges())
    unweighted.add_nodes_from(nodes)
    btw = nx.betweenness_centrality(U, normalized=True)
    clo = nx.closeness_centrality(U)
    # The stationary vector (docs/metrics.md#person): networkx stops at an L1 change below n·tol.
    pr = nx.pagerank(U, alpha=0.85, weight="weight", tol=1e-10 / max(n, 1), max_iter=10000) if n else {}
    con = nx.constraint(U, weight="weight")
    esz = nx.effective_size(unweighted)
    dc = nx.degree_centrality(U) if n >= 2 else {}
    cut = set(nx.articulation_points(U))
    deps = dependents(U, nodes, removals)
    has_groups = any(group.get(v) for v in nodes)
    brk = brokerage(U, nodes, group)
    return {
        "inDegree": [U.degree(v) for v in nodes],
        "outDegree": [U.degree(v) for v in nodes],
        "inStrength": [float(U.degree(v, weight="weight")) for v in nodes],
        "outStrength": [float(U.degree(v, weight="weight")) for v in nodes],
        "degreeCentrality": [clean(dc.get(v)) for v in nodes],
        "betweenness": [clean(btw[v]) for v in nodes],
        "closeness": [clean(clo[v]) for v in nodes],
        "pagerank": [clean(pr[v]) for v in nodes],
        "reciprocity": [None] * n,
        "giveTakeRatio": [None] * n,
        "constraint": [clean(con[v]) for v in nodes],
        "effectiveSize": [clean(esz[v]) for v in nodes],
        "brokerage": brk,
        "externalShare": external_share(U, nodes, group) if has_groups else [None] * n,
        "cutPoint": [v in cut for v in nodes],
        "dependents": deps,
        "roles": roles(U, nodes, group, btw, cut, deps, brk) if has_groups else None,
    }


# ---------------------------------------------------------------- org, groups, mixing

def org_metrics(U, nodes, group, removals, rows):
    n, m = len(nodes), U.number_of_edges()
    # Key players by distance fragmentation (docs/metrics.md#resilience), candidates by betweenness on U.
    distance_fragmentation, players, _ = key_players(U.to_directed(), U, nodes, nx.betweenness_centrality(U, normalized=True), KEY_PLAYERS, removals)
    degrees = [d for _, d in U.degree()]
    comps = [len(c) for c in nx.connected_components(U)]
    grouped = [(u, v) for u, v in U.edges() if group.get(u) and group.get(v)]
    internal = sum(1 for u, v in grouped if group[u] == group[v])
    external = len(grouped) - internal
    return {
        "people": n,
        "ties": m,
        "interactions": rows,
        "totalWeight": float(U.size(weight="weight")),
        "density": float(nx.density(U)),
        "reciprocity": None,
        "dyadReciprocity": None,
        "components": nx.number_connected_components(U),
        "largestComponentShare": max(comps) / n if n else None,
        "isolates": nx.number_of_isolates(U),
        "transitivity": float(nx.transitivity(U)) if n else None,
        "degreeCentralization": sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2)) if n >= 3 else None,
        "eiIndex": (external - internal) / (external + internal) if grouped else None,
        "cutPoints": len(list(nx.articulation_points(U))),
        "fragmentation": fragmentation(removals.reachable_pairs(), n),
        "distanceFragmentation": distance_fragmentation,
        "keyPlayers": players,
    }


def group_rows(U, nodes, group, btw):
    labels = sorted({g for g in group.values() if g})
    rows = []
    for g in labels:
        members = {v for v in nodes if group.get(v) == g}
        S = U.subgraph(members)
        internal = S.number_of_edges()
        external = sum(1 for u, v in U.edges() if (u in members) != (v in members))
        ranked = sorted((v for v in members if btw[v] > 0), key=lambda v: (-btw[v], v))
        rows.append({
            "group": g,
            "size": len(members),
            "internalTies": internal,
            "externalTies": external,
            "eiIndex": (external - internal) / (external + internal) if internal + external else None,
            "density": nx.density(S) if len(members) >= 2 else None,
            "reciprocity": None,
            "connectors": ranked[:3],
        })
    return rows


def mixing_cells(U, group):
    cells = {}
    for u, v, w in U.edges(data="weight"):
        gu, gv = group.get(u), group.get(v)
        if not gu or not gv:
            continue
        pairs = [(gu, gv)] if gu == gv else [(gu, gv), (gv, gu)]
        for key in pairs:
            cell = cells.setdefault(key, {"from": key[0], "to": key[1], "ties": 0, "weight": 0.0})
            cell["ties"] += 1
            cell["weight"] += w
    return [cells[k] for k in sorted(cells)]


# ---------------------------------------------------------------- activity (UTC days)

def iso_duration(delta):
    """Elapsed time as orgnet writes a relative clock's times: P{days}D, then T{h}H{m}M{s}S without zero parts."""
    seconds = int(delta.total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    time = "".join(f"{v}{u}" for v, u in ((hours, "H"), (minutes, "M"), (secs, "S")) if v)
    return f"P{days}D" + (f"T{time}" if time else "")


def activity(U, nodes, rows):
    """Per person and per day, from the used rows with a time: docs/metrics.md#activity with a row touching both ends.

    Days run from the first row's to the last row's, each covered whole by the observed window (its
    start of the first day to the end of the last), so every day is complete. Numbers that all fall
    before 1980 are a relative clock (docs/input.md#interactions-required---reads-standard-input): days are labelled `day N` from time 0 and the
    first and last times are durations; people with no row are `absent`.
    """
    timed = [r for r in rows if r[3] is not None]
    if not timed:
        return None
    relative = all(r[4] for r in timed) and max(r[3] for r in timed) < datetime.datetime(1980, 1, 1, tzinfo=datetime.timezone.utc)
    day = lambda when: when.astimezone(datetime.timezone.utc).date()
    first, last = min(day(r[3]) for r in timed), max(day(r[3]) for r in timed)
    periods = (last - first).days + 1
    per_person = {v: {} for v in nodes}
    seen = {v: [] for v in nodes}
    series = [{"interactions": 0.0, "active": set(), "newTies": 0} for _ in range(periods)]
    tie_first = {}
    for u, v, w, when, _ in timed:
        p = (day(when) - first).days
        for x in (u, v):
            per_person[x][p] = per_person[x].get(p, 0.0) + w
            seen[x].append(when)
            series[p]["active"].add(x)
        series[p]["interactions"] += w
        key = frozenset((u, v))
        tie_first[key] = min(tie_first.get(key, p), p)
    for p in tie_first.values():
        series[p]["newTies"] += 1
    k = min(3, periods // 2)

    def window(values, start, end):
        return sum(values.get(p, 0.0) for p in range(start, end))

    def trend(values):
        if k == 0:
            return None
        previous = window(values, periods - 2 * k, periods - k)
        return None if previous == 0 else (window(values, periods - k, periods) - previous) / previous

    def seen_at(when):
        return iso_duration(when - EPOCH) if relative else day(when).isoformat()

    def person(v):
        values = per_person[v]
        if not values:
            return {"interactions": 0, "activePeriods": 0, "activityRate": None, "firstSeen": None, "lastSeen": None, "trend": None, "status": "absent"}
        t = trend(values)
        total = sum(values.values())
        recent = k > 0 and window(values, periods - k, periods) > 0
        status = "dormant" if k > 0 and not recent else "fading" if t is not None and t <= -0.5 else "growing" if t is not None and t >= 0.5 else "steady"
        return {
            "interactions": total,
            "activePeriods": len(values),
            "activityRate": len(values) / periods,
            "firstSeen": seen_at(min(seen[v])),
            "lastSeen": seen_at(max(seen[v])),
            "trend": t,
            "status": status,
        }

    people = {v: person(v) for v in nodes}
    org_values = {p: s["interactions"] for p, s in enumerate(series)}
    return {
        "period": "day",
        "periods": periods,
        "trend": trend(org_values),
        "people": [people[v] for v in nodes],
        "series": [
            {
                "period": f"day {(first - EPOCH.date()).days + p + 1}" if relative else (first + datetime.timedelta(days=p)).isoformat(),
                "interactions": s["interactions"],
                "activePeople": len(s["active"]),
                "newTies": s["newTies"],
                "reciprocity": None,
            }
            for p, s in enumerate(series)
        ],
        "activeShare": share_not_dormant(people),
    }


def share_not_dormant(people):
    """Among the people with a row, the share who are not dormant; None when nobody has one."""
    seen = [p for p in people.values() if p["status"] != "absent"]
    return sum(1 for p in seen if p["status"] != "dormant") / len(seen) if seen else None


# ---------------------------------------------------------------- files

def golden(name, interactions, people):
    U, rows, group = read_undirected(interactions, people)
    nodes = sorted(U.nodes())
    removals = Removals(U, nodes)
    btw = nx.betweenness_centrality(U, normalized=True)
    data = {
        "name": name,
        "origin": os.path.relpath(interactions, ROOT),
        "people": os.path.relpath(people, ROOT) if people is not None else None,
        "reference": f"networkx {nx.__version__} on the undirected graph",
        "nodes": nodes,
        "edges": [[u, v, U[u][v]["weight"]] for u, v in sorted(tuple(sorted(e)) for e in U.edges())],
        "person": person_metrics(U, nodes, group, removals),
        "org": org_metrics(U, nodes, group, removals, len(rows)),
        "groups": group_rows(U, nodes, group, btw) if group else [],
        "mixing": mixing_cells(U, group) if group else [],
        "activity": activity(U, nodes, rows),
    }
    return data


def inputs():
    graphs = ROOT / "fixtures" / "graphs"
    for path in sorted(graphs.glob("*.csv")):
        if not path.name.endswith(".people.csv"):
            yield path.stem, path, path.with_name(path.stem + ".people.csv")
    for folder in sorted(p for p in (graphs / "groups").iterdir() if p.is_dir()):
        yield f"groups-{folder.name}", folder / "interactions.csv", folder / "people.csv"
    contacts = DATASETS / "sociopatterns-workplace-2013"
    if (contacts / "interactions.csv").exists():
        yield "sociopatterns-workplace-2013", contacts / "interactions.csv", contacts / "people.csv"


def main():
    reproducible()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    for name, interactions, people in inputs():
        if not read_table(interactions)[2]:
            continue  # a header-only file is refused by orgnet (exit 2): nothing to compare
        data = golden(name, interactions, people if people.exists() else None)
        (out / f"{name}.json").write_text(json.dumps(data, indent=1, allow_nan=False) + "\n")
        print(f"{name}: {len(data['nodes'])} people, {len(data['edges'])} undirected ties", file=sys.stderr)


if __name__ == "__main__":
    main()
