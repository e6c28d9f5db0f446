"""Regenerate the sample problem tables the example DAGs read: ``python dags/data/generate_samples.py``.

Fixed seeds, so the files in the repository are exactly what this script writes. Some rows are invalid on
purpose: the nightly batch must quarantine them with a reason, not drop them or fail.
"""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent


def maxcut_rows() -> list[list]:
    rng = np.random.default_rng(20261121)
    rows: list[list] = []
    for number in range(30):
        nodes = 6 + number % 4  # 6..9 nodes
        if nodes % 2 == 0 and number % 3 == 0:
            graph = nx.random_regular_graph(3, nodes, seed=int(rng.integers(1 << 30)))
        else:
            graph = nx.gnp_random_graph(nodes, 0.45, seed=int(rng.integers(1 << 30)))
            while not nx.is_connected(graph):
                graph = nx.gnp_random_graph(nodes, 0.45, seed=int(rng.integers(1 << 30)))
        weighted = number % 2 == 1
        for u, v in sorted(graph.edges()):
            weight = round(float(rng.uniform(0.5, 2.0)), 3) if weighted else 1.0
            rows.append([f"graph-{number:02d}", u, v, weight])
    # Deliberately invalid problems: each must land in the rejects file with its reason.
    rows += [["bad-nan-weight", 0, 1, 1.0], ["bad-nan-weight", 1, 2, "nan"], ["bad-nan-weight", 2, 0, 1.0]]
    rows += [["bad-self-loop", 0, 1, 1.0], ["bad-self-loop", 1, 1, 1.0], ["bad-self-loop", 1, 2, 1.0]]
    rows += [["bad-negative-node", 0, -1, 1.0], ["bad-negative-node", 0, 2, 1.0]]
    rows += [["bad-label", 0, "a", 1.0], ["bad-label", 1, 2, 1.0]]
    rows += [["bad-duplicate-edge", 0, 1, 1.0], ["bad-duplicate-edge", 1, 2, 1.0], ["bad-duplicate-edge", 1, 0, 2.0]]
    rows += [["bad-too-large", i, (i + 1) % 30, 1.0] for i in range(30)]
    rows += [["", 0, 1, 1.0]]
    return rows


def write_maxcut() -> None:
    with open(HERE / "maxcut_graphs.csv", "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["problem_id", "u", "v", "weight"])
        writer.writerows(maxcut_rows())


def write_molecules() -> None:
    with open(HERE / "molecules.csv", "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["problem_id", "symbol", "x", "y", "z", "active_electrons", "active_orbitals"])
        for bond in (0.5, 0.74, 1.0, 1.5, 2.0):
            pid = f"H2-{bond:.2f}A"
            writer.writerow([pid, "H", 0, 0, 0, "", ""])
            writer.writerow([pid, "H", 0, 0, bond, "", ""])
        for bond in (1.2, 1.6, 2.0):
            pid = f"LiH-{bond:.2f}A"
            writer.writerow([pid, "Li", 0, 0, 0, 2, 3])
            writer.writerow([pid, "H", 0, 0, bond, 2, 3])


def write_portfolios() -> None:
    rng = np.random.default_rng(7)
    columns: dict[str, list] = {k: [] for k in ("problem_id", "asset", "expected_return", "covariance", "budget")}
    for number, assets in enumerate((4, 5, 6, 6, 8)):
        factors = rng.normal(size=(assets, 3)) * 0.1
        covariance = factors @ factors.T + np.diag(rng.uniform(0.005, 0.02, assets))
        returns = rng.uniform(0.02, 0.15, assets)
        for i in range(assets):
            columns["problem_id"].append(f"portfolio-{number:02d}")
            columns["asset"].append(f"A{i}")
            columns["expected_return"].append(round(float(returns[i]), 5))
            columns["covariance"].append([round(float(x), 6) for x in covariance[i]])
            columns["budget"].append(assets // 2)
    # Invalid: the budget asks for more assets than the problem has.
    for i in range(3):
        columns["problem_id"].append("bad-budget")
        columns["asset"].append(f"B{i}")
        columns["expected_return"].append(0.05)
        columns["covariance"].append([0.02 if i == j else 0.001 for j in range(3)])
        columns["budget"].append(5)
    table = pa.table(
        {
            "problem_id": pa.array(columns["problem_id"], pa.string()),
            "asset": pa.array(columns["asset"], pa.string()),
            "expected_return": pa.array(columns["expected_return"], pa.float64()),
            "covariance": pa.array(columns["covariance"], pa.list_(pa.float64())),
            "budget": pa.array(columns["budget"], pa.int64()),
        }
    )
    pq.write_table(table, HERE / "portfolios.parquet")


if __name__ == "__main__":
    write_maxcut()
    write_molecules()
    write_portfolios()
