"""JobSpec: the public contract of a variational job, its canonical serialization and its content key.

Only pydantic and the standard library are imported here, so DAG files can build specs cheaply. The modules:
``fields`` (how numbers, integers, flags and matrices may be spelled), ``problems`` (the problem kinds, each in
its canonical form), ``job`` (ansatz, optimizer, execution, ``JobSpec`` and the content key), ``serialization``
(canonical JSON, rendered templates) and ``errors`` (one line per invalid spec). Import from this package.
"""

from quantum_provider.spec.errors import spec_error_from_validation
from quantum_provider.spec.fields import Flag, Integer, Number, SquareMatrix, SymmetricMatrix
from quantum_provider.spec.job import (
    HVA_DEFAULT_MAXITER,
    RESULT_SCHEMA_VERSION,
    AllSinglesDoublesAnsatz,
    Ansatz,
    ExecutionSpec,
    HamiltonianVariationalAnsatz,
    HardwareEfficientAnsatz,
    JobSpec,
    OptimizerSpec,
    QaoaAnsatz,
)
from quantum_provider.spec.problems import (
    COMBINATORIAL_KINDS,
    MaxCutProblem,
    MoleculeProblem,
    PauliProblem,
    PortfolioProblem,
    Problem,
    QuboProblem,
)
from quantum_provider.spec.serialization import canonical_json, checked_rendering, decode_rendered, json_safe

__all__ = [
    "COMBINATORIAL_KINDS",
    "HVA_DEFAULT_MAXITER",
    "RESULT_SCHEMA_VERSION",
    "AllSinglesDoublesAnsatz",
    "Ansatz",
    "ExecutionSpec",
    "Flag",
    "HamiltonianVariationalAnsatz",
    "HardwareEfficientAnsatz",
    "Integer",
    "JobSpec",
    "MaxCutProblem",
    "MoleculeProblem",
    "Number",
    "OptimizerSpec",
    "PauliProblem",
    "PortfolioProblem",
    "Problem",
    "QaoaAnsatz",
    "QuboProblem",
    "SquareMatrix",
    "SymmetricMatrix",
    "canonical_json",
    "checked_rendering",
    "decode_rendered",
    "json_safe",
    "spec_error_from_validation",
]
