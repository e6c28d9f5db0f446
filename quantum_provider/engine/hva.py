"""The Hamiltonian-variational ansatz (HVA): a reference state, then layers of one rotation per Hamiltonian term.

Built from the Hamiltonian alone, so it needs no tuning per model (Wecker, Hastings, Troyer 2015; Wiersema et al.,
PRX Quantum 1, 020319, 2020; the one-angle-per-term form is the "multi-angle" variant of Herrman et al. 2022):

- **Reference**: the ground state of a *driver*, a part of H that a product of one- and two-qubit states solves
  exactly. Qubits with single-qubit terms take the ground state of their local field (the transverse field's
  ``|+>`` for the Ising chain); the others are paired greedily along their strongest two-qubit couplings and take
  the ground state of the pair's terms (the singlets of the Heisenberg chain).
- **Layers**: ``exp(-i theta_{l,t} P_t)`` for every non-identity term ``c_t P_t``, the driver's terms last in
  each layer, the others in commuting groups (greedy, in word order), so a layer with every
  ``theta_{l,t} = c_t dt`` is one Trotter step of ``exp(-i dt H)``.
- **Start**: a linear ramp from the driver to the whole Hamiltonian (a discretized adiabatic path, as QAOA's
  ramp start): layer ``l`` of ``p`` gives the other terms ``s_l c_t dt`` and the driver ``(1 - s_l) c_t dt``,
  ``s_l = (l + 1/2) / p``, ``dt = 0.75`` over the median ``|c_t|`` of the ramped terms (so scaling H does not
  change the circuit), plus seeded normal noise that breaks the ramp's symmetry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from pennylane.operation import Operator

#: The ramp's time step for unit couplings, as for QAOA's ramp (engine/ansatz.py).
_RAMP_DT = 0.75
_MATRICES = {
    "I": np.eye(2, dtype=complex),
    "X": np.array([[0, 1], [1, 0]], dtype=complex),
    "Y": np.array([[0, -1j], [1j, 0]], dtype=complex),
    "Z": np.diag([1.0, -1.0]).astype(complex),
}


@dataclass(frozen=True)
class Term:
    """One non-identity Pauli term: its letters on its wires (in wire order) and its real coefficient."""

    wires: tuple[int, ...]
    letters: str
    coeff: float


@dataclass(frozen=True)
class HvaCircuit:
    """The reference blocks ``(wires, unitary)``, the terms in the order their rotations are applied, the start."""

    blocks: tuple[tuple[tuple[int, ...], np.ndarray], ...]
    terms: tuple[Term, ...]
    layers: int
    initial_params: np.ndarray

    def apply(self, params: np.ndarray) -> None:
        import pennylane as qml

        for wires, unitary in self.blocks:
            qml.QubitUnitary(unitary, wires=list(wires))
        for layer in range(self.layers):
            for index, term in enumerate(self.terms):
                _rotation(term)(2.0 * params[layer, index], wires=list(term.wires))


def _rotation(term: Term) -> Callable[..., object]:
    """``exp(-i phi/2 P)`` as a gate: the native one- and two-qubit rotations lightning differentiates fastest."""
    import pennylane as qml

    native = {"X": qml.RX, "Y": qml.RY, "Z": qml.RZ, "XX": qml.IsingXX, "YY": qml.IsingYY, "ZZ": qml.IsingZZ}
    gate = native.get(term.letters)
    if gate is not None:
        return gate
    return lambda phi, wires: qml.PauliRot(phi, term.letters, wires=wires)


def hamiltonian_terms(hamiltonian: Operator) -> list[Term]:
    """The non-identity terms of ``hamiltonian`` in word order (wires, then letters)."""
    from quantum_provider.problems.pauli import pauli_sentence

    terms = []
    for word, coeff in pauli_sentence(hamiltonian).items():
        if not len(word):
            continue
        wires = tuple(sorted(int(wire) for wire in word))
        letters = "".join(word[wire] for wire in wires)
        terms.append(Term(wires, letters, float(np.real(coeff))))
    terms.sort(key=lambda term: (term.wires, term.letters))
    return terms


def _commute(a: Term, b: Term) -> bool:
    """Pauli words commute when they differ (both non-identity) on an even number of wires."""
    b_letters = dict(zip(b.wires, b.letters, strict=True))
    clashes = sum(1 for wire, letter in zip(a.wires, a.letters, strict=True) if b_letters.get(wire, letter) != letter)
    return clashes % 2 == 0


def _operator_matrix(terms: list[Term], wires: tuple[int, ...]) -> np.ndarray:
    """The matrix of ``sum c_t P_t`` on ``wires`` (terms supported inside them), wire ``wires[0]`` most significant."""
    matrix = np.zeros((2 ** len(wires), 2 ** len(wires)), dtype=complex)
    for term in terms:
        letters = dict(zip(term.wires, term.letters, strict=True))
        factor = np.ones((1, 1), dtype=complex)
        for wire in wires:
            factor = np.kron(factor, _MATRICES[letters.get(wire, "I")])
        matrix += term.coeff * factor
    return matrix


def _preparing_unitary(state: np.ndarray) -> np.ndarray:
    """A unitary whose first column is ``state`` up to a global phase: the Householder reflection onto it."""
    state = np.asarray(state, dtype=complex)
    phase = state[0] / abs(state[0]) if abs(state[0]) > 1e-12 else 1.0
    target = state * np.conj(phase)
    w = -target
    w[0] += 1.0
    norm = float(np.real(np.vdot(w, w)))
    if norm < 1e-24:
        return np.eye(len(state), dtype=complex)
    return np.eye(len(state), dtype=complex) - 2.0 * np.outer(w, np.conj(w)) / norm


def driver(terms: list[Term], num_qubits: int) -> tuple[list[tuple[tuple[int, ...], np.ndarray]], set[int]]:
    """The reference blocks and the indices (into ``terms``) of the driver's terms; see the module docstring."""
    blocks: list[tuple[tuple[int, ...], np.ndarray]] = []
    driver_terms: set[int] = set()
    covered: set[int] = set()
    for qubit in range(num_qubits):
        local = [i for i, term in enumerate(terms) if term.wires == (qubit,)]
        if local:
            blocks.append(((qubit,), _ground_block([terms[i] for i in local], (qubit,))))
            driver_terms.update(local)
            covered.add(qubit)
    strength: dict[tuple[int, ...], float] = {}
    for term in terms:
        if len(term.wires) == 2 and not covered.intersection(term.wires):
            strength[term.wires] = strength.get(term.wires, 0.0) + abs(term.coeff)
    for pair, _ in sorted(strength.items(), key=lambda item: (-item[1], item[0])):
        if covered.intersection(pair):
            continue
        inside = [i for i, term in enumerate(terms) if set(term.wires) <= set(pair)]
        blocks.append((pair, _ground_block([terms[i] for i in inside], pair)))
        driver_terms.update(inside)
        covered.update(pair)
    return blocks, driver_terms


