"""Example: QAOA MaxCut on a few graphs, one mapped QuantumSubmitOperator task per graph.

This is the DAG ``make demo`` runs. Parsing it imports neither pennylane nor pandas: the operator imports
its heavy dependencies when it executes.
"""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import DAG

from quantum_provider.operators.submit import QuantumSubmitOperator

# The Petersen graph: 3-regular on 10 nodes, outer 5-cycle, inner pentagram, five spokes.
PETERSEN = (
    [[i, (i + 1) % 5] for i in range(5)] + [[i, i + 5] for i in range(5)] + [[5 + i, 5 + (i + 2) % 5] for i in range(5)]
)
WEIGHTED_8 = [
    [0, 1, 1.5],
    [1, 2, 0.5],
    [2, 3, 2.0],
    [3, 0, 1.0],
    [4, 5, 1.0],
    [5, 6, 2.5],
    [6, 7, 0.7],
    [7, 4, 1.2],
    [0, 4, 0.9],
    [2, 6, 1.1],
    [1, 5, 0.4],
    [3, 7, 1.8],
]
RING_6 = [[i, (i + 1) % 6] for i in range(6)]

OPTIMIZER = {"kind": "adam", "stepsize": 0.05, "maxiter": 150, "tol": 1e-9}

JOBS = [
    {
        "name": name,
        "problem": {"kind": "maxcut", "edges": edges},
        "ansatz": {"kind": "qaoa", "layers": layers},
        "optimizer": OPTIMIZER,
    }
    for name, edges, layers in [("petersen-10", PETERSEN, 3), ("weighted-8", WEIGHTED_8, 3), ("ring-6", RING_6, 2)]
]

with DAG(
    dag_id="example_quantum_maxcut",
    schedule=None,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    tags=["quantum", "example"],
    doc_md=__doc__,
) as dag:
    QuantumSubmitOperator.partial(
        task_id="solve_maxcut",
        retries=2,
    ).expand(job=JOBS)
