"""The two sizes of the benchmark: the full run (BENCHMARKS.md) and the quick CI smoke test (``--quick``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NightSetting:
    """W5: how a night is spread over the Celery deployment (docs/deployment.md, "Celery workers")."""

    name: str
    #: Problems per mapped solve task (QuantumPreprocessOperator's ``chunk_size``).
    chunk_size: int
    #: QuantumBatchSubmitOperator's ``max_workers``: 1 runs a chunk in its task process, ``None`` a pool on every
    #: core the task may use.
    max_workers: int | None
    #: Celery slots of the quantum queue's worker (``--concurrency``); the night's DAG also queues at most this many
    #: solve tasks at once.
    concurrency: int

    @classmethod
    def parse(cls, text: str) -> NightSetting:
        """``NAME:CHUNK_SIZE:MAX_WORKERS:CONCURRENCY``, MAX_WORKERS ``all`` for a pool on every core."""
        try:
            name, chunk, workers, slots = text.split(":")
            setting = cls(name, int(chunk), None if workers == "all" else int(workers), int(slots))
        except ValueError:
            raise ValueError(f"expected NAME:CHUNK_SIZE:MAX_WORKERS:CONCURRENCY, got {text!r}") from None
        if not name.replace("-", "").replace("_", "").isalnum() or min(setting.chunk_size, setting.concurrency) < 1:
            raise ValueError(f"expected a name of letters, digits, - and _, and positive sizes, got {text!r}")
        return setting


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
    # W5: one night on the Celery deployment: MaxCut on random 3-regular graphs of these sizes, this many each, plus
    # a few QUBO and Pauli problems; each setting runs the same night on its own result store.
    w5_maxcut_sizes: tuple[int, ...]
    w5_maxcut_per_size: int
    w5_qubo: int
    w5_pauli: int
    w5_settings: tuple[NightSetting, ...]
    #: Problems of each shape run alone after the nights (benchmarks/workloads/w5_night.py, compute_alone).
    w5_alone_per_shape: int


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
    w5_maxcut_sizes=(8, 10, 12, 14),
    w5_maxcut_per_size=245,
    w5_qubo=10,
    w5_pauli=10,
    w5_settings=(NightSetting("chunk98-slots3", chunk_size=98, max_workers=1, concurrency=3),),
    w5_alone_per_shape=5,
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
    w5_maxcut_sizes=(8, 10),
    w5_maxcut_per_size=6,
    w5_qubo=2,
    w5_pauli=2,
    w5_settings=(NightSetting("chunk6-slots3", chunk_size=6, max_workers=1, concurrency=3),),
    w5_alone_per_shape=1,
)
