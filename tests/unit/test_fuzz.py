"""Property-based fuzzing (hypothesis) of JobSpec inputs and problem tables.

The property, for every input: it either runs, or it fails with a QuantumSpecError whose message is one line
naming the field. No other exception escapes, and a failure leaves nothing half-written: no job folder in the
result store, no ``*.tmp`` file anywhere, and the preprocessing outputs either absent or all complete.

The inputs mix specs and tables built from the real schema with hostile ones: wrong types, NaN, inf, huge and
negative numbers, empty lists, unknown kinds, extra fields, deeply nested junk, huge strings, unicode, self-loops,
duplicates, bad element symbols, bad Pauli words, bad covariance matrices, unreadable files. Every test is
derandomized and keeps no example database, so CI fuzzes the same inputs on every run. The example counts are
the module constants below; each test also runs its explicit ``@example`` regressions (inputs that once broke the
property, kept so they stay covered).
"""

from __future__ import annotations

import copy
import functools
import io
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
from quantum_provider.tables.layouts import LAYOUTS, is_missing, read_table
from quantum_provider.tables.preprocessing import OUTPUT_FILES, preprocess_table

#: Generated examples per test (the issue note reports their sum).
SPEC_DICT_EXAMPLES = 400
SPEC_JSON_EXAMPLES = 300
PIPELINE_EXAMPLES = 100
MOLECULE_EXAMPLES = 40
TABLE_EXAMPLES = 25

#: Specs up to this many qubits run end to end; wider ones stop after validation.
RUN_MAX_QUBITS = 6
#: Molecules run only up to this many qubits (the Hartree-Fock solve and its integrals are the slow part).
MOLECULE_RUN_MAX_QUBITS = 4
#: Molecules are built (Hartree-Fock) only up to this many basis orbitals; larger ones stop after the precheck.
MOLECULE_BUILD_MAX_ORBITALS = 4
#: Problems wider than this are only parsed: building them (enumeration, local search) costs seconds.
VALIDATE_MAX_VARIABLES = 16
#: The budget a fuzzed spec runs with, whatever it asks for (hostile specs ask for 100000 iterations, 50 layers).
RUN_MAX_ITER = 3
RUN_MAX_LAYERS = 2
RUN_MAX_SHOTS = 100


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
            HealthCheck.large_base_example,
        ],
    )


# -- the property's checks -----------------------------------------------------------------------------------------

SPEC_FIELDS = frozenset({"job", *JobSpec.model_fields})
TABLE_FIELDS = frozenset({"source", "kind", "format", "job_defaults"})


def check_spec_error(err: QuantumSpecError, roots: frozenset[str] = SPEC_FIELDS) -> None:
    """One line, ``field: reason``, and the field is one the caller can find in what it passed."""
    message = str(err)
    assert len(message.splitlines()) == 1, f"not one line: {message!r}"
    assert err.field, message
    assert err.reason, message
    assert message.startswith(f"{err.field}: "), message
    root = re.split(r"[.\[]", err.field, maxsplit=1)[0]
    # An unknown key is itself the field the message names (``colour: Extra inputs are not permitted``).
    assert root in roots or "Extra inputs" in err.reason, f"names no field: {message!r}"


def parse(value: Any) -> JobSpec | None:
    """``JobSpec.parse(value)``: a spec, or None after checking the spec error; anything else propagates."""
    try:
        spec = JobSpec.parse(value)
    except QuantumSpecError as err:
        check_spec_error(err)
        event("spec error at parse")
        return None
    assert isinstance(spec, JobSpec)
    # The canonical JSON (the content key's input) is valid JSON and parses back to the same spec.
    text = spec.canonical_json()
    assert JobSpec.parse(text).canonical_json() == text
    return spec


@functools.cache
def lightning_hook() -> Any:
    from quantum_provider.hooks.lightning import LightningHook

    return LightningHook()


def budgeted(spec: JobSpec) -> JobSpec:
    """``spec`` with a tiny optimization budget, so hostile iteration counts and depths run in milliseconds."""
    data = spec.model_dump(mode="json")
    data["optimizer"]["maxiter"] = min(data["optimizer"]["maxiter"], RUN_MAX_ITER)
    if "layers" in data["ansatz"]:  # None: the ansatz's own default (hamiltonian_variational: one per qubit)
        layers = data["ansatz"]["layers"]
        data["ansatz"]["layers"] = RUN_MAX_LAYERS if layers is None else min(layers, RUN_MAX_LAYERS)
    if data["execution"]["shots"] is not None:
        data["execution"]["shots"] = min(data["execution"]["shots"], RUN_MAX_SHOTS)
    return JobSpec.parse(data)


