"""observability.metrics: real StatsD packets from Airflow's own Stats, caught by a UDP socket on loopback."""

from __future__ import annotations

import socket
import sys
import time
from datetime import timedelta

import pytest
from airflow.sdk.exceptions import AirflowSkipException
from airflow.sdk.observability import stats

from quantum_provider.exceptions import (
    FAILURE_CLASSES,
    BackendUnavailableError,
    JobFailedOnBackendError,
    QuantumError,
    QuantumPolicyError,
    QuantumSpecError,
    QuantumValidationError,
    failure_class,
)
from quantum_provider.observability import metrics
from quantum_provider.storage import ResultStore

KEY = "b" * 64
PREFIX = "qtest"
TAGS = {"dag_id": "d", "task_id": "t", "backend": "quantum_lightning_default"}

STATS_MODULE = sys.modules[stats.initialize.__module__]


@pytest.fixture
def listener():
    """A UDP socket on 127.0.0.1, on a port the system chose."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    try:
        yield sock
    finally:
        sock.close()


@pytest.fixture
def uninitialized_stats(monkeypatch):
    """Airflow's Stats as ``dag.test()`` leaves it: nobody called ``initialize``. Restored after the test."""
    for name in ("_factory", "_backend", "_export_legacy_names"):
        monkeypatch.setattr(STATS_MODULE, name, getattr(STATS_MODULE, name))
    monkeypatch.setattr(STATS_MODULE, "_factory", None)
    monkeypatch.setattr(STATS_MODULE, "_backend", None)


@pytest.fixture
def statsd_on(listener, uninitialized_stats, monkeypatch):
    """``[metrics]`` pointing StatsD at the listener, through Airflow's environment configuration."""
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_ON", "True")
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_HOST", "127.0.0.1")
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_PORT", str(listener.getsockname()[1]))
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_PREFIX", PREFIX)
    return listener


def receive(sock: socket.socket, count: int, wait: float = 5.0) -> list[str]:
    """Up to ``count`` StatsD lines, waiting at most ``wait`` seconds for them."""
    lines: list[str] = []
    deadline = time.monotonic() + wait
    while len(lines) < count and (left := deadline - time.monotonic()) > 0:
        sock.settimeout(left)
        try:
            data = sock.recv(65535)
        except TimeoutError:
            break
        lines.extend(data.decode().splitlines())
    return lines


def parse(lines: list[str]) -> list[tuple[str, float, str]]:
    """``name:value|type`` -> (name, value, type)."""
    out = []
    for line in lines:
        name, rest = line.split(":", 1)
        value, kind = rest.split("|")[:2]
        out.append((name, float(value), kind))
    return out


# -- pure parts --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (QuantumSpecError("problem.edges", "empty"), "spec_error"),
        (QuantumPolicyError("device not allowed"), "policy_error"),
        (BackendUnavailableError("HTTP 503"), "backend_unavailable"),
        (JobFailedOnBackendError("worker died"), "job_failed"),
        (QuantumValidationError("2 of 3 rejected"), "validation_error"),
        (QuantumError("base class"), "other"),
        (ValueError("not ours"), "other"),
        (KeyError("bug"), "other"),
    ],
)
def test_failure_class_maps_the_error_taxonomy(error, expected):
    assert failure_class(error) == expected


def test_every_failure_class_name_is_a_valid_stat_name():
    import re

    for _, name in FAILURE_CLASSES:
        assert re.fullmatch(r"[a-zA-Z0-9_.-]+", f"{metrics.FAILED}.{name}")


def entry(state: str | None, at: str, **extra) -> dict:
    return {**({"state": state} if state else {}), "at": at, **extra}


def test_queued_time_is_submitted_to_running_of_the_current_attempt():
    record = {
        "history": [
            entry("submitted", "2026-01-01T00:00:00.000+00:00"),
            entry("running", "2026-01-01T00:00:05.000+00:00"),
            entry("failed", "2026-01-01T00:00:09.000+00:00"),
            # The retry: its own submission and start; an earlier resubmission that never ran is not counted.
            entry("submitted", "2026-01-01T00:01:00.000+00:00"),
            entry("queued", "2026-01-01T00:01:00.500+00:00"),
            entry("submitted", "2026-01-01T00:01:01.000+00:00"),
            entry("running", "2026-01-01T00:01:03.250+00:00"),
            entry("succeeded", "2026-01-01T00:02:00.000+00:00"),
            entry(None, "2026-01-01T00:03:00.000+00:00", event="reused"),
        ]
    }
    assert metrics.queued_time(record) == timedelta(seconds=2.25)


