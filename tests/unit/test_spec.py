"""JobSpec: parsing, defaults, one-line errors naming the field, and the content key."""

from __future__ import annotations

import json

import pytest

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.spec import JobSpec

EDGES = [[0, 1], [1, 2, 2.0]]


def maxcut(**extra):
    return {"problem": {"kind": "maxcut", "edges": EDGES}, **extra}


@pytest.mark.parametrize(
    ("job", "field", "reason"),
    [
        ({"problem": {"kind": "maxcut", "edges": [[0, 1, float("nan")]]}}, "problem.edges[0][2]", "finite"),
        ({"problem": {"kind": "maxcut", "edges": [[0, 1, float("inf")]]}}, "problem.edges[0][2]", "finite"),
        ({"problem": {"kind": "maxcut", "edges": [[3, 3]]}}, "problem.edges", "self-loop"),
        ({"problem": {"kind": "maxcut", "edges": []}}, "problem.edges", "no edges"),
        ({"problem": {"kind": "maxcut", "edges": [[0, 1], [1, 0]]}}, "problem.edges", "duplicate"),
        ({"problem": {"kind": "qubo", "matrix": [[1, 2], [2]]}}, "problem.matrix", "square"),
        ({"problem": {"kind": "qubo", "matrix": [[1, 2], [3, 1]]}}, "problem.matrix", "symmetric"),
        (maxcut(execution={"shots": -5}), "execution.shots", "greater than or equal to 1"),
        (maxcut(optimizer={"maxiter": 0}), "optimizer.maxiter", "greater than or equal to 1"),
        (maxcut(ansatz={"kind": "uccsd"}), "ansatz.kind", "unknown kind 'uccsd'"),
        (maxcut(ansatz={"kind": "all_singles_doubles"}), "ansatz.kind", "cannot solve a 'maxcut'"),
        (
            {"problem": {"kind": "molecule", "symbols": ["H", "Xx"], "coordinates": [[0, 0, 0], [0, 0, 1]]}},
            "problem.symbols[1]",
            "unknown element 'Xx'",
        ),
        (
            {"problem": {"kind": "molecule", "symbols": ["H", "H"], "coordinates": [[0, 0, 0]]}},
            "problem.coordinates",
            "1 positions given for 2 symbols",
        ),
        (
            {
                "problem": {
                    "kind": "portfolio",
                    "expected_returns": [0.1, 0.2],
                    "covariance": [[1, 0], [0, 1]],
                    "budget": 3,
                }
            },
            "problem.budget",
            "larger than the number of assets",
        ),
        ({"problem": {"kind": "pauli", "terms": [["ZZ", 1.0], ["ZQ", 1.0]]}}, "problem.terms", "over I, X, Y, Z"),
        ({"problem": {"kind": "bogus"}}, "problem.kind", "unknown kind 'bogus'"),
        (maxcut(colour="red"), "colour", "Extra inputs"),
    ],
)
def test_bad_spec_is_one_line_naming_the_field(job, field, reason):
    with pytest.raises(QuantumSpecError) as info:
        JobSpec.parse(job)
    message = str(info.value)
    assert "\n" not in message
    assert info.value.field == field
    assert message.startswith(f"{field}: ")
    assert reason in message


def test_defaults_fill_ansatz_by_problem_kind():
    assert JobSpec.parse(maxcut()).ansatz.kind == "qaoa"
    molecule = {"kind": "molecule", "symbols": ["H", "H"], "coordinates": [[0, 0, 0], [0, 0, 0.74]]}
    assert JobSpec.parse({"problem": molecule}).ansatz.kind == "all_singles_doubles"
    assert JobSpec.parse({"problem": {"kind": "pauli", "terms": [["ZX", 1.0]]}}).ansatz.kind == "hardware_efficient"


def test_spec_round_trips_through_json_and_xcom_dict():
    spec = JobSpec.parse(maxcut(name="g", execution={"shots": 100, "seed": 7}))
    as_dict = json.loads(spec.canonical_json())
    assert JobSpec.parse(as_dict) == spec
    assert JobSpec.parse(spec.canonical_json()) == spec


def test_content_key_covers_what_changes_numbers_and_ignores_the_label():
    backend = {"backend": "lightning", "device": "lightning.qubit", "device_version": "0.45.0"}
    base = JobSpec.parse(maxcut()).content_key(backend=backend)
    assert JobSpec.parse(maxcut(name="other label")).content_key(backend=backend) == base
    # Omitted defaults and the same values spelled out give the same key; ints and floats normalize.
    explicit = maxcut(ansatz={"kind": "qaoa", "layers": 3}, execution={"seed": 0})
    explicit["problem"] = {"kind": "maxcut", "edges": [[0, 1, 1.0], [1, 2, 2]]}
    assert JobSpec.parse(explicit).content_key(backend=backend) == base
    changed = [
        JobSpec.parse(maxcut(execution={"seed": 1})).content_key(backend=backend),
        JobSpec.parse(maxcut(execution={"shots": 1000})).content_key(backend=backend),
        JobSpec.parse(maxcut(ansatz={"kind": "qaoa", "layers": 2})).content_key(backend=backend),
        JobSpec.parse(maxcut()).content_key(backend={**backend, "device_version": "0.46.0"}),
    ]
    assert base not in changed
    assert len(set(changed)) == len(changed)