def submit_like_the_operator(spec: JobSpec, *, run_max_qubits: int = RUN_MAX_QUBITS) -> None:
    """What a submission does: resolve the spec, validate it (builds the problem), then run it in a fresh store.

    A run either stores a result that verifies, or fails with a spec error and leaves no job folder behind.
    """
    hook = lightning_hook()
    spec = hook.resolve_spec(spec)
    if spec.problem.kind != "molecule" and spec.problem.num_variables > VALIDATE_MAX_VARIABLES:
        event("parsed, too large to build here")
        return
    try:
        problem = hook.validate(spec)
    except QuantumSpecError as err:
        check_spec_error(err)
        event("spec error at validate")
        return
    if problem.num_qubits > run_max_qubits:
        event("validated, too large to run here")
        return
    spec = budgeted(spec)
    key = spec.content_key(backend=hook.backend_identity())
    with tempfile.TemporaryDirectory() as tmp:
        store = ResultStore(f"file://{tmp}/store")
        failure = None
        try:
            hook.submit(spec, key=key, store=store, problem=problem)
        except QuantumSpecError as err:
            failure = err
        if failure is not None:
            check_spec_error(failure)
            assert not store.job_dir(key).exists(), f"{failure} left a job folder behind"
            event("spec error at submit")
        else:
            stored = store.load_result(key)  # None unless every checksum verifies
            assert stored is not None, "the run stored no verified result"
            assert stored.result["key"] == key
            assert stored.record["state"] == "succeeded"
            event("ran")
        assert not list(Path(tmp).rglob("*.tmp")), "a temporary file was left behind"


# -- strategies: JobSpec dicts --------------------------------------------------------------------------------------

EXTREME_FLOATS = (0.0, -0.0, 5e-324, 1e-300, 1e154, -1e154, 1e300, -1e300, 1.7976931348623157e308, -1.7e308)
HOSTILE_INTS = (-1, 0, 1, 2**31, 2**32, 2**53 + 1, 2**63, -(2**63), 2**64, 10**30, -(10**30), 10**400)
HOSTILE_TEXT = (
    *("", " ", "nan", "NaN", "inf", "-Infinity", "1e999", "1e-999", "0x1F", "1_000", "true", "null", "None"),
    *("maxcut", "qubo", "portfolio", "molecule", "pauli", "qaoa", "hardware_efficient", "all_singles_doubles"),
    *("adam", "spsa", "cobyla", "lightning.qubit", "ZZ", "zz", "IXYZ", "H", "Xx", "sto-3g", "bohr"),
    *("\n", "a\r\nb", "\u2028", "\x00", "\x1b[31m", "é", "ﬁ", "🚀", "Ω" * 300, "x" * 100_000, "1" * 5_000),
)
KEYS = st.one_of(
    st.text(max_size=8),
    st.sampled_from(["kind", "edges", "matrix", "terms", "layers", "colour", "", "a\nb", "x\u2028y", "a[b", "maxcut"]),
)
JUNK_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from(HOSTILE_INTS),
    st.floats(),
    st.sampled_from(EXTREME_FLOATS),
    st.text(max_size=12),
    st.sampled_from(HOSTILE_TEXT),
)
JUNK = st.recursive(
    JUNK_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4), max_leaves=10
)


@st.composite
def numbers(draw: Any, low: float = -10.0, high: float = 10.0) -> float:
    """Mostly plausible coefficients, now and then an extreme one (tiny, huge, the largest float)."""
    if draw(st.integers(0, 15)) == 15:
        return draw(st.sampled_from(EXTREME_FLOATS))
    return draw(st.floats(low, high) | st.integers(-3, 3))


def symmetric(draw: Any, n: int, values: st.SearchStrategy) -> list[list[float]]:
    rows = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            rows[i][j] = rows[j][i] = draw(values)
    return rows


@st.composite
def maxcut_problems(draw: Any) -> dict:
    n = draw(st.integers(2, 7))
    pairs = [(u, v) for u in range(n) for v in range(u + 1, n)]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=8, unique=True))
    shift = draw(st.sampled_from([0, 0, 5, 10**6, 2**70]))  # labels need not start at 0
    edges = []
    for u, v in chosen:
        edge = [u + shift, v + shift] if draw(st.booleans()) else [v + shift, u + shift]
        if draw(st.booleans()):
            edge.append(draw(numbers()))
        edges.append(edge)
    return {"kind": "maxcut", "edges": edges}


@st.composite
def qubo_problems(draw: Any) -> dict:
    n = draw(st.integers(1, 5))
    problem = {"kind": "qubo", "matrix": symmetric(draw, n, numbers())}
    if draw(st.booleans()):
        problem["offset"] = draw(numbers())
    return problem


@st.composite
def portfolio_problems(draw: Any) -> dict:
    n = draw(st.integers(1, 5))
    problem = {
        "kind": "portfolio",
        "expected_returns": [draw(numbers(-1.0, 1.0)) for _ in range(n)],
        "covariance": symmetric(draw, n, numbers(-1.0, 1.0)),
        "budget": draw(st.integers(1, n)),
    }
    if draw(st.booleans()):
        problem["risk_aversion"] = draw(st.floats(0.0, 5.0) | st.sampled_from([0.0, 1e300]))
    if draw(st.booleans()):
        problem["penalty"] = draw(st.none() | st.floats(1e-3, 100.0) | st.sampled_from([1e-300, 1e300]))
    return problem


@st.composite
def pauli_problems(draw: Any) -> dict:
    width = draw(st.integers(1, 5))
    word = st.text(alphabet="IXYZ", min_size=width, max_size=width)
    return {"kind": "pauli", "terms": draw(st.lists(st.tuples(word, numbers()).map(list), min_size=1, max_size=6))}


