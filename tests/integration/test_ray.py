"""The asynchronous path against a real local Ray cluster that the test session starts itself."""

from __future__ import annotations

import time

import pytest

from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.hooks import get_hook
from quantum_provider.spec import JobSpec
from quantum_provider.store import ResultStore

pytestmark = pytest.mark.integration

RING_8 = [[i, (i + 1) % 8] for i in range(8)] + [[0, 4], [2, 6]]


def maxcut_job(seed: int, maxiter: int = 40) -> dict:
    """A small QAOA job; ``seed`` makes each test's key unique on the session-wide cluster."""
    return {
        "name": f"ring8-seed{seed}",
        "problem": {"kind": "maxcut", "edges": RING_8},
        "ansatz": {"kind": "qaoa", "layers": 2},
        "optimizer": {"kind": "adam", "stepsize": 0.05, "maxiter": maxiter, "tol": 0.0},
        "execution": {"seed": seed},
    }


def submissions_for(hook, key: str) -> list[str]:
    return sorted(j.submission_id for j in hook.client.list_jobs() if (j.submission_id or "").startswith(key))


def wait_terminal(hook, handle, timeout_s: float = 300) -> str:
    deadline = time.monotonic() + timeout_s
    while (state := hook.status(handle)) in ("submitted", "queued", "running"):
        assert time.monotonic() < deadline, f"job still {state}"
        time.sleep(0.5)
    return state


def test_same_job_submitted_twice_attaches_and_equals_the_in_process_result(ray_conn, store_uri, tmp_path):
    hook = get_hook(ray_conn)
    spec = hook.resolve_spec(JobSpec.parse(maxcut_job(seed=101)))
    key = spec.content_key(backend=hook.backend_identity())
    store = ResultStore(store_uri)

    first = hook.submit(spec, key=key, store=store, context={"task_id": "a"})
    second = hook.submit(spec, key=key, store=store, context={"task_id": "b"})
    assert first["submission_id"] == second["submission_id"] == key
    assert submissions_for(hook, key) == [key]  # Ray holds one job for that key

    assert wait_terminal(hook, first) == "succeeded"
    on_ray = hook.result(first)
    provenance = store.load_result(key).provenance
    assert provenance["backend"]["backend"] == "ray"
    assert provenance["environment"]["pid"] != __import__("os").getpid()

    # The same spec and seed in this process: identical numbers, to the last bit.
    local = run_job(prepare(spec), key=key, store=ResultStore(f"file://{tmp_path}/local"), backend={})
    assert on_ray["parameters"] == local["parameters"]
    assert on_ray["energy_trace"] == local["energy_trace"]
    assert on_ray["energy"] == local["energy"]
    assert on_ray["top_bitstrings"] == local["top_bitstrings"]


def test_ray_hook_describes_the_cluster_and_tests_its_connection(ray_conn):
    hook = get_hook(ray_conn)
    info = hook.describe()
    assert info["cpus"] == 2
    assert info["num_cpus_per_job"] == 2
    ok, message = hook.test_connection()
    assert ok, message
    assert "2 CPUs" in message
