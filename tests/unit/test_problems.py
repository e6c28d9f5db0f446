"""quantum_provider.problems against independent brute force: every expected number is computed here, not copied."""

from __future__ import annotations

import functools
import itertools
import subprocess
import sys

import numpy as np
import pennylane as qml
import pytest

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.problems import EXACT_DIAGONALIZATION_LIMIT, EXACT_ENUMERATION_LIMIT, build_problem
from quantum_provider.problems.combinatorial import build_combinatorial
from quantum_provider.problems.molecule import build_molecule
from quantum_provider.problems.pauli import build_pauli
from quantum_provider.spec import JobSpec

ATOL = 1e-9
PAULI_MATRICES = {
    "I": np.eye(2),
    "X": np.array([[0, 1], [1, 0]], dtype=complex),
    "Y": np.array([[0, -1j], [1j, 0]]),
    "Z": np.diag([1.0, -1.0]),
}
# Full-CI ground energy of H2 in STO-3G at R = 0.74 Angstrom, a textbook value (Hartree).
H2_FCI_ENERGY = -1.13728
H2 = {"kind": "molecule", "symbols": ["H", "H"], "coordinates": [[0.0, 0.0, 0.0], [0.0, 0.0, 0.74]]}
LIH = {"kind": "molecule", "symbols": ["Li", "H"], "coordinates": [[0.0, 0.0, 0.0], [0.0, 0.0, 1.6]]}


def problem(data: dict):
    return JobSpec.parse({"problem": data}).problem


def bitstrings(n: int) -> list[tuple[int, ...]]:
    # itertools.product varies the last position fastest, i.e. position 0 is the most significant bit,
    # which is the basis-index order of qml.matrix with wire_order=range(n).
    return list(itertools.product((0, 1), repeat=n))


def as_str(bits: tuple[int, ...]) -> str:
    return "".join(map(str, bits))


def hamiltonian_diagonal(instance) -> np.ndarray:
    matrix = qml.matrix(instance.hamiltonian, wire_order=range(instance.num_qubits))
    assert np.allclose(matrix, np.diag(np.diag(matrix))), "a combinatorial Hamiltonian must be diagonal"
    return np.real(np.diag(matrix))


def random_graph(rng: np.random.Generator, n: int, p: float, weighted: bool) -> list[tuple]:
    edges = [(u, v) for u in range(n) for v in range(u + 1, n) if rng.random() < p]
    for u in range(n - 1):  # every node must appear in some edge, or it would not be a variable
        if not any(u in e for e in edges):
            edges.append((u, u + 1))
    if not any(n - 1 in e for e in edges):
        edges.append((0, n - 1))
    if weighted:
        return [(u, v, float(rng.uniform(-0.5, 3.0))) for u, v in edges]
    return edges


def cut_weight(edges: list[tuple], side: dict[int, int]) -> float:
    return sum((e[2] if len(e) == 3 else 1.0) for e in edges if side[e[0]] != side[e[1]])


# --- MaxCut -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("seed", "n", "weighted"), [(0, 5, False), (1, 7, True), (2, 8, False), (3, 9, True)])
def test_maxcut_diagonal_baseline_and_ratio(seed: int, n: int, weighted: bool) -> None:
    rng = np.random.default_rng(seed)
    edges = random_graph(rng, n, 0.5, weighted)
    # Relabel nodes sparsely so the qubit -> node mapping is exercised.
    labels = {u: 3 * u + 1 for u in range(n)}
    edges = [(labels[e[0]], labels[e[1]], *e[2:]) for e in edges]
    instance = build_problem(problem({"kind": "maxcut", "edges": edges}))

    nodes = sorted(labels.values())
    assert instance.variable_labels == nodes
    assert instance.num_qubits == n
    diagonal = hamiltonian_diagonal(instance)
    cuts = []
    for index, bits in enumerate(bitstrings(n)):
        cut = cut_weight(edges, dict(zip(nodes, bits, strict=True)))
        cuts.append(cut)
        assert diagonal[index] == pytest.approx(-cut, abs=ATOL)
        assert instance.cost(as_str(bits)) == pytest.approx(-cut, abs=ATOL)
        assert instance.is_feasible(as_str(bits))

    best, worst = max(cuts), min(cuts)
    assert instance.baseline.exact
    assert instance.baseline.method == "enumeration"
    assert instance.baseline.value == pytest.approx(-best, abs=ATOL)
    assert instance.baseline.worst == pytest.approx(-worst, abs=ATOL)
    assert instance.exact_energy == pytest.approx(-best, abs=ATOL)
    assert instance.cost(instance.baseline.optimum_bitstring) == pytest.approx(-best, abs=ATOL)
    for index in rng.choice(len(cuts), size=10, replace=False):
        expected = (cuts[index] - worst) / (best - worst)
        if not weighted:  # with non-negative weights the worst cut is empty, so the ratio is cut / maxcut
            assert worst == 0.0
            expected = cuts[index] / best
        assert instance.approximation_ratio(-cuts[index]) == pytest.approx(expected, abs=ATOL)