MOLECULES = (
    {"symbols": ["H", "H"], "coordinates": [[0.0, 0.0, 0.0], [0.0, 0.0, 0.74]]},
    {"symbols": ["He", "H"], "coordinates": [[0.0, 0.0, 0.0], [0.0, 0.0, 0.77]], "charge": 1},
    {"symbols": ["H", "H", "H"], "coordinates": [[0.0, 0.0, 0.0], [0.0, 0.0, 0.87], [0.0, 0.75, 0.44]], "charge": 1},
    {"symbols": ["Li", "H"], "coordinates": [[0.0, 0.0, 0.0], [0.0, 0.0, 1.6]], "active_electrons": 2},
)
SYMBOLS = ("H", "He", "Li", "Be", "O", "Og", "U", "Xx", "h", "", " H", "H\n", "Ω")
COORDINATES = st.floats(-3.0, 3.0) | st.sampled_from([0.0, 1e-4, 1e-3, 1e3, 1e150, -1e300, 1e300])


@st.composite
def molecule_problems(draw: Any) -> dict:
    problem = {"kind": "molecule", **copy.deepcopy(draw(st.sampled_from(MOLECULES)))}
    if draw(st.booleans()):
        problem["unit"] = draw(st.sampled_from(["angstrom", "bohr"]))
    if draw(st.booleans()):
        problem["basis"] = draw(st.sampled_from(["sto-3g", "sto-3g", "6-31g", "6-311g", "cc-pvdz"]))
    for name, values in (
        ("charge", st.integers(-2, 2)),
        ("mult", st.integers(1, 3)),
        ("active_electrons", st.none() | st.integers(1, 4)),
        ("active_orbitals", st.none() | st.integers(1, 4)),
    ):
        if draw(st.integers(0, 3)) == 3:
            problem[name] = draw(values)
    if draw(st.integers(0, 3)) == 3:
        atom = draw(st.integers(0, len(problem["symbols"]) - 1))
        problem["coordinates"][atom][draw(st.integers(0, 2))] = draw(COORDINATES)
    if draw(st.integers(0, 5)) == 5:
        problem["symbols"][draw(st.integers(0, len(problem["symbols"]) - 1))] = draw(st.sampled_from(SYMBOLS))
    return problem


FAST_PROBLEMS = st.one_of(maxcut_problems(), qubo_problems(), portfolio_problems(), pauli_problems())
ALL_PROBLEMS = st.one_of(FAST_PROBLEMS, molecule_problems())

ANSATZE = st.one_of(
    st.none(),
    st.builds(dict, kind=st.just("qaoa"), layers=st.integers(1, 3)),
    st.builds(dict, kind=st.just("hardware_efficient"), layers=st.integers(1, 2)),
    st.builds(dict, kind=st.just("all_singles_doubles")),
    st.builds(dict, kind=st.sampled_from(["qaoa", "hardware_efficient"])),
)
MOLECULE_ANSATZE = st.one_of(
    st.none(),
    st.builds(dict, kind=st.just("all_singles_doubles")),
    st.builds(dict, kind=st.just("hardware_efficient"), layers=st.integers(1, 2)),
    st.builds(dict, kind=st.sampled_from(["qaoa", "uccsd"])),
)
OPTIMIZERS = st.fixed_dictionaries(
    {},
    optional={
        "kind": st.sampled_from(["adam", "gradient_descent", "spsa", "cobyla"]),
        "stepsize": st.floats(1e-3, 1.0) | st.sampled_from([1e-300, 1e3, 1e300]),
        "maxiter": st.integers(1, 5) | st.just(100_000),
        "tol": st.sampled_from([0.0, 1e-8, 1.0, 1e300]),
    },
)
#: default.mixed (no adjoint method) has its own test at the end.
DEVICES = (None, "lightning.qubit", "default.qubit", "lightning.kokkos", "default.qutrit", "null.qubit")
EXECUTIONS = st.fixed_dictionaries(
    {},
    optional={
        "device": st.sampled_from([*DEVICES, "no.such.device", "", "lightning.qubit\n", "lightning qubit"]),
        "shots": st.none() | st.integers(1, 100) | st.just(10**9),
        "seed": st.integers(0, 2**32 - 1),
    },
)


@st.composite
def plausible_jobs(draw: Any, problems: st.SearchStrategy = ALL_PROBLEMS, ansatze: st.SearchStrategy = ANSATZE) -> dict:
    """Specs as a DAG author writes them; most parse, some combine parts that do not fit."""
    job: dict[str, Any] = {"problem": draw(problems)}
    ansatz = draw(ansatze)
    if ansatz is not None or draw(st.booleans()):
        job["ansatz"] = ansatz  # None: the kind's default
    for name, values in (
        ("optimizer", OPTIMIZERS),
        ("execution", EXECUTIONS),
        ("name", st.none() | st.text(max_size=30)),
        ("sensitive", st.booleans()),
    ):
        if draw(st.booleans()):
            job[name] = draw(values)
    return job


