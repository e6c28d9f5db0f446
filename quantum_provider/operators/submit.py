"""QuantumSubmitOperator: run a variational job on a backend as an idempotent, replayable Airflow task."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from airflow.sdk import BaseOperator, ResumableJobMixin
from airflow.sdk.configuration import conf

from quantum_provider.exceptions import (
    BackendUnavailableError,
    JobFailedOnBackendError,
    QuantumError,
    QuantumSpecError,
    error_for_class,
    failure_class,
)
from quantum_provider.governance.retry_policy import fails_in_one_line, with_default_retry_policy
from quantum_provider.observability import metrics
from quantum_provider.observability.links import QuantumJobLink, forget_job_key, publish_job_key
from quantum_provider.operators.rendering import ChecksRenderedJob, parse_job
from quantum_provider.operators.summaries import pending_summary, summarize, task_context
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ACTIVE_STATES

if TYPE_CHECKING:
    from airflow.sdk import Context

    from quantum_provider.governance.admission import Governance
    from quantum_provider.hooks.base import Handle, QuantumBackendHook
    from quantum_provider.storage import ResultStore

REPLAY_POLICIES = ("reuse", "force")


class QuantumSubmitOperator(ChecksRenderedJob, ResumableJobMixin, BaseOperator):
    """Submit a variational optimization (VQE, QAOA) to a quantum backend and return a small summary.

    The job's content key (docs/architecture.md section 1, "The content key") makes the task idempotent: with
    ``replay="reuse"`` a stored, verified result is returned without computing; a retry after a crash reattaches
    to the backend's job or resumes from the newest checkpoint.

    :param job: the JobSpec as a dict, a JSON string or a ``JobSpec`` (templated).
    :param conn_id: the backend connection; the lightning default needs no definition (templated).
    :param result_store: ObjectStoragePath URI of the result store; default ``[quantum] result_store``, else
        ``$AIRFLOW_HOME/quantum/results`` (templated).
    :param replay: ``"reuse"`` returns a verified stored result; ``"force"`` recomputes and keeps the old result
        as a previous version (templated).
    :param checkpoint_every: write a checkpoint every this many optimizer iterations.
    :param deferrable: wait for an asynchronous backend in the triggerer, freeing the worker slot.
    :param wait_for_completion: ``False`` returns once the job is submitted; a QuantumJobSensor waits for it.
    :param fallback_conn_ids: backends to try, in order, when the one before is unavailable after its retries or
        its circuit breaker is open. Provenance records the routing.
    :param poll_interval: seconds between status checks while waiting.
    :param job_timeout: seconds to wait for a terminal state before failing (the backend job is left running,
        so a retry reattaches); ``None`` waits indefinitely.
    :param breaker_threshold: consecutive unavailability failures that open a backend's circuit breaker.
    :param breaker_cooldown: seconds an open breaker sends jobs straight to the fallback.
    """

    template_fields: Sequence[str] = ("job", "conn_id", "result_store", "replay", "fallback_conn_ids")
    operator_extra_links = (QuantumJobLink(),)
    template_fields_renderers = {"job": "json"}
    ui_color = "#d8c8f0"
    external_id_key = "quantum_job_handle"
    checked_field = "job"

    def __init__(
        self,
        *,
        job: JobSpec | dict[str, Any] | str,
        conn_id: str = "quantum_lightning_default",
        result_store: str | None = None,
        replay: Literal["reuse", "force"] = "reuse",
        checkpoint_every: int = 10,
        deferrable: bool = conf.getboolean("operators", "default_deferrable", fallback=False),
        wait_for_completion: bool = True,
        fallback_conn_ids: Sequence[str] = (),
        poll_interval: float = 10.0,
        job_timeout: float | None = None,
        breaker_threshold: int = 3,
        breaker_cooldown: float = 300.0,
        **kwargs: Any,
    ) -> None:
        with_default_retry_policy(kwargs)
        super().__init__(**kwargs)
        self.job = job.model_dump(mode="json") if isinstance(job, JobSpec) else job
        self.conn_id = conn_id
        self.result_store = result_store
        self.replay = replay
        self.checkpoint_every = checkpoint_every
        self.deferrable = deferrable
        self.wait_for_completion = wait_for_completion
        self.fallback_conn_ids = list(fallback_conn_ids)
        self.poll_interval = poll_interval
        self.job_timeout = job_timeout
        self.breaker_threshold = breaker_threshold
        self.breaker_cooldown = breaker_cooldown
        self._handle: Handle | None = None
        self._gov: Governance | None = None

    @cached_property
    def hook(self) -> QuantumBackendHook:
        from quantum_provider.hooks import get_hook

        return get_hook(self.conn_id)

    def _hook(self, conn_id: str) -> QuantumBackendHook:
        from quantum_provider.hooks import get_hook

        return self.hook if conn_id == self.conn_id else get_hook(conn_id)

    @cached_property
    def store(self) -> ResultStore:
        from quantum_provider.storage import ResultStore

        return ResultStore(self.result_store)

    @staticmethod
    def parse_rendered(value: Any) -> JobSpec:
        return parse_job(value)

    @cached_property
    def spec(self) -> JobSpec:
        self.raise_rendered_error()
        return self.hook.resolve_spec(parse_job(self.job))

    @fails_in_one_line
    @metrics.counts_failures
    def execute(self, context: Context) -> dict[str, Any]:
        forget_job_key(self)
        spec = self.spec
        if self.replay not in REPLAY_POLICIES:
            raise QuantumSpecError("replay", f"must be one of {REPLAY_POLICIES}, got {self.replay!r}")
        if self.checkpoint_every < 1:
            raise QuantumSpecError("checkpoint_every", f"must be at least 1, got {self.checkpoint_every}")
        key = spec.content_key(backend=self.hook.backend_identity())
        self.log.info("Job %s (%s) on %s, key %s", spec.name or "-", spec.problem.kind, self.conn_id, key)
        publish_job_key(context, key, self)
        governance = self._governance(context)

        stored = metrics.reusable_result(self.store, key, self.replay, tags=metrics.task_tags(self))
        if stored is not None:
            self.store.append_event(key, {"event": "reused", "context": task_context(context)})
            governance.reused(self.hook, key, spec)
            self.log.info("Reusing the verified result stored at %s; nothing is computed", stored.uri)
            return summarize(stored.result, reused=True, backend=self.conn_id, uri=stored.uri, name=spec.name)

        if self.wait_for_completion and not self.deferrable:
            return self.execute_resumable(context)

        handle = self.submit_job(context)
        state = self.get_job_status(handle, context)
        if not self.wait_for_completion:
            return pending_summary(spec, handle, state, uri=self.store.uri(handle["key"]))
        if state not in ACTIVE_STATES:
            return self._finish(handle, state)
        from quantum_provider.triggers.job import QuantumJobTrigger

        self.defer(
            trigger=QuantumJobTrigger(
                handle=handle,
                conn_id=handle["conn_id"],
                poll_interval=self.poll_interval,
                end_time=None if self.job_timeout is None else time.time() + self.job_timeout,
                cancel_on_kill=True,  # the job is this task's: marking the deferred task failed or clearing it stops it
            ),
            method_name="execute_complete",
            timeout=None if self.job_timeout is None else timedelta(seconds=self.job_timeout),
        )

    @fails_in_one_line
    @metrics.counts_failures
    def execute_complete(self, context: Context, event: dict[str, Any]) -> dict[str, Any]:
        """Resume after the trigger fired: check the event, then return the summary or fail by the event's class.

        A malformed event is a ``QuantumConfigError`` (never retried); ``error`` (the trigger lost track of the
        job) is raised with the class of what the trigger met: a deleted connection fails at once, an unreachable
        backend is retried with backoff.
        """
        from quantum_provider.triggers.job import validate_trigger_event

        forget_job_key(self)
        event = validate_trigger_event(event)
        status, handle = event["status"], event["handle"]
        publish_job_key(context, handle["key"], self)
        self._governance(context)
        if status == "error":
            message = event["message"]
            if event["failure_class"] not in ("spec_error", "config_error"):  # those name their field first
                message = f"lost track of job {handle['key']}: {message}"
            raise error_for_class(event["failure_class"], message, error=event["error"], field=event["field"])
        if status == "timeout":
            raise self._timeout_error(handle)
        return self._finish(handle, status, message=event["message"], failure=event)

    def _timeout_error(self, handle: Handle) -> JobFailedOnBackendError:
        # The backend job is left running: a retry reattaches to it instead of starting over.
        return JobFailedOnBackendError(
            f"job {handle.get('key')} did not finish within {self.job_timeout}s; it is left running for a retry"
        )

    def _governance(self, context: Context) -> Governance:
        """Policy, budgets and audit for this execution (one per try; rebuilt after a deferral)."""
        from quantum_provider.governance.admission import Governance

        self._gov = Governance(self.store, task_context(context))
        return self._gov

    def _finish(
        self, handle: Handle, state: str, message: str | None = None, failure: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """The summary of a succeeded job; for any other end, the exception of its class.

        ``failure`` carries ``failure_class``, ``error`` and ``field`` (a trigger event); without it they come from
        the job's record, as the trigger would have read them.
        """
        hook = self._hook(handle["conn_id"])
        if state != "succeeded":
            from quantum_provider.triggers.job import outcome_failure

            detail = message or hook.log_tail(handle, lines=1)
            if failure is None:
                failure = outcome_failure(state, self.store.read_record(handle["key"]))
            kind = failure["failure_class"]
            if self._gov is not None:
                outcome = kind if state == "failed" else state
                self._gov.finished(hook, handle["key"], self.spec, None, outcome=outcome, detail=detail)
            text = hook.redact(f"job {handle['key']} {state} on {handle['conn_id']}: {detail}")
            # A device-time stop on the backend is a policy error and a spec the worker refused a spec error: both
            # fail at once, as they would have in process; anything else the job met there is job_failed.
            raise error_for_class(kind, text, error=failure.get("error"), field=failure.get("field"))
        stored = self.store.load_result(handle["key"])
        if stored is None:
            raise JobFailedOnBackendError(f"job {handle['key']} has no verified result in {self.store.base}")
        if self._gov is not None:
            self._gov.finished(hook, handle["key"], hook.resolve_spec(self.spec), stored.result, outcome="succeeded")
        summary = summarize(stored.result, reused=False, backend=handle["conn_id"], uri=stored.uri, name=self.spec.name)
        metrics.job_done(stored.record, stored.result, tags=metrics.task_tags(self, handle["conn_id"]))
        self.log.info("Result: %s", json.dumps(summary))
        return summary

    # -- ResumableJobMixin: the crash-safe synchronous path ------------------------------------------------------

    def submit_job(self, context: Context) -> Handle:
        """Submit to the first available backend: the primary, then each fallback (docs/architecture.md section 4,
        "Routing and fallback")."""
        from quantum_provider.governance.breaker import CircuitBreaker

        spec = self.spec
        who = task_context(context)
        governance = self._gov or self._governance(context)
        routing: list[dict[str, Any]] = []
        chain = [self.conn_id, *self.fallback_conn_ids]
        for position, conn_id in enumerate(chain):
            hook = self._hook(conn_id)
            breaker = CircuitBreaker(
                self.store, conn_id, threshold=self.breaker_threshold, cooldown_s=self.breaker_cooldown
            )
            if breaker.is_open() and position < len(chain) - 1:
                self.log.warning("Circuit breaker for %s is open; routing to the next backend", conn_id)
                routing.append({"conn_id": conn_id, "outcome": "skipped: circuit breaker open"})
                continue
            resolved = hook.resolve_spec(spec)
            key = resolved.content_key(backend=hook.backend_identity())
            problem = hook.validate(resolved)  # spec errors surface here, before anything is written
            # Policy refusals are final: a job this connection may not run is not routed to another one.
            options = governance.admit(hook, {key: resolved})
            governance.submitted(hook, key, resolved)
            try:
                self._handle = hook.submit(
                    resolved,
                    key=key,
                    store=self.store,
                    problem=problem,
                    context={**who, "routing": [*routing, {"conn_id": conn_id, "outcome": "chosen"}]},
                    checkpoint_every=self.checkpoint_every,
                    progress=self.log,  # the engine logs at a steady rate, last the result's energy
                    **options,
                )
            except BackendUnavailableError as err:
                opened = breaker.record_failure()
                routing.append({"conn_id": conn_id, "outcome": f"unavailable: {err}"})
                self.log.warning("%s is unavailable%s: %s", conn_id, " (circuit breaker opened)" if opened else "", err)
                tries_left = (who.get("try_number") or 1) <= self.retries
                if position == len(chain) - 1 or (position == 0 and tries_left and not opened):
                    raise  # retried with backoff by QuantumRetryPolicy; fallbacks only after the retries
                continue
            except QuantumError as err:  # the job ran in this process and failed there (or hit its time cap)
                governance.finished(hook, key, resolved, None, outcome=failure_class(err), detail=str(err))
                raise
            breaker.record_success()
            if routing:
                self.log.info("Routed to %s after: %s", conn_id, routing)
            return self._handle
        raise BackendUnavailableError(f"no backend available among {chain}: {routing}")

    def get_job_status(self, external_id: Handle, context: Context) -> str:
        return self._hook(external_id["conn_id"]).status(external_id)

    def is_job_active(self, status: str) -> bool:
        return status in ACTIVE_STATES

    def is_job_succeeded(self, status: str) -> bool:
        return status == "succeeded"

    def poll_until_complete(self, external_id: Handle, context: Context) -> None:
        self._handle = external_id
        hook = self._hook(external_id["conn_id"])
        started = time.monotonic()
        while (state := hook.status(external_id)) in ACTIVE_STATES:
            waited = time.monotonic() - started
            if self.job_timeout is not None and waited > self.job_timeout:
                raise self._timeout_error(external_id)
            position = hook.queue_position(external_id) if state == "queued" else None
            where = f", queue position {position}" if position else ""
            self.log.info("Job %s is %s (%.0f s waited%s)", external_id["key"][:12], state, waited, where)
            time.sleep(self.poll_interval)
        if state != "succeeded":
            self._finish(external_id, state)

    def get_job_result(self, external_id: Handle, context: Context) -> dict[str, Any]:
        return self._finish(external_id, "succeeded")

    def on_kill(self) -> None:
        hook = self._hook(self._handle["conn_id"]) if self._handle else self.hook
        hook.cancel(self._handle)
        if self._handle and self._gov is not None:
            self._gov.cancelled(hook, self._handle["key"], self.spec)
