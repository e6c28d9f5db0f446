"""The data path in real DAG runs: preprocess (GE input suite) -> chunked solve -> validate (GE) -> publish."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import pyarrow as pa
import pytest

from devtools.demo import load_dag, run_dag, task_states
from quantum_provider.storage import ResultStore, as_path
from quantum_provider.tables.publication import published_dataset_uri, published_schema, read_published
from tests.exact import brute_force_maxcut
from tests.integration.dagfiles import write_pipeline_dag
from tests.paths import REPO
from tests.tamper import tamper_result

pytestmark = pytest.mark.integration

NIGHT = datetime(2026, 11, 20, tzinfo=UTC)
SAMPLE = REPO / "dags" / "data" / "maxcut_graphs.csv"
INVALID = {
    "bad-nan-weight": "weight='nan' is not a number",
    "bad-self-loop": "is a self-loop",
    "bad-negative-node": "v=-1 is below 0",
    "bad-label": "v='a' is not an integer",
    "bad-duplicate-edge": "repeats an earlier edge",
    "bad-too-large": "needs 30 qubits",
}


def xcom(dagrun, task_id: str, key: str):
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    with create_session() as session:
        rows = session.scalars(
            XComModel.get_many(run_id=dagrun.run_id, dag_ids=dagrun.dag_id, task_ids=task_id, key=key)
        ).all()
        return [XComModel.deserialize_value(row) for row in rows]


def solved(values) -> list[dict]:
    return [s for (task, _), chunk in sorted(values.items()) if task == "solve" for s in chunk]


def sample_graphs() -> dict[str, list[list[float]]]:
    frame = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    valid = frame[frame["problem_id"].str.startswith("graph-")]
    return {
        pid: [[int(r.u), int(r.v), float(r.weight)] for r in rows.itertuples()]
        for pid, rows in valid.groupby("problem_id")
    }


@pytest.fixture(scope="module")
def nightly(airflow_db):
    dag = load_dag(airflow_db / "dags" / "nightly_maxcut_batch.py")
    dagrun, values = run_dag(dag, logical_date=NIGHT, run_after=NIGHT)
    return dag, dagrun, values


def test_nightly_batch_quarantines_bad_rows_solves_validates_and_publishes(nightly, airflow_db):
    _, dagrun, values = nightly
    assert str(dagrun.state) == "success"
    assert {state for state, _ in task_states(dagrun).values()} == {"success"}

    # Rejects: every invalid problem, every one of its rows, each with its reason; nothing dropped.
    [summary] = xcom(dagrun, "preprocess", "preprocess_summary")
    rejects = ResultStore.read_table(as_path(summary["rejects_uri"])).to_pandas()
    graphs = sample_graphs()
    source = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    assert len(rejects) + sum(len(edges) for edges in graphs.values()) == len(source)
    assert set(rejects["problem_id"].dropna()) == set(INVALID)
    assert rejects["problem_id"].isna().sum() == 1  # the row without a problem_id
    assert rejects["reason"].str.len().min() > 0
    for pid, expected in INVALID.items():
        reasons = rejects.loc[rejects["problem_id"] == pid, "reason"]
        assert reasons.str.contains(expected, regex=False).any(), (pid, list(reasons))
        assert len(reasons) == (source["problem_id"] == pid).sum()

    # Solved: one summary per valid problem, each checked against the brute-force optimum.
    summaries = {s["name"]: s for s in solved(values)}
    assert set(summaries) == set(graphs)
    published = read_published(published_dataset_uri("maxcut_results"), NIGHT.date().isoformat())
    expected_schema = published_schema().append(pa.field("run_date", pa.string()))
    assert published.schema.names == expected_schema.names
    assert published.schema.types == expected_schema.types
    rows = {row["problem_id"]: row for row in published.to_pylist()}
    assert len(rows) == published.num_rows == len(graphs)
    for pid, edges in graphs.items():
        row = rows[pid]
        assert row["validation"] == "passed"
        assert row["baseline_cost"] == pytest.approx(-brute_force_maxcut(edges), abs=1e-9)
        assert row["approximation_ratio_expected"] >= 0.75
        assert row["approximation_ratio_best"] >= row["approximation_ratio_expected"]
        assert row["baseline_exact"] is True
        assert row["key"] == summaries[pid]["key"]
        assert ResultStore().read_record(row["key"])["validation"]["outcome"] == "passed"

    # The Asset event downstream DAGs are scheduled on, and one such DAG reading the night's partition.
    from airflow.models.asset import AssetEvent, AssetModel
    from airflow.utils.session import create_session

    with create_session() as session:
        events = (
            session.query(AssetEvent)
            .join(AssetModel, AssetEvent.asset_id == AssetModel.id)
            .filter(AssetModel.name == "maxcut_results")
            .all()
        )
        assert any(e.extra.get("rows") == len(graphs) and e.extra.get("run_date") == "2026-11-20" for e in events)
    report_run, report = run_dag(load_dag(airflow_db / "dags" / "maxcut_results_report.py"))
    assert str(report_run.state) == "success"
    assert report[("report", -1)]["problems"] == len(graphs)


def test_rerunning_a_finished_nightly_run_recomputes_nothing(nightly):
    dag, first, first_values = nightly
    store = ResultStore()
    keys = [s["key"] for s in solved(first_values)]
    before = {key: (store.job_dir(key) / "result.json").read_bytes() for key in keys}
    runs_before = {key: sum(h.get("state") == "running" for h in store.read_record(key)["history"]) for key in keys}

    dagrun, values = run_dag(dag, logical_date=NIGHT, run_after=NIGHT)
    assert dagrun.run_id == first.run_id
    assert str(dagrun.state) == "success"
    again = solved(values)
    assert len(again) == len(keys)
    assert all(s["reused"] is True for s in again)
    for key in keys:
        assert (store.job_dir(key) / "result.json").read_bytes() == before[key]
        assert sum(h.get("state") == "running" for h in store.read_record(key)["history"]) == runs_before[key]
    published = read_published(published_dataset_uri("maxcut_results"), NIGHT.date().isoformat())
    assert published.num_rows == len(keys)  # the run's partition file was replaced, not appended to


def test_a_corrupted_result_fails_validation_stops_publication_and_is_kept_rejected(dags_folder, tmp_path):
    table = tmp_path / "graphs.csv"
    graphs = {"ring-5": [[i, (i + 1) % 5] for i in range(5)], "k4": [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]}
    graphs["bowtie"] = [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 2]]
    pd.DataFrame(
        [(pid, u, v) for pid, edges in graphs.items() for u, v in edges], columns=["problem_id", "u", "v"]
    ).to_csv(table, index=False)
    store_uri, dataset = f"file://{tmp_path}/store", f"file://{tmp_path}/published"
    path = write_pipeline_dag(
        dags_folder,
        "corrupt_pipeline",
        source=table.as_uri(),
        kind="maxcut",
        store=store_uri,
        dataset=dataset,
        job_defaults={"ansatz": {"kind": "qaoa", "layers": 2}, "optimizer": {"maxiter": 80, "stepsize": 0.05}},
        chunk_size=2,
    )
    dag = load_dag(path)
    store = ResultStore(store_uri)
    day = [datetime(2026, 11, d, tzinfo=UTC) for d in (1, 2, 3)]

    first, values = run_dag(dag, logical_date=day[0], run_after=day[0])
    assert str(first.state) == "success"
    victim = next(s for s in solved(values) if s["name"] == "k4")["key"]
    tamper_result(store, victim, scale_distribution=0.8)

    second, _ = run_dag(dag, logical_date=day[1], run_after=day[1])
    states = task_states(second)
    assert str(second.state) == "failed"
    assert states[("validate", -1)] == ("failed", 1)  # a validation error is not retried
    assert states[("publish", -1)][0] == "upstream_failed"
    record = store.read_record(victim)
    assert record["validation"]["outcome"] == "rejected"
    assert "probabilities sum to 0.8" in record["validation"]["reasons"][0]
    assert store.load_result(victim) is not None  # kept, for inspection
    assert sorted(set(read_published(dataset).column("run_date").to_pylist())) == ["2026-11-01"]

    # A rejected result is never reused: the next run recomputes it and keeps the rejected one under previous/.
    third, values = run_dag(dag, logical_date=day[2], run_after=day[2])
    assert str(third.state) == "success"
    reused = {s["name"]: s["reused"] for s in solved(values)}
    assert reused == {"ring-5": True, "k4": False, "bowtie": True}
    assert len(list((store.job_dir(victim) / "previous").iterdir())) == 1
    assert read_published(dataset, "2026-11-03").num_rows == 3
    assert read_published(dataset, "2026-11-02").num_rows == 0


@pytest.mark.parametrize(
    ("dag_file", "names"),
    [
        ("vqe_molecules.py", {"H2-0.50A", "H2-0.74A", "H2-1.00A", "H2-1.50A", "H2-2.00A", "LiH-1.20A", "LiH-1.60A"}),
        ("portfolio_qaoa.py", {f"portfolio-{i:02d}" for i in range(5)}),
    ],
)
def test_example_dags_run_on_their_sample_data(dags_folder, dag_file, names):
    dagrun, values = run_dag(load_dag(dags_folder / dag_file), logical_date=NIGHT - timedelta(days=1))
    assert str(dagrun.state) == "success"
    summaries = {s["name"]: s for s in solved(values)}
    assert names <= set(summaries)
    for summary in summaries.values():
        if summary["exact_energy"] is not None and summary["kind"] == "molecule":
            assert summary["energy"] - summary["exact_energy"] < 1.6e-3


def test_a_reused_result_is_published_and_validated_under_the_asking_names(dags_folder, tmp_path):
    """Another DAG asks for the same graph (edges in another order and orientation) under other names: it reuses
    the stored result, and its table and validation show its own names, one row per name."""
    grid = [[r * 4 + c, r * 4 + c + 1] for r in range(3) for c in range(3)] + [
        [r * 4 + c, (r + 1) * 4 + c] for r in range(2) for c in range(4)
    ]
    store_uri = f"file://{tmp_path}/store"
    defaults = {"ansatz": {"kind": "qaoa", "layers": 1}, "optimizer": {"maxiter": 30}}

    def pipeline(dag_id: str, rows: list[tuple[str, int, int]]) -> tuple[ResultStore, str, dict]:
        table = tmp_path / f"{dag_id}.csv"
        pd.DataFrame(rows, columns=["problem_id", "u", "v"]).to_csv(table, index=False)
        dataset = f"file://{tmp_path}/{dag_id}"
        path = write_pipeline_dag(
            dags_folder,
            dag_id,
            source=table.as_uri(),
            kind="maxcut",
            store=store_uri,
            dataset=dataset,
            job_defaults=defaults,
            # 30 steps are not a settled answer; this test is about names, so validation checks everything else.
            min_expected_ratio=0.0,
            convergence_tolerance=1.0,
        )
        dagrun, values = run_dag(load_dag(path), logical_date=NIGHT, run_after=NIGHT)
        assert str(dagrun.state) == "success"
        return ResultStore(store_uri), dataset, values

    _, first_dataset, first = pipeline("names_first", [("grid 3x4", u, v) for u, v in grid])
    rewritten = [(v, u) for u, v in reversed(grid)]
    store, dataset, values = pipeline(
        "names_second", [(pid, u, v) for pid in ("grid-3x4", "grid-copy") for u, v in rewritten]
    )
    (computed,) = solved(first)
    asked = {s["name"]: s for s in solved(values)}
    assert set(asked) == {"grid-3x4", "grid-copy"}
    assert {s["key"] for s in asked.values()} == {computed["key"]}, "one graph, one key"
    assert all(s["reused"] for s in asked.values())
    assert store.load_result(computed["key"]).result["name"] == "grid 3x4"  # the stored result keeps its own
    published = read_published(dataset).to_pylist()
    assert sorted(row["problem_id"] for row in published) == ["grid-3x4", "grid-copy"]
    assert {row["key"] for row in published} == {computed["key"]}
    assert [row["problem_id"] for row in read_published(first_dataset).to_pylist()] == ["grid 3x4"]
    assert xcom_value(values, "validate")["names"] == {computed["key"]: ["grid-3x4", "grid-copy"]}


def xcom_value(values: dict, task_id: str):
    (value,) = [value for (task, _), value in values.items() if task == task_id]
    return value