def break_problem(draw: Any, problem: dict) -> None:
    """One of the classic mistakes of ``problem``'s kind, in place."""
    kind = problem["kind"]
    if kind == "maxcut":
        edges = problem["edges"]
        edge = draw(st.sampled_from(edges))
        how = draw(st.sampled_from(["self_loop", "duplicate", "reversed", "negative", "empty", "long", "short"]))
        if how == "self_loop":
            edges.append([edge[0], edge[0]])
        elif how in ("duplicate", "reversed"):
            edges.append([edge[0], edge[1]] if how == "duplicate" else [edge[1], edge[0]])
        elif how == "negative":
            edge[draw(st.integers(0, 1))] = -draw(st.integers(1, 10**30))
        elif how == "empty":
            problem["edges"] = []
        elif how == "long":
            edge.extend([1.0, 2.0][: 4 - len(edge)])
        else:
            del edge[1:]
    elif kind in ("qubo", "portfolio"):
        name = "matrix" if kind == "qubo" else "covariance"
        matrix = problem[name]
        how = draw(st.sampled_from(["asymmetric", "ragged", "empty", "row", "budget", "returns"]))
        if how == "asymmetric" and len(matrix) > 1:
            matrix[0][1] = matrix[1][0] + 1.0
        elif how == "ragged":
            matrix[-1].append(0.5)
        elif how == "empty":
            problem[name] = [[]] if draw(st.booleans()) else []
        elif how == "row":
            matrix.append([0.0] * len(matrix))
        elif how == "budget" and kind == "portfolio":
            problem["budget"] = draw(st.sampled_from([0, -1, len(matrix) + 1, 10**30]))
        elif how == "returns" and kind == "portfolio":
            problem["expected_returns"] = problem["expected_returns"][:-1]
        else:
            problem["offset" if kind == "qubo" else "risk_aversion"] = draw(st.sampled_from([-1.0, float("nan"), "x"]))
    elif kind == "pauli":
        terms = problem["terms"]
        how = draw(st.sampled_from(["letter", "empty_word", "width", "lowercase", "no_terms", "not_a_pair"]))
        if how == "letter":
            terms[0][0] = terms[0][0][:-1] + draw(st.sampled_from(["Q", "x", " ", "1", "Ω"]))
        elif how == "empty_word":
            terms.append(["", 1.0])
        elif how == "width":
            terms.append([terms[0][0] + "Z", 1.0])
        elif how == "lowercase":
            terms[0][0] = terms[0][0].lower()
        elif how == "no_terms":
            problem["terms"] = []
        else:
            terms[0] = terms[0][:1]
    else:
        how = draw(st.sampled_from(["symbol", "coordinate", "count", "mult", "active", "charge"]))
        if how == "symbol":
            problem["symbols"][0] = draw(st.sampled_from(SYMBOLS))
        elif how == "coordinate":
            problem["coordinates"][0] = problem["coordinates"][0][:2]
        elif how == "count":
            problem["coordinates"].pop()
        elif how == "mult":
            problem["mult"] = draw(st.sampled_from([0, -1, 2, 10**6]))
        elif how == "active":
            problem[draw(st.sampled_from(["active_electrons", "active_orbitals"]))] = draw(
                st.sampled_from([0, 1, 3, 99])
            )
        else:
            problem["charge"] = draw(st.sampled_from([-(10**30), -3, 3, 10**30]))


@st.composite
def broken_jobs(draw: Any, problems: st.SearchStrategy = ALL_PROBLEMS, ansatze: st.SearchStrategy = ANSATZE) -> dict:
    job = copy.deepcopy(draw(plausible_jobs(problems, ansatze)))
    break_problem(draw, job["problem"])
    return job


def _paths(value: Any) -> list[tuple]:
    """Every path into ``value`` (dict keys, list indexes), root first; iterative, so deep junk cannot recurse."""
    found, stack = [], [((), value)]
    while stack:
        path, item = stack.pop()
        found.append(path)
        if isinstance(item, dict):
            stack.extend(((*path, key), child) for key, child in item.items())
        elif isinstance(item, list):
            stack.extend(((*path, index), child) for index, child in enumerate(item))
    return found


def _nested(depth: int, value: Any) -> Any:
    for _ in range(depth):
        value = [value]
    return value


@st.composite
def hostile_jobs(draw: Any, problems: st.SearchStrategy = ALL_PROBLEMS) -> Any:
    """A plausible spec, then one to three random edits anywhere: junk values, deletions, extra fields, nesting."""
    job: Any = copy.deepcopy(draw(plausible_jobs(problems)))
    if draw(st.booleans()):
        break_problem(draw, job["problem"])
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(job)))
        action = draw(st.sampled_from(["replace", "replace", "delete", "add", "empty", "nest"]))
        fresh = {
            "replace": lambda: draw(JUNK),
            "empty": lambda: draw(st.sampled_from([list, dict, str, int]))(),
            "nest": lambda: _nested(draw(st.integers(1, 200)), draw(JUNK_SCALARS)),
        }
        if not path:
            if action in fresh:
                job = fresh[action]()
            elif action == "add" and isinstance(job, dict):
                job[draw(KEYS)] = draw(JUNK)
            continue
        parent, last = job, path[-1]
        for step in path[:-1]:
            parent = parent[step]
        if action in fresh:
            parent[last] = fresh[action]()
        elif action == "delete":
            del parent[last]
        elif action == "add" and isinstance(parent[last], dict):
            parent[last][draw(KEYS)] = draw(JUNK)
        elif action == "add" and isinstance(parent[last], list):
            parent[last].append(draw(JUNK))
    return job


ANY_JOB = st.one_of(plausible_jobs(), broken_jobs(), hostile_jobs(), hostile_jobs(), JUNK)


