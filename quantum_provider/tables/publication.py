"""The published results dataset: validated results as parquet, partitioned by run date (hive style).

Layout under the dataset's URI::

    run_date=2026-11-21/<dag_id>__<run_id>.parquet     one file per DAG run, one row per solved problem

A rerun of the same DAG run replaces its own file atomically, so the dataset never holds a problem twice for
one run. ``read_published`` reads the whole dataset (or one run date) with pyarrow, ``run_date`` as a column.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

    from quantum_provider.storage import StoredResult

#: (column, pyarrow type name, description): the documented schema of every published file.
PUBLISHED_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("problem_id", "string", "the job's name: the problem_id of the input table"),
    ("kind", "string", "problem kind"),
    ("key", "string", "content key of the job in the result store"),
    ("dag_id", "string", "DAG that published the row"),
    ("run_id", "string", "DAG run that published the row"),
    ("device", "string", "simulator device"),
    ("num_qubits", "int32", "qubits of the circuit"),
    ("shots", "int64", "shots per evaluation; null in analytic mode"),
    ("energy", "float64", "final energy <H>"),
    ("exact_energy", "float64", "exact ground energy where known"),
    ("best_bitstring", "string", "lowest-cost feasible bitstring among the most probable (combinatorial kinds)"),
    ("best_cost", "float64", "its objective value"),
    ("baseline_cost", "float64", "classical baseline's objective value (the optimum when exact)"),
    ("baseline_method", "string", "how the baseline was found: enumeration, exact_diagonalization or a heuristic"),
    ("baseline_exact", "bool", "the baseline is the exact optimum (ground energy), not a heuristic's estimate"),
    (
        "approximation_ratio_expected",
        "float64",
        "the ratio in expectation over the measured distribution: 1 at the optimum, 0 at the worst feasible "
        "bitstring, infeasible ones 0 (MaxCut: expected cut / maximum cut)",
    ),
    ("approximation_ratio_best", "float64", "the ratio of best_bitstring, the best of the most probable bitstrings"),
    ("iterations", "int32", "optimizer iterations"),
    ("converged", "bool", "the stopping rule held and the gradient norm is at most the optimizer's gradient_tol"),
    ("convergence", "string", "converged, stalled (energies settled, gradient large) or maxiter"),
    ("gradient_norm", "float64", "norm of the energy's gradient at the final parameters"),
    ("runtime_s", "float64", "engine wall time of the job"),
    ("validation", "string", "outcome of the result suite: always passed in a published row"),
    ("result_uri", "string", "the job's folder in the result store"),
)


def published_dataset_uri(name: str) -> str:
    """Where a dataset called ``name`` is published by default: ``published/<name>`` in the result store."""
    from quantum_provider.storage import default_store_uri

    return f"{default_store_uri()}/published/{name}"


def published_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema(
        [
            (name, pa.bool_() if type_name == "bool" else getattr(pa, type_name)())
            for name, type_name, _ in PUBLISHED_COLUMNS
        ]
    )


def published_row(stored: StoredResult, *, dag_id: str, run_id: str, name: str | None = None) -> dict[str, Any]:
    """One published row; ``name`` is the asking spec's (a reused result keeps the name it was computed under)."""
    result = stored.result
    baseline = result.get("baseline") or {}
    return {
        "problem_id": name if name is not None else result.get("name"),
        "kind": result.get("kind"),
        "key": stored.key,
        "dag_id": dag_id,
        "run_id": run_id,
        "device": result.get("device"),
        "num_qubits": result.get("num_qubits"),
        "shots": result.get("shots"),
        "energy": result.get("energy"),
        "exact_energy": result.get("exact_energy"),
        "best_bitstring": result.get("best_bitstring"),
        "best_cost": result.get("best_cost"),
        "baseline_cost": baseline.get("value"),
        "baseline_method": baseline.get("method"),
        "baseline_exact": baseline.get("exact"),
        "approximation_ratio_expected": result.get("approximation_ratio_expected"),
        "approximation_ratio_best": result.get("approximation_ratio_best"),
        "iterations": result.get("iterations"),
        "converged": result.get("converged"),
        "convergence": result.get("convergence"),
        "gradient_norm": result.get("gradient_norm"),
        "runtime_s": result.get("runtime_s"),
        "validation": (stored.record.get("validation") or {}).get("outcome"),
        "result_uri": stored.uri,
    }


def write_partition(dataset: str, run_date: str, rows: list[dict[str, Any]], *, dag_id: str, run_id: str) -> str:
    """Write one DAG run's rows as ``run_date=<run_date>/<dag_id>__<run_id>.parquet``; return the file's URI."""
    import pyarrow as pa

    from quantum_provider.storage import ResultStore, as_path, parquet_bytes

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", run_date):
        raise ValueError(f"run_date must be YYYY-MM-DD, got {run_date!r}")
    table = pa.Table.from_pylist(rows, schema=published_schema())
    name = re.sub(r"[^A-Za-z0-9._-]", "_", f"{dag_id}__{run_id}")
    path = as_path(dataset) / f"run_date={run_date}" / f"{name}.parquet"
    ResultStore.write_atomic(path, parquet_bytes(table))
    return str(path)


def read_published(dataset: str, run_date: str | None = None) -> pa.Table:
    """The published dataset (or one run date) as one table, with ``run_date`` as a column."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    from quantum_provider.storage import as_path

    root = as_path(dataset)
    schema = published_schema().append(pa.field("run_date", pa.string()))
    if not root.exists():
        return schema.empty_table()
    files = ds.dataset(
        root.path,
        filesystem=root.fs,
        format="parquet",
        partitioning=ds.partitioning(pa.schema([("run_date", pa.string())]), flavor="hive"),
        schema=schema,
        exclude_invalid_files=True,
    )
    return files.to_table(filter=None if run_date is None else ds.field("run_date") == run_date)
