"""The compiled fast path: the whole optimizer loop as one Catalyst (``qml.qjit``) program.

Small problems are dominated by Python overhead (docs/architecture.md section 6, "Performance design"), so in analytic
mode with a gradient optimizer (adam, gradient_descent) on ``lightning.qubit`` the engine runs a compiled *segment*:
up to ``chunk`` optimizer steps (adjoint gradient, optimizer update, tol check) in one call. Python runs between
segments and does exactly what the plain loop (``optimizers._gradient_loop``) does between iterations: write the
checkpoint every ``checkpoint_every`` steps and at the stop, report progress, honour ``should_stop``. Segments end on
the plain loop's checkpoint iterations, so both paths write the same checkpoints, in the same JSON layout, and last at
most ``LoopHooks.segment_s`` of wall time (sized by the measured time per step), so a large job's progress lines,
cancellation and claim heartbeats come steadily instead of once per checkpoint interval.

A compiled program depends only on the *shape* of a job (see :class:`ProgramKey`), and what differs between
instances of one shape travels as runtime arrays: the Hamiltonian coefficients (graph edge weights, molecular
integrals), the parameters and optimizer moments, the per-step step sizes. For QAOA the shape is only the number
of qubits, the layers and how many cost terms act on how many qubits: *which* qubits a term acts on (the graph's
edges) is a runtime integer array too, used as dynamic wires by the cost gates and the cost observable, so all
3-regular graphs of one size share one program. Other ansatzes (their gates are static) are specialized on the
Hamiltonian's Pauli words. Programs are cached per process, so a batch worker compiles each shape once.

Adam is written out in jax.numpy with PennyLane's ``AdamOptimizer`` arithmetic, operation for operation; its
bias-corrected step size ``stepsize * sqrt(1 - beta2**t) / (1 - beta1**t)`` is computed here in Python, with the
same expression PennyLane evaluates, and passed in per step. The two paths differ only in the simulator's last
bits (compiled gates and Hamiltonian expectation), far below 1e-8 (tests/unit/test_fast_path.py).

Only the standard library and numpy are imported at module level: catalyst and jax load on first use, never in
the batch fork server's preload.

Longer than 400 lines because the program's key, its traced body (ansatz, adjoint gradient, the optimizer update
written out) and the loop that runs it segment by segment must agree with each other exactly: split, a change to one
would have to be mirrored in another file to keep the plain loop's numbers.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from quantum_provider.engine import program_cache
from quantum_provider.observability.provenance import compiler_version

__all__ = ["CATALYST", "CompiledLoop", "FastPath", "compiler_version", "optimize_compiled", "program_for"]

if TYPE_CHECKING:
    from quantum_provider.engine.optimizers import LoopHooks, LoopOutcome, LoopState
    from quantum_provider.engine.prepared import PreparedJob

log = logging.getLogger(__name__)

CATALYST = "catalyst"
PLAIN = "plain"
SUPPORTED_OPTIMIZERS = ("adam", "gradient_descent")
SUPPORTED_DEVICES = ("lightning.qubit",)
#: Below this many iterations a job is too short to repay even a shared program's compilation (about 1-3 s per shape
#: and worker): a 5-step job on a few qubits runs in ~0.1 s on the plain loop. From here on a batch of such jobs is
#: several times faster compiled (BENCHMARKS.md, W3). A function of the spec, like every other path rule, so every
#: run of one content key takes the same path.
MIN_ITERATIONS = 10
#: The wall clock that times segments (a module attribute so that tests can drive segment sizing with a fake one).
_wall_clock = time.perf_counter
#: PennyLane AdamOptimizer defaults (the plain path constructs it with these).
ADAM_BETA1, ADAM_BETA2, ADAM_EPS = 0.9, 0.99, 1e-8


@dataclass(frozen=True)
class FastPath:
    """Whether a job runs compiled, and why not when it does not."""

    used: bool
    reason: str | None = None
    compile_s: float | None = None
    #: The program was already compiled in this process (no compilation at all for this job).
    cache_hit: bool | None = None
    #: The program was compiled from the host's program cache (its stored LLVM IR), not from the start.
    program_cache_hit: bool | None = None

    @property
    def engine_path(self) -> str:
        return CATALYST if self.used else PLAIN

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"used": self.used, "reason": self.reason}
        if self.used:
            data.update(compile_s=self.compile_s, cache_hit=self.cache_hit, program_cache_hit=self.program_cache_hit)
        return data


def unsupported_reason(job: PreparedJob) -> str | None:
    """Why ``job``'s spec cannot take the compiled loop, or ``None`` when it can (a function of the spec only)."""
    from quantum_provider.engine.ansatz import budgeted
    from quantum_provider.spec import QaoaAnsatz

    spec = job.spec
    if spec.execution.shots is not None:
        return "shots mode is sampled: the compiled loop is analytic only"
    if spec.optimizer.kind not in SUPPORTED_OPTIMIZERS:
        return f"optimizer {spec.optimizer.kind!r} is not compiled (compiled: {', '.join(SUPPORTED_OPTIMIZERS)})"
    if spec.optimizer.maxiter < MIN_ITERATIONS:
        return f"maxiter={spec.optimizer.maxiter} is too short to repay compilation (compiled from {MIN_ITERATIONS})"
    if job.device_name not in SUPPORTED_DEVICES:
        return f"device {job.device_name!r} is not compiled (compiled: {', '.join(SUPPORTED_DEVICES)})"
    if not any(len(word) for word in _pauli_rep(job.problem.hamiltonian)):
        return "the Hamiltonian is a constant: there is nothing to optimize"
    if isinstance(spec.ansatz, QaoaAnsatz) and budgeted(job.problem):
        return "QAOA in a budget's subspace (Dicke start, XY mixer) is not compiled"
    if compiler_version() is None:
        return "pennylane-catalyst is not installed"
    return None


