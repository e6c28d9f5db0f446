"""VQE for H2 and LiH at several bond lengths, from a table of atoms, validated to chemical accuracy.

``data/molecules.csv`` holds one row per atom; LiH uses a (2 electrons, 3 orbitals) active space. The result
suite checks every energy against the exact ground energy of its Hamiltonian (exact diagonalization): never
below it, and above it by at most 1.6 mHa.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from airflow.sdk import DAG, Asset

from quantum_provider.operators.batch import QuantumBatchSubmitOperator
from quantum_provider.operators.preprocess import QuantumPreprocessOperator
from quantum_provider.operators.publish import QuantumPublishOperator
from quantum_provider.operators.validate import QuantumValidateOperator
from quantum_provider.tables.publication import published_dataset_uri

MOLECULES = Asset(name="molecules", uri=(Path(__file__).resolve().parent / "data" / "molecules.csv").as_uri())
MOLECULE_ENERGIES = Asset(name="molecule_energies", uri=published_dataset_uri("molecule_energies"))

JOB_DEFAULTS = {
    "ansatz": {"kind": "all_singles_doubles"},
    "optimizer": {"kind": "adam", "stepsize": 0.1, "maxiter": 200, "tol": 1e-10},
}

with DAG(
    dag_id="vqe_molecules",
    schedule="@daily",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=1)},
    tags=["quantum", "example", "chemistry"],
    doc_md=__doc__,
) as dag:
    molecules = QuantumPreprocessOperator(
        task_id="preprocess", source=MOLECULES, kind="molecule", job_defaults=JOB_DEFAULTS, chunk_size=4
    )
    solved = QuantumBatchSubmitOperator.partial(task_id="solve").expand(jobs=molecules.output)
    validated = QuantumValidateOperator(
        task_id="validate", results=solved.output, max_energy_error=1.6e-3, convergence_tolerance=1e-4
    )
    QuantumPublishOperator(task_id="publish", dataset=MOLECULE_ENERGIES, validation=validated.output)
