"""Example: VQE for the H2 molecule (STO-3G) at its equilibrium bond length and two stretched ones."""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import DAG

from quantum_provider.operators.submit import QuantumSubmitOperator


def h2(bond_angstrom: float) -> dict:
    return {
        "name": f"H2 r={bond_angstrom:.2f} A",
        "problem": {
            "kind": "molecule",
            "symbols": ["H", "H"],
            "coordinates": [[0.0, 0.0, 0.0], [0.0, 0.0, bond_angstrom]],
            "unit": "angstrom",
            "basis": "sto-3g",
        },
        "ansatz": {"kind": "all_singles_doubles"},
        "optimizer": {"kind": "adam", "stepsize": 0.1, "maxiter": 200, "tol": 1e-10},
    }


with DAG(
    dag_id="example_quantum_vqe_h2",
    schedule=None,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    tags=["quantum", "example", "chemistry"],
    doc_md=__doc__,
) as dag:
    QuantumSubmitOperator.partial(task_id="vqe_h2", retries=2).expand(job=[h2(r) for r in (0.74, 1.0, 1.5)])
