"""The result suites: one Great Expectations suite per problem kind over one row per job.

What each suite expects (thresholds in ``ResultThresholds``):
- no NaN: the energy is a number and every parameter is finite;
- convergence: the last ``convergence_window`` energies of the trace lie within ``convergence_tolerance``
  (relative to ``max(1, |energy|)``);
- the variational principle: the energy is not below the exact ground energy where it is known;
- honest convergence: the optimizer's ``convergence`` state is one of ``accepted_convergence`` (by default a
  ``stalled`` result, whose energies stopped changing with the gradient still large, is rejected);
- combinatorial kinds: every measured probability in [0, 1], the distribution summing to 1 within
  ``probability_tolerance`` (the top bitstrings, where the distribution is too large to store, at most 1), the
  expected-value approximation ratio (over the whole measured distribution) not below ``min_expected_ratio``
  and, when set, the best-of-the-top-bitstrings ratio not below ``min_best_ratio``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from quantum_provider.spec import COMBINATORIAL_KINDS
from quantum_provider.storage import ResultStore, StoredResult
from quantum_provider.validation.gx import Check, SuiteOutcome, expectations, run_suite


@dataclass(frozen=True)
class ResultThresholds:
    #: The honest ratio: the approximation ratio in expectation over the measured distribution.
    min_expected_ratio: float | None = 0.75
    #: The ratio of the best of the most probable bitstrings (flatters: one lucky bitstring scores 1).
    min_best_ratio: float | None = None
    accepted_convergence: tuple[str, ...] = ("converged", "maxiter")
    energy_tolerance: float = 1e-6
    max_energy_error: float | None = None
    convergence_window: int = 10
    convergence_tolerance: float = 1e-2
    probability_tolerance: float = 1e-9


@dataclass
class ResultValidation:
    frame: pd.DataFrame
    outcomes: dict[str, SuiteOutcome]
    #: key -> reasons the job's result failed; absent when it passed.
    rejected: dict[str, list[str]]

    @property
    def success(self) -> bool:
        return not self.rejected


def results_frame(
    store: ResultStore, results: list[StoredResult], window: int, names: dict[str, str] | None = None
) -> pd.DataFrame:
    """One row per job: the quantities the suites check, computed from the stored result files.

    ``names``: the asking specs' names by key; a reused result's own ``name`` is that of the run that computed it.
    """
    rows = []
    names = names or {}
    for stored in results:
        result = stored.result
        probabilities, complete = _probabilities(store, stored)
        trace = _floats(result.get("energy_trace")) if result.get("energy_trace") else np.asarray([np.nan])
        energy = _number(result.get("energy"))
        exact = _number(result.get("exact_energy"))
        tail = trace[-window:]
        scale = max(1.0, abs(energy)) if math.isfinite(energy) else 1.0
        rows.append(
            {
                "key": stored.key,
                "name": names.get(stored.key, result.get("name")),
                "kind": result.get("kind"),
                "energy": energy,
                "energy_above_exact": energy - exact,
                "parameters_finite": _all_finite(result.get("parameters")),
                "trace_tail_spread": float((np.max(tail) - np.min(tail)) / scale) if len(tail) else np.nan,
                "approximation_ratio_expected": _number(result.get("approximation_ratio_expected")),
                "approximation_ratio_best": _number(result.get("approximation_ratio_best")),
                "convergence": result.get("convergence") or "unknown",
                "gradient_norm": _number(result.get("gradient_norm")),
                "gradient_limit": _number(result.get("gradient_limit")),
                "probability_min": float(probabilities.min()) if probabilities.size else np.nan,
                "probability_max": float(probabilities.max()) if probabilities.size else np.nan,
                "probability_sum": float(probabilities.sum()) if probabilities.size else np.nan,
                "probability_sum_error": abs(float(probabilities.sum()) - 1.0) if complete else np.nan,
            }
        )
    return pd.DataFrame(rows)


def validate_results(
    store: ResultStore,
    results: list[StoredResult],
    thresholds: ResultThresholds,
    names: dict[str, str] | None = None,
) -> ResultValidation:
    """Run each kind's suite on its jobs; a job fails when any expectation flags its row."""
    frame = results_frame(store, results, thresholds.convergence_window, names)
    outcomes: dict[str, SuiteOutcome] = {}
    rejected: dict[str, list[str]] = {}
    if frame.empty:
        return ResultValidation(frame=frame, outcomes=outcomes, rejected=rejected)
    for kind, rows in frame.groupby("kind", sort=True):
        rows = rows.reset_index(drop=True)
        outcome = run_suite(rows, f"{kind}_results", suite_checks(kind, thresholds))
        outcomes[kind] = outcome
        for row, reasons in outcome.row_reasons.items():
            rejected[rows.loc[row, "key"]] = reasons
    return ResultValidation(frame=frame, outcomes=outcomes, rejected=rejected)


