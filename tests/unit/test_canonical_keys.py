"""Canonical problems: specs that denote the same problem validate to the same model, so they share a content key.

Property tests (hypothesis, derandomized like test_fuzz.py) rewrite a spec the ways a caller may write the same
problem: MaxCut edges shuffled, flipped, weight 1 spelled or left out; a QUBO as upper-triangular or with its
off-diagonal pairs split unevenly; Pauli terms shuffled and split into repeated words. Every rewrite must keep
``model_dump`` and ``content_key``. The numbers behind a key are checked independently of the dumps: each spec is
built on its own and compared with brute force computed here from what the caller wrote.
"""

from __future__ import annotations

import functools
import itertools
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.problems import build_problem
from quantum_provider.problems.combinatorial import default_qubo_penalty
from quantum_provider.problems.pauli import sparse_hamiltonian
from quantum_provider.spec import JobSpec

#: Generated examples per property (parsing only, so each example costs well under a millisecond).
EXAMPLES = 200
BACKEND = {"backend": "lightning", "device": "lightning.qubit", "device_version": "0.45.0"}
PAULI_MATRICES = {
    "I": np.eye(2),
    "X": np.array([[0, 1], [1, 0]], dtype=complex),
    "Y": np.array([[0, -1j], [1j, 0]]),
    "Z": np.diag([1.0, -1.0]),
}

canonical = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def spec(problem: dict) -> JobSpec:
    return JobSpec.parse({"problem": problem})


def assert_same_problem(original: dict, rewritten: dict) -> None:
    a, b = spec(original), spec(rewritten)
    assert a.model_dump(mode="json") == b.model_dump(mode="json")
    assert a.canonical_json() == b.canonical_json()
    assert a.content_key(backend=BACKEND) == b.content_key(backend=BACKEND)


def key(problem: dict) -> str:
    return spec(problem).content_key(backend=BACKEND)


# -- strategies: a problem, then the same problem written differently ----------------------------------------------

#: Multiples of 1/4 up to 8 in magnitude: halves, sums and differences of them are exact in float64, so a rewrite
#: that is the same problem in exact arithmetic is the same problem in floats too (the property tests the
#: canonical form, not rounding).
QUARTERS = st.integers(-32, 32).map(lambda k: k / 4)
#: Multiples of 1/8 up to 4 in magnitude: dyadic, so splitting a coefficient c into a and c - a is exact.
EIGHTHS = st.integers(-32, 32).map(lambda k: k / 8)


@st.composite
def maxcut_rewrites(draw) -> tuple[dict, dict]:
    n = draw(st.integers(2, 7))
    pairs = [(u, v) for u in range(n) for v in range(u + 1, n)]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=len(pairs), unique=True))
    shift = draw(st.sampled_from([0, 3, 10**6]))  # labels need not start at 0
    weighted = draw(st.booleans())
    edges = []
    for u, v in chosen:
        weight = draw(st.sampled_from([1.0, 1.0, 2.5, -0.75, 0.0])) if weighted else 1.0
        edges.append((u + shift, v + shift, weight))
    original = [[u, v] if w == 1.0 else [u, v, w] for u, v, w in edges]
    rewritten = []
    for u, v, w in draw(st.permutations(edges)):
        if draw(st.booleans()):
            u, v = v, u
        if w == 1.0:
            rewritten.append(draw(st.sampled_from([[u, v], [u, v, 1.0], [u, v, 1], [u, v, "1"]])))
        else:
            rewritten.append([u, v, w])
    return {"kind": "maxcut", "edges": original}, {"kind": "maxcut", "edges": rewritten}


@st.composite
def qubo_rewrites(draw) -> tuple[dict, dict]:
    n = draw(st.integers(1, 5))
    symmetric = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            symmetric[i][j] = symmetric[j][i] = draw(QUARTERS)
    how = draw(st.sampled_from(["upper", "lower", "split"]))
    rewritten = [[0.0] * n for _ in range(n)]
    for i in range(n):
        rewritten[i][i] = symmetric[i][i]
        for j in range(i + 1, n):
            total = 2 * symmetric[i][j]  # q_ij + q_ji of the symmetric form
            if how == "upper":
                rewritten[i][j], rewritten[j][i] = total, 0.0
            elif how == "lower":
                rewritten[i][j], rewritten[j][i] = 0.0, total
            else:
                a = draw(QUARTERS)
                rewritten[i][j], rewritten[j][i] = a, total - a
    extra = {"offset": draw(QUARTERS)} if draw(st.booleans()) else {}
    return {"kind": "qubo", "matrix": symmetric, **extra}, {"kind": "qubo", "matrix": rewritten, **extra}


