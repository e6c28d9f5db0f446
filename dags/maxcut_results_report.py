"""Downstream of the nightly batch: scheduled on the ``maxcut_results`` Asset, it reads the night's partition.

It shows how a consumer reads the published dataset (pyarrow, partitioned by ``run_date``) without knowing
anything about quantum jobs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from airflow.sdk import DAG, Asset, task

from quantum_provider.tables.publication import published_dataset_uri

MAXCUT_RESULTS = Asset(name="maxcut_results", uri=published_dataset_uri("maxcut_results"))

with DAG(
    dag_id="maxcut_results_report",
    schedule=[MAXCUT_RESULTS],
    start_date=datetime(2026, 1, 1),
    catchup=False,
    tags=["quantum", "example", "consumer"],
    doc_md=__doc__,
) as dag:

    @task
    def report(triggering_asset_events: Any = None) -> dict[str, Any]:
        from quantum_provider.tables.publication import read_published

        events = list((triggering_asset_events or {}).get(MAXCUT_RESULTS, []))
        run_date = events[-1].extra.get("run_date") if events else None
        table = read_published(MAXCUT_RESULTS.uri)
        if run_date is None and table.num_rows:
            run_date = max(table.column("run_date").to_pylist())  # run by hand: the newest night
        rows = [row for row in table.to_pylist() if row["run_date"] == run_date]
        ratios = [row["approximation_ratio_expected"] for row in rows]
        return {
            "run_date": run_date,
            "problems": len(rows),
            "optimal": sum(1 for row in rows if row["best_cost"] == row["baseline_cost"]),
            "mean_approximation_ratio": sum(ratios) / len(ratios) if ratios else None,
        }

    report()
