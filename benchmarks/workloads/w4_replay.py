"""W4, replay: W1 again with every result already stored (``replay="reuse"``, the default).

The same chunk goes through a fresh ``QuantumBatchSubmitOperator`` on W1's result store: every job's content key is
found with a verified result, nothing is computed. Its wall time is reported as a fraction of W1's original
provider time. The Airflow DAG is also run a second time (a new DAG run over the same store).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.model import Ratio, Table, WorkloadResult, ratio
from benchmarks.peers import airflow_dag, provider

TARGET_FRACTION = 0.02


def run(w1: dict[str, Any]) -> WorkloadResult:
    result = WorkloadResult("W4", "Replay: W1 with every result stored")
    if not w1.get("jobs"):
        raise RuntimeError("W1 did not finish, so there is nothing stored to replay")
    jobs, store = w1["jobs"], w1["provider_store"]
    print(f"W4: replaying {len(jobs)} W1 jobs", flush=True)
    wall, summaries = provider.run_chunk(jobs, store_uri=store, task_id="w4_replay")
    reused = sum(1 for summary in summaries if summary["reused"])
    original = w1["provider_results"]
    gap = max(abs(summary["energy"] - original[summary["name"]]) for summary in summaries)
    result.check("every job was reused", reused == len(jobs), f"{reused}/{len(jobs)} reused")
    result.check("replayed answers equal W1's", gap == 0.0, f"max |delta E| {gap:.1e}")

    dag_wall, dag_state, dag_summaries, _ = airflow_dag.run(Path(w1["dag_path"]))
    dag_reused = sum(1 for summary in dag_summaries if summary["reused"])
    result.check(
        "DAG replay succeeded and reused every job",
        dag_state == "success" and dag_reused == len(jobs),
        f"run {dag_state}, {dag_reused}/{len(jobs)} reused",
    )
    print(f"  provider replay {wall:.3f} s; DAG replay {dag_wall:.2f} s", flush=True)
    fraction = ratio(wall, w1["provider_wall_s"])
    dag_fraction = ratio(dag_wall, w1["dag_wall_s"])
    result.tables.append(
        Table(
            "Replay against the original run",
            ["peer", "original s", "replay s", "fraction"],
            [
                ["provider (operator)", f"{w1['provider_wall_s']:.2f}", f"{wall:.3f}", f"{fraction:.4f}"],
                ["provider (Airflow DAG run)", f"{w1['dag_wall_s']:.2f}", f"{dag_wall:.2f}", f"{dag_fraction:.4f}"],
            ],
        )
    )
    result.ratios += [
        Ratio(
            "W4 replay / W1 provider wall time",
            fraction,
            "replay wall time (operator, every result stored) / W1's original provider wall time",
            f"<= {TARGET_FRACTION:g}",
        ).judged(),
        Ratio("W4 DAG replay / W1 DAG run", dag_fraction, "second dag.test() / first dag.test() of the W1 DAG"),
    ]
    result.raw = {"replay_wall_s": wall, "dag_replay_wall_s": dag_wall, "reused": reused, "dag_reused": dag_reused}
    return result
