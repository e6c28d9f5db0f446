"""QuantumSubmitOperator in real DAG runs (dag.test against a migrated SQLite database, real lightning)."""

from __future__ import annotations

import itertools
import json
import re

import networkx as nx
import numpy as np
import pytest

from devtools.demo import load_dag, run_dag, task_states
from quantum_provider.storage import ResultStore
from tests.integration.dagfiles import write_dag_file
from tests.paths import REPO, stored_objects

pytestmark = pytest.mark.integration

H2 = {
    "name": "H2",
    "problem": {"kind": "molecule", "symbols": ["H", "H"], "coordinates": [[0, 0, 0], [0, 0, 0.74]]},
    "optimizer": {"kind": "adam", "stepsize": 0.1, "maxiter": 200, "tol": 1e-10},
}


def three_regular_10(seed: int = 7) -> list[list[int]]:
    graph = nx.random_regular_graph(3, 10, seed=seed)
    return [[int(u), int(v)] for u, v in graph.edges()]


def brute_force_maxcut(edges: list[list[int]]) -> int:
    nodes = sorted({n for e in edges for n in e})
    return max(
        sum(1 for u, v in edges if bits[nodes.index(u)] != bits[nodes.index(v)])
        for bits in itertools.product((0, 1), repeat=len(nodes))
    )


def cut_of(bitstring: str, edges: list[list[int]]) -> int:
    nodes = sorted({n for e in edges for n in e})
    side = {node: bitstring[i] for i, node in enumerate(nodes)}
    return sum(1 for u, v in edges if side[u] != side[v])


def run_jobs(folder, dag_id, jobs, store, **operator_kwargs):
    path = write_dag_file(folder, dag_id, jobs, store, **operator_kwargs)
    dagrun, values = run_dag(load_dag(path))
    return dagrun, values


def test_h2_vqe_reaches_exact_ground_energy(dags_folder, store_uri):
    import pennylane as qml

    dagrun, values = run_jobs(dags_folder, "vqe_h2", [H2], store_uri)
    assert str(dagrun.state) == "success"
    summary = values[("solve", 0)]
    # The exact answer, computed here independently: lowest eigenvalue of the qubit Hamiltonian's dense matrix.
    molecule = qml.qchem.Molecule(["H", "H"], np.array([[0, 0, 0], [0, 0, 0.74]]), unit="angstrom")
    hamiltonian, qubits = qml.qchem.molecular_hamiltonian(molecule)
    exact = float(np.linalg.eigvalsh(qml.matrix(hamiltonian, wire_order=range(qubits)))[0])
    assert summary["exact_energy"] == pytest.approx(exact, abs=1e-9)
    assert abs(summary["energy"] - exact) <= 1.6e-3
    assert summary["reused"] is False
    assert summary["status"] == "succeeded"


def test_qaoa_on_3_regular_10_node_graph_reaches_ratio_095(dags_folder, store_uri):
    edges = three_regular_10()
    job = {
        "name": "3-regular-10",
        "problem": {"kind": "maxcut", "edges": edges},
        "ansatz": {"kind": "qaoa", "layers": 3},
        "optimizer": {"kind": "adam", "stepsize": 0.05, "maxiter": 150},
    }
    dagrun, values = run_jobs(dags_folder, "qaoa_3reg", [job], store_uri)
    assert str(dagrun.state) == "success"
    summary = values[("solve", 0)]
    best_cut = cut_of(summary["best_bitstring"], edges)
    optimum = brute_force_maxcut(edges)
    assert summary["best_cost"] == pytest.approx(-best_cut)
    assert summary["baseline_cost"] == pytest.approx(-optimum)
    assert summary["approximation_ratio_best"] == pytest.approx(best_cut / optimum)
    assert summary["approximation_ratio_best"] >= 0.95
    assert summary["baseline_method"] == "enumeration"
    assert 0.0 < summary["approximation_ratio_expected"] < summary["approximation_ratio_best"]


def test_rerun_reuses_the_stored_result_and_force_recomputes(dags_folder, store_uri):
    job = {
        "problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2]]},
        "optimizer": {"maxiter": 30},
    }
    _, first = run_jobs(dags_folder, "replay_reuse", [job], store_uri)
    store = ResultStore(store_uri)
    key = first[("solve", 0)]["key"]
    checkpoints_before = store.list_checkpoints(key)
    result_before = (store.job_dir(key) / "result.json").read_bytes()

    _, second = run_jobs(dags_folder, "replay_reuse", [job], store_uri)
    assert second[("solve", 0)]["reused"] is True
    assert {**second[("solve", 0)], "reused": False} == first[("solve", 0)]
    # The engine did not run: no new state transition, no new checkpoint, result bytes untouched.
    history = store.read_record(key)["history"]
    assert [h.get("state") for h in history].count("running") == 1
    assert history[-1]["event"] == "reused"
    assert store.list_checkpoints(key) == checkpoints_before
    assert (store.job_dir(key) / "result.json").read_bytes() == result_before

    _, forced = run_jobs(dags_folder, "replay_force", [job], store_uri, replay="force")
    assert forced[("solve", 0)]["reused"] is False
    assert forced[("solve", 0)]["energy"] == first[("solve", 0)]["energy"]  # same spec, same numbers
    assert [h.get("state") for h in store.read_record(key)["history"]] == ["submitted", "running", "succeeded"]
    assert len(list((store.job_dir(key) / "previous").iterdir())) == 1


