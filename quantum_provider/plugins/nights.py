"""What the UI shows of one night (a DAG run of a batch pipeline): counts, validation verdict, budget, stage times.

Everything is read from the result store only, through the store's public API:

* the asking task instances of the run come from the ask index's run partition (``index/asks/run/<dag>/<run>``)
  and the job rows ``jobs.list_jobs`` builds from the records;
* preprocess outputs (``rejects.parquet``, the input suite's JSON and Data Docs) and validation outputs (a suite
  JSON and Data Docs page per problem kind, ``summary.json``) from ``ResultStore.run_dir`` of each task;
* stage times from the store's own timestamps: the records' history ``at`` per state and the modification time
  the store gives the preprocess, validation and published files (the store keeps no start time of a task, so a
  stage is the interval between the timestamps that bound it).

The runs of a DAG are the run partitions of the ask index and the run folders of the task outputs (whose ids
``run_dir`` escapes reversibly), so a run whose every problem was rejected, which asked for no job, is listed too.
A mapped preprocess or validate task's outputs are in a ``<map_index>`` folder below the task's.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel

from quantum_provider.plugins.jobs import JobFilter, JobRow, list_jobs
from quantum_provider.plugins.night_outputs import (
    AREAS,
    Output,
    dag_folder,
    modified,
    outputs,
    path_of,
    read_output,
    task_folders,
)
from quantum_provider.storage.index import asker_of, segment_value, stamped_at
from quantum_provider.tables.preprocessing import OUTPUT_FILES

if TYPE_CHECKING:
    from quantum_provider.storage import ResultStore

#: At most this many runs are listed for one DAG (each costs a few small listings of the ask index).
MAX_RUNS = 200
_ROWS_PER_PAGE = 1000


class RunSummary(BaseModel):
    dag_id: str
    run_id: str
    #: When a task of the run last asked for a job (the ask index's newest entry of the run).
    last_ask_at: str | None = None
    #: The newest of the last ask and, for a run that asked for no job, the times its task outputs were written.
    last_activity_at: str | None = None


class Counts(BaseModel):
    read: int = 0
    #: Where ``read`` comes from: the preprocess tasks' counts, or rejected plus job requests when there are none.
    read_source: str = "rejected_plus_asked"
    rejected: int = 0
    rejected_rows: int = 0
    asked: int = 0
    succeeded: int = 0
    computed: int = 0
    reused: int = 0
    failed: int = 0
    active: int = 0
    cancelled: int = 0
    failed_by_class: dict[str, int] = {}


class Verdict(BaseModel):
    #: Jobs of this run whose record the run's validation marked passed / the rejections its summary lists.
    passed: int = 0
    rejected: int = 0
    #: Problem kind -> whether the kind's result suite passed, per validation task.
    suites: dict[str, dict[str, bool]] = {}
    outcome: str | None = None


class Budget(BaseModel):
    shots: int = 0
    device_seconds: float = 0.0


class Stage(BaseModel):
    stage: str
    started_at: str | None = None
    ended_at: str | None = None
    seconds: float | None = None
    source: str


class NightOverview(BaseModel):
    dag_id: str
    run_id: str
    counts: Counts
    verdict: Verdict
    budget: Budget
    stages: list[Stage]
    outputs: list[Output]


# -- runs ----------------------------------------------------------------------------------------------------


def list_runs(store: ResultStore, dag_id: str, *, limit: int = MAX_RUNS) -> list[RunSummary]:
    """The runs of ``dag_id`` that asked for a job or wrote a task output, newest activity first."""
    folder = store.asks.runs_folder(dag_id)
    runs: dict[str, RunSummary] = {}
    for segment in store.objects.list_names(folder):
        newest = next(store.asks.scan(f"{folder}/{segment}", page=1), None)
        last = stamped_at(newest.name) if newest is not None else None
        runs[segment_value(segment)] = RunSummary(dag_id=dag_id, run_id=segment_value(segment), last_ask_at=last,
                                                  last_activity_at=last)  # fmt: skip
    for area in AREAS:
        for segment in store.objects.list_names(dag_folder(store, area, dag_id).path):
            run_id = segment_value(segment)
            if run_id not in runs:
                written = [modified(path_of(store, dag_id, run_id, out)) for out in outputs(store, dag_id, run_id)]
                last = max((t for t in written if t), default=None)
                runs[run_id] = RunSummary(dag_id=dag_id, run_id=run_id, last_activity_at=last)
    # Runs without a readable time go last.
    ordered = sorted(runs.values(), key=lambda run: run.last_activity_at or "", reverse=True)
    return ordered[:limit]


def dags_with_runs(store: ResultStore, readable_dags: set[str]) -> list[str]:
    folders = [store.asks.runs_folder(), *(f"{store.root}/{area}" for area in AREAS)]
    names = {segment_value(name) for folder in folders for name in store.objects.list_names(folder)}
    return sorted(names & readable_dags)


# -- one night -----------------------------------------------------------------------------------------------


def run_rows(store: ResultStore, dag_id: str, run_id: str, readable_dags: set[str] | None) -> list[JobRow]:
    """Every asking task instance of the run: one row each, as the job list shows them."""
    rows: list[JobRow] = []
    while True:
        page = list_jobs(
            store, JobFilter(dag_id=dag_id, run_id=run_id), readable_dags=readable_dags,
            limit=_ROWS_PER_PAGE, offset=len(rows),
        )  # fmt: skip
        rows.extend(page.jobs)
        if not page.has_more:
            return rows


def exists(store: ResultStore, dag_id: str, run_id: str, readable_dags: set[str] | None) -> bool:
    if readable_dags is not None and dag_id not in readable_dags:
        return False
    partition = store.asks.partition(dag_id, run_id)
    return bool(store.objects.list_names(partition, limit=1)) or any(
        task_folders(store, area, dag_id, run_id) for area in AREAS
    )


def night_overview(
    store: ResultStore, dag_id: str, run_id: str, *, readable_dags: set[str] | None = None
) -> NightOverview | None:
    """The overview of run ``run_id`` of ``dag_id``; ``None`` when there is none or the user may not read the DAG."""
    if not exists(store, dag_id, run_id, readable_dags):
        return None
    rows = run_rows(store, dag_id, run_id, readable_dags)
    found = outputs(store, dag_id, run_id)
    counts = _counts(rows)
    rejects = [store.read_table(path_of(store, dag_id, run_id, out)).to_pylist()
               for out in found if out.area == "preprocess" and out.name == OUTPUT_FILES["rejects"]]  # fmt: skip
    counts.rejected_rows = sum(len(table) for table in rejects)
    counts.rejected = len({row.get("problem_id") for table in rejects for row in table})
    summaries = [read_output(store, dag_id, run_id, out)
                 for out in found if out.area == "preprocess" and out.name == OUTPUT_FILES["summary"]]  # fmt: skip
    if summaries:
        counts.read = sum(int(summary.get("problems") or 0) for summary in summaries)
        counts.read_source = "preprocess_summary"
    else:
        # No preprocess summary (jobs given directly, or a store written before it existed): every problem a task
        # read either landed in the rejects or reached a solving task as a job.
        counts.read = counts.rejected + counts.asked
    return NightOverview(
        dag_id=dag_id,
        run_id=run_id,
        counts=counts,
        verdict=_verdict(store, dag_id, run_id, rows, found),
        budget=Budget(
            shots=sum(row.total_shots or 0 for row in rows if row.computed_here),
            device_seconds=round(sum(row.runtime_s or 0.0 for row in rows if row.computed_here), 3),
        ),
        stages=_stages(store, dag_id, run_id, rows, found),
        outputs=found,
    )


def _counts(rows: list[JobRow]) -> Counts:
    counts = Counts(asked=len(rows))
    by_class: dict[str, int] = {}
    for row in rows:
        if row.status == "succeeded":
            counts.succeeded += 1
            if row.reused:
                counts.reused += 1
            else:
                counts.computed += 1
        elif row.status == "failed":
            counts.failed += 1
            failure = row.failure_class or "other"
            by_class[failure] = by_class.get(failure, 0) + 1
        elif row.status == "cancelled":
            counts.cancelled += 1
        else:
            counts.active += 1
    counts.failed_by_class = dict(sorted(by_class.items()))
    return counts


def _verdict(store: ResultStore, dag_id: str, run_id: str, rows: list[JobRow], found: list[Output]) -> Verdict:
    verdict = Verdict()
    rejected: set[str] = set()
    for out in found:
        if out.area == "validations" and out.name == "summary.json":
            summary = read_output(store, dag_id, run_id, out)
            rejected.update((summary.get("rejected") or {}).keys())
            verdict.suites[out.label] = dict(summary.get("suites") or {})
    verdict.rejected = len(rejected)
    # A record keeps the newest validation only: a job a later run validated again no longer counts here.
    for key in {row.key for row in rows if row.status == "succeeded"} - rejected:
        validation = (store.read_record(key) or {}).get("validation") or {}
        context = validation.get("context") or {}
        if validation.get("outcome") == "passed" and (context.get("dag_id"), context.get("run_id")) == (dag_id, run_id):
            verdict.passed += 1
    if verdict.suites:
        passed = all(all(suites.values()) for suites in verdict.suites.values()) and not rejected
        verdict.outcome = "passed" if passed else "rejected"
    return verdict


def _stages(store: ResultStore, dag_id: str, run_id: str, rows: list[JobRow], found: list[Output]) -> list[Stage]:
    def written(area: str, name: str | None = None) -> str | None:
        times = [_mtime(store, dag_id, run_id, out) for out in found if out.area == area and name in (None, out.name)]
        return max((t for t in times if t), default=None)

    preprocessed = written("preprocess")
    asked = [row.queued_at for row in rows if row.queued_at]
    ended = [_ended_at(store, row) for row in rows]
    solved = max((t for t in ended if t), default=None)
    validated = written("validations", "summary.json")
    published = _published_at(store, dag_id, run_id, [t for t in (*asked, solved) if t])
    solve_start = preprocessed or min(asked, default=None)
    return [
        Stage(stage="preprocess", ended_at=preprocessed,
              source="when the store wrote the preprocess outputs (rejects, suite JSON, Data Docs); no start is "
                     "stored"),
        _stage("solve", solve_start, solved,
               "from the end of preprocessing (or the first ask) to the last job's final state in its record"),
        _stage("validate", solved, validated,
               "from the last job's final state to when the store wrote the validation summary.json"),
        _stage("publish", validated, published,
               "from the validation summary.json to when the store wrote the run's published partition"),
    ]  # fmt: skip


def _stage(name: str, start: str | None, end: str | None, source: str) -> Stage:
    seconds = None
    if start and end:
        seconds = round((datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds(), 3)
    return Stage(stage=name, started_at=start, ended_at=end, seconds=seconds, source=source)


def _ended_at(store: ResultStore, row: JobRow) -> str | None:
    """When this task's job reached its final state, or was reused: the record history's ``at``."""
    if row.status not in ("succeeded", "failed", "cancelled"):
        return None
    history = (store.read_record(row.key) or {}).get("history") or []
    asker = (row.dag_id, row.run_id, row.task_id, row.map_index)
    own = [e["at"] for e in history if asker_of(e.get("context") or {}) == asker and e.get("at")]
    final = [e["at"] for e in history if e.get("state") in ("succeeded", "failed", "cancelled") and e.get("at")]
    if row.reused or not final:
        return max(own, default=None)
    after = [at for at in final if not own or at >= min(own)]
    return (after or final)[0]


def _mtime(store: ResultStore, dag_id: str, run_id: str, out: Output) -> str | None:
    return modified(path_of(store, dag_id, run_id, out))


def _published_at(store: ResultStore, dag_id: str, run_id: str, times: list[str]) -> str | None:
    """When the run's partition of a dataset published in the store (``published/<name>``) was written.

    The partition's date is the run's logical date, which the store does not keep: the days around the run's
    asks are tried (a nightly run's logical date is the day before it ran).
    """
    if not times:
        return None
    first, last = (datetime.fromisoformat(t).date() for t in (min(times), max(times)))
    days = [first + timedelta(days=offset) for offset in range(-2, (last - first).days + 2)]
    name = re.sub(r"[^A-Za-z0-9._-]", "_", f"{dag_id}__{run_id}") + ".parquet"
    stamps = []
    for dataset in store.objects.list_names(f"{store.root}/published"):
        for day in days:
            path = store.base / "published" / dataset / f"run_date={day.isoformat()}" / name
            if store.objects.exists(path.path):
                stamps.append(modified(path))
    return max((s for s in stamps if s), default=None)
