"""``python -m benchmarks [--quick]``: every workload through every peer in one invocation, then the report.

Full mode writes the results section of BENCHMARKS.md and ``benchmarks/results/<date>.json``. Quick mode (the CI
smoke test) runs a tiny version of every workload and peer, asserts no timing, only that every peer ran and the
peers agree, writes its report to a temporary path and exits non-zero otherwise.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if __package__ in (None, ""):  # ``python benchmarks/run.py``: the repository root must come first (see __init__)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if TYPE_CHECKING:
    from benchmarks.config import NightSetting
    from benchmarks.model import WorkloadResult

REPO = Path(__file__).resolve().parent.parent
#: Every workload, in the order they run (W4 replays W1's store).
WORKLOADS = ("W1", "W2", "W3", "W4", "W5", "W6", "W7", "W8")
#: The workloads that run the provider's engine (they need the warm-up and the Airflow DAG folder).
ENGINE_WORKLOADS = {"W1", "W2", "W3", "W4", "W8"}


def _environment(work: Path) -> tuple[Path, Path]:
    """Before pennylane or Airflow load: one OpenMP thread in this process (the tutorial and expert peers, and the
    provider's workers, which set it themselves), and a private AIRFLOW_HOME for the DAG run."""
    os.environ["OMP_NUM_THREADS"] = "1"
    home, dags = work / "airflow", work / "airflow" / "dags"
    dags.mkdir(parents=True)
    os.environ["AIRFLOW_HOME"] = str(home)
    os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(dags)
    os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
    # Airflow's (and the operators') info lines would bury the harness's progress; warnings still show.
    os.environ.setdefault("AIRFLOW__LOGGING__LOGGING_LEVEL", "WARNING")
    os.environ.pop("AIRFLOW__QUANTUM__RESULT_STORE", None)
    # Each run starts with an empty program cache of its own (engine/program_cache.py), which every peer process and
    # child inherits: W1 in process compiles from the start, the DAG run after it finds the shapes cached, as a
    # worker host does on its second night.
    os.environ["AIRFLOW__QUANTUM__PROGRAM_CACHE"] = str(work / "program-cache")
    return home, dags


def _warm_up(work: Path) -> float:
    """One untimed tiny run of each peer's code path (imports, first-call caches); returns the provider's cold
    start: its fork server starting (importing pennylane once) plus one 2-qubit job."""
    from benchmarks.peers import expert, provider, tutorial
    from benchmarks.problems import MOLECULES, regular_graphs

    graph = regular_graphs((4,), 1)[0]
    tutorial.solve_maxcut(graph, layers=1, steps=2, stepsize=0.05)
    expert.solve_maxcut(graph, layers=1, steps=2, stepsize=0.05)
    tutorial.solve_vqe(MOLECULES["H2"], exact=-1e9, stepsize=0.05, max_steps=1)
    expert.solve_vqe(MOLECULES["H2"], exact=-1e9, stepsize=0.05, max_steps=1)
    job = {
        "name": "warm-up",
        "problem": {"kind": "maxcut", "edges": [[0, 1]]},
        "ansatz": {"kind": "qaoa", "layers": 1},
        "optimizer": {"kind": "adam", "maxiter": 1},
    }
    seconds, _ = provider.run_chunk([job], store_uri=f"file://{work}/warm-up-store", task_id="warm_up")
    return seconds


def _guarded(key: str, title: str, body: Callable[[], WorkloadResult]) -> WorkloadResult:
    """Run a workload; a crash becomes a failed check (and a traceback on stderr), and the other workloads go on."""
    from benchmarks.model import WorkloadResult

    try:
        return body()
    except Exception as err:
        traceback.print_exc()
        failed = WorkloadResult(key, title)
        failed.check("workload ran", False, f"{type(err).__name__}: {' '.join(str(err).split())[:300]}")
        return failed


def _night_setting(text: str) -> NightSetting:
    from benchmarks.config import NightSetting

    try:
        return NightSetting.parse(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny version of everything (CI smoke test)")
    parser.add_argument("--report", type=Path, help="where to write the Markdown report (default: see above)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary work folder (stores, AIRFLOW_HOME)")
    parser.add_argument(
        "--only",
        type=lambda text: {part.strip().upper() for part in text.split(",")},
        default=set(WORKLOADS),
        help="comma-separated workloads to run (W4 needs W1); the report then goes to a temporary path",
    )
    parser.add_argument(
        "--w5-setting",
        action="append",
        type=_night_setting,
        metavar="NAME:CHUNK_SIZE:MAX_WORKERS:CONCURRENCY",
        help="run W5's night with this setting instead of the mode's (repeatable: each setting runs the same night; "
        "MAX_WORKERS 'all' for a pool on every core); the report then goes to a temporary path",
    )
    args = parser.parse_args(argv)
    partial = args.only != set(WORKLOADS) or bool(args.w5_setting)
    if args.only - set(WORKLOADS):
        unknown = ", ".join(sorted(args.only - set(WORKLOADS)))
        parser.error(f"unknown workloads {unknown} (known: {', '.join(WORKLOADS)})")
    if "W4" in args.only and "W1" not in args.only:
        parser.error("W4 replays W1: --only W4 needs W1 too")

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="quantum-bench-"))
    home, dags = _environment(work)

    from benchmarks import machine, report
    from benchmarks.config import FULL, QUICK
    from benchmarks.peers import airflow_dag
    from benchmarks.workloads import (
        w1_maxcut,
        w2_chemistry,
        w3_overhead,
        w4_replay,
        w5_night,
        w6_store_scaling,
        w7_memory,
        w8_cold_task,
    )

    config = QUICK if args.quick else FULL
    if args.w5_setting:
        config = dataclasses.replace(config, w5_settings=tuple(args.w5_setting))
    described = machine.describe()
    print(
        f"benchmarks ({config.mode}) in {work}; {described['cpu_model']}, {described['usable_cpus']} CPUs", flush=True
    )
    cold_start = None
    if args.only & ENGINE_WORKLOADS:  # W6 alone runs no engine and no DAG: neither warm-up nor metadata database
        airflow_dag.prepare(home, dags)
        cold_start = _warm_up(work)
        print(f"warm-up done; provider cold start {cold_start:.2f} s", flush=True)

    results: list[WorkloadResult] = []
    if "W1" in args.only:
        w1 = _guarded("W1", "Nightly MaxCut batch", lambda: w1_maxcut.run(config, work, dags))
        results.append(w1)
        if "W4" in args.only:
            results.append(_guarded("W4", "Replay", lambda: w4_replay.run(w1.raw)))
    if "W5" in args.only:  # the Celery deployment of the system test: its own processes, no warm-up here
        results.append(_guarded("W5", "A night on the Celery deployment", lambda: w5_night.run(config, work)))
    if "W2" in args.only:
        results.append(_guarded("W2", "Chemistry", lambda: w2_chemistry.run(config, work)))
    if "W3" in args.only:
        results.append(_guarded("W3", "Overhead", lambda: w3_overhead.run(config, work)))
    if "W6" in args.only:
        results.append(_guarded("W6", "Store scaling", lambda: w6_store_scaling.run(config, work)))
    if "W7" in args.only:
        results.append(_guarded("W7", "Memory", lambda: w7_memory.run(config, work)))
    if "W8" in args.only:
        results.append(_guarded("W8", "Cold task", lambda: w8_cold_task.run(config, work, dags)))

    run = {
        "mode": config.mode,
        "config": {name: getattr(config, name) for name in config.__dataclass_fields__},
        "total_s": time.perf_counter() - started,
        "load_average_at_end": machine.load_average(),
        "provider_cold_start_s": cold_start,
    }
    section = report.render(described, results, run)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    if args.quick or partial:
        target = args.report or Path(tempfile.gettempdir()) / f"quantum-bench-{config.mode}-{stamp}.md"
        title = "smoke test (quick mode: tiny workloads, timings mean nothing)" if args.quick else "partial run"
        target.write_text(f"# Benchmark {title}\n\n{section}\n")
        data = target.with_suffix(".json")
    else:
        target = args.report or REPO / "BENCHMARKS.md"
        if target.exists() and report.BEGIN in target.read_text():
            report.replace_section(target, section)
        else:
            target.write_text(section + "\n")
        data = REPO / "benchmarks" / "results" / f"{stamp}.json"
    report.write_json(data, described, results, run)

    checks = [check for result in results for check in result.checks]
    failed = [check for check in checks if not check.passed]
    print(f"\nreport: {target}\nraw numbers: {data}\nwhole run: {run['total_s']:.1f} s")
    for result in results:
        for ratio in result.ratios:
            met = "" if ratio.met is None else ("  [target met]" if ratio.met else f"  [MISSED target {ratio.target}]")
            value = "not measured" if ratio.value is None else f"{ratio.value:.4g}"
            print(f"  {ratio.name}: {value}{met}")
    print(f"agreement checks: {len(checks) - len(failed)}/{len(checks)} passed")
    for check in failed:
        print(f"  FAILED {check.workload} {check.name}: {check.detail}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