def test_maxcut_hamiltonian_runs_in_a_qaoa_cost_layer() -> None:
    instance = build_problem(problem({"kind": "maxcut", "edges": [(0, 1, 2.0), (1, 2), (2, 0, 0.5)]}))
    _, ops = instance.hamiltonian.terms()
    for op in ops:
        factors = op.operands if isinstance(op, qml.ops.Prod) else [op]
        assert {f.name for f in factors} <= {"PauliZ", "Identity"}

    @qml.qnode(qml.device("default.qubit", wires=instance.num_qubits))
    def energy(gamma: float) -> float:
        for wire in range(instance.num_qubits):
            qml.Hadamard(wire)
        qml.qaoa.cost_layer(gamma, instance.hamiltonian)
        return qml.expval(instance.hamiltonian)

    # A diagonal cost layer leaves the uniform superposition's energy at the mean of the diagonal.
    assert energy(0.7) == pytest.approx(hamiltonian_diagonal(instance).mean(), abs=ATOL)


@pytest.mark.parametrize("seed", range(5))
def test_maxcut_hamiltonian_has_one_term_per_edge_and_no_rounding_fields(seed: int) -> None:
    # MaxCut's local fields cancel exactly; rounding residues (~1e-16) must not become Z terms (extra gates, and
    # same-sized graphs would differ in circuit shape).
    rng = np.random.default_rng(seed)
    edges = [(u, v, float(np.round(rng.uniform(0.5, 1.5), 3))) for u, v in itertools.combinations(range(5), 2)]
    instance = build_problem(problem({"kind": "maxcut", "edges": edges}))
    _, ops = instance.hamiltonian.terms()
    lengths = sorted(len(op.wires) if op.name != "Identity" else 0 for op in ops)
    assert lengths == [0] + [2] * len(edges)


# --- QUBO -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("seed", "n"), [(10, 4), (11, 8)])
def test_qubo_diagonal_and_baseline(seed: int, n: int) -> None:
    rng = np.random.default_rng(seed)
    raw = rng.normal(size=(n, n))
    matrix = (raw + raw.T) / 2
    offset = float(rng.normal())
    instance = build_problem(problem({"kind": "qubo", "matrix": matrix.tolist(), "offset": offset}))

    diagonal = hamiltonian_diagonal(instance)
    values = [float(np.array(b) @ matrix @ np.array(b)) + offset for b in bitstrings(n)]
    np.testing.assert_allclose(diagonal, values, atol=ATOL)
    assert instance.baseline.value == pytest.approx(min(values), abs=ATOL)
    assert instance.baseline.worst == pytest.approx(max(values), abs=ATOL)
    assert instance.exact_energy == pytest.approx(min(values), abs=ATOL)
    best_bits = bitstrings(n)[int(np.argmin(values))]
    assert instance.baseline.optimum_bitstring == as_str(best_bits)
    assert instance.approximation_ratio(instance.baseline.value) == 1.0
    assert instance.approximation_ratio(max(values)) == pytest.approx(0.0, abs=ATOL)


