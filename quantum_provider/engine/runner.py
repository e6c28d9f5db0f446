"""Run one job end to end: build, optimize with checkpoints, extract, write the result atomically.

The same function runs in the Airflow task's process (LightningHook) and in a remote worker
(``python -m quantum_provider.engine``), so both paths produce identical numbers.

Longer than 400 lines because a job's life is one sequence (claim or attach, resume, optimize, extract, write,
release) whose steps share the claim and the attempt's state; the pieces that stand alone already live beside it
(``prepared``, ``optimizers``, ``fast``, ``convergence``, ``results``, ``progress``).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from quantum_provider.engine.convergence import convergence_status, gradient_limit
from quantum_provider.engine.optimizers import JobCancelledError, Loop, LoopHooks, LoopState, PlainLoop
from quantum_provider.engine.prepared import DEFAULT_ENGINE, PreparedJob, prepare
from quantum_provider.engine.progress import ProgressReporter, ProgressTarget
from quantum_provider.engine.results import (
    distribution,
    expected_ratio,
    summarize_bitstrings,
    top_bitstrings_from_probs,
    top_bitstrings_from_samples,
)
from quantum_provider.exceptions import DeviceTimeExceededError, QuantumSpecError
from quantum_provider.observability import provenance
from quantum_provider.problems.base import ProblemInstance
from quantum_provider.spec import RESULT_SCHEMA_VERSION
from quantum_provider.storage import Claim, ClaimLostError, ResultStore, describe_owner, utcnow

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_ENGINE", "ENGINE_PATHS", "PreparedJob", "prepare", "run_job"]

#: The engine paths a result can report: the compiled loop (engine/fast.py) or the plain QNode loop.
ENGINE_PATHS = ("catalyst", "plain")
#: A submitter that found its job claimed by another live process looks again this often (seconds).
ATTACH_POLL_S = 0.25
#: The owner of a claim renews its heartbeat at checkpoints and iteration boundaries, at most this often (seconds).
HEARTBEAT_EVERY_S = 1.0


def run_job(
    job: PreparedJob,
    *,
    key: str,
    store: ResultStore,
    backend: dict[str, Any],
    context: dict[str, Any] | None = None,
    checkpoint_every: int = 10,
    should_stop: Callable[[], bool] = lambda: False,
    progress: ProgressTarget | None = None,
    max_seconds: float | None = None,
) -> dict[str, Any]:
    """Optimize ``job``, resuming from the newest checkpoint in ``store``; write and return the result.

    One process computes a key at a time: the job is claimed in the store first (``ResultStore.acquire_claim``).
    A call that finds the key claimed by a live process computes nothing: it notes in the record that it
    attached, waits (honouring ``should_stop``) and returns the owner's verified result; if the owner ends without
    one (failed, cancelled, killed), it takes the claim over and resumes from the newest checkpoint.

    :param progress: a logger, which gets a line at a steady rate (``engine.progress``: iteration, energy, gap to
        the exact energy, elapsed, time left) and a final line with the result's energy; or
        ``callback(iteration, energy)``, called at the same rate and last with the result's energy.
    :param max_seconds: the device-time cap of this attempt: once the job has run longer, the loop stops at the
        next iteration boundary, keeps its checkpoints, and ``DeviceTimeExceededError`` is raised.
    """
    if max_seconds is not None and not (isinstance(max_seconds, int | float) and 0 < max_seconds < math.inf):
        raise QuantumSpecError("max_seconds", f"must be a positive number of seconds, got {max_seconds!r}")
    context = context or {}
    attempt = _Attempt(key, store, backend, context, checkpoint_every, should_stop, progress, max_seconds)
    announced = False
    while True:
        claim = store.acquire_claim(key, context=context)
        if not isinstance(claim, Claim):
            if not announced:
                _announce_attached(store, key, claim, context)
                announced = True
            result = _wait_for_owner(store, key, claim, should_stop)
            if result is not None:
                return result
            continue  # the owner ended without a result: claim the job (or attach to whoever did first)
        try:
            return _run_claimed(job, claim, attempt)
        except ClaimLostError as err:  # this process looked dead to another, which computes the job now
            log.warning("%s; waiting for its result instead of publishing this one", err)
            announced = False


def _announce_attached(store: ResultStore, key: str, holder: dict[str, Any], context: dict[str, Any]) -> None:
    owner = describe_owner(holder)
    log.info("Job %s is being computed by %s: waiting for its result instead of computing it again", key, owner)
    event = {
        "event": "attached",
        "message": f"the key was being computed by {owner}",
        "owner": {name: holder.get(name) for name in ("host", "pid", "generation", "token", "context")},
        "context": context,
    }
    store.append_event(key, event, create=True)


def _verified_result(store: ResultStore, key: str) -> dict[str, Any] | None:
    """The job's stored result if it is complete, verifies, and validation did not reject it."""
    stored = store.load_result(key)
    if stored is None or (stored.record.get("validation") or {}).get("outcome") == "rejected":
        return None
    return stored.result