# -- shapes and runtime data --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgramKey:
    """Everything a compiled program is specialized on; instances sharing it share the program."""

    num_qubits: int
    #: The Hamiltonian's Pauli words as ((wire, letter), ...) in PauliSentence order; () is the identity. For QAOA
    #: the wires are runtime data and each word is a placeholder ((0, "Z"), (1, "Z"), ...) of the word's length.
    words: tuple[tuple[tuple[int, str], ...], ...]
    #: The ansatz structure: kind plus whatever its gates depend on besides the parameters.
    ansatz: tuple
    param_shape: tuple[int, ...]
    optimizer: str
    #: Steps per compiled segment: the buffer length of a segment's energies.
    chunk: int


@dataclass(frozen=True)
class _Instance:
    key: ProgramKey
    coeffs: np.ndarray
    #: Row t holds the wires of term t (QAOA: the dynamic wires; otherwise unused), padded with 0.
    wires: np.ndarray


def _pauli_rep(hamiltonian: Any) -> Any:
    from quantum_provider.problems.pauli import pauli_sentence

    return pauli_sentence(hamiltonian)


def describe(job: PreparedJob, chunk: int) -> _Instance:
    """The program key of ``job`` and its runtime Hamiltonian coefficients."""
    from quantum_provider.spec import (
        AllSinglesDoublesAnsatz,
        HamiltonianVariationalAnsatz,
        HardwareEfficientAnsatz,
        QaoaAnsatz,
    )

    sentence = _pauli_rep(job.problem.hamiltonian)
    problem, spec = job.problem, job.spec.ansatz
    terms = [(tuple(sorted(word.items())), float(np.real(coeff))) for word, coeff in sentence.items()]
    if isinstance(spec, QaoaAnsatz):
        # Only the term lengths are part of the shape; sorted by length, so graphs of one size share a key.
        terms.sort(key=lambda term: len(term[0]))
        width = max(1, max(len(word) for word, _ in terms))
        wires = np.zeros((len(terms), width), dtype=np.int64)
        for row, (word, _) in enumerate(terms):
            wires[row, : len(word)] = [wire for wire, _ in word]
        words = tuple(tuple((slot, "Z") for slot in range(len(word))) for word, _ in terms)
    else:
        wires = np.zeros((1, 1), dtype=np.int64)
        words = tuple(word for word, _ in terms)
    coeffs = np.array([coeff for _, coeff in terms], dtype=np.float64)
    hf = None if problem.hf_state is None else tuple(int(b) for b in np.asarray(problem.hf_state))
    if isinstance(spec, QaoaAnsatz):
        ansatz: tuple = ("qaoa", spec.layers)
    elif isinstance(spec, HardwareEfficientAnsatz):
        ansatz = ("hardware_efficient", spec.layers, hf)
    elif isinstance(spec, AllSinglesDoublesAnsatz):
        singles = tuple(tuple(int(w) for w in s) for s in problem.singles or [])
        doubles = tuple(tuple(int(w) for w in d) for d in problem.doubles or [])
        ansatz = ("all_singles_doubles", hf, singles, doubles)
    elif isinstance(spec, HamiltonianVariationalAnsatz):
        circuit = job.ansatz.circuit
        blocks = tuple((wires, tuple(complex(z) for z in unitary.ravel())) for wires, unitary in circuit.blocks)
        ansatz = ("hamiltonian_variational", circuit.layers, blocks, tuple((t.wires, t.letters) for t in circuit.terms))
    else:  # pragma: no cover - the spec's discriminated union has no other member
        raise TypeError(f"unknown ansatz {spec!r}")
    key = ProgramKey(
        num_qubits=problem.num_qubits,
        words=words,
        ansatz=ansatz,
        param_shape=tuple(np.shape(job.ansatz.initial_params)),
        optimizer=job.spec.optimizer.kind,
        chunk=chunk,
    )
    return _Instance(key, coeffs, wires)