@st.composite
def pauli_rewrites(draw) -> tuple[dict, dict]:
    width = draw(st.integers(1, 4))
    word = st.text(alphabet="IXYZ", min_size=width, max_size=width)
    words = draw(st.lists(word, min_size=1, max_size=6, unique=True))
    terms = [[w, draw(EIGHTHS)] for w in words]
    rewritten = []
    for w, c in terms:
        if draw(st.booleans()):
            a = draw(EIGHTHS)
            rewritten += [[w, a], [w, c - a]]
        else:
            rewritten.append([w, c])
    if draw(st.booleans()):  # a cancelling pair adds nothing; a word only it names is no term at all
        w, c = draw(word), draw(EIGHTHS)
        rewritten += [[w, c], [w, -c]]
    rewritten = draw(st.permutations(rewritten))
    return {"kind": "pauli", "terms": terms}, {"kind": "pauli", "terms": list(rewritten)}


@given(maxcut_rewrites())
@canonical
def test_maxcut_edge_order_orientation_and_default_weight_keep_the_key(pair):
    assert_same_problem(*pair)
    expected = sorted((min(e[0], e[1]), max(e[0], e[1]), e[2] if len(e) == 3 else 1.0) for e in pair[0]["edges"])
    assert spec(pair[1]).problem.edges == expected


@given(qubo_rewrites())
@canonical
def test_qubo_upper_triangular_or_unevenly_split_matrix_keeps_the_key(pair):
    assert_same_problem(*pair)
    assert spec(pair[1]).problem.matrix == pair[0]["matrix"]  # the symmetric form, entry for entry


@given(pauli_rewrites())
@canonical
def test_pauli_term_order_and_split_coefficients_keep_the_key(pair):
    assert_same_problem(*pair)
    width = len(pair[0]["terms"][0][0])
    expected = sorted((w, c) for w, c in pair[0]["terms"] if c != 0.0) or [("I" * width, 0.0)]
    assert spec(pair[1]).problem.terms == expected


# -- and its numbers: each spec built on its own, checked against brute force over what the caller wrote ----------

MAXCUT = {"kind": "maxcut", "edges": [[3, 1, 2.0], [0, 1], [2, 3, 0.5], [0, 2, 1.5], [1, 2]]}
MAXCUT_REWRITTEN = {"kind": "maxcut", "edges": [[1, 2, 1.0], [2, 0, 1.5], [1, 3, 2.0], [3, 2, 0.5], [1, 0]]}
QUBO_UPPER = [[1.0, -4.0, 2.0, 0.0], [0.0, -2.0, 3.0, -1.0], [0.0, 0.0, 0.5, 2.5], [0.0, 0.0, 0.0, -1.0]]
QUBO_SYMMETRIC = [[(QUBO_UPPER[i][j] + QUBO_UPPER[j][i]) / 2 for j in range(4)] for i in range(4)]
PAULI = {"kind": "pauli", "terms": [["ZZI", 1.0], ["IXX", -0.5], ["ZIZ", 0.25], ["YYI", 0.75]]}
PAULI_REWRITTEN = {
    "kind": "pauli",
    "terms": [["YYI", 0.5], ["ZIZ", 0.25], ["IXX", -0.5], ["XXX", 0.125], ["ZZI", 1.0], ["YYI", 0.25], ["XXX", -0.125]],
}


def brute_force_cuts(edges: list[list]) -> dict[str, float]:
    """Cut weight of every bitstring, character i being the i-th smallest node label."""
    nodes = sorted({node for edge in edges for node in edge[:2]})
    cuts = {}
    for bits in itertools.product((0, 1), repeat=len(nodes)):
        side = dict(zip(nodes, bits, strict=True))
        cut = sum((edge[2] if len(edge) == 3 else 1.0) for edge in edges if side[edge[0]] != side[edge[1]])
        cuts["".join(map(str, bits))] = cut
    return cuts