def _wait_for_owner(
    store: ResultStore, key: str, holder: dict[str, Any], should_stop: Callable[[], bool]
) -> dict[str, Any] | None:
    """Wait while ``holder`` computes ``key``: its verified result, or ``None`` once its claim is vacant (released
    without a result, owner gone or stale) or replaced."""
    generation = holder["generation"]
    while True:
        result = _verified_result(store, key)
        if result is not None:
            return result
        newest = store.newest_claim(key)
        if newest is None or newest[0] != generation or store.claim_vacancy(newest[1]) is not None:
            return _verified_result(store, key)  # the owner may have published just before releasing
        if should_stop():
            raise JobCancelledError(f"cancelled while waiting for {describe_owner(holder)} to compute job {key}")
        time.sleep(ATTACH_POLL_S)


@dataclass(frozen=True)
class _Attempt:
    """What one ``run_job`` call was asked: where the job's files go, and how its loop reports and stops."""

    key: str
    store: ResultStore
    backend: dict[str, Any]
    context: dict[str, Any]
    checkpoint_every: int
    should_stop: Callable[[], bool]
    progress: ProgressTarget | None
    max_seconds: float | None


def _run_claimed(job: PreparedJob, claim: Claim, attempt: _Attempt) -> dict[str, Any]:
    """Compute the job this process claimed; release the claim when the job reaches a terminal state."""
    key, store, context = attempt.key, attempt.store, attempt.context
    released: str | None = "failed"  # the state the claim is released with; None: it was lost, not ours to release
    try:
        result = _verified_result(store, key)
        if result is not None:  # the previous owner published between this submitter's reuse check and its claim
            store.append_event(
                key, {"event": "reused", "context": context, "message": "computed meanwhile by another submitter"}
            )
            released = "succeeded"
            return result
        result = _compute(job, claim, attempt)
        released = "succeeded"
        return result
    except ClaimLostError:
        released = None
        raise
    except JobCancelledError:
        released = "cancelled"
        raise
    finally:
        if released is not None:
            try:
                store.release_claim(claim, released)
            except Exception:  # the job's own outcome matters more; a stuck claim is taken over once we are gone
                log.warning("Could not release the claim on job %s", key, exc_info=True)