# -- the compiled program ---------------------------------------------------------------------------------------


class _Program:
    """One compiled segment program and its statistics."""

    def __init__(self, key: ProgramKey, apply_ansatz: Callable[[Any, Any], None]) -> None:
        self.key = key
        self.fn = _build(key, apply_ansatz)
        self.compile_s: float | None = None
        self.from_program_cache = False
        self.calls = 0

    def run(
        self,
        params: np.ndarray,
        fm: np.ndarray,
        sm: np.ndarray,
        lrs: np.ndarray,
        steps: int,
        prev: float,
        has_prev: bool,
        tol: float,
        coeffs: np.ndarray,
        wires: np.ndarray,
        gradient_limit: float = np.inf,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, int, bool]:
        """Up to ``steps`` steps; returns the state, the segment's energies and gradient norms (each step's, at the
        parameters it started from), the steps taken and whether the stopping rule held on the last of them."""
        out = self.fn(
            np.asarray(params, dtype=np.float64),
            np.asarray(fm, dtype=np.float64),
            np.asarray(sm, dtype=np.float64),
            np.asarray(lrs, dtype=np.float64),
            np.int64(steps),
            np.float64(prev),
            np.bool_(has_prev),
            np.float64(tol),
            np.asarray(coeffs, dtype=np.float64),
            np.asarray(wires, dtype=np.int64),
            np.float64(gradient_limit),
        )
        self.calls += 1
        done, params, fm, sm, energies, norms, held = out
        return (
            np.asarray(params),
            np.asarray(fm),
            np.asarray(sm),
            np.asarray(energies),
            np.asarray(norms),
            int(done),
            bool(held),
        )


