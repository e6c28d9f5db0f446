"""W1, the nightly MaxCut batch: random 3-regular graphs, QAOA p = 3, Adam (stepsize 0.05), a fixed step count.

Every peer solves every graph from the same starting point with the same algorithm, so their energies must agree
(tutorial and expert step by step, provider and expert at the end); approximation ratios are taken against a
brute-force MaxCut computed here. The provider also runs the batch as a real Airflow DAG run.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.config import Config
from benchmarks.model import InstanceRun, PeerRun, Ratio, Table, WorkloadResult, ratio
from benchmarks.peers import airflow_dag, expert, provider, tutorial
from benchmarks.problems import MaxCutInstance, best_of_top, cut_of, cut_values, qaoa_initial_params, regular_graphs

#: Peers running the same algorithm on exact simulators agree far below this (observed ~1e-13).
ENERGY_TOLERANCE = 1e-6
#: The DAG run and the in-process run compute the same keys with the same code: their numbers must be identical.
SAME_KEY_TOLERANCE = 1e-9


def run(config: Config, work: Path, dags_folder: Path) -> WorkloadResult:
    instances = regular_graphs(config.w1_sizes, config.w1_graphs_per_size)
    jobs = [
        instance.job(layers=config.w1_layers, steps=config.w1_steps, stepsize=config.w1_stepsize)
        for instance in instances
    ]
    result = WorkloadResult("W1", "Nightly MaxCut batch")

    print(f"W1: {len(instances)} graphs, p={config.w1_layers}, {config.w1_steps} Adam steps", flush=True)
    kwargs = {"layers": config.w1_layers, "steps": config.w1_steps, "stepsize": config.w1_stepsize}
    tutorial_run = tutorial.solve_maxcut_batch(
        instances, **kwargs, budget_s_per_size=config.tutorial_budget_s_per_size, min_steps=config.tutorial_min_steps
    )
    expert_run = expert.solve_maxcut_batch(instances, **kwargs)

    store = f"file://{work}/w1-provider-store"
    wall, summaries = provider.run_chunk(jobs, store_uri=store, task_id="w1_provider")
    provider_run = provider.peer_run("provider", wall, summaries, provider.load_results(store, summaries))
    print(f"  provider: {wall:.2f} s ({provider.engine_paths_text(provider_run)})", flush=True)

    dag_store = f"file://{work}/w1-dag-store"
    dag_path = airflow_dag.write_dag(
        dags_folder, "bench_w1_nightly_maxcut", jobs, chunk_size=config.w1_dag_chunk_size, store_uri=dag_store
    )
    dag_wall, dag_state, dag_summaries, dag_states = airflow_dag.run(dag_path)
    dag_run = provider.peer_run(
        "provider (Airflow DAG run)", dag_wall, dag_summaries, provider.load_results(dag_store, dag_summaries)
    )
    print(f"  provider as a DAG run: {dag_wall:.2f} s, {dag_state}", flush=True)

    peers = [tutorial_run, expert_run, provider_run, dag_run]
    _check(result, config, instances, tutorial_run, expert_run, provider_run, dag_run, dag_state, dag_states)
    _report(result, config, instances, peers, store)
    result.raw.update(
        jobs=jobs,
        provider_store=store,
        provider_wall_s=provider_run.wall_s,
        dag_path=str(dag_path),
        dag_wall_s=dag_wall,
        dag_chunks=len(dag_states),
        dag_task_states=dag_states,
        provider_results={run.name: run.trace[-1] for run in provider_run.instances},
        peers={run.peer: _peer_json(run) for run in peers},
        graphs=[{"name": i.name, "nodes": i.nodes, "seed": i.seed, "maxcut": i.maxcut} for i in instances],
    )
    return result


def _check(
    result: WorkloadResult,
    config: Config,
    instances: list[MaxCutInstance],
    tutorial_run: PeerRun,
    expert_run: PeerRun,
    provider_run: PeerRun,
    dag_run: PeerRun,
    dag_state: str,
    dag_states: dict[str, str],
) -> None:
    names = {instance.name for instance in instances}
    for run in (tutorial_run, expert_run, provider_run, dag_run):
        result.check(
            f"{run.peer} solved every graph", set(run.by_name()) == names, f"{len(run.instances)}/{len(names)}"
        )
    result.check(
        "DAG run succeeded",
        dag_state == "success" and all(state == "success" for state in dag_states.values()),
        f"run {dag_state}; tasks {dag_states}",
    )
    ramp = qaoa_initial_params(config.w1_layers)
    start_gap = max(
        float(np.max(np.abs(np.asarray(r.extra["initial_parameters"]) - ramp))) for r in provider_run.instances
    )
    result.check(
        "provider starts where the other peers start", start_gap <= 1e-12, f"max |delta params| {start_gap:.1e}"
    )
    stops = {(r.iterations, r.extra["stop_reason"]) for r in provider_run.instances}
    result.check("provider ran every step (tol never stopped it)", stops == {(config.w1_steps, "maxiter")}, f"{stops}")

    expert_by, provider_by, dag_by = expert_run.by_name(), provider_run.by_name(), dag_run.by_name()
    gap = max(abs(provider_by[n].energy - expert_by[n].energy) for n in names)
    result.check("provider and expert final energies agree", gap <= ENERGY_TOLERANCE, f"max |delta E| {gap:.1e}")
    gaps = []
    for run in tutorial_run.instances:
        steps = len(run.trace)
        gaps.append(float(np.max(np.abs(np.asarray(run.trace) - np.asarray(expert_by[run.name].trace[:steps])))))
    result.check(
        "tutorial and expert energies agree step by step",
        max(gaps) <= ENERGY_TOLERANCE,
        f"max |delta E| {max(gaps):.1e} over the tutorial's measured steps",
    )
    both = names & set(dag_by)  # a failed DAG run is reported above; compare what it did solve
    same_keys = bool(both) and all(dag_by[n].extra["key"] == provider_by[n].extra["key"] for n in both)
    dag_gap = max((abs(dag_by[n].energy - provider_by[n].energy) for n in both), default=float("inf"))
    result.check(
        "DAG run and in-process provider agree (same keys, same energies)",
        same_keys and dag_gap <= SAME_KEY_TOLERANCE,
        f"same keys: {same_keys}; max |delta E| {dag_gap:.1e}",
    )
    by_instance = {instance.name: instance for instance in instances}
    baseline_gap = max(abs(r.extra["baseline_value"] + by_instance[r.name].maxcut) for r in provider_run.instances)
    result.check(
        "provider's MaxCut optimum equals the brute force here", baseline_gap <= 1e-9, f"max gap {baseline_gap:.1e}"
    )
    scoring_gap = max(
        abs(r.extra["best_cost"] + cut_of(r.extra["best_bitstring"], by_instance[r.name].edges))
        for r in provider_run.instances
    )
    result.check("provider's best bitstring scores as reported", scoring_gap <= 1e-9, f"max gap {scoring_gap:.1e}")


def _quality(instance: MaxCutInstance, run: InstanceRun, probs: np.ndarray | None) -> tuple[float | None, float | None]:
    """(expected cut / MaxCut, best of the 10 most probable / MaxCut); the energy is minus the expected cut."""
    expected = None if run.energy is None else -run.energy / instance.maxcut
    if probs is None:
        return expected, None
    return expected, best_of_top(probs, cut_values(instance.nodes, instance.edges))[1] / instance.maxcut


def _qualities(instances: list[MaxCutInstance], peers: list[PeerRun], store: str) -> dict[str, dict[str, tuple]]:
    """peer -> graph -> (expected-cut ratio, best-of-10 ratio); the provider's distribution comes from its store."""
    out: dict[str, dict[str, tuple]] = {}
    for run in peers[:3]:
        by_name = run.by_name()
        out[run.peer] = {}
        for instance in instances:
            mine = by_name[instance.name]
            if run.peer == "provider":
                probs = provider.probabilities(store, mine.extra["key"], instance.nodes)
            else:
                probs = None if mine.probs is None else np.asarray(mine.probs)
            out[run.peer][instance.name] = _quality(instance, mine, probs)
    return out


