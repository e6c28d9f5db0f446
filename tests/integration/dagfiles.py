"""Writes small DAG files for the integration tests, so a child process can run exactly the same DAG."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_TEMPLATE = '''
from datetime import datetime, timedelta

from airflow.sdk import DAG

from quantum_provider.operators.submit import QuantumSubmitOperator

JOBS = json.loads({jobs!r})

with DAG(dag_id={dag_id!r}, schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    QuantumSubmitOperator.partial(
        task_id="solve",
        result_store={store!r},
        retry_delay=timedelta(seconds=0),
        **json.loads({operator_kwargs!r}),
    ).expand(job=JOBS)
'''


def write_dag_file(folder: Path, dag_id: str, jobs: list[dict[str, Any]], store: str, **operator_kwargs: Any) -> Path:
    """A DAG ``dag_id`` with one mapped QuantumSubmitOperator task ``solve`` over ``jobs``."""
    path = folder / f"{dag_id}.py"
    body = _TEMPLATE.format(
        jobs=json.dumps(jobs), dag_id=dag_id, store=store, operator_kwargs=json.dumps(operator_kwargs)
    )
    path.write_text("import json\n" + body)
    return path