def _build(key: ProgramKey, apply_ansatz: Callable[[Any, Any, Any], None]) -> Any:
    import catalyst
    import jax
    import jax.numpy as jnp
    import pennylane as qml

    # The program computes in float64. Importing catalyst turns on jax_enable_x64 for the whole process
    # (catalyst/jit.py, at import: its values must agree with JAX's configuration); this only checks it held.
    if not jax.config.jax_enable_x64:
        raise RuntimeError(
            "the compiled fast path needs jax_enable_x64, which importing catalyst turns on; something turned it off"
        )
    device = qml.device("lightning.qubit", wires=key.num_qubits)
    dynamic = key.ansatz[0] == "qaoa"
    chunk, adam = key.chunk, key.optimizer == "adam"
    b1, b2, eps = ADAM_BETA1, ADAM_BETA2, ADAM_EPS

    @qml.qnode(device, diff_method="adjoint")
    def energy(params, coeffs, wires):
        apply_ansatz(params, coeffs, wires)
        if dynamic:
            observables = [_z_word(wires[row], len(word)) for row, word in enumerate(key.words)]
        else:
            observables = [_word_operator(word) for word in key.words]
        return qml.expval(qml.Hamiltonian(coeffs, observables))

    value_and_grad = catalyst.value_and_grad(energy, argnums=0)

    @qml.qjit(autograph=False)
    def segment(params, fm, sm, lrs, steps, prev, has_prev, tol, coeffs, wires, gradient_limit):
        energies = jnp.zeros(chunk, dtype=jnp.float64)
        norms = jnp.zeros(chunk, dtype=jnp.float64)

        def cond(i, params, fm, sm, energies, norms, prev, has_prev, done):
            return jnp.logical_and(i < steps, jnp.logical_not(done))

        @catalyst.while_loop(cond)
        def loop(i, params, fm, sm, energies, norms, prev, has_prev, done):
            value, grad = value_and_grad(params, coeffs, wires)
            if adam:  # PennyLane's AdamOptimizer.apply_grad, operation for operation
                fm = b1 * fm + (1 - b1) * grad
                sm = b2 * sm + (1 - b2) * grad**2
                params = params - lrs[i] * fm / (jnp.sqrt(sm) + eps)
            else:  # GradientDescentOptimizer.apply_grad
                params = params - lrs[i] * grad
            energies = energies.at[i].set(value)
            norm = jnp.sqrt(jnp.sum(grad**2))
            norms = norms.at[i].set(norm)
            # The plain loop's rule: the energy moved less than tol, with a gradient norm within the limit.
            done = jnp.logical_and(jnp.logical_and(has_prev, jnp.abs(value - prev) < tol), norm <= gradient_limit)
            return i + 1, params, fm, sm, energies, norms, value, jnp.bool_(True), done

        i, params, fm, sm, energies, norms, _, _, held = loop(
            jnp.int64(0), params, fm, sm, energies, norms, prev, has_prev, jnp.bool_(False)
        )
        return i, params, fm, sm, energies, norms, held

    return segment


def _word_operator(word: tuple[tuple[int, str], ...]) -> Any:
    import pennylane as qml

    if not word:
        return qml.Identity(0)
    letters = {"X": qml.X, "Y": qml.Y, "Z": qml.Z}
    ops = [letters[letter](wire) for wire, letter in word]
    return ops[0] if len(ops) == 1 else qml.prod(*ops)


def _z_word(row: Any, length: int) -> Any:
    """The Z-product on the dynamic wires ``row[:length]`` (the identity for length 0)."""
    import pennylane as qml

    if length == 0:
        return qml.Identity(0)
    ops = [qml.Z(row[slot]) for slot in range(length)]
    return ops[0] if length == 1 else qml.prod(*ops)


def _qaoa_applier(key: ProgramKey) -> Callable[[Any, Any, Any], None]:
    """QAOA with the cost layer's angles from the runtime coefficients and its wires from the runtime wire table.

    Mirrors ``qml.qaoa.cost_layer`` / ``mixer_layer`` (ApproxTimeEvolution with one Trotter step): each non-identity
    Pauli word ``P`` with coefficient ``c`` becomes ``exp(-i gamma c P)`` = ``MultiRZ(2 * gamma * c)`` on its wires
    (the words are Z-only, the ansatz builder checked), the X mixer ``RX(2 * beta)`` on every wire. The cost
    gates commute, so applying them in the key's order (by word length) changes only the last bits.
    """
    import pennylane as qml

    n, layers = key.num_qubits, key.ansatz[1]
    terms = [(row, len(word)) for row, word in enumerate(key.words) if word]

    def apply(params: Any, coeffs: Any, wires: Any) -> None:
        for wire in range(n):
            qml.Hadamard(wires=wire)
        for layer in range(layers):
            gamma, beta = params[0, layer], params[1, layer]
            for row, length in terms:
                qml.MultiRZ(2 * gamma * coeffs[row], wires=[wires[row, slot] for slot in range(length)])
            for wire in range(n):
                qml.RX(2 * beta, wires=wire)

    return apply


def _ansatz_applier(job: PreparedJob, key: ProgramKey) -> Callable[[Any, Any, Any], None]:
    if key.ansatz[0] == "qaoa":
        return _qaoa_applier(key)
    apply = job.ansatz.apply  # depends only on what the key holds (layers, hf_state, excitations)

    def apply_static(params: Any, coeffs: Any, wires: Any) -> None:
        apply(params)

    return apply_static