def test_qubo_at_the_enumeration_limit_is_exact() -> None:
    n = EXACT_ENUMERATION_LIMIT
    rng = np.random.default_rng(12)
    raw = rng.normal(size=(n, n))
    matrix = (raw + raw.T) / 2
    instance = build_problem(problem({"kind": "qubo", "matrix": matrix.tolist()}))
    assert instance.baseline.exact
    best = np.array([int(c) for c in instance.baseline.optimum_bitstring])
    value = best @ matrix @ best
    assert instance.baseline.value == pytest.approx(value, abs=ATOL)
    # The reported optimum cannot be improved by any single flip (a necessary condition checked independently).
    for i in range(n):
        flipped = best.copy()
        flipped[i] ^= 1
        assert flipped @ matrix @ flipped >= value - ATOL


# --- Portfolio ---------------------------------------------------------------------------------------------


def random_portfolio(rng: np.random.Generator, n: int, budget: int, penalty: float | None = None) -> dict:
    factors = rng.normal(size=(n, n))
    covariance = factors @ factors.T / n
    data = {
        "kind": "portfolio",
        "expected_returns": rng.uniform(-0.1, 0.4, size=n).tolist(),
        "covariance": covariance.tolist(),
        "budget": budget,
        "risk_aversion": 0.7,
    }
    if penalty is not None:
        data["penalty"] = penalty
    return data


@pytest.mark.parametrize(("seed", "n", "budget"), [(20, 5, 2), (21, 8, 3), (22, 6, 6)])
def test_portfolio_diagonal_penalty_and_feasible_baseline(seed: int, n: int, budget: int) -> None:
    rng = np.random.default_rng(seed)
    data = random_portfolio(rng, n, budget)
    mu, cov, q = np.array(data["expected_returns"]), np.array(data["covariance"]), data["risk_aversion"]
    instance = build_problem(problem(data))
    diagonal = hamiltonian_diagonal(instance)

    objective = {b: float(q * np.array(b) @ cov @ np.array(b) - mu @ np.array(b)) for b in bitstrings(n)}
    feasible = {b: v for b, v in objective.items() if sum(b) == budget}
    best, worst = min(feasible.values()), max(feasible.values())
    implied_penalties = []
    for index, bits in enumerate(bitstrings(n)):
        assert instance.is_feasible(as_str(bits)) == (sum(bits) == budget)
        assert instance.cost(as_str(bits)) == pytest.approx(objective[bits], abs=ATOL)
        if sum(bits) == budget:
            assert diagonal[index] == pytest.approx(objective[bits], abs=ATOL)
        else:
            # Default penalty: infeasible bitstrings sit strictly above the best feasible one.
            assert diagonal[index] > best + 1e-9
            implied_penalties.append((diagonal[index] - objective[bits]) / (sum(bits) - budget) ** 2)
    # The excess is one quadratic penalty P (sum x - k)^2 with a single P.
    np.testing.assert_allclose(implied_penalties, implied_penalties[0], rtol=1e-9)

    assert bitstrings(n)[int(np.argmin(diagonal))] in feasible
    assert instance.exact_energy == pytest.approx(diagonal.min(), abs=ATOL)
    assert instance.exact_energy == pytest.approx(best, abs=ATOL)
    assert instance.baseline.value == pytest.approx(best, abs=ATOL)
    assert instance.baseline.worst == pytest.approx(worst, abs=ATOL)
    assert instance.is_feasible(instance.baseline.optimum_bitstring)
    infeasible = "1" * n if budget < n else "0" * n
    assert instance.approximation_ratio(instance.cost(infeasible), feasible=False) == 0.0


def test_portfolio_explicit_penalty_is_honoured() -> None:
    rng = np.random.default_rng(23)
    data = random_portfolio(rng, 4, 2, penalty=3.5)
    mu, cov, q = np.array(data["expected_returns"]), np.array(data["covariance"]), data["risk_aversion"]
    instance = build_problem(problem(data))
    expected = [
        float(q * np.array(b) @ cov @ np.array(b) - mu @ np.array(b)) + 3.5 * (sum(b) - 2) ** 2 for b in bitstrings(4)
    ]
    np.testing.assert_allclose(hamiltonian_diagonal(instance), expected, atol=ATOL)


