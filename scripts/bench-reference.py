#!/usr/bin/python3
"""The reference pipeline orgnet's benchmark compares itself with: the python-igraph program a
user would write for the core ONA metrics of an interactions export, end to end — read the CSV,
sum rows into weighted directed ties, then betweenness and closeness (exact, hop counts),
PageRank (weighted), Burt's constraint, reciprocity, Louvain communities on the weighted
undirected projection, transitivity and weakly connected components.

    /usr/bin/python3 scripts/bench-reference.py INTERACTIONS.csv [PEOPLE.csv]

Debian's python3-igraph (C core); a development aid for `npm run bench`, never a dependency of
orgnet or of its tests. Prints one JSON line with the seconds each step took.
"""
import csv
import json
import sys
import time

import igraph as ig


def main():
    started = time.perf_counter()
    steps = {}
    mark = started

    def step(name):
        nonlocal mark
        now = time.perf_counter()
        steps[name] = round(now - mark, 3)
        mark = now

    interactions = sys.argv[1]
    people = sys.argv[2] if len(sys.argv) > 2 else None
    index = {}
    weights = {}
    with open(interactions, newline='', encoding='utf-8') as f:
        reader = csv.reader(f)
        header = next(reader)
        s_col, t_col = header.index('source'), header.index('target')
        w_col = header.index('weight') if 'weight' in header else -1
        for row in reader:
            s, t = row[s_col], row[t_col]
            if s == t:
                continue
            a = index.setdefault(s, len(index))
            b = index.setdefault(t, len(index))
            w = float(row[w_col]) if w_col >= 0 and row[w_col] else 1.0
            weights[(a, b)] = weights.get((a, b), 0.0) + w
    if people:
        with open(people, newline='', encoding='utf-8') as f:
            reader = csv.reader(f)
            next(reader)
            for row in reader:
                index.setdefault(row[0], len(index))
    step('read')

    g = ig.Graph(n=len(index), edges=list(weights.keys()), directed=True)
    g.es['weight'] = list(weights.values())
    step('graph')

    g.betweenness(directed=True)
    step('betweenness')
    g.closeness(mode='out', normalized=True)
    step('closeness')
    g.pagerank(weights='weight', damping=0.85)
    step('pagerank')
    g.constraint(weights='weight')
    step('constraint')
    g.reciprocity()
    step('reciprocity')
    u = g.as_undirected(mode='collapse', combine_edges='sum')
    u.community_multilevel(weights='weight')
    step('louvain')
    u.transitivity_undirected()
    step('transitivity')
    g.connected_components(mode='weak')
    step('components')

    print(json.dumps({'seconds': round(time.perf_counter() - started, 3), 'people': g.vcount(), 'ties': g.ecount(), 'steps': steps}))


if __name__ == '__main__':
    main()