@st.composite
def truncated_json(draw: Any) -> str:
    text = json.dumps(draw(plausible_jobs()))
    return text[: draw(st.integers(0, len(text)))]


JSON_TEXTS = st.one_of(
    ANY_JOB.map(json.dumps),  # json.dumps writes NaN and Infinity tokens for non-finite floats
    truncated_json(),
    st.text(max_size=100),
    st.sampled_from(
        [
            "",
            "null",
            "0",
            "[]",
            "{}",
            '"x"',
            "\ufeff{}",
            "[" * 10_000,
            '{"problem":' * 2_000,
            '{"problem": {"kind": "maxcut", "edges": [[0, 1]]}, "problem": 1}',
            '{"problem": {"kind": "maxcut", "edges": [[0, 1],]}}',
            '{"problem": {"kind": "maxcut", "edges": [[0, 1]]}} // comment',
            '{"problem": {"kind": "maxcut", "edges": [[0, 1e999]]}}',
            '{"problem": {"kind": "maxcut", "edges": [[0, 1, NaN]]}}',
            '{"problem": {"kind": "maxcut", "edges": [[0, 1]]}, "name": "\\ud800"}',
            '{"problem": {"kind": "pauli", "terms": [["Z", 1]]}, "optimizer": {"maxiter": ' + "9" * 5000 + "}}",
        ]
    ),
)


# -- JobSpec: parse, then everything a submission does before and while writing ------------------------------------


@fuzz(SPEC_DICT_EXAMPLES)
@given(job=ANY_JOB)
@example(job={"problem": {"kind": "maxcut", "edges": [[0, 1]]}, "colour": "red"})
# Found by this test: an unhashable kind raised TypeError from the default-ansatz validator.
@example(job={"problem": {"kind": ["maxcut"], "edges": [[0, 1]]}})
@example(job={"problem": {"kind": {}, "edges": [[0, 1]]}})
# Found by this test: an unknown key holding a line break made the message two lines.
@example(job={"problem": {"kind": "maxcut", "edges": [[0, 1]], "bad\nkey": 1}})
@example(job={"problem": {"kind": "maxcut", "edges": [[0, 1]]}, "x\u2028y": 1})
def test_any_spec_dict_parses_or_fails_with_one_line_naming_the_field(job):
    parse(job)


@fuzz(SPEC_JSON_EXAMPLES)
@given(text=JSON_TEXTS)
def test_any_spec_json_text_parses_or_fails_with_one_line_naming_the_field(text):
    parse(text)


