"""W3, overhead: many tiny jobs (4 qubits) through the provider; the time per job spent outside the simulator.

The provider measures its own simulator share: every job's provenance holds ``simulator_s``, the seconds its
circuit executions took (each step's value and gradient, compiled or not, and the final energy and
probabilities). The provider's time per job outside the simulator is then

    (provider wall time x worker processes - sum of the jobs' simulator_s) / jobs

in core-milliseconds: everything the provider spends besides simulating, on every core it occupies (spec parsing,
content keys, result-store reads and writes, checkpoints, Hamiltonian and baseline, process pool, compilation).
The expert runs exactly the same circuit executions and times each of them: its share is reported beside the
provider's, for context (the compiled loop's share is far smaller than a QNode's).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.config import Config
from benchmarks.model import Ratio, Table, WorkloadResult
from benchmarks.peers import expert, provider
from benchmarks.problems import tiny_graphs
from benchmarks.workloads.w1_maxcut import ENERGY_TOLERANCE

TARGET_MS = 20.0


def run(config: Config, work: Path) -> WorkloadResult:
    result = WorkloadResult("W3", "Overhead: tiny jobs, time outside the simulator")
    instances = tiny_graphs(config.w3_jobs)
    kwargs = {"layers": config.w3_layers, "steps": config.w3_steps, "stepsize": 0.05}
    jobs = [instance.job(**kwargs) for instance in instances]
    print(f"W3: {len(jobs)} jobs of 4 qubits, p={config.w3_layers}, {config.w3_steps} steps", flush=True)

    expert_run = expert.solve_maxcut_batch(instances, **kwargs, verbose=False)
    simulator_s = sum(run.sim_seconds or 0.0 for run in expert_run.instances)

    store = f"file://{work}/w3-provider-store"
    wall, summaries = provider.run_chunk(jobs, store_uri=store, task_id="w3_provider")
    provider_run = provider.peer_run("provider", wall, summaries, provider.load_results(store, summaries))
    workers = provider.worker_processes(len(jobs))
    print(f"  provider: {wall:.2f} s on {workers} processes; expert {expert_run.wall_s:.2f} s", flush=True)

    count = len(jobs)
    provider_sim_s = sum(run.sim_seconds or 0.0 for run in provider_run.instances)
    outside_ms = (wall * workers - provider_sim_s) / count * 1000
    outside_wall_ms = (wall - provider_sim_s / workers) / count * 1000
    expert_outside_ms = (expert_run.wall_s - simulator_s) / count * 1000

    expert_by = expert_run.by_name()
    gap = max(abs(run.energy - expert_by[run.name].energy) for run in provider_run.instances)
    result.check(
        "provider solved every job", len(provider_run.instances) == count, f"{len(provider_run.instances)}/{count}"
    )
    result.check("provider and expert final energies agree", gap <= ENERGY_TOLERANCE, f"max |delta E| {gap:.1e}")
    result.check(
        "provider ran every step",
        all(run.iterations == config.w3_steps for run in provider_run.instances),
        f"iterations {sorted({run.iterations for run in provider_run.instances})}",
    )
    result.tables.append(
        Table(
            "Per job (milliseconds)",
            ["quantity", "ms per job"],
            [
                ["expert: inside circuit executions (its simulator share)", f"{simulator_s / count * 1000:.2f}"],
                ["expert: everything else (QNode and device construction, Adam)", f"{expert_outside_ms:.2f}"],
                ["expert: wall time", f"{expert_run.wall_s / count * 1000:.2f}"],
                [f"provider: wall time ({workers} processes)", f"{wall / count * 1000:.2f}"],
                ["provider: inside circuit executions (its simulator_s)", f"{provider_sim_s / count * 1000:.2f}"],
                ["provider: core time outside the simulator", f"{outside_ms:.2f}"],
                ["provider: wall time outside the simulator", f"{outside_wall_ms:.2f}"],
            ],
        )
    )
    result.notes.append(f"Provider engine paths: {provider.engine_paths_text(provider_run)}.")
    result.ratios.append(
        Ratio(
            "W3 provider core-ms per job outside the simulator",
            outside_ms,
            "(provider wall x processes - the jobs' own circuit-execution time) / jobs, in ms",
            f"<= {TARGET_MS:g}",
        ).judged()
    )
    result.raw = {
        "jobs": count,
        "workers": workers,
        "provider_wall_s": wall,
        "expert_wall_s": expert_run.wall_s,
        "expert_simulator_s": simulator_s,
        "provider_simulator_s": provider_sim_s,
        "outside_core_ms_per_job": outside_ms,
        "outside_wall_ms_per_job": outside_wall_ms,
        "provider_engine_paths": provider_run.extra["engine_paths"],
    }
    return result
