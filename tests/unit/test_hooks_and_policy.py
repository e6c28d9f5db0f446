"""LightningHook, hook selection by connection type, and the retry policy's decisions by error class."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from airflow.sdk import RetryAction

from quantum_provider.exceptions import (
    BackendUnavailableError,
    JobFailedOnBackendError,
    QuantumPolicyError,
    QuantumSpecError,
)
from quantum_provider.governance.retry_policy import QuantumRetryPolicy
from quantum_provider.hooks import get_hook
from quantum_provider.hooks.lightning import LightningHook
from quantum_provider.spec import JobSpec

RING = {"problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 3], [3, 0]]}}


@pytest.fixture
def small_connection(monkeypatch):
    extra = {"max_qubits": 3, "shots": 500, "device": "lightning.qubit"}
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_SMALL", json.dumps({"conn_type": "quantum_lightning", "extra": extra}))
    return "quantum_small"


def test_default_connection_needs_no_definition():
    hook = get_hook("quantum_lightning_default")
    assert isinstance(hook, LightningHook)
    assert hook.connection is None
    assert hook.extras["device"] == "lightning.qubit"
    assert hook.backend_identity()["device_version"]


def test_connection_test_runs_a_real_circuit(small_connection):
    ok, message = get_hook(small_connection).test_connection()
    assert ok, message
    assert "lightning.qubit" in message
    assert "max_qubits=3" in message


def test_connection_extras_fill_what_the_spec_leaves_open(small_connection):
    hook = get_hook(small_connection)
    resolved = hook.resolve_spec(JobSpec.parse(RING))
    assert resolved.execution.shots == 500
    assert resolved.execution.device == "lightning.qubit"
    explicit_analytic = hook.resolve_spec(JobSpec.parse({**RING, "execution": {"shots": None}}))
    assert explicit_analytic.execution.shots is None


def test_more_qubits_than_the_connection_allows_is_a_spec_error(small_connection):
    with pytest.raises(QuantumSpecError) as info:
        get_hook(small_connection).validate(JobSpec.parse(RING))
    assert str(info.value) == ("problem: needs 4 qubits, connection 'quantum_small' allows at most 3 (max_qubits)")


def test_unknown_or_foreign_connections_are_refused(monkeypatch):
    with pytest.raises(QuantumSpecError, match="connection 'nope' is not defined"):
        get_hook("nope")
    monkeypatch.setenv("AIRFLOW_CONN_PG", json.dumps({"conn_type": "postgres", "host": "localhost"}))
    with pytest.raises(QuantumSpecError, match="has type 'postgres'"):
        get_hook("pg")


def test_bad_connection_extra_names_the_field(monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_QBAD", json.dumps({"conn_type": "quantum_lightning", "extra": {"max_qubits": 0}}))
    with pytest.raises(QuantumSpecError, match=r"^qbad.extra.max_qubits: must be a positive integer"):
        get_hook("qbad").extras  # noqa: B018


@pytest.mark.parametrize(
    ("error", "try_number", "action"),
    [
        (QuantumSpecError("problem.edges", "graph has no edges"), 1, RetryAction.FAIL),
        (QuantumPolicyError("shot budget exhausted"), 1, RetryAction.FAIL),
        (BackendUnavailableError("connection refused"), 1, RetryAction.RETRY),
        (BackendUnavailableError("connection refused"), 4, RetryAction.RETRY),
        (JobFailedOnBackendError("worker died"), 1, RetryAction.RETRY),
        (JobFailedOnBackendError("worker died"), 2, RetryAction.FAIL),
        (RuntimeError("something else"), 1, RetryAction.DEFAULT),
    ],
)
def test_retry_policy_decides_by_error_class(error, try_number, action):
    decision = QuantumRetryPolicy().evaluate(error, try_number=try_number, max_tries=5)
    assert decision.action == action


def test_sensors_do_not_retry_a_job_that_failed_on_the_backend():
    policy = QuantumRetryPolicy(job_failure_retries=0)
    assert policy.evaluate(JobFailedOnBackendError("x"), try_number=1, max_tries=5).action == RetryAction.FAIL
    assert policy.evaluate(BackendUnavailableError("x"), try_number=1, max_tries=5).action == RetryAction.RETRY


def test_backend_unavailable_backs_off_exponentially_up_to_a_cap():
    policy = QuantumRetryPolicy(backoff_base=timedelta(seconds=10), backoff_max=timedelta(seconds=60))
    delays = [policy.evaluate(BackendUnavailableError("x"), try_number=n, max_tries=9).retry_delay for n in range(1, 6)]
    assert delays == [timedelta(seconds=s) for s in (10, 20, 40, 60, 60)]
    assert QuantumRetryPolicy.deserialize(policy.serialize()).serialize() == policy.serialize()


# -- credentials: every form registered with Airflow's masker on every hook path, and redacted from messages ---


def secret_connection(monkeypatch, conn_id: str) -> dict[str, str]:
    """A quantum_ray connection whose credentials sit where the credentials rule finds them (docs/architecture.md
    section 4, "Credentials"); returns them by name."""
    import uuid
    from urllib.parse import quote

    tag = uuid.uuid4().hex
    secrets = {
        "password": f"pw-{tag}",
        "env": f"env-{tag}",  # runtime_env.env_vars.*: sensitive by its parent, whatever its own name
        "nested_token": f"nt-{tag}",  # a sensitive key two levels down
        "db_password": f"d@b/{tag[:10]}",  # URL user info inside an env var, percent-encoded there
        "host_password": f"hp-{tag}",  # URL user info in the host
    }
    conn = {
        "conn_type": "quantum_ray",
        "login": "svc",
        "password": secrets["password"],
        "host": f"http://ops:{secrets['host_password']}@ray-head",
        "extra": {
            "runtime_env": {
                "env_vars": {
                    "PLAIN_NAME": secrets["env"],
                    "DB": f"postgresql://bob:{quote(secrets['db_password'], safe='')}@db/app",
                    "OMP_NUM_THREADS": "1",
                },
                "config": {"setup": {"api_token": secrets["nested_token"]}},
            },
            "num_cpus": 2,
        },
    }
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(conn))
    return secrets


def derived_forms(secrets: dict[str, str]) -> dict[str, str]:
    """What an echo of a request may carry: the secrets, URL-encoded, and as ``Authorization: Basic``."""
    import base64
    from urllib.parse import quote, quote_plus

    def b64(text: str) -> str:
        return base64.b64encode(text.encode()).decode()

    forms = dict(secrets)
    forms.update({f"{name} url-encoded": quote(value, safe="") for name, value in secrets.items()})
    forms.update({f"{name} form-encoded": quote_plus(value) for name, value in secrets.items()})
    forms["basic login:password"] = b64(f"svc:{secrets['password']}")
    forms["basic host user info"] = b64(f"ops:{secrets['host_password']}")
    forms["basic db user info"] = b64(f"bob:{secrets['db_password']}")
    forms["basic db user info, as written"] = b64(f"bob:{quote(secrets['db_password'], safe='')}")
    return forms


@pytest.mark.parametrize("path", ["get_hook", "aget_hook", "RayHook(conn_id)"])
def test_every_credential_form_is_registered_with_airflows_masker_on_every_hook_path(monkeypatch, path):
    """Before: ``get_hook`` filled the cached connection directly, so nothing but Airflow's own masking (the
    password, and the extra as one JSON text) ever reached the masker: no nested value, no base64, no encoding."""
    import asyncio

    from airflow.sdk.log import redact

    from quantum_provider.hooks import aget_hook
    from quantum_provider.hooks.ray import RayHook

    conn_id = f"q_mask_{path.split('(')[0].lower()}"
    secrets = secret_connection(monkeypatch, conn_id)
    if path == "get_hook":
        hook = get_hook(conn_id)
    elif path == "aget_hook":
        hook = asyncio.run(aget_hook(conn_id))
    else:
        hook = RayHook(conn_id=conn_id)
        assert hook.connection is not None  # the hook's own lookup
    for name, form in derived_forms(secrets).items():
        line = f"backend said: Authorization: Basic {form} for {name}"
        assert form not in redact(line), f"Airflow's masker does not know the {name}"
        assert form not in hook.redact(line), f"hook.redact misses the {name}"
    assert hook.redact("OMP_NUM_THREADS=1 on 2 CPUs") == "OMP_NUM_THREADS=1 on 2 CPUs"  # short values stay


def test_credentials_of_follows_the_documented_rule(monkeypatch):
    from airflow.sdk import BaseHook

    from quantum_provider.hooks.base import credentials_of

    secrets = secret_connection(monkeypatch, "q_rule")
    found = credentials_of(BaseHook.get_connection("q_rule"))
    assert set(derived_forms(secrets).values()) <= found
    assert "svc" not in found  # a login alone is no credential
    assert "ray-head" not in found
    assert not any(len(value) < 5 for value in found)  # what Airflow's masker would not mask either


def ring(nodes: int) -> dict:
    return {"problem": {"kind": "maxcut", "edges": [[i, (i + 1) % nodes] for i in range(nodes)]}}


def _worker_memory() -> int:
    """This machine's memory or its cgroup's limit, read here rather than through the provider."""
    import psutil

    total = psutil.virtual_memory().total
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            with open(path) as handle:
                raw = handle.read().strip()
        except OSError:
            continue
        if raw.isdigit() and int(raw) < total:
            return int(raw)
    return total


def test_a_job_whose_states_would_not_fit_the_worker_is_refused_in_one_line(monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_WIDE", json.dumps({"conn_type": "quantum_lightning",
                                                                "extra": {"max_qubits": 40}}))  # fmt: skip
    hook = get_hook("quantum_wide")
    memory = _worker_memory()
    # The smallest ring whose eight complex128 states (16 bytes per amplitude) exceed the worker's memory.
    nodes = next(n for n in range(20, 41) if 8 * 16 * 2**n > memory)
    hook.validate(JobSpec.parse(ring(nodes - 1)))  # one qubit fewer fits
    with pytest.raises(QuantumSpecError) as info:
        hook.validate(JobSpec.parse(ring(nodes)))
    message = str(info.value)
    assert message.startswith(f"problem: needs {nodes} qubits: about ")
    assert f"more than the {memory / 2**30:.3g} GiB this worker has" in message
    assert "\n" not in message
    assert QuantumRetryPolicy().evaluate(info.value, try_number=1, max_tries=3).action == RetryAction.FAIL


def test_max_memory_gib_bounds_what_a_job_may_use(monkeypatch):
    extra = {"max_qubits": 30, "max_memory_gib": 0.01}
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_CAPPED", json.dumps({"conn_type": "quantum_lightning", "extra": extra}))
    hook = get_hook("quantum_capped")
    hook.validate(JobSpec.parse(ring(16)))  # 8 x 1 MiB = 8 MiB <= 10.24 MiB
    with pytest.raises(QuantumSpecError) as info:
        hook.validate(JobSpec.parse(ring(17)))  # 8 x 2 MiB = 16 MiB
    assert str(info.value) == (
        "problem: needs 17 qubits: about 0.0156 GiB of memory (8 statevectors of 0.00195 GiB), more than the "
        "0.01 GiB connection 'quantum_capped' allows (max_memory_gib)"
    )
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_CAPPED", json.dumps({"conn_type": "quantum_lightning",
                                                                  "extra": {"max_memory_gib": "lots"}}))  # fmt: skip
    with pytest.raises(QuantumSpecError, match=r"^quantum_capped.extra.max_memory_gib: must be a positive number"):
        get_hook("quantum_capped").validate(JobSpec.parse(ring(4)))