@fuzz(PIPELINE_EXAMPLES)
@given(
    job=st.one_of(
        plausible_jobs(FAST_PROBLEMS),
        plausible_jobs(FAST_PROBLEMS),
        broken_jobs(FAST_PROBLEMS),
        hostile_jobs(FAST_PROBLEMS),
    )
)
@example(job={"problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2]]}, "optimizer": {"maxiter": 2}})
# Found by this test: huge coefficients overflowed Adam's squared gradients to NaN mid-run, and writing the
# NaN result raised ValueError after the job folder had been written.
@example(job={"problem": {"kind": "qubo", "matrix": [[1e154]]}})
@example(job={"problem": {"kind": "pauli", "terms": [["Z", 1e300], ["Z", 1e300]]}})
@example(job={"problem": {"kind": "pauli", "terms": [["X", 1e200], ["Z", 1e200]]}})
# The same overflow from the other factor: stepsize x gradient (a spec error at parse since stepsize <= 1e3).
@example(
    job={
        "problem": {"kind": "maxcut", "edges": [[0, 1, 1000], [1, 2, 1000], [0, 2, 1000]]},
        "optimizer": {"kind": "gradient_descent", "stepsize": 1e300, "maxiter": 3},
    }
)
# Found by this test: a device name holding a line break made the device error two lines.
@example(job={"problem": {"kind": "maxcut", "edges": [[1, 0]]}, "execution": {"device": "lightning.qubit\n"}})
@example(job={"problem": {"kind": "maxcut", "edges": [[1, 0]]}, "execution": {"device": "default.mixed", "shots": 10}})
def test_parsed_specs_validate_and_run_or_fail_with_a_spec_error_leaving_no_trace(job):
    spec = parse(job)
    if spec is not None:
        submit_like_the_operator(spec)


@fuzz(MOLECULE_EXAMPLES)
@given(
    job=st.one_of(
        plausible_jobs(molecule_problems(), MOLECULE_ANSATZE),
        plausible_jobs(molecule_problems(), MOLECULE_ANSATZE),
        broken_jobs(molecule_problems(), MOLECULE_ANSATZE),
    )
)
@example(job={"problem": {"kind": "molecule", **MOLECULES[0]}, "optimizer": {"maxiter": 2}})
@example(job={"problem": {"kind": "molecule", **MOLECULES[0], "coordinates": [[0, 0, 0], [0, 0, 1e150]]}})
@example(job={"problem": {"kind": "molecule", **MOLECULES[0], "coordinates": [[0, 0, 0], [0, 0, 1e-3]]}})
@example(job={"problem": {"kind": "molecule", **MOLECULES[0], "coordinates": [[0, 0, 0], [0, 0, 1e-5]]}})
@example(job={"problem": {"kind": "molecule", **MOLECULES[0], "coordinates": [[-1e300, 0, 0], [1e300, 0, 0]]}})
def test_molecules_precheck_validate_and_run_or_fail_with_a_spec_error(job):
    from quantum_provider.problems import precheck
    from quantum_provider.problems.molecule import basis_orbital_count

    spec = parse(job)
    if spec is None:
        return
    spec = lightning_hook().resolve_spec(spec)
    try:
        precheck(spec.problem)  # what preprocessing runs for every molecule row group
    except QuantumSpecError as err:
        check_spec_error(err)
        event("spec error at precheck")
        return
    if basis_orbital_count(spec.problem) > MOLECULE_BUILD_MAX_ORBITALS:
        event("prechecked, too large to build here")
        return
    submit_like_the_operator(spec, run_max_qubits=MOLECULE_RUN_MAX_QUBITS)


# -- problem tables: preprocessing ---------------------------------------------------------------------------------

PROBLEM_IDS = st.one_of(
    st.sampled_from(["p0", "p1", "p2"]),
    st.sampled_from([None, "", "  ", " p0 ", "p\n0", "Ω", "x" * 250, "1", "1.0", "nan"]),
)
CELL_JUNK = st.one_of(
    st.none(),
    st.sampled_from(HOSTILE_TEXT[:40]),
    st.sampled_from(
        ["-1", "-0", "1.5", "abc", "1e400", "9" * 400, " 3 ", "1;2;3", "1,2", "[1, 2]", "\u00b2", "\u0661"]
    ),
    st.text(max_size=8),
    st.integers(-(10**20), 10**20),
    st.floats(),
)


@st.composite
def problem_rows(draw: Any, kind: str, pid: Any) -> list[dict]:
    """The rows of one plausible problem of ``kind`` in the kind's table layout."""

    def row(**cells: Any) -> dict:
        return {"problem_id": pid, **cells}

    if kind == "maxcut":
        n = draw(st.integers(2, 5))
        pairs = [(u, v) for u in range(n) for v in range(u + 1, n)]
        chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=6, unique=True))
        return [row(u=u, v=v, weight=draw(st.none() | numbers())) for u, v in chosen]
    if kind == "qubo":
        n = draw(st.integers(1, 4))
        entries = draw(
            st.lists(st.sampled_from([(i, j) for i in range(n) for j in range(i, n)]), min_size=1, unique=True)
        )
        offset = draw(st.none() | numbers())
        return [row(i=i, j=j, value=draw(numbers()), offset=offset) for i, j in entries]
    if kind == "portfolio":
        n = draw(st.integers(1, 4))
        covariance = symmetric(draw, n, numbers(-1.0, 1.0))
        budget, risk = draw(st.integers(1, n)), draw(st.none() | st.floats(0.0, 2.0))
        return [
            row(asset=f"A{i}", expected_return=draw(numbers(-1.0, 1.0)), covariance=covariance[i], budget=budget,
                risk_aversion=risk)
            for i in range(n)
        ]  # fmt: skip
    if kind == "molecule":
        molecule = draw(st.sampled_from(MOLECULES))
        extra = {"charge": molecule.get("charge"), "active_electrons": molecule.get("active_electrons")}
        if draw(st.booleans()):
            extra["basis"] = draw(st.sampled_from(["sto-3g", "6-31g", "sto-9g"]))
        return [
            row(symbol=symbol, x=x, y=y, z=z, **extra)
            for symbol, (x, y, z) in zip(molecule["symbols"], molecule["coordinates"], strict=True)
        ]
    width = draw(st.integers(1, 4))
    words = st.text(alphabet="IXYZ", min_size=width, max_size=width)
    return [row(term=draw(words), coefficient=draw(numbers())) for _ in range(draw(st.integers(1, 4)))]


#: Parquet column types a table may carry where the layout expects something else.
HOSTILE_ARROW = ("list", "struct", "binary", "bool", "timestamp", "null", "dictionary")


@st.composite
def problem_tables(draw: Any) -> dict:
    """A table file's description: its layout kind, format, columns (names as written) and cells."""
    kind = draw(st.sampled_from(sorted(LAYOUTS)))
    rows: list[dict] = []
    for _ in range(draw(st.sampled_from([1, 2, 3, 0]))):
        rows += draw(problem_rows(kind, draw(PROBLEM_IDS)))
    columns = list(dict.fromkeys(name for row in rows for name in row)) or list(LAYOUTS[kind].names)
    cells = [[row.get(name) for name in columns] for row in rows]
    arrow_types: dict[int, str] = {}
    for _ in range(draw(st.integers(0, 3))):
        how = draw(st.sampled_from(["cell", "cell", "cell", "drop", "rename", "extra", "arrow"]))
        if how == "cell" and cells:
            draw(st.sampled_from(cells))[draw(st.integers(0, len(columns) - 1))] = draw(CELL_JUNK)
        elif how == "drop" and columns:
            index = draw(st.integers(0, len(columns) - 1))
            del columns[index]
            for line in cells:
                del line[index]
        elif how == "rename" and columns:
            index = draw(st.integers(0, len(columns) - 1))
            name = columns[index]
            columns[index] = draw(st.sampled_from([f" {name}", f"{name} ", name.upper(), "", *columns]))
        elif how == "extra":
            columns.append(draw(st.sampled_from(["colour", "reason", "source_row", "u__typed", "Ω", ""])))
            for line in cells:
                line.append(draw(CELL_JUNK))
        elif how == "arrow" and columns:
            arrow_types[draw(st.integers(0, len(columns) - 1))] = draw(st.sampled_from(HOSTILE_ARROW))
    return {
        "kind": kind,
        "format": draw(st.sampled_from(["csv", "parquet"])),
        "columns": columns,
        "cells": cells,
        "arrow_types": arrow_types,
        "truncate": draw(st.none() | st.integers(0, 2_000)) if draw(st.integers(0, 9)) == 9 else None,
    }


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    return str(value)