def _ground_block(terms: list[Term], wires: tuple[int, ...]) -> np.ndarray:
    _, vectors = np.linalg.eigh(_operator_matrix(terms, wires))
    return _preparing_unitary(vectors[:, 0])


def _commuting_groups(terms: list[Term]) -> list[Term]:
    """``terms`` reordered into greedy commuting groups (first group that commutes with the term, in word order)."""
    groups: list[list[Term]] = []
    for term in terms:
        for group in groups:
            if all(_commute(term, other) for other in group):
                group.append(term)
                break
        else:
            groups.append([term])
    return [term for group in groups for term in group]


def hamiltonian_variational(
    hamiltonian: Operator, num_qubits: int, layers: int, rng: np.random.Generator, *, noise: float
) -> HvaCircuit:
    """The HVA circuit of ``hamiltonian`` with ``layers`` layers and its seeded ramp start."""
    terms = hamiltonian_terms(hamiltonian)
    if not terms:
        from quantum_provider.exceptions import QuantumSpecError

        raise QuantumSpecError("problem.terms", "the Hamiltonian is a constant: there is no state to optimize")
    blocks, driver_terms = driver(terms, num_qubits)
    others = _commuting_groups([term for i, term in enumerate(terms) if i not in driver_terms])
    drivers = [term for i, term in enumerate(terms) if i in driver_terms]
    ordered = others + drivers
    coeffs = np.array([term.coeff for term in ordered])
    # The couplings the ramp turns on set the time scale (a driver-only Hamiltonian: the driver's).
    magnitudes = np.abs([term.coeff for term in (others or drivers) if term.coeff != 0.0])
    dt = _RAMP_DT / float(np.median(magnitudes)) if magnitudes.size else _RAMP_DT
    s = (np.arange(layers) + 0.5) / layers
    is_driver = np.array([False] * len(others) + [True] * len(drivers))
    ramp = np.where(is_driver[None, :], (1.0 - s)[:, None], s[:, None])
    initial = ramp * coeffs[None, :] * dt + noise * rng.standard_normal((layers, len(ordered)))
    return HvaCircuit(tuple(blocks), tuple(ordered), layers, initial)
