"""The two sizes of the benchmark: the full run (BENCHMARKS.md) and the quick CI smoke test (``--quick``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    """Every knob of a run. Seeds are fixed: two runs of one mode solve exactly the same problems."""

    mode: str
    # W1: the nightly MaxCut batch (also W4's input and the Airflow DAG run's).
    w1_sizes: tuple[int, ...]
    w1_graphs_per_size: int
    w1_layers: int
    w1_steps: int
    w1_stepsize: float
    #: Problems per QuantumBatchSubmitOperator task in the Airflow DAG run.
    w1_dag_chunk_size: int
    #: Wall-time budget of the tutorial peer per graph size; when all graphs of a size would take longer, the
    #: tutorial runs fewer steps on each and its time is extrapolated per step (reported as such).
    tutorial_budget_s_per_size: float
    #: The tutorial never measures fewer steps than this, whatever the budget says.
    tutorial_min_steps: int
    # W2: VQE to chemical accuracy.
    w2_molecules: tuple[str, ...]
    w2_stepsize: float
    w2_max_steps: int
    # W3: many tiny jobs.
    w3_jobs: int
    w3_layers: int
    w3_steps: int
    # W6: the store's hot paths at these numbers of stored jobs (local disk and S3), each operation timed this often.
    w6_sizes: tuple[int, ...]
    w6_repetitions: int
    #: Also measure S3 with moto's own LIST (O(objects in the bucket) per request), not only the indexed one.
    w6_stock_moto: bool
    w7_qubits: tuple[int, ...]
    #: W8: fresh interpreters per path (import, no-op DAG, batch task, single task); the medians are reported.
    w8_repetitions: int


FULL = Config(
    mode="full",
    w1_sizes=(8, 10, 12, 14),
    w1_graphs_per_size=6,
    w1_layers=3,
    w1_steps=100,
    w1_stepsize=0.05,
    w1_dag_chunk_size=8,
    tutorial_budget_s_per_size=240.0,
    tutorial_min_steps=10,
    w2_molecules=("H2", "LiH"),
    w2_stepsize=0.05,
    w2_max_steps=300,
    w3_jobs=200,
    w3_layers=1,
    w3_steps=20,
    w6_sizes=(1_000, 10_000, 100_000),
    w6_repetitions=5,
    w6_stock_moto=True,
    w7_qubits=(16, 20, 22, 24),
    w8_repetitions=3,
)

#: A tiny version of every workload and every peer. W1 keeps 20 steps so that the provider takes the path a nightly
#: batch takes: the engine compiles jobs of at least 10 iterations (engine/fast.py, MIN_ITERATIONS). The tutorial's
#: small budget makes it take the measured-subset path (probe, fewer steps, extrapolation) too.
QUICK = Config(
    mode="quick",
    w1_sizes=(6,),
    w1_graphs_per_size=2,
    w1_layers=3,
    w1_steps=20,
    w1_stepsize=0.05,
    w1_dag_chunk_size=2,
    tutorial_budget_s_per_size=4.0,
    tutorial_min_steps=10,
    w2_molecules=("H2",),
    w2_stepsize=0.05,
    w2_max_steps=300,
    w3_jobs=10,
    w3_layers=1,
    w3_steps=20,
    w6_sizes=(500, 2_000),
    w6_repetitions=1,
    w6_stock_moto=False,
    w7_qubits=(10,),
    w8_repetitions=1,
)
