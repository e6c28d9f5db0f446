"""JobSpec: one variational job (problem, ansatz, optimizer, execution) and its content key."""

from __future__ import annotations

import hashlib
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError, model_validator

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.spec.errors import spec_error_from_validation
from quantum_provider.spec.fields import FieldError, Flag, Integer, Number, SpecModel
from quantum_provider.spec.problems import PauliProblem, Problem
from quantum_provider.spec.serialization import canonical_json

#: Bumped whenever the engine's result layout or numerics change, so old results are never reused by mistake.
RESULT_SCHEMA_VERSION = 3


class QaoaAnsatz(SpecModel):
    kind: Literal["qaoa"] = "qaoa"
    layers: Integer = Field(default=3, ge=1, le=50)


class HardwareEfficientAnsatz(SpecModel):
    kind: Literal["hardware_efficient"] = "hardware_efficient"
    layers: Integer = Field(default=2, ge=1, le=50)


class AllSinglesDoublesAnsatz(SpecModel):
    kind: Literal["all_singles_doubles"] = "all_singles_doubles"


class HamiltonianVariationalAnsatz(SpecModel):
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


class OptimizerSpec(SpecModel):
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


class ExecutionSpec(SpecModel):
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


#: Discriminator values of the spec's unions (problem and ansatz kinds): pydantic puts them into error locations.
_UNION_TAGS = frozenset(_DEFAULT_ANSATZ).union(*_ALLOWED_ANSATZ.values())


class JobSpec(SpecModel):
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
            raise FieldError(
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
            raise spec_error_from_validation(err, tags=_UNION_TAGS) from None
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
