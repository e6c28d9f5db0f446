"""The tutorial peer: what PennyLane's QAOA and VQE tutorials write.

``default.qubit`` (backpropagation through autograd, its default), a plain QNode per problem built with
``qml.qaoa.maxcut`` / ``qml.layer`` (QAOA) or ``qml.AllSinglesDoubles`` (VQE), and ``qml.AdamOptimizer`` stepped in
a Python loop. It runs in the harness's own process, one OpenMP thread.
"""

from __future__ import annotations

import math
import time

import numpy as np

from benchmarks.model import InstanceRun, PeerRun
from benchmarks.problems import CHEMICAL_ACCURACY, MaxCutInstance, Molecule, qaoa_initial_params


def solve_maxcut(
    instance: MaxCutInstance, *, layers: int, steps: int, stepsize: float, measured_steps: int | None = None
) -> InstanceRun:
    """QAOA as the tutorial writes it. With ``measured_steps`` < ``steps`` only that many steps run, and
    ``seconds`` is extrapolated: setup + final evaluation + (steps / measured_steps) x the measured loop."""
    import networkx as nx
    import pennylane as qml
    from pennylane import numpy as pnp

    measured = steps if measured_steps is None else min(steps, measured_steps)
    started = time.perf_counter()
    graph = nx.Graph()
    graph.add_nodes_from(range(instance.nodes))
    if any(weight != 1.0 for _, _, weight in instance.edges):
        raise ValueError("qml.qaoa.maxcut is unweighted: the tutorial peer solves unweighted graphs only")
    graph.add_edges_from((u, v) for u, v, _ in instance.edges)
    wires = range(instance.nodes)
    cost_h, mixer_h = qml.qaoa.maxcut(graph)
    dev = qml.device("default.qubit", wires=instance.nodes)

    def qaoa_layer(gamma, alpha):
        qml.qaoa.cost_layer(gamma, cost_h)
        qml.qaoa.mixer_layer(alpha, mixer_h)

    def circuit(params):
        for wire in wires:
            qml.Hadamard(wires=wire)
        qml.layer(qaoa_layer, layers, params[0], params[1])

    @qml.qnode(dev)
    def cost_function(params):
        circuit(params)
        return qml.expval(cost_h)

    @qml.qnode(dev)
    def probability_circuit(params):
        circuit(params)
        return qml.probs(wires=wires)

    optimizer = qml.AdamOptimizer(stepsize=stepsize)
    params = pnp.array(qaoa_initial_params(layers), requires_grad=True)
    setup_s = time.perf_counter() - started

    trace: list[float] = []
    loop_started = time.perf_counter()
    for _ in range(measured):
        params, energy = optimizer.step_and_cost(cost_function, params)
        trace.append(float(energy))
    loop_s = time.perf_counter() - loop_started

    final_started = time.perf_counter()
    energy = float(cost_function(params))
    probs = np.asarray(probability_circuit(params))
    final_s = time.perf_counter() - final_started
    trace.append(energy)
    seconds = setup_s + final_s + loop_s * (steps / measured if measured else 1.0)
    return InstanceRun(
        name=instance.name,
        energy=energy if measured == steps else None,
        trace=trace,
        iterations=measured,
        seconds=seconds,
        probs=probs.tolist() if measured == steps else None,
        extra={"measured_steps": measured, "step_s": loop_s / measured if measured else None},
    )


def solve_maxcut_batch(
    instances: list[MaxCutInstance],
    *,
    layers: int,
    steps: int,
    stepsize: float,
    budget_s_per_size: float,
    min_steps: int,
) -> PeerRun:
    """Every graph, one after the other. Per graph size, a 3-step probe of the first graph sizes the budget: when
    all graphs of the size would need more than ``budget_s_per_size``, each runs only the steps that fit (at least
    ``min_steps``) and its time is extrapolated per step; the notes say so. The wall time is the sum of the graphs'
    times (the probes excluded)."""
    runs: list[InstanceRun] = []
    notes: list[str] = []
    for size in sorted({instance.nodes for instance in instances}):
        group = [instance for instance in instances if instance.nodes == size]
        measured = steps
        if not math.isinf(budget_s_per_size):
            step_s = step_seconds(group[0], layers=layers, stepsize=stepsize)
            measured = affordable_steps(
                step_s, graphs=len(group), steps=steps, budget_s=budget_s_per_size, minimum=min_steps
            )
            if measured < steps:
                notes.append(
                    f"n={size}: a step takes {step_s:.3f} s, so the tutorial ran {measured} of {steps} steps on each "
                    "graph and its time is extrapolated per step (setup and final evaluation measured)"
                )
        for instance in group:
            runs.append(solve_maxcut(instance, layers=layers, steps=steps, stepsize=stepsize, measured_steps=measured))
            shown = "" if measured == steps else f" (extrapolated from {measured} of {steps} steps)"
            print(f"  tutorial {instance.name}: {runs[-1].seconds:.2f} s{shown}", flush=True)
    wall = sum(run.seconds for run in runs)
    return PeerRun("tutorial", wall, runs, extrapolated=bool(notes), notes=notes)


def step_seconds(instance: MaxCutInstance, *, layers: int, stepsize: float, probe_steps: int = 3) -> float:
    """Seconds per optimizer step of the tutorial's loop on ``instance`` (a short probe: sizes the budget)."""
    run = solve_maxcut(instance, layers=layers, steps=probe_steps, stepsize=stepsize)
    return float(run.extra["step_s"])


def affordable_steps(step_s: float, *, graphs: int, steps: int, budget_s: float, minimum: int) -> int:
    """Steps per graph that fit ``budget_s`` for ``graphs`` graphs (all of them, when they fit)."""
    if math.isinf(budget_s) or step_s <= 0:
        return steps
    return max(minimum, min(steps, int(budget_s / (graphs * step_s))))


def solve_vqe(molecule: Molecule, *, exact: float, stepsize: float, max_steps: int) -> InstanceRun:
    """VQE as PennyLane's VQE tutorial writes it: step, then evaluate the new energy, stop when it is within
    chemical accuracy of ``exact``."""
    import pennylane as qml
    from pennylane import numpy as pnp

    started = time.perf_counter()
    hamiltonian, qubits = molecule.hamiltonian()
    dev = qml.device("default.qubit", wires=qubits)
    hf_state = qml.qchem.hf_state(molecule.electrons, qubits)
    singles, doubles = qml.qchem.excitations(molecule.electrons, qubits)

    @qml.qnode(dev)
    def cost_fn(params):
        qml.AllSinglesDoubles(params, wires=range(qubits), hf_state=hf_state, singles=singles, doubles=doubles)
        return qml.expval(hamiltonian)

    optimizer = qml.AdamOptimizer(stepsize=stepsize)
    theta = pnp.zeros(len(singles) + len(doubles), requires_grad=True)
    energy = [float(cost_fn(theta))]
    iterations = 0
    while energy[-1] - exact > CHEMICAL_ACCURACY and iterations < max_steps:
        theta, _ = optimizer.step_and_cost(cost_fn, theta)
        energy.append(float(cost_fn(theta)))
        iterations += 1
    seconds = time.perf_counter() - started
    return InstanceRun(name=molecule.name, energy=energy[-1], trace=energy, iterations=iterations, seconds=seconds)
