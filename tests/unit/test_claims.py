"""One computation per key (the store's claims) and the engine's device-time cap (``max_seconds``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest

from quantum_provider.engine import runner
from quantum_provider.engine.optimizers import JobCancelledError
from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.exceptions import DeviceTimeExceededError, QuantumPolicyError, QuantumSpecError, failure_class
from quantum_provider.spec import JobSpec
from quantum_provider.storage import Claim, ClaimLostError, ResultStore

KEY = "c" * 64
SQUARE_WITH_DIAGONAL = [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2, 0.5]]
#: Safety limit for the threads of these tests (never a timing assertion).
LIMIT_S = 120


@pytest.fixture
def store_uri(shared_store_uri: str) -> str:
    """Every claim test runs on local disk and on S3 (a moto server on loopback)."""
    return shared_store_uri


def spec_for(maxiter: int = 24) -> JobSpec:
    return JobSpec.parse(
        {
            "problem": {"kind": "maxcut", "edges": SQUARE_WITH_DIAGONAL},
            "ansatz": {"kind": "qaoa", "layers": 2},
            "optimizer": {"kind": "adam", "stepsize": 0.05, "maxiter": maxiter, "tol": 0.0},
            "execution": {"seed": 5},
        }
    )


def dead_pid() -> int:
    """The pid of a process that has ended (and was reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def rewrite_claim(store: ResultStore, key: str, generation: int, **changes) -> None:
    path = store.job_dir(key) / "claims" / f"{generation:09d}.json"
    store.write_json(path, {**store.read_json(path), **changes})


def states(store: ResultStore, key: str) -> list[str]:
    return [h.get("state") or h.get("event") for h in store.read_record(key)["history"]]


def in_thread(target, *args, **kwargs) -> tuple[threading.Thread, dict]:
    """Run ``target`` in a thread; the returned dict gets ``result`` or ``error``."""
    out: dict = {}

    def run() -> None:
        try:
            out["result"] = target(*args, **kwargs)
        except BaseException as err:
            out["error"] = err

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + LIMIT_S
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.02)


# -- the claim primitives ----------------------------------------------------------------------------------------


