"""The provider peer, through its public API only: ``QuantumBatchSubmitOperator`` and ``ResultStore``.

A chunk of JobSpecs goes to one ``QuantumBatchSubmitOperator.execute`` on the embedded lightning backend (the
default connection): the jobs run in parallel processes from the provider's fork server, one per core, one OpenMP
thread each. The measured time is that call, from the specs to every result stored and summarized; reading the
stored results back for the agreement checks is not timed.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

from benchmarks.model import InstanceRun, PeerRun, stopwatch


def run_chunk(
    jobs: list[dict[str, Any]], *, store_uri: str, task_id: str, max_workers: int | None = None
) -> tuple[float, list[dict[str, Any]]]:
    """One chunk through the operator; returns (wall seconds, the operator's summaries)."""
    from quantum_provider.operators.batch import QuantumBatchSubmitOperator

    operator = QuantumBatchSubmitOperator(
        task_id=task_id, jobs=jobs, result_store=store_uri, replay="reuse", max_workers=max_workers
    )
    with stopwatch() as elapsed:
        summaries = operator.execute({})
    return elapsed[0], summaries


def worker_processes(jobs: int, max_workers: int | None = None) -> int:
    """How many processes the operator uses for a chunk of ``jobs`` (every core, at most one per job)."""
    from quantum_provider.engine.batch import worker_count

    return worker_count(jobs, max_workers)


def load_results(store_uri: str, summaries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The stored result of every summary, by job name (verified by the store's checksums)."""
    from quantum_provider.storage import ResultStore

    store = ResultStore(store_uri)
    results = {}
    for summary in summaries:
        stored = store.load_result(summary["key"])
        if stored is None:
            raise RuntimeError(f"job {summary['name']} ({summary['key']}) has no verified result in {store_uri}")
        results[summary["name"]] = {**stored.result, "provenance": stored.provenance}
    return results


def probabilities(store_uri: str, key: str, nodes: int) -> np.ndarray:
    """The stored final distribution of a combinatorial job, as a dense vector in ``qml.probs`` order."""
    from quantum_provider.storage import ResultStore

    store = ResultStore(store_uri)
    table = store.read_table(store.job_dir(key) / "distribution.parquet").to_pydict()
    probs = np.zeros(1 << nodes)
    for bits, probability in zip(table["bitstring"], table["probability"], strict=True):
        probs[int(bits, 2)] = probability
    return probs


def peer_run(peer: str, wall_s: float, summaries: list[dict[str, Any]], results: dict[str, dict[str, Any]]) -> PeerRun:
    """The operator's answers as a PeerRun; ``extra`` counts the engine paths the jobs took."""
    instances = []
    for summary in summaries:
        result = results[summary["name"]]
        instances.append(
            InstanceRun(
                name=summary["name"],
                energy=float(result["energy"]),
                # The stored trace holds the energy before each step; the final energy is the one after the last.
                trace=[*map(float, result["energy_trace"]), float(result["energy"])],
                iterations=int(result["iterations"]),
                seconds=float(result["runtime_s"]),
                sim_seconds=float(result["provenance"].get("simulator_s") or 0.0),
                extra={
                    "key": summary["key"],
                    "reused": summary["reused"],
                    "engine_path": result.get("engine_path"),
                    "fast_path": result.get("fast_path"),
                    # provenance's fast_path adds compile_s and cache_hit when the job ran compiled
                    "compile": result["provenance"].get("fast_path") or {},
                    "environment": result["provenance"].get("environment") or {},
                    "stop_reason": result.get("stop_reason"),
                    "best_bitstring": result.get("best_bitstring"),
                    "best_cost": result.get("best_cost"),
                    "baseline_value": (result.get("baseline") or {}).get("value"),
                    "exact_energy": result.get("exact_energy"),
                    "initial_parameters": result.get("initial_parameters"),
                    "result_uri": summary["result_uri"],
                },
            )
        )
    paths = Counter(str(run.extra["engine_path"]) for run in instances)
    return PeerRun(peer=peer, wall_s=wall_s, instances=instances, extra={"engine_paths": dict(paths)})


def peak_rss_text(run: PeerRun) -> str:
    """The peak RSS of the processes that computed the run's jobs (each job's provenance holds its process's peak
    so far; a process's last job holds its peak), for the report."""
    peaks: dict[tuple, float] = {}
    for instance in run.instances:
        env = instance.extra.get("environment") or {}
        if env.get("process_peak_rss_mib") is not None:
            process = (env.get("host"), env.get("pid"))
            peaks[process] = max(peaks.get(process, 0.0), float(env["process_peak_rss_mib"]))
    if not peaks:
        return "peak RSS not recorded"
    values = sorted(peaks.values())
    return f"peak RSS per computing process: {values[0]:.0f} to {values[-1]:.0f} MiB over {len(values)} processes"


def engine_paths_text(run: PeerRun) -> str:
    """``catalyst x22, plain x2`` (with the plain path's reasons), for the report."""
    paths = run.extra.get("engine_paths", {})
    text = ", ".join(f"{path} x{count}" for path, count in sorted(paths.items()))
    compiled = [i.extra["compile"] for i in run.instances if i.extra.get("compile", {}).get("compile_s") is not None]
    if compiled:
        misses = [item for item in compiled if not item.get("cache_hit")]
        seconds = sum(item["compile_s"] for item in misses)
        from_ir = sum(1 for item in misses if item.get("program_cache_hit"))
        text += (
            f"; {len(misses)} programs compiled ({from_ir} from the host's program cache), {seconds:.1f} s of "
            "compilation summed over workers"
        )
    reasons = sorted(
        {
            str((instance.extra.get("fast_path") or {}).get("reason"))
            for instance in run.instances
            if instance.extra.get("engine_path") != "catalyst"
        }
    )
    return text + (f" (not compiled: {'; '.join(reasons)})" if reasons else "")