# --- Heuristic path (beyond the enumeration limit) -----------------------------------------------------------


def test_large_maxcut_uses_deterministic_labelled_heuristic() -> None:
    n = EXACT_ENUMERATION_LIMIT + 4
    rng = np.random.default_rng(30)
    spec = problem({"kind": "maxcut", "edges": random_graph(rng, n, 0.3, weighted=False)})
    first, second = build_problem(spec), build_problem(spec)
    assert first.baseline == second.baseline
    assert first.baseline.exact is False
    assert first.baseline.method == "heuristic_local_search"
    assert first.exact_energy is None
    assert first.num_qubits == n
    assert first.cost(first.baseline.optimum_bitstring) == pytest.approx(first.baseline.value)
    assert first.baseline.worst == 0.0  # the empty cut, reached from the all-zeros start
    assert first.baseline.value < 0.0


def test_large_portfolio_heuristic_stays_feasible() -> None:
    n = EXACT_ENUMERATION_LIMIT + 2
    spec = problem(random_portfolio(np.random.default_rng(31), n, 5))
    first, second = build_problem(spec), build_problem(spec)
    assert first.baseline == second.baseline
    assert first.baseline.method == "heuristic_local_search"
    assert not first.baseline.exact
    assert first.is_feasible(first.baseline.optimum_bitstring)
    assert first.baseline.worst >= first.baseline.value


@pytest.mark.parametrize("kind", ["qubo", "portfolio"])
def test_heuristic_is_never_better_than_enumeration(kind: str) -> None:
    rng = np.random.default_rng(32)
    if kind == "qubo":
        raw = rng.normal(size=(10, 10))
        spec = problem({"kind": "qubo", "matrix": ((raw + raw.T) / 2).tolist()})
    else:
        spec = problem(random_portfolio(rng, 10, 4))
    exact = build_combinatorial(spec)
    heuristic = build_combinatorial(spec, enumeration_limit=0)
    assert heuristic.baseline.method == "heuristic_local_search"
    assert heuristic.baseline.value >= exact.baseline.value - ATOL
    assert heuristic.baseline.worst <= exact.baseline.worst + ATOL
    assert heuristic.is_feasible(heuristic.baseline.optimum_bitstring)


# --- Molecules ---------------------------------------------------------------------------------------------


def sector_indices(num_qubits: int, electrons: int) -> np.ndarray:
    """Basis states with the given electron count and Sz = 0, read off PennyLane's own number and Sz operators."""
    number = np.real(np.diag(qml.matrix(qml.qchem.particle_number(num_qubits), wire_order=range(num_qubits))))
    spin_z = np.real(np.diag(qml.matrix(qml.qchem.spinz(num_qubits), wire_order=range(num_qubits))))
    return np.flatnonzero(np.isclose(number, electrons) & np.isclose(spin_z, 0.0))


@functools.cache
def h2_instance():
    return build_problem(problem(H2))


def test_h2_exact_energy_matches_sector_diagonalization_and_fci() -> None:
    instance = h2_instance()
    assert instance.num_qubits == 4
    assert instance.electrons == 2
    np.testing.assert_array_equal(instance.hf_state, [1, 1, 0, 0])
    assert instance.singles == [[0, 2], [1, 3]]
    assert instance.doubles == [[0, 1, 2, 3]]

    dense = qml.matrix(instance.hamiltonian, wire_order=range(4))
    sector = sector_indices(4, 2)
    assert len(sector) == 4  # one alpha and one beta electron in two spatial orbitals each
    expected = np.linalg.eigvalsh(dense[np.ix_(sector, sector)])[0]
    assert instance.exact_energy == pytest.approx(expected, abs=1e-10)
    assert instance.exact_energy == pytest.approx(H2_FCI_ENERGY, abs=1e-4)
    assert instance.baseline.value == instance.exact_energy
    assert instance.baseline.exact
    assert instance.baseline.method == "exact_diagonalization"
    assert instance.combinatorial is False


