"""RayHook's HTTP client against what a real Ray head cannot be made to do: answer 429/503, refuse a submission and
echo the request back, lose a reply, race a concurrent submitter, report a state this provider does not know.

The server is ``tests.ray_double.RayDashboardDouble``: a test double of a Ray dashboard, a real HTTP server on
loopback that speaks the Jobs REST API as Ray 2.60's ``job_head.py`` does and counts every request it gets. The
real Ray head (``tests/integration/test_ray.py``) covers the happy paths.
"""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import sys
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from quantum_provider.exceptions import (
    BackendUnavailableError,
    JobFailedOnBackendError,
    QuantumConfigError,
    QuantumPolicyError,
)
from quantum_provider.hooks import aget_hook, get_hook
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
from tests.ray_double import RayDashboardDouble

pytestmark = pytest.mark.integration

JOB = {
    "name": "double-square",
    "problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 3], [3, 0]]},
    "optimizer": {"kind": "adam", "maxiter": 5},
}

# The credentials of the echo tests, and every form they may take on the wire or in an echo.
TOKEN = f"tok-{uuid.uuid4().hex}"
ENV_SECRET = f"env-{uuid.uuid4().hex}"
DB_PASSWORD = f"p@ss/{uuid.uuid4().hex[:12]}"
ADDRESS_PASSWORD = f"url-{uuid.uuid4().hex}"
LOGIN = "svc-airflow"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def forms(secret: str, user: str | None = None) -> set[str]:
    found = {secret, quote(secret, safe=""), quote_plus(secret)}
    if user is not None:
        found |= {b64(f"{user}:{secret}"), b64(f"{user}:{quote(secret, safe='')}")}
    return found


SECRET_FORMS = forms(TOKEN, LOGIN) | forms(ENV_SECRET) | forms(DB_PASSWORD, "bob") | forms(ADDRESS_PASSWORD, "alice")


@pytest.fixture
def double():
    with RayDashboardDouble() as server:
        yield server


def define(monkeypatch, conn_id: str, address: str, **extra) -> str:
    """A quantum_ray connection to ``address`` whose password and nested env values are credentials."""
    conn = {
        "conn_type": "quantum_ray",
        "login": LOGIN,
        "password": TOKEN,
        "extra": {
            "address": address,
            "python": sys.executable,
            "request_retry_delay": 0,  # tenacity's waits: none, so no test waits on a clock
            "runtime_env": {
                "env_vars": {
                    "S3_CREDENTIALS": ENV_SECRET,
                    "DATABASE_URL": f"postgresql://bob:{quote(DB_PASSWORD, safe='')}@db:5432/app",
                }
            },
            **extra,
        },
    }
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(conn))
    return conn_id


def key_of(hook, seed: int | None = 1) -> tuple[JobSpec, str]:
    """``JOB`` with ``seed`` (``None``: as the DAG files submit it) and its content key on ``hook``."""
    spec = hook.resolve_spec(JobSpec.parse(JOB if seed is None else {**JOB, "execution": {"seed": seed}}))
    return spec, spec.content_key(backend=hook.backend_identity())


def store_text(store_uri: str) -> str:
    root = Path(store_uri.removeprefix("file://"))
    return "\n".join(p.read_bytes().decode("latin-1") for p in root.rglob("*") if p.is_file())


def assert_no_secret(where: str, text: str) -> None:
    for secret in SECRET_FORMS:
        assert secret not in text, f"a credential ({secret[:6]}...) leaked into {where}"


def last_entry(store: ResultStore, key: str) -> dict:
    return store.read_record(key)["history"][-1]


# -- item 3: secrets never leak, whatever the backend echoes --------------------------------------------------------