def dense_pauli(terms: list[list], width: int) -> np.ndarray:
    total = np.zeros((2**width, 2**width), dtype=complex)
    for word, coeff in terms:
        total += coeff * functools.reduce(np.kron, [PAULI_MATRICES[letter] for letter in word])
    return total


def numbers_of(instance, width: int) -> tuple:
    return (
        instance.baseline.value,
        instance.baseline.worst,
        instance.baseline.optimum_bitstring,
        instance.exact_energy,
        sparse_hamiltonian(instance.hamiltonian, width).toarray(),
    )


def assert_same_numbers(a, b, width: int) -> None:
    *baseline_a, matrix_a = numbers_of(a, width)
    *baseline_b, matrix_b = numbers_of(b, width)
    assert baseline_a == baseline_b
    assert np.array_equal(matrix_a, matrix_b)


def test_rewritten_maxcut_builds_the_same_baseline_and_hamiltonian():
    original, rewritten = build_problem(spec(MAXCUT).problem), build_problem(spec(MAXCUT_REWRITTEN).problem)
    assert_same_numbers(original, rewritten, 4)
    cuts = brute_force_cuts(MAXCUT_REWRITTEN["edges"])
    assert rewritten.baseline.value == -max(cuts.values())
    assert rewritten.baseline.worst == -min(cuts.values())
    assert cuts[rewritten.baseline.optimum_bitstring] == max(cuts.values())
    # The Hamiltonian's diagonal is minus the cut of each basis state, written as the caller wrote the graph.
    diagonal = np.real(np.diag(sparse_hamiltonian(rewritten.hamiltonian, 4).toarray()))
    np.testing.assert_allclose(diagonal, [-cuts[bits] for bits in sorted(cuts)], atol=1e-12)


def test_upper_triangular_qubo_builds_the_same_baseline_and_hamiltonian():
    upper = build_problem(spec({"kind": "qubo", "matrix": QUBO_UPPER, "offset": 0.5}).problem)
    symmetric = build_problem(spec({"kind": "qubo", "matrix": QUBO_SYMMETRIC, "offset": 0.5}).problem)
    assert_same_numbers(upper, symmetric, 4)
    q = np.array(QUBO_UPPER)
    costs = {
        "".join(map(str, x)): float(np.array(x) @ q @ np.array(x)) + 0.5 for x in itertools.product((0, 1), repeat=4)
    }
    assert upper.baseline.value == min(costs.values())
    assert upper.baseline.worst == max(costs.values())
    assert costs[upper.baseline.optimum_bitstring] == min(costs.values())
    diagonal = np.real(np.diag(sparse_hamiltonian(upper.hamiltonian, 4).toarray()))
    np.testing.assert_allclose(diagonal, [costs[bits] for bits in sorted(costs)], atol=1e-12)


def test_split_and_shuffled_pauli_terms_build_the_same_hamiltonian():
    original, rewritten = build_problem(spec(PAULI).problem), build_problem(spec(PAULI_REWRITTEN).problem)
    assert_same_numbers(original, rewritten, 3)
    # Against the matrix of the terms exactly as written, repeated and cancelling words included.
    expected = dense_pauli(PAULI_REWRITTEN["terms"], 3)
    np.testing.assert_allclose(sparse_hamiltonian(rewritten.hamiltonian, 3).toarray(), expected, atol=1e-12)
    assert math.isclose(rewritten.exact_energy, float(np.linalg.eigvalsh(expected)[0]), abs_tol=1e-9)


def test_repeated_pauli_words_sum_exactly_whatever_their_order():
    # Not dyadic on purpose: a left-to-right sum of these depends on the order (1e16 + 1.0 rounds the 1.0 away).
    coeffs = [1e16, 0.1, 1.0, 0.2, -1e16, 0.3]
    merged = {
        spec({"kind": "pauli", "terms": [["ZX", c] for c in order]}).problem.terms[0][1]
        for order in itertools.permutations(coeffs)
    }
    assert merged == {math.fsum(coeffs)} == {1.6}
    # Partial sums beyond the float range are no obstacle when the total is within it ...
    for order in itertools.permutations([1e308, 1e308, -1e308]):
        assert spec({"kind": "pauli", "terms": [["Z", c] for c in order]}).problem.terms == [("Z", 1e308)]
    # ... and a total beyond it is a spec error, not an infinite coefficient.
    with pytest.raises(QuantumSpecError) as info:
        spec({"kind": "pauli", "terms": [["Z", 1e308], ["X", 1.0], ["Z", 1e308]]})
    assert str(info.value) == "problem.terms: the coefficients of 'Z' sum beyond the float range"