BAD_JOBS = [
    ("nan weight", {"problem": {"kind": "maxcut", "edges": [[0, 1, float("nan")]]}}),
    ("inf weight", {"problem": {"kind": "maxcut", "edges": [[0, 1, float("inf")]]}}),
    ("self-loop", {"problem": {"kind": "maxcut", "edges": [[0, 1], [2, 2]]}}),
    ("empty graph", {"problem": {"kind": "maxcut", "edges": []}}),
    ("non-square qubo", {"problem": {"kind": "qubo", "matrix": [[1, 0], [0]]}}),
    ("qubo budget", {"problem": {"kind": "qubo", "matrix": [[1, 2], [0, 1]], "budget": 3}}),
    ("too many qubits", {"problem": {"kind": "maxcut", "edges": [[i, i + 1] for i in range(5)]}}),
    ("negative shots", {"problem": {"kind": "maxcut", "edges": [[0, 1]]}, "execution": {"shots": -1}}),
    ("maxiter 0", {"problem": {"kind": "maxcut", "edges": [[0, 1]]}, "optimizer": {"maxiter": 0}}),
    ("unknown ansatz", {"problem": {"kind": "maxcut", "edges": [[0, 1]]}, "ansatz": {"kind": "magic"}}),
    (
        "unknown element",
        {"problem": {"kind": "molecule", "symbols": ["H", "Qq"], "coordinates": [[0, 0, 0], [0, 0, 1]]}},
    ),
    ("coordinates", {"problem": {"kind": "molecule", "symbols": ["H", "H"], "coordinates": [[0, 0, 0]]}}),
    (
        "budget",
        {"problem": {"kind": "portfolio", "expected_returns": [0.1, 0.2], "covariance": [[1, 0], [0, 1]], "budget": 5}},
    ),
]


def test_bad_specs_fail_at_once_without_retry_and_leave_nothing(dags_folder, store_uri, monkeypatch, capfd):
    monkeypatch.setenv(
        "AIRFLOW_CONN_QUANTUM_SMALL", json.dumps({"conn_type": "quantum_lightning", "extra": {"max_qubits": 4}})
    )
    jobs = [job for _, job in BAD_JOBS]
    capfd.readouterr()
    # NaN/inf are not JSON: the DAG file carries them as strings that the spec parser turns back into floats.
    dagrun, _ = run_jobs(
        dags_folder,
        "bad_specs",
        json.loads(json.dumps(jobs).replace("NaN", '"nan"').replace("Infinity", '"inf"')),
        store_uri,
        conn_id="quantum_small",
        retries=3,
    )
    assert str(dagrun.state) == "failed"
    states = task_states(dagrun)
    for index, (label, _) in enumerate(BAD_JOBS):
        assert states[("solve", index)] == ("failed", 1), label
    assert stored_objects(store_uri) == []
    assert_one_error_line_per_spec_failure(capfd.readouterr().out, len(BAD_JOBS))


def assert_one_error_line_per_spec_failure(out: str, tasks: int) -> None:
    """The task log of a spec error as a person reads it: the provider's one error line naming the field, Airflow's
    own "Task failed" record without the provider's internal frames, and no ``XCom not found`` from the extra link
    asking for a job key that was never published."""
    errors = [line for line in out.splitlines() if "[error" in line]
    ours = [line for line in errors if "quantum_provider" in line]
    assert len(ours) == tasks, errors
    assert all(re.search(r"Spec error: [a-z_]+(\.[a-z_]+|\[\d+\])*: ", line) for line in ours), ours
    assert any("Spec error: problem.edges[0][2]: must be " in line for line in ours), ours
    assert not any("XCom not found" in line for line in errors), errors
    for traceback in out.split("Task failed with exception")[1:]:
        traceback = traceback.split("QuantumSpecError: ", 1)[0]
        # What is left is Airflow's (task_runner, BaseOperator) and the wrapper that re-raised the error
        # (retry.fails_in_one_line); the provider's internal frames went to the debug level.
        frames = [line for line in traceback.splitlines() if line.strip().startswith('File "')]
        assert [line for line in frames if "airflow/" not in line] == [frames[-1]], frames
        assert "retry_policy.py" in frames[-1]


def test_example_vqe_dag_reaches_exact_energy_at_every_bond_length(dags_folder):

    dagrun, values = run_dag(load_dag(REPO / "dags" / "example_quantum_vqe_h2.py"))
    assert str(dagrun.state) == "success"
    summaries = [values[("vqe_h2", i)] for i in range(3)]
    for summary in summaries:
        assert abs(summary["energy"] - summary["exact_energy"]) <= 1.6e-3, summary["name"]
    # Physics, not numbers from a previous run: the equilibrium geometry is the lowest of the three.
    assert min(summaries, key=lambda s: s["exact_energy"])["name"].startswith("H2 r=0.74")