def _compute(job: PreparedJob, claim: Claim, attempt: _Attempt) -> dict[str, Any]:
    key, store, backend, context = attempt.key, attempt.store, attempt.backend, attempt.context
    should_stop, progress, max_seconds = attempt.should_stop, attempt.progress, attempt.max_seconds
    checkpoint_every = attempt.checkpoint_every
    spec, problem = job.spec, job.problem
    started = time.monotonic()
    started_at = utcnow()
    store.write_spec(key, spec.model_dump(mode="json"))
    checkpoint = store.latest_checkpoint(key)
    resume = LoopState.from_json(checkpoint) if checkpoint and checkpoint["iteration"] > 0 else None
    event: dict[str, Any] = {
        "context": context,
        "resumed_from": resume.iteration if resume else None,
        "claim": claim.generation,
    }
    if claim.replaced is not None:
        event["took_over"] = claim.reason
    store.update_record(
        key,
        state="running",
        event=event,
        backend=backend,
        name=spec.name,
        kind=problem.kind,
        num_qubits=problem.num_qubits,
    )
    checkpoints_written: list[int] = []

    def heartbeat() -> None:
        store.refresh_claim(claim, every_s=HEARTBEAT_EVERY_S)  # ClaimLostError if another process took over

    def save(state: LoopState) -> None:
        store.save_checkpoint(key, state.to_json())
        checkpoints_written.append(state.iteration)
        heartbeat()

    def stop() -> bool:
        """Called at every iteration (segment, evaluation) boundary: cancellation, the time cap, the heartbeat."""
        if should_stop():
            return True
        used = time.monotonic() - started
        if max_seconds is not None and used > max_seconds:
            newest = checkpoints_written[-1] if checkpoints_written else (resume.iteration if resume else 0)
            raise DeviceTimeExceededError(
                f"max_seconds: the job ran {used:.1f} s in this attempt, over its limit of {max_seconds:g} s; "
                f"stopped with its checkpoints kept (newest: iteration {newest})"
            )
        heartbeat()
        return False

    hooks = LoopHooks(
        gradient_limit=gradient_limit(spec.optimizer, _hamiltonian_scale(problem)),
        checkpoint=save,
        checkpoint_every=max(1, checkpoint_every),
        should_stop=stop,
        rng_snapshot=lambda: {"sampling": job.sampling_rng.bit_generator.state},
        rng_restore=lambda state: _restore_rng(job.sampling_rng, state.get("sampling")),
    )
    try:
        fast, program = _choose_path(job, resume, hooks.checkpoint_every)
        if fast.used and fast.compile_s is not None:
            log.info(
                "engine path catalyst (compiled program %s, %.3f s)",
                "reused" if fast.cache_hit else "compiled",
                fast.compile_s,
            )
        else:
            log.info("engine path %s: %s", fast.engine_path, fast.reason or "the loop had finished")
        # Started after compiling, so the time per iteration (and the time left) is the loop's own.
        reporter = ProgressReporter(
            progress,
            maxiter=spec.optimizer.maxiter,
            exact_energy=problem.exact_energy,
            start_iteration=resume.iteration if resume else 0,
        )
        hooks.progress = reporter.update
        hooks.segment_s = reporter.segment_s
        result = _optimize_and_extract(job, key, resume, hooks, fast, program)
        # The last line carries the result's energy: the one evaluated after the last update.
        reporter.finish(result["iterations"], result["energy"], result["stop_reason"])
    except ClaimLostError:
        raise  # the record belongs to the new owner now
    except JobCancelledError as err:
        store.update_record(key, state="cancelled", event={"context": context, "message": str(err)})
        raise
    except Exception as err:
        store.update_record(
            key,
            state="failed",
            event={"context": context, "error": type(err).__name__, "message": str(err)[:2000]},
        )
        raise
    result["runtime_s"] = round(time.monotonic() - started, 6)
    prov = {
        "key": key,
        "backend": backend,
        "engine_path": fast.engine_path,
        "fast_path": fast.to_json(),
        "context": context,
        "started_at": started_at,
        "finished_at": utcnow(),
        "runtime_s": result["runtime_s"],
        # this attempt's seconds in circuit executions; the rest of runtime_s is the provider's own overhead
        "simulator_s": round(hooks.clock.seconds, 6),
        "resumed_from_iteration": result.pop("resumed_from"),
        "checkpoints_written": checkpoints_written,
        "claim": claim.generation,
        "seeds": {"execution.seed": spec.execution.seed},
        "environment": provenance.environment(),
    }
    tables = _tables(result)  # moves the distribution out of the result JSON into its own table
    store.refresh_claim(claim)  # publish only while the job is still ours
    store.write_result(key, result=result, provenance=prov, tables=tables)
    store.update_record(key, state="succeeded", event={"context": context})
    return result


def _choose_path(job: PreparedJob, resume: LoopState | None, checkpoint_every: int) -> tuple[Any, Any]:
    """The engine path of ``job`` and its compiled program (``None`` on the plain path).

    The path is a function of the spec and the installed versions (both in the content key), so every run of one
    key takes the same path; only a compilation failure falls back at run time, and says so. A resume continues
    on the path that wrote the checkpoint, so one job's numbers never mix the two paths.
    """
    from quantum_provider.engine import fast

    finished = resume is not None and resume.stop_reason is not None
    if finished:
        if resume.engine_path != fast.CATALYST:
            return fast.FastPath(False, "the plain path finished this job before the resume"), None
        reason = None
    elif job.engine == "plain":
        reason = "the plain path was requested"
    else:
        reason = fast.unsupported_reason(job)
    if reason is None and resume is not None and resume.engine_path != fast.CATALYST:
        reason = "resumed from a checkpoint of the plain path: a job continues on the path that started it"
    if reason is not None:
        return fast.FastPath(False, reason), None
    # A job the compiled loop finished still gets its program: its final energy and gradient norm come from the
    # program (CompiledLoop.evaluate), so they are the same to the last bit as the first run's.
    try:
        program, instance, hit = fast.program_for(job, chunk=max(1, checkpoint_every))
    except Exception as err:  # Catalyst raises many types (tracing, MLIR, linking); any of them means: no program
        log.warning("the compiled fast path failed to compile, running the plain loop", exc_info=True)
        text = " ".join(str(err).split())[:300]
        if finished:  # the loop ran compiled; only its final evaluation falls back (its last bits may differ)
            return fast.FastPath(True, f"final evaluation on the plain path: {type(err).__name__}: {text}"), None
        return fast.FastPath(False, f"compilation failed: {type(err).__name__}: {text}"), None
    used = fast.FastPath(True, None, round(program.compile_s or 0.0, 6), hit, program.from_program_cache)
    return used, (program, instance)


