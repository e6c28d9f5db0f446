"""Problem tables: one documented layout per problem kind, read from any ObjectStoragePath URI (parquet or CSV).

A table holds many problems; ``problem_id`` groups its rows. The layouts (also in the README):

- ``maxcut``: one row per edge: ``problem_id, u, v[, weight]``.
- ``qubo``: one row per matrix entry: ``problem_id, i, j, value[, offset]``; ``Q[i][j] = Q[j][i] = value``, each
  unordered pair listed once.
- ``portfolio``: one row per asset: ``problem_id, asset, expected_return, covariance, budget[, risk_aversion]``;
  ``covariance`` is the asset's row of the covariance matrix in the problem's row order (a list column in
  parquet, ``;``-separated numbers in CSV).
- ``molecule``: one row per atom: ``problem_id, symbol, x, y, z[, unit, basis, charge, mult, active_electrons,
  active_orbitals]``.
- ``pauli``: one row per term: ``problem_id, term, coefficient``.

Columns marked ``per_problem`` must hold one value for all rows of a problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pandas as pd

ColumnType = Literal["str", "int", "float", "float_list"]
FORMATS = ("parquet", "csv")


@dataclass(frozen=True)
class Column:
    """One column of a layout: its type, whether it must be present, its range, and whether it is per problem."""

    name: str
    type: ColumnType
    required: bool = True
    min_value: float | None = None
    max_value: float | None = None
    strict_min: bool = False
    per_problem: bool = False
    allowed: tuple[str, ...] | None = None
    description: str = ""


@dataclass(frozen=True)
class Layout:
    kind: str
    row: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns if column.required)


_PROBLEM_ID = Column("problem_id", "str", description="groups the rows of one problem; becomes the job's name")

LAYOUTS: dict[str, Layout] = {
    "maxcut": Layout(
        "maxcut",
        "edge",
        (
            _PROBLEM_ID,
            Column("u", "int", min_value=0, description="first node label"),
            Column("v", "int", min_value=0, description="second node label"),
            Column("weight", "float", required=False, description="edge weight, default 1"),
        ),
    ),
    "qubo": Layout(
        "qubo",
        "matrix entry",
        (
            _PROBLEM_ID,
            Column("i", "int", min_value=0, description="row index"),
            Column("j", "int", min_value=0, description="column index"),
            Column("value", "float", description="Q[i][j] = Q[j][i]"),
            Column("offset", "float", required=False, per_problem=True, description="constant added, default 0"),
        ),
    ),
    "portfolio": Layout(
        "portfolio",
        "asset",
        (
            _PROBLEM_ID,
            Column("asset", "str", description="asset label"),
            Column("expected_return", "float", description="expected return of the asset"),
            Column("covariance", "float_list", description="the asset's covariance row, in the problem's row order"),
            Column("budget", "int", min_value=1, per_problem=True, description="number of assets to pick"),
            Column("risk_aversion", "float", required=False, min_value=0, per_problem=True, description="default 0.5"),
        ),
    ),
    "molecule": Layout(
        "molecule",
        "atom",
        (
            _PROBLEM_ID,
            Column("symbol", "str", description="element symbol, H to Ne"),
            Column("x", "float", description="coordinate"),
            Column("y", "float", description="coordinate"),
            Column("z", "float", description="coordinate"),
            Column("unit", "str", required=False, per_problem=True, allowed=("angstrom", "bohr")),
            Column("basis", "str", required=False, per_problem=True, allowed=("sto-3g", "6-31g", "6-311g", "cc-pvdz")),
            Column("charge", "int", required=False, per_problem=True),
            Column("mult", "int", required=False, min_value=1, per_problem=True),
            Column("active_electrons", "int", required=False, min_value=1, per_problem=True),
            Column("active_orbitals", "int", required=False, min_value=1, per_problem=True),
        ),
    ),
    "pauli": Layout(
        "pauli",
        "term",
        (
            _PROBLEM_ID,
            Column("term", "str", description="Pauli word over I, X, Y, Z, one letter per qubit"),
            Column("coefficient", "float", description="real coefficient"),
        ),
    ),
}


def layout_for(kind: str) -> Layout:
    from quantum_provider.exceptions import QuantumSpecError

    if kind not in LAYOUTS:
        raise QuantumSpecError("kind", f"unknown problem kind {kind!r}, expected one of {sorted(LAYOUTS)}")
    return LAYOUTS[kind]


def table_format(uri: str, fmt: str | None = None) -> str:
    """The table's format: ``fmt`` if given, else from the file name's suffix."""
    from quantum_provider.exceptions import QuantumSpecError

    if fmt is None:
        name = uri.rsplit("/", 1)[-1].lower()
        fmt = next((candidate for candidate in FORMATS if name.endswith(f".{candidate}")), None)
        if fmt is None:
            raise QuantumSpecError("source", f"cannot tell the format of {uri!r}; name it .parquet or .csv")
    if fmt not in FORMATS:
        raise QuantumSpecError("format", f"must be one of {FORMATS}, got {fmt!r}")
    return fmt


def read_table(uri: str, fmt: str | None = None) -> pd.DataFrame:
    """Read a problem table from any ObjectStoragePath URI into pandas, keeping the file's row order.

    CSV columns are read as text and typed by the input suite, so a malformed cell is reported, not guessed.
    """
    import io

    import pandas as pd
    import pyarrow.parquet as pq

    from quantum_provider.exceptions import QuantumSpecError
    from quantum_provider.storage import as_path

    fmt = table_format(uri, fmt)
    try:
        path = as_path(uri)
    except ValueError as err:  # a protocol no filesystem implements
        raise QuantumSpecError("source", f"{uri} is not a usable location: {str(err).splitlines()[0]}") from None
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise QuantumSpecError("source", f"{uri} does not exist") from None
    except (IsADirectoryError, NotADirectoryError) as err:  # a folder, or a path through a file
        raise QuantumSpecError("source", f"{uri} is not a file: {err.strerror}") from None
    try:
        if fmt == "parquet":
            frame = pq.read_table(io.BytesIO(data)).to_pandas()
        else:
            frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_values=[""])
    except Exception as err:  # pyarrow and pandas raise many types for unreadable files
        first_line = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise QuantumSpecError("source", f"{uri} is not a readable {fmt} table: {first_line}") from None
    frame.columns = [str(name).strip() for name in frame.columns]
    return frame.reset_index(drop=True)


def problem_dict(kind: str, rows: pd.DataFrame) -> dict[str, Any]:
    """The spec ``problem`` of one problem's typed, validated rows (in table order)."""

    def constant(name: str, default: Any = None) -> Any:
        """A per-problem column: its first value given in the problem's rows."""
        given = [value for value in rows[name] if not is_missing(value)] if name in rows.columns else []
        if not given:
            return default
        return given[0].item() if hasattr(given[0], "item") else given[0]

    if kind == "maxcut":
        weights = rows["weight"] if "weight" in rows.columns else [None] * len(rows)
        return {
            "kind": "maxcut",
            "edges": [
                [int(u), int(v), 1.0 if is_missing(w) else float(w)]
                for u, v, w in zip(rows["u"], rows["v"], weights, strict=True)
            ],
        }
    if kind == "qubo":
        n = int(max(rows["i"].max(), rows["j"].max())) + 1
        matrix = [[0.0] * n for _ in range(n)]
        for i, j, value in zip(rows["i"], rows["j"], rows["value"], strict=True):
            matrix[int(i)][int(j)] = matrix[int(j)][int(i)] = float(value)
        return {"kind": "qubo", "matrix": matrix, "offset": float(constant("offset", 0.0))}
    if kind == "portfolio":
        problem = {
            "kind": "portfolio",
            "expected_returns": [float(x) for x in rows["expected_return"]],
            "covariance": [[float(x) for x in row] for row in rows["covariance"]],
            "budget": int(constant("budget")),
        }
        if constant("risk_aversion") is not None:
            problem["risk_aversion"] = float(constant("risk_aversion"))
        return problem
    if kind == "molecule":
        problem = {
            "kind": "molecule",
            "symbols": [str(s) for s in rows["symbol"]],
            "coordinates": rows[["x", "y", "z"]].astype(float).values.tolist(),
        }
        for name, cast in (("unit", str), ("basis", str), ("charge", int), ("mult", int)):
            if constant(name) is not None:
                problem[name] = cast(constant(name))
        for name in ("active_electrons", "active_orbitals"):
            if constant(name) is not None:
                problem[name] = int(constant(name))
        return problem
    if kind == "pauli":
        terms = zip(rows["term"], rows["coefficient"], strict=True)
        return {"kind": "pauli", "terms": [[str(term), float(coefficient)] for term, coefficient in terms]}
    raise ValueError(f"unknown problem kind {kind!r}")


def is_missing(value: Any) -> bool:
    """True for None, NaN and pandas' NA; a list value (a covariance row) is never missing as a whole."""
    import pandas as pd

    if value is None:
        return True
    if hasattr(value, "__len__") and not isinstance(value, str):
        return False
    return bool(pd.isna(value))