def _mean(values: list[float | None]) -> str:
    known = [value for value in values if value is not None]
    return f"{statistics.mean(known):.4f}" if known else "-"


def _report(
    result: WorkloadResult, config: Config, instances: list[MaxCutInstance], peers: list[PeerRun], store: str
) -> None:
    tutorial_run, expert_run, provider_run, dag_run = peers
    steps = len(instances) * config.w1_steps
    rows = []
    for run in peers:
        if run.peer.startswith("provider"):
            note = f"{provider.engine_paths_text(run)}; {provider.peak_rss_text(run)}"
        else:
            note = "; ".join(run.notes)
        wall = f"{run.wall_s:.2f}" + (" (extrapolated)" if run.extrapolated else "")
        speed = f"{steps / run.wall_s * 3600:,.0f}"
        rows.append([run.peer, wall, speed, f"{ratio(run.wall_s, expert_run.wall_s):.3f}", note])
    result.tables.append(
        Table("Wall time per peer", ["peer", "wall s", "Adam steps / hour", "x expert", "notes"], rows)
    )

    quality = _qualities(instances, peers, store)
    by_peer = {run.peer: run.by_name() for run in peers}
    size_rows = []
    for size in config.w1_sizes:
        group = [instance.name for instance in instances if instance.nodes == size]
        seconds = [f"{sum(by_peer[p][name].seconds for name in group):.2f}" for p in ("tutorial", "expert", "provider")]
        best = [quality["provider"][name][1] for name in group]
        measured = sorted({by_peer["tutorial"][name].extra.get("measured_steps") for name in group})
        size_rows.append(
            [
                size,
                len(group),
                *seconds,
                _mean([quality["provider"][name][0] for name in group]),
                f"{min(best):.3f} / {statistics.mean(best):.3f}",
                _mean([quality["expert"][name][1] for name in group]),
                _mean([quality["tutorial"][name][1] for name in group]),
                "/".join(map(str, measured)),
            ]
        )
    headers = ["n", "graphs", "tutorial s", "expert s", "provider job s", "provider <cut>/MaxCut"]
    headers += ["provider best-of-10 min / mean", "expert best-of-10", "tutorial best-of-10", "tutorial steps run"]
    result.tables.append(
        Table(
            "Per graph size: seconds summed over the graphs (provider: each job's runtime inside its worker); "
            "approximation ratios against brute-force MaxCut",
            headers,
            size_rows,
        )
    )
    result.notes += tutorial_run.notes
    extrapolated = ", partly extrapolated" if tutorial_run.extrapolated else ""
    result.ratios += [
        Ratio(
            "W1 provider / expert wall time",
            ratio(provider_run.wall_s, expert_run.wall_s),
            "provider wall time (QuantumBatchSubmitOperator.execute, every core) / expert wall time (one process)",
            "<= 0.35",
        ).judged(),
        Ratio(
            "W1 tutorial / provider wall time",
            ratio(tutorial_run.wall_s, provider_run.wall_s),
            f"tutorial wall time (one process{extrapolated}) / provider wall time",
            ">= 20",
        ).judged(),
        Ratio("W1 DAG run / expert wall time", ratio(dag_run.wall_s, expert_run.wall_s), "dag.test() / expert"),
        Ratio("W1 tutorial / expert wall time", ratio(tutorial_run.wall_s, expert_run.wall_s), "tutorial / expert"),
    ]


def _peer_json(run: PeerRun) -> dict[str, Any]:
    return {
        "wall_s": run.wall_s,
        "extrapolated": run.extrapolated,
        "notes": run.notes,
        "extra": run.extra,
        "instances": [
            {
                "name": r.name,
                "energy": r.energy,
                "iterations": r.iterations,
                "seconds": r.seconds,
                "sim_seconds": r.sim_seconds,
                "trace_head": r.trace[:3],
                "trace_last": r.trace[-1],
                **{
                    k: v
                    for k, v in r.extra.items()
                    if k in ("engine_path", "measured_steps", "step_s", "key", "reused")
                },
            }
            for r in run.instances
        ],
    }