def test_a_refused_submission_that_echoes_its_request_leaks_no_credential(
    double, dags_folder, store_uri, monkeypatch, capfd
):
    from devtools.demo import load_dag, run_dag, task_states
    from tests.integration.dagfiles import write_dag_file

    conn_id = define(monkeypatch, "quantum_ray_echo", double.address)
    double.then("POST", "/api/jobs/", 400)  # refused, the request echoed back
    path = write_dag_file(dags_folder, "ray_echo", [JOB], store_uri, mapped=False, conn_id=conn_id, retries=2)
    run, values = run_dag(load_dag(path), logical_date=datetime(2026, 6, 2, tzinfo=UTC))
    logs = capfd.readouterr()
    text = logs.out + logs.err

    # Something to leak was really there: the token went out, and the echo carried it and the env values.
    (post,) = double.seen("POST", "/api/jobs/")
    assert post.headers["Authorization"] == f"Bearer {TOKEN}"
    echo = RayDashboardDouble.echo(post)
    for secret in (TOKEN, ENV_SECRET, quote(DB_PASSWORD, safe="")):
        assert secret in echo

    assert task_states(run)[("solve", -1)] == ("failed", 1)  # another 4xx is a configuration error: never retried
    # The echo reached the log, its credentials masked.
    assert "refused the request: HTTP 400 for POST /api/jobs/: refused POST /api/jobs/: Authorization='Bearer ***'" in (
        text
    )
    assert '"S3_CREDENTIALS": "***"' in text
    assert_no_secret("the task log and the error message", text)
    assert_no_secret("XCom", json.dumps({str(k): v for k, v in values.items()}, default=str))
    stored = store_text(store_uri)
    assert "refused the request" in stored  # the record and the audit trail hold the reason...
    assert_no_secret("the result store (record, audit trail)", stored)  # ...without the credentials

    # Item 4: the record does not stay `submitted` while the task has failed.
    store = ResultStore(store_uri)
    key = post.json()["submission_id"]
    record = store.read_record(key)
    assert record["state"] == "failed"
    entry = record["history"][-1]
    assert entry["failure_class"] == "config_error"
    assert entry["error"] == "QuantumConfigError"
    assert "HTTP 400" in entry["message"]


def test_user_info_in_the_address_is_refused_before_anything_is_sent(
    double, dags_folder, store_uri, monkeypatch, capfd
):
    """One authentication scheme: ``user:password@`` would have become ``Authorization: Basic`` and replaced the
    bearer token. It is refused, naming the field; nothing reaches the backend, nothing leaks."""
    from devtools.demo import load_dag, run_dag, task_states
    from tests.integration.dagfiles import write_dag_file

    address = double.address.replace("http://", f"http://alice:{quote(ADDRESS_PASSWORD, safe='')}@")
    conn_id = define(monkeypatch, "quantum_ray_userinfo", address)
    path = write_dag_file(dags_folder, "ray_userinfo", [JOB], store_uri, mapped=False, conn_id=conn_id, retries=2)
    run, _ = run_dag(load_dag(path), logical_date=datetime(2026, 6, 3, tzinfo=UTC))
    logs = capfd.readouterr()
    text = logs.out + logs.err

    assert task_states(run)[("solve", -1)] == ("failed", 1)
    assert "quantum_ray_userinfo.extra.address: holds user info" in text
    assert double.requests == []  # neither the bearer token nor a Basic header went anywhere
    assert_no_secret("the task log and the error message", text)
    assert_no_secret("the result store", store_text(store_uri))
    _, key = key_of(get_hook(conn_id), seed=None)  # the key needs no request: only the device and versions
    entry = last_entry(ResultStore(store_uri), key)  # the refusal is visible where the task's job link points
    assert (entry["state"], entry["failure_class"]) == ("failed", "config_error")
    assert entry["message"].startswith("quantum_ray_userinfo.extra.address: holds user info")


# -- item 6: classification by status, retries, lookup by id -----------------------------------------------------


def test_429_and_503_are_retried_with_backoff_until_ray_answers(double, monkeypatch):
    hook = get_hook(define(monkeypatch, "quantum_ray_retry", double.address))
    double.jobs["job-1"] = {"submission_id": "job-1", "status": "RUNNING"}
    double.then("GET", "/api/jobs/job-1", 503, 429)
    assert hook.status({"submission_id": "job-1"}) == "running"
    assert len(double.seen("GET", "/api/jobs/job-1")) == 3  # 503, 429, 200


