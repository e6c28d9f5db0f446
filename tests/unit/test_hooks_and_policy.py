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
from quantum_provider.hooks import get_hook
from quantum_provider.hooks.lightning import LightningHook
from quantum_provider.retry import QuantumRetryPolicy
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
