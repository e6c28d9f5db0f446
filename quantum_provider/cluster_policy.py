"""An Airflow cluster policy (entry point ``airflow.policy``) that sends quantum tasks to their own worker queue.

Quantum tasks need CPU and memory that preprocessing, validation and publishing do not, so deployments give them
dedicated workers (a Celery queue, a Kubernetes pod template). The policy acts only where ``[quantum]
worker_queue`` is set, and only on tasks still on the default queue: a ``queue=`` in a DAG wins.
"""

from __future__ import annotations

from typing import Any

from airflow.configuration import conf
from airflow.policies import hookimpl

QUANTUM_TASK_TYPES = frozenset({"QuantumSubmitOperator", "QuantumBatchSubmitOperator"})


@hookimpl
def task_policy(task: Any) -> None:
    queue = conf.get("quantum", "worker_queue", fallback=None)
    if not queue or task.task_type not in QUANTUM_TASK_TYPES:
        return
    if task.queue == conf.get("operators", "default_queue", fallback="default"):
        task.queue = queue
