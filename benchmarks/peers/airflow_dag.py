"""The provider as a real Airflow DAG run: QuantumBatchSubmitOperator chunks, mapped, run with ``dag.test()``.

The harness gives Airflow a temporary AIRFLOW_HOME with a migrated SQLite database (``devtools.demo``);
``dag.test()`` runs only DAGs of the configured DAGS_FOLDER, so the DAG file is written there. The measured time is
``dag.test()`` itself: DAG-run creation, every mapped task instance, XComs, the metadata database.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks.model import stopwatch

_DAG_FILE = '''"""Benchmark W1 as a nightly batch: the MaxCut problems in QuantumBatchSubmitOperator chunks."""

import json
from datetime import datetime
from pathlib import Path

from airflow.sdk import DAG

from quantum_provider.operators.batch import QuantumBatchSubmitOperator

CHUNKS = json.loads(Path({chunks!r}).read_text())

with DAG(dag_id={dag_id!r}, schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    QuantumBatchSubmitOperator.partial(task_id="solve", result_store={store!r}).expand(jobs=CHUNKS)
'''


def prepare(home: Path, dags_folder: Path) -> None:
    """Migrate the SQLite metadata database under ``home`` (once per harness run; not timed)."""
    from devtools.demo import prepare_airflow

    prepare_airflow(str(home), dags_folder)


def write_dag(dags_folder: Path, dag_id: str, jobs: list[dict[str, Any]], *, chunk_size: int, store_uri: str) -> Path:
    chunks = [jobs[i : i + chunk_size] for i in range(0, len(jobs), chunk_size)]
    data = dags_folder / f"{dag_id}.chunks.json"
    data.write_text(json.dumps(chunks))
    path = dags_folder / f"{dag_id}.py"
    path.write_text(_DAG_FILE.format(chunks=str(data), dag_id=dag_id, store=store_uri))
    return path


def run(path: Path) -> tuple[float, str, list[dict[str, Any]], dict[str, str]]:
    """``dag.test()`` of the DAG in ``path``: (wall seconds, run state, the chunks' summaries, task states)."""
    from devtools.demo import load_dag, run_dag, task_states

    dag = load_dag(path)
    with stopwatch() as elapsed:
        dagrun, values = run_dag(dag)
    summaries = [summary for _, chunk in sorted(values.items()) for summary in chunk]
    states = {f"{task}[{index}]": state for (task, index), (state, _) in task_states(dagrun).items()}
    return elapsed[0], str(dagrun.state), summaries, states