@pytest.mark.parametrize(
    "history",
    [
        [],
        [entry("submitted", "2026-01-01T00:00:00+00:00")],
        [entry("running", "2026-01-01T00:00:00+00:00"), entry("succeeded", "2026-01-01T00:00:01+00:00")],
        [entry("submitted", "not a time"), entry("running", "2026-01-01T00:00:00+00:00")],
    ],
)
def test_queued_time_is_none_when_the_history_cannot_tell(history):
    assert metrics.queued_time({"history": history}) is None
    assert metrics.queued_time(None) is None


def test_shots_are_shots_per_execution_times_iterations_and_none_when_analytic():
    assert metrics.shots_spent({"shots": 1000, "iterations": 25}) == 25_000
    assert metrics.shots_spent({"shots": None, "iterations": 25}) is None


def test_a_reuse_after_the_current_success_is_seen_and_an_earlier_one_is_not():
    ran = [entry("submitted", "t0"), entry("running", "t1"), entry("succeeded", "t2")]
    reused = entry(None, "t3", event="reused")
    assert not metrics.served_as_reuse({"history": ran})
    assert metrics.served_as_reuse({"history": [*ran, reused]})
    # A reuse of an earlier attempt's result says nothing about the current one (recomputed after a checksum failure).
    assert not metrics.served_as_reuse({"history": [*ran, reused, *ran]})
    assert not metrics.served_as_reuse(None)


# -- real packets --------------------------------------------------------------------------------------------------


def test_first_emission_initializes_stats_from_the_metrics_config(statsd_on):
    assert STATS_MODULE._factory is None
    record = {
        "history": [
            entry("submitted", "2026-01-01T00:00:00.000+00:00"),
            entry("running", "2026-01-01T00:00:01.500+00:00"),
            entry("succeeded", "2026-01-01T00:00:09.000+00:00"),
        ]
    }
    metrics.job_done(record, {"runtime_s": 7.25, "iterations": 30, "shots": 100}, tags=TAGS)
    got = parse(receive(statsd_on, 5))
    assert got == [
        (f"{PREFIX}.quantum.result.computed", 1, "c"),
        (f"{PREFIX}.quantum.job.queued_time", 1500, "ms"),
        (f"{PREFIX}.quantum.job.runtime", 7250, "ms"),
        (f"{PREFIX}.quantum.job.iterations", 30, "c"),
        (f"{PREFIX}.quantum.job.shots", 3000, "c"),
    ]
    assert STATS_MODULE._factory is not None


def test_stats_are_initialized_once_and_reused(statsd_on):
    metrics.job_done(None, {}, tags=TAGS, reused=True)
    backend = STATS_MODULE._backend
    metrics.job_done(None, {}, tags=TAGS, reused=True)
    assert STATS_MODULE._backend is backend
    assert parse(receive(statsd_on, 2)) == [(f"{PREFIX}.quantum.result.reused", 1, "c")] * 2


def test_an_initialization_by_someone_else_is_never_replaced(statsd_on):
    # The task runner (or a test harness) chose a backend: here, no metrics at all, whatever [metrics] says.
    from airflow.sdk._shared.observability.metrics.base_stats_logger import NoStatsLogger

    stats.initialize(factory=NoStatsLogger, export_legacy_names=False)
    metrics.job_done(None, {}, tags=TAGS, reused=True)
    assert STATS_MODULE._factory is NoStatsLogger
    assert receive(statsd_on, 1, wait=0.5) == []


def test_no_packets_when_statsd_is_off(listener, uninitialized_stats, monkeypatch):
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_ON", "False")
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_PORT", str(listener.getsockname()[1]))
    metrics.job_done(None, {}, tags=TAGS, reused=True)
    assert receive(listener, 1, wait=0.5) == []


