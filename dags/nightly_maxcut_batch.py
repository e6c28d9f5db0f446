"""Nightly MaxCut batch: a table of graphs in, a validated, published table of cuts out.

``preprocess`` checks the night's table (the ``graphs`` param, default ``data/maxcut_graphs.csv``, an Asset, one row
per edge) with the Great Expectations input
suite: invalid graphs land in ``rejects.parquet`` with a reason per row, the valid ones become JobSpecs in
chunks of 8. ``solve`` runs one mapped task per chunk, the chunk's problems in parallel processes. ``validate``
runs the result suite; only when it passes does ``publish`` write the night's partition of the
``maxcut_results`` Asset, which ``maxcut_results_report`` is scheduled on.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from airflow.sdk import DAG, Asset, Param

from quantum_provider.operators.batch import QuantumBatchSubmitOperator
from quantum_provider.operators.preprocess import QuantumPreprocessOperator
from quantum_provider.operators.publish import QuantumPublishOperator
from quantum_provider.operators.validate import QuantumValidateOperator
from quantum_provider.tables.publication import published_dataset_uri

GRAPHS = Asset(name="maxcut_graphs", uri=(Path(__file__).resolve().parent / "data" / "maxcut_graphs.csv").as_uri())
MAXCUT_RESULTS = Asset(name="maxcut_results", uri=published_dataset_uri("maxcut_results"))

JOB_DEFAULTS = {
    "ansatz": {"kind": "qaoa", "layers": 2},
    "optimizer": {"kind": "adam", "stepsize": 0.05, "maxiter": 80, "tol": 1e-9},
}

with DAG(
    dag_id="nightly_maxcut_batch",
    schedule="@daily",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    # No max_active_runs: nights are independent (each publishes its own partition, and a problem is computed once
    # however many runs ask for it), so [core] max_active_runs_per_dag decides how many nights run at once.
    params={
        "graphs": Param(GRAPHS.uri, type="string", description="URI of the problem table; default the sample Asset.")
    },
    default_args={"retries": 2, "retry_delay": timedelta(minutes=1)},
    tags=["quantum", "example", "nightly"],
    doc_md=__doc__,
) as dag:
    graphs = QuantumPreprocessOperator(
        task_id="preprocess",
        source="{{ params.graphs }}",
        inlets=[GRAPHS],
        kind="maxcut",
        job_defaults=JOB_DEFAULTS,
        chunk_size=8,
    )
    solved = QuantumBatchSubmitOperator.partial(task_id="solve").expand(jobs=graphs.output)
    # The expected cut over the maximum cut, over the whole measured distribution: 0.79-0.95 on the sample graphs
    # with two layers and 80 steps (docs/science.md), so 0.75 flags a night that went wrong, not a short budget.
    validated = QuantumValidateOperator(task_id="validate", results=solved.output, min_expected_ratio=0.75)
    QuantumPublishOperator(task_id="publish", dataset=MAXCUT_RESULTS, validation=validated.output)
