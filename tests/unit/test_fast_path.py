"""The compiled fast path (engine/fast.py): same numbers as the plain loop, resumable, reused across shapes."""

from __future__ import annotations

import numpy as np
import pytest

from quantum_provider.engine import fast
from quantum_provider.engine.optimizers import JobCancelledError
from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore

pytest.importorskip("catalyst")

KEY = "f" * 64
#: Weighted 7-node graph: a ring with chords.
EDGES = [[0, 1, 1.0], [1, 2, 0.5], [2, 3, 1.5], [3, 4, 0.75], [4, 5, 1.25], [5, 6, 1.0], [6, 0, 0.5], [0, 3, 2.0]]
EDGES += [[2, 5, 0.25]]
H2 = {"kind": "molecule", "symbols": ["H", "H"], "coordinates": [[0, 0, 0], [0, 0, 0.74]]}
SQUARE_WITH_DIAGONAL = [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2, 0.5]]


def spec_for(problem: dict, optimizer: dict, *, ansatz: dict | None = None, shots: int | None = None) -> JobSpec:
    return JobSpec.parse(
        {"problem": problem, "ansatz": ansatz, "optimizer": optimizer, "execution": {"shots": shots, "seed": 5}}
    )


def both_paths(tmp_path, spec: JobSpec, checkpoint_every: int = 10) -> tuple[dict, dict]:
    plain = run_job(
        prepare(spec, engine="plain"),
        key=KEY,
        store=ResultStore(f"file://{tmp_path}/plain"),
        backend={},
        checkpoint_every=checkpoint_every,
    )
    compiled = run_job(
        prepare(spec),
        key=KEY,
        store=ResultStore(f"file://{tmp_path}/fast"),
        backend={},
        checkpoint_every=checkpoint_every,
    )
    return plain, compiled


def assert_same_numbers(plain: dict, compiled: dict) -> None:
    assert plain["engine_path"] == "plain"
    assert compiled["engine_path"] == "catalyst"
    assert compiled["fast_path"] == {"used": True, "reason": None}
    assert np.max(np.abs(np.subtract(plain["parameters"], compiled["parameters"]))) <= 1e-8
    assert len(plain["energy_trace"]) == len(compiled["energy_trace"])
    assert np.max(np.abs(np.subtract(plain["energy_trace"], compiled["energy_trace"]))) <= 1e-8
    assert compiled["energy"] == pytest.approx(plain["energy"], abs=1e-8)
    for field in ("iterations", "stop_reason", "converged", "best_cost"):
        assert compiled[field] == plain[field], field
    # MaxCut's bit-flip symmetry makes a cut and its complement equally likely: rounding picks between the two.
    if plain["best_bitstring"] is not None:
        flipped = plain["best_bitstring"].translate(str.maketrans("01", "10"))
        assert compiled["best_bitstring"] in (plain["best_bitstring"], flipped)


@pytest.mark.parametrize(
    ("problem", "ansatz", "optimizer"),
    [
        ({"kind": "maxcut", "edges": EDGES}, {"kind": "qaoa", "layers": 2}, {"kind": "adam", "maxiter": 60, "tol": 0}),
        (H2, {"kind": "all_singles_doubles"}, {"kind": "adam", "stepsize": 0.1, "maxiter": 60, "tol": 0}),
        (
            {"kind": "maxcut", "edges": SQUARE_WITH_DIAGONAL},
            {"kind": "qaoa", "layers": 2},
            {"kind": "gradient_descent", "stepsize": 0.05, "maxiter": 50, "tol": 0},
        ),
        (
            {"kind": "pauli", "terms": [["ZZ", 1.0], ["XI", 0.5], ["IX", 0.5], ["YY", -0.3]]},
            {"kind": "hardware_efficient", "layers": 2},
            {"kind": "adam", "stepsize": 0.1, "maxiter": 50, "tol": 0},
        ),
    ],
    ids=["maxcut-qaoa-adam", "h2-vqe-adam", "gradient-descent", "hardware-efficient"],
)
def test_both_paths_give_the_same_numbers(tmp_path, problem, ansatz, optimizer):
    plain, compiled = both_paths(tmp_path, spec_for(problem, optimizer, ansatz=ansatz), checkpoint_every=7)
    assert_same_numbers(plain, compiled)
    # Both loops checkpoint on the same iterations.
    plain_store, fast_store = ResultStore(f"file://{tmp_path}/plain"), ResultStore(f"file://{tmp_path}/fast")
    assert plain_store.list_checkpoints(KEY) == fast_store.list_checkpoints(KEY)


