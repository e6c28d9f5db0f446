"""The expert peer: a hand-written ``lightning.qubit`` adjoint-differentiation loop, no orchestration.

One device and one QNode per problem, built once; ``diff_method="adjoint"``; one circuit execution per step gives
both the energy and its gradient (``qml.grad``'s forward value); Adam written out in numpy with the constants
and the arithmetic of ``qml.AdamOptimizer``. It runs in the harness's own process, one OpenMP thread, one problem
after the other. The time spent inside circuit executions is recorded separately (W3's simulator share).
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from benchmarks.model import InstanceRun, PeerRun
from benchmarks.problems import CHEMICAL_ACCURACY, MaxCutInstance, Molecule, qaoa_initial_params


class Adam:
    """``qml.AdamOptimizer``'s update (beta1 0.9, beta2 0.99, eps 1e-8, bias correction folded into the step)."""

    def __init__(self, stepsize: float, beta1: float = 0.9, beta2: float = 0.99, eps: float = 1e-8) -> None:
        self.stepsize, self.beta1, self.beta2, self.eps = stepsize, beta1, beta2, eps
        self.fm: np.ndarray | float = 0.0
        self.sm: np.ndarray | float = 0.0
        self.t = 0

    def step(self, params: np.ndarray, grad: np.ndarray) -> np.ndarray:
        self.t += 1
        lr = self.stepsize * np.sqrt(1 - self.beta2**self.t) / (1 - self.beta1**self.t)
        self.fm = self.beta1 * self.fm + (1 - self.beta1) * grad
        self.sm = self.beta2 * self.sm + (1 - self.beta2) * grad**2
        return params - lr * self.fm / (np.sqrt(self.sm) + self.eps)


class _Timed:
    """Calls ``fn`` and adds its wall time to ``seconds``."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self, fn: Any, *args: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.seconds += time.perf_counter() - started


def solve_maxcut(instance: MaxCutInstance, *, layers: int, steps: int, stepsize: float) -> InstanceRun:
    """QAOA with IsingZZ / RX gates: exp(-i gamma w/2 ZZ) per edge of weight w, then RX(2 beta) on every wire.

    The cost Hamiltonian is sum_edges w/2 (Z_u Z_v - 1) = minus the cut weight; its constant is added back to the
    energies, not measured.
    """
    import pennylane as qml
    from pennylane import numpy as pnp

    started = time.perf_counter()
    wires = list(range(instance.nodes))
    edges = instance.edges
    observable = qml.Hamiltonian([w / 2 for _, _, w in edges], [qml.Z(u) @ qml.Z(v) for u, v, _ in edges])
    constant = -sum(w for _, _, w in edges) / 2
    dev = qml.device("lightning.qubit", wires=instance.nodes)

    def circuit(params):
        for wire in wires:
            qml.Hadamard(wires=wire)
        for layer in range(layers):
            for u, v, w in edges:
                qml.IsingZZ(w * params[0, layer], wires=[u, v])
            for wire in wires:
                qml.RX(2 * params[1, layer], wires=wire)

    @qml.qnode(dev, diff_method="adjoint")
    def energy(params):
        circuit(params)
        return qml.expval(observable)

    @qml.qnode(dev, diff_method=None)
    def probabilities(params):
        circuit(params)
        return qml.probs(wires=wires)

    gradient = qml.grad(energy, argnums=0)
    adam = Adam(stepsize)
    params = pnp.array(qaoa_initial_params(layers, instance.edges), requires_grad=True)
    timed = _Timed()
    trace: list[float] = []
    for _ in range(steps):
        grad = timed(gradient, params)
        trace.append(float(gradient.forward) + constant)
        params = pnp.array(adam.step(np.asarray(params), np.asarray(grad)), requires_grad=True)
    final = float(timed(energy, params)) + constant
    probs = np.asarray(timed(probabilities, params))
    trace.append(final)
    return InstanceRun(
        name=instance.name,
        energy=final,
        trace=trace,
        iterations=steps,
        seconds=time.perf_counter() - started,
        sim_seconds=timed.seconds,
        probs=probs.tolist(),
    )


def solve_maxcut_batch(
    instances: list[MaxCutInstance], *, layers: int, steps: int, stepsize: float, verbose: bool = True
) -> PeerRun:
    """Every graph, one after the other, in this process; the wall time covers the whole loop."""
    started = time.perf_counter()
    runs = []
    for instance in instances:
        runs.append(solve_maxcut(instance, layers=layers, steps=steps, stepsize=stepsize))
        if verbose:
            print(f"  expert {instance.name}: {runs[-1].seconds:.2f} s", flush=True)
    return PeerRun("expert", time.perf_counter() - started, runs)


def solve_vqe(molecule: Molecule, *, exact: float, stepsize: float, max_steps: int) -> InstanceRun:
    """VQE with ``qml.AllSinglesDoubles`` from Hartree-Fock; stops as soon as the energy is within chemical
    accuracy of ``exact`` (the energy comes with each gradient, so checking costs nothing)."""
    import pennylane as qml
    from pennylane import numpy as pnp

    started = time.perf_counter()
    hamiltonian, qubits = molecule.hamiltonian()
    dev = qml.device("lightning.qubit", wires=qubits)
    hf_state = qml.qchem.hf_state(molecule.electrons, qubits)
    singles, doubles = qml.qchem.excitations(molecule.electrons, qubits)

    @qml.qnode(dev, diff_method="adjoint")
    def energy(params):
        qml.AllSinglesDoubles(params, wires=range(qubits), hf_state=hf_state, singles=singles, doubles=doubles)
        return qml.expval(hamiltonian)

    gradient = qml.grad(energy, argnums=0)
    adam = Adam(stepsize)
    params = pnp.zeros(len(singles) + len(doubles), requires_grad=True)
    timed = _Timed()
    trace: list[float] = []
    iterations = 0
    while True:
        grad = timed(gradient, params)
        trace.append(float(gradient.forward))
        if trace[-1] - exact <= CHEMICAL_ACCURACY or iterations == max_steps:
            break
        params = pnp.array(adam.step(np.asarray(params), np.asarray(grad)), requires_grad=True)
        iterations += 1
    return InstanceRun(
        name=molecule.name,
        energy=trace[-1],
        trace=trace,
        iterations=iterations,
        seconds=time.perf_counter() - started,
        sim_seconds=timed.seconds,
    )
