"""The engine on real lightning simulators: resume is bit-identical, results match exact answers."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from quantum_provider.engine.optimizers import JobCancelledError
from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore

SQUARE_WITH_DIAGONAL = [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2, 0.5]]
KEY = "b" * 64


def spec_for(optimizer: dict, shots: int | None = None, **extra) -> JobSpec:
    job = {
        "problem": {"kind": "maxcut", "edges": SQUARE_WITH_DIAGONAL},
        "ansatz": {"kind": "qaoa", "layers": 2},
        "optimizer": optimizer,
        "execution": {"shots": shots, "seed": 11},
        **extra,
    }
    return JobSpec.parse(job)


@pytest.mark.parametrize(
    ("optimizer", "shots"),
    [
        ({"kind": "adam", "stepsize": 0.05, "maxiter": 24, "tol": 0.0}, None),
        ({"kind": "gradient_descent", "stepsize": 0.05, "maxiter": 24, "tol": 0.0}, None),
        ({"kind": "spsa", "stepsize": 0.2, "maxiter": 24, "tol": 0.0}, None),
        ({"kind": "cobyla", "stepsize": 0.3, "maxiter": 30, "tol": 1e-6}, None),
        ({"kind": "adam", "stepsize": 0.05, "maxiter": 12, "tol": 0.0}, 200),
        ({"kind": "spsa", "stepsize": 0.2, "maxiter": 16, "tol": 0.0}, 200),
    ],
    ids=["adam", "gradient_descent", "spsa", "cobyla", "adam-shots", "spsa-shots"],
)
def test_resume_from_any_checkpoint_gives_identical_numbers(tmp_path, optimizer, shots):
    spec = spec_for(optimizer, shots)
    straight = ResultStore(f"file://{tmp_path}/straight")
    reference = run_job(prepare(spec), key=KEY, store=straight, backend={}, checkpoint_every=4)
    checkpoints = straight.list_checkpoints(KEY)
    middle = checkpoints[len(checkpoints) // 2]
    assert 0 < middle < reference["iterations"]

    # A crash after the middle checkpoint: a fresh process (fresh device, fresh RNGs) finds only that checkpoint.
    crashed = ResultStore(f"file://{tmp_path}/crashed")
    crashed.save_checkpoint(KEY, straight.read_json(straight.job_dir(KEY) / "checkpoints" / f"{middle:09d}.json"))
    resumed = run_job(prepare(spec), key=KEY, store=crashed, backend={}, checkpoint_every=4)

    assert crashed.load_result(KEY).provenance["resumed_from_iteration"] == middle
    assert resumed["parameters"] == reference["parameters"]
    assert resumed["energy_trace"] == reference["energy_trace"]
    assert resumed["energy"] == reference["energy"]
    assert resumed["top_bitstrings"] == reference["top_bitstrings"]


def counting_energy(job):
    """Count the calls of the job's energy QNode: one per plain optimizer step, one for the final energy, one for
    its gradient (engine/convergence.py)."""
    calls = []
    energy = job.energy

    def counted(params):
        calls.append(1)
        return energy(params)

    job.energy = counted
    return calls


def test_resume_from_a_finished_loop_does_not_iterate_further(tmp_path):
    # The plain loop's resume (test_fast_path.py has the compiled loop's): this spec would otherwise run compiled.
    spec = spec_for({"kind": "adam", "stepsize": 0.05, "maxiter": 10})
    store = ResultStore(f"file://{tmp_path}/s")
    fresh = prepare(spec, engine="plain")
    fresh_calls = counting_energy(fresh)
    first = run_job(fresh, key=KEY, store=store, backend={})
    assert len(fresh_calls) == 10 + 2  # what iterating costs: ten steps, then the final energy and its gradient
    (store.job_dir(KEY) / "result.json").write_bytes(b"{broken")  # a corrupt result is recomputed...
    assert store.load_result(KEY) is None
    checkpoints = store.list_checkpoints(KEY)
    resumed = prepare(spec, engine="plain")
    resumed_calls = counting_energy(resumed)
    again = run_job(resumed, key=KEY, store=store, backend={})
    # ...from the final checkpoint, not by iterating on: the only circuits run are the final energy's and gradient's
    assert len(resumed_calls) == 2
    assert store.load_result(KEY).provenance["resumed_from_iteration"] == 10
    assert store.list_checkpoints(KEY) == checkpoints  # nothing iterated, so nothing new was checkpointed
    assert again["engine_path"] == first["engine_path"] == "plain"
    assert again["parameters"] == first["parameters"]
    assert again["iterations"] == first["iterations"] == 10


def independent_gradient_norm(spec, params):
    """The energy's gradient norm at ``params`` by central finite differences on a fresh plain job (not the
    engine's adjoint gradient)."""
    job = prepare(spec, engine="plain")
    params = np.asarray(params, dtype=np.float64)
    gradient = np.zeros_like(params)
    for index in np.ndindex(params.shape):
        step = np.zeros_like(params)
        step[index] = 1e-5
        gradient[index] = (float(job.energy(params + step)) - float(job.energy(params - step))) / 2e-5
    return float(np.linalg.norm(gradient))


