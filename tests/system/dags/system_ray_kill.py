"""System test: a deferrable submission to Ray that an operator marks failed through the REST API while it waits."""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import DAG

from quantum_provider.operators.submit import QuantumSubmitOperator

RING = [[i, (i + 1) % 8, 1.0] for i in range(8)] + [[0, 4, 1.0], [2, 6, 1.0]]

with DAG(dag_id="system_ray_kill", schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    # Long enough (SPSA, 10^5 iterations: the most a spec allows) to be still running on Ray when the task is marked
    # failed.
    QuantumSubmitOperator(
        task_id="solve",
        conn_id="quantum_ray_system",
        deferrable=True,
        poll_interval=1.0,
        job={
            "name": "ray-kill",
            "problem": {"kind": "maxcut", "edges": RING},
            "optimizer": {"kind": "spsa", "maxiter": 100000},
            "execution": {"shots": 10},
        },
    )
