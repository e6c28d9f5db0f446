"""MaxCut, QUBO and portfolio selection: each reduces to a QUBO, then to a diagonal (Z-only) Ising Hamiltonian.

Baselines: up to ``EXACT_ENUMERATION_LIMIT`` variables every bitstring is scored (vectorized, in chunks); beyond,
a seeded multi-start local search gives a heuristic optimum and worst value (``method="heuristic_local_search"``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from quantum_provider.problems.base import (
    Baseline,
    ProblemInstance,
    QuadraticObjective,
    check_scale,
    format_bitstring,
    index_bits,
)
from quantum_provider.problems.limits import EXACT_ENUMERATION_LIMIT

if TYPE_CHECKING:
    from pennylane.operation import Operator

    from quantum_provider.spec import MaxCutProblem, PortfolioProblem, QuboProblem

# 2^16 rows x 20 columns of float64 is 10 MB per temporary, so n=20 enumeration stays far below 300 MB.
_CHUNK = 1 << 16
_LOCAL_SEARCH_SEED = 20240531
_LOCAL_SEARCH_STARTS = 32


def maxcut_objective(problem: MaxCutProblem) -> QuadraticObjective:
    """cost(x) = -sum_{(u,v)} w (x_u + x_v - 2 x_u x_v), i.e. minus the cut weight."""
    index = {node: i for i, node in enumerate(problem.nodes)}
    n = len(index)
    matrix = np.zeros((n, n))
    for u, v, weight in problem.edges:
        i, j = index[u], index[v]
        matrix[i, i] -= weight
        matrix[j, j] -= weight
        # x^T Q x counts an off-diagonal pair twice, so w on each side gives the 2 w x_u x_v term.
        matrix[i, j] += weight
        matrix[j, i] += weight
    return QuadraticObjective(matrix, 0.0)


def default_qubo_penalty(matrix: np.ndarray) -> float:
    """Any two selections differ in ``x^T Q x`` by at most B = sum|Q| (each term Q_ij x_i x_j moves within a range
    of width |Q_ij|; the offset cancels), and an infeasible selection misses the budget by at least one, so its
    penalty ``p (sum(x) - budget)^2`` is at least p. A penalty above B therefore puts every infeasible selection
    strictly above every feasible one; 1 + B keeps that margin even when B is zero."""
    return 1.0 + float(np.abs(matrix).sum())


def qubo_objective(problem: QuboProblem) -> QuadraticObjective:
    # The spec stores the symmetric part (spec.SquareMatrix), which x^T Q x and the Ising expansion expect.
    matrix = np.asarray(problem.matrix, dtype=np.float64)
    if problem.budget is None:
        return QuadraticObjective(matrix, float(problem.offset))
    penalty = problem.penalty if problem.penalty is not None else default_qubo_penalty(matrix)
    return QuadraticObjective(matrix, float(problem.offset), budget=problem.budget, penalty=float(penalty))


def default_portfolio_penalty(mu: np.ndarray, covariance: np.ndarray, risk_aversion: float) -> float:
    """Any two selections differ in unpenalized cost by at most B = sum|mu| + q sum|C| (each term of the quadratic
    form moves within a range of width |coefficient|), so a penalty above B puts every infeasible selection
    strictly above every feasible one. 1 + B keeps that margin even when B is zero."""
    return 1.0 + float(np.abs(mu).sum() + risk_aversion * np.abs(covariance).sum())


def portfolio_objective(problem: PortfolioProblem) -> QuadraticObjective:
    mu = np.asarray(problem.expected_returns, dtype=np.float64)
    covariance = np.asarray(problem.covariance, dtype=np.float64)
    covariance = (covariance + covariance.T) / 2.0
    q = float(problem.risk_aversion)
    matrix = q * covariance - np.diag(mu)
    penalty = problem.penalty if problem.penalty is not None else default_portfolio_penalty(mu, covariance, q)
    return QuadraticObjective(matrix, 0.0, budget=problem.budget, penalty=float(penalty))


#: Relative size below which an Ising field is rounding noise (a few ulps of the largest QUBO entry).
_CANCELLED = 1e-12


def ising_hamiltonian(matrix: np.ndarray, offset: float) -> Operator:
    """x^T Q x + c with x_i = (1 - Z_i)/2, as a sum of identity, Z_i and Z_i Z_j terms.

    Expanding gives h_i = -(row sum of Q)_i / 2, J_ij = Q_ij / 2 for i < j and constant c + (tr Q + sum Q) / 4.
    The constant is kept so that <x|H|x> is the objective itself, not just up to a shift.
    """
    import pennylane as qml

    n = matrix.shape[0]
    linear = -matrix.sum(axis=1) / 2.0
    # Row sums that cancel in exact arithmetic (MaxCut: every one) leave rounding residues of ~1e-16; as terms
    # they would cost gates and give same-sized graphs different circuit shapes (engine/fast.py shares programs).
    linear[np.abs(linear) <= _CANCELLED * float(np.abs(matrix).max(initial=0.0))] = 0.0
    constant = float(offset + (np.trace(matrix) + matrix.sum()) / 4.0)
    coeffs: list[float] = []
    ops: list = []
    if constant != 0.0:
        coeffs.append(constant)
        ops.append(qml.Identity(0))
    for i in range(n):
        if linear[i] != 0.0:
            coeffs.append(float(linear[i]))
            ops.append(qml.Z(i))
    rows, cols = np.nonzero(np.triu(matrix, k=1))
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        coeffs.append(float(matrix[i, j] / 2.0))
        ops.append(qml.Z(i) @ qml.Z(j))
    if not ops:
        coeffs, ops = [0.0], [qml.Identity(0)]
    return qml.Hamiltonian(coeffs, ops)


@dataclass(frozen=True)
class _Scan:
    optimum: float
    optimum_index: int
    worst: float
    lowest_penalized: float


def enumerate_objective(objective: QuadraticObjective) -> _Scan:
    """Score all 2^n bitstrings: best and worst feasible cost, and the lowest penalized value (= min diagonal)."""
    n = objective.num_variables
    penalized_matrix, penalized_offset = objective.penalized()
    best, best_index, worst, lowest = np.inf, -1, -np.inf, np.inf
    for start in range(0, 1 << n, _CHUNK):
        indices = np.arange(start, min(start + _CHUNK, 1 << n), dtype=np.int64)
        bits = index_bits(indices, n).astype(np.float64)
        values = objective.values(bits)
        penalized = np.einsum("ij,ij->i", bits @ penalized_matrix, bits) + penalized_offset
        lowest = min(lowest, float(penalized.min()))
        if objective.budget is not None:
            values = np.where(objective.feasible_rows(bits), values, np.nan)
            if np.isnan(values).all():
                continue
        # nanargmin takes the first minimum, so ties resolve to the smallest basis index, deterministically.
        chunk_best = int(np.nanargmin(values))
        if values[chunk_best] < best:
            best, best_index = float(values[chunk_best]), int(indices[chunk_best])
        worst = max(worst, float(np.nanmax(values)))
    return _Scan(best, best_index, worst, lowest)


def _descend_flips(matrix: np.ndarray, x: np.ndarray, tol: float) -> np.ndarray:
    """Steepest descent over single bit flips; flipping i changes x^T Q x by 2 d_i (Qx)_i + Q_ii, d_i = 1 - 2 x_i."""
    x = x.astype(np.float64)
    gradient = matrix @ x
    diagonal = np.diag(matrix)
    for _ in range(100 * len(x)):
        direction = 1.0 - 2.0 * x
        delta = 2.0 * direction * gradient + diagonal
        i = int(np.argmin(delta))
        if delta[i] >= -tol:
            break
        x[i] += direction[i]
        gradient += direction[i] * matrix[:, i]
    return x


def _descend_swaps(matrix: np.ndarray, x: np.ndarray, tol: float) -> np.ndarray:
    """Steepest descent over swaps (one chosen variable out, one in), which keeps sum(x) fixed.

    Single flips are useless under a budget: from a feasible point every flip is infeasible and penalized.
    """
    x = x.astype(np.float64)
    gradient = matrix @ x
    diagonal = np.diag(matrix)
    for _ in range(100 * len(x)):
        ones, zeros = np.flatnonzero(x == 1.0), np.flatnonzero(x == 0.0)
        if not len(ones) or not len(zeros):
            break
        # Moving from x to x - e_i + e_j changes the cost by Q_ii + Q_jj - 2 Q_ij - 2 (Qx)_i + 2 (Qx)_j.
        delta = (
            (diagonal[ones] - 2.0 * gradient[ones])[:, None]
            + (diagonal[zeros] + 2.0 * gradient[zeros])[None, :]
            - 2.0 * matrix[np.ix_(ones, zeros)]
        )
        a, b = np.unravel_index(int(np.argmin(delta)), delta.shape)
        if delta[a, b] >= -tol:
            break
        i, j = ones[a], zeros[b]
        x[i], x[j] = 0.0, 1.0
        gradient += matrix[:, j] - matrix[:, i]
    return x


def local_search(
    matrix: np.ndarray, budget: int | None, *, starts: int = _LOCAL_SEARCH_STARTS, seed: int = _LOCAL_SEARCH_SEED
) -> np.ndarray:
    """Lowest x^T Q x found by steepest descent from seeded random starts (deterministic for fixed inputs).

    Unconstrained searches also start from all-zeros and all-ones, which are often extreme (e.g. the empty cut).
    """
    n = matrix.shape[0]
    rng = np.random.default_rng(seed)
    tol = 1e-12 * max(1.0, float(np.abs(matrix).sum()))
    if budget is None:
        initial = [np.zeros(n), np.ones(n)] + [rng.integers(0, 2, size=n).astype(np.float64) for _ in range(starts)]
        candidates = [_descend_flips(matrix, x, tol) for x in initial]
    else:
        initial = []
        for _ in range(starts):
            x = np.zeros(n)
            x[rng.choice(n, size=budget, replace=False)] = 1.0
            initial.append(x)
        candidates = [_descend_swaps(matrix, x, tol) for x in initial]
    values = [float(x @ matrix @ x) for x in candidates]
    return candidates[int(np.argmin(values))]


def combinatorial_baseline(objective: QuadraticObjective, *, enumeration_limit: int) -> tuple[Baseline, float | None]:
    """The baseline and the exact ground energy of the penalized Hamiltonian (None when not enumerated).

    Heuristic path (n > enumeration_limit): the optimum is the best feasible point found by the local search and
    ``worst`` the best the same search finds when maximizing, i.e. a lower bound on the true worst.
    """
    n = objective.num_variables
    if n <= enumeration_limit:
        scan = enumerate_objective(objective)
        bits = index_bits(np.array([scan.optimum_index]), n)[0]
        baseline = Baseline(
            scan.optimum, "enumeration", True, worst=scan.worst, optimum_bitstring=format_bitstring(bits)
        )
        return baseline, scan.lowest_penalized
    best = local_search(objective.matrix, objective.budget)
    worst = local_search(-objective.matrix, objective.budget)
    baseline = Baseline(
        objective.value(best),
        "heuristic_local_search",
        False,
        worst=objective.value(worst),
        optimum_bitstring=format_bitstring(best.astype(np.int8)),
    )
    return baseline, None


#: The spec field whose numbers set each kind's Hamiltonian scale.
_SCALE_FIELD = {"maxcut": "problem.edges", "qubo": "problem.matrix", "portfolio": "problem"}


def build_combinatorial(
    problem: MaxCutProblem | QuboProblem | PortfolioProblem, *, enumeration_limit: int = EXACT_ENUMERATION_LIMIT
) -> ProblemInstance:
    with np.errstate(over="ignore", invalid="ignore"):  # overflow gives inf, which check_scale refuses
        if problem.kind == "maxcut":
            objective, labels = maxcut_objective(problem), list(problem.nodes)
        elif problem.kind == "qubo":
            objective, labels = qubo_objective(problem), list(range(problem.num_variables))
        elif problem.kind == "portfolio":
            objective, labels = portfolio_objective(problem), list(range(problem.num_variables))
        else:
            raise ValueError(f"not a combinatorial problem kind: {problem.kind!r}")
        matrix, offset = objective.penalized()
        scale = float(np.abs(matrix).sum() + abs(offset))
    check_scale(_SCALE_FIELD[problem.kind], scale)
    baseline, exact_energy = combinatorial_baseline(objective, enumeration_limit=enumeration_limit)
    return ProblemInstance(
        kind=problem.kind,
        num_qubits=objective.num_variables,
        hamiltonian=ising_hamiltonian(*objective.penalized()),
        baseline=baseline,
        exact_energy=exact_energy,
        combinatorial=True,
        variable_labels=labels,
        objective=objective,
    )
