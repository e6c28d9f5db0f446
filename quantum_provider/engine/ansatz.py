"""Ansatz builders: each turns a problem into a parameterized circuit and its initial parameters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pennylane as qml

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.problems.base import ProblemInstance
from quantum_provider.spec import (
    AllSinglesDoublesAnsatz,
    HamiltonianVariationalAnsatz,
    HardwareEfficientAnsatz,
    QaoaAnsatz,
)

# A linear-ramp start (a discretized adiabatic path) makes QAOA deterministic and avoids the
# poor local optima a random start often lands in; 0.75 is the ramp length used in the QAOA literature.
_QAOA_RAMP = 0.75
#: The Hamiltonian-variational start's angles get seeded normal noise of this size (radians): the ramp alone is a
#: symmetric point of translation-invariant chains, where the periodic XXZ chain stalls 3% above its ground energy.
_HVA_NOISE = 0.05


@dataclass(frozen=True)
class Ansatz:
    """A circuit body that applies gates for ``params`` and the parameters to start from."""

    apply: Callable[[np.ndarray], None]
    initial_params: np.ndarray
    wires: list[int]
    #: The Hamiltonian-variational circuit's structure (engine/fast.py keys its compiled programs on it).
    circuit: Any = None


def build_ansatz(
    spec: QaoaAnsatz | HardwareEfficientAnsatz | AllSinglesDoublesAnsatz | HamiltonianVariationalAnsatz,
    problem: ProblemInstance,
    rng: np.random.Generator,
) -> Ansatz:
    """Build the ansatz named by ``spec`` for ``problem``; ``rng`` draws random initial parameters."""
    wires = list(range(problem.num_qubits))
    if isinstance(spec, QaoaAnsatz):
        return _qaoa(spec.layers, problem, wires)
    if isinstance(spec, HardwareEfficientAnsatz):
        return _hardware_efficient(spec.layers, problem, wires, rng)
    if isinstance(spec, HamiltonianVariationalAnsatz):
        from quantum_provider.engine.hva import hamiltonian_variational

        layers = spec.layers or max(2, problem.num_qubits)
        circuit = hamiltonian_variational(problem.hamiltonian, problem.num_qubits, layers, rng, noise=_HVA_NOISE)
        return Ansatz(apply=circuit.apply, initial_params=circuit.initial_params, wires=wires, circuit=circuit)
    return _all_singles_doubles(problem, wires)


def _qaoa(layers: int, problem: ProblemInstance, wires: list[int]) -> Ansatz:
    cost_h = problem.hamiltonian
    if not all({op.name for op in _factors(term)} <= {"PauliZ", "Identity"} for term in _terms(cost_h)):
        raise QuantumSpecError("ansatz.kind", "qaoa needs a diagonal (Z-only) cost Hamiltonian")
    budget = None if problem.objective is None else problem.objective.budget
    if budget is not None and 0 < budget < len(wires):
        return _budgeted_qaoa(layers, problem, wires, budget)
    mixer_h = qml.qaoa.x_mixer(wires)

    def apply(params: np.ndarray) -> None:
        for wire in wires:
            qml.Hadamard(wires=wire)
        for gamma, beta in zip(params[0], params[1], strict=True):
            qml.qaoa.cost_layer(gamma, cost_h)
            qml.qaoa.mixer_layer(beta, mixer_h)

    steps = (np.arange(layers) + 0.5) / layers
    initial = np.stack([steps * _QAOA_RAMP * _cost_time_scale(cost_h), (1.0 - steps) * _QAOA_RAMP])
    return Ansatz(apply=apply, initial_params=initial, wires=wires)


def budgeted(problem: ProblemInstance) -> bool:
    """Whether QAOA runs in the budget's subspace (``_budgeted_qaoa``) for ``problem``."""
    budget = None if problem.objective is None else problem.objective.budget
    return budget is not None and 0 < budget < problem.num_qubits


