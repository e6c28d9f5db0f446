"""The engine-facing result of building a problem: its Hamiltonian, its classical baseline and bitstring scoring.

Only numpy and the error taxonomy are imported at module level; pennylane appears in annotations only, so this module
stays cheap to import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from quantum_provider.exceptions import QuantumSpecError

if TYPE_CHECKING:
    from pennylane.operation import Operator

#: Largest sum of |Hamiltonian coefficients| a problem may have. QAOA gradients grow like its square and Adam
#: squares the gradients, so from about 1e77 float64 overflows mid-run (NaN energies, unwritable results); no
#: physical problem comes near 1e50, which leaves a wide margin.
MAX_HAMILTONIAN_SCALE = 1e50


def check_scale(field: str, scale: float) -> None:
    """Refuse a problem whose energies or gradients would overflow float64: a spec error, before any write."""
    if not scale <= MAX_HAMILTONIAN_SCALE:  # also true for inf and NaN
        raise QuantumSpecError(
            field,
            f"coefficients sum to {scale:g} in magnitude, more than {MAX_HAMILTONIAN_SCALE:g}: energies and "
            "gradients would overflow; rescale the problem",
        )


@dataclass(frozen=True)
class Baseline:
    """The classical reference a variational result is judged against.

    ``value`` is the optimum cost (combinatorial kinds) or the ground energy (Hamiltonian kinds). When ``exact`` is
    False the value is a heuristic estimate and ``method`` says which heuristic produced it.
    """

    value: float
    method: str
    exact: bool
    worst: float | None = None
    optimum_bitstring: str | None = None


@dataclass(frozen=True)
class QuadraticObjective:
    """``x^T Q x + offset`` over binary ``x``, optionally constrained to ``sum(x) == budget``.

    The constraint reaches the Hamiltonian as ``penalty * (sum(x) - budget)^2``; :meth:`value` never includes it,
    because a reported cost must be comparable across penalty choices.
    """

    matrix: np.ndarray
    offset: float
    budget: int | None = None
    penalty: float = 0.0

    @property
    def num_variables(self) -> int:
        return self.matrix.shape[0]

    def value(self, x: np.ndarray) -> float:
        x = np.asarray(x, dtype=np.float64)
        return float(x @ self.matrix @ x + self.offset)

    def feasible(self, x: np.ndarray) -> bool:
        return self.budget is None or int(np.sum(x)) == self.budget

    def values(self, rows: np.ndarray) -> np.ndarray:
        """:meth:`value` of every row of a (bitstrings x variables) 0/1 array."""
        rows = np.asarray(rows, dtype=np.float64)
        return np.einsum("ij,ij->i", rows @ self.matrix, rows) + self.offset

    def feasible_rows(self, rows: np.ndarray) -> np.ndarray:
        """:meth:`feasible` of every row."""
        rows = np.asarray(rows)
        return np.ones(len(rows), dtype=bool) if self.budget is None else rows.sum(axis=1) == self.budget

    def penalized(self) -> tuple[np.ndarray, float]:
        """The (matrix, offset) pair whose quadratic form includes the budget penalty; x_i^2 = x_i folds the
        linear part onto the diagonal."""
        if self.budget is None:
            return self.matrix, self.offset
        n, k, p = self.num_variables, self.budget, self.penalty
        matrix = self.matrix + p * (np.ones((n, n)) - 2.0 * k * np.eye(n))
        return matrix, self.offset + p * k * k


def parse_bitstring(bitstring: str, num_bits: int) -> np.ndarray:
    """'0'/'1' characters, character i is wire i; returns an int8 vector."""
    if not isinstance(bitstring, str) or len(bitstring) != num_bits or set(bitstring) - {"0", "1"}:
        raise ValueError(f"expected a string of {num_bits} '0'/'1' characters, got {bitstring!r}")
    return np.frombuffer(bitstring.encode("ascii"), dtype=np.uint8).astype(np.int8) - ord("0")


def format_bitstring(bits: np.ndarray) -> str:
    return "".join("1" if b else "0" for b in np.asarray(bits).ravel())


def index_bits(indices: np.ndarray, num_bits: int) -> np.ndarray:
    """Rows of bits for computational-basis indices; wire 0 is the most significant bit (qml.probs ordering)."""
    shifts = np.arange(num_bits - 1, -1, -1, dtype=np.int64)
    return ((np.asarray(indices, dtype=np.int64)[:, None] >> shifts) & 1).astype(np.int8)


@dataclass(frozen=True)
class ProblemInstance:
    """A problem ready for the engine: minimize ``<hamiltonian>`` on ``num_qubits`` wires labelled 0..n-1.

    For combinatorial kinds ``objective`` holds the QUBO behind the Hamiltonian; its diagonal at ``|x>`` equals
    the penalized objective of ``x``, and :meth:`cost` the unpenalized one.
    """

    kind: str
    num_qubits: int
    hamiltonian: Operator
    baseline: Baseline
    exact_energy: float | None
    combinatorial: bool
    variable_labels: list
    hf_state: np.ndarray | None = field(default=None, compare=False)
    electrons: int | None = None
    singles: list | None = None
    doubles: list | None = None
    objective: QuadraticObjective | None = field(default=None, repr=False, compare=False)

    def _require_objective(self, what: str) -> QuadraticObjective:
        if self.objective is None:
            raise TypeError(f"{what}() is only defined for combinatorial problems, not {self.kind!r}")
        return self.objective

    def cost(self, bitstring: str) -> float:
        """The objective of ``bitstring`` without the constraint penalty (maxcut: minus the cut weight)."""
        objective = self._require_objective("cost")
        return objective.value(parse_bitstring(bitstring, self.num_qubits))

    def is_feasible(self, bitstring: str) -> bool:
        objective = self._require_objective("is_feasible")
        return objective.feasible(parse_bitstring(bitstring, self.num_qubits))

    def approximation_ratio(self, cost: float, feasible: bool = True) -> float:
        """``(worst - cost) / (worst - optimum)``: 1 at the optimum, 0 at the worst feasible bitstring.

        Infeasible bitstrings score 0. With a heuristic baseline (``baseline.exact`` False) the ratio is relative
        to the heuristic's optimum and worst, so it may leave [0, 1].
        """
        self._require_objective("approximation_ratio")
        return float(self.approximation_ratios(np.array([cost]), np.array([feasible]))[0])

    def approximation_ratios(self, costs: np.ndarray, feasible: np.ndarray) -> np.ndarray:
        """:meth:`approximation_ratio` of many bitstrings at once (their costs and feasibility)."""
        self._require_objective("approximation_ratio")
        worst, optimum = self.baseline.worst, self.baseline.value
        if worst is None:
            raise ValueError("the baseline has no worst value, so no approximation ratio can be formed")
        span = worst - optimum
        # A flat landscape (every feasible bitstring optimal) would otherwise divide by zero or by rounding noise.
        if abs(span) <= 1e-12 * max(1.0, abs(worst), abs(optimum)):
            ratios = np.ones(len(costs))
        else:
            ratios = (worst - np.asarray(costs, dtype=np.float64)) / span
        return np.where(np.asarray(feasible, dtype=bool), ratios, 0.0)

    def bitstring_ratios(self, bits: np.ndarray) -> np.ndarray:
        """The approximation ratio of every row of ``bits`` (infeasible rows 0)."""
        objective = self._require_objective("bitstring_ratios")
        return self.approximation_ratios(objective.values(bits), objective.feasible_rows(bits))
