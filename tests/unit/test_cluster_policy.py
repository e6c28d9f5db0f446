"""The provider's cluster policy (entry point ``airflow.policy``): quantum tasks to ``[quantum] worker_queue``."""

from __future__ import annotations

from datetime import datetime

import pytest
from airflow import settings
from airflow.sdk import DAG

from quantum_provider.operators.batch import QuantumBatchSubmitOperator
from quantum_provider.operators.preprocess import QuantumPreprocessOperator
from quantum_provider.operators.submit import QuantumSubmitOperator

JOB = {"problem": {"kind": "maxcut", "edges": [[0, 1, 1.0]]}, "ansatz": {"kind": "qaoa", "layers": 1}}


def tasks_after_policy() -> dict[str, str]:
    """Queues after Airflow's own policy hook, as the dag-processor applies it when it parses a file."""
    with DAG(dag_id="policy", schedule=None, start_date=datetime(2026, 1, 1)) as dag:
        QuantumSubmitOperator(task_id="submit", job=JOB)
        QuantumSubmitOperator(task_id="pinned", job=JOB, queue="gpu")
        QuantumBatchSubmitOperator.partial(task_id="batch").expand(jobs=[[JOB]])
        QuantumPreprocessOperator(task_id="preprocess", source="file:///tmp/graphs.csv", kind="maxcut")
    for task in dag.tasks:
        settings.task_policy(task)
    return {task.task_id: task.queue for task in dag.tasks}


def test_quantum_tasks_on_the_default_queue_move_to_the_worker_queue(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("AIRFLOW__QUANTUM__WORKER_QUEUE", "quantum")
    assert tasks_after_policy() == {"submit": "quantum", "pinned": "gpu", "batch": "quantum", "preprocess": "default"}


def test_without_a_worker_queue_nothing_moves(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("AIRFLOW__QUANTUM__WORKER_QUEUE", raising=False)
    assert set(tasks_after_policy().values()) == {"default", "gpu"}
