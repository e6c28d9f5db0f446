"""Run a DAG file end to end on an embedded Airflow and print its quantum results as a table.

``python -m devtools.demo dags/example_quantum_maxcut.py`` migrates a SQLite metadata database under
``$AIRFLOW_HOME`` (no servers), runs the DAG with ``dag.test()`` and prints one row per QuantumSubmitOperator task.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

_COLUMNS = (
    ("task", "task", "{}"),
    ("problem", "name", "{}"),
    ("reused", "reused", "{}"),
    ("energy", "energy", "{:.6f}"),
    ("exact", "exact_energy", "{:.6f}"),
    ("best bitstring", "best_bitstring", "{}"),
    ("best cost", "best_cost", "{:.3f}"),
    ("optimum", "baseline_cost", "{:.3f}"),
    ("ratio (expected)", "approximation_ratio_expected", "{:.4f}"),
    ("ratio (best)", "approximation_ratio_best", "{:.4f}"),
    ("iters", "iterations", "{}"),
    ("convergence", "convergence", "{}"),
    ("runtime s", "runtime_s", "{:.2f}"),
)


def prepare_airflow(home: str | None = None, dags_folder: str | Path | None = None) -> None:
    """Point Airflow at a SQLite database under ``home`` (default ``$AIRFLOW_HOME``) and migrate it.

    ``dag.test()`` runs only DAGs of a bundle, so ``dags_folder`` must hold the DAG files to run.
    """
    if home:
        os.environ["AIRFLOW_HOME"] = home
    home = os.environ.setdefault("AIRFLOW_HOME", str(Path.cwd() / ".airflow-demo"))
    Path(home).mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    if dags_folder is not None:
        os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(Path(dags_folder).resolve())
    os.environ.setdefault("AIRFLOW__CORE__UNIT_TEST_MODE", "False")
    from airflow.utils import db

    db.initdb()


def load_dag(path: str | Path, dag_id: str | None = None) -> Any:
    """Import a DAG file and return its DAG (the only one, or ``dag_id``)."""
    from airflow.sdk import DAG

    path = Path(path).resolve()
    spec = importlib.util.spec_from_file_location(f"_dagfile_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dags = {obj.dag_id: obj for obj in vars(module).values() if isinstance(obj, DAG)}
    if dag_id is not None:
        return dags[dag_id]
    if len(dags) != 1:
        raise ValueError(f"{path} defines {len(dags)} DAGs, name one of {sorted(dags)}")
    return next(iter(dags.values()))


def run_dag(dag: Any, **test_kwargs: Any) -> tuple[Any, dict[tuple[str, int], Any]]:
    """``dag.test()`` and the return values of its tasks, keyed by (task_id, map_index)."""
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    dagrun = dag.test(**test_kwargs)
    with create_session() as session:
        rows = session.scalars(XComModel.get_many(run_id=dagrun.run_id, dag_ids=dag.dag_id, key="return_value")).all()
        values = {(row.task_id, row.map_index): XComModel.deserialize_value(row) for row in rows}
    return dagrun, values


def task_states(dagrun: Any) -> dict[tuple[str, int], tuple[str, int]]:
    """(task_id, map_index) -> (state, try_number) for every task instance of ``dagrun``."""
    from airflow.utils.session import create_session

    with create_session() as session:
        return {
            (ti.task_id, ti.map_index): (str(ti.state), ti.try_number)
            for ti in dagrun.get_task_instances(session=session)
        }


def format_table(rows: list[dict[str, Any]]) -> str:
    """A plain-text table of operator summaries, one row each."""

    def cell(row: dict[str, Any], field: str, fmt: str) -> str:
        value = row.get(field)
        return "-" if value is None else fmt.format(value)

    header = [title for title, _, _ in _COLUMNS]
    body = [[cell(row, field, fmt) for _, field, fmt in _COLUMNS] for row in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)) for line in [header, *body]]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def summaries(values: dict[tuple[str, int], Any]) -> list[dict[str, Any]]:
    """The operator summaries among a run's return values, labelled with their task."""
    rows = []
    for (task_id, map_index), value in sorted(values.items()):
        label = task_id if map_index < 0 else f"{task_id}[{map_index}]"
        # A batch task returns a list: one summary per problem of its chunk.
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and "key" in item and "energy" in item:
                rows.append({"task": label, **item})
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m devtools.demo DAG_FILE [DAG_ID]", file=sys.stderr)
        return 2
    prepare_airflow(dags_folder=Path(argv[0]).parent)
    dag = load_dag(argv[0], argv[1] if len(argv) > 1 else None)
    dagrun, values = run_dag(dag)
    rows = summaries(values)
    print()
    print(f"DAG {dag.dag_id}, run {dagrun.run_id}: {dagrun.state}")
    print(format_table(rows))
    return 0 if str(dagrun.state) == "success" and rows else 1


if __name__ == "__main__":
    sys.exit(main())
