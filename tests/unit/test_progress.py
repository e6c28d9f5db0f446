"""Progress an operator can read (engine/progress.py): a steady rate, gap and time left, the result's energy last.

The rate logic runs on an injected clock; the compiled jobs are a few seconds of real lightning, and no assertion
depends on how long anything took.
"""

from __future__ import annotations

import functools
import logging
import re
import threading

import numpy as np
import pytest

from quantum_provider.engine import batch, fast, progress
from quantum_provider.engine.batch import BatchItem, BatchOutcome, BatchRunner, ChunkProgress
from quantum_provider.engine.optimizers import LoopHooks
from quantum_provider.engine.progress import ProgressReporter, duration
from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore

KEY = "e" * 64
SQUARE_WITH_DIAGONAL = [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2, 0.5]]
LINE = re.compile(
    r"iteration (\d+)/(\d+) energy (\S+)(?: gap (\S+))? elapsed (.+?) "
    r"(?:eta (.+)|finished \((\w+); final energy, at the optimized parameters\))"
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Lines:
    """A logger double: keeps each formatted line."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def info(self, msg: str, *args: object) -> None:
        self.lines.append(msg % args)


def reporter(target, clock, **options) -> ProgressReporter:
    return ProgressReporter(target, maxiter=100, clock=clock, interval_s=10.0, **options)


def test_lines_come_at_a_steady_rate_first_iteration_and_final_line_always():
    clock, out = FakeClock(), Lines()
    report = reporter(out, clock, exact_energy=-2.0)
    logged = []
    for iteration in range(1, 61):  # one iteration every 0.5 s: a line every 20 iterations, plus the first
        clock.now += 0.5
        before = len(out.lines)
        report.update(iteration, -1.0 - iteration / 100)
        if len(out.lines) > before:
            logged.append(iteration)
    assert logged == [1, 21, 41]
    clock.now += 0.1
    report.finish(60, -1.61, "maxiter")  # due or not, the final line is written
    assert len(out.lines) == 4
    assert out.lines[-1].startswith("iteration 60/100 energy -1.6100000000 gap 3.900e-01 elapsed 30.1 s finished")


def test_a_line_says_energy_gap_elapsed_and_time_left_from_the_mean_time_per_iteration():
    clock, out = FakeClock(), Lines()
    report = reporter(out, clock, exact_energy=-2.0, start_iteration=20)  # resumed at 20: only 21.. count
    clock.now += 12.0
    report.update(24, -1.5)  # 4 iterations in 12 s: 3 s each, 76 left
    (line,) = out.lines
    assert line == "iteration 24/100 energy -1.5000000000 gap 5.000e-01 elapsed 12.0 s eta 3m48s"


def test_without_an_exact_energy_there_is_no_gap():
    clock, out = FakeClock(), Lines()
    report = reporter(out, clock)
    clock.now += 1.0
    report.update(1, -1.25)
    assert out.lines == ["iteration 1/100 energy -1.2500000000 elapsed 1.0 s eta 1m39s"]


def test_a_callback_target_gets_the_numbers_at_the_same_rate_and_nothing_is_reported_without_a_target():
    clock, calls = FakeClock(), []
    report = reporter(lambda iteration, energy: calls.append((iteration, energy)), clock)
    for iteration in range(1, 31):
        clock.now += 1.0
        report.update(iteration, float(iteration))
    report.finish(30, 99.0)
    assert calls == [(1, 1.0), (11, 11.0), (21, 21.0), (30, 99.0)]
    silent = reporter(None, clock)
    silent.update(1, 1.0)
    silent.finish(1, 1.0)
    assert silent.lines == 0


@pytest.mark.parametrize(
    ("seconds", "text"), [(0.04, "0.0 s"), (59.94, "59.9 s"), (65, "1m05s"), (3599.6, "1h00m"), (7380, "2h03m")]
)
def test_durations_read_short(seconds, text):
    assert duration(seconds) == text
    assert duration(float("inf")) == "unknown"


def test_a_chunk_line_fills_each_silence_between_job_completions():
    clock, out = FakeClock(), Lines()
    chunk = ChunkProgress(40, out, interval_s=10.0, clock=clock)
    assert chunk.wait_s() == 10.0
    clock.now += 6.0
    chunk.finished(ok=True)  # a completion is its own line (on_done): the silence starts again
    assert chunk.wait_s() == 10.0
    clock.now += 9.0
    chunk.tick()
    assert out.lines == []
    clock.now += 1.0
    chunk.finished(ok=False)
    clock.now += 10.0
    chunk.tick()
    clock.now += 4.0
    chunk.tick()  # not due again yet
    assert out.lines == ["chunk: 2/40 jobs done (1 failed), 38 to go, elapsed 26.0 s, eta 8m14s"]
    assert chunk.wait_s() == 6.0


def test_a_batch_waiting_on_a_long_job_logs_the_chunk_instead_of_staying_silent(monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    release = threading.Event()
    monkeypatch.setattr(batch, "ChunkProgress", functools.partial(ChunkProgress, interval_s=0.2))
    monkeypatch.setattr(batch, "start_fork_server", lambda: None)
    monkeypatch.setattr(batch, "worker_context", lambda: None)
    monkeypatch.setattr(batch, "ProcessPoolExecutor", lambda max_workers, **_: ThreadPoolExecutor(max_workers))

    def run_items(group, *args):  # a long job: it ends once the chunk has said it is still waiting
        release.wait(30)
        return [BatchOutcome(i.key) for i in group]

    class Watching(Lines):
        def info(self, message: str, *args: object) -> None:
            super().info(message, *args)
            release.set()

    out = Watching()
    monkeypatch.setattr(batch, "run_items", run_items)
    item = BatchItem(key="k" * 64, spec={}, handle={}, qubits=20)
    outcomes = BatchRunner(max_workers=1, head_start=False).run(
        [item], store_uri="file:///nowhere", backend={}, context={}, max_qubits=30, progress=out
    )
    assert outcomes == [BatchOutcome(item.key)]
    assert release.is_set()  # the job ended because a chunk line came, not because the wait ran out
    assert out.lines
    assert all(
        re.fullmatch(r"chunk: 0/1 jobs done \(0 failed\), 1 to go, elapsed \S+ s, eta unknown", line)
        for line in out.lines
    )


# -- real compiled jobs ---------------------------------------------------------------------------------------------

pytest.importorskip("catalyst")


def compiled_spec(maxiter: int = 30) -> JobSpec:
    return JobSpec.parse(
        {
            "problem": {"kind": "maxcut", "edges": SQUARE_WITH_DIAGONAL},
            "ansatz": {"kind": "qaoa", "layers": 2},
            "optimizer": {"kind": "adam", "stepsize": 0.05, "maxiter": maxiter, "tol": 0.0},
            "execution": {"seed": 7},
        }
    )


def test_a_compiled_job_logs_each_segment_and_last_the_results_energy(tmp_path, monkeypatch, caplog):
    # Interval 0: every line is due, so every segment is one step and logs its iteration.
    monkeypatch.setattr(progress, "PROGRESS_EVERY_S", 0.0)
    job = prepare(compiled_spec())
    program, _, _ = fast.program_for(job, chunk=10)
    calls = program.calls
    logger = logging.getLogger("test.progress")
    with caplog.at_level(logging.INFO, logger="test.progress"):
        result = run_job(job, key=KEY, store=ResultStore(f"file://{tmp_path}/s"), backend={}, progress=logger)
    assert result["engine_path"] == "catalyst"
    # Segments sized to the (zero) interval: one step each, not three of ten; then the final evaluation's call.
    assert program.calls - calls == 30 + 1
    lines = [record.getMessage() for record in caplog.records if record.name == "test.progress"]
    parsed = [LINE.fullmatch(line) for line in lines]
    assert all(parsed), lines
    assert [int(m[1]) for m in parsed] == [*range(1, 31), 30]
    assert all(m[2] == "30" and m[4] is not None for m in parsed)  # i/max, and MaxCut knows its exact energy
    assert all(m[6] is not None for m in parsed[:-1])  # every iteration line has a time left
    *steps, last = parsed
    assert [float(m[3]) for m in steps] == pytest.approx(result["energy_trace"], abs=1e-9)
    assert last[7] == "maxiter"
    assert last[3] == f"{result['energy']:.10f}"  # the last logged energy is the result's
    assert float(last[4]) == pytest.approx(abs(result["energy"] - result["exact_energy"]), rel=1e-3)


def test_a_callback_hears_the_results_energy_last_on_both_paths(tmp_path):
    for engine in ("auto", "plain"):
        calls: list[tuple[int, float]] = []
        result = run_job(
            prepare(compiled_spec(12), engine=engine),
            key=KEY,
            store=ResultStore(f"file://{tmp_path}/{engine}"),
            backend={},
            progress=lambda iteration, energy, calls=calls: calls.append((iteration, energy)),
        )
        assert calls[0][0] == 1
        assert calls[-1] == (12, result["energy"])  # exactly: not the trace's last, evaluated before the update
        assert result["energy"] != result["energy_trace"][-1]


def test_compiled_segments_are_sized_by_the_measured_time_per_step_without_changing_the_numbers(monkeypatch):
    job = prepare(compiled_spec(12))
    program, instance, _ = fast.program_for(job, chunk=10)
    now = [0.0]
    monkeypatch.setattr(fast, "_wall_clock", lambda: now[0])
    real_run, sizes = program.run, []

    def timed_run(*args):  # every step takes one (fake) second
        out = real_run(*args)
        steps = out[-2]  # (params, fm, sm, energies, steps, held)
        sizes.append(steps)
        now[0] += steps
        return out

    monkeypatch.setattr(program, "run", timed_run)

    def run(segment_s):
        sizes.clear()
        hooks = LoopHooks(checkpoint_every=10, segment_s=segment_s)
        outcome = fast.optimize_compiled(
            program, instance, job.ansatz.initial_params, job.spec.optimizer, seed=7, resume=None, hooks=hooks
        )
        return list(sizes), outcome

    unsized, reference = run(None)
    sized, outcome = run(2.5)
    assert unsized == [10, 2]  # segments end only on checkpoints (every 10) and maxiter
    assert sized == [1, 2, 2, 2, 2, 1, 2]  # a probe step, then 2.5 s / 1 s per step, still ending on 10 and 12
    assert np.array_equal(outcome.params, reference.params)
    assert outcome.trace == reference.trace