def _optimize_and_extract(
    job: PreparedJob, key: str, resume: LoopState | None, hooks: LoopHooks, fast: Any, program: Any
) -> dict[str, Any]:
    spec, problem = job.spec, job.problem
    if program is not None:
        from quantum_provider.engine.fast import CompiledLoop

        loop: Loop = CompiledLoop(*program)
    else:
        loop = PlainLoop(job.energy)
    outcome = loop.run(job.ansatz.initial_params, spec.optimizer, seed=spec.execution.seed, resume=resume, hooks=hooks)
    with hooks.clock.running():
        final_energy, gradient_norm = loop.evaluate(outcome.params)
    limit = hooks.gradient_limit
    convergence = convergence_status(outcome.converged, gradient_norm, limit)

    result: dict[str, Any] = {
        "key": key,
        "schema_version": RESULT_SCHEMA_VERSION,
        "name": spec.name,
        "kind": problem.kind,
        "num_qubits": problem.num_qubits,
        "energy": final_energy,
        "exact_energy": problem.exact_energy,
        "energy_error": None if problem.exact_energy is None else final_energy - problem.exact_energy,
        "baseline": {
            "value": problem.baseline.value,
            "method": problem.baseline.method,
            "exact": problem.baseline.exact,
            "worst": problem.baseline.worst,
            "optimum_bitstring": problem.baseline.optimum_bitstring,
        },
        "parameters": np.asarray(outcome.params).tolist(),
        "initial_parameters": np.asarray(job.ansatz.initial_params).tolist(),
        "iterations": outcome.iterations,
        "converged": convergence == "converged",
        "convergence": convergence,
        "gradient_norm": gradient_norm,
        "gradient_limit": limit,
        "stop_reason": outcome.stop_reason,
        "energy_trace": outcome.trace,
        "device": job.device_name,
        "shots": spec.execution.shots,
        "seed": spec.execution.seed,
        "engine_path": fast.engine_path,
        "fast_path": {"used": fast.used, "reason": fast.reason},
        "top_bitstrings": [],
        "best_bitstring": None,
        "best_cost": None,
        "approximation_ratio_best": None,
        "approximation_ratio_expected": None,
        "distribution": None,
    }
    if problem.combinatorial:
        with hooks.clock.running():
            raw = np.asarray(job.probe(outcome.params))
        rows = (
            top_bitstrings_from_probs(np.asarray(raw), problem)
            if spec.execution.shots is None
            else top_bitstrings_from_samples(np.asarray(raw), problem)
        )
        result["top_bitstrings"] = rows
        result.update(summarize_bitstrings(rows, problem))
        sampled = spec.execution.shots is not None
        result["approximation_ratio_expected"] = expected_ratio(raw, problem, sampled=sampled)
        result["distribution"] = distribution(np.asarray(raw), problem.num_qubits, sampled=sampled)
    result["resumed_from"] = outcome.resumed_from
    return result


def _hamiltonian_scale(problem: ProblemInstance) -> float:
    """The sum of the magnitudes of the Hamiltonian's non-constant coefficients."""
    from quantum_provider.problems.pauli import pauli_sentence

    return float(sum(abs(coeff) for word, coeff in pauli_sentence(problem.hamiltonian).items() if len(word)))


def _restore_rng(rng: np.random.Generator, state: dict[str, Any] | None) -> None:
    if state:
        rng.bit_generator.state = state


def _tables(result: dict[str, Any]) -> dict[str, Any]:
    import pyarrow as pa

    trace = pa.table(
        {
            "iteration": pa.array(range(1, len(result["energy_trace"]) + 1), pa.int32()),
            "energy": pa.array(result["energy_trace"], pa.float64()),
        }
    )
    tables = {"trace": trace}
    dist = result.pop("distribution")
    result["distribution_rows"] = None if dist is None else len(dist["bitstring"])
    if dist is not None:
        tables["distribution"] = pa.table(
            {"bitstring": pa.array(dist["bitstring"], pa.string()), "probability": pa.array(dist["probability"])}
        )
    rows = result["top_bitstrings"]
    tables["bitstrings"] = pa.table(
        {
            "bitstring": pa.array([r["bitstring"] for r in rows], pa.string()),
            "probability": pa.array([r["probability"] for r in rows], pa.float64()),
            "cost": pa.array([r["cost"] for r in rows], pa.float64()),
            "feasible": pa.array([r["feasible"] for r in rows], pa.bool_()),
        }
    )
    return tables
