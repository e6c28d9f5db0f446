"""System test: more deferrable submissions to Ray than the cluster runs at once, or the quantum queue has slots."""

from __future__ import annotations

from datetime import datetime

import networkx as nx
from airflow.sdk import DAG

from quantum_provider.operators.submit import QuantumSubmitOperator

JOBS = [
    {
        "name": f"ray-deferred-{seed}",
        "problem": {
            "kind": "maxcut",
            "edges": [[u, v, 1.0] for u, v in nx.random_regular_graph(3, 8, seed=seed).edges()],
        },
        "ansatz": {"kind": "qaoa", "layers": 2},
        "optimizer": {"kind": "adam", "stepsize": 0.05, "maxiter": 120, "tol": 0.0},
    }
    for seed in range(4)
]

with DAG(dag_id="system_ray_deferred", schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    # Every job asks for both of the cluster's CPUs (the connection's num_cpus), so Ray runs one at a time.
    QuantumSubmitOperator.partial(
        task_id="solve", conn_id="quantum_ray_system", deferrable=True, poll_interval=1.0
    ).expand(job=JOBS)
