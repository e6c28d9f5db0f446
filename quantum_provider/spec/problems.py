"""The problem kinds a job can solve, each stored in one canonical form (docs/architecture.md section 1)."""

from __future__ import annotations

import math
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from quantum_provider.spec.fields import (
    FieldError,
    Integer,
    Number,
    SpecModel,
    SquareMatrix,
    SymmetricMatrix,
    exact_sum,
)

COMBINATORIAL_KINDS = frozenset({"maxcut", "qubo", "portfolio"})
_PAULI_LETTERS = frozenset("IXYZ")


class MaxCutProblem(SpecModel):
    """Weighted MaxCut on the graph given by its edge list; nodes are relabelled to 0..n-1 in sorted order.

    Stored canonically: each edge as ``(min(u, v), max(u, v), weight)`` (``[u, v]`` has weight 1.0) and the list
    sorted by ``(u, v)``, so edge order and orientation do not change the content key. An edge given twice (also
    as ``[u, v]`` and ``[v, u]``) is an error, not a sum: a repeated row is more often a mistake than a
    multigraph. Errors name the edge by its position in the list as given.
    """

    kind: Literal["maxcut"] = "maxcut"
    edges: list[tuple[Integer, Integer] | tuple[Integer, Integer, Number]]

    @field_validator("edges")
    @classmethod
    def _edges_valid(cls, edges: list[tuple]) -> list[tuple]:
        if not edges:
            raise ValueError("graph has no edges")
        seen: set[tuple[int, int]] = set()
        normalized = []
        for i, edge in enumerate(edges):
            u, v = edge[0], edge[1]
            weight = float(edge[2]) if len(edge) == 3 else 1.0
            if u < 0 or v < 0:
                raise ValueError(f"edge {i} has a negative node label")
            if u == v:
                raise ValueError(f"edge {i} is a self-loop on node {u}")
            pair = (min(u, v), max(u, v))
            if pair in seen:
                raise ValueError(f"edge {i} ({u}, {v}) is a duplicate")
            seen.add(pair)
            normalized.append((*pair, weight))
        # Pairs are unique, so sorting by (u, v) alone is a total order.
        return sorted(normalized, key=lambda edge: (edge[0], edge[1]))

    @property
    def nodes(self) -> list[int]:
        return sorted({node for u, v, _ in self.edges for node in (u, v)})

    @property
    def num_variables(self) -> int:
        return len(self.nodes)


class QuboProblem(SpecModel):
    """Minimize ``x^T Q x + offset`` over binary vectors ``x``, optionally with exactly ``budget`` ones.

    ``matrix`` may be any square matrix (upper-triangular is a common convention); it is stored as its symmetric
    part ``(Q + Q^T) / 2``, which has the same ``x^T Q x``, so both forms share one content key. With ``budget``
    the constraint ``sum(x) == budget`` enters the Hamiltonian as ``penalty * (sum(x) - budget)^2``, ``penalty``
    defaulting to a value that makes every infeasible selection cost more than any feasible one. A declared
    budget, unlike a penalty folded into ``matrix``, lets the baseline know which bitstrings are feasible, so the
    approximation ratio is measured over feasible costs only instead of against the penalty as the worst value.
    """

    kind: Literal["qubo"] = "qubo"
    matrix: SquareMatrix
    offset: Number = 0.0
    budget: Integer | None = Field(default=None, ge=0)
    penalty: Number | None = Field(default=None, gt=0.0)

    @model_validator(mode="after")
    def _budget_fits(self) -> QuboProblem:
        n = len(self.matrix)
        if self.budget is not None and self.budget > n:
            raise FieldError("budget", f"{self.budget} is larger than the number of variables ({n})")
        if self.penalty is not None and self.budget is None:
            raise FieldError("penalty", "is given without a budget; it weighs only the budget constraint")
        return self

    @property
    def num_variables(self) -> int:
        return len(self.matrix)


