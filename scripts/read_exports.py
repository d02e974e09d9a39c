#!/usr/bin/env python3
"""Read orgnet's graph exports with networkx and print what networkx sees, as JSON.

    /usr/bin/python3 scripts/read_exports.py org.gexf org.graphml org.json

For each file: whether networkx built a directed graph, its GEXF mode (static, or dynamic with
timestamps: spells then come back as a `spells` attribute of nodes and edges), every node with its attributes and
every edge with its attributes, each value as [value, python type name], so a test can check
that numbers arrived as numbers (int, float), flags as bool and text as str. GEXF is read with
networkx.read_gexf, GraphML with networkx.read_graphml, and graphology's JSON serialization
({options, attributes, nodes: [{key, attributes}], edges: [{source, target, attributes}]}) with
the small reader below, since networkx has no reader for it (node_link_graph reads another
layout). Used by test/cli/export.test.ts; it does not know what the values should be.
"""
import json
import sys

import networkx as nx


def read_graphology_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    kind = data["options"]["type"]
    if kind not in ("directed", "undirected"):
        raise ValueError(f"{path}: unexpected graph type {kind!r}")
    graph = nx.DiGraph() if kind == "directed" else nx.Graph()
    graph.graph.update(data.get("attributes", {}))
    for node in data["nodes"]:
        graph.add_node(node["key"], **node.get("attributes", {}))
    for edge in data["edges"]:
        if edge["source"] not in graph or edge["target"] not in graph:
            raise ValueError(f"{path}: edge {edge['source']} -> {edge['target']} names an unknown node")
        graph.add_edge(edge["source"], edge["target"], **edge.get("attributes", {}))
    return graph


def read(path):
    if path.endswith(".gexf"):
        return nx.read_gexf(path)
    if path.endswith(".graphml"):
        return nx.read_graphml(path)
    if path.endswith(".json"):
        return read_graphology_json(path)
    raise ValueError(f"{path}: expected .gexf, .graphml or .json")


def typed(attributes):
    return {key: [value, type(value).__name__] for key, value in attributes.items()}


def describe(graph):
    return {
        "directed": graph.is_directed(),
        "mode": graph.graph.get("mode"),
        "multigraph": graph.is_multigraph(),
        "nodes": {str(n): typed(a) for n, a in graph.nodes(data=True)},
        "edges": [[str(u), str(v), typed(a)] for u, v, a in graph.edges(data=True)],
    }


def main(paths):
    json.dump({"networkx": nx.__version__, "files": {p: describe(read(p)) for p in paths}}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