def test_an_unavailable_ray_is_retried_then_raised_as_unavailable(double, monkeypatch):
    hook = get_hook(define(monkeypatch, "quantum_ray_down", double.address, request_retries=2))
    double.then("GET", "/api/jobs/job-1", 503, 502, 500, 500)
    with pytest.raises(BackendUnavailableError) as raised:
        hook.status({"submission_id": "job-1"})
    assert len(double.seen("GET", "/api/jobs/job-1")) == 3  # one try and request_retries=2 more
    message = str(raised.value)
    assert message.startswith(f"Ray at {double.address} is unavailable: HTTP 500 for GET /api/jobs/job-1: ")
    assert "\n" not in message
    assert_no_secret("the error message", message)  # the echo carried the bearer token


@pytest.mark.parametrize(
    ("status", "error", "phrase"),
    [
        (400, QuantumConfigError, "refused the request: HTTP 400"),
        (422, QuantumConfigError, "refused the request: HTTP 422"),
        (401, QuantumPolicyError, "refused the connection's credentials: HTTP 401"),
        (403, QuantumPolicyError, "refused the connection's credentials: HTTP 403"),
    ],
)
def test_other_answers_are_sent_once_and_classified_by_status(double, monkeypatch, status, error, phrase):
    hook = get_hook(define(monkeypatch, f"quantum_ray_{status}", double.address))
    double.then("GET", "/api/jobs/job-1", status)
    with pytest.raises(error) as raised:
        hook.status({"submission_id": "job-1"})
    assert len(double.seen("GET", "/api/jobs/job-1")) == 1  # credentials and bad requests do not fix themselves
    assert phrase in str(raised.value)
    assert "\n" not in str(raised.value)
    assert_no_secret("the error message", str(raised.value))


def test_a_job_ray_does_not_have_is_a_job_failure_of_its_own(double, monkeypatch):
    hook = get_hook(define(monkeypatch, "quantum_ray_404", double.address))
    with pytest.raises(JobFailedOnBackendError, match="has no job gone"):
        hook.status({"submission_id": "gone"})
    assert len(double.seen("GET", "/api/jobs/gone")) == 1
    assert "no log" in hook.log_tail({"submission_id": "gone"})
    hook.cancel({"submission_id": "gone"})  # nothing to stop: no error


def test_connection_errors_are_retried(monkeypatch):
    """A server that accepts connections and closes them without an answer: each attempt is one connection."""
    accepted = []
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(conn)
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    try:
        address = f"http://127.0.0.1:{listener.getsockname()[1]}"
        hook = get_hook(define(monkeypatch, "quantum_ray_hangup", address, request_retries=2))
        with pytest.raises(BackendUnavailableError, match=r"is unreachable: (RemoteProtocolError|ReadError)"):
            hook.status({"submission_id": "job-1"})
    finally:
        listener.close()
    assert len(accepted) == 3


def test_a_submission_looks_its_key_up_by_id_never_by_listing_the_cluster(double, monkeypatch, tmp_path):
    hook = get_hook(define(monkeypatch, "quantum_ray_lookup", double.address))
    for i in range(200):  # a cluster with a long history
        double.jobs[f"old-{i}"] = {"submission_id": f"old-{i}", "status": "SUCCEEDED", "type": "SUBMISSION"}
    store = ResultStore(f"file://{tmp_path}/store")
    spec, key = key_of(hook)

    handle = hook.submit(spec, key=key, store=store)
    assert handle["submission_id"] == key
    assert [(r.method, r.path) for r in double.requests] == [("GET", f"/api/jobs/{key}"), ("POST", "/api/jobs/")]

    double.reset()  # the same job again while it runs: it attaches, without a POST
    double.jobs[key]["status"] = "RUNNING"
    assert hook.submit(spec, key=key, store=store)["submission_id"] == key
    assert [(r.method, r.path) for r in double.requests] == [("GET", f"/api/jobs/{key}")]

    double.reset()  # after a failure, the next id: one GET per earlier submission, one 404, one POST
    double.jobs[key]["status"] = "FAILED"
    assert hook.submit(spec, key=key, store=store)["submission_id"] == f"{key}-2"
    assert [(r.method, r.path) for r in double.requests] == [
        ("GET", f"/api/jobs/{key}"),
        ("GET", f"/api/jobs/{key}-2"),
        ("POST", "/api/jobs/"),
    ]
    assert not double.seen("GET", "/api/jobs/")  # never the list of every job
    (post,) = double.seen("POST", "/api/jobs/")
    body = post.json()
    assert body["submission_id"] == f"{key}-2"
    assert body["entrypoint_num_cpus"] == 1.0
    assert body["metadata"]["key"] == key
    assert body["runtime_env"]["env_vars"]["S3_CREDENTIALS"] == ENV_SECRET  # the job gets its environment
    assert body["runtime_env"]["env_vars"]["OMP_NUM_THREADS"] == "1"