def test_tags_travel_with_the_stat_when_statsd_carries_tags(statsd_on, monkeypatch):
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_INFLUXDB_ENABLED", "True")
    metrics.job_done(None, {}, tags=TAGS, reused=True)
    [line] = receive(statsd_on, 1)
    assert line == f"{PREFIX}.quantum.result.reused,dag_id=d,task_id=t,backend=quantum_lightning_default:1|c"


class _Task:
    dag_id = "dag"
    task_id = "task"
    conn_id = "quantum_lightning_default"

    def __init__(self, error: BaseException | None) -> None:
        self.error = error

    @metrics.counts_failures
    def execute(self, context):
        if self.error is not None:
            raise self.error
        return "done"


def test_failures_are_counted_by_class_and_reraised(statsd_on):
    for error in (QuantumSpecError("jobs[0]", "bad"), QuantumValidationError("rejected"), RuntimeError("bug")):
        with pytest.raises(type(error)):
            _Task(error).execute({})
    # Airflow's control flow and success are not failures.
    with pytest.raises(AirflowSkipException):
        _Task(AirflowSkipException("skip")).execute({})
    assert _Task(None).execute({}) == "done"
    assert [name for name, _, _ in parse(receive(statsd_on, 3))] == [
        f"{PREFIX}.quantum.job.failed.spec_error",
        f"{PREFIX}.quantum.job.failed.validation_error",
        f"{PREFIX}.quantum.job.failed.other",
    ]
    assert receive(statsd_on, 1, wait=0.2) == []


def _complete(store: ResultStore) -> None:
    import pyarrow as pa

    store.write_spec(KEY, {"problem": "p"})
    store.update_record(KEY, state="submitted")
    store.update_record(KEY, state="running")
    store.write_result(KEY, result={"key": KEY}, provenance={}, tables={"trace": pa.table({"energy": [0.0]})})
    store.update_record(KEY, state="succeeded")


def test_reuse_and_recompute_are_counted_at_the_store_decision(statsd_on, store_uri):
    store = ResultStore(store_uri)
    assert metrics.reusable_result(store, KEY, "reuse", tags=TAGS) is None  # nothing stored: a first computation
    _complete(store)
    assert metrics.reusable_result(store, KEY, "reuse", tags=TAGS) is not None
    assert metrics.reusable_result(store, KEY, "force", tags=TAGS) is None  # archived, recomputed
    _complete(store)
    (store.job_dir(KEY) / "result.json").write_bytes(b"{}")  # fails its checksum
    assert metrics.reusable_result(store, KEY, "reuse", tags=TAGS) is None
    _complete(store)
    store.set_validation(KEY, {"outcome": "rejected", "reasons": ["ratio"]})
    assert metrics.reusable_result(store, KEY, "reuse", tags=TAGS) is None
    assert [name for name, _, _ in parse(receive(statsd_on, 4))] == [
        f"{PREFIX}.quantum.result.reused",
        f"{PREFIX}.quantum.result.recomputed",
        f"{PREFIX}.quantum.result.recomputed",
        f"{PREFIX}.quantum.result.recomputed",
    ]
    assert receive(statsd_on, 1, wait=0.2) == []


def test_a_sensor_counts_the_job_it_waited_for_but_not_a_result_its_submit_task_reused(statsd_on):
    ran = [
        entry("submitted", "2026-01-01T00:00:00+00:00"),
        entry("running", "2026-01-01T00:00:01+00:00"),
        entry("succeeded", "2026-01-01T00:00:02+00:00"),
    ]
    result = {"runtime_s": 1.0, "iterations": 3, "shots": None}
    metrics.job_done({"history": [*ran, entry(None, "2026-01-02T00:00:00+00:00", event="reused")]}, result,
                     tags=TAGS, watched=True)  # fmt: skip
    metrics.job_done({"history": ran}, result, tags=TAGS, watched=True)
    assert [name for name, _, _ in parse(receive(statsd_on, 4))] == [
        f"{PREFIX}.quantum.result.computed",
        f"{PREFIX}.quantum.job.queued_time",
        f"{PREFIX}.quantum.job.runtime",
        f"{PREFIX}.quantum.job.iterations",
    ]
    assert receive(statsd_on, 1, wait=0.2) == []
