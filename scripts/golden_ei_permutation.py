#!/usr/bin/python3
"""Reference values for the E-I permutation test (group and organization `eiPValue`), with numpy.

Writes test/golden/groups/ei-permutation.json: for each data set, per group the observed internal
and external ties, E-I index and internal share, and the one-sided p-value of the relabeling test
estimated from R = 20,000 relabelings of its own; the organization's too.

The test, as docs/metrics.md#group defines it and independently of orgnet's code: the department labels of the
people who have one are shuffled among them (numpy's permutation: group sizes kept, ties fixed,
people without a department keep none); in each relabeling every tie is classified directly — both
ends in group g: internal to g; exactly one end in g: external to g (an end without a department
counts) — and the relabeling is a hit for g when its E-I is at or below the observed one (compared
exactly, by cross-multiplying integer counts; a relabeling leaving g without a tie is no hit). The
organization's E-I is over the ties whose two ends have a department. p = (hits + 1) / (R + 1).
orgnet draws other relabelings, so its p-values agree within Monte-Carlo error only; the test
bounds the difference by the two estimates' standard errors.

Graphs as orgnet builds them: every listed person, self-loops dropped, one tie per ordered pair;
with "undirected" each pair of people in contact is one tie (sociopatterns is stored once per pair).

Needs Debian's Python with numpy:  /usr/bin/python3 scripts/golden_ei_permutation.py [DATASETS_DIR]
"""
import csv
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "test", "golden", "groups", "ei-permutation.json")
DATASETS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "datasets")
R = 20000
SEED = 20240611

CASES = [
    # name, interactions, people, undirected, reverse
    ("acme", os.path.join(ROOT, "fixtures", "acme", "interactions.csv"), os.path.join(ROOT, "fixtures", "acme", "people.csv"), False, False),
    ("lazega-lawfirm", None, None, False, True),
    ("krackhardt-hightech", None, None, False, False),
    ("enron-perry-wolfe", None, None, False, False),
    ("email-eu-core", None, None, False, False),
    ("sociopatterns-workplace-2013", None, None, True, False),
]


def load(name, interactions, people, undirected, reverse):
    folder = os.path.join(DATASETS, name)
    interactions = interactions or os.path.join(folder, "interactions.csv")
    people = people or os.path.join(folder, "people.csv")
    with open(people, newline="", encoding="utf-8") as f:
        group = {row["id"]: (row.get("department") or None) for row in csv.DictReader(f)}
    ties = set()
    with open(interactions, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            s, t = row["source"], row["target"]
            if s == t:
                continue
            if reverse:
                s, t = t, s
            if undirected and t < s:
                s, t = t, s
            group.setdefault(s, None)
            group.setdefault(t, None)
            ties.add((s, t))
    ids = sorted(group)
    names = sorted({g for g in group.values() if g is not None})
    code = {g: i for i, g in enumerate(names)}
    position = {v: i for i, v in enumerate(ids)}
    labels = np.array([code[group[v]] if group[v] is not None else -1 for v in ids], dtype=np.int64)
    pairs = sorted(ties)
    src = np.array([position[s] for s, _ in pairs], dtype=np.int64)
    dst = np.array([position[t] for _, t in pairs], dtype=np.int64)
    return names, labels, src, dst


def counts(labels, src, dst, k):
    """Per group: internal ties I and external ties E; and the organization's I and E."""
    a, b = labels[src], labels[dst]
    inside = (a == b) & (a >= 0)
    I = np.bincount(a[inside], minlength=k)
    E = np.bincount(a[~inside & (a >= 0)], minlength=k) + np.bincount(b[~inside & (b >= 0)], minlength=k)
    both = (a >= 0) & (b >= 0)
    org_I = int(np.count_nonzero(inside))
    org_E = int(np.count_nonzero(both & ~inside))
    return I, E, org_I, org_E


def at_or_below(E, I, E0, I0):
    """(E − I)/(E + I) ≤ (E0 − I0)/(E0 + I0) for E + I > 0, exactly, in integers."""
    return (E + I > 0) & ((E - I) * (E0 + I0) <= (E0 - I0) * (E + I))


def case(name, interactions, people, undirected, reverse, rng):
    names, labels, src, dst = load(name, interactions, people, undirected, reverse)
    k = len(names)
    I0, E0, org_I0, org_E0 = counts(labels, src, dst, k)
    grouped = np.flatnonzero(labels >= 0)
    hits = np.zeros(k, dtype=np.int64)
    org_hits = 0
    shuffled = labels.copy()
    for _ in range(R):
        shuffled[grouped] = rng.permutation(labels[grouped])
        I, E, org_I, org_E = counts(shuffled, src, dst, k)
        hits += at_or_below(E, I, E0, I0)
        org_hits += int(org_E - org_I <= org_E0 - org_I0)  # E + I is the same in every relabeling
    p = lambda h: (int(h) + 1) / (R + 1)
    groups = {}
    for g, group in enumerate(names):
        total = int(I0[g] + E0[g])
        groups[group] = {
            "internalTies": int(I0[g]),
            "externalTies": int(E0[g]),
            "eiIndex": None if total == 0 else (int(E0[g]) - int(I0[g])) / total,
            "internalShare": None if total == 0 else int(I0[g]) / total,
            "eiPValue": None if total == 0 else p(hits[g]),
        }
    org_total = org_I0 + org_E0
    return {
        "undirected": undirected,
        "reverse": reverse,
        "groups": groups,
        "org": {
            "eiIndex": None if org_total == 0 else (org_E0 - org_I0) / org_total,
            "eiPValue": None if org_total == 0 else p(org_hits),
        },
    }


def main():
    rng = np.random.default_rng(SEED)
    result = {"reference": f"numpy {np.__version__}, {R} relabelings, seed {SEED}", "permutations": R, "datasets": {}}
    for name, interactions, people, undirected, reverse in CASES:
        result["datasets"][name] = case(name, interactions, people, undirected, reverse, rng)
        print(f"{name}: done", file=sys.stderr)
    with open(OUT, "w") as f:
        json.dump(result, f, indent=1, allow_nan=False)
        f.write("\n")


if __name__ == "__main__":
    main()