_PROGRAMS: dict[ProgramKey, _Program] = {}
_LOCK = threading.Lock()
#: Compilations in this process (a cache miss compiles; a hit does not).
COMPILATIONS = 0


def program_for(job: PreparedJob, chunk: int) -> tuple[_Program, _Instance, bool]:
    """The compiled program for ``job``'s shape (compiled now on a miss) and its runtime data; True on a hit.

    A miss compiles from the host's program cache when it holds the shape's IR, else from the start, and then
    stores the IR there.
    """
    global COMPILATIONS
    instance = describe(job, chunk)
    with _LOCK:
        program = _PROGRAMS.get(instance.key)
        if program is not None:
            return program, instance, True
        started = time.perf_counter()
        program = _compiled_from_cache(job, instance, chunk)
        if program is None:
            program = _Program(instance.key, _ansatz_applier(job, instance.key))
            _load(program, instance, chunk)
            program_cache.store(instance.key, program.fn.llvmir)
        program.compile_s = time.perf_counter() - started
        COMPILATIONS += 1
        _PROGRAMS[instance.key] = program
        return program, instance, False


def _load(program: _Program, instance: _Instance, chunk: int) -> None:
    """Compile and load ``program``: a zero-step call compiles it without running a step."""
    zeros = np.zeros(instance.key.param_shape)
    program.run(zeros, zeros, zeros, np.zeros(chunk), 0, 0.0, False, 0.0, instance.coeffs, instance.wires)


def _compiled_from_cache(job: PreparedJob, instance: _Instance, chunk: int) -> _Program | None:
    """The program compiled from the IR the host's program cache holds for its shape, or ``None``."""
    ir = program_cache.load(instance.key)
    if ir is None:
        return None
    from catalyst.debug import replace_ir

    program = _Program(instance.key, _ansatz_applier(job, instance.key))
    replace_ir(program.fn, "last", ir)
    try:
        _load(program, instance, chunk)
    except Exception:  # an entry Catalyst cannot build from: drop it and compile from the start
        log.warning("the program cache's entry did not compile: compiling anew", exc_info=True)
        program_cache.discard(instance.key)
        return None
    program.from_program_cache = True
    return program


def compilations() -> int:
    """How many programs this process has compiled (a cache miss compiles, a hit does not)."""
    return COMPILATIONS


def clear_cache() -> None:
    with _LOCK:
        _PROGRAMS.clear()


# -- the loop -----------------------------------------------------------------------------------------------------


def adam_stepsize(stepsize: float, t: int) -> float:
    """PennyLane AdamOptimizer's bias-corrected step size at step ``t`` (1-based), the same expression."""
    return stepsize * np.sqrt(1 - ADAM_BETA2**t) / (1 - ADAM_BETA1**t)


@dataclass(frozen=True)
class CompiledLoop:
    """``optimizers.Loop`` on a compiled program: what the runner calls when the job takes the fast path."""

    program: _Program
    instance: _Instance

    def run(
        self, initial_params: np.ndarray, spec: Any, *, seed: int, resume: LoopState | None, hooks: LoopHooks
    ) -> LoopOutcome:
        return optimize_compiled(
            self.program, self.instance, initial_params, spec, seed=seed, resume=resume, hooks=hooks
        )

    def evaluate(self, params: np.ndarray) -> tuple[float, float]:
        """One step of step size 0 in the compiled program: it evaluates the energy and its gradient at ``params``
        (what a step starts with) and leaves them unchanged. No plain QNode call, and no second program."""
        zeros = np.zeros_like(params, dtype=np.float64)
        chunk = self.program.key.chunk
        _, _, _, energies, norms, done, _ = self.program.run(
            params, zeros, zeros, np.zeros(chunk), 1, 0.0, False, 0.0, self.instance.coeffs, self.instance.wires
        )
        if done != 1:  # pragma: no cover - a one-step segment without a previous energy always takes its step
            raise RuntimeError(f"the compiled evaluation took {done} steps, expected 1")
        return float(energies[0]), float(norms[0])


