"""What the UI shows of the result store: one row per task that asked for a job, and everything about one job.

A job (one content key) can be asked for by many tasks: the DAG run that computed it and every later run that
reused it. The job list therefore has one row per asking task instance, so filtering by DAG shows a DAG's jobs
even when another DAG computed them first, and ``reused`` says what that task did.

A user sees of a job only what their DAG permissions allow (``access.reader_view``).

Longer than 400 lines because the job list and the job page are two views of the same rows: both build them from a
record's history per asking task, with the same outputs, shots and failure class, so one change reaches both.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel, Field

from quantum_provider.exceptions import failure_class_of_error
from quantum_provider.plugins.access import RecordView, may_read_provenance, reader_view
from quantum_provider.storage import ACTIVE_STATES, ResultStore, is_content_key, record_detail
from quantum_provider.storage.index import asker_digest, asker_of, stamp


class JobRow(BaseModel):
    """One asking task instance of one job: a row of the job list."""

    key: str
    name: str | None = None
    kind: str | None = None
    dag_id: str | None = None
    run_id: str | None = None
    task_id: str | None = None
    map_index: int | None = None
    try_number: int | None = None
    backend: str | None = None
    conn_id: str | None = None
    status: str
    queued_at: str | None = None
    time_queued_s: float | None = None
    runtime_s: float | None = None
    qubits: int | None = None
    #: Shots per circuit evaluation (``execution.shots``); ``None`` for an analytic (exact expectation) job.
    shots: int | None = None
    #: What the job spent, as the budget ledger settles it: shots per circuit x iterations run; 0 for an analytic
    #: job, ``None`` while a job with shots has no result (the ledger settles only succeeded jobs).
    total_shots: int | None = None
    iterations: int | None = None
    energy: float | None = None
    #: The honest ratio (in expectation over the measured distribution) and the best-of-top-bitstrings one.
    approximation_ratio_expected: float | None = None
    approximation_ratio_best: float | None = None
    baseline_method: str | None = None
    convergence: str | None = None
    reused: bool = False
    validation: str | None = None
    #: The taxonomy's class of the error a failed row ended with (``exceptions.FAILURE_CLASSES``).
    failure_class: str | None = None
    #: This task instance ran the engine (rather than reusing or attaching): its runtime is the result's.
    computed_here: bool = Field(default=False, exclude=True)


class JobList(BaseModel):
    jobs: list[JobRow]
    #: How many rows match, when the listing reached the end of the store's index; ``None`` when more rows match
    #: than were looked at (counting them all would read the whole index: pages cost O(page), not O(store)).
    total_entries: int | None
    #: Whether rows match beyond this page.
    has_more: bool = False


class Checkpoint(BaseModel):
    iteration: int
    energy: float | None = None


class Failure(BaseModel):
    failure_class: str
    error: str | None = None
    message: str | None = None


class JobDetail(BaseModel):
    """Everything the job page shows."""

    key: str
    status: str
    record: dict[str, Any]
    spec: dict[str, Any] | None = None
    result: dict[str, Any] | None = None
    provenance: dict[str, Any] | None = None
    energy_trace: list[float] = []
    exact_energy: float | None = None
    #: As ``JobRow.shots`` and ``JobRow.total_shots``.
    shots: int | None = None
    total_shots: int | None = None
    top_bitstrings: list[dict[str, Any]] = []
    validation: dict[str, Any] | None = None
    checkpoints: list[Checkpoint] = []
    failure: Failure | None = None
    requests: list[JobRow] = []
    previous_versions: list[str] = []
    #: What the reader is not shown because it belongs to DAGs they may not read (empty for a reader of them all).
    withheld: list[str] = []


@dataclass(frozen=True)
class JobFilter:
    """The job list's filters; ``None`` means "any". ``date`` (YYYY-MM-DD) matches the day the task asked."""

    dag_id: str | None = None
    run_id: str | None = None
    task_id: str | None = None
    map_index: int | None = None
    status: str | None = None
    backend: str | None = None
    date: str | None = None
    #: Whether the asking task reused a stored result (``False``: it computed, or has not yet, the job).
    reused: bool | None = None

    def matches(self, row: JobRow) -> bool:
        return (
            _same(self.dag_id, row.dag_id)
            and _same(self.run_id, row.run_id)
            and _same(self.task_id, row.task_id)
            and _same(self.map_index, row.map_index)
            and _same(self.status, row.status)
            and (self.backend is None or self.backend in (row.backend, row.conn_id))
            and (self.date is None or (row.queued_at or "").startswith(self.date))
            and _same(self.reused, row.reused)
        )