def _arrow_column(values: list[Any], hostile: str | None) -> pa.Array:
    """The parquet column a writer would make of ``values``: numbers, number lists, else text."""
    n = len(values)
    if hostile == "list":
        return pa.array([[1, 2]] * n, pa.list_(pa.int64()))
    if hostile == "struct":
        return pa.array([{"a": 1, "b": "x"}] * n)
    if hostile == "binary":
        return pa.array([b"1\xff"] * n, pa.binary())
    if hostile == "bool":
        return pa.array([True] * n, pa.bool_())
    if hostile == "timestamp":
        return pa.array([0] * n, pa.timestamp("ns"))
    if hostile == "null":
        return pa.nulls(n)
    if hostile == "dictionary":
        return pa.array([_text(v) for v in values], pa.string()).dictionary_encode()
    present = [v for v in values if v is not None]

    def number(v: Any) -> bool:
        return isinstance(v, int | float) and not isinstance(v, bool) and abs(v) < 1e308

    if present and all(isinstance(v, list) and all(number(x) for x in v) for v in present):
        return pa.array(values, pa.list_(pa.float64()))
    if present and all(number(v) for v in present):
        return pa.array([None if v is None else float(v) for v in values], pa.float64())
    return pa.array([_text(v) for v in values], pa.string())


def write_problem_table(folder: Path, table: dict) -> str:
    path = folder / f"table.{table['format']}"
    if table["format"] == "csv":
        frame = pd.DataFrame([[_text(v) for v in line] for line in table["cells"]], columns=table["columns"])
        data = frame.to_csv(index=False).encode()
    else:
        columns = [
            _arrow_column([line[i] for line in table["cells"]], table["arrow_types"].get(i))
            for i in range(len(table["columns"]))
        ]
        buffer = io.BytesIO()
        pq.write_table(pa.Table.from_arrays(columns, names=table["columns"]), buffer)
        data = buffer.getvalue()
    if table["truncate"] is not None:
        data = data[: table["truncate"]]
    path.write_bytes(data)
    return path.as_uri()


JOB_DEFAULTS = st.one_of(
    st.none(),
    st.just({}),
    st.sampled_from(
        [
            {"optimizer": {"maxiter": 5}, "execution": {"seed": 3}},
            {"ansatz": {"kind": "hardware_efficient", "layers": 1}},
            {"execution": {"shots": 100}, "sensitive": True},
            {"optimiser": {}},
            {"optimizer": {"maxiter": 0}},
            {"ansatz": {"kind": "all_singles_doubles"}},
            {"execution": "x"},
            {"ansatz": None},
            {"optimizer": {"stepsize": float("nan")}},
        ]
    ),
)


@st.composite
def mostly(draw: Any, common: Any, rare: list[Any]) -> Any:
    """``common`` about seven times in eight, else one of ``rare``."""
    if draw(st.booleans()) and draw(st.booleans()) and draw(st.booleans()):
        return draw(st.sampled_from(rare))
    return common


def table_of(kind: str, fmt: str, columns: list[str], cells: list[list[Any]]) -> dict:
    """An explicit table in ``problem_tables``' description format."""
    return {"kind": kind, "format": fmt, "columns": columns, "cells": cells, "arrow_types": {}, "truncate": None}


PLAIN_OPTIONS = {"kind": None, "fmt": None, "job_defaults": None, "max_qubits": 26, "max_rejected_fraction": None}


def check_outputs_whole(folder: Path) -> None:
    """No temporary file, and the outputs are either all absent or all complete and readable."""
    assert not list(folder.parent.rglob("*.tmp")), "a temporary file was left behind"
    present = [name for name in OUTPUT_FILES.values() if (folder / name).exists()]
    assert present in ([], list(OUTPUT_FILES.values())), f"half-written outputs: {present}"
    if present:
        pq.read_table(folder / OUTPUT_FILES["rejects"])
        json.loads((folder / OUTPUT_FILES["validation"]).read_text())
        assert "</html>" in (folder / OUTPUT_FILES["data_docs"]).read_text().lower()
        assert json.loads((folder / OUTPUT_FILES["summary"]).read_text())["rows"] >= 0


def problem_id_of(value: Any) -> str | None:
    """A row's problem id as the input suite types it (text, stripped; empty is missing)."""
    return None if is_missing(value) else (str(value).strip() or None)


