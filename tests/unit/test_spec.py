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
        (
            # A QUBO matrix may be asymmetric (it is stored symmetrized); a covariance may not.
            {
                "problem": {
                    "kind": "portfolio",
                    "expected_returns": [0.1, 0.2],
                    "covariance": [[1, 2], [3, 1]],
                    "budget": 1,
                }
            },
            "problem.covariance",
            "symmetric",
        ),
        ({"problem": {"kind": "qubo", "matrix": [[1, 2], [0, 1]], "budget": 3}}, "problem.budget", "larger than"),
        ({"problem": {"kind": "qubo", "matrix": [[1, 2], [0, 1]], "penalty": 2.0}}, "problem.penalty", "without"),
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
    pauli = JobSpec.parse({"problem": {"kind": "pauli", "terms": [["ZX", 1.0]]}})
    assert (pauli.ansatz.kind, pauli.optimizer.maxiter) == ("hamiltonian_variational", 500)
    # Z words only: diagonal, so a basis-state start could not move; QAOA's mixer can.
    assert JobSpec.parse({"problem": {"kind": "pauli", "terms": [["ZZ", 1.0], ["ZI", 0.5]]}}).ansatz.kind == "qaoa"
    named = {"problem": {"kind": "pauli", "terms": [["ZX", 1.0]]}, "optimizer": {"kind": "adam"}}
    assert JobSpec.parse(named).optimizer.maxiter == 200  # an optimizer the spec names keeps its own defaults


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


# Which values a numeric or boolean field accepts (README, "Numbers, booleans and templated values"): numbers, and
# strings that spell exactly one (Jinja renders templated values as text); never a boolean for a number.
@pytest.mark.parametrize(
    ("optimizer", "execution", "expected"),
    [
        ({"stepsize": "0.1", "maxiter": "100"}, {}, (0.1, 100, None)),
        ({"stepsize": "1e-2", "tol": "0"}, {"shots": "1000"}, (0.01, 200, 1000)),
        ({"stepsize": "-0.0", "maxiter": 100.0}, {}, None),  # -0.0 fails stepsize > 0: parsed, then range-checked
        ({"stepsize": 0.1, "maxiter": 100.0}, {"seed": "0"}, (0.1, 100, None)),
    ],
)
def test_numbers_and_strings_that_spell_exactly_a_number_are_accepted(optimizer, execution, expected):
    job = maxcut(optimizer=optimizer, execution=execution)
    if expected is None:
        with pytest.raises(QuantumSpecError, match=r"^optimizer\.stepsize: .*greater than 0"):
            JobSpec.parse(job)
        return
    spec = JobSpec.parse(job)
    assert (spec.optimizer.stepsize, spec.optimizer.maxiter, spec.execution.shots) == expected
    assert spec == JobSpec.parse(json.loads(json.dumps(job)))


@pytest.mark.parametrize(
    ("job", "message"),
    [
        (maxcut(optimizer={"stepsize": True}), "optimizer.stepsize: must be a number, got true"),
        (maxcut(optimizer={"maxiter": False}), "optimizer.maxiter: must be an integer, got false"),
        (maxcut(execution={"shots": True}), "execution.shots: must be an integer, got true"),
        (maxcut(optimizer={"stepsize": " 0.1"}), 'optimizer.stepsize: must be a number, got " 0.1"'),
        (maxcut(optimizer={"stepsize": "+0.1"}), 'optimizer.stepsize: must be a number, got "+0.1"'),
        (maxcut(optimizer={"stepsize": "1_0"}), 'optimizer.stepsize: must be a number, got "1_0"'),
        (maxcut(optimizer={"stepsize": "0x10"}), 'optimizer.stepsize: must be a number, got "0x10"'),
        (maxcut(optimizer={"stepsize": "nan"}), 'optimizer.stepsize: must be a number, got "nan"'),
        (maxcut(optimizer={"stepsize": "Infinity"}), 'optimizer.stepsize: must be a number, got "Infinity"'),
        (maxcut(optimizer={"stepsize": "1e999"}), 'optimizer.stepsize: must be a finite number, got "1e999"'),
        (maxcut(optimizer={"stepsize": ".5"}), 'optimizer.stepsize: must be a number, got ".5"'),
        (maxcut(optimizer={"maxiter": "1e2"}), 'optimizer.maxiter: must be an integer, got "1e2"'),
        (maxcut(optimizer={"maxiter": "100.0"}), 'optimizer.maxiter: must be an integer, got "100.0"'),
        (maxcut(optimizer={"maxiter": "0100"}), 'optimizer.maxiter: must be an integer, got "0100"'),
        ({"problem": {"kind": "maxcut", "edges": [[0, 1, "1.5 "]]}}, "problem.edges[0][2]: must be a number, got"),
        ({"problem": {"kind": "maxcut", "edges": [[True, 1]]}}, "problem.edges[0][0]: must be an integer, got true"),
        (maxcut(sensitive=1), "sensitive: must be true or false, got 1"),
        (maxcut(sensitive="yes"), 'sensitive: must be true or false, got "yes"'),
    ],
)
def test_booleans_and_loose_spellings_are_refused_naming_the_field(job, message):
    with pytest.raises(QuantumSpecError) as caught:
        JobSpec.parse(job)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_weight_spelled_as_text_shares_the_key_of_the_number():
    backend = {"device": "lightning.qubit"}
    as_text = JobSpec.parse({"problem": {"kind": "maxcut", "edges": [[0, 1, "1.5"], [1, 2]]}, "sensitive": "True"})
    as_number = JobSpec.parse({"problem": {"kind": "maxcut", "edges": [[0, 1, 1.5], [1, 2]]}, "sensitive": True})
    assert as_text.content_key(backend=backend) == as_number.content_key(backend=backend)