def test_tol_stops_early_and_reports_convergence(tmp_path):
    spec = spec_for({"kind": "adam", "stepsize": 0.05, "maxiter": 2000, "tol": 1e-9})
    result = run_job(prepare(spec), key=KEY, store=ResultStore(f"file://{tmp_path}/s"), backend={})
    assert result["stop_reason"] == "tol"
    assert result["iterations"] < 2000
    assert abs(result["energy_trace"][-1] - result["energy_trace"][-2]) < 1e-9
    norm = independent_gradient_norm(spec, result["parameters"])
    assert result["gradient_norm"] == pytest.approx(norm, rel=1e-4, abs=1e-7)
    # The limit: gradient_tol (2e-3) times the Hamiltonian's scale, edge weights w giving ZZ terms of w/2.
    assert result["gradient_limit"] == pytest.approx(2e-3 * (4 * 0.5 + 0.5 / 2))
    assert norm <= result["gradient_limit"]
    assert (result["converged"], result["convergence"]) == (True, "converged")


@pytest.mark.parametrize("engine", ["auto", "plain"])  # the compiled loop and the plain one
def test_energies_that_stop_changing_on_a_slope_do_not_stop_the_loop(tmp_path, engine):
    """A step too small to move the energy by tol satisfies "successive energies agree" on a slope: the loop goes
    on (the gradient is large), to maxiter, and says so."""
    spec = spec_for({"kind": "adam", "stepsize": 1e-9, "maxiter": 12, "tol": 1e-6})
    result = run_job(prepare(spec, engine=engine), key=KEY, store=ResultStore(f"file://{tmp_path}/s"), backend={})
    assert result["engine_path"] == ("catalyst" if engine == "auto" else "plain")
    assert max(abs(a - b) for a, b in itertools.pairwise(result["energy_trace"])) < 1e-6
    norm = independent_gradient_norm(spec, result["parameters"])
    assert norm > 100 * result["gradient_limit"]  # far from stationary: the start of a QAOA ramp
    assert result["gradient_norm"] == pytest.approx(norm, rel=1e-4)
    assert (result["stop_reason"], result["iterations"], result["convergence"]) == ("maxiter", 12, "maxiter")


def test_an_optimizer_that_stops_itself_on_a_slope_is_stalled_not_converged(tmp_path):
    """COBYLA ends by its own rule once its trust region shrinks to tol: with a coarse tol, after a few small moves
    down the ramp's slope, far from stationary."""
    spec = spec_for({"kind": "cobyla", "stepsize": 0.02, "maxiter": 200, "tol": 0.01})
    result = run_job(prepare(spec), key=KEY, store=ResultStore(f"file://{tmp_path}/s"), backend={})
    assert result["stop_reason"] == "tol"
    norm = independent_gradient_norm(spec, result["parameters"])
    assert norm > 10 * result["gradient_limit"]
    assert result["gradient_norm"] == pytest.approx(norm, rel=1e-4)
    assert (result["converged"], result["convergence"]) == (False, "stalled")


def test_a_loop_cut_by_maxiter_says_so(tmp_path):
    spec = spec_for({"kind": "adam", "stepsize": 0.05, "maxiter": 3})
    result = run_job(prepare(spec), key=KEY, store=ResultStore(f"file://{tmp_path}/s"), backend={})
    assert (result["converged"], result["convergence"], result["iterations"]) == (False, "maxiter", 3)
    assert result["gradient_norm"] == pytest.approx(independent_gradient_norm(spec, result["parameters"]), rel=1e-4)