@fuzz(TABLE_EXAMPLES)
@given(
    table=problem_tables(),
    kind=mostly(None, ["tsp", "", "MAXCUT"]),  # None: the table's own kind
    fmt=mostly(None, ["csv", "parquet", "xlsx"]),  # None: from the file name
    job_defaults=JOB_DEFAULTS,
    max_qubits=st.sampled_from([26, 26, 4, 1]),
    max_rejected_fraction=st.none() | st.sampled_from([0.0, 0.5, 1.0]),
)
# Found by this test: " v" trimmed to a second "v" column, and TypeError escaped the input suite.
@example(
    table=table_of("maxcut", "csv", ["problem_id", "u", "v", " v"], [["p0", 0, 1, None], ["p0", 1, 2, None]]),
    **PLAIN_OPTIONS,
)
# Found by this test: a blank problem_id passed the not-null check, so its row was neither a spec nor a reject.
@example(table=table_of("maxcut", "parquet", ["problem_id", "u", "v"], [["", 0, 1], ["p0", 1, 2]]), **PLAIN_OPTIONS)
@example(table=table_of("maxcut", "csv", ["problem_id", "u", "v"], [["  ", 0, 1], ["p0", 1, 2]]), **PLAIN_OPTIONS)
# Found by this test: a problem_id longer than a job name (200) failed the whole table as "job_defaults.name".
@example(
    table=table_of("pauli", "csv", ["problem_id", "term", "coefficient"], [["x" * 201, "Z", 1.0]]), **PLAIN_OPTIONS
)
def test_any_problem_table_preprocesses_or_fails_with_one_line_leaving_no_half_written_output(
    table, kind, fmt, job_defaults, max_qubits, max_rejected_fraction
):
    with tempfile.TemporaryDirectory() as tmp:
        source = write_problem_table(Path(tmp), table)
        out = Path(tmp) / "out"
        failure = None
        try:
            result = preprocess_table(
                source,
                table["kind"] if kind is None else kind,
                job_defaults=job_defaults,
                max_qubits=max_qubits,
                output=out.as_uri(),
                fmt=fmt,
                max_rejected_fraction=max_rejected_fraction,
            )
        except QuantumSpecError as err:
            failure = err
        if failure is not None:
            check_spec_error(failure, TABLE_FIELDS)
            if failure.field.startswith("job_defaults"):
                assert job_defaults, f"blames job_defaults that were not given: {failure}"
            check_outputs_whole(out)
            event(f"spec error: {failure.field.split('.')[0]}")
            return
        check_outputs_whole(out)
        assert (out / OUTPUT_FILES["rejects"]).exists()
        # Good rows became specs that parse, one per problem id ...
        names = [JobSpec.parse(spec).name for spec in result.specs]
        assert len(set(names)) == len(names)
        # ... and every other row is quarantined with a reason: nothing is dropped silently.
        rejects = pq.read_table(out / OUTPUT_FILES["rejects"]).to_pandas()
        assert all(isinstance(reason, str) and reason for reason in rejects["reason"]), list(rejects["reason"])
        frame = read_table(source, fmt)
        accepted = {row for row, value in enumerate(frame["problem_id"]) if problem_id_of(value) in set(names)}
        rejected = set(rejects["source_row"])
        assert accepted.isdisjoint(rejected)
        assert accepted | rejected == set(range(len(frame)))
        event(f"preprocessed: {'some' if names else 'no'} specs, {'some' if rejected else 'no'} rejected rows")


@pytest.mark.parametrize(
    "source",
    [
        "{tmp}/table.csv",
        "file://{tmp}/missing.parquet",
        "file://{tmp}/folder.csv",  # found here: IsADirectoryError escaped read_table
        "file://{tmp}/table.csv/inner.csv",  # NotADirectoryError, likewise
        "nosuchprotocol://bucket/table.csv",  # found here: ValueError (unsupported filesystem) escaped
        "",
        "file://{tmp}/table",
        "file://{tmp}/TABLE.CSV",
        "file://{tmp}/ünïcode table.csv",
    ],
)
def test_any_source_reads_or_fails_with_one_line_naming_the_source(tmp_path, source):
    (tmp_path / "folder.csv").mkdir()
    for name in ("table.csv", "TABLE.CSV", "ünïcode table.csv", "table"):
        (tmp_path / name).write_text("problem_id,u,v\np,0,1\n")
    try:
        result = preprocess_table(source.format(tmp=tmp_path), "maxcut")
    except QuantumSpecError as err:
        check_spec_error(err, TABLE_FIELDS)
    else:
        assert [spec["name"] for spec in result.specs] == ["p"]


def test_an_analytic_job_on_a_device_without_adjoint_fails_as_a_spec_error_leaving_no_trace(tmp_path):
    # Found by the fuzzer: default.mixed has no adjoint method, and the job failed mid-run after its first writes.
    job = {"problem": {"kind": "maxcut", "edges": [[1, 0]]}, "execution": {"device": "default.mixed"}}
    hook = lightning_hook()
    spec = hook.resolve_spec(JobSpec.parse(job))
    key = spec.content_key(backend=hook.backend_identity())
    store = ResultStore(f"file://{tmp_path}/store")
    with pytest.raises(QuantumSpecError) as err:
        hook.submit(spec, key=key, store=store, problem=hook.validate(spec))
    check_spec_error(err.value)
    assert "cannot differentiate analytically (no adjoint method)" in str(err.value)
    assert not store.job_dir(key).exists()