def optimize_compiled(
    program: _Program,
    instance: _Instance,
    initial_params: np.ndarray,
    spec: Any,
    *,
    seed: int,
    resume: LoopState | None,
    hooks: LoopHooks,
) -> LoopOutcome:
    """``optimizers.optimize`` for adam / gradient_descent in compiled segments, with the plain loop's semantics:
    the same iterations, trace, checkpoints (iterations and contents), stop reasons and convergence."""
    from quantum_provider.engine.optimizers import JobCancelledError, LoopOutcome, LoopState, seeded_global_numpy

    if resume is not None and resume.stop_reason is not None:
        hooks.rng_restore(resume.rng_state)
        return LoopOutcome(
            params=np.asarray(resume.params),
            trace=list(resume.trace),
            iterations=resume.iteration,
            converged=resume.converged,
            stop_reason=resume.stop_reason,
            resumed_from=resume.iteration,
        )
    adam = spec.kind == "adam"
    params = np.asarray(initial_params, dtype=np.float64)
    fm = np.zeros_like(params)
    sm = np.zeros_like(params)
    t = 0
    trace: list[float] = []
    start = 0
    if resume is not None:
        params = np.asarray(resume.params, dtype=np.float64)
        trace = list(resume.trace)
        start = resume.iteration
        state = resume.optimizer_state
        if adam and state:
            fm, sm, t = np.asarray(state["fm"][0], np.float64), np.asarray(state["sm"][0], np.float64), state["t"]
        hooks.rng_restore(resume.rng_state)

    global_rng = resume.rng_state.get("numpy_global") if resume else None
    converged = False
    stop_reason = "maxiter"
    iteration = start
    chunk = program.key.chunk
    every = hooks.checkpoint_every
    step_s: float | None = None  # wall seconds per step, measured on every segment
    with seeded_global_numpy(seed, global_rng) as numpy_snapshot:

        def snapshot(iteration: int, stop_reason: str | None = None) -> LoopState:
            rng = {**hooks.rng_snapshot(), "numpy_global": numpy_snapshot()}
            optimizer_state = {"fm": [fm.tolist()], "sm": [sm.tolist()], "t": t} if adam and t else {}
            return LoopState(
                iteration,
                params.tolist(),
                list(trace),
                optimizer_state,
                rng,
                stop_reason,
                converged,
                engine_path=CATALYST,
            )

        if start == 0:
            hooks.checkpoint(snapshot(0))
        while iteration < spec.maxiter:
            if hooks.should_stop():
                raise JobCancelledError(f"cancelled at iteration {iteration}")
            # End on the plain loop's checkpoint iterations (multiples of checkpoint_every) and on maxiter.
            steps = min(every - iteration % every, spec.maxiter - iteration, chunk)
            if hooks.segment_s is not None:
                # A segment is silent from start to end: keep it to about segment_s of wall time. The first segment
                # is one step (it measures the step, and its line comes at once); the buffer (chunk) stays, so
                # nothing is recompiled.
                steps = min(steps, 1 if step_s is None else max(1, int(hooks.segment_s / step_s)))
            segment_started = _wall_clock()
            lrs = np.zeros(chunk)
            for k in range(steps):
                lrs[k] = adam_stepsize(spec.stepsize, t + 1 + k) if adam else spec.stepsize
            with hooks.clock.running():
                params, fm, sm, energies, _, done, held = program.run(
                    params,
                    fm,
                    sm,
                    lrs,
                    steps,
                    trace[-1] if trace else 0.0,
                    bool(trace),
                    spec.tol,
                    instance.coeffs,
                    instance.wires,
                    hooks.gradient_limit,
                )
            if done:
                step_s = (_wall_clock() - segment_started) / done
            for k in range(done):
                trace.append(float(energies[k]))
            iteration += done
            if adam:
                t += done
            converged = held
            if converged:
                stop_reason = "tol"
            if converged or iteration == spec.maxiter:
                hooks.checkpoint(snapshot(iteration, stop_reason))
            elif iteration % every == 0:
                hooks.checkpoint(snapshot(iteration))
            if done:
                # The segment's steps all ended just now: only its newest iteration is news to a progress line.
                hooks.progress(iteration, trace[-1])
            if converged:
                break
    return LoopOutcome(
        params=params,
        trace=trace,
        iterations=iteration,
        converged=converged,
        stop_reason=stop_reason,
        resumed_from=start if resume is not None else None,
    )
