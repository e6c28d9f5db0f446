"""What the provider's defaults achieve on the standard problems of each kind, against exact answers computed here.

Each case is a spec that names only its problem (the defaults choose ansatz, initialization and optimizer), run
through the engine, and checked against an exact answer this module computes on its own: the ground energy of a
Pauli sum by diagonalizing a matrix built from Kronecker products, the maximum cut and the best feasible selection
by enumerating every bitstring. ``tests/unit/test_default_accuracy.py`` asserts the targets, and that README's
table ("How close the defaults get") is the one these runs give; ``python -m tests.accuracy --write`` rewrites it.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from typing import Any

import numpy as np

from tests.paths import REPO

README = REPO / "README.md"
TABLE_START = "<!-- accuracy-table:start (written by python -m tests.accuracy --write) -->"
TABLE_END = "<!-- accuracy-table:end -->"

_PAULI = {
    "I": np.eye(2),
    "X": np.array([[0.0, 1.0], [1.0, 0.0]]),
    "Y": np.array([[0.0, -1j], [1j, 0.0]]),
    "Z": np.diag([1.0, -1.0]),
}


def chain_bonds(n: int, periodic: bool) -> list[tuple[int, int]]:
    return [(i, i + 1) for i in range(n - 1)] + ([(n - 1, 0)] if periodic else [])


def word(n: int, letters: dict[int, str]) -> str:
    return "".join(letters.get(i, "I") for i in range(n))


def ising_terms(n: int, h: float, periodic: bool) -> list[list]:
    """H = -sum Z_i Z_j - h sum X_i: ordered for h < 1, paramagnetic for h > 1."""
    terms = [[word(n, {a: "Z", b: "Z"}), -1.0] for a, b in chain_bonds(n, periodic)]
    return terms + [[word(n, {i: "X"}), -h] for i in range(n)]


def xxz_terms(n: int, delta: float, periodic: bool) -> list[list]:
    """H = sum (X X + Y Y + delta Z Z): critical for |delta| <= 1, gapped (Neel) for delta > 1."""
    terms = []
    for a, b in chain_bonds(n, periodic):
        terms += [[word(n, {a: "X", b: "X"}), 1.0], [word(n, {a: "Y", b: "Y"}), 1.0]]
        terms.append([word(n, {a: "Z", b: "Z"}), delta])
    return terms


def exact_ground_energy(terms: list[list]) -> float:
    """The lowest eigenvalue of sum c P, with P built as a Kronecker product of 2x2 matrices (wire 0 leftmost)."""
    import scipy.sparse as sp
    from scipy.sparse.linalg import eigsh

    n = len(terms[0][0])
    matrix = sp.csr_matrix((2**n, 2**n), dtype=complex)
    for letters, coeff in terms:
        factor = sp.identity(1, format="csr", dtype=complex)
        for letter in letters:
            factor = sp.kron(factor, sp.csr_matrix(_PAULI[letter]), format="csr")
        matrix = matrix + coeff * factor
    if n <= 8:
        return float(np.linalg.eigvalsh(matrix.toarray())[0])
    start = np.random.default_rng(1).standard_normal(2**n)
    return float(eigsh(matrix, k=1, which="SA", v0=start, tol=1e-12, return_eigenvectors=False)[0])


def brute_force_costs(cost: Any, n: int, feasible: Any = lambda bits: True) -> tuple[float, float]:
    """(optimum, worst) of ``cost`` over the feasible bitstrings of length ``n``."""
    values = [cost(np.array(bits)) for bits in itertools.product((0, 1), repeat=n) if feasible(np.array(bits))]
    return min(values), max(values)


@dataclass(frozen=True)
class Case:
    """One row of the table: a kind, a label, the problem as a spec has it."""

    kind: str
    label: str
    problem: dict[str, Any]


SPIN_CHAINS = [
    Case("pauli", f"{model} {'periodic' if periodic else 'open'} n={n}", {"kind": "pauli", "terms": terms})
    for model, build, parameter in (
        ("Ising h=0.5", ising_terms, 0.5),
        ("Ising h=1.5", ising_terms, 1.5),
        ("XXZ delta=0.5", xxz_terms, 0.5),
        ("XXZ delta=2", xxz_terms, 2.0),
    )
    for periodic in (False, True)
    for n in (4, 8)
    for terms in [build(n, parameter, periodic)]
] + [
    Case("pauli", label, {"kind": "pauli", "terms": terms})
    for label, terms in (
        ("Ising h=0.7 open n=6", ising_terms(6, 0.7, False)),
        ("Ising h=0.5 open n=12", ising_terms(12, 0.5, False)),
        ("Ising h=1.5 periodic n=12", ising_terms(12, 1.5, True)),
        ("XXZ delta=0.5 periodic n=12", xxz_terms(12, 0.5, True)),
        ("XXZ delta=2 open n=12", xxz_terms(12, 2.0, False)),
        ("Ising h=0.7 open n=10", ising_terms(10, 0.7, False)),
        ("XXZ delta=2 periodic n=10", xxz_terms(10, 2.0, True)),
    )
]


def _ring_with_chords(n: int) -> list[list]:
    return [[i, (i + 1) % n] for i in range(n)] + [[i, (i + n // 2) % n] for i in range(n // 2)]


def _weighted_graph(n: int, seed: int) -> list[list]:
    rng = np.random.default_rng(seed)
    pairs = [(u, v) for u, v in itertools.combinations(range(n), 2) if rng.random() < 0.5]
    return [[u, v, float(rng.integers(1, 11))] for u, v in pairs]


def _portfolio(n: int, budget: int, seed: int) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    factors = rng.normal(size=(n, n)) * 0.1
    return {
        "kind": "portfolio",
        "expected_returns": np.round(rng.uniform(0.0, 0.2, n), 4).tolist(),
        "covariance": np.round(factors @ factors.T, 6).tolist(),
        "budget": budget,
    }


COMBINATORIAL = [
    Case("maxcut", "ring of 8 with chords", {"kind": "maxcut", "edges": _ring_with_chords(8)}),
    Case("maxcut", "weighted 8 nodes, weights 1-10", {"kind": "maxcut", "edges": _weighted_graph(8, 3)}),
    Case("maxcut", "weighted 10 nodes, weights 1-10", {"kind": "maxcut", "edges": _weighted_graph(10, 4)}),
    Case(
        "qubo",
        "6 variables, exactly 2 ones",
        {
            "kind": "qubo",
            "matrix": np.triu(np.random.default_rng(5).integers(-5, 6, (6, 6))).astype(float).tolist(),
            "budget": 2,
        },
    ),
    Case("portfolio", "6 assets, pick 3", _portfolio(6, 3, 6)),
]
MOLECULES = [
    Case(
        "molecule",
        "H2 at 0.74 A",
        {"kind": "molecule", "symbols": ["H", "H"], "coordinates": [[0, 0, 0], [0, 0, 0.74]]},
    ),
]
CASES = SPIN_CHAINS + COMBINATORIAL + MOLECULES


def exact_answer(case: Case) -> dict[str, float]:
    """The exact answer, computed here: the ground energy, or the optimum and worst feasible cost."""
    problem = case.problem
    if case.kind == "pauli":
        return {"exact": exact_ground_energy(problem["terms"])}
    if case.kind == "maxcut":
        edges = problem["edges"]
        n = 1 + max(max(e[0], e[1]) for e in edges)

        def cut(bits: np.ndarray) -> float:
            return -sum((e[2] if len(e) > 2 else 1.0) for e in edges if bits[e[0]] != bits[e[1]])

        optimum, worst = brute_force_costs(cut, n)
        return {"optimum": optimum, "worst": worst}
    if case.kind == "qubo":
        matrix = np.asarray(problem["matrix"])
        return dict(
            zip(
                ("optimum", "worst"),
                brute_force_costs(lambda x: float(x @ matrix @ x), len(matrix), lambda x: x.sum() == problem["budget"]),
                strict=True,
            )
        )
    if case.kind == "portfolio":
        mu, cov = np.asarray(problem["expected_returns"]), np.asarray(problem["covariance"])
        q = 0.5  # the spec's default risk aversion

        def value(x: np.ndarray) -> float:
            return float(q * x @ cov @ x - mu @ x)

        optimum, worst = brute_force_costs(value, len(mu), lambda x: x.sum() == problem["budget"])
        return {"optimum": optimum, "worst": worst}
    if case.kind == "molecule":
        return {"exact": _h2_exact(problem)}
    raise ValueError(case.kind)


def _h2_exact(problem: dict[str, Any]) -> float:
    """FCI in the minimal basis: the lowest eigenvalue of the dense qubit Hamiltonian from PennyLane's qchem."""
    import pennylane as qml

    angstrom_to_bohr = 1.8897259886
    hamiltonian, qubits = qml.qchem.molecular_hamiltonian(
        qml.qchem.Molecule(problem["symbols"], np.asarray(problem["coordinates"], dtype=float) * angstrom_to_bohr)
    )
    return float(np.linalg.eigvalsh(qml.matrix(hamiltonian, wire_order=range(qubits)))[0])