def test_a_submission_whose_reply_was_lost_attaches_instead_of_submitting_twice(double, monkeypatch, tmp_path):
    """Ray accepted the POST but the reply never came (HTTP 503 on the way back): the retry finds the job by id."""
    hook = get_hook(define(monkeypatch, "quantum_ray_lost", double.address))
    store = ResultStore(f"file://{tmp_path}/store")
    spec, key = key_of(hook)
    double.then("POST", "/api/jobs/", (503, "after"))
    handle = hook.submit(spec, key=key, store=store)
    assert handle["submission_id"] == key
    assert len(double.seen("POST", "/api/jobs/")) == 1
    assert list(double.jobs) == [key]
    assert store.read_record(key)["state"] == "submitted"


@pytest.mark.parametrize("retries", [0, 3])
def test_a_concurrent_submitter_winning_the_race_is_attached(double, monkeypatch, tmp_path, retries):
    """Between this submission's lookup (404) and its POST, another task submitted the key: Ray answers 500
    "already exists" (as Ray 2.60 does), and the submission attaches to the winner's job."""
    hook = get_hook(define(monkeypatch, f"quantum_ray_race{retries}", double.address, request_retries=retries))
    store = ResultStore(f"file://{tmp_path}/store")
    spec, key = key_of(hook)
    double.then("GET", f"/api/jobs/{key}", 404)  # the lookup, just before the winner's job appears
    double.jobs[key] = {"submission_id": key, "status": "PENDING", "type": "SUBMISSION"}
    handle = hook.submit(spec, key=key, store=store)
    assert handle["submission_id"] == key
    assert len(double.seen("POST", "/api/jobs/")) == 1


def test_an_unknown_ray_state_is_a_job_failure_not_a_key_error(double, monkeypatch, tmp_path):
    hook = get_hook(define(monkeypatch, "quantum_ray_unknown", double.address))
    store = ResultStore(f"file://{tmp_path}/store")
    spec, key = key_of(hook)
    double.jobs[key] = {"submission_id": key, "status": "PREEMPTED", "type": "SUBMISSION"}
    with pytest.raises(JobFailedOnBackendError, match="in state 'PREEMPTED', which this provider does not know"):
        hook.status({"submission_id": key})
    with pytest.raises(JobFailedOnBackendError, match="PREEMPTED"):
        asyncio.run(hook.astatus({"submission_id": key}))
    with pytest.raises(JobFailedOnBackendError, match="PREEMPTED"):
        hook.submit(spec, key=key, store=store)
    assert not double.seen("POST", "/api/jobs/")  # no second job under the key while Ray's own state is unclear


# -- item 4 (Ray): a refused submission leaves a record that tells the truth ----------------------------------


