"""Turn the optimized circuit into what users read: energies, top bitstrings, baseline, approximation ratio."""

from __future__ import annotations

from typing import Any

import numpy as np

from quantum_provider.problems.base import ProblemInstance, index_bits

TOP_BITSTRINGS = 10
#: Up to this many qubits the whole measured distribution is stored, so validation can check that it sums to 1.
DISTRIBUTION_MAX_QUBITS = 16


def top_bitstrings_from_probs(probs: np.ndarray, problem: ProblemInstance, k: int = TOP_BITSTRINGS) -> list[dict]:
    """The ``k`` most probable basis states with their costs (wire 0 is the leftmost character)."""
    n = problem.num_qubits
    k = min(k, probs.size)
    top = np.argpartition(-probs, k - 1)[:k]
    top = top[np.lexsort((top, -probs[top]))]  # by probability, ties by index: deterministic order
    return [_row(format(int(i), f"0{n}b"), float(probs[i]), problem) for i in top]


def top_bitstrings_from_samples(samples: np.ndarray, problem: ProblemInstance, k: int = TOP_BITSTRINGS) -> list[dict]:
    """The ``k`` most frequent sampled bitstrings, probability = observed frequency."""
    strings = ["".join(str(int(b)) for b in row) for row in np.atleast_2d(samples)]
    values, counts = np.unique(strings, return_counts=True)
    order = np.lexsort((values, -counts))[:k]
    total = counts.sum()
    return [_row(str(values[i]), float(counts[i] / total), problem) for i in order]


def _row(bitstring: str, probability: float, problem: ProblemInstance) -> dict[str, Any]:
    feasible = problem.is_feasible(bitstring)
    return {"bitstring": bitstring, "probability": probability, "cost": problem.cost(bitstring), "feasible": feasible}


#: Basis states scored per chunk when the expected ratio is taken over an analytic distribution (2^16 x n floats).
_CHUNK = 1 << 16


def summarize_bitstrings(rows: list[dict], problem: ProblemInstance) -> dict[str, Any]:
    """Pick the best (lowest-cost feasible) of the top bitstrings and rate it against the baseline."""
    feasible = [row for row in rows if row["feasible"]]
    if not feasible:
        return {"best_bitstring": None, "best_cost": None, "approximation_ratio_best": 0.0}
    best = min(feasible, key=lambda row: (row["cost"], -row["probability"]))
    return {
        "best_bitstring": best["bitstring"],
        "best_cost": best["cost"],
        "approximation_ratio_best": problem.approximation_ratio(best["cost"]),
    }


def expected_ratio(raw: np.ndarray, problem: ProblemInstance, *, sampled: bool) -> float:
    """The approximation ratio in expectation over the measured distribution: every basis state weighted by its
    probability (analytic) or every shot once (sampled); infeasible states count 0."""
    if sampled:
        return float(np.mean(problem.bitstring_ratios(np.atleast_2d(raw))))
    probs = np.asarray(raw, dtype=np.float64)
    total = 0.0
    for start in range(0, probs.size, _CHUNK):
        chunk = probs[start : start + _CHUNK]
        total += float(
            chunk @ problem.bitstring_ratios(index_bits(np.arange(start, start + chunk.size), problem.num_qubits))
        )
    return total / float(probs.sum())


def distribution(raw: np.ndarray, num_qubits: int, *, sampled: bool) -> dict[str, list] | None:
    """The measured distribution as columns: every basis state (analytic) or every observed bitstring (shots).

    ``None`` above DISTRIBUTION_MAX_QUBITS in analytic mode, where the full vector would outweigh the result.
    """
    if sampled:
        strings = ["".join(str(int(b)) for b in row) for row in np.atleast_2d(raw)]
        values, counts = np.unique(strings, return_counts=True)
        return {"bitstring": values.tolist(), "probability": (counts / counts.sum()).tolist()}
    if num_qubits > DISTRIBUTION_MAX_QUBITS:
        return None
    return {
        "bitstring": [format(i, f"0{num_qubits}b") for i in range(raw.size)],
        "probability": raw.astype(np.float64).tolist(),
    }
