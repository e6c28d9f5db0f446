"""Turn a validated spec problem into a Hamiltonian, a classical baseline and bitstring scoring for the engine.

Submodules import numpy, scipy and pennylane, so they are loaded only when a problem is built (or when
``Baseline``/``ProblemInstance`` are first looked up here); ``quantum_provider.spec.elements`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quantum_provider.problems.base import Baseline, ProblemInstance, QuadraticObjective
    from quantum_provider.spec import Problem

from quantum_provider.problems.limits import EXACT_DIAGONALIZATION_LIMIT, EXACT_ENUMERATION_LIMIT

__all__ = [
    "EXACT_DIAGONALIZATION_LIMIT",
    "EXACT_ENUMERATION_LIMIT",
    "Baseline",
    "ProblemInstance",
    "QuadraticObjective",
    "build_problem",
    "precheck",
]

_LAZY_BASE_NAMES = frozenset({"Baseline", "ProblemInstance", "QuadraticObjective"})


def build_problem(problem: Problem) -> ProblemInstance:
    """Build the engine's view of ``problem``; invalid physics raises QuantumSpecError naming the field."""
    if problem.kind in ("maxcut", "qubo", "portfolio"):
        from quantum_provider.problems.combinatorial import build_combinatorial

        return build_combinatorial(problem)
    if problem.kind == "molecule":
        from quantum_provider.problems.molecule import build_molecule

        return build_molecule(problem)
    if problem.kind == "pauli":
        from quantum_provider.problems.pauli import build_pauli

        return build_pauli(problem)
    raise ValueError(f"unknown problem kind {problem.kind!r}")


def precheck(problem: Problem) -> None:
    """The checks of ``build_problem`` that are cheap (no Hamiltonian, no baseline): for preprocessing many rows."""
    if problem.kind == "molecule":
        from quantum_provider.problems.molecule import precheck as molecule_precheck

        molecule_precheck(problem)


def __getattr__(name: str) -> Any:
    if name in _LAZY_BASE_NAMES:
        from quantum_provider.problems import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
