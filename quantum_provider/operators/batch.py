"""QuantumBatchSubmitOperator: solve a chunk of problems in one task instance, each problem its own job."""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from airflow.sdk import BaseOperator

from quantum_provider.exceptions import (
    JobFailedOnBackendError,
    QuantumSpecError,
    error_for_class,
    failure_class_of_error,
)
from quantum_provider.governance.retry_policy import fails_in_one_line, with_default_retry_policy
from quantum_provider.observability import metrics
from quantum_provider.observability.links import QuantumJobsLink
from quantum_provider.operators.rendering import ChecksRenderedJob, parse_jobs
from quantum_provider.operators.submit import REPLAY_POLICIES
from quantum_provider.operators.summaries import summarize, task_context
from quantum_provider.storage import ACTIVE_STATES

if TYPE_CHECKING:
    from airflow.sdk import Context

    from quantum_provider.engine.batch import BatchOutcome, BatchRunner
    from quantum_provider.governance.admission import Governance
    from quantum_provider.hooks.base import QuantumBackendHook
    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore, StoredResult


#: Failure classes from the most final (a retry meets it again) to the least.
_FINAL_FIRST = ("spec_error", "config_error", "policy_error", "validation_error", "job_failed", "backend_unavailable")


class QuantumBatchSubmitOperator(ChecksRenderedJob, BaseOperator):
    """Solve a chunk of problems in one task, so a night of many small problems is not thousands of tasks.

    Map it over the chunks QuantumPreprocessOperator emits. Results and replay work per problem: every job has
    its own content key, record and result, a retry of a chunk reuses the jobs that finished, and the summaries
    are the same as one QuantumSubmitOperator per problem would return. On the in-process lightning backend the
    jobs run in parallel processes, one OpenMP thread each, on every core the worker may use; on a queued backend
    (Ray) they are all submitted, then waited on.

    :param jobs: a list of JobSpec dicts (templated).
    :param conn_id: the backend connection (templated).
    :param result_store: ObjectStoragePath URI of the result store (templated).
    :param replay: ``"reuse"`` or ``"force"``, per job, as for QuantumSubmitOperator (templated).
    :param max_workers: processes for an in-process backend; default every core this task may use. With one, the
        chunk runs in the task process itself and no pool starts (a deployment that runs one task per core).
    :param head_start: on an in-process backend, let the task process compute jobs while the pool's workers start
        (engine/batch.py); ``False`` leaves every job to the pool.
    :param checkpoint_every: write a checkpoint every this many optimizer iterations.
    :param poll_interval: seconds between status checks on a queued backend.
    """

    template_fields: Sequence[str] = ("jobs", "conn_id", "result_store", "replay")
    operator_extra_links = (QuantumJobsLink(),)
    template_fields_renderers = {"jobs": "json"}
    checked_field = "jobs"
    ui_color = "#c8d8f0"

    def __init__(
        self,
        *,
        jobs: list[dict[str, Any]] | str,
        conn_id: str = "quantum_lightning_default",
        result_store: str | None = None,
        replay: Literal["reuse", "force"] = "reuse",
        max_workers: int | None = None,
        head_start: bool = True,
        checkpoint_every: int = 10,
        poll_interval: float = 10.0,
        **kwargs: Any,
    ) -> None:
        with_default_retry_policy(kwargs)
        super().__init__(**kwargs)
        self.jobs = jobs
        self.conn_id = conn_id
        self.result_store = result_store
        self.replay = replay
        self.max_workers = max_workers
        self.head_start = head_start
        self.checkpoint_every = checkpoint_every
        self.poll_interval = poll_interval
        self._runner: BatchRunner | None = None
        self._handles: dict[str, Any] = {}
        self._gov: Governance | None = None
        self._inflight: set[str] = set()

    @cached_property
    def hook(self) -> QuantumBackendHook:
        from quantum_provider.hooks import get_hook

        return get_hook(self.conn_id)

    @cached_property
    def store(self) -> ResultStore:
        from quantum_provider.storage import ResultStore

        return ResultStore(self.result_store)

    @fails_in_one_line
    @metrics.counts_failures
    def execute(self, context: Context) -> list[dict[str, Any]]:
        if self.replay not in REPLAY_POLICIES:
            raise QuantumSpecError("replay", f"must be one of {REPLAY_POLICIES}, got {self.replay!r}")
        specs = self._specs()
        identity = self.hook.backend_identity()
        keys = [spec.content_key(backend=identity) for spec in specs]
        who = task_context(context)
        from quantum_provider.governance.admission import Governance

        governance = self._gov = Governance(self.store, who)

        summaries: list[dict[str, Any] | None] = [None] * len(specs)
        todo: dict[str, int] = {}  # key -> first position; identical problems in a chunk are computed once
        for position, key in enumerate(keys):
            if key in todo:
                continue
            stored = metrics.reusable_result(self.store, key, self.replay, tags=metrics.task_tags(self))
            if stored is not None:
                self.store.append_event(key, {"event": "reused", "context": who})
                governance.reused(self.hook, key, specs[position])
                summaries[position] = self._summary(stored, specs[position], reused=True)
            else:
                todo[key] = position
        self.log.info("Chunk of %d jobs: %d reused, %d to compute", len(specs), len(specs) - len(todo), len(todo))

        chunk = {key: specs[position] for key, position in todo.items()}
        options = governance.admit(self.hook, chunk) if chunk else {}
        for key, spec in chunk.items():
            governance.submitted(self.hook, key, spec)
        self._inflight = set(chunk)
        outcomes = self._compute(chunk, who, options)
        # Each result read and verified once, for ledger and summary; the reads overlap (a chunk's on S3 add up).
        succeeded = [outcome.key for outcome in outcomes if outcome.ok]
        loaded = dict(zip(succeeded, self.store.load_results(succeeded), strict=True))
        computed: dict[str, StoredResult | None] = {}
        for outcome in outcomes:
            self._inflight.discard(outcome.key)
            stored = computed[outcome.key] = loaded.get(outcome.key)
            governance.finished(
                self.hook,
                outcome.key,
                chunk[outcome.key],
                None if stored is None else stored.result,
                outcome="succeeded" if stored is not None else failure_class_of_error(outcome.error),
                detail=outcome.message,
            )
        failures = [(todo[o.key], o) for o in outcomes if not o.ok]
        failed = {o.key for _, o in failures}
        for position, key in enumerate(keys):
            if summaries[position] is None and key not in failed:
                stored = computed.get(key)
                if stored is None:
                    raise JobFailedOnBackendError(f"job {key} has no verified result in {self.store.base}")
                # A repeat of a problem computed earlier in this chunk reuses its result.
                summaries[position] = self._summary(stored, specs[position], reused=todo[key] != position)
                metrics.job_done(
                    stored.record, stored.result, tags=metrics.task_tags(self), reused=todo[key] != position
                )
        if failures:
            self._raise_for(failures, specs)
        return summaries

    def _summary(self, stored: StoredResult, spec: JobSpec, *, reused: bool) -> dict[str, Any]:
        return summarize(stored.result, reused=reused, backend=self.conn_id, uri=stored.uri, name=spec.name)

    @staticmethod
    def parse_rendered(value: Any) -> list[JobSpec]:
        return parse_jobs(value)

    def _specs(self) -> list[JobSpec]:
        self.raise_rendered_error()
        specs = [self.hook.resolve_spec(spec) for spec in parse_jobs(self.jobs)]
        for position, spec in enumerate(specs):
            # Before anything is written or started: a job its worker cannot hold fails the chunk at once. The
            # spec's variables are the fewest qubits the job can need, so this never refuses a job that fits.
            refusal = self.hook.memory_refusal(getattr(spec.problem, "num_variables", 0))
            if refusal is not None:
                raise QuantumSpecError(f"jobs[{position}].problem", refusal)
        return specs

    def _compute(self, specs: dict[str, JobSpec], who: dict[str, Any], options: dict[str, Any]) -> list[BatchOutcome]:
        if not specs:
            return []
        if self.hook.runs_in_process:
            return self._run_in_processes(specs, who, options)
        return self._run_on_queue(specs, who, options)

    def _run_in_processes(
        self, specs: dict[str, JobSpec], who: dict[str, Any], options: dict[str, Any]
    ) -> list[BatchOutcome]:
        from quantum_provider.engine.batch import BatchItem, BatchRunner

        hook = self.hook
        items = [
            BatchItem(
                key=key,
                spec=spec.model_dump(mode="json"),
                handle=hook.make_handle(key, self.store),
                qubits=getattr(spec.problem, "num_variables", 0),
            )
            for key, spec in specs.items()
        ]
        self._runner = BatchRunner(
            threads=hook.extras.get("threads") or 1, max_workers=self.max_workers, head_start=self.head_start
        )
        finished = 0

        def report(item: BatchItem, outcome: BatchOutcome) -> None:
            nonlocal finished
            finished += 1
            name = item.spec.get("name") or item.key[:12]
            state = "done" if outcome.ok else f"{outcome.error}: {outcome.message}"
            self.log.info("[%d/%d] %s %s", finished, len(items), name, state)

        return self._runner.run(
            items,
            store_uri=str(self.store.base),
            backend=hook.backend_identity() | {"backend": hook.backend_name, "conn_id": hook.conn_id},
            context=who,
            max_qubits=hook.extras["max_qubits"],
            checkpoint_every=self.checkpoint_every,
            on_done=report,
            **options,
        )

    def _run_on_queue(
        self, specs: dict[str, JobSpec], who: dict[str, Any], options: dict[str, Any]
    ) -> list[BatchOutcome]:
        from quantum_provider.engine.batch import BatchOutcome

        hook = self.hook
        handles = self._handles
        for key, spec in specs.items():
            hook.validate(spec)
            handles[key] = hook.submit(
                spec, key=key, store=self.store, context=who, checkpoint_every=self.checkpoint_every, **options
            )
        states = {key: hook.status(handle) for key, handle in handles.items()}
        while any(state in ACTIVE_STATES for state in states.values()):
            time.sleep(self.poll_interval)
            states = {key: hook.status(handles[key]) for key in handles}
        return [
            BatchOutcome(key)
            if state == "succeeded"
            else BatchOutcome(key, self._error_of(key, state), hook.log_tail(handles[key], 1))
            for key, state in states.items()
        ]

    def _error_of(self, key: str, state: str) -> str:
        """The error class name the engine recorded for a job that ended badly on the queue, else its state: the
        record is where a remote worker's device-time stop or spec error shows."""
        from quantum_provider.triggers.job import last_failure

        return (last_failure(self.store.read_record(key)) if state == "failed" else None) or state

    def _raise_for(self, failures: list[tuple[int, BatchOutcome]], specs: list[JobSpec]) -> None:
        """Fail the chunk with the class of its most final failure: one that a retry would meet again (a spec,
        configuration, policy or validation error) wins over one a retry may cure, so the chunk is not retried for
        nothing; the message names that job and counts the others."""
        rank = {kind: i for i, kind in enumerate(_FINAL_FIRST)}

        def finality(item: tuple[int, BatchOutcome]) -> int:
            return rank.get(failure_class_of_error(item[1].error), len(rank))

        position, first = min(failures, key=finality)  # min keeps the earliest job among equals
        kind = failure_class_of_error(first.error)
        done = len(specs) - len(failures)
        detail = (
            f"{len(failures)} of {len(specs)} jobs failed ({done} stored, reused by a retry); first: "
            f"jobs[{position}] {specs[position].name or ''} {first.error}: {first.message}"
        )
        raise error_for_class(kind, detail, error=first.error, field=f"jobs[{position}]")

    def on_kill(self) -> None:
        if self._runner is not None:
            self._runner.kill()
        for handle in self._handles.values():
            self.hook.cancel(handle)
        if self._gov is not None:
            for key in sorted(self._inflight):
                self._gov.cancelled(self.hook, key, None)