def test_tol_stops_both_paths_on_the_same_iteration(tmp_path):
    spec = spec_for({"kind": "maxcut", "edges": EDGES}, {"kind": "adam", "maxiter": 2000, "tol": 1e-4})
    plain, compiled = both_paths(tmp_path, spec, checkpoint_every=25)
    assert_same_numbers(plain, compiled)
    assert compiled["stop_reason"] == "tol"
    assert compiled["converged"] is True
    assert compiled["iterations"] < 2000
    assert fast.ADAM_BETA1 == 0.9  # the compiled Adam is PennyLane's defaults


def test_resume_on_the_fast_path_gives_identical_numbers(tmp_path):
    spec = spec_for({"kind": "maxcut", "edges": EDGES}, {"kind": "adam", "maxiter": 50, "tol": 0})
    straight = ResultStore(f"file://{tmp_path}/straight")
    reference = run_job(prepare(spec), key=KEY, store=straight, backend={}, checkpoint_every=4)
    assert reference["engine_path"] == "catalyst"
    checkpoints = straight.list_checkpoints(KEY)
    middle = checkpoints[len(checkpoints) // 2]
    assert 0 < middle < reference["iterations"]
    state = straight.read_json(straight.job_dir(KEY) / "checkpoints" / f"{middle:09d}.json")
    assert state["engine_path"] == "catalyst"

    crashed = ResultStore(f"file://{tmp_path}/crashed")
    crashed.save_checkpoint(KEY, state)
    resumed = run_job(prepare(spec), key=KEY, store=crashed, backend={}, checkpoint_every=4)
    loaded = crashed.load_result(KEY)
    assert loaded.provenance["resumed_from_iteration"] == middle
    assert loaded.provenance["engine_path"] == "catalyst"
    assert resumed["engine_path"] == "catalyst"
    assert resumed["parameters"] == reference["parameters"]
    assert resumed["energy_trace"] == reference["energy_trace"]
    assert resumed["energy"] == reference["energy"]
    assert resumed["top_bitstrings"] == reference["top_bitstrings"]


def test_a_plain_checkpoint_resumes_on_the_plain_path(tmp_path):
    spec = spec_for({"kind": "maxcut", "edges": SQUARE_WITH_DIAGONAL}, {"kind": "adam", "maxiter": 50, "tol": 0})
    straight = ResultStore(f"file://{tmp_path}/straight")
    reference = run_job(prepare(spec, engine="plain"), key=KEY, store=straight, backend={}, checkpoint_every=4)
    crashed = ResultStore(f"file://{tmp_path}/crashed")
    crashed.save_checkpoint(KEY, straight.read_json(straight.job_dir(KEY) / "checkpoints" / f"{4:09d}.json"))
    resumed = run_job(prepare(spec), key=KEY, store=crashed, backend={}, checkpoint_every=4)
    assert resumed["engine_path"] == "plain"
    assert "resumed from a checkpoint of the plain path" in resumed["fast_path"]["reason"]
    assert resumed["parameters"] == reference["parameters"]


def test_a_compiled_program_is_reused_across_graphs_of_the_same_shape(tmp_path):
    reweighted = [[u, v, w * 1.5 + 0.25] for u, v, w in EDGES]
    first = spec_for({"kind": "maxcut", "edges": EDGES}, {"kind": "adam", "maxiter": 50, "tol": 0})
    second = spec_for({"kind": "maxcut", "edges": reweighted}, {"kind": "adam", "maxiter": 50, "tol": 0})
    fast.clear_cache()
    before = fast.compilations()
    stores = [ResultStore(f"file://{tmp_path}/{name}") for name in ("a", "b")]
    a = run_job(prepare(first), key=KEY, store=stores[0], backend={}, checkpoint_every=4)
    b = run_job(prepare(second), key=KEY, store=stores[1], backend={}, checkpoint_every=4)
    assert fast.compilations() == before + 1
    provenance = [store.load_result(KEY).provenance["fast_path"] for store in stores]
    assert [p["cache_hit"] for p in provenance] == [False, True]
    assert a["engine_path"] == b["engine_path"] == "catalyst"
    assert a["parameters"] != b["parameters"]  # the weights arrived as runtime data
    # ...and the reused program computes the second graph's own numbers.
    plain = run_job(prepare(second, engine="plain"), key=KEY, store=ResultStore(f"file://{tmp_path}/p"), backend={})
    assert np.max(np.abs(np.subtract(plain["parameters"], b["parameters"]))) <= 1e-8


def test_graphs_of_one_size_share_a_program_whatever_their_edges(tmp_path):
    import networkx as nx

    graphs = [nx.random_regular_graph(3, 8, seed=seed) for seed in (11, 12)]
    assert {frozenset(map(frozenset, g.edges())) for g in graphs}.__len__() == 2  # really different edges
    specs = [
        spec_for(
            {"kind": "maxcut", "edges": [[u, v] for u, v in g.edges()]},
            {"kind": "adam", "maxiter": 12, "tol": 0},
            ansatz={"kind": "qaoa", "layers": 2},
        )
        for g in graphs
    ]
    fast.clear_cache()
    before = fast.compilations()
    compiled = [
        run_job(prepare(spec), key=KEY, store=ResultStore(f"file://{tmp_path}/c{i}"), backend={}, checkpoint_every=4)
        for i, spec in enumerate(specs)
    ]
    assert fast.compilations() == before + 1
    assert [r["engine_path"] for r in compiled] == ["catalyst", "catalyst"]
    # the second graph's edges arrived as runtime wires: its numbers are its own, equal to the plain path's
    for i, (spec, result) in enumerate(zip(specs, compiled, strict=True)):
        plain = run_job(
            prepare(spec, engine="plain"), key=KEY, store=ResultStore(f"file://{tmp_path}/p{i}"), backend={}
        )
        assert np.max(np.abs(np.subtract(plain["parameters"], result["parameters"]))) <= 1e-8
        assert np.max(np.abs(np.subtract(plain["energy_trace"], result["energy_trace"]))) <= 1e-8
    assert compiled[0]["energy_trace"] != compiled[1]["energy_trace"]


def test_provenance_separates_simulator_time_from_the_runtime(tmp_path):
    spec = spec_for({"kind": "maxcut", "edges": SQUARE_WITH_DIAGONAL}, {"kind": "adam", "maxiter": 20, "tol": 0})
    for engine in ("plain", "auto"):
        store = ResultStore(f"file://{tmp_path}/{engine}")
        run_job(prepare(spec, engine=engine), key=KEY, store=store, backend={})
        provenance = store.load_result(KEY).provenance
        assert 0 < provenance["simulator_s"] < provenance["runtime_s"]


@pytest.mark.parametrize(
    ("optimizer", "shots", "reason"),
    [
        ({"kind": "adam", "maxiter": 4}, 100, "shots mode is sampled: the compiled loop is analytic only"),
        ({"kind": "spsa", "stepsize": 0.2, "maxiter": 4}, None, "optimizer 'spsa' is not compiled"),
        ({"kind": "cobyla", "stepsize": 0.3, "maxiter": 8}, None, "optimizer 'cobyla' is not compiled"),
        ({"kind": "adam", "maxiter": 5}, None, "maxiter=5 is too short to repay compilation"),
    ],
    ids=["shots", "spsa", "cobyla", "short"],
)
def test_unsupported_specs_fall_back_to_the_plain_path_and_say_why(tmp_path, optimizer, shots, reason):
    spec = spec_for({"kind": "maxcut", "edges": SQUARE_WITH_DIAGONAL}, optimizer, shots=shots)
    store = ResultStore(f"file://{tmp_path}/s")
    before = fast.compilations()
    result = run_job(prepare(spec), key=KEY, store=store, backend={})
    assert fast.compilations() == before
    assert result["engine_path"] == "plain"
    assert result["fast_path"]["used"] is False
    assert result["fast_path"]["reason"].startswith(reason)
    provenance = store.load_result(KEY).provenance
    assert provenance["engine_path"] == "plain"
    assert provenance["fast_path"] == result["fast_path"]


def test_a_compilation_failure_falls_back_to_the_plain_path(tmp_path, monkeypatch):
    def broken(job, chunk):
        raise RuntimeError("no compiler here")

    monkeypatch.setattr(fast, "program_for", broken)
    spec = spec_for({"kind": "maxcut", "edges": SQUARE_WITH_DIAGONAL}, {"kind": "adam", "maxiter": 50})
    result = run_job(prepare(spec), key=KEY, store=ResultStore(f"file://{tmp_path}/s"), backend={})
    assert result["engine_path"] == "plain"
    assert result["fast_path"]["reason"] == "compilation failed: RuntimeError: no compiler here"


def test_cancellation_on_the_fast_path_keeps_the_checkpoints(tmp_path):
    spec = spec_for({"kind": "maxcut", "edges": SQUARE_WITH_DIAGONAL}, {"kind": "adam", "maxiter": 500, "tol": 0})
    store = ResultStore(f"file://{tmp_path}/s")

    def after_the_second_checkpoint() -> bool:  # segments end on checkpoints, whatever their sizes in between
        newest = store.latest_checkpoint(KEY)
        return newest is not None and newest["iteration"] >= 20

    with pytest.raises(JobCancelledError, match="cancelled at iteration 20"):
        run_job(prepare(spec), key=KEY, store=store, backend={}, should_stop=after_the_second_checkpoint)
    assert store.read_record(KEY)["state"] == "cancelled"
    assert store.latest_checkpoint(KEY)["iteration"] == 20


def test_the_compiler_is_part_of_the_backend_identity():
    from quantum_provider.hooks.lightning import LightningHook

    assert LightningHook().backend_identity()["compiler"] == fast.compiler_version()
    assert fast.compiler_version().startswith("pennylane-catalyst ")


def test_a_finished_fast_loop_is_extracted_again_without_iterating(tmp_path):
    spec = spec_for({"kind": "maxcut", "edges": SQUARE_WITH_DIAGONAL}, {"kind": "adam", "maxiter": 50, "tol": 0})
    store = ResultStore(f"file://{tmp_path}/s")
    first = run_job(prepare(spec), key=KEY, store=store, backend={})
    (store.job_dir(KEY) / "result.json").write_bytes(b"{broken")
    checkpoints = store.list_checkpoints(KEY)
    program, _, hit = fast.program_for(prepare(spec), chunk=10)  # the program the first run compiled
    assert hit
    segments = program.calls
    again = run_job(prepare(spec), key=KEY, store=store, backend={})
    # Not one optimizer step: the loop is rebuilt from the final checkpoint; the one call is the final evaluation.
    assert program.calls == segments + 1
    assert store.load_result(KEY).provenance["resumed_from_iteration"] == 50
    assert store.list_checkpoints(KEY) == checkpoints
    assert again["engine_path"] == first["engine_path"] == "catalyst"
    assert again["parameters"] == first["parameters"]
    assert again["iterations"] == 50
    # The final energy and gradient norm from the same program as the first run's: equal to the last bit.
    assert again["energy"] == first["energy"]
    assert again["gradient_norm"] == first["gradient_norm"]
