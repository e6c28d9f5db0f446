"""QuantumSubmitOperator: run a variational job on a backend as an idempotent, replayable Airflow task."""

from __future__ import annotations

import ast
import json
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from airflow.sdk import BaseOperator

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.retry import QuantumRetryPolicy
from quantum_provider.spec import JobSpec

if TYPE_CHECKING:
    from airflow.sdk import Context

    from quantum_provider.hooks.base import QuantumBackendHook
    from quantum_provider.store import ResultStore

REPLAY_POLICIES = ("reuse", "force")
SUMMARY_FIELDS = (
    "key",
    "name",
    "kind",
    "status",
    "reused",
    "backend",
    "energy",
    "exact_energy",
    "best_bitstring",
    "best_cost",
    "baseline_cost",
    "approximation_ratio",
    "iterations",
    "converged",
    "runtime_s",
    "result_uri",
)


class QuantumSubmitOperator(BaseOperator):
    """Submit a variational optimization (VQE, QAOA) to a quantum backend and return a small summary.

    The job's content key (DESIGN.md) makes the task idempotent: with ``replay="reuse"`` a stored, verified
    result is returned without computing; a retry after a crash resumes from the newest checkpoint.

    :param job: the JobSpec as a dict, a JSON string or a ``JobSpec`` (templated).
    :param conn_id: the backend connection; the lightning default needs no definition (templated).
    :param result_store: ObjectStoragePath URI of the result store; default ``[quantum] result_store``, else
        ``$AIRFLOW_HOME/quantum/results`` (templated).
    :param replay: ``"reuse"`` returns a verified stored result; ``"force"`` recomputes and keeps the old result
        as a previous version (templated).
    :param checkpoint_every: write a checkpoint every this many optimizer iterations.
    """

    template_fields: Sequence[str] = ("job", "conn_id", "result_store", "replay")
    template_fields_renderers = {"job": "json"}
    ui_color = "#d8c8f0"

    def __init__(
        self,
        *,
        job: JobSpec | dict[str, Any] | str,
        conn_id: str = "quantum_lightning_default",
        result_store: str | None = None,
        replay: Literal["reuse", "force"] = "reuse",
        checkpoint_every: int = 10,
        **kwargs: Any,
    ) -> None:
        # Mapped tasks pass retry_policy=None explicitly when they are unmapped, hence no setdefault.
        if kwargs.get("retry_policy") is None:
            kwargs["retry_policy"] = QuantumRetryPolicy()
        super().__init__(**kwargs)
        self.job = job.model_dump(mode="json") if isinstance(job, JobSpec) else job
        self.conn_id = conn_id
        self.result_store = result_store
        self.replay = replay
        self.checkpoint_every = checkpoint_every

    @cached_property
    def hook(self) -> QuantumBackendHook:
        from quantum_provider.hooks import get_hook

        return get_hook(self.conn_id)

    @cached_property
    def store(self) -> ResultStore:
        from quantum_provider.store import ResultStore

        return ResultStore(self.result_store)

    def execute(self, context: Context) -> dict[str, Any]:
        spec = self.hook.resolve_spec(parse_job(self.job))
        if self.replay not in REPLAY_POLICIES:
            raise QuantumSpecError("replay", f"must be one of {REPLAY_POLICIES}, got {self.replay!r}")
        if self.checkpoint_every < 1:
            raise QuantumSpecError("checkpoint_every", f"must be at least 1, got {self.checkpoint_every}")
        key = spec.content_key(backend=self.hook.backend_identity())
        who = task_context(context)
        self.log.info("Job %s (%s) on %s, key %s", spec.name or "-", spec.problem.kind, self.conn_id, key)

        if self.replay == "reuse":
            stored = self.store.load_result(key)
            if stored is not None:
                self.store.append_event(key, {"event": "reused", "context": who})
                self.log.info("Reusing the verified result stored at %s; nothing is computed", stored.uri)
                return summarize(stored.result, reused=True, backend=self.conn_id, uri=stored.uri)

        problem = self.hook.validate(spec)
        if self.replay == "force" and (self.store.read_record(key) or {}).get("state") == "succeeded":
            self.log.info("replay=force: previous result kept at %s", self.store.archive(key))
        self.hook.submit(
            spec,
            key=key,
            store=self.store,
            problem=problem,
            context=who,
            checkpoint_every=self.checkpoint_every,
            progress=lambda iteration, energy: self.log.info(
                "iteration %d/%d energy %.10f", iteration, spec.optimizer.maxiter, energy
            ),
        )
        stored = self.store.load_result(key)
        if stored is None:
            from quantum_provider.exceptions import JobFailedOnBackendError

            raise JobFailedOnBackendError(f"job {key} finished but its result does not verify in {self.store.base}")
        summary = summarize(stored.result, reused=False, backend=self.conn_id, uri=stored.uri)
        self.log.info("Result: %s", json.dumps(summary))
        return summary

    def on_kill(self) -> None:
        self.hook.cancel(None)


def parse_job(value: Any) -> JobSpec:
    """Accept what templating produces: a dict, a JSON string, or a Python-literal string from xcom_pull."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            try:
                value = ast.literal_eval(value)
            except (ValueError, SyntaxError):
                raise QuantumSpecError("job", "is a string that is neither JSON nor a Python literal") from None
    return JobSpec.parse(value)


def task_context(context: Context) -> dict[str, Any]:
    """Who asked: the identifiers provenance and the job record keep for this try."""
    ti = context.get("ti")
    return {
        "dag_id": getattr(ti, "dag_id", None),
        "run_id": getattr(ti, "run_id", None),
        "task_id": getattr(ti, "task_id", None),
        "map_index": getattr(ti, "map_index", None),
        "try_number": getattr(ti, "try_number", None),
    }


def summarize(result: dict[str, Any], *, reused: bool, backend: str, uri: str) -> dict[str, Any]:
    """The small summary that travels in XCom; data stays in the store at ``result_uri``."""
    baseline = result.get("baseline") or {}
    summary = {
        "key": result["key"],
        "name": result.get("name"),
        "kind": result.get("kind"),
        "status": "succeeded",
        "reused": reused,
        "backend": backend,
        "energy": result["energy"],
        "exact_energy": result.get("exact_energy"),
        "best_bitstring": result.get("best_bitstring"),
        "best_cost": result.get("best_cost"),
        "baseline_cost": baseline.get("value"),
        "approximation_ratio": result.get("approximation_ratio"),
        "iterations": result["iterations"],
        "converged": result["converged"],
        "runtime_s": result["runtime_s"],
        "result_uri": uri,
    }
    return {name: summary[name] for name in SUMMARY_FIELDS}
