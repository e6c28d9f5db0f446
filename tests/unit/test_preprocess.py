"""Problem tables and the Great Expectations input suite: every layout, every rejection reason, the outputs."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore, as_path
from quantum_provider.tables.preprocessing import chunked, preprocess_table


def write_csv(tmp_path, rows: list[dict], name: str = "table.csv") -> str:
    path = tmp_path / name
    pd.DataFrame(rows).to_csv(path, index=False)
    return path.as_uri()


def run(tmp_path, rows: list[dict], kind: str, **kwargs):
    return preprocess_table(write_csv(tmp_path, rows), kind, **kwargs)


def problems(result) -> dict[str, dict]:
    return {spec["name"]: spec["problem"] for spec in result.specs}


def test_maxcut_layout_builds_edges_with_default_weight_in_canonical_order(tmp_path):
    rows = [
        {"problem_id": "g", "u": 2, "v": 1, "weight": None},
        {"problem_id": "g", "u": 0, "v": 1, "weight": 2.5},
        {"problem_id": "h", "u": 3, "v": 4, "weight": 1},
    ]
    result = run(tmp_path, rows, "maxcut")
    assert problems(result) == {
        "g": {"kind": "maxcut", "edges": [[0, 1, 2.5], [1, 2, 1.0]]},
        "h": {"kind": "maxcut", "edges": [[3, 4, 1.0]]},
    }
    assert [spec["ansatz"]["kind"] for spec in result.specs] == ["qaoa", "qaoa"]


def test_qubo_pauli_and_molecule_layouts(tmp_path):
    qubo = run(
        tmp_path,
        [
            {"problem_id": "q", "i": 0, "j": 1, "value": -1.0, "offset": 2},
            {"problem_id": "q", "i": 1, "j": 1, "value": 3},
        ],
        "qubo",
    )
    assert problems(qubo)["q"] == {
        "kind": "qubo",
        "matrix": [[0.0, -1.0], [-1.0, 3.0]],
        "offset": 2.0,
        "budget": None,
        "penalty": None,
    }

    pauli = run(
        tmp_path,
        [{"problem_id": "p", "term": "ZZ", "coefficient": 1}, {"problem_id": "p", "term": "XI", "coefficient": -0.5}],
        "pauli",
    )
    assert problems(pauli)["p"]["terms"] == [["XI", -0.5], ["ZZ", 1.0]]  # sorted by word

    molecule = run(
        tmp_path,
        [
            {"problem_id": "lih", "symbol": "Li", "x": 0, "y": 0, "z": 0, "active_electrons": 2, "active_orbitals": 3},
            {"problem_id": "lih", "symbol": "H", "x": 0, "y": 0, "z": 1.6, "active_electrons": 2, "active_orbitals": 3},
        ],
        "molecule",
    )
    assert problems(molecule)["lih"] == {
        "kind": "molecule",
        "symbols": ["Li", "H"],
        "coordinates": [[0.0, 0.0, 0.0], [0.0, 0.0, 1.6]],
        "unit": "angstrom",
        "basis": "sto-3g",
        "charge": 0,
        "mult": 1,
        "active_electrons": 2,
        "active_orbitals": 3,
    }


def test_portfolio_layout_reads_covariance_rows_from_csv_text_and_parquet_lists(tmp_path):
    covariance = [[0.1, 0.02, 0.0], [0.02, 0.2, 0.01], [0.0, 0.01, 0.3]]
    rows = [
        {"problem_id": "p", "asset": f"A{i}", "expected_return": 0.05 * (i + 1), "budget": 2, "risk_aversion": 0.3}
        for i in range(3)
    ]
    csv_rows = [{**row, "covariance": ";".join(map(str, covariance[i]))} for i, row in enumerate(rows)]
    from_csv = run(tmp_path, csv_rows, "portfolio")
    parquet = tmp_path / "p.parquet"
    pq.write_table(pa.Table.from_pylist([{**row, "covariance": covariance[i]} for i, row in enumerate(rows)]), parquet)
    from_parquet = preprocess_table(parquet.as_uri(), "portfolio")
    expected = {
        "kind": "portfolio",
        "expected_returns": [0.05, 0.1, 0.15000000000000002],
        "covariance": covariance,
        "budget": 2,
        "risk_aversion": 0.3,
        "penalty": None,
    }
    assert problems(from_csv)["p"] == problems(from_parquet)["p"] == expected


def test_a_qubo_table_gives_the_key_of_its_matrix_written_symmetric_or_upper_triangular(tmp_path):
    # A row's value is the symmetric entry Q[i][j] = Q[j][i]; each pair once, in either orientation.
    upper = [(0, 0, 1.0), (0, 1, -1.5), (1, 1, 2.0), (1, 2, 0.25), (0, 2, 3.0)]
    lower = [(j, i, value) for i, j, value in reversed(upper)]
    backend = {"backend": "lightning", "device": "lightning.qubit"}
    keys = set()
    for entries in (upper, lower):
        rows = [{"problem_id": "q", "i": i, "j": j, "value": value} for i, j, value in entries]
        [spec] = run(tmp_path, rows, "qubo").specs
        keys.add(JobSpec.parse(spec).content_key(backend=backend))
    symmetric = [[1.0, -1.5, 3.0], [-1.5, 2.0, 0.25], [3.0, 0.25, 0.0]]
    upper_triangular = [[1.0, -3.0, 6.0], [0.0, 2.0, 0.5], [0.0, 0.0, 0.0]]
    for matrix in (symmetric, upper_triangular):
        keys.add(
            JobSpec.parse({"name": "q", "problem": {"kind": "qubo", "matrix": matrix}}).content_key(backend=backend)
        )
    assert len(keys) == 1


# -- rejection: one reason per row, whole problems, nothing dropped -------------------------------------------


@pytest.mark.parametrize(
    ("kind", "bad_rows", "reason"),
    [
        ("maxcut", [{"u": 0, "v": 1, "weight": "heavy"}], "weight='heavy' is not a number"),
        ("maxcut", [{"u": 0, "v": 1.5, "weight": 1}], "v='1.5' is not an integer"),
        ("maxcut", [{"u": 2, "v": 2, "weight": 1}], "edge (2, 2) is a self-loop"),
        ("maxcut", [{"u": 0, "v": 1, "weight": 1}, {"u": 1, "v": 0, "weight": 1}], "repeats an earlier edge"),
        ("maxcut", [{"u": 0, "v": None, "weight": 1}], "v is missing"),
        ("maxcut", [{"u": 0, "v": 1, "weight": "1e400"}], "weight=inf is not finite"),
        ("qubo", [{"i": 0, "j": 1, "value": 1}, {"i": 1, "j": 0, "value": 1}], "repeats an earlier entry"),
        ("pauli", [{"term": "ZQ", "coefficient": 1}], "is not a word over I, X, Y, Z"),
        ("pauli", [{"term": "ZZ", "coefficient": 1}, {"term": "ZZZ", "coefficient": 1}], "different number of letters"),
        ("molecule", [{"symbol": "Xx", "x": 0, "y": 0, "z": 0}], "symbol 'Xx' is not an element"),
        ("molecule", [{"symbol": "H", "x": 0, "y": 0, "z": 0, "basis": "sto-9g"}], "is not one of"),
        ("molecule", [{"symbol": "H", "x": 0, "y": 0, "z": 0}], "problem."),  # one electron cannot be a singlet
        (
            "molecule",
            [
                {"symbol": "H", "x": 0, "y": 0, "z": 0, "charge": 0},
                {"symbol": "H", "x": 0, "y": 0, "z": 1, "charge": 1},
            ],
            "charge differs between the rows",
        ),
    ],
)
def test_a_bad_row_rejects_its_whole_problem_with_a_reason_per_row(tmp_path, kind, bad_rows, reason):
    good = {
        "maxcut": [{"u": 0, "v": 1, "weight": 1}, {"u": 1, "v": 2, "weight": 1}],
        "qubo": [{"i": 0, "j": 0, "value": 1}, {"i": 0, "j": 1, "value": -1}],
        "pauli": [{"term": "ZZ", "coefficient": 1}],
        "molecule": [{"symbol": "H", "x": 0, "y": 0, "z": 0}, {"symbol": "H", "x": 0, "y": 0, "z": 0.74}],
    }[kind]
    rows = [{"problem_id": "good", **row} for row in good] + [
        {"problem_id": "bad", **row} for row in [*good[:1], *bad_rows]
    ]
    if kind == "molecule" and reason == "problem.":
        rows = [{"problem_id": "good", **row} for row in good] + [{"problem_id": "bad", **row} for row in bad_rows]
    result = run(tmp_path, rows, kind, output=(tmp_path / "out").as_uri())
    assert [spec["name"] for spec in result.specs] == ["good"]
    rejects = ResultStore.read_table(as_path(result.summary["rejects_uri"])).to_pandas()
    assert list(rejects["problem_id"]) == ["bad"] * (len(rows) - len(good))
    assert list(rejects["source_row"]) == list(range(len(good), len(rows)))
    assert rejects["reason"].str.contains(reason, regex=False).any(), list(rejects["reason"])
    assert rejects["reason"].str.len().min() > 0


def test_problem_larger_than_the_backend_is_rejected_and_rows_without_id_are_kept(tmp_path):
    rows = [{"problem_id": "ring", "u": i, "v": (i + 1) % 5} for i in range(5)] + [{"problem_id": None, "u": 0, "v": 1}]
    result = run(tmp_path, rows, "maxcut", max_qubits=4, output=(tmp_path / "out").as_uri())
    assert result.specs == []
    rejects = ResultStore.read_table(as_path(result.summary["rejects_uri"])).to_pandas()
    assert len(rejects) == len(rows)
    assert rejects["reason"].iloc[0] == "problem needs 5 qubits, the backend allows at most 4"
    assert rejects["reason"].iloc[-1] == "problem_id is missing"
    assert result.summary | {"failed_expectations": None} == result.summary | {
        "rows": 6,
        "problems": 1,
        "accepted_problems": 0,
        "rejected_problems": 1,
        "rejected_rows": 6,
        "input_suite_success": False,
        "failed_expectations": None,
    }


def test_outputs_are_the_rejects_the_ge_result_and_its_data_docs(tmp_path):
    rows = [{"problem_id": "g", "u": 0, "v": 1}, {"problem_id": "h", "u": "x", "v": 1}]
    out = tmp_path / "out"
    result = run(tmp_path, rows, "maxcut", output=out.as_uri())
    ge = json.loads((out / "input_validation.json").read_text())
    assert ge["success"] is False
    assert {r["expectation_config"]["type"] for r in ge["results"]} >= {"expect_column_values_to_not_be_null"}
    assert "<html" in (out / "input_validation.html").read_text().lower()
    rejects = pq.read_table(out / "rejects.parquet").to_pandas()
    assert rejects.to_dict("records") == [
        {"source_row": 1, "problem_id": "h", "reason": "u='x' is not an integer", "u": "x", "v": "1"}
    ]
    assert result.summary["rejected_problems"] == 1
    assert not list(out.glob(".*.tmp"))


@pytest.mark.parametrize(
    ("kwargs", "field", "text"),
    [
        ({"job_defaults": {"optimiser": {}}}, "job_defaults", "unknown keys ['optimiser']"),
        ({"job_defaults": {"optimizer": {"maxiter": 0}}}, "job_defaults.optimizer.maxiter", "greater than or equal"),
        ({"job_defaults": {"ansatz": {"kind": "all_singles_doubles"}}}, "job_defaults.ansatz.kind", "cannot solve"),
    ],
)
def test_bad_job_defaults_fail_the_task_with_one_line(tmp_path, kwargs, field, text):
    with pytest.raises(QuantumSpecError) as err:
        run(tmp_path, [{"problem_id": "g", "u": 0, "v": 1}], "maxcut", **kwargs)
    assert err.value.field == field
    assert text in err.value.reason
    assert "\n" not in str(err.value)


def test_unusable_tables_are_spec_errors(tmp_path):
    with pytest.raises(QuantumSpecError, match=r"^source: missing required columns \['v'\]"):
        run(tmp_path, [{"problem_id": "g", "u": 0}], "maxcut")
    with pytest.raises(QuantumSpecError, match=r"^source: .* does not exist"):
        preprocess_table((tmp_path / "none.csv").as_uri(), "maxcut")
    garbage = tmp_path / "garbage.parquet"
    garbage.write_bytes(b"not parquet")
    with pytest.raises(QuantumSpecError, match=r"^source: .* is not a readable parquet table"):
        preprocess_table(garbage.as_uri(), "maxcut")
    with pytest.raises(QuantumSpecError, match=r"^source: cannot tell the format"):
        preprocess_table((tmp_path / "table.txt").as_uri(), "maxcut")
    with pytest.raises(QuantumSpecError, match=r"^kind: unknown problem kind 'tsp'"):
        run(tmp_path, [{"problem_id": "g"}], "tsp")


def test_empty_table_gives_no_specs_and_too_many_rejects_fail(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("problem_id,u,v\n")
    assert preprocess_table(empty.as_uri(), "maxcut").specs == []
    rows = [{"problem_id": "g", "u": 0, "v": 0}, {"problem_id": "h", "u": 0, "v": 1}]
    with pytest.raises(QuantumSpecError, match=r"1 of 2 problems rejected, more than max_rejected_fraction=0.25"):
        run(tmp_path, rows, "maxcut", output=(tmp_path / "out").as_uri(), max_rejected_fraction=0.25)
    assert (tmp_path / "out" / "rejects.parquet").exists()  # the rejects are written before the task fails


def test_chunked():
    assert chunked(list(range(5)), 2) == [[0, 1], [2, 3], [4]]
    assert chunked([], 3) == []
    assert chunked([1], None) == [[1]]
    with pytest.raises(QuantumSpecError, match="chunk_size"):
        chunked([1], 0)