def test_cation_energy_is_restricted_to_its_electron_count() -> None:
    # H3+ at its own geometry would rather bind more electrons: the qubit Hamiltonian's overall lowest eigenvalue
    # lies in a sector with more than 2 electrons, so only the restricted value is the cation's energy.
    side = 0.9
    coordinates = [[0.0, 0.0, 0.0], [side, 0.0, 0.0], [side / 2, side * np.sqrt(3) / 2, 0.0]]
    instance = build_problem(
        problem({"kind": "molecule", "symbols": ["H"] * 3, "coordinates": coordinates, "charge": 1})
    )
    assert instance.num_qubits == 6
    assert instance.electrons == 2
    dense = qml.matrix(instance.hamiltonian, wire_order=range(6))
    sector = sector_indices(6, 2)
    expected = np.linalg.eigvalsh(dense[np.ix_(sector, sector)])[0]
    assert instance.exact_energy == pytest.approx(expected, abs=1e-10)
    assert instance.exact_energy > np.linalg.eigvalsh(dense)[0] + 1e-3


def test_molecule_beyond_the_diagonalization_limit_reports_hartree_fock() -> None:
    instance = build_molecule(problem(H2), diagonalization_limit=2)
    assert instance.exact_energy is None
    assert instance.baseline.method == "hartree_fock"
    assert instance.baseline.exact is False
    dense = qml.matrix(instance.hamiltonian, wire_order=range(4))
    hf_index = int("".join(map(str, instance.hf_state)), 2)
    assert instance.baseline.value == pytest.approx(np.real(dense[hf_index, hf_index]), abs=1e-10)
    # Variational principle: Hartree-Fock lies above the exact ground energy.
    assert instance.baseline.value > h2_instance().exact_energy


def test_lih_active_space_builds_ten_qubits() -> None:
    instance = build_problem(problem({**LIH, "active_electrons": 2, "active_orbitals": 5}))
    assert instance.num_qubits == 10
    assert instance.electrons == 2
    assert int(instance.hf_state.sum()) == 2
    dense = qml.matrix(instance.hamiltonian, wire_order=range(10))
    sector = sector_indices(10, 2)
    assert instance.exact_energy == pytest.approx(np.linalg.eigvalsh(dense[np.ix_(sector, sector)])[0], abs=1e-9)
    hf_index = int("".join(map(str, instance.hf_state)), 2)
    assert instance.exact_energy <= np.real(dense[hf_index, hf_index]) + 1e-12


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"symbols": ["H", "Na"]}, "problem.symbols[1]"),
        ({"basis": "cc-pvdz", "symbols": ["K", "H"]}, "problem.symbols[0]"),
        ({"active_electrons": 4}, "problem.active_electrons"),
        ({"charge": -4}, "problem.charge"),
        ({"active_orbitals": 1}, "problem.active_orbitals"),
        ({"mult": 3}, "problem.mult"),
        ({"charge": 1}, "problem.charge"),
        ({"charge": 2}, "problem.charge"),
        ({"coordinates": [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]}, "problem.coordinates"),
        ({"symbols": ["He"], "coordinates": [[0.0, 0.0, 0.0]]}, "problem.basis"),
    ],
)
def test_molecule_spec_errors_name_the_field(changes: dict, field: str, monkeypatch) -> None:
    import pennylane as qml

    def hartree_fock(*args, **kwargs):
        raise AssertionError("a bad spec reached the Hartree-Fock Hamiltonian")

    # Refused before any Hartree-Fock work: the Hamiltonian builder is never reached.
    monkeypatch.setattr(qml.qchem, "molecular_hamiltonian", hartree_fock)
    with pytest.raises(QuantumSpecError) as caught:
        build_problem(problem({**H2, **changes}))
    assert caught.value.field == field
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"active_electrons": 3}, "problem.active_electrons"),
        ({"active_electrons": 2, "active_orbitals": 6}, "problem.active_orbitals"),
        ({"active_electrons": 4, "active_orbitals": 2}, "problem.active_orbitals"),
    ],
)
def test_lih_impossible_active_space(changes: dict, field: str) -> None:
    with pytest.raises(QuantumSpecError) as caught:
        build_problem(problem({**LIH, **changes}))
    assert caught.value.field == field