def suite_checks(kind: str, t: ResultThresholds) -> list[Check]:
    checks = [
        Check(
            expectations.ExpectColumnValuesToNotBeNull(column="energy"),
            lambda row: "the energy is NaN or missing",
            "energy is a number",
        ),
        Check(
            expectations.ExpectColumnValuesToBeInSet(column="parameters_finite", value_set=[True]),
            lambda row: "a parameter is NaN or infinite",
            "parameters are finite",
        ),
        Check(
            expectations.ExpectColumnValuesToBeBetween(column="trace_tail_spread", max_value=t.convergence_tolerance),
            lambda row: (
                f"not converged: the last {t.convergence_window} energies spread by "
                f"{row['trace_tail_spread']:.3g} (relative), more than {t.convergence_tolerance:g}"
            ),
            f"converged within {t.convergence_tolerance:g} over {t.convergence_window} iterations",
        ),
        Check(
            expectations.ExpectColumnValuesToBeInSet(column="convergence", value_set=list(t.accepted_convergence)),
            lambda row: (
                f"convergence {row['convergence']}: gradient norm {row['gradient_norm']:.3g} at the final parameters, "
                f"limit {row['gradient_limit']:.3g} (accepted: {', '.join(t.accepted_convergence)})"
            ),
            f"convergence one of {', '.join(t.accepted_convergence)}",
        ),
        Check(
            expectations.ExpectColumnValuesToBeBetween(column="energy_above_exact", min_value=-t.energy_tolerance),
            lambda row: (
                f"energy {row['energy']:.10g} is {-row['energy_above_exact']:.3g} below the exact ground "
                "energy, which no variational state can reach"
            ),
            "energy not below the exact ground energy",
        ),
    ]
    if t.max_energy_error is not None:
        checks.append(
            Check(
                expectations.ExpectColumnValuesToBeBetween(column="energy_above_exact", max_value=t.max_energy_error),
                lambda row: (
                    f"energy is {row['energy_above_exact']:.3g} above the exact ground energy, more than "
                    f"{t.max_energy_error:g}"
                ),
                f"energy within {t.max_energy_error:g} of the exact ground energy",
            )
        )
    if kind in COMBINATORIAL_KINDS:
        checks += [
            Check(
                expectations.ExpectColumnValuesToBeBetween(column="probability_min", min_value=0.0),
                lambda row: f"a probability is negative ({row['probability_min']:.3g})",
                "probabilities not below 0",
            ),
            Check(
                expectations.ExpectColumnValuesToBeBetween(column="probability_max", max_value=1.0),
                lambda row: f"a probability exceeds 1 ({row['probability_max']:.6g})",
                "probabilities not above 1",
            ),
            Check(
                expectations.ExpectColumnValuesToBeBetween(
                    column="probability_sum_error", max_value=t.probability_tolerance
                ),
                lambda row: (
                    f"probabilities sum to {row['probability_sum']:.12g}, expected 1 within {t.probability_tolerance:g}"
                ),
                f"probabilities sum to 1 within {t.probability_tolerance:g}",
            ),
            Check(
                expectations.ExpectColumnValuesToBeBetween(
                    column="probability_sum", max_value=1.0 + t.probability_tolerance
                ),
                lambda row: f"the top bitstrings' probabilities sum to {row['probability_sum']:.12g}, more than 1",
                "top bitstrings' probabilities at most 1",
            ),
        ]
        checks += _ratio_checks("approximation_ratio_expected", "expected-value", t.min_expected_ratio)
        checks += _ratio_checks("approximation_ratio_best", "best-of-top-bitstrings", t.min_best_ratio)
    return checks


def _ratio_checks(column: str, label: str, minimum: float | None) -> list[Check]:
    if minimum is None:
        return []
    return [
        Check(
            expectations.ExpectColumnValuesToNotBeNull(column=column),
            lambda row: f"no {label} approximation ratio",
            f"{label} approximation ratio present",
        ),
        Check(
            expectations.ExpectColumnValuesToBeBetween(column=column, min_value=minimum),
            lambda row: f"{label} approximation ratio {row[column]:.4f} is below {minimum:g}",
            f"{label} approximation ratio at least {minimum:g}",
        ),
    ]


def _probabilities(store: ResultStore, stored: StoredResult) -> tuple[np.ndarray, bool]:
    """The stored distribution and whether it is complete; the top bitstrings when no distribution is stored."""
    path = store.job_dir(stored.key) / "distribution.parquet"
    if stored.result.get("distribution_rows") is not None and path.exists():
        table = store.read_table(path)
        return table.column("probability").to_numpy(zero_copy_only=False).astype(np.float64), True
    rows = stored.result.get("top_bitstrings") or []
    return np.asarray([row["probability"] for row in rows], dtype=np.float64), False


def _floats(values: Any) -> np.ndarray:
    """Numbers as float64, anything else (None, text) as NaN, at any nesting."""
    try:
        return np.asarray(values, dtype=np.float64).ravel()
    except (TypeError, ValueError):
        return np.asarray([np.nan])


def _all_finite(values: Any) -> bool:
    return bool(values) and bool(np.all(np.isfinite(_floats(values))))


def _number(value: Any) -> float:
    try:
        return float(value) if value is not None else math.nan
    except (TypeError, ValueError):
        return math.nan