@functools.cache
def measured(index: int) -> dict[str, Any]:
    """Run case ``index`` with the defaults (only its problem named) and return the result beside the exact answer."""
    from quantum_provider.engine.runner import prepare, run_job
    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore

    case = CASES[index]
    spec = JobSpec.parse({"name": case.label, "problem": case.problem})
    store = ResultStore(_store_folder())
    key = spec.content_key(backend={})
    result = run_job(prepare(spec), key=key, store=store, backend={})
    distribution = store.job_dir(key) / "distribution.parquet"
    table = store.read_table(distribution).to_pydict() if distribution.exists() else None
    return {"spec": spec, "result": result, "exact": exact_answer(case), "distribution": table}


@functools.cache
def _store_folder() -> str:
    return tempfile.mkdtemp(prefix="accuracy-")


def relative_error(entry: dict[str, Any]) -> float:
    exact = entry["exact"]["exact"]
    return (entry["result"]["energy"] - exact) / abs(exact)


def table_rows() -> list[str]:
    rows = []
    for index, case in enumerate(CASES):
        entry = measured(index)
        result, spec = entry["result"], entry["spec"]
        defaults = f"{spec.ansatz.kind}, {spec.optimizer.kind} x {spec.optimizer.maxiter}"
        if case.kind in ("pauli", "molecule"):
            exact = entry["exact"]["exact"]
            shown = f"E = {result['energy']:.4f}, exact {exact:.4f}, error {100 * relative_error(entry):.3f} %"
        else:
            shown = (
                f"expected ratio {result['approximation_ratio_expected']:.3f}, "
                f"best of top 10 {result['approximation_ratio_best']:.3f}"
            )
        rows.append(f"| {case.kind} | {case.label} | {defaults} | {shown} | {result['convergence']} |")
    return rows


def readme_table() -> list[str]:
    text = README.read_text()
    start, end = text.index(TABLE_START), text.index(TABLE_END)
    return [line for line in text[start:end].splitlines() if line.startswith("| ") and not line.startswith("| kind")]


def numbers(row: str) -> list[float]:
    return [float(x) for x in re.findall(r"-?\d+\.\d+", row)]


def write_readme() -> None:
    header = [
        "| kind | problem | defaults | result against the exact answer | convergence |",
        "|---|---|---|---|---|",
    ]
    text = README.read_text()
    start, end = text.index(TABLE_START) + len(TABLE_START), text.index(TABLE_END)
    README.write_text(text[:start] + "\n" + "\n".join(header + table_rows()) + "\n" + text[end:])


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m tests.accuracy --write")
    # As the test suite runs (tests/conftest.py): lightning's threaded reductions round differently, and 500 Adam
    # steps carry the difference into the fourth digit.
    os.environ["OMP_NUM_THREADS"] = "1"
    write_readme()
