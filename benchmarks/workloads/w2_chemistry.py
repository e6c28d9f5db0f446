"""W2, chemistry: VQE (AllSinglesDoubles from Hartree-Fock, Adam) for H2 and LiH to chemical accuracy.

The target is the exact ground energy of the same qubit Hamiltonian in the molecule's electron-number and Sz = 0
sector, by dense diagonalization here. Tutorial and expert stop as soon as they are within 1.6e-3 Ha of it. The
provider has no such stopping rule (it stops on ``maxiter`` or ``tol``), so it runs with ``maxiter`` set to the
step count the expert needed, and its own trace shows where it got there; its time is that job's wall time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.config import Config
from benchmarks.model import InstanceRun, Ratio, Table, WorkloadResult, ratio
from benchmarks.peers import expert, provider, tutorial
from benchmarks.problems import CHEMICAL_ACCURACY, MOLECULES, Molecule, exact_energies, first_within


def _provider_job(molecule: Molecule, *, stepsize: float, steps: int) -> dict[str, Any]:
    return {
        "name": f"{molecule.name}-vqe",
        "problem": molecule.problem(),
        "ansatz": {"kind": "all_singles_doubles"},
        "optimizer": {"kind": "adam", "stepsize": stepsize, "maxiter": max(1, steps), "tol": 0.0},
        "execution": {"seed": 0},
    }


def run(config: Config, work: Path) -> WorkloadResult:
    result = WorkloadResult("W2", "Chemistry: VQE to chemical accuracy (1.6e-3 Ha)")
    rows = []
    raw: dict[str, Any] = {}
    for name in config.w2_molecules:
        molecule = MOLECULES[name]
        hamiltonian, qubits = molecule.hamiltonian()
        exact, overall = exact_energies(hamiltonian, qubits, molecule.electrons)
        print(f"W2: {name}, {qubits} qubits, exact {exact:.8f} Ha", flush=True)
        kwargs = {"exact": exact, "stepsize": config.w2_stepsize, "max_steps": config.w2_max_steps}
        expert_run = expert.solve_vqe(molecule, **kwargs)
        tutorial_run = tutorial.solve_vqe(molecule, **kwargs)

        store = f"file://{work}/w2-provider-store"
        job = _provider_job(molecule, stepsize=config.w2_stepsize, steps=expert_run.iterations)
        wall, summaries = provider.run_chunk([job], store_uri=store, task_id=f"w2_{name}", max_workers=1)
        provider_run = provider.peer_run("provider", wall, summaries, provider.load_results(store, summaries))
        mine = provider_run.instances[0]
        reached = first_within(mine.trace, exact)

        iterations = {"tutorial": tutorial_run.iterations, "expert": expert_run.iterations, "provider": reached}
        reached_all = all(run.trace[-1] - exact <= CHEMICAL_ACCURACY for run in (tutorial_run, expert_run, mine))
        result.check(
            f"{name}: every peer reached chemical accuracy",
            reached_all,
            _energies(exact, tutorial_run, expert_run, mine),
        )
        counts = [count for count in iterations.values() if count is not None]
        same = len(counts) == len(iterations) and max(counts) - min(counts) <= 1
        result.check(f"{name}: peers needed the same number of steps (+-1)", same, f"{iterations}")
        provider_exact = mine.extra["exact_energy"]
        result.check(
            f"{name}: provider's exact energy equals the diagonalization here",
            provider_exact is not None and abs(provider_exact - exact) <= 1e-8,
            f"{provider_exact} vs {exact}",
        )
        if overall < exact - 1e-9:
            result.notes.append(
                f"{name}: the lowest eigenvalue over all particle-number sectors ({overall:.6f} Ha) lies below the "
                f"{molecule.electrons}-electron ground energy ({exact:.6f} Ha); the ansatz conserves electron number, "
                "so the sector energy is the target."
            )
        rows += [
            _row(
                name, qubits, "tutorial", tutorial_run.iterations, tutorial_run.seconds, tutorial_run.trace[-1] - exact
            ),
            _row(name, qubits, "expert", expert_run.iterations, expert_run.seconds, expert_run.trace[-1] - exact),
            _row(
                name,
                qubits,
                "provider",
                reached,
                wall,
                mine.trace[-1] - exact,
                provider.engine_paths_text(provider_run),
            ),
        ]
        result.ratios += [
            Ratio(f"W2 {name} provider / expert time", ratio(wall, expert_run.seconds), "time to chemical accuracy"),
            Ratio(
                f"W2 {name} tutorial / provider time", ratio(tutorial_run.seconds, wall), "time to chemical accuracy"
            ),
        ]
        raw[name] = {
            "qubits": qubits,
            "exact_energy": exact,
            "lowest_eigenvalue_any_sector": overall,
            "iterations": iterations,
            "seconds": {"tutorial": tutorial_run.seconds, "expert": expert_run.seconds, "provider": wall},
            "provider_job_runtime_s": mine.seconds,
            "provider_engine_path": mine.extra["engine_path"],
            "final_error": {
                "tutorial": tutorial_run.trace[-1] - exact,
                "expert": expert_run.trace[-1] - exact,
                "provider": mine.trace[-1] - exact,
            },
        }
    result.tables.append(
        Table(
            "Steps and wall time to chemical accuracy (each peer builds its own Hamiltonian; that is timed too)",
            ["molecule", "qubits", "peer", "steps", "wall s", "final error Ha", "notes"],
            rows,
        )
    )
    result.raw = raw
    return result


def _row(
    name: str, qubits: int, peer: str, steps: int | None, seconds: float, error: float, note: str = ""
) -> list[Any]:
    return [name, qubits, peer, "not reached" if steps is None else steps, f"{seconds:.2f}", f"{error:.2e}", note]


def _energies(exact: float, *runs: InstanceRun) -> str:
    return ", ".join(
        f"{label} {run.trace[-1] - exact:.2e}"
        for label, run in zip(("tutorial", "expert", "provider"), runs, strict=True)
    )