def list_jobs(
    store: ResultStore,
    filters: JobFilter,
    *,
    readable_dags: set[str] | None = None,
    limit: int = 100,
    offset: int = 0,
) -> JobList:
    """Rows for the asking task instances, newest first; only DAGs in ``readable_dags`` unless it is ``None``.

    Read from the store's ask index (``storage/index.py``): the narrowest partition the filters allow (a DAG run,
    a DAG, the DAGs the user may read, or all), from the day a ``date`` filter names; each job's record is read
    once, for the rows it has on the page. A page costs O(offset + limit) store operations whatever the number of
    jobs stored, for every filter the index partitions (DAG, run, date, readable DAGs); a filter it does not
    (status, backend, task without a DAG) reads records until the page is full: O(page / the share of rows that
    match).
    """
    start_after, oldest = None, None
    if filters.date:
        day = datetime.fromisoformat(filters.date).replace(tzinfo=UTC)
        start_after = stamp((day + timedelta(days=1)).isoformat()) + "_~"  # after every ask of later days
        oldest = stamp(day.isoformat())
    records: dict[str, RecordView | None] = {}
    seen: set[tuple[str, str]] = set()
    page: list[JobRow] = []
    matched = 0
    exhausted = True
    page_size = min(max(offset + limit + 1, 50), 1000)
    if filters.dag_id is None and readable_dags is not None:
        # A user who may read some DAGs: their partitions merged newest first, never the asks of other DAGs.
        scans = [store.asks.scan(store.asks.partition(dag), start_after=start_after, page=page_size)
                 for dag in sorted(readable_dags)]  # fmt: skip
        asks = heapq.merge(*scans, key=lambda ask: ask.name)
    else:
        folder = store.asks.partition(filters.dag_id, filters.run_id if filters.dag_id else None)
        asks = store.asks.scan(folder, start_after=start_after, page=page_size)
    for ask in asks:
        if oldest is not None and ask.name[:13] > oldest:
            break  # asks of earlier days: the date filter's day is over
        if (ask.key, ask.asker) in seen:
            continue
        seen.add((ask.key, ask.asker))
        if ask.key not in records:
            records[ask.key] = reader_view(store.read_record(ask.key), readable_dags)
        view = records[ask.key]
        row = _asker_row(ask.key, view.record if view else None, ask.asker)
        if row is None or not filters.matches(row) or (readable_dags is not None and row.dag_id not in readable_dags):
            continue
        matched += 1
        if matched > offset + limit:
            exhausted = False  # one match past the page: there is a next page
            break
        if matched > offset:
            page.append(row)
    outputs: dict[str, tuple[dict | None, dict | None]] = {}
    for row in page:
        if row.key not in outputs:
            view = records[row.key]
            outputs[row.key] = _outputs(store, row.key, row.status, identified=view is not None and view.identified)
        _add_outputs(row, *outputs[row.key])
    return JobList(jobs=page, total_entries=matched if exhausted else None, has_more=not exhausted)


def _asker_row(key: str, record: dict[str, Any] | None, digest: str) -> JobRow | None:
    """The row of the asking task instance whose index digest is ``digest``, from the job's record."""
    if record is None:
        return None
    for asker, entries in _by_asker(record).items():
        if asker_digest(asker) == digest:
            return _row(key, record, asker, entries)
    return None  # indexed, but the record never named it (its writer stopped in between): nothing to show


def job_rows(store: ResultStore, key: str, *, readable_dags: set[str] | None = None) -> list[JobRow]:
    """One row per task instance that asked for job ``key``; only DAGs in ``readable_dags`` unless it is ``None``."""
    view = reader_view(store.read_record(key), readable_dags)
    return _view_rows(store, key, view) if view else []


def _view_rows(store: ResultStore, key: str, view: RecordView) -> list[JobRow]:
    rows = _record_rows(key, view.record)
    if rows:
        spec, result = _outputs(store, key, view.record.get("state"), identified=view.identified)
        for row in rows:
            _add_outputs(row, spec, result)
    return rows


