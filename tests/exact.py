"""Exact answers computed independently of the provider, for checking its results."""

from __future__ import annotations

import itertools


def brute_force_maxcut(edges: list[list[float]]) -> float:
    """The largest cut weight over every 2-colouring of the nodes (edges are ``[u, v]`` or ``[u, v, weight]``)."""
    nodes = sorted({int(n) for e in edges for n in e[:2]})
    index = {node: i for i, node in enumerate(nodes)}
    best = 0.0
    for bits in itertools.product((0, 1), repeat=len(nodes)):
        cut = sum((e[2] if len(e) > 2 else 1.0) for e in edges if bits[index[int(e[0])]] != bits[index[int(e[1])]])
        best = max(best, cut)
    return best
