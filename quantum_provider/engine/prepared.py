"""A job built from its spec before anything is written: problem, ansatz, device and QNodes (``prepare``).

Its own module so that both loops (``engine/optimizers.py``, ``engine/fast.py``) and the runner depend on it, and
not on each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.problems.base import ProblemInstance
from quantum_provider.spec import JobSpec

#: What ``prepare`` asks for by default: "auto" takes the compiled fast path whenever the spec allows it.
DEFAULT_ENGINE = "auto"


@dataclass
class PreparedJob:
    """Everything built from the spec before the first write: a bad spec fails here and leaves no trace."""

    spec: JobSpec
    problem: ProblemInstance
    ansatz: Any
    energy: Any
    probe: Any
    sampling_rng: np.random.Generator
    device_name: str
    #: "auto": the compiled fast path when the spec allows it (the default); "plain": always the plain loop.
    engine: str = DEFAULT_ENGINE


def prepare(spec: JobSpec, problem: ProblemInstance | None = None, *, engine: str = DEFAULT_ENGINE) -> PreparedJob:
    """Build problem, ansatz, device and QNodes once per job (never per iteration).

    ``engine="plain"`` keeps the job off the compiled fast path (benchmarks and the tests comparing the paths).
    """
    if engine not in ("auto", "plain"):
        raise ValueError(f"engine must be 'auto' or 'plain', got {engine!r}")
    import pennylane as qml

    from quantum_provider.engine.ansatz import build_ansatz
    from quantum_provider.problems import build_problem

    problem = problem or build_problem(spec.problem)
    device_name = spec.execution.device or "lightning.qubit"
    init_seed, sampling_seed = np.random.SeedSequence(spec.execution.seed).spawn(2)
    ansatz = build_ansatz(spec.ansatz, problem, np.random.default_rng(init_seed))
    sampling_rng = np.random.default_rng(sampling_seed)
    try:
        device = qml.device(device_name, wires=problem.num_qubits, seed=sampling_rng)
    except Exception as err:  # PennyLane raises several types for an unknown or unusable device name
        first = (str(err).strip().splitlines() or [""])[0]
        raise QuantumSpecError("execution.device", f"cannot create device {device_name!r}: {first}") from None

    shots = spec.execution.shots
    diff_method = "adjoint" if shots is None else "parameter-shift"
    if shots is None and not _supports_adjoint(device):  # found by fuzzing: else it fails mid-run, after writes
        raise QuantumSpecError(
            "execution.device",
            f"{device_name!r} cannot differentiate analytically (no adjoint method); set execution.shots or use "
            "lightning.qubit",
        )
    hamiltonian = problem.hamiltonian

    @qml.qnode(device, diff_method=diff_method)
    def energy(params):
        ansatz.apply(params)
        return qml.expval(hamiltonian)

    @qml.qnode(device, diff_method=None)
    def probe(params):
        ansatz.apply(params)
        return qml.probs(wires=ansatz.wires) if shots is None else qml.sample(wires=ansatz.wires)

    if shots is not None:
        energy = qml.set_shots(energy, shots=shots)
        probe = qml.set_shots(probe, shots=shots)
    return PreparedJob(spec, problem, ansatz, energy, probe, sampling_rng, device_name, engine)


def _supports_adjoint(device: Any) -> bool:
    from pennylane.devices import ExecutionConfig

    try:
        return bool(device.supports_derivatives(ExecutionConfig(gradient_method="adjoint")))
    except Exception:  # a device that cannot even answer is left to fail as before, with its own message
        return True
