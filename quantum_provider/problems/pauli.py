"""Hamiltonians given as sums of Pauli words, plus the spectral numerics shared with the molecule builder.

Up to ``EXACT_DIAGONALIZATION_LIMIT`` qubits the ground energy is the lowest eigenvalue of the sparse matrix.
Beyond, the baseline is the lowest computational-basis energy <x|H|x> that a seeded local search finds over the
Z-only part of H: a variational upper bound, labelled ``heuristic_local_search`` and ``exact=False``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from quantum_provider.problems.base import Baseline, ProblemInstance, check_scale
from quantum_provider.problems.limits import EXACT_DIAGONALIZATION_LIMIT

if TYPE_CHECKING:
    from pennylane.operation import Operator
    from pennylane.pauli import PauliSentence
    from scipy.sparse import csr_matrix

    from quantum_provider.spec import PauliProblem

# PauliSentence.to_mat preallocates a 1 GB scratch buffer by default; first-touching it costs seconds per call.
_TO_MAT_BUFFER_BYTES = 1 << 26
_DENSE_EIGEN_LIMIT = 256
_LOCAL_SEARCH_SEED = 20240531
_LOCAL_SEARCH_STARTS = 32


def pauli_sentence(hamiltonian: Operator) -> PauliSentence:
    import pennylane as qml

    return hamiltonian.pauli_rep if hamiltonian.pauli_rep is not None else qml.pauli.pauli_sentence(hamiltonian)


def sparse_hamiltonian(hamiltonian: Operator, num_qubits: int) -> csr_matrix:
    """CSR matrix on wires 0..num_qubits-1, even when H does not act on every wire."""
    sentence = pauli_sentence(hamiltonian)
    return sentence.to_mat(wire_order=range(num_qubits), format="csr", buffer_size=_TO_MAT_BUFFER_BYTES)


def lowest_eigenvalue(matrix: csr_matrix) -> float:
    """Smallest eigenvalue of a Hermitian sparse matrix: dense for small blocks, Lanczos (eigsh) otherwise."""
    dimension = matrix.shape[0]
    if dimension <= _DENSE_EIGEN_LIMIT:
        return float(np.linalg.eigvalsh(matrix.toarray())[0])
    from scipy.sparse.linalg import eigsh

    # A random start vector: a uniform one can be orthogonal to the ground state of symmetric Hamiltonians
    # (e.g. all-ones has no overlap with the ground state of H = X).
    rng = np.random.default_rng(0)
    start = rng.standard_normal(dimension)
    if np.iscomplexobj(matrix.data):
        start = start + 1j * rng.standard_normal(dimension)
    values = eigsh(matrix, k=1, which="SA", v0=start, tol=1e-12, return_eigenvectors=False)
    return float(np.real(values[0]))


def diagonal_terms(sentence: PauliSentence, num_qubits: int) -> tuple[np.ndarray, np.ndarray]:
    """The Z/identity-only words as a (terms x qubits) 0/1 mask and their real coefficients.

    Only these words have nonzero diagonal entries, so <x|H|x> = sum_t c_t (-1)^(mask_t . x).
    """
    masks, coeffs = [], []
    for word, coeff in sentence.items():
        if any(letter != "Z" for letter in word.values()):
            continue
        mask = np.zeros(num_qubits)
        mask[[int(wire) for wire in word]] = 1.0
        masks.append(mask)
        coeffs.append(float(np.real(coeff)))
    if not masks:
        return np.zeros((0, num_qubits)), np.zeros(0)
    return np.array(masks), np.array(coeffs)


def diagonal_energy(masks: np.ndarray, coeffs: np.ndarray, bits: np.ndarray) -> float:
    """<x|H|x> for one computational basis state x (bit i is wire i)."""
    signs = 1.0 - 2.0 * ((masks @ np.asarray(bits, dtype=np.float64)) % 2.0)
    return float(coeffs @ signs)


def _descend(masks: np.ndarray, coeffs: np.ndarray, x: np.ndarray, tol: float) -> np.ndarray:
    """Steepest descent over single bit flips; flipping bit i negates every term whose word contains Z_i."""
    x = x.astype(np.float64)
    weighted = coeffs * (1.0 - 2.0 * ((masks @ x) % 2.0))
    for _ in range(100 * len(x)):
        delta = -2.0 * (masks.T @ weighted)
        i = int(np.argmin(delta))
        if delta[i] >= -tol:
            break
        x[i] = 1.0 - x[i]
        weighted = np.where(masks[:, i] == 1.0, -weighted, weighted)
    return x


def lowest_basis_state(
    masks: np.ndarray,
    coeffs: np.ndarray,
    num_qubits: int,
    *,
    starts: int = _LOCAL_SEARCH_STARTS,
    seed: int = _LOCAL_SEARCH_SEED,
) -> tuple[float, np.ndarray]:
    """Lowest <x|H|x> found by seeded multi-start single-flip descent (deterministic for fixed inputs)."""
    rng = np.random.default_rng(seed)
    tol = 1e-12 * max(1.0, float(np.abs(coeffs).sum()))
    initial = [np.zeros(num_qubits)] + [rng.integers(0, 2, size=num_qubits).astype(np.float64) for _ in range(starts)]
    candidates = [_descend(masks, coeffs, x, tol) for x in initial]
    energies = [diagonal_energy(masks, coeffs, x) for x in candidates]
    best = int(np.argmin(energies))
    return energies[best], candidates[best].astype(np.int8)


def pauli_hamiltonian(terms: list[tuple[str, float]]) -> Operator:
    """sum_t c_t P_t with letter i of each word acting on wire i, term by term as given.

    Repeated words stay separate terms here; a ``PauliProblem`` never has any (the spec merges them and sorts the
    words), so what reaches this function from a spec is already canonical.
    """
    import pennylane as qml

    ops = [qml.pauli.string_to_pauli_word(word) for word, _ in terms]
    return qml.Hamiltonian([float(coeff) for _, coeff in terms], ops)


def build_pauli(problem: PauliProblem, *, diagonalization_limit: int = EXACT_DIAGONALIZATION_LIMIT) -> ProblemInstance:
    num_qubits = problem.num_variables
    with np.errstate(over="ignore"):  # overflow gives inf, which check_scale refuses
        check_scale("problem.terms", float(np.abs([coeff for _, coeff in problem.terms]).sum()))
    hamiltonian = pauli_hamiltonian(problem.terms)
    if num_qubits <= diagonalization_limit:
        exact_energy: float | None = lowest_eigenvalue(sparse_hamiltonian(hamiltonian, num_qubits))
        baseline = Baseline(exact_energy, "exact_diagonalization", True)
    else:
        exact_energy = None
        masks, coeffs = diagonal_terms(pauli_sentence(hamiltonian), num_qubits)
        energy, _ = lowest_basis_state(masks, coeffs, num_qubits)
        baseline = Baseline(energy, "heuristic_local_search", False)
    return ProblemInstance(
        kind="pauli",
        num_qubits=num_qubits,
        hamiltonian=hamiltonian,
        baseline=baseline,
        exact_energy=exact_energy,
        combinatorial=False,
        variable_labels=list(range(num_qubits)),
    )