def _record_rows(key: str, record: dict[str, Any] | None) -> list[JobRow]:
    if record is None:
        return []
    return [_row(key, record, asker, entries) for asker, entries in _by_asker(record).items()]


def _outputs(
    store: ResultStore, key: str, state: str | None, *, identified: bool = True
) -> tuple[dict | None, dict | None]:
    """The job's spec, and its result once it succeeded; without the name unless the reader may see it."""
    result = _read_optional(store, key, "result.json") if state == "succeeded" else None
    spec = _read_optional(store, key, "spec.json")
    if identified:
        return spec, result
    return _without(spec, "name"), _without(result, "name")


def _add_outputs(row: JobRow, spec: dict[str, Any] | None, result: dict[str, Any] | None) -> None:
    row.name = row.name or (spec or {}).get("name")
    row.shots, row.total_shots = _shots(spec, result)
    if result is None:
        return
    row.iterations, row.energy = result.get("iterations"), result.get("energy")
    row.approximation_ratio_expected = result.get("approximation_ratio_expected")
    row.approximation_ratio_best = result.get("approximation_ratio_best")
    row.baseline_method = (result.get("baseline") or {}).get("method")
    row.convergence = result.get("convergence")
    if row.computed_here:
        # The engine's own measure, without the time spent writing the result.
        row.runtime_s = result.get("runtime_s")


def job_detail(store: ResultStore, key: str, *, readable_dags: set[str] | None = None) -> JobDetail | None:
    """Everything about job ``key`` that a user who may read ``readable_dags`` may see (everything when ``None``).

    ``None`` when there is no such job, or when no DAG the user may read asked for it: the two look the same.
    """
    if not is_content_key(key):
        return None
    view = reader_view(store.read_record(key), readable_dags)
    if view is None:
        return None
    requests = _view_rows(store, key, view)
    if readable_dags is not None and not requests:
        return None
    record = view.record
    stored = store.load_result(key)
    result = stored.result if stored else None
    provenance = stored.provenance if stored else _read_optional(store, key, "provenance.json")
    withheld = list(view.withheld)
    if provenance is not None and not may_read_provenance(provenance, view, readable_dags):
        provenance = None
        withheld.append("provenance")
    spec = _read_optional(store, key, "spec.json")
    if not view.identified:
        spec, result = _without(spec, "name"), _without(result, "name")
    state = record.get("state", "unknown")
    shots, total_shots = _shots(spec, result)
    return JobDetail(
        key=key,
        status=state,
        record=record,
        spec=spec,
        result=result,
        provenance=provenance,
        energy_trace=_trace(store, key, result),
        exact_energy=(result or {}).get("exact_energy"),
        shots=shots,
        total_shots=total_shots,
        top_bitstrings=(result or {}).get("top_bitstrings") or [],
        validation=record.get("validation"),
        checkpoints=_checkpoints(store, key),
        failure=_failure(record) if state == "failed" else None,
        requests=requests,
        previous_versions=_previous_versions(store, key),
        withheld=withheld,
    )


def _shots(spec: dict[str, Any] | None, result: dict[str, Any] | None) -> tuple[int | None, int | None]:
    """Shots per circuit and in total, the total as ``Governance.finished`` settles it in the budget ledger:
    ``execution.shots`` x the iterations the result says ran (not ``optimizer.maxiter``, which is reserved)."""
    shots = ((spec or {}).get("execution") or {}).get("shots") or None
    if shots is None:
        return None, 0
    if result is None:
        return shots, None
    return shots, shots * int(result.get("iterations") or 0)


def _without(document: dict[str, Any] | None, name: str) -> dict[str, Any] | None:
    return None if document is None else {field: value for field, value in document.items() if field != name}


# -- helpers ---------------------------------------------------------------------------------------------------


def _same(wanted: object, actual: object) -> bool:
    return wanted is None or wanted == actual


def _read_optional(store: ResultStore, key: str, name: str) -> dict[str, Any] | None:
    return store.read_optional_json(key, name)