def test_pauli_terms_that_all_cancel_keep_the_width_as_a_zero_identity():
    problem = spec({"kind": "pauli", "terms": [["ZX", 0.5], ["ZX", -0.5]]}).problem
    assert problem.terms == [("II", 0.0)]
    assert problem.num_variables == 2
    instance = build_problem(problem)
    assert instance.num_qubits == 2
    assert instance.exact_energy == 0.0


# -- different problems, different keys; errors in the caller's terms ---------------------------------------------


def test_different_problems_get_different_keys():
    assert key(MAXCUT) != key({**MAXCUT, "edges": [[3, 1, 2.0], [0, 1], [2, 3, 0.25], [0, 2, 1.5], [1, 2]]})
    changed = [row[:] for row in QUBO_UPPER]
    changed[2][3] = 2.0
    assert key({"kind": "qubo", "matrix": QUBO_UPPER}) != key({"kind": "qubo", "matrix": changed})
    assert key(PAULI) != key({**PAULI, "terms": [*PAULI["terms"], ["XXX", 2**-40]]})
    qubo = {"kind": "qubo", "matrix": QUBO_UPPER}
    assert key(qubo) != key({**qubo, "budget": 2})
    assert key({**qubo, "budget": 2}) != key({**qubo, "budget": 2, "penalty": 100.0})


@pytest.mark.parametrize(
    ("edges", "reason"),
    [
        ([[2, 3], [0, 1], [3, 2]], "edge 2 (3, 2) is a duplicate"),
        ([[0, 1, 1.0], [1, 0, 2.0]], "edge 1 (1, 0) is a duplicate"),
        ([[5, 6], [0, 1], [3, 3]], "edge 2 is a self-loop on node 3"),
    ],
)
def test_edge_errors_are_one_line_and_count_edges_as_the_caller_wrote_them(edges, reason):
    with pytest.raises(QuantumSpecError) as info:
        spec({"kind": "maxcut", "edges": edges})
    assert info.value.field == "problem.edges"
    assert str(info.value) == f"problem.edges: {reason}"


# -- a QUBO with a declared cardinality constraint -----------------------------------------------------------------

BUDGET_QUBO = [
    [-3.0, 2.0, 0.0, 1.0, -1.0, 0.5],
    [0.0, -2.0, 1.5, 0.0, 2.0, -1.0],
    [0.0, 0.0, 1.0, -2.5, 0.0, 1.0],
    [0.0, 0.0, 0.0, -4.0, 3.0, 0.0],
    [0.0, 0.0, 0.0, 0.0, 2.0, -1.5],
    [0.0, 0.0, 0.0, 0.0, 0.0, -1.0],
]


