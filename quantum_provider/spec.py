"""JobSpec: the public contract of a variational job, its canonical serialization and its content key.

Only pydantic and the standard library are imported here, so DAG files can build specs cheaply.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from quantum_provider.exceptions import QuantumSpecError

#: Bumped whenever the engine's result layout or numerics change, so old results are never reused by mistake.
RESULT_SCHEMA_VERSION = 3

COMBINATORIAL_KINDS = frozenset({"maxcut", "qubo", "portfolio"})
_PAULI_LETTERS = frozenset("IXYZ")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


# What a numeric field accepts (README, "Numbers, booleans and templated values"): a number, or a string that is
# exactly a JSON number, because Jinja renders templated values as strings unless the DAG sets
# ``render_template_as_native_obj``. Nothing looser: no booleans (pydantic would take ``true`` as 1), no blanks,
# signs, underscores, hex, ``"nan"`` or ``"inf"``; an integer field takes only an integer's spelling ("100", not
# "1e2" or "100.0").
_NUMBER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_INTEGER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)")


def _shown(value: Any) -> str:
    """A value as the error names it: JSON's spelling (true, nan, "0.1")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    return json.dumps(value) if isinstance(value, str) else repr(value)


def _spelled(noun: str, text: re.Pattern[str], convert: Any) -> Any:
    """A before-validator for a numeric field: booleans refused, text accepted only as ``text`` spells it."""

    def check(value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError(f"must be {noun}, got {_shown(value)}")
        if isinstance(value, str):
            if not text.fullmatch(value):
                raise ValueError(f"must be {noun}, got {_shown(value[:40])}")
            return convert(value)
        return value

    return check


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # "1e999"
        raise ValueError(f"must be a finite number, got {_shown(text[:40])}")
    return number


def _flag(value: Any) -> Any:
    # JSON's and Python's spellings (Jinja renders a Python bool as "True"); not pydantic's "yes", "on", 1 or 0.
    flags = {"true": True, "false": False, "True": True, "False": False}
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value in flags:
        return flags[value]
    raise ValueError(f"must be true or false, got {_shown(value)}")


#: A float field: a number or a string that spells exactly one (``_NUMBER_TEXT``), never a boolean.
Number = Annotated[float, BeforeValidator(_spelled("a number", _NUMBER_TEXT, _finite))]
#: An int field: an integer or a string that spells exactly one, never a boolean.
Integer = Annotated[int, BeforeValidator(_spelled("an integer", _INTEGER_TEXT, int))]
#: A bool field: true or false (or their spellings as text), never a number.
Flag = Annotated[bool, BeforeValidator(_flag)]


def _square(rows: list[list[float]]) -> list[list[float]]:
    n = len(rows)
    if n == 0:
        raise ValueError("must not be empty")
    for i, row in enumerate(rows):
        if len(row) != n:
            raise ValueError(f"must be square, row {i} has {len(row)} entries, expected {n}")
    return rows


def _half_sum(a: float, b: float) -> float:
    """``(a + b) / 2``, exact for ``a == b``; halved first only where the sum overflows (entries beyond ~9e307)."""
    total = a + b
    return total / 2.0 if math.isfinite(total) else a / 2.0 + b / 2.0


def _symmetric_part(rows: list[list[float]]) -> list[list[float]]:
    """``(Q + Q^T) / 2``, entry by entry, so a symmetric matrix comes back bit-identical; ``x^T Q x`` is unchanged."""
    rows = _square(rows)
    n = len(rows)
    return [[rows[i][j] if i == j else _half_sum(rows[i][j], rows[j][i]) for j in range(n)] for i in range(n)]


def _square_symmetric(rows: list[list[float]], *, tol: float = 1e-12) -> list[list[float]]:
    rows = _square(rows)
    n = len(rows)
    for i, row in enumerate(rows):
        for j in range(i + 1, n):
            if abs(row[j] - rows[j][i]) > tol * max(1.0, abs(row[j]), abs(rows[j][i])):
                raise ValueError(f"must be symmetric, entry [{i}][{j}]={row[j]} differs from [{j}][{i}]={rows[j][i]}")
    return rows


#: A square matrix of finite floats, stored as its symmetric part (finiteness comes from allow_inf_nan=False).
SquareMatrix = Annotated[list[list[Number]], AfterValidator(_symmetric_part)]
#: A square, symmetric matrix of finite floats, stored as given (a covariance: asymmetry is a mistake, not a
#: convention).
SymmetricMatrix = Annotated[list[list[Number]], AfterValidator(_square_symmetric)]


def _exact_sum(values: list[float]) -> float:
    """The correctly rounded sum, whatever the order; fsum refuses an overflowing partial sum, Fraction does not."""
    try:
        return math.fsum(values)
    except OverflowError:
        from fractions import Fraction

        try:
            return float(sum(Fraction(value) for value in values))
        except OverflowError:
            return math.inf


class MaxCutProblem(_Model):
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


class QuboProblem(_Model):
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
            raise _FieldError("budget", f"{self.budget} is larger than the number of variables ({n})")
        if self.penalty is not None and self.budget is None:
            raise _FieldError("penalty", "is given without a budget; it weighs only the budget constraint")
        return self

    @property
    def num_variables(self) -> int:
        return len(self.matrix)


class PortfolioProblem(_Model):
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
            raise _FieldError("covariance", f"is {len(self.covariance)}x{len(self.covariance)}, expected {n}x{n}")
        if self.budget > n:
            raise _FieldError("budget", f"{self.budget} is larger than the number of assets ({n})")
        return self

    @property
    def num_variables(self) -> int:
        return len(self.expected_returns)


class MoleculeProblem(_Model):
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
        from quantum_provider.problems.elements import SUPPORTED_ELEMENTS

        for i, symbol in enumerate(self.symbols):
            if symbol not in SUPPORTED_ELEMENTS:
                raise _FieldError(f"symbols[{i}]", f"unknown element {symbol!r}")
        if len(self.coordinates) != len(self.symbols):
            raise _FieldError(
                "coordinates",
                f"{len(self.coordinates)} positions given for {len(self.symbols)} symbols",
            )
        return self


class PauliProblem(_Model):
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
            total = _exact_sum(coeffs)
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


class QaoaAnsatz(_Model):
    kind: Literal["qaoa"] = "qaoa"
    layers: Integer = Field(default=3, ge=1, le=50)


class HardwareEfficientAnsatz(_Model):
    kind: Literal["hardware_efficient"] = "hardware_efficient"
    layers: Integer = Field(default=2, ge=1, le=50)


class AllSinglesDoublesAnsatz(_Model):
    kind: Literal["all_singles_doubles"] = "all_singles_doubles"


class HamiltonianVariationalAnsatz(_Model):
    """Layers of ``exp(-i theta P)``, one angle per Pauli term of the Hamiltonian per layer (docs/science.md).

    ``layers`` None: as many layers as qubits, at least 2. With half as many, open Ising chains of 12 qubits ended 1.5
    to 4.7% above their ground energy for some seeds (docs/science.md); with as many, every tested chain came within
    0.5%. A spec that names no optimizer gets Adam with 500 iterations for this ansatz (200 otherwise): its
    parameter count grows with layers times terms.
    """

    kind: Literal["hamiltonian_variational"] = "hamiltonian_variational"
    layers: Integer | None = Field(default=None, ge=1, le=50)


Ansatz = Annotated[
    QaoaAnsatz | HardwareEfficientAnsatz | AllSinglesDoublesAnsatz | HamiltonianVariationalAnsatz,
    Field(discriminator="kind"),
]


class OptimizerSpec(_Model):
    kind: Literal["adam", "gradient_descent", "spsa", "cobyla"] = "adam"
    # Angles are 2*pi-periodic, so larger steps mean nothing, and stepsize x gradient must stay finite in float64.
    stepsize: Number = Field(default=0.05, gt=0.0, le=1e3)
    maxiter: Integer = Field(default=200, ge=1, le=100_000)
    tol: Number = Field(default=1e-8, ge=0.0)
    #: ``converged`` also needs the energy's gradient norm at the final parameters to be at most ``gradient_tol``
    #: times the Hamiltonian's scale, the sum of its coefficients' magnitudes (a gradient component of a Pauli
    #: rotation's angle is at most twice that), so the test does not depend on the problem's units; a stop by ``tol``
    #: with a larger gradient is ``stalled``. 2e-3: Adam's fixed step leaves exact answers at 2e-4 to 1e-3 of the
    #: scale, plateaus and cut-short runs lie above 1e-2 (docs/science.md).
    gradient_tol: Number = Field(default=2e-3, gt=0.0)


class ExecutionSpec(_Model):
    # A PennyLane device short name ("lightning.qubit"): dotted words, nothing that could break a log line.
    device: str | None = Field(
        default=None, pattern=r"^[A-Za-z0-9_.\-]+$", max_length=100, description="None: the connection's device"
    )
    shots: Integer | None = Field(default=None, ge=1, le=10**9)
    seed: Integer = Field(default=0, ge=0, lt=2**32)


_DEFAULT_ANSATZ = {
    "maxcut": {"kind": "qaoa"},
    "qubo": {"kind": "qaoa"},
    "portfolio": {"kind": "qaoa"},
    "molecule": {"kind": "all_singles_doubles"},
    "pauli": {"kind": "hamiltonian_variational"},
}
_ALLOWED_ANSATZ = {
    "maxcut": {"qaoa", "hardware_efficient"},
    "qubo": {"qaoa", "hardware_efficient"},
    "portfolio": {"qaoa", "hardware_efficient"},
    "molecule": {"all_singles_doubles", "hardware_efficient"},
    "pauli": {"hamiltonian_variational", "hardware_efficient", "qaoa"},
}


#: The default iteration limit of a Hamiltonian-variational job that names no optimizer.
HVA_DEFAULT_MAXITER = 500


def _default_ansatz(kind: str, problem: Any) -> dict[str, Any]:
    """The ansatz a spec without one gets. A Pauli sum of Z words only is diagonal: a Hamiltonian-variational
    circuit started on a basis state could not leave it, so it gets QAOA (its X mixer moves the state)."""
    if kind == "pauli":
        try:  # the canonical terms decide: words that cancel out do not count
            terms = PauliProblem.model_validate(problem).terms
        except ValidationError:
            return _DEFAULT_ANSATZ[kind]  # the problem's own validation reports what is wrong
        if all(set(word) <= {"I", "Z"} for word, _ in terms):
            return {"kind": "qaoa"}
    return _DEFAULT_ANSATZ[kind]


class JobSpec(_Model):
    """One variational job: a problem, an ansatz, an optimizer and how to execute it."""

    name: str | None = Field(default=None, max_length=200)
    problem: Problem
    ansatz: Ansatz
    optimizer: OptimizerSpec = OptimizerSpec()
    execution: ExecutionSpec = ExecutionSpec()
    sensitive: Flag = False

    @model_validator(mode="before")
    @classmethod
    def _default_ansatz(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("ansatz") is None:
            problem = data.get("problem")
            kind = problem.get("kind") if isinstance(problem, dict) else getattr(problem, "kind", None)
            # Any JSON value may stand here; an unhashable one (a list, a dict) is simply not a known kind.
            if isinstance(kind, str) and kind in _DEFAULT_ANSATZ:
                data = {**data, "ansatz": _default_ansatz(kind, problem)}
        if isinstance(data, dict) and data.get("optimizer") is None:
            ansatz = data.get("ansatz")
            kind = ansatz.get("kind") if isinstance(ansatz, dict) else getattr(ansatz, "kind", None)
            if kind == "hamiltonian_variational":
                data = {**data, "optimizer": {"maxiter": HVA_DEFAULT_MAXITER}}
        return data

    @model_validator(mode="after")
    def _ansatz_fits_problem(self) -> JobSpec:
        allowed = _ALLOWED_ANSATZ[self.problem.kind]
        if self.ansatz.kind not in allowed:
            raise _FieldError(
                "ansatz.kind",
                f"{self.ansatz.kind!r} cannot solve a {self.problem.kind!r} problem (use one of {sorted(allowed)})",
            )
        return self

    @classmethod
    def parse(cls, value: JobSpec | dict[str, Any] | str) -> JobSpec:
        """Build a spec from a dict, a JSON string or a spec; invalid input raises one-line QuantumSpecError."""
        if isinstance(value, JobSpec):
            return value
        try:
            if isinstance(value, str):
                return cls.model_validate_json(value)
            if isinstance(value, dict):
                return cls.model_validate(value)
        except ValidationError as err:
            raise spec_error_from_validation(err) from None
        raise QuantumSpecError("job", f"expected a dict, a JSON string or a JobSpec, got {type(value).__name__}")

    def canonical_json(self) -> str:
        return canonical_json(self.model_dump(mode="json"))

    def content_key(self, *, backend: dict[str, Any]) -> str:
        """The idempotency key: sha256 over everything that changes the numbers (docs/architecture.md section 1,
        "The content key").

        ``name`` is a label and does not change the numbers, so two specs differing only in name share a result.
        """
        payload = {
            "spec": self.model_dump(mode="json", exclude={"name"}),
            "backend": backend,
            "result_schema_version": RESULT_SCHEMA_VERSION,
        }
        return hashlib.sha256(canonical_json(payload).encode()).hexdigest()

    def with_execution(self, **changes: Any) -> JobSpec:
        return self.model_copy(update={"execution": self.execution.model_copy(update=changes)})


def decode_rendered(text: str, *, field: str, expected: str) -> Any:
    """A rendered template string: JSON, or the Python literal Jinja makes of an XCom dict."""
    import ast

    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        shown = text if len(text) <= 80 else text[:77] + "..."
        raise QuantumSpecError(field, f"{shown!r} is not {expected}") from None


def checked_rendering(value: Any, parse: Any) -> tuple[Any, QuantumSpecError | None]:
    """A templated job field as Airflow rendered it, checked by ``parse`` before Airflow stores it.

    Returns the value to store, and the spec error to raise when the task runs. A rendered field is stored as
    JSON, which has no NaN or infinity: a job holding one would fail inside Airflow (and be retried) instead of
    failing once with the field named, so an invalid job is stored with such numbers spelled as text.
    """
    try:
        parse(value)
    except QuantumSpecError as err:
        return json_safe(value), err
    return value, None


def json_safe(value: Any) -> Any:
    """``value`` with every non-finite float spelled as text (``nan``, ``inf``), containers rebuilt as lists and
    dicts."""
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, dict):
        return {key: json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(item) for item in value]
    return value


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no whitespace, NaN refused."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), allow_nan=False)


class _FieldError(ValueError):
    """Raised inside validators that know a more precise field path than pydantic's location."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(reason)


def _format_location(loc: tuple[Any, ...], tags: frozenset[str], *, last_is_key: bool = False) -> str:
    """A pydantic location as a field path; ``last_is_key``: its last item is a key the caller wrote (extra field)."""
    parts: list[str] = []
    for position, item in enumerate(loc):
        callers_key = last_is_key and position == len(loc) - 1
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif callers_key and not (item and item.isprintable()):
            parts.append(f"[{item!r}]")  # escaped, so a key holding a line break keeps the message on one line
        elif not callers_key and (item in tags or "[" in item):
            continue  # discriminator tags and union-member labels that pydantic inserts into the path
        else:
            parts.append(("." if parts else "") + item)
    return "".join(parts) or "job"


_UNION_TAGS = frozenset(_DEFAULT_ANSATZ) | {
    "qaoa",
    "hardware_efficient",
    "all_singles_doubles",
    "hamiltonian_variational",
}


def spec_error_from_validation(err: ValidationError) -> QuantumSpecError:
    """Collapse pydantic's multi-line report into one line naming the most specific offending field."""
    errors = err.errors(include_url=False)
    # Each union member reports its own failure for the same value; the deepest path is the informative one.
    first = max(errors, key=lambda e: len(e["loc"]))
    field = _format_location(tuple(first["loc"]), _UNION_TAGS, last_is_key=first["type"] == "extra_forbidden")
    ctx = first.get("ctx") or {}
    if isinstance(ctx.get("error"), _FieldError):
        inner = ctx["error"]
        return QuantumSpecError(inner.field if field == "job" else f"{field}.{inner.field}", inner.reason)
    if first["type"] == "finite_number":
        return QuantumSpecError(field, f"must be a finite number, got {first.get('input')!r}")
    if first["type"] == "union_tag_invalid":
        return QuantumSpecError(
            f"{field}.kind", f"unknown kind {ctx.get('tag')!r}, expected one of {ctx.get('expected_tags')}"
        )
    return QuantumSpecError(field, first["msg"].removeprefix("Value error, "))
