"""What travels in XCom about a job: its summary (a finished job) or its handle (a job still on its way), and the
task context that provenance and the job record keep of who asked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from airflow.sdk import Context

    from quantum_provider.hooks.base import Handle
    from quantum_provider.spec import JobSpec

#: The fields of a job summary, in XCom and in the published table's order.
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
    "baseline_method",
    "approximation_ratio_expected",
    "approximation_ratio_best",
    "iterations",
    "converged",
    "convergence",
    "gradient_norm",
    "runtime_s",
    "result_uri",
)


def task_context(context: Context) -> dict[str, Any]:
    """Who asked: the identifiers provenance and the job record keep for this try."""
    from quantum_provider.governance.admission import triggering_user

    ti = context.get("ti")
    return {
        "dag_id": getattr(ti, "dag_id", None),
        "run_id": getattr(ti, "run_id", None),
        "task_id": getattr(ti, "task_id", None),
        "map_index": getattr(ti, "map_index", None),
        "try_number": getattr(ti, "try_number", None),
        "user": triggering_user(context),
    }


def pending_summary(spec: JobSpec, handle: Handle, state: str, *, uri: str) -> dict[str, Any]:
    """The summary of a job still on its way, with the ``handle`` a QuantumJobSensor waits on."""
    return {
        **dict.fromkeys(SUMMARY_FIELDS),
        "key": handle["key"],
        "name": spec.name,
        "kind": spec.problem.kind,
        "status": state,
        "reused": False,
        "backend": handle["conn_id"],
        "result_uri": uri,
        "handle": handle,
    }


def summarize(
    result: dict[str, Any], *, reused: bool, backend: str, uri: str, name: str | None = None
) -> dict[str, Any]:
    """The small summary that travels in XCom; data stays in the store at ``result_uri``.

    ``name`` is the asking spec's label: specs differing only in name share a key, hence one stored result.
    """
    baseline = result.get("baseline") or {}
    summary = {
        "key": result["key"],
        "name": name if name is not None else result.get("name"),
        "kind": result.get("kind"),
        "status": "succeeded",
        "reused": reused,
        "backend": backend,
        "energy": result["energy"],
        "exact_energy": result.get("exact_energy"),
        "best_bitstring": result.get("best_bitstring"),
        "best_cost": result.get("best_cost"),
        "baseline_cost": baseline.get("value"),
        "baseline_method": baseline.get("method"),
        "approximation_ratio_expected": result.get("approximation_ratio_expected"),
        "approximation_ratio_best": result.get("approximation_ratio_best"),
        "iterations": result["iterations"],
        "converged": result["converged"],
        "convergence": result.get("convergence"),
        "gradient_norm": result.get("gradient_norm"),
        "runtime_s": result["runtime_s"],
        "result_uri": uri,
    }
    return {name: summary[name] for name in SUMMARY_FIELDS}