def brute_force(objective, n):
    values = {"".join(map(str, bits)): objective(np.array(bits)) for bits in itertools.product((0, 1), repeat=n)}
    best = min(values.values())
    return best, {b for b, v in values.items() if abs(v - best) < 1e-9}


def test_qaoa_solves_a_qubo_to_its_brute_force_optimum(tmp_path):
    matrix = np.array([[-3.0, 1.0, 0.5, 0.0], [1.0, -2.0, 0.0, 1.5], [0.5, 0.0, -1.0, 1.0], [0.0, 1.5, 1.0, -2.5]])
    spec = JobSpec.parse(
        {
            "problem": {"kind": "qubo", "matrix": matrix.tolist(), "offset": 1.0},
            "optimizer": {"stepsize": 0.05, "maxiter": 120},
        }
    )
    result = run_job(prepare(spec), key=KEY, store=ResultStore(f"file://{tmp_path}/s"), backend={})
    optimum, optimal_strings = brute_force(lambda x: x @ matrix @ x + 1.0, 4)
    assert result["baseline"]["value"] == pytest.approx(optimum)
    assert result["exact_energy"] == pytest.approx(optimum)
    assert result["best_bitstring"] in optimal_strings
    assert result["approximation_ratio_best"] == pytest.approx(1.0)
    assert result["energy"] >= optimum - 1e-9  # the variational principle


def test_portfolio_best_selection_respects_the_budget_and_matches_brute_force(tmp_path):
    mu = [0.12, 0.10, 0.07, 0.03]
    cov = [[0.10, 0.02, 0.01, 0.0], [0.02, 0.08, 0.0, 0.01], [0.01, 0.0, 0.05, 0.0], [0.0, 0.01, 0.0, 0.02]]
    spec = JobSpec.parse(
        {
            "problem": {
                "kind": "portfolio",
                "expected_returns": mu,
                "covariance": cov,
                "budget": 2,
                "risk_aversion": 0.5,
            },
            "optimizer": {"stepsize": 0.02, "maxiter": 150},
        }
    )
    result = run_job(prepare(spec), key=KEY, store=ResultStore(f"file://{tmp_path}/s"), backend={})

    def objective(x):
        return 0.5 * x @ np.array(cov) @ x - np.array(mu) @ x if x.sum() == 2 else np.inf

    optimum, optimal_strings = brute_force(objective, 4)
    assert result["baseline"]["value"] == pytest.approx(optimum)
    assert result["best_bitstring"].count("1") == 2
    assert result["best_bitstring"] in optimal_strings


def test_hardware_efficient_vqe_on_pauli_hamiltonian_reaches_exact_ground_energy(tmp_path):
    terms = [["ZZ", 1.0], ["XI", 0.5], ["IX", 0.5], ["YY", -0.3]]
    spec = JobSpec.parse(
        {
            "problem": {"kind": "pauli", "terms": terms},
            "ansatz": {"kind": "hardware_efficient", "layers": 2},
            "optimizer": {"kind": "adam", "stepsize": 0.1, "maxiter": 300, "tol": 1e-10},
        }
    )
    result = run_job(prepare(spec), key=KEY, store=ResultStore(f"file://{tmp_path}/s"), backend={})
    paulis = {
        "I": np.eye(2),
        "X": np.array([[0, 1], [1, 0]]),
        "Y": np.array([[0, -1j], [1j, 0]]),
        "Z": np.diag([1, -1]),
    }
    matrix = sum(c * np.kron(paulis[w[0]], paulis[w[1]]) for w, c in terms)
    exact = float(np.linalg.eigvalsh(matrix)[0])
    assert result["exact_energy"] == pytest.approx(exact, abs=1e-9)
    assert result["energy"] == pytest.approx(exact, abs=1e-4)


def test_cancellation_stops_the_loop_and_marks_the_record(tmp_path):
    spec = spec_for({"kind": "adam", "maxiter": 500, "tol": 0.0})
    store = ResultStore(f"file://{tmp_path}/s")
    calls = iter(range(10**6))
    with pytest.raises(JobCancelledError):
        run_job(prepare(spec), key=KEY, store=store, backend={}, should_stop=lambda: next(calls) >= 7)
    assert store.read_record(KEY)["state"] == "cancelled"
    assert store.load_result(KEY) is None
    assert store.latest_checkpoint(KEY) is not None  # finished iterations are kept for a later resume