def test_qubo_budget_gives_the_feasible_optimum_and_worst_by_brute_force():
    instance = build_problem(spec({"kind": "qubo", "matrix": BUDGET_QUBO, "offset": 1.0, "budget": 2}).problem)
    q = np.array(BUDGET_QUBO)
    feasible = {}
    for chosen in itertools.combinations(range(6), 2):
        x = np.zeros(6)
        x[list(chosen)] = 1.0
        feasible["".join(str(int(b)) for b in x)] = float(x @ q @ x) + 1.0
    assert len(feasible) == math.comb(6, 2)
    assert instance.baseline.value == min(feasible.values())
    assert instance.baseline.worst == max(feasible.values())
    assert feasible[instance.baseline.optimum_bitstring] == min(feasible.values())
    assert instance.is_feasible(instance.baseline.optimum_bitstring)
    # The default penalty puts every infeasible bitstring above every feasible one on the Hamiltonian's diagonal,
    # so its ground energy is the feasible optimum.
    diagonal = np.real(np.diag(sparse_hamiltonian(instance.hamiltonian, 6).toarray()))
    bitstrings = ["".join(map(str, x)) for x in itertools.product((0, 1), repeat=6)]
    infeasible = [energy for bits, energy in zip(bitstrings, diagonal, strict=True) if bits not in feasible]
    assert min(infeasible) > max(feasible.values())
    assert math.isclose(instance.exact_energy, min(feasible.values()), abs_tol=1e-9)
    # That diagonal is the cost plus the documented default penalty, 1 + sum|Q| over the symmetric part.
    penalty = 1.0 + float(np.abs((q + q.T) / 2).sum())
    assert default_qubo_penalty((q + q.T) / 2) == penalty
    expected = [
        float(np.array(x) @ q @ np.array(x)) + 1.0 + penalty * (sum(x) - 2) ** 2
        for x in itertools.product((0, 1), repeat=6)
    ]
    np.testing.assert_allclose(diagonal, expected, rtol=0, atol=1e-9)


def test_a_declared_budget_measures_the_ratio_over_feasible_costs_not_against_a_folded_penalty():
    declared = build_problem(spec({"kind": "qubo", "matrix": BUDGET_QUBO, "budget": 2}).problem)
    # The same constraint folded into the matrix by hand: p (sum x - 2)^2 = p (x^T (J - 4I) x + 4).
    p = 100.0
    folded_matrix = (np.array(BUDGET_QUBO) + p * (np.ones((6, 6)) - 4 * np.eye(6))).tolist()
    folded = build_problem(spec({"kind": "qubo", "matrix": folded_matrix, "offset": 4 * p}).problem)
    assert folded.baseline.value == declared.baseline.value
    scale = float(np.abs(BUDGET_QUBO).sum())
    assert declared.baseline.worst <= scale  # a feasible cost
    assert folded.baseline.worst >= 16 * p - scale  # the penalty of all six ones, (6 - 2)^2 p
    # A feasible bitstring halfway between optimum and feasible worst scores 0.5 only when the budget is declared.
    mid = (declared.baseline.value + declared.baseline.worst) / 2
    assert math.isclose(declared.approximation_ratio(mid), 0.5)
    assert folded.approximation_ratio(mid) > 0.9


@pytest.mark.parametrize(
    ("extra", "field", "reason"),
    [
        ({"budget": 7}, "problem.budget", "7 is larger than the number of variables (6)"),
        ({"penalty": 10.0}, "problem.penalty", "without a budget"),
        ({"budget": -1}, "problem.budget", "greater than or equal to 0"),
        ({"budget": 2, "penalty": 0.0}, "problem.penalty", "greater than 0"),
    ],
)
def test_qubo_budget_and_penalty_errors_name_the_field(extra, field, reason):
    with pytest.raises(QuantumSpecError) as info:
        spec({"kind": "qubo", "matrix": BUDGET_QUBO, **extra})
    assert info.value.field == field
    assert "\n" not in str(info.value)
    assert reason in str(info.value)


def test_covariance_must_stay_symmetric_while_a_qubo_may_not_be():
    with pytest.raises(QuantumSpecError) as info:
        spec({"kind": "portfolio", "expected_returns": [0.1, 0.2], "covariance": [[1.0, 0.5], [0.0, 1.0]], "budget": 1})
    assert info.value.field == "problem.covariance"
    assert "symmetric" in str(info.value)
    assert spec({"kind": "qubo", "matrix": [[1.0, 0.5], [0.0, 1.0]]}).problem.matrix == [[1.0, 0.25], [0.25, 1.0]]


def test_a_symmetric_qubo_is_stored_bit_identically_even_at_the_float_limit():
    matrix = [[0.1, 1.7e308, 5e-324], [1.7e308, -0.3, 1 / 3], [5e-324, 1 / 3, 1e-300]]
    assert spec({"kind": "qubo", "matrix": matrix}).problem.matrix == matrix
    # (a + b) / 2 would overflow here; the stored entry is still the exact mean, and finite.
    assert spec({"kind": "qubo", "matrix": [[0.0, 1.7e308], [1.5e308, 0.0]]}).problem.matrix[0][1] == 1.6e308