def _budgeted_qaoa(layers: int, problem: ProblemInstance, wires: list[int], budget: int) -> Ansatz:
    """QAOA inside the feasible subspace of "exactly ``budget`` ones" (Hadfield et al., Algorithms 12, 34, 2019).

    The start is the Dicke state (every feasible selection, equal amplitudes) and the mixer the XY ring
    ``exp(-i beta (X_i X_j + Y_i Y_j) / 2)`` over neighbouring wires, which moves a one to a neighbour and so never
    leaves the subspace; the cost layer is diagonal. No probability is spent on selections that break the budget:
    with the X mixer the sample portfolios kept half of it there (expected ratio 0.47-0.59, docs/science.md).
    """
    from math import comb

    cost_h = problem.hamiltonian
    n = len(wires)
    weights = np.array([bin(index).count("1") for index in range(1 << n)])
    dicke = np.where(weights == budget, 1.0 / np.sqrt(comb(n, budget)), 0.0)
    ring = [(wire, wires[(position + 1) % n]) for position, wire in enumerate(wires)]
    ring = ring if n > 2 else ring[:1]

    def apply(params: np.ndarray) -> None:
        qml.StatePrep(dicke, wires=wires)
        for gamma, beta in zip(params[0], params[1], strict=True):
            qml.qaoa.cost_layer(gamma, cost_h)
            for pair in ring:  # IsingXY(phi) = exp(i phi (XX + YY) / 4)
                qml.IsingXY(-2.0 * beta, wires=list(pair))

    steps = (np.arange(layers) + 0.5) / layers
    initial = np.stack([steps * _QAOA_RAMP * _cost_time_scale(cost_h), (1.0 - steps) * _QAOA_RAMP])
    return Ansatz(apply=apply, initial_params=initial, wires=wires)


def _cost_time_scale(cost_h: qml.operation.Operator) -> float:
    """The factor that makes the ramp's cost angles independent of the problem's units: the ramp's 0.75 is tuned
    for unit-weight MaxCut, whose couplings are 1/2, so the angles scale by 1/2 over the median |coupling|."""
    coeffs, ops = cost_h.terms()
    magnitudes = [abs(float(c)) for c, op in zip(coeffs, ops, strict=True) if op.name != "Identity" and c != 0]
    return 0.5 / float(np.median(magnitudes)) if magnitudes else 1.0


def _hardware_efficient(layers: int, problem: ProblemInstance, wires: list[int], rng: np.random.Generator) -> Ansatz:
    shape = qml.StronglyEntanglingLayers.shape(n_layers=layers, n_wires=len(wires))

    def apply(params: np.ndarray) -> None:
        if problem.hf_state is not None:
            qml.BasisState(problem.hf_state, wires=wires)
        qml.StronglyEntanglingLayers(params, wires=wires)

    # Small angles keep the start near the reference state, away from barren plateaus.
    return Ansatz(apply=apply, initial_params=rng.uniform(-0.1, 0.1, size=shape), wires=wires)


def _all_singles_doubles(problem: ProblemInstance, wires: list[int]) -> Ansatz:
    if problem.hf_state is None:
        raise QuantumSpecError("ansatz.kind", "all_singles_doubles needs a molecule problem")
    singles, doubles = problem.singles or [], problem.doubles or []
    if not singles and not doubles:
        raise QuantumSpecError("problem", "the active space admits no excitations; enlarge active_orbitals")

    def apply(params: np.ndarray) -> None:
        qml.AllSinglesDoubles(params, wires=wires, hf_state=problem.hf_state, singles=singles, doubles=doubles)

    # Starting at Hartree-Fock (all zeros) is the standard, deterministic VQE start.
    return Ansatz(apply=apply, initial_params=np.zeros(len(singles) + len(doubles)), wires=wires)


def _terms(hamiltonian: qml.operation.Operator) -> list[qml.operation.Operator]:
    _, ops = hamiltonian.terms()
    return ops


def _factors(op: qml.operation.Operator) -> list[qml.operation.Operator]:
    if isinstance(op, qml.ops.Prod):
        return [factor for operand in op.operands for factor in _factors(operand)]
    if isinstance(op, qml.ops.SProd):
        return _factors(op.base)
    return [op]
