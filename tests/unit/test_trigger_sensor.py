"""QuantumJobTrigger and QuantumJobSensor against a real ResultStore, the real LightningHook and one real job."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import timedelta

import pytest
from airflow.sdk import PokeReturnValue
from airflow.sdk.exceptions import AirflowSensorTimeout, AirflowSkipException, TaskDeferred
from airflow.sdk.module_loading import import_string

from quantum_provider.exceptions import (
    BackendUnavailableError,
    DeviceTimeExceededError,
    JobFailedOnBackendError,
    QuantumConfigError,
    QuantumError,
    QuantumPolicyError,
    QuantumSpecError,
    failure_class,
)
from quantum_provider.governance.retry_policy import QuantumRetryPolicy
from quantum_provider.operators.submit import QuantumSubmitOperator
from quantum_provider.sensors.job import QuantumJobSensor
from quantum_provider.storage import ResultStore
from quantum_provider.triggers.job import (
    EVENT_FIELDS,
    QuantumJobTrigger,
    log_tail_detail,
    one_line,
    record_detail,
    validate_trigger_event,
)

CONN_ID = "quantum_lightning_default"
WAITING = "b" * 64
UNKNOWN = "c" * 64
JOB = {"problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2]]}, "optimizer": {"maxiter": 5}}


def make_handle(store: ResultStore, key: str) -> dict:
    return {"backend": "lightning", "conn_id": CONN_ID, "key": key, "store": str(store.base)}


@pytest.fixture(scope="module")
def finished(tmp_path_factory) -> dict:
    """The handle of a job that really ran and succeeded, its record carrying the handle as a hook writes it."""
    from quantum_provider.engine.runner import prepare, run_job
    from quantum_provider.spec import JobSpec

    store = ResultStore(f"file://{tmp_path_factory.mktemp('finished')}/store")
    spec = JobSpec.parse(JOB)
    key = spec.content_key(backend={"backend": "lightning"})
    run_job(prepare(spec), key=key, store=store, backend={})
    handle = make_handle(store, key)
    store.update_record(key, state="succeeded", handle=handle)
    return handle


@pytest.fixture
def store(store_uri) -> ResultStore:
    return ResultStore(store_uri)


def waiting_job(store: ResultStore, state: str, key: str = WAITING, **event) -> dict:
    handle = make_handle(store, key)
    store.update_record(key, state=state, handle=handle, event=event or None)
    return handle


def run_trigger(trigger: QuantumJobTrigger, *background) -> list[dict]:
    """Every event the trigger yields (while ``background`` coroutines change the job), as payloads."""

    async def collect() -> list[dict]:
        tasks = [asyncio.create_task(coro) for coro in background]
        events = [event.payload async for event in trigger.run()]
        await asyncio.gather(*tasks)
        return events

    return asyncio.run(asyncio.wait_for(collect(), timeout=20))


def only_event(trigger: QuantumJobTrigger, *background) -> dict:
    events = run_trigger(trigger, *background)
    assert len(events) == 1, events
    # Events cross a process boundary as JSON: only primitives survive unchanged.
    assert json.loads(json.dumps(events[0])) == events[0]
    assert tuple(events[0]) == EVENT_FIELDS
    return events[0]


def sensor(job, **kwargs) -> QuantumJobSensor:
    return QuantumJobSensor(task_id="wait", job=job, **kwargs)


def operator(store: ResultStore, **kwargs) -> QuantumSubmitOperator:
    return QuantumSubmitOperator(task_id="solve", job=JOB, result_store=str(store.base), **kwargs)


# -- trigger ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cancel_on_kill", [True, False])
def test_trigger_serializes_what_it_was_built_with(store, cancel_on_kill):
    handle = make_handle(store, WAITING)
    trigger = QuantumJobTrigger(handle=handle, conn_id=CONN_ID, poll_interval=2.5, end_time=1e9,
                                cancel_on_kill=cancel_on_kill)  # fmt: skip
    classpath, kwargs = trigger.serialize()
    assert import_string(classpath) is QuantumJobTrigger
    assert set(kwargs) == {"handle", "conn_id", "poll_interval", "end_time", "cancel_on_kill"}
    assert kwargs["cancel_on_kill"] is cancel_on_kill
    assert QuantumJobTrigger(**kwargs).serialize() == trigger.serialize()
    assert json.loads(json.dumps(kwargs)) == kwargs
    # A trigger serialized before cancel_on_kill existed (in the database during an upgrade) only watches.
    assert QuantumJobTrigger(handle=handle, conn_id=CONN_ID).cancel_on_kill is False


def test_trigger_fires_once_when_the_job_succeeds(finished):
    event = only_event(QuantumJobTrigger(handle=finished, conn_id=CONN_ID, poll_interval=0.01))
    assert event["status"] == "succeeded"
    assert event["key"] == finished["key"]
    assert event["handle"] == finished
    assert isinstance(event["waited_s"], float)


@pytest.mark.parametrize(
    ("state", "event", "expected", "kind"),
    [
        ("failed", {"error": "MemoryError", "message": "worker died"}, "failed on lightning: ", "job_failed"),
        ("failed", {}, "failed on lightning", "job_failed"),
        ("failed", {"error": "DeviceTimeExceededError", "message": "max_seconds: ran 2 s"}, "failed", "policy_error"),
        ("failed", {"error": "QuantumSpecError", "message": "problem: 40 qubits"}, "failed", "spec_error"),
        ("cancelled", {"message": "stopped at iteration 3"}, "was cancelled on lightning: stopped at iteration 3",
         "job_failed"),
    ],
)  # fmt: skip
def test_trigger_fires_once_when_the_job_ends_badly(store, state, event, expected, kind):
    handle = waiting_job(store, state, **event)
    payload = only_event(QuantumJobTrigger(handle=handle, conn_id=CONN_ID, poll_interval=0.01))
    assert payload["status"] == state
    assert payload["message"].startswith(f"job {WAITING} {expected}")
    # The backend's words reach the event, whether from its log or from the job record.
    assert event.get("message", "") in payload["message"]
    # So does the failure's class: the task re-raises by it after the deferral.
    assert (payload["failure_class"], payload["error"]) == (kind, event.get("error"))
    assert validate_trigger_event(payload) is payload


def test_trigger_polls_through_queued_and_running_until_the_end(store, capfd):
    handle = waiting_job(store, "queued")

    async def backend_moves_on():
        for state, event in (("running", {}), ("failed", {"error": "RuntimeError", "message": "lost\nworker"})):
            await asyncio.sleep(0.05)
            await asyncio.to_thread(store.update_record, WAITING, state=state, event=event)

    payload = only_event(QuantumJobTrigger(handle=handle, conn_id=CONN_ID, poll_interval=0.01), backend_moves_on())
    assert payload["status"] == "failed"
    assert payload["message"].startswith(f"job {WAITING} failed on lightning: ")
    assert payload["message"].endswith("lost | worker")
    # Airflow's structlog setup writes task and trigger logs to the process output, not to logging's handlers.
    assert f"Job {WAITING} is queued" in capfd.readouterr().out


@pytest.mark.parametrize("end_time", [0.0, "soon"])
def test_trigger_times_out_on_a_job_that_stays_queued(store, end_time):
    handle = waiting_job(store, "queued")
    deadline = time.time() + 0.05 if end_time == "soon" else end_time
    payload = only_event(QuantumJobTrigger(handle=handle, conn_id=CONN_ID, poll_interval=0.01, end_time=deadline))
    assert payload["status"] == "timeout"
    assert "still queued" in payload["message"]


@pytest.mark.parametrize(
    ("change", "expected", "kind", "error", "field"),
    [
        ({"key": "not-a-key"}, "ValueError: not a content key: 'not-a-key'", "other", "ValueError", None),
        # The connection was deleted while the task was deferred: a spec error naming the field, never retried.
        ({"conn_id": "quantum_nowhere"}, "conn_id: connection 'quantum_nowhere' is not defined", "spec_error",
         "QuantumSpecError", "conn_id"),
    ],
)  # fmt: skip
def test_trigger_reports_an_error_once_with_its_class(store, change, expected, kind, error, field):
    handle = {**make_handle(store, WAITING), **change}
    payload = only_event(QuantumJobTrigger(handle=handle, conn_id=handle["conn_id"], poll_interval=0.01))
    assert payload["status"] == "error"
    assert payload["message"] == expected
    assert (payload["failure_class"], payload["error"], payload["field"]) == (kind, error, field)


def test_a_connection_deleted_during_the_deferral_fails_the_task_once(store):
    """What the triggerer sends when the backend connection is gone, through the operator's and the sensor's
    ``execute_complete`` to Airflow's retry decision: a spec error, not an unavailable backend retried with
    backoff."""
    handle = {**make_handle(store, WAITING), "conn_id": "quantum_deleted"}
    event = only_event(QuantumJobTrigger(handle=handle, conn_id="quantum_deleted", poll_interval=0.01))
    for task in (operator(store), sensor(handle, deferrable=True)):
        with pytest.raises(QuantumSpecError) as info:
            task.execute_complete({}, event)
        assert str(info.value) == "conn_id: connection 'quantum_deleted' is not defined"
        assert info.value.field == "conn_id"
        decision = task.retry_policy.evaluate(info.value, try_number=1, max_tries=5)
        assert (decision.action.value, decision.reason.split(",")[0]) == ("fail", "spec error")


def test_an_unreachable_backend_during_the_deferral_is_retried_with_backoff(store, monkeypatch):
    # A Ray connection to a port nothing listens on: the trigger's status request cannot connect.
    from tests.ray_head import free_port

    extra = {"address": f"http://127.0.0.1:{free_port()}"}
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_RAY_GONE", json.dumps({"conn_type": "quantum_ray", "extra": extra}))
    handle = {**make_handle(store, WAITING), "backend": "ray", "conn_id": "quantum_ray_gone", "submission_id": WAITING}
    event = only_event(QuantumJobTrigger(handle=handle, conn_id="quantum_ray_gone", poll_interval=0.01))
    assert (event["status"], event["failure_class"]) == ("error", "backend_unavailable")
    for task in (operator(store, conn_id="quantum_ray_gone"), sensor(handle, deferrable=True)):
        with pytest.raises(BackendUnavailableError, match=f"job {WAITING}"):
            task.execute_complete({}, event)
        assert task.retry_policy.evaluate(BackendUnavailableError("x"), try_number=1, max_tries=5).action.value == (
            "retry"
        )


def full_event(status: str, handle: dict, **fields) -> dict:
    """An event as QuantumJobTrigger yields it."""
    base = {"status": status, "key": handle["key"], "handle": handle, "message": f"job {handle['key']} {status}",
            "waited_s": 3.0, "failure_class": None, "error": None, "field": None}  # fmt: skip
    return {**base, **fields}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"failure_class": "__missing__"}, "lacks failure_class"),
        ({"status": "surprise"}, "status must be one of"),
        ({"handle": None}, "handle must be a dict"),
        ({"key": "c" * 64}, "handle must be a dict whose key is the event's"),
        ({"message": None}, "message must be a string"),
        ({"status": "failed", "failure_class": "bad_luck"}, "failure_class must be one of"),
        ({"status": "error"}, "failure_class must be one of"),
    ],
)
def test_a_malformed_event_is_a_configuration_error_never_retried(store, change, reason):
    handle = make_handle(store, WAITING)
    event = {k: v for k, v in {**full_event("succeeded", handle), **change}.items() if v != "__missing__"}
    for task in (operator(store), sensor(handle, deferrable=True)):
        with pytest.raises(QuantumConfigError, match=reason) as info:
            task.execute_complete({}, event)
        assert str(info.value).startswith("trigger event: ")
        assert "\n" not in str(info.value)
        assert failure_class(info.value) == "config_error"
    with pytest.raises(QuantumConfigError, match="expected a dict"):
        validate_trigger_event(None)


@pytest.mark.parametrize(
    ("status", "fields", "raised"),
    [
        ("error", {"failure_class": "spec_error", "error": "QuantumSpecError", "field": "conn_id"}, QuantumSpecError),
        ("error", {"failure_class": "config_error", "error": "QuantumConfigError", "field": "result_store"},
         QuantumConfigError),
        ("error", {"failure_class": "policy_error", "error": "QuantumPolicyError"}, QuantumPolicyError),
        ("error", {"failure_class": "backend_unavailable", "error": "BackendUnavailableError"},
         BackendUnavailableError),
        ("error", {"failure_class": "other", "error": "KeyError"}, QuantumError),
        ("failed", {"failure_class": "policy_error", "error": "DeviceTimeExceededError"}, DeviceTimeExceededError),
        ("failed", {"failure_class": "spec_error", "error": "QuantumSpecError"}, QuantumSpecError),
        ("failed", {"failure_class": "job_failed", "error": "MemoryError"}, JobFailedOnBackendError),
        ("cancelled", {"failure_class": "job_failed"}, JobFailedOnBackendError),
    ],
)  # fmt: skip
def test_every_failure_class_survives_the_deferral(store, status, fields, raised):
    handle = make_handle(store, WAITING)
    event = full_event(status, handle, **fields)
    for task in (operator(store), sensor(handle, deferrable=True)):
        with pytest.raises(raised) as info:
            task.execute_complete({}, event)
        assert failure_class(info.value) == fields["failure_class"]
        assert type(info.value) is raised
        assert "\n" not in str(info.value)


def test_messages_are_one_bounded_line():
    assert one_line("a\n\n  b  \n") == "a | b"
    assert len(one_line("x" * 5000)) == 1000
    traceback = "Traceback (most recent call last):\n  File 'x', line 1\n    f()\n" + "y" * 900 + "\nOSError: disk"
    tail = log_tail_detail(traceback)
    assert tail.endswith("OSError: disk")
    assert len(tail) <= 500
    assert log_tail_detail("\n \n") is None


def test_record_detail_describes_the_current_state_only():
    history = [
        {"state": "failed", "error": "OSError", "message": "first try"},
        {"state": "running"},
        {"state": "failed", "error": "MemoryError", "message": "second try"},
        {"event": "reused"},
    ]
    assert record_detail({"history": history}, "failed") == "MemoryError: second try"
    assert record_detail({"history": history}, "cancelled") is None
    assert record_detail(None, "failed") is None


# -- sensor ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["submitted", "queued", "running"])
def test_poke_is_false_while_the_job_has_not_ended(store, state):
    assert sensor(waiting_job(store, state)).poke({}) is False


def test_poke_logs_how_long_a_queued_job_has_waited(store, capfd):
    assert sensor(waiting_job(store, "queued")).poke({}) is False
    assert f"Job {WAITING} is queued, waiting 0s since submission" in capfd.readouterr().out


def test_poke_before_any_record_exists_is_false(store):
    assert sensor(make_handle(store, WAITING)).poke({}) is False


def test_poke_returns_the_submit_summary_when_the_job_succeeded(finished):
    done = sensor(finished).poke({})
    assert isinstance(done, PokeReturnValue)
    assert done.is_done
    summary = done.xcom_value
    assert summary["key"] == finished["key"]
    assert summary["status"] == "succeeded"
    assert summary["reused"] is False
    assert summary["backend"] == CONN_ID
    assert summary["result_uri"] == ResultStore(finished["store"]).uri(finished["key"])
    assert summary["kind"] == "maxcut"
    assert json.loads(json.dumps(summary)) == summary


@pytest.mark.parametrize("state", ["failed", "cancelled"])
def test_poke_fails_with_the_backends_message(store, state):
    handle = waiting_job(store, state, error="MemoryError", message="out of memory at 26 qubits")
    with pytest.raises(JobFailedOnBackendError) as info:
        sensor(handle).poke({})
    assert str(info.value).startswith(f"job {WAITING} ")
    assert "out of memory at 26 qubits" in str(info.value)
    assert "\n" not in str(info.value)


def test_poke_fails_a_device_time_stop_as_the_policy_error_it_is(store):
    handle = waiting_job(store, "failed", error="DeviceTimeExceededError", message="max_seconds: ran 3.1 s")
    with pytest.raises(DeviceTimeExceededError, match=r"max_seconds: ran 3\.1 s") as info:
        sensor(handle).poke({})
    assert failure_class(info.value) == "policy_error"
    assert QuantumRetryPolicy(job_failure_retries=0).evaluate(info.value, 1, 5).action.value == "fail"


def test_poke_mode_execute_returns_the_summary(finished):
    assert sensor(finished, mode="poke", poke_interval=0.01).execute({})["key"] == finished["key"]


@pytest.mark.parametrize(("soft_fail", "raised"), [(False, AirflowSensorTimeout), (True, AirflowSkipException)])
def test_poke_mode_execute_times_out_like_any_sensor(store, soft_fail, raised):
    handle = waiting_job(store, "queued")
    with pytest.raises(raised):
        sensor(handle, mode="poke", poke_interval=0.01, timeout=0, soft_fail=soft_fail).execute({})


def test_sensor_resolves_a_key_through_the_records_handle(finished):
    waiting = sensor(finished["key"], result_store=finished["store"])
    assert waiting.handle == finished
    assert waiting.poke({}).xcom_value["key"] == finished["key"]


@pytest.mark.parametrize("form", ["summary", "json", "literal", "finished_summary", "reused_summary"])
def test_sensor_accepts_what_templates_and_xcom_produce(finished, form):
    summary = {"key": finished["key"], "status": "submitted", "handle": finished}
    job = {
        "summary": summary,
        "json": json.dumps(summary),
        "literal": repr(summary),
        "finished_summary": {"key": finished["key"], "status": "succeeded"},
        # What a submit task returns when it reused the stored result: the summary names the backend, no handle.
        "reused_summary": {"key": finished["key"], "status": "succeeded", "reused": True, "backend": CONN_ID},
    }[form]
    assert sensor(job, result_store=finished["store"]).handle == finished


def test_unknown_key_is_a_clear_spec_error(store):
    with pytest.raises(QuantumSpecError) as info:
        sensor(UNKNOWN, result_store=str(store.base)).poke({})
    assert info.value.field == "job"
    assert str(info.value) == f"job: no job {UNKNOWN} in the result store {store.base}"


@pytest.mark.parametrize(
    ("job", "reason"),
    [
        ("not a key", "is not a 64-hex content key or a handle dict"),
        ({"backend": "lightning", "key": WAITING}, "the handle lacks conn_id, store"),
        ({"key": WAITING, "handle": None}, "the summary's 'handle' is empty"),
        (42, "must be a content key, a handle or a submit summary, got int"),
    ],
)
def test_malformed_job_is_a_spec_error(store, job, reason):
    with pytest.raises(QuantumSpecError, match=reason):
        sensor(job, result_store=str(store.base)).poke({})


def test_record_without_handle_is_a_spec_error(store):
    store.update_record(WAITING, state="queued")
    with pytest.raises(QuantumSpecError, match="has no handle"):
        sensor(WAITING, result_store=str(store.base)).poke({})


# -- deferrable sensor -----------------------------------------------------------------------------------------


def test_deferrable_sensor_defers_to_the_trigger_while_the_job_waits(store):
    handle = waiting_job(store, "queued")
    before = time.time()
    waiting = sensor(WAITING, result_store=str(store.base), deferrable=True, poke_interval=7, timeout=600)
    with pytest.raises(TaskDeferred) as info:
        waiting.execute({})
    deferred = info.value
    assert deferred.method_name == "execute_complete"
    assert deferred.timeout == timedelta(seconds=600)
    trigger = deferred.trigger
    assert isinstance(trigger, QuantumJobTrigger)
    assert trigger.handle == handle
    assert trigger.conn_id == CONN_ID
    assert trigger.poll_interval == 7
    assert before + 600 <= trigger.end_time <= time.time() + 600


def test_deferred_sensor_completes_with_the_triggers_event(store):
    handle = waiting_job(store, "running")
    with pytest.raises(TaskDeferred) as info:
        sensor(handle, deferrable=True, poke_interval=0.01).execute({})
    store.update_record(WAITING, state="failed", event={"error": "RuntimeError", "message": "worker lost"})
    event = only_event(info.value.trigger)
    assert event["status"] == "failed"
    with pytest.raises(JobFailedOnBackendError, match=r"failed on lightning: .*worker lost"):
        sensor(handle, deferrable=True).execute_complete({}, event)


def test_deferrable_sensor_answers_at_once_when_the_job_already_ended(store, finished):
    assert sensor(finished, deferrable=True).execute({})["key"] == finished["key"]
    with pytest.raises(JobFailedOnBackendError):
        sensor(waiting_job(store, "failed"), deferrable=True).execute({})


def test_execute_complete_returns_the_summary_on_success(finished):
    event = full_event("succeeded", finished)
    assert sensor(finished, deferrable=True).execute_complete({}, event)["key"] == finished["key"]


@pytest.mark.parametrize(
    ("status", "options", "raised"),
    [
        ("timeout", {}, AirflowSensorTimeout),
        ("timeout", {"soft_fail": True}, AirflowSkipException),
        ("failed", {}, JobFailedOnBackendError),
        ("cancelled", {}, JobFailedOnBackendError),
        ("error", {}, BackendUnavailableError),
        ("failed", {"soft_fail": True}, JobFailedOnBackendError),
        ("failed", {"never_fail": True}, AirflowSkipException),
        ("surprise", {}, QuantumConfigError),
        ("surprise", {"never_fail": True}, AirflowSkipException),
    ],
)
def test_execute_complete_turns_each_outcome_into_its_exception(store, status, options, raised):
    handle = make_handle(store, WAITING)
    kind = {"error": "backend_unavailable", "failed": "job_failed", "cancelled": "job_failed"}.get(status)
    event = full_event(status, handle, failure_class=kind)
    with pytest.raises(raised) as info:
        sensor(handle, deferrable=True, **options).execute_complete({}, event)
    assert "\n" not in str(info.value)
    if status != "surprise":
        assert f"job {WAITING} {status}" in str(info.value)
