"""Molecular electronic-structure problems via PennyLane's qchem (built-in Hartree-Fock 'dhf', Jordan-Wigner).

Every input PennyLane would reject deep inside the Hartree-Fock solver is checked first and reported as a
QuantumSpecError naming the spec field. Up to ``EXACT_DIAGONALIZATION_LIMIT`` qubits the reference energy is the
exact ground energy in the sector with the active electron count and Sz = (mult - 1) / 2; beyond, it is the
Hartree-Fock energy <hf|H|hf>.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.problems.base import Baseline, ProblemInstance, index_bits
from quantum_provider.problems.limits import EXACT_DIAGONALIZATION_LIMIT
from quantum_provider.problems.pauli import (
    diagonal_energy,
    diagonal_terms,
    lowest_eigenvalue,
    pauli_sentence,
    sparse_hamiltonian,
)
from quantum_provider.spec.elements import PERIODIC_TABLE

if TYPE_CHECKING:
    from pennylane.operation import Operator
    from scipy.sparse import csr_matrix

    from quantum_provider.spec import MoleculeProblem

_BOHR_PER_ANGSTROM = 1.0 / 0.529177210903
# Nuclei closer than this make the nuclear repulsion blow up and the SCF meaningless.
_MIN_DISTANCE_BOHR = 1e-3


@dataclass(frozen=True)
class ActiveSpace:
    electrons: int
    orbitals: int
    core_orbitals: int


def check_basis(problem: MoleculeProblem) -> None:
    from pennylane.qchem.basis_set import basis_sets

    available = basis_sets[problem.basis]
    for i, symbol in enumerate(problem.symbols):
        if symbol not in available:
            raise QuantumSpecError(f"problem.symbols[{i}]", f"no {problem.basis} basis data for element {symbol!r}")


def check_geometry(problem: MoleculeProblem) -> None:
    coords = np.asarray(problem.coordinates, dtype=np.float64)
    scale = _BOHR_PER_ANGSTROM if problem.unit == "angstrom" else 1.0
    for i in range(len(coords)):
        for j in range(i):
            if np.linalg.norm(coords[i] - coords[j]) * scale < _MIN_DISTANCE_BOHR:
                raise QuantumSpecError("problem.coordinates", f"atoms {j} and {i} are at the same position")


def total_electrons(problem: MoleculeProblem) -> int:
    # Atomic number is position in the periodic table; elements.py is the spec's own source of symbols.
    return sum(PERIODIC_TABLE.index(symbol) + 1 for symbol in problem.symbols) - problem.charge


def check_active_space(problem: MoleculeProblem, electrons: int, orbitals: int) -> ActiveSpace:
    """Mirror qml.qchem.active_space (and the dhf solver's closed-shell rule) with spec field names.

    ``orbitals`` is the number of spatial orbitals of the basis; core orbitals are doubly occupied.
    """
    if electrons <= 0:
        raise QuantumSpecError("problem.charge", f"charge {problem.charge} leaves {electrons} electrons")
    if problem.mult != 1:
        raise QuantumSpecError(
            "problem.mult",
            f"mult={problem.mult} is open-shell, which PennyLane's built-in Hartree-Fock solver does not support; "
            "use mult=1",
        )
    if electrons % 2:
        raise QuantumSpecError(
            "problem.charge",
            f"charge {problem.charge} leaves {electrons} electrons, an odd count cannot form a closed shell (mult=1)",
        )
    if electrons > 2 * orbitals:
        raise QuantumSpecError(
            "problem.charge",
            f"{electrons} electrons do not fit in the {orbitals} orbitals of the {problem.basis} basis",
        )
    active_electrons = electrons if problem.active_electrons is None else problem.active_electrons
    if active_electrons > electrons:
        raise QuantumSpecError(
            "problem.active_electrons", f"{active_electrons} exceeds the molecule's {electrons} electrons"
        )
    if active_electrons % 2:
        raise QuantumSpecError(
            "problem.active_electrons", f"{active_electrons} is odd, a closed shell (mult=1) needs an even count"
        )
    core = (electrons - active_electrons) // 2
    if problem.active_orbitals is None:
        if 2 * (orbitals - core) == active_electrons:
            # A single determinant: qml.qchem.excitations refuses it and there is nothing to optimize.
            raise QuantumSpecError(
                "problem.basis",
                f"the {problem.basis} basis leaves no virtual orbital for {active_electrons} active electrons; "
                "use a larger basis",
            )
        return ActiveSpace(active_electrons, orbitals - core, core)
    active_orbitals = problem.active_orbitals
    if core + active_orbitals > orbitals:
        raise QuantumSpecError(
            "problem.active_orbitals",
            f"{core} core + {active_orbitals} active orbitals exceed the {orbitals} orbitals "
            f"of the {problem.basis} basis",
        )
    if 2 * active_orbitals < active_electrons:
        raise QuantumSpecError(
            "problem.active_orbitals",
            f"{active_orbitals} orbitals hold at most {2 * active_orbitals} electrons, {active_electrons} are active",
        )
    if 2 * active_orbitals == active_electrons:
        # PennyLane refuses an active space made only of occupied orbitals (nothing to excite into).
        raise QuantumSpecError(
            "problem.active_orbitals",
            f"{active_orbitals} orbitals are all occupied by the {active_electrons} active electrons; "
            "include at least one virtual orbital",
        )
    return ActiveSpace(active_electrons, active_orbitals, core)


def sector_ground_energy(matrix: csr_matrix, num_qubits: int, electrons: int, mult: int) -> float:
    """Lowest eigenvalue within fixed particle number and Sz = (mult - 1)/2.

    The qubit Hamiltonian spans every particle number, and e.g. an anion sector can lie below the neutral ground
    state, so the unrestricted spectrum is not the molecule's energy. Jordan-Wigner in PennyLane puts spin-up
    orbitals on even wires and spin-down on odd wires.
    """
    bits = index_bits(np.arange(1 << num_qubits), num_qubits)
    alpha, beta = bits[:, 0::2].sum(axis=1), bits[:, 1::2].sum(axis=1)
    n_alpha, n_beta = (electrons + mult - 1) // 2, (electrons - mult + 1) // 2
    sector = np.flatnonzero((alpha == n_alpha) & (beta == n_beta))
    return lowest_eigenvalue(matrix[sector][:, sector])


def _hamiltonian(problem: MoleculeProblem) -> tuple[Operator, int]:
    import pennylane as qml

    molecule = qml.qchem.Molecule(
        list(problem.symbols),
        np.asarray(problem.coordinates, dtype=np.float64),
        charge=problem.charge,
        mult=problem.mult,
        basis_name=problem.basis,
        unit=problem.unit,
    )
    # The spec's own (possibly None) values go through, so PennyLane applies its defaults exactly as documented.
    return qml.qchem.molecular_hamiltonian(
        molecule, method="dhf", active_electrons=problem.active_electrons, active_orbitals=problem.active_orbitals
    )


def basis_orbital_count(problem: MoleculeProblem) -> int:
    """Spatial orbitals of the basis: one per contracted function, as qml.qchem.Molecule counts them."""
    return orbital_count(problem.basis, problem.symbols)


def orbital_count(basis: str, symbols: list[str]) -> int:
    from pennylane.qchem.basis_set import atom_basis_data

    return sum(len(atom_basis_data(basis, symbol)) for symbol in symbols)


def precheck(problem: MoleculeProblem) -> ActiveSpace:
    """Every check of ``build_molecule`` that needs no Hartree-Fock solve: cheap enough for preprocessing."""
    check_basis(problem)
    check_geometry(problem)
    return check_active_space(problem, total_electrons(problem), basis_orbital_count(problem))


def build_molecule(
    problem: MoleculeProblem, *, diagonalization_limit: int = EXACT_DIAGONALIZATION_LIMIT
) -> ProblemInstance:
    import pennylane as qml

    active = precheck(problem)
    hamiltonian, num_qubits = _hamiltonian(problem)
    if num_qubits != 2 * active.orbitals:
        raise RuntimeError(f"PennyLane built {num_qubits} qubits, the validated active space has {2 * active.orbitals}")
    sentence = pauli_sentence(hamiltonian)
    if not all(np.isfinite(np.real(coeff)) for coeff in sentence.values()):
        raise QuantumSpecError("problem.coordinates", "the Hartree-Fock solver produced a non-finite Hamiltonian")

    hf_state = np.asarray(qml.qchem.hf_state(active.electrons, num_qubits), dtype=np.int64)
    singles, doubles = qml.qchem.excitations(active.electrons, num_qubits)
    if num_qubits <= diagonalization_limit:
        matrix = sparse_hamiltonian(hamiltonian, num_qubits)
        exact_energy: float | None = sector_ground_energy(matrix, num_qubits, active.electrons, problem.mult)
        baseline = Baseline(exact_energy, "exact_diagonalization", True)
    else:
        exact_energy = None
        masks, coeffs = diagonal_terms(sentence, num_qubits)
        baseline = Baseline(diagonal_energy(masks, coeffs, hf_state), "hartree_fock", False)
    return ProblemInstance(
        kind="molecule",
        num_qubits=num_qubits,
        hamiltonian=hamiltonian,
        baseline=baseline,
        exact_energy=exact_energy,
        combinatorial=False,
        variable_labels=list(range(num_qubits)),
        hf_state=hf_state,
        electrons=active.electrons,
        singles=[list(map(int, s)) for s in singles],
        doubles=[list(map(int, d)) for d in doubles],
    )