def test_exclusive_create_is_won_exactly_once(store_uri):
    store = ResultStore(store_uri)
    path = store.job_dir(KEY) / "claims" / "race.json"
    barrier = threading.Barrier(8)
    wins: list[bool] = []

    def create(i: int) -> None:
        barrier.wait()
        wins.append(store.create_exclusive(path, f"writer {i}".encode()))

    threads = [threading.Thread(target=create, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(LIMIT_S)
    assert sorted(wins) == [False] * 7 + [True]
    assert path.read_bytes().startswith(b"writer ")
    assert not [p for p in (store.job_dir(KEY) / "claims").iterdir() if p.name.endswith(".tmp")]


def test_a_live_claim_is_held_once_and_a_released_one_is_replaced_by_the_next_generation(store_uri):
    store = ResultStore(store_uri)
    mine = store.acquire_claim(KEY, context={"task_id": "a"})
    assert isinstance(mine, Claim)
    assert (mine.generation, mine.replaced, mine.reason) == (1, None, None)
    assert mine.body["pid"] == os.getpid()

    holder = store.acquire_claim(KEY, context={"task_id": "b"})
    assert not isinstance(holder, Claim)  # the owner (this very process) is alive: attach, do not compute
    assert holder["token"] == mine.token
    assert store.live_claim(KEY)["token"] == mine.token

    store.release_claim(mine, "succeeded")
    assert store.live_claim(KEY) is None
    again = store.acquire_claim(KEY)
    assert isinstance(again, Claim)
    assert again.generation == 2
    assert "released it (succeeded)" in again.reason
    assert store.claim_generations(KEY) == [1, 2]


def test_a_claim_of_a_dead_process_on_this_host_is_taken_over_at_once(store_uri):
    store = ResultStore(store_uri)
    first = store.acquire_claim(KEY)
    pid = dead_pid()
    rewrite_claim(store, KEY, first.generation, pid=pid, pid_start=None)
    second = store.acquire_claim(KEY)
    assert isinstance(second, Claim)
    assert second.generation == 2
    assert second.reason.startswith(f"pid {pid} on ")
    assert second.reason.endswith(" is gone")
    assert second.body["took_over"] == second.reason


def test_a_reused_pid_does_not_keep_a_claim_alive(store_uri):
    store = ResultStore(store_uri)
    first = store.acquire_claim(KEY)
    rewrite_claim(store, KEY, first.generation, pid_start="1")  # our pid, but a process started at boot
    assert "is gone" in store.acquire_claim(KEY).reason


def test_a_claim_from_another_host_is_stale_only_after_its_heartbeat_window(store_uri):
    store = ResultStore(store_uri, claim_stale_s=600)
    first = store.acquire_claim(KEY)
    rewrite_claim(store, KEY, 1, host="worker-elsewhere", pid=1, heartbeat=time.time() - 60)
    assert store.live_claim(KEY)["host"] == "worker-elsewhere"  # its pid means nothing here: the heartbeat rules
    rewrite_claim(store, KEY, 1, heartbeat=time.time() - 601)
    taken = store.acquire_claim(KEY)
    assert isinstance(taken, Claim)
    assert "sent no heartbeat for" in taken.reason
    assert taken.reason.endswith("(stale after 600 s)")
    assert first.generation == 1
    assert taken.generation == 2


def test_a_claim_recorded_before_the_host_restarted_is_vacant(store_uri):
    store = ResultStore(store_uri)
    store.acquire_claim(KEY)
    rewrite_claim(store, KEY, 1, boot_id="an-earlier-boot")
    assert "before the host restarted" in store.acquire_claim(KEY).reason


def test_a_take_over_is_won_exactly_once(store_uri):
    store = ResultStore(store_uri)
    store.acquire_claim(KEY)
    rewrite_claim(store, KEY, 1, pid=dead_pid(), pid_start=None)
    barrier = threading.Barrier(6)
    outcomes: list = []

    def take() -> None:
        barrier.wait()
        outcomes.append(ResultStore(store_uri).acquire_claim(KEY))

    threads = [threading.Thread(target=take) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(LIMIT_S)
    winners = [o for o in outcomes if isinstance(o, Claim)]
    assert len(winners) == 1
    assert winners[0].generation == 2
    assert all(o["token"] == winners[0].token for o in outcomes if not isinstance(o, Claim))
    assert store.claim_generations(KEY) == [1, 2]


def test_an_owner_that_was_replaced_learns_it_at_its_next_heartbeat(store_uri):
    store = ResultStore(store_uri)
    mine = store.acquire_claim(KEY)
    store.refresh_claim(mine)  # still ours
    rewrite_claim(store, KEY, 1, pid=dead_pid(), pid_start=None)  # it looked dead to someone...
    other = ResultStore(store_uri).acquire_claim(KEY)  # ...who took the job over
    assert isinstance(other, Claim)
    with pytest.raises(ClaimLostError, match="was taken over by pid"):
        store.refresh_claim(mine)


def test_archive_keeps_the_claims_so_generations_never_repeat(store_uri):
    store = ResultStore(store_uri)
    claim = store.acquire_claim(KEY)
    store.update_record(KEY, state="succeeded")
    store.release_claim(claim, "succeeded")
    store.archive(KEY)
    assert store.claim_generations(KEY) == [1]
    assert store.acquire_claim(KEY).generation == 2


# -- run_job: the second submitter attaches ----------------------------------------------------------------------


def test_a_second_submitter_attaches_and_returns_the_owners_result(store_uri):
    store = ResultStore(store_uri)
    spec = spec_for()
    owner = store.acquire_claim(KEY, context={"task_id": "owner"})
    thread, out = in_thread(
        run_job, prepare(spec), key=KEY, store=ResultStore(store_uri), backend={}, context={"task_id": "second"}
    )
    wait_for(lambda: store.read_record(KEY) and "attached" in states(store, KEY), "the second submitter attaches")
    assert thread.is_alive()  # waiting, not computing
    assert not store.list_checkpoints(KEY)

    # The owner computes (the engine's own path for a claim it holds), publishes and releases.
    attempt = runner._Attempt(
        key=KEY,
        store=store,
        backend={},
        context={"task_id": "owner"},
        checkpoint_every=10,
        should_stop=lambda: False,
        progress=None,
        max_seconds=None,
    )
    computed = runner._run_claimed(prepare(spec), owner, attempt)
    thread.join(LIMIT_S)
    assert out.get("error") is None
    assert out["result"] == computed  # the same dict run_job returns, read back verified from the store

    record = store.read_record(KEY)
    assert states(store, KEY) == ["attached", "running", "succeeded"]
    attached = record["history"][0]
    assert attached["context"] == {"task_id": "second"}
    assert attached["owner"]["context"] == {"task_id": "owner"}
    assert attached["message"].startswith(f"the key was being computed by pid {os.getpid()} on ")
    assert store.read_claim(KEY, 1)["state"] == "succeeded"
    assert store.claim_generations(KEY) == [1]  # nobody else ever claimed it


def test_an_owner_that_fails_leaves_the_job_to_the_waiting_submitter_which_resumes(store_uri, tmp_path):
    spec = spec_for()
    straight = ResultStore(f"file://{tmp_path}/straight")
    reference = run_job(prepare(spec), key=KEY, store=straight, backend={}, checkpoint_every=4)
    middle = straight.list_checkpoints(KEY)[3]

    store = ResultStore(store_uri)
    owner = store.acquire_claim(KEY, context={"task_id": "owner"})
    store.update_record(KEY, state="running")
    store.save_checkpoint(KEY, straight.read_json(straight.job_dir(KEY) / "checkpoints" / f"{middle:09d}.json"))
    thread, out = in_thread(
        run_job, prepare(spec), key=KEY, store=ResultStore(store_uri), backend={}, checkpoint_every=4
    )
    wait_for(lambda: "attached" in states(store, KEY), "the second submitter attaches")
    store.update_record(KEY, state="failed", event={"error": "RuntimeError", "message": "the owner failed"})
    store.release_claim(owner, "failed")
    thread.join(LIMIT_S)

    assert out.get("error") is None
    assert out["result"]["parameters"] == reference["parameters"]
    assert out["result"]["energy_trace"] == reference["energy_trace"]
    history = store.read_record(KEY)["history"]
    assert [h.get("state") or h.get("event") for h in history] == [
        "running",
        "attached",
        "failed",
        "running",
        "succeeded",
    ]
    assert history[3]["resumed_from"] == middle
    assert history[3]["claim"] == 2
    assert "released it (failed)" in history[3]["took_over"]


def test_a_waiting_submitter_honours_should_stop_and_leaves_the_record_to_the_owner(store_uri):
    store = ResultStore(store_uri)
    store.acquire_claim(KEY)
    store.update_record(KEY, state="running")
    calls = iter(range(10**6))
    with pytest.raises(JobCancelledError, match="cancelled while waiting for pid"):
        run_job(prepare(spec_for()), key=KEY, store=store, backend={}, should_stop=lambda: next(calls) >= 3)
    assert states(store, KEY) == ["running", "attached"]
    assert store.read_record(KEY)["state"] == "running"


def test_an_owner_replaced_mid_run_publishes_nothing_of_its_own_and_the_result_is_unchanged(
    store_uri, tmp_path, monkeypatch
):
    """The owner looked dead to someone who took its claim over; at its next heartbeat it stops. Here the usurper
    is itself gone, so the ex-owner takes the job over again and resumes from the newest checkpoint."""
    monkeypatch.setattr(runner, "HEARTBEAT_EVERY_S", 0.0)
    spec = spec_for(maxiter=30)
    ref = ResultStore(f"file://{tmp_path}/ref")
    reference = run_job(prepare(spec, engine="plain"), key=KEY, store=ref, backend={})
    store = ResultStore(store_uri)
    gone = dead_pid()
    calls = 0

    def usurp() -> bool:
        nonlocal calls
        calls += 1
        if calls == 15:  # mid-run: a generation 2 appears, held by a process that has died since
            body = {**store.read_claim(KEY, 1), "generation": 2, "token": "usurper", "pid": gone, "pid_start": None}
            assert store.create_exclusive(store.job_dir(KEY) / "claims" / f"{2:09d}.json", store.envelope(body))
        return False

    result = run_job(prepare(spec, engine="plain"), key=KEY, store=store, backend={}, should_stop=usurp)
    assert result["parameters"] == reference["parameters"]
    history = store.read_record(KEY)["history"]
    assert [h["state"] for h in history] == ["running", "running", "succeeded"]  # no "failed": the loss is silent
    assert history[1]["claim"] == 3
    assert history[1]["resumed_from"] == 10  # the newest checkpoint before the loss (iteration 15)
    assert f"pid {gone} on " in history[1]["took_over"]
    assert store.load_result(KEY).provenance["claim"] == 3


def test_a_released_claim_with_a_verified_result_is_returned_without_computing(store_uri):
    store = ResultStore(store_uri)
    first = run_job(prepare(spec_for()), key=KEY, store=store, backend={})
    again = run_job(prepare(spec_for()), key=KEY, store=store, backend={})
    assert again == first
    assert states(store, KEY) == ["running", "succeeded", "reused"]


# -- the device-time cap -----------------------------------------------------------------------------------------


class CountingClock:
    """Stands in for the runner's ``time``: every reading is one second after the previous one."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 1.0
        return self.now

    @staticmethod
    def sleep(seconds: float) -> None:
        time.sleep(seconds)


@pytest.mark.parametrize("engine", ["plain", "auto"])
def test_max_seconds_stops_at_an_iteration_boundary_keeps_checkpoints_and_a_rerun_resumes(
    store_uri, tmp_path, monkeypatch, engine
):
    spec = spec_for(maxiter=100)
    reference = run_job(
        prepare(spec, engine=engine),
        key=KEY,
        store=ResultStore(f"file://{tmp_path}/ref"),
        backend={},
        checkpoint_every=5,
    )
    store = ResultStore(store_uri)
    monkeypatch.setattr(runner, "time", CountingClock())
    with pytest.raises(DeviceTimeExceededError) as caught:
        run_job(prepare(spec, engine=engine), key=KEY, store=store, backend={}, checkpoint_every=5, max_seconds=12)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("max_seconds: the job ran 13.0 s in this attempt, over its limit of 12 s")
    assert isinstance(caught.value, QuantumPolicyError)
    assert failure_class(caught.value) == "policy_error"

    record = store.read_record(KEY)
    assert record["state"] == "failed"
    assert record["history"][-1]["error"] == "DeviceTimeExceededError"
    assert record["history"][-1]["message"] == message
    assert store.load_result(KEY) is None
    kept = store.list_checkpoints(KEY)
    # plain: stopped before iteration 13 (newest checkpoint 10); compiled: before the 13th segment (a 1-step probe
    # that times the step, then 4, then 5 each up to each checkpoint: the 13th starts at 55)
    assert kept[-1] == (10 if engine == "plain" else 55)
    assert f"newest: iteration {kept[-1]}" in message
    assert store.read_claim(KEY, 1)["state"] == "failed"  # released: a retry claims the job again

    monkeypatch.undo()
    resumed = run_job(prepare(spec, engine=engine), key=KEY, store=store, backend={}, checkpoint_every=5)
    assert store.read_record(KEY)["history"][-2]["resumed_from"] == kept[-1]
    assert resumed["parameters"] == reference["parameters"]
    assert resumed["energy_trace"] == reference["energy_trace"]


def test_max_seconds_must_be_positive(store_uri):
    with pytest.raises(QuantumSpecError, match="max_seconds: must be a positive number"):
        run_job(prepare(spec_for()), key=KEY, store=ResultStore(store_uri), backend={}, max_seconds=0)
    assert ResultStore(store_uri).read_record(KEY) is None


def test_the_lightning_hook_the_batch_worker_and_the_engine_cli_pass_max_seconds_on(store_uri):
    from quantum_provider.engine.__main__ import main
    from quantum_provider.engine.batch import BatchItem, run_item
    from quantum_provider.hooks.lightning import LightningHook

    spec = spec_for(maxiter=500)
    store = ResultStore(store_uri)
    with pytest.raises(DeviceTimeExceededError, match="over its limit of 1e-06 s"):
        LightningHook().submit(spec, key=KEY, store=store, max_seconds=1e-6)
    assert store.read_record(KEY)["state"] == "failed"

    other = "d" * 64
    item = BatchItem(other, spec.model_dump(mode="json"), {"key": other})
    outcome = run_item(item, store_uri, {}, {}, 26, 10, max_seconds=1e-6)
    assert outcome.error == "DeviceTimeExceededError"
    assert "max_seconds" in outcome.message

    third = "e" * 64
    store.write_spec(third, spec.model_dump(mode="json"))
    assert main(["--store", store_uri, "--key", third, "--max-seconds", "1e-6"]) == 4
    assert store.read_record(third)["history"][-1]["error"] == "DeviceTimeExceededError"


def test_the_ray_hook_puts_max_seconds_on_the_engine_command_line(store_uri, monkeypatch):
    from quantum_provider.hooks.ray import RayHook
    from tests.ray_double import RayDashboardDouble

    with RayDashboardDouble() as double:  # a test double of the Ray dashboard: a real HTTP server on loopback
        extra = {"address": double.address, "python": "python"}
        monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_RAY_FAKE", json.dumps({"conn_type": "quantum_ray", "extra": extra}))
        hook = RayHook("quantum_ray_fake")
        spec = spec_for()
        hook.submit(spec, key=KEY, store=ResultStore(store_uri), max_seconds=90)
        hook.submit(spec, key="f" * 64, store=ResultStore(store_uri))
        submitted = [seen.json() for seen in double.seen("POST", "/api/jobs/")]
    assert submitted[0]["entrypoint"].endswith(" --max-seconds 90.0")
    assert "--max-seconds" not in submitted[1]["entrypoint"]
