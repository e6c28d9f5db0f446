"""What the submitting operators do around every job: policy checks, budget reservations, the audit trail.

One ``Governance`` per task execution, shared by QuantumSubmitOperator and QuantumBatchSubmitOperator, so both
refuse, charge and record the same way.
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING, Any

from quantum_provider.exceptions import QuantumPolicyError, failure_class

if TYPE_CHECKING:
    from quantum_provider.governance.audit import AuditTrail
    from quantum_provider.governance.budget_ledger import BudgetLedger
    from quantum_provider.hooks.base import QuantumBackendHook
    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore

log = logging.getLogger(__name__)


class Governance:
    """Policy, budgets and audit for the jobs one task submits.

    :param store: the result store (ledger and audit trail live there).
    :param who: the task's identifiers (``task_context``) plus ``user``.
    """

    def __init__(self, store: ResultStore, who: dict[str, Any]) -> None:
        self.store = store
        self.who = who

    @cached_property
    def audit(self) -> AuditTrail:
        from quantum_provider.governance.audit import AuditTrail

        return AuditTrail(self.store)

    @cached_property
    def ledger(self) -> BudgetLedger:
        from quantum_provider.governance.budget_ledger import BudgetLedger

        return BudgetLedger(self.store)

    @property
    def dag_id(self) -> str:
        return str(self.who.get("dag_id") or "-")

    def admit(self, hook: QuantumBackendHook, specs: dict[str, JobSpec]) -> dict[str, Any]:
        """Check every job against the connection's policy and reserve their budget, all or nothing.

        Refusals are audited (one entry per refused job), written into each job's record (``refused``) and
        raised as ``QuantumPolicyError``. Returns the options the hook's ``submit`` must pass on (the device-time
        cap).
        """
        policy = hook.policy
        try:
            for spec in specs.values():
                policy.check(spec)
            self.ledger.reserve(
                policy, dag_id=self.dag_id, costs={k: policy.cost(s) for k, s in specs.items()}, who=self.who
            )
        except QuantumPolicyError as err:
            message = hook.redact(str(err))
            for key, spec in specs.items():
                self.record("policy_refusal", hook, key, spec, "refused", message)
                self.refused(hook, key, spec, QuantumPolicyError(message))
            raise QuantumPolicyError(message) from None
        return {"max_seconds": policy.seconds_per_job} if policy.seconds_per_job is not None else {}

    def refused(self, hook: QuantumBackendHook, key: str, spec: JobSpec, err: QuantumPolicyError) -> None:
        """Make a refusal visible where the task's "Quantum job" link and the UI look: in the job's record.

        A job without a record, or whose record ended badly before, becomes ``failed`` with the refusal's class and
        reason. A job someone else is computing, or whose result is stored, keeps its state: the refusal is an
        event in its history, so this task's refusal neither hides a good result nor lies about a running job.
        """
        event = {
            "event": "policy_refusal",
            "context": self.who,
            "error": type(err).__name__,
            "failure_class": failure_class(err),
            "message": str(err),
            "backend": hook.conn_id,
        }
        record = self.store.read_record(key)
        # (Read, then write: a submission of the same key racing this refusal may be overwritten by it for a moment;
        # the engine's next state change puts the record right.)
        if record is None or record.get("state") in ("failed", "cancelled"):
            # The spec and backend a person needs to see what was refused (its shots, where it was going); not the
            # spec of a sensitive job, which may have been refused for being one.
            if not spec.sensitive:
                self.store.write_spec(key, spec.model_dump(mode="json"))
            self.store.update_record(
                key, state="failed", event=event, name=spec.name, kind=spec.problem.kind,
                backend=hook.backend_identity() | {"backend": hook.backend_name, "conn_id": hook.conn_id},
            )  # fmt: skip
        else:
            self.store.append_event(key, event)

    def submitted(self, hook: QuantumBackendHook, key: str, spec: JobSpec) -> None:
        self.record("submission", hook, key, spec, "submitted")

    def reused(self, hook: QuantumBackendHook, key: str, spec: JobSpec) -> None:
        self.record("reuse", hook, key, spec, "reused")

    def cancelled(
        self, hook: QuantumBackendHook, key: str, spec: JobSpec | None, *, reason: str = "the task was killed"
    ) -> None:
        """Mark a job this task cancelled ``cancelled`` in its record, unless it already ended, and audit it.

        A backend that stops a job by killing its worker (Ray's ``stop_job``) leaves no engine behind to write the
        state, so the canceller writes it.
        """
        from quantum_provider.storage import ACTIVE_STATES

        record = self.store.read_record(key)
        if record is not None and record.get("state") in ACTIVE_STATES:
            self.store.update_record(
                key, state="cancelled", event={"event": "cancellation", "context": self.who, "message": reason}
            )
        self.record("cancellation", hook, key, spec, "cancelled", reason)

    def finished(
        self,
        hook: QuantumBackendHook,
        key: str,
        spec: JobSpec,
        result: dict[str, Any] | None,
        *,
        outcome: str,
        detail: str | None = None,
    ) -> None:
        """Settle the job's reservation with what it spent (succeeded jobs) and audit its completion."""
        if result is not None:
            shots = (spec.execution.shots or 0) * int(result.get("iterations") or 0)
            self.ledger.settle(
                hook.policy, dag_id=self.dag_id, key=key, shots=shots, seconds=float(result.get("runtime_s") or 0)
            )
        self.record("completion", hook, key, spec, outcome, None if detail is None else hook.redact(detail))

    def record(
        self,
        event: str,
        hook: QuantumBackendHook,
        key: str | None,
        spec: JobSpec | None,
        outcome: str,
        detail: str | None = None,
    ) -> None:
        shots = None if spec is None else spec.execution.shots
        self.audit.record(event, who=self.who, key=key, backend=hook.conn_id, shots=shots, outcome=outcome,
                          detail=detail)  # fmt: skip


def triggering_user(context: Any) -> str | None:
    """The Airflow user who triggered the DAG run, when Airflow knows it (manual and API triggers)."""
    dag_run = context.get("dag_run") if hasattr(context, "get") else None
    return getattr(dag_run, "triggering_user_name", None)