def _by_asker(record: dict[str, Any]) -> dict[tuple, list[dict[str, Any]]]:
    """History entries grouped by the task instance in their ``context``, in the order they first asked."""
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for entry in record.get("history") or []:
        context = entry.get("context")
        if not context:
            continue
        asker = asker_of(context)
        groups.setdefault(asker, []).append(entry)
    return groups


def _row(key: str, record: dict[str, Any], asker: tuple, entries: list[dict[str, Any]]) -> JobRow:
    """The row of one asking task instance, from the job record alone."""
    states = [entry for entry in entries if entry.get("state")]
    reused = any(entry.get("event") == "reused" for entry in entries) and not any(
        entry["state"] == "running" for entry in states
    )
    if reused:
        status = "succeeded"
    elif states and states[-1]["state"] not in ACTIVE_STATES:
        status = states[-1]["state"]
    else:
        # A task that attached to a job another try started sees the job's own state, not just "submitted".
        status = record.get("state", "unknown")
    submitted = _last_before(states, "submitted", _first_at(states, "running"))
    running = _first_at(states, "running")
    finished = next((e["at"] for e in states if e["state"] in ("succeeded", "failed", "cancelled")), None)
    backend = record.get("backend") or record.get("handle") or {}
    failed = [entry for entry in states if entry["state"] == "failed"]
    return JobRow(
        key=key,
        name=record.get("name"),
        kind=record.get("kind"),
        dag_id=asker[0],
        run_id=asker[1],
        task_id=asker[2],
        map_index=asker[3],
        try_number=max((e["context"].get("try_number") or 0 for e in entries), default=None) or None,
        backend=backend.get("backend"),
        conn_id=backend.get("conn_id"),
        status=status,
        queued_at=entries[0].get("at"),
        time_queued_s=_seconds(submitted, running),
        runtime_s=_seconds(running, finished),
        computed_here=bool(running) and status == "succeeded",
        qubits=record.get("num_qubits"),
        reused=reused,
        validation=(record.get("validation") or {}).get("outcome"),
        failure_class=_row_failure_class(record, failed) if status == "failed" else None,
    )


def _row_failure_class(record: dict[str, Any], failed: list[dict[str, Any]]) -> str:
    # The asker's own failure, else the job's: a task that attached to another try sees that try's failure.
    return (_failure_entry(failed[-1]) if failed else _failure(record)).failure_class


def _first_at(states: list[dict[str, Any]], state: str) -> str | None:
    return next((entry["at"] for entry in states if entry["state"] == state), None)


def _last_before(states: list[dict[str, Any]], state: str, before: str | None) -> str | None:
    times = [entry["at"] for entry in states if entry["state"] == state and (before is None or entry["at"] <= before)]
    return times[-1] if times else None


def _seconds(start: str | None, end: str | None) -> float | None:
    if not start or not end:
        return None
    return round((datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds(), 3)


def _trace(store: ResultStore, key: str, result: dict[str, Any] | None) -> list[float]:
    if result and result.get("energy_trace"):
        return [float(value) for value in result["energy_trace"]]
    # An unfinished or failed job shows how far it got: the trace of its newest checkpoint.
    checkpoint = store.latest_checkpoint(key)
    return [float(value) for value in (checkpoint or {}).get("trace") or []]


def _checkpoints(store: ResultStore, key: str) -> list[Checkpoint]:
    rows = []
    for iteration in store.list_checkpoints(key):
        body = _read_optional(store, key, f"checkpoints/{iteration:09d}.json") or {}
        trace = body.get("trace") or []
        rows.append(Checkpoint(iteration=iteration, energy=trace[-1] if trace else None))
    return rows


def _failure(record: dict[str, Any]) -> Failure:
    entry = next((e for e in reversed(record.get("history") or []) if e.get("state") == "failed"), {})
    failure = _failure_entry(entry)
    return failure if failure.message else failure.model_copy(update={"message": record_detail(record, "failed")})


def _failure_entry(entry: dict[str, Any]) -> Failure:
    error = entry.get("error")
    # Any other error was raised by the engine on the backend: by definition the job failed there.
    return Failure(failure_class=failure_class_of_error(error), error=error, message=entry.get("message"))


def _previous_versions(store: ResultStore, key: str) -> list[str]:
    return store.objects.list_names(f"{store.results.folder(key)}/previous")
