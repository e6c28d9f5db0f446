"""The optimizer loop, behind one narrow function: ``optimize``.

Everything the loop needs from the outside comes in as callables (cost, checkpoint sink, progress, cancel flag),
so a compiled fast path can replace this module without touching hooks or operators. The loop state it
checkpoints (parameters, optimizer state, iteration, energy trace, RNG states) is plain JSON, so a resumed run
continues with bit-identical numbers.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import pennylane as qml
from pennylane import numpy as pnp

from quantum_provider.exceptions import QuantumError
from quantum_provider.spec import OptimizerSpec


class JobCancelledError(QuantumError):
    """The job was cancelled (``on_kill`` or the backend's cancel) while the loop was running."""


@dataclass
class LoopState:
    """Everything needed to continue the loop exactly where it stopped."""

    iteration: int
    params: list[Any]
    trace: list[float]
    optimizer_state: dict[str, Any] = field(default_factory=dict)
    rng_state: dict[str, Any] = field(default_factory=dict)
    #: Set on the last checkpoint of a loop that stopped (``stop_reason`` says why): a resume goes straight on
    #: to result extraction instead of iterating past the stopping point.
    stop_reason: str | None = None
    converged: bool = False
    #: The loop that wrote the state ("plain" or "catalyst"; checkpoints older than the fast path are plain).
    #: A resume continues on the same path, so one job's numbers never mix two paths.
    engine_path: str = "plain"

    def to_json(self) -> dict[str, Any]:
        return {
            "iteration": self.iteration,
            "params": self.params,
            "trace": self.trace,
            "optimizer_state": self.optimizer_state,
            "rng_state": self.rng_state,
            "stop_reason": self.stop_reason,
            "converged": self.converged,
            "engine_path": self.engine_path,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LoopState:
        return cls(**data)


@dataclass(frozen=True)
class LoopOutcome:
    params: np.ndarray
    trace: list[float]
    iterations: int
    converged: bool
    stop_reason: str
    resumed_from: int | None


@dataclass
class SimulatorClock:
    """Seconds spent executing circuits: each step's value and gradient, COBYLA's evaluations, the final energy and
    probabilities. Provenance reports it beside the runtime, so what a job spends *outside* the simulator (parsing,
    compiling, the store, checkpoints) is measured rather than inferred (BENCHMARKS.md, W3)."""

    seconds: float = 0.0

    @contextlib.contextmanager
    def running(self) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds += time.perf_counter() - started


@dataclass
class LoopHooks:
    """Callables the loop reports to; all optional so the loop runs bare in a benchmark."""

    checkpoint: Callable[[LoopState], None] = lambda state: None
    checkpoint_every: int = 10
    progress: Callable[[int, float], None] = lambda iteration, energy: None
    should_stop: Callable[[], bool] = lambda: False
    #: Returns and restores the state of every RNG that sampling consumes (shots mode).
    rng_snapshot: Callable[[], dict[str, Any]] = dict
    rng_restore: Callable[[dict[str, Any]], None] = lambda state: None
    clock: SimulatorClock = field(default_factory=SimulatorClock)
    #: Wall seconds a compiled segment should last at most (engine/fast.py sizes segments by the measured time per
    #: step), so progress, cancellation and heartbeats come steadily; ``None``: segments end only on checkpoints.
    segment_s: float | None = None
    #: The gradient loops stop by ``tol`` only where the gradient norm is at most this too (engine/convergence.py):
    #: two energies of Adam circling a minimum can agree within ``tol`` by chance, with the gradient still large.
    gradient_limit: float = math.inf


class Loop(Protocol):
    """What the runner calls: the plain loop (``PlainLoop``) and the compiled one (``engine.fast.CompiledLoop``)."""

    def run(
        self, initial_params: np.ndarray, spec: OptimizerSpec, *, seed: int, resume: LoopState | None, hooks: LoopHooks
    ) -> LoopOutcome: ...

    def evaluate(self, params: np.ndarray) -> tuple[float, float]:
        """The energy at ``params`` and the norm of its gradient there: the result's final energy and the
        convergence test's gradient."""
        ...


@dataclass(frozen=True)
class PlainLoop:
    """The loop on PennyLane's optimizers over ``cost``, a QNode (or any differentiable callable)."""

    cost: Callable[[np.ndarray], Any]

    def run(
        self, initial_params: np.ndarray, spec: OptimizerSpec, *, seed: int, resume: LoopState | None, hooks: LoopHooks
    ) -> LoopOutcome:
        return optimize(self.cost, initial_params, spec, seed=seed, resume=resume, hooks=hooks)

    def evaluate(self, params: np.ndarray) -> tuple[float, float]:
        return float(self.cost(params)), gradient_norm(self.cost, params)


def gradient_norm(energy: Callable[[np.ndarray], Any], params: np.ndarray) -> float:
    """The Euclidean norm of the energy's gradient at ``params``: analytic (adjoint) without shots, the
    parameter-shift estimate from shots otherwise, the same way the loop differentiates."""
    import pennylane as qml
    from pennylane import numpy as pnp

    if np.size(params) == 0:
        return 0.0
    gradient = qml.grad(energy)(pnp.array(np.asarray(params, dtype=np.float64), requires_grad=True))
    return float(np.linalg.norm(np.asarray(gradient, dtype=np.float64)))


def optimize(
    cost: Callable[[np.ndarray], Any],
    initial_params: np.ndarray,
    spec: OptimizerSpec,
    *,
    seed: int,
    resume: LoopState | None = None,
    hooks: LoopHooks | None = None,
) -> LoopOutcome:
    """Minimize ``cost`` from ``initial_params`` (or from ``resume``) with the optimizer ``spec`` names."""
    hooks = hooks or LoopHooks()
    if resume is not None and resume.stop_reason is not None:
        hooks.rng_restore(resume.rng_state)
        return LoopOutcome(
            params=np.asarray(resume.params) if spec.kind != "cobyla" else np.asarray(resume.optimizer_state["x"]),
            trace=list(resume.trace),
            iterations=resume.iteration,
            converged=resume.converged,
            stop_reason=resume.stop_reason,
            resumed_from=resume.iteration,
        )
    if spec.kind == "cobyla":
        return _cobyla(cost, initial_params, spec, resume=resume, hooks=hooks)
    return _gradient_loop(cost, initial_params, spec, seed=seed, resume=resume, hooks=hooks)


def _make_optimizer(spec: OptimizerSpec) -> qml.optimize.GradientDescentOptimizer:
    if spec.kind == "adam":
        return qml.AdamOptimizer(stepsize=spec.stepsize)
    if spec.kind == "gradient_descent":
        return qml.GradientDescentOptimizer(stepsize=spec.stepsize)
    # SPSA's step-size schedule is a / (A + k + 1)^alpha; ``stepsize`` is its ``a``.
    return qml.SPSAOptimizer(maxiter=spec.maxiter, a=spec.stepsize)


def _optimizer_state(opt: Any) -> dict[str, Any]:
    if isinstance(opt, qml.AdamOptimizer) and opt.accumulation is not None:
        acc = opt.accumulation
        return {
            "fm": [np.asarray(m).tolist() for m in acc["fm"]],
            "sm": [np.asarray(s).tolist() for s in acc["sm"]],
            "t": int(acc["t"]),
        }
    if isinstance(opt, qml.SPSAOptimizer):
        return {"k": int(opt.k)}
    return {}


def _restore_optimizer_state(opt: Any, state: dict[str, Any]) -> None:
    if isinstance(opt, qml.AdamOptimizer) and state:
        opt.accumulation = {
            "fm": [np.asarray(m) for m in state["fm"]],
            "sm": [np.asarray(s) for s in state["sm"]],
            "t": state["t"],
        }
    elif isinstance(opt, qml.SPSAOptimizer) and state:
        opt.k = state["k"]


@contextlib.contextmanager
def seeded_global_numpy(seed: int, restored: dict[str, Any] | None) -> Iterator[Callable[[], dict[str, Any]]]:
    """NumPy's global RNG seeded for one job (or restored from a checkpoint), given back afterwards; yields a
    function that snapshots it.

    Only because PennyLane's ``SPSAOptimizer`` draws its perturbations from the global RNG and takes no
    ``Generator``: everything the provider draws itself comes from ``numpy.random.Generator`` objects seeded by
    ``execution.seed`` (``engine/prepared.py``). Both loops take the same snapshots, so their checkpoints agree.
    """
    saved = np.random.get_state()
    if restored:
        name, keys, pos, has_gauss, cached = restored["state"]
        np.random.set_state((name, np.asarray(keys, dtype=np.uint32), pos, has_gauss, cached))
    else:
        np.random.seed(seed)

    def snapshot() -> dict[str, Any]:
        name, keys, pos, has_gauss, cached = np.random.get_state()
        return {"state": [name, keys.tolist(), int(pos), int(has_gauss), float(cached)]}

    try:
        yield snapshot
    finally:
        np.random.set_state(saved)


def _step(opt: Any, cost: Callable[[np.ndarray], Any], params: Any) -> tuple[Any, Any, float]:
    """One step, as ``step_and_cost`` takes it, and the norm of the gradient it took (at the energy's point).

    SPSA's gradient is a two-point estimate of a random direction, no measure of stationarity: its norm is
    reported as 0, so SPSA stops by ``tol`` alone and the final gradient decides ``converged``.
    """
    if isinstance(opt, qml.SPSAOptimizer):
        params, energy = opt.step_and_cost(cost, params)
        return params, energy, 0.0
    gradient, energy = opt.compute_grad(cost, (params,), {})
    stepped = opt.apply_grad(gradient, (params,))
    if energy is None:
        energy = cost(params)
    return stepped[0], energy, float(np.linalg.norm(np.asarray(gradient[0], dtype=np.float64)))


def _gradient_loop(
    cost: Callable[[np.ndarray], Any],
    initial_params: np.ndarray,
    spec: OptimizerSpec,
    *,
    seed: int,
    resume: LoopState | None,
    hooks: LoopHooks,
) -> LoopOutcome:
    opt = _make_optimizer(spec)
    params = pnp.array(initial_params, requires_grad=True)
    trace: list[float] = []
    start = 0
    if resume is not None:
        params = pnp.array(resume.params, requires_grad=True)
        trace = list(resume.trace)
        start = resume.iteration
        _restore_optimizer_state(opt, resume.optimizer_state)
        hooks.rng_restore(resume.rng_state)

    global_rng = resume.rng_state.get("numpy_global") if resume else None
    converged = False
    stop_reason = "maxiter"
    iteration = start
    with seeded_global_numpy(seed, global_rng) as numpy_snapshot:

        def snapshot(iteration: int, stop_reason: str | None = None) -> LoopState:
            rng = {**hooks.rng_snapshot(), "numpy_global": numpy_snapshot()}
            return LoopState(
                iteration, np.asarray(params).tolist(), list(trace), _optimizer_state(opt), rng, stop_reason, converged
            )

        if start == 0:
            hooks.checkpoint(snapshot(0))
        for iteration in range(start + 1, spec.maxiter + 1):
            if hooks.should_stop():
                raise JobCancelledError(f"cancelled at iteration {iteration - 1}")
            with hooks.clock.running():
                params, energy, gradient_norm = _step(opt, cost, params)
            trace.append(float(energy))
            converged = (
                len(trace) >= 2 and abs(trace[-1] - trace[-2]) < spec.tol and gradient_norm <= hooks.gradient_limit
            )
            if converged:
                stop_reason = "tol"
            if converged or iteration == spec.maxiter:
                hooks.checkpoint(snapshot(iteration, stop_reason))
            elif iteration % hooks.checkpoint_every == 0:
                hooks.checkpoint(snapshot(iteration))
            hooks.progress(iteration, trace[-1])
            if converged:
                break
    return LoopOutcome(
        params=np.asarray(params),
        trace=trace,
        iterations=iteration,
        converged=converged,
        stop_reason=stop_reason,
        resumed_from=start if resume is not None else None,
    )


def _cobyla(
    cost: Callable[[np.ndarray], Any],
    initial_params: np.ndarray,
    spec: OptimizerSpec,
    *,
    resume: LoopState | None,
    hooks: LoopHooks,
) -> LoopOutcome:
    """COBYLA through SciPy; a resume replays the recorded evaluations so SciPy retraces the same path.

    SciPy's COBYLA keeps its simplex internally and cannot be restored; it is deterministic in the values it
    sees, so feeding it the recorded values for the first N evaluations reproduces its state exactly.
    ``stepsize`` is COBYLA's initial trust-region radius (``rhobeg``), ``tol`` its final radius.
    """
    from scipy.optimize import minimize

    shape = np.shape(initial_params)
    recorded_x = resume.params if resume else []
    recorded_f = resume.trace if resume else []
    if resume is not None:
        hooks.rng_restore(resume.rng_state)
    evaluations: list[list[float]] = []
    trace: list[float] = []

    def snapshot() -> LoopState:
        return LoopState(len(trace), list(evaluations), list(trace), {}, hooks.rng_snapshot())

    def fun(x: np.ndarray) -> float:
        index = len(trace)
        if index < len(recorded_x) and np.array_equal(np.asarray(recorded_x[index]), x):
            value = recorded_f[index]
        else:
            if hooks.should_stop():
                raise JobCancelledError(f"cancelled at evaluation {index}")
            with hooks.clock.running():
                value = float(cost(np.reshape(x, shape)))
        evaluations.append(x.tolist())
        trace.append(value)
        if index >= len(recorded_x):
            if len(trace) % hooks.checkpoint_every == 0:
                hooks.checkpoint(snapshot())
            hooks.progress(len(trace), value)
        return value

    result = minimize(
        fun,
        np.ravel(initial_params),
        method="COBYLA",
        options={"maxiter": spec.maxiter, "rhobeg": spec.stepsize, "tol": spec.tol},
    )
    stop_reason = "tol" if result.success else str(result.message)
    final = snapshot()
    final.optimizer_state = {"x": np.reshape(result.x, shape).tolist()}
    final.stop_reason, final.converged = stop_reason, bool(result.success)
    hooks.checkpoint(final)
    return LoopOutcome(
        params=np.reshape(result.x, shape),
        trace=trace,
        iterations=len(trace),
        converged=bool(result.success),
        stop_reason=stop_reason,
        resumed_from=len(recorded_x) if resume is not None else None,
    )
