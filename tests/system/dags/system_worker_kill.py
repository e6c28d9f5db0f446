"""System test: one long in-process quantum task, for its Celery worker to be killed while it runs."""

from __future__ import annotations

from datetime import datetime, timedelta

import networkx as nx
from airflow.sdk import DAG

from quantum_provider.operators.submit import QuantumSubmitOperator

EDGES = [[u, v, 1.0] for u, v in nx.random_regular_graph(3, 14, seed=7).edges()]
JOB = {
    "name": "worker-kill",
    "problem": {"kind": "maxcut", "edges": EDGES},
    "ansatz": {"kind": "qaoa", "layers": 4},
    "optimizer": {"kind": "adam", "stepsize": 0.02, "maxiter": 600, "tol": 0.0},
}

with DAG(dag_id="system_worker_kill", schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    QuantumSubmitOperator(
        task_id="solve",
        job=JOB,
        checkpoint_every=5,
        retries=2,
        retry_delay=timedelta(seconds=2),
    )
