"""QuantumValidateOperator: check a batch's results with the Great Expectations result suites before publication."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from airflow.sdk import BaseOperator

from quantum_provider.exceptions import QuantumSpecError, QuantumValidationError
from quantum_provider.governance.retry_policy import with_default_retry_policy
from quantum_provider.observability import metrics

if TYPE_CHECKING:
    from airflow.sdk import Context

    from quantum_provider.storage import ResultStore

#: At most this many failing jobs are named in the task's error; all are in the log and the validation result.
_SHOWN_FAILURES = 5


class QuantumValidateOperator(BaseOperator):
    """Validate stored results with one Great Expectations suite per problem kind.

    The suites (``quantum_provider.validation.results``) check probabilities (within [0, 1], summing to 1), the
    variational principle against the exact ground energy, the approximation ratio against the classical
    baseline, convergence, and that nothing is NaN. The suites' results (GE JSON) and their Data Docs pages are
    written to ``validations/<dag>/<run>/<task>/`` in the result store, and every job record is marked
    ``passed`` or ``rejected``. A failing suite fails the task with a summary of what failed (not retried):
    rejected results are kept in the store, never reused, and a downstream publish task does not run.

    :param results: what the solving tasks returned (templated): summaries, lists of summaries (chunks), or keys.
    :param result_store: ObjectStoragePath URI of the result store (templated).
    :param min_expected_ratio: lowest acceptable approximation ratio in expectation over the measured
        distribution (combinatorial kinds; for MaxCut the expected cut over the maximum cut). None: not checked.
    :param min_best_ratio: lowest acceptable ratio of the best of the most probable bitstrings. None (default): not
        checked; it flatters, since one good bitstring among ten scores 1 however unlikely it is.
    :param accepted_convergence: the optimizer ``convergence`` states that pass: ``converged`` (stopping rule and a
        small gradient), ``maxiter`` (the iteration limit came first; the energy trace must still have settled),
        ``stalled`` (the energies stopped changing with a large gradient: a plateau, rejected by default).
    :param energy_tolerance: how far (Ha or cost units) an energy may fall below the exact ground energy before
        it counts as a violation of the variational principle rather than rounding.
    :param max_energy_error: if set, the most an energy may lie above the exact ground energy (e.g. 1.6e-3 Ha,
        chemical accuracy).
    :param convergence_window: how many final iterations of the energy trace must have settled.
    :param convergence_tolerance: the largest relative spread of those energies.
    :param probability_tolerance: how far a distribution's sum may be from 1.
    """

    template_fields: Sequence[str] = ("results", "result_store")
    ui_color = "#c8f0d8"

    def __init__(
        self,
        *,
        results: Any,
        result_store: str | None = None,
        min_expected_ratio: float | None = 0.75,
        min_best_ratio: float | None = None,
        accepted_convergence: Sequence[str] = ("converged", "maxiter"),
        energy_tolerance: float = 1e-6,
        max_energy_error: float | None = None,
        convergence_window: int = 10,
        convergence_tolerance: float = 1e-2,
        probability_tolerance: float = 1e-9,
        **kwargs: Any,
    ) -> None:
        with_default_retry_policy(kwargs)
        super().__init__(**kwargs)
        self.results = results
        self.result_store = result_store
        self.min_expected_ratio = min_expected_ratio
        self.min_best_ratio = min_best_ratio
        self.accepted_convergence = _convergence_states(accepted_convergence)
        self.energy_tolerance = energy_tolerance
        self.max_energy_error = max_energy_error
        self.convergence_window = convergence_window
        self.convergence_tolerance = convergence_tolerance
        self.probability_tolerance = probability_tolerance

    @cached_property
    def store(self) -> ResultStore:
        from quantum_provider.storage import ResultStore

        return ResultStore(self.result_store)

    @metrics.counts_failures
    def execute(self, context: Context) -> dict[str, Any]:
        from quantum_provider.operators.summaries import task_context
        from quantum_provider.validation.results import ResultThresholds, validate_results

        keys = job_keys(self.results)
        asked = asking_names(self.results)
        who = task_context(context)
        stored, missing = [], []
        for key, result in zip(keys, self.store.load_results(keys), strict=True):
            if result is None:
                missing.append(key)
            else:
                stored.append(result)
        thresholds = ResultThresholds(
            min_expected_ratio=self.min_expected_ratio,
            min_best_ratio=self.min_best_ratio,
            accepted_convergence=self.accepted_convergence,
            energy_tolerance=self.energy_tolerance,
            max_energy_error=self.max_energy_error,
            convergence_window=self.convergence_window,
            convergence_tolerance=self.convergence_tolerance,
            probability_tolerance=self.probability_tolerance,
        )
        checked = validate_results(
            self.store, stored, thresholds, {key: ", ".join(names) for key, names in asked.items()}
        )
        rejected = {**checked.rejected, **{key: ["no verified result in the store"] for key in missing}}
        uris = self._write_outputs(checked, rejected, who)

        names = dict(zip(checked.frame.get("key", []), checked.frame.get("name", []), strict=True))
        self.store.set_validations(
            {
                key: {"outcome": "rejected" if key in rejected else "passed", "reasons": rejected.get(key, []),
                      "context": who, **uris}
                for key in keys
            }
        )  # fmt: skip
        for key, reasons in rejected.items():
            self.log.error("Rejected %s (%s): %s", names.get(key) or "-", key[:12], "; ".join(reasons))
        summary = {
            "success": not rejected,
            "jobs": len(keys),
            "passed": len(keys) - len(rejected),
            "rejected": sorted(rejected),
            "keys": keys,
            "names": asked,
            "failed_expectations": {kind: o.failures for kind, o in checked.outcomes.items() if not o.success},
            **uris,
        }
        if rejected:
            first = list(rejected.items())[:_SHOWN_FAILURES]
            shown = "; ".join(f"{names.get(key) or key[:12]}: {reasons[0]}" for key, reasons in first)
            more = f" (and {len(rejected) - _SHOWN_FAILURES} more)" if len(rejected) > _SHOWN_FAILURES else ""
            raise QuantumValidationError(
                f"{len(rejected)} of {len(keys)} results rejected; failed: "
                f"{json.dumps(summary['failed_expectations'])}; {shown}{more}; see {uris['validation_uri']}"
            )
        self.log.info("All %d results passed validation: %s", len(keys), uris["validation_uri"])
        return summary

    def _write_outputs(self, checked: Any, rejected: dict[str, list[str]], who: dict[str, Any]) -> dict[str, Any]:
        from quantum_provider.validation.gx import data_docs_html

        folder = self.store.run_dir("validations", who)
        docs = {}
        for kind, outcome in checked.outcomes.items():
            self.store.write_atomic(folder / f"{kind}.json", json.dumps(outcome.to_json(), indent=1).encode())
            self.store.write_atomic(folder / f"{kind}.html", data_docs_html(outcome.result).encode())
            docs[kind] = str(folder / f"{kind}.html")
        report = {"rejected": rejected, "suites": {kind: o.success for kind, o in checked.outcomes.items()}}
        self.store.write_atomic(folder / "summary.json", json.dumps(report, indent=1).encode())
        return {"validation_uri": str(folder), "data_docs_uris": docs}


def _convergence_states(states: Sequence[str]) -> tuple[str, ...]:
    from quantum_provider.engine.convergence import CONVERGENCE_STATES

    chosen = (states,) if isinstance(states, str) else tuple(states)
    unknown = [state for state in chosen if state not in CONVERGENCE_STATES]
    if unknown or not chosen:
        raise QuantumSpecError(
            "accepted_convergence", f"got {list(chosen)!r}, expected a non-empty subset of {list(CONVERGENCE_STATES)}"
        )
    return chosen


def asking_names(results: Any) -> dict[str, list[str]]:
    """The names of the specs that asked for each key, from the solving tasks' summaries (in order, once each).

    A reused result keeps the name of the run that first computed it; tables and messages show the askers'."""
    from quantum_provider.storage import is_content_key

    names: dict[str, list[str]] = {}
    for item in _items(results):
        if isinstance(item, dict) and isinstance(item.get("name"), str) and is_content_key(item.get("key")):
            listed = names.setdefault(item["key"], [])
            if item["name"] not in listed:
                listed.append(item["name"])
    return names


def job_keys(results: Any) -> list[str]:
    """The content keys in what solving tasks returned: summaries, chunks of summaries, keys; in order, once each."""
    from quantum_provider.storage import is_content_key

    keys: list[str] = []
    for item in _items(results):
        key = item.get("key") if isinstance(item, dict) else item
        if not is_content_key(key):
            raise QuantumSpecError("results", f"expected job summaries or content keys, got {str(item)[:80]!r}")
        keys.append(key)
    return list(dict.fromkeys(keys))


def _items(results: Any) -> Iterable[Any]:
    """The summaries and keys in what solving tasks returned, a rendered template string decoded first."""
    from quantum_provider.spec import decode_rendered
    from quantum_provider.storage import is_content_key

    if isinstance(results, str) and not is_content_key(results):
        results = decode_rendered(results, field="results", expected="a list of job summaries")
    return _flatten(results)


def _flatten(value: Any) -> Iterable[Any]:
    if isinstance(value, dict | str):
        yield value
        return
    if value is None:
        return
    for item in value:
        yield from _flatten(item)