class PortfolioProblem(SpecModel):
    """Pick exactly ``budget`` assets minimizing ``risk_aversion * x^T C x - mu^T x``.

    The budget constraint enters the Hamiltonian as a quadratic penalty; ``penalty`` defaults to a value that
    makes every infeasible selection cost more than any feasible one.
    """

    kind: Literal["portfolio"] = "portfolio"
    expected_returns: list[Number] = Field(min_length=1)
    covariance: SymmetricMatrix
    budget: Integer = Field(ge=1)
    risk_aversion: Number = Field(default=0.5, ge=0.0)
    penalty: Number | None = Field(default=None, gt=0.0)

    @model_validator(mode="after")
    def _shapes_agree(self) -> PortfolioProblem:
        n = len(self.expected_returns)
        if len(self.covariance) != n:
            raise FieldError("covariance", f"is {len(self.covariance)}x{len(self.covariance)}, expected {n}x{n}")
        if self.budget > n:
            raise FieldError("budget", f"{self.budget} is larger than the number of assets ({n})")
        return self

    @property
    def num_variables(self) -> int:
        return len(self.expected_returns)


class MoleculeProblem(SpecModel):
    """An electronic-structure problem, mapped to qubits with PennyLane's qchem (Jordan-Wigner).

    Coordinates are kept as given, not canonicalized: a rotated or translated geometry is the same molecule, but
    its qubit Hamiltonian's coefficients differ in rounding and in the orbitals' signs, and the content key
    promises identical numbers.
    """

    kind: Literal["molecule"] = "molecule"
    symbols: list[str] = Field(min_length=1)
    coordinates: list[tuple[Number, Number, Number]]
    unit: Literal["angstrom", "bohr"] = "angstrom"
    basis: Literal["sto-3g", "6-31g", "6-311g", "cc-pvdz"] = "sto-3g"
    charge: Integer = 0
    mult: Integer = Field(default=1, ge=1)
    active_electrons: Integer | None = Field(default=None, ge=1)
    active_orbitals: Integer | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _atoms_valid(self) -> MoleculeProblem:
        from quantum_provider.spec.elements import SUPPORTED_ELEMENTS

        for i, symbol in enumerate(self.symbols):
            if symbol not in SUPPORTED_ELEMENTS:
                raise FieldError(f"symbols[{i}]", f"unknown element {symbol!r}")
        if len(self.coordinates) != len(self.symbols):
            raise FieldError(
                "coordinates",
                f"{len(self.coordinates)} positions given for {len(self.symbols)} symbols",
            )
        return self


class PauliProblem(SpecModel):
    """A Hamiltonian given directly as a sum of Pauli words, one letter per qubit (``"ZZI"`` acts on qubits 0 and 1).

    Stored canonically: repeated words merged (coefficients summed exactly, so the order they come in does not
    matter), words whose coefficient is then exactly 0 dropped, and the rest sorted by word. If every word drops,
    the identity word with coefficient 0 stays, so the problem keeps its width.
    """

    kind: Literal["pauli"] = "pauli"
    terms: list[tuple[str, Number]] = Field(min_length=1)

    @field_validator("terms")
    @classmethod
    def _terms_valid(cls, terms: list[tuple[str, float]]) -> list[tuple[str, float]]:
        width = len(terms[0][0])
        grouped: dict[str, list[float]] = {}
        for i, (word, coeff) in enumerate(terms):
            if not word or set(word) - _PAULI_LETTERS:
                raise ValueError(f"term {i} {word!r} must be a non-empty word over I, X, Y, Z")
            if len(word) != width:
                raise ValueError(f"term {i} {word!r} has {len(word)} letters, expected {width}")
            grouped.setdefault(word, []).append(coeff)
        merged = []
        for word, coeffs in sorted(grouped.items()):
            total = exact_sum(coeffs)
            if not math.isfinite(total):
                raise ValueError(f"the coefficients of {word!r} sum beyond the float range")
            if total != 0.0:
                merged.append((word, total))
        return merged or [("I" * width, 0.0)]

    @property
    def num_variables(self) -> int:
        return len(self.terms[0][0])


Problem = Annotated[
    MaxCutProblem | QuboProblem | PortfolioProblem | MoleculeProblem | PauliProblem,
    Field(discriminator="kind"),
]
