"""A deferred job is cancelled with its task: QuantumJobTrigger inside Airflow's own TriggerRunner, on the real Ray
head of the test session.

The triggerer cancels a trigger's asyncio task with a "user action" message when the trigger's task instance left
the deferred state (mark failed, mark success, clear), and only then calls ``on_kill``; a triggerer shutting down
cancels without it. ``TriggerRunner.cancel_triggers`` is that very code, driven here without the database: the full
path through the REST API, a triggerer process and a scheduler is the system test's
``test_a_deferred_ray_job_marked_failed_through_the_rest_api_is_stopped``.
"""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest

from quantum_provider.governance.audit import AuditTrail
from quantum_provider.hooks import get_hook
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
from quantum_provider.triggers.job import QuantumJobTrigger
from tests.integration.test_ray import maxcut_job

pytestmark = pytest.mark.integration

TRIGGER_ID = 1


def submitted(ray_conn: str, store_uri: str, seed: int) -> tuple[dict, str]:
    """A job long enough to be still going when the trigger is killed, submitted to the session's Ray head."""
    hook = get_hook(ray_conn)
    spec = hook.resolve_spec(JobSpec.parse(maxcut_job(seed=seed, maxiter=100000)))
    key = spec.content_key(backend=hook.backend_identity())
    return hook.submit(spec, key=key, store=ResultStore(store_uri), context={"task_id": "solve"}), key


def ray_status(address: str, handle: dict) -> str:
    """The job's status as Ray's Jobs API reports it (asked directly, not through the hook under test)."""
    import httpx

    return httpx.get(f"{address}/api/jobs/{handle['submission_id']}", timeout=30).json()["status"]


async def kill_in_triggerer(trigger: QuantumJobTrigger, address: str, *, user_action: bool) -> None:
    """Run ``trigger`` as Airflow's triggerer runs it until it polled the job, then cancel it: through
    ``cancel_triggers`` (a user acted on the task) or as a triggerer shutdown does (no message)."""
    from airflow.executors.workloads.task import TaskInstanceDTO
    from airflow.jobs.triggerer_job_runner import TriggerRunner

    runner = TriggerRunner()
    # What the triggerer gives every trigger of a deferred task (build_trigger_workloads).
    trigger.task_instance = TaskInstanceDTO(id=uuid.uuid4(), dag_id="kill_dag", run_id="run-1", task_id="solve",
                                            map_index=-1, try_number=1, dag_version_id=uuid.uuid4(), pool_slots=1,
                                            priority_weight=1)  # fmt: skip
    task = asyncio.create_task(runner.run_trigger(TRIGGER_ID, trigger, None, None))
    runner.triggers[TRIGGER_ID] = {"task": task, "name": "quantum", "events": 0, "is_watcher": False}
    deadline = time.monotonic() + 120
    # Killed while the job is under way on Ray, not while it is still being scheduled there.
    while await asyncio.to_thread(ray_status, address, trigger.handle) != "RUNNING":
        assert time.monotonic() < deadline, "the Ray job never started"
        assert not task.done(), task
        await asyncio.sleep(0.2)
    # The later triggers of the test find the job running at once. Cancelled that soon, run_trigger is still
    # awaiting greenback's portal, before its try block, and Airflow never calls on_kill (a window of milliseconds
    # at a trigger's start in a real triggerer). So the kill comes a few polls in, as a user's would.
    await asyncio.sleep(5 * trigger.poll_interval)
    assert not task.done(), task
    if user_action:
        runner.to_cancel.append(TRIGGER_ID)
        await runner.cancel_triggers()
    else:
        task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


def test_only_a_user_kill_of_a_deferred_submission_stops_its_ray_job_and_records_cancelled(
    ray_cluster, ray_conn, store_uri
):
    """One Ray job, three triggers on it in turn (one job keeps the test cheap: a Ray job takes seconds to start).

    A sensor's trigger watches someone else's job; a triggerer that stops hands its triggers over: neither cancels
    anything. The submitting task's trigger killed by a user action stops the job and records it cancelled.
    """
    handle, key = submitted(ray_conn, store_uri, seed=700)
    store = ResultStore(store_uri)
    try:
        for cancel_on_kill, user_action in ((False, True), (True, False)):  # a sensor killed; a triggerer shutdown
            trigger = QuantumJobTrigger(handle=handle, conn_id=ray_conn, poll_interval=0.2,
                                        cancel_on_kill=cancel_on_kill)  # fmt: skip
            asyncio.run(asyncio.wait_for(kill_in_triggerer(trigger, ray_cluster, user_action=user_action), 180))
            time.sleep(1.0)  # a stop would have reached Ray by now
            assert ray_status(ray_cluster, handle) == "RUNNING", (cancel_on_kill, user_action)
            # Still the engine's (submitted until the worker has imported the engine, then running).
            assert store.read_record(key)["state"] in ("submitted", "running")
        assert AuditTrail(store).entries() == []

        trigger = QuantumJobTrigger(handle=handle, conn_id=ray_conn, poll_interval=0.2, cancel_on_kill=True)
        killed_at = time.monotonic()
        asyncio.run(asyncio.wait_for(kill_in_triggerer(trigger, ray_cluster, user_action=True), timeout=180))
        print(f"user kill to STOPPED and recorded: {time.monotonic() - killed_at:.1f} s")
    finally:
        get_hook(ray_conn).cancel(handle)  # whatever happened, the session's cluster runs one job at a time
    assert ray_status(ray_cluster, handle) == "STOPPED"
    record = store.read_record(key)
    assert record["state"] == "cancelled"
    cancellation = record["history"][-1]
    assert cancellation["event"] == "cancellation"
    assert cancellation["context"]["dag_id"] == "kill_dag"
    assert "killed by a user" in cancellation["message"]
    entries = [e["body"] for e in AuditTrail(store).entries()]
    assert [(e["event"], e["outcome"]) for e in entries] == [("cancellation", "cancelled")]