# --- Pauli Hamiltonians --------------------------------------------------------------------------------------


def kron_matrix(terms: list[tuple[str, float]]) -> np.ndarray:
    return sum(c * functools.reduce(np.kron, [PAULI_MATRICES[ch] for ch in word]) for word, c in terms)


def random_terms(rng: np.random.Generator, n: int, count: int, letters: str = "IXYZ") -> list[tuple[str, float]]:
    return [("".join(rng.choice(list(letters), size=n)), float(rng.normal())) for _ in range(count)]


@pytest.mark.parametrize(("seed", "n", "count"), [(40, 3, 6), (41, 5, 12), (42, 9, 20)])
def test_pauli_exact_energy_matches_dense_eigvalsh(seed: int, n: int, count: int) -> None:
    rng = np.random.default_rng(seed)
    terms = [*random_terms(rng, n, count), ("I" * n, 0.25)]
    instance = build_problem(problem({"kind": "pauli", "terms": terms}))
    expected = np.linalg.eigvalsh(kron_matrix(terms))[0]
    assert instance.num_qubits == n
    assert instance.exact_energy == pytest.approx(expected, abs=1e-9)
    assert instance.baseline.exact
    assert instance.baseline.method == "exact_diagonalization"
    np.testing.assert_allclose(qml.matrix(instance.hamiltonian, wire_order=range(n)), kron_matrix(terms), atol=1e-12)


def test_pauli_ground_state_orthogonal_to_uniform_vector_is_found() -> None:
    # sum_i X_i has the uniform vector as its top eigenvector: in exact arithmetic a Lanczos run started there
    # never leaves it. 9 qubits puts the matrix past the dense cut-off, onto the sparse solver.
    n = 9
    terms = [("I" * i + "X" + "I" * (n - 1 - i), 1.0) for i in range(n)]
    instance = build_problem(problem({"kind": "pauli", "terms": terms}))
    assert instance.exact_energy == pytest.approx(np.linalg.eigvalsh(kron_matrix(terms))[0], abs=1e-9)


def test_pauli_beyond_the_limit_uses_deterministic_basis_state_heuristic() -> None:
    n = EXACT_DIAGONALIZATION_LIMIT + 2
    rng = np.random.default_rng(43)
    spec = problem({"kind": "pauli", "terms": random_terms(rng, n, 30, letters="IZZX")})
    first, second = build_problem(spec), build_problem(spec)
    assert first.baseline == second.baseline
    assert first.exact_energy is None
    assert first.baseline.method == "heuristic_local_search"
    assert first.baseline.exact is False


def test_pauli_heuristic_is_a_basis_energy_above_the_ground_energy() -> None:
    rng = np.random.default_rng(44)
    terms = random_terms(rng, 6, 15, letters="IZZX")
    spec = problem({"kind": "pauli", "terms": terms})
    heuristic = build_pauli(spec, diagonalization_limit=0)
    diagonal = np.real(np.diag(kron_matrix(terms)))
    assert np.isclose(diagonal, heuristic.baseline.value, atol=1e-9).any()
    assert heuristic.baseline.value >= np.linalg.eigvalsh(kron_matrix(terms))[0] - 1e-9


# --- Interface details ---------------------------------------------------------------------------------------


def test_bitstring_and_kind_misuse_is_rejected() -> None:
    instance = build_problem(problem({"kind": "maxcut", "edges": [(0, 1), (1, 2)]}))
    with pytest.raises(ValueError, match="3"):
        instance.cost("01")
    with pytest.raises(ValueError, match=r"got '0a1'"):
        instance.cost("0a1")
    with pytest.raises(TypeError):
        h2_instance().cost("0000")


def test_elements_import_stays_cheap() -> None:
    code = (
        "import sys, quantum_provider.spec.elements, quantum_provider.problems as p;"
        "assert p.EXACT_DIAGONALIZATION_LIMIT == 14;"
        "heavy = {'pennylane', 'scipy', 'quantum_provider.problems.base'} & set(sys.modules);"
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