def test_a_refused_submission_ends_the_record_failed_with_its_class(double, monkeypatch, tmp_path):
    hook = get_hook(define(monkeypatch, "quantum_ray_refused", double.address))
    store = ResultStore(f"file://{tmp_path}/store")
    spec, key = key_of(hook)
    double.then("POST", "/api/jobs/", 401)
    with pytest.raises(QuantumPolicyError):
        hook.submit(spec, key=key, store=store, context={"task_id": "t"})
    record = store.read_record(key)
    assert [h["state"] for h in record["history"]] == ["submitted", "failed"]
    entry = record["history"][-1]
    assert (entry["error"], entry["failure_class"]) == ("QuantumPolicyError", "policy_error")
    assert entry["context"] == {"task_id": "t"}
    assert "refused the connection's credentials" in entry["message"]
    assert_no_secret("the record", json.dumps(record))


def test_an_unavailable_ray_leaves_the_record_saying_the_submission_was_not_accepted(double, monkeypatch, tmp_path):
    hook = get_hook(define(monkeypatch, "quantum_ray_503", double.address))
    store = ResultStore(f"file://{tmp_path}/store")
    spec, key = key_of(hook)
    double.then("POST", "/api/jobs/", 503, 503, 503, 503)
    with pytest.raises(BackendUnavailableError):
        hook.submit(spec, key=key, store=store)
    assert len(double.seen("POST", "/api/jobs/")) == 4  # one try and 3 retries, each after a lookup by id
    assert key not in double.jobs
    entry = last_entry(store, key)
    assert (entry["state"], entry["failure_class"]) == ("failed", "backend_unavailable")
    assert entry["message"].startswith("Ray did not accept the submission (Ray at ")
    assert entry["message"].endswith("a retry of the task submits it again")

    # The task's retry: Ray is back, the same id is still free, the record moves on.
    assert hook.submit(spec, key=key, store=store)["submission_id"] == key
    assert store.read_record(key)["state"] == "submitted"


# -- one client, sync and async; no Ray package on the Airflow side -------------------------------------------


def test_async_verbs_use_one_async_client_retry_and_cancel(double, monkeypatch):
    conn_id = define(monkeypatch, "quantum_ray_async", double.address)
    double.jobs["job-0"] = {"submission_id": "job-0", "status": "PENDING", "type": "SUBMISSION"}  # ahead in the queue
    double.jobs["job-1"] = {"submission_id": "job-1", "status": "PENDING", "type": "SUBMISSION"}
    double.logs["job-1"] = "line 1\nline 2\nTraceback\nValueError: boom\n"

    async def scenario() -> tuple:
        hook = await aget_hook(conn_id)
        double.then("GET", "/api/jobs/job-1", 503)
        state = await hook.astatus({"submission_id": "job-1"})
        client = hook.client.async_client
        position = await hook.aqueue_position({"submission_id": "job-1"})
        tail = await hook.alog_tail({"submission_id": "job-1"}, lines=2)
        await hook.acancel({"submission_id": "job-1"})
        same = hook.client.async_client is client
        await hook.client.aclose()
        return state, position, tail, same

    state, position, tail, same = asyncio.run(scenario())
    assert (state, position, tail, same) == ("queued", 2, "Traceback\nValueError: boom", True)
    assert len(double.seen("GET", "/api/jobs/job-1")) == 2  # 503, then the answer
    assert double.jobs["job-1"]["status"] == "STOPPED"
    assert len(double.seen("POST", "/api/jobs/job-1/stop")) == 1


def test_the_hook_needs_no_ray_package(double, monkeypatch, tmp_path):
    """The Airflow side speaks REST: with ``import ray`` impossible, every verb still works."""
    for name in [m for m in sys.modules if m == "ray" or m.startswith("ray.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "ray", None)  # any `import ray...` now raises ImportError
    hook = get_hook(define(monkeypatch, "quantum_ray_noray", double.address))
    store = ResultStore(f"file://{tmp_path}/store")
    spec, key = key_of(hook)
    handle = hook.submit(spec, key=key, store=store)
    assert hook.status(handle) == "queued"
    assert hook.queue_position(handle) == 1
    ok, message = hook.test_connection()
    assert ok, message
    assert message.startswith(f"Ray 2.60.0 at {double.address} is reachable: 1 node(s), 2 CPUs;")
    hook.cancel(handle)
    assert hook.status(handle) == "cancelled"
    assert hook.client.sync_client is hook.client.sync_client  # one client, built once
