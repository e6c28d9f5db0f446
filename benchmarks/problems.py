"""The benchmark's problems, with fixed seeds, and the classical answers every peer is checked against.

Nothing here imports the provider: the graphs, the brute-force MaxCut, the starting point and the exact molecular
energies are computed independently of the code under test.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

#: QAOA's starting point: a linear ramp (a discretized adiabatic path), gamma_k = 0.75 (k + 1/2) / p / median(w) and
#: beta_k = 0.75 (1 - (k + 1/2) / p), w the edge weights (the provider scales the cost angles to the couplings,
#: docs/science.md). Every peer starts here; the provider's QAOA builder starts at the same point, which W1 checks
#: against each stored result's ``initial_parameters``.
QAOA_RAMP = 0.75
#: Chemical accuracy in Hartree.
CHEMICAL_ACCURACY = 1.6e-3
#: How many of the most probable bitstrings a MaxCut answer is chosen from (the provider's rule, README).
TOP_BITSTRINGS = 10


@dataclass(frozen=True)
class MaxCutInstance:
    """A weighted graph on nodes 0..n-1 and its brute-force optimum (qubit i is node i)."""

    name: str
    nodes: int
    seed: int
    edges: tuple[tuple[int, int, float], ...]
    maxcut: float

    def job(self, *, layers: int, steps: int, stepsize: float) -> dict[str, Any]:
        """The provider's JobSpec (as a dict): exactly ``steps`` Adam steps, ``tol=0`` so it never stops early."""
        return {
            "name": self.name,
            "problem": {"kind": "maxcut", "edges": [[u, v, w] for u, v, w in self.edges]},
            "ansatz": {"kind": "qaoa", "layers": layers},
            "optimizer": {"kind": "adam", "stepsize": stepsize, "maxiter": steps, "tol": 0.0},
            "execution": {"seed": 0},
        }


def qaoa_initial_params(layers: int, edges: tuple[tuple[int, int, float], ...] = ()) -> np.ndarray:
    """The linear-ramp start, shape (2, layers): row 0 the cost angles gamma, row 1 the mixer angles beta; the cost
    angles over the median edge weight (1 without ``edges``, or for unit weights)."""
    steps = (np.arange(layers) + 0.5) / layers
    scale = 1.0 / float(np.median([abs(w) for _, _, w in edges])) if edges else 1.0
    return np.stack([steps * QAOA_RAMP * scale, (1.0 - steps) * QAOA_RAMP])


def cut_values(nodes: int, edges: tuple[tuple[int, int, float], ...]) -> np.ndarray:
    """The cut weight of every bitstring, indexed like ``qml.probs`` (wire 0 is the most significant bit)."""
    indices = np.arange(1 << nodes, dtype=np.int64)
    bits = (indices[:, None] >> np.arange(nodes - 1, -1, -1, dtype=np.int64)) & 1
    cuts = np.zeros(1 << nodes)
    for u, v, weight in edges:
        cuts += weight * (bits[:, u] != bits[:, v])
    return cuts


def brute_force_maxcut(nodes: int, edges: tuple[tuple[int, int, float], ...]) -> float:
    return float(cut_values(nodes, edges).max())


def regular_graphs(sizes: tuple[int, ...], per_size: int) -> list[MaxCutInstance]:
    """Random 3-regular graphs, ``networkx.random_regular_graph(3, n, seed=1000 n + i)`` for i < per_size."""
    import networkx as nx

    instances = []
    for n in sizes:
        for i in range(per_size):
            seed = 1000 * n + i
            graph = nx.random_regular_graph(3, n, seed=seed)
            edges = tuple(sorted((min(u, v), max(u, v), 1.0) for u, v in graph.edges()))
            instances.append(MaxCutInstance(f"3reg-n{n}-s{seed}", n, seed, edges, brute_force_maxcut(n, edges)))
    return instances


def tiny_graphs(count: int) -> list[MaxCutInstance]:
    """W3's 4-qubit jobs: a square with one diagonal, weights drawn in [0.5, 1.5] (seed 7000 + i), so every job
    has its own content key while all share one shape."""
    topology = ((0, 1), (1, 2), (2, 3), (0, 3), (0, 2))
    instances = []
    for i in range(count):
        rng = np.random.default_rng(7000 + i)
        weights = np.round(rng.uniform(0.5, 1.5, size=len(topology)), 3)
        edges = tuple((u, v, float(w)) for (u, v), w in zip(topology, weights, strict=True))
        instances.append(MaxCutInstance(f"tiny-{i:03d}", 4, 7000 + i, edges, brute_force_maxcut(4, edges)))
    return instances


def best_of_top(probs: np.ndarray, cuts: np.ndarray, top: int = TOP_BITSTRINGS) -> tuple[int, float]:
    """Among the ``top`` most probable bitstrings, the index and cut of the best one."""
    order = np.argsort(-np.asarray(probs), kind="stable")[:top]
    best = max(order, key=lambda index: cuts[index])
    return int(best), float(cuts[best])


def bitstring(index: int, nodes: int) -> str:
    """Character i is qubit i (the provider's convention and ``qml.probs`` order)."""
    return format(index, f"0{nodes}b")


def cut_of(bits: str, edges: tuple[tuple[int, int, float], ...]) -> float:
    return float(sum(weight for u, v, weight in edges if bits[u] != bits[v]))


@dataclass(frozen=True)
class Molecule:
    """A molecule as the provider's ``molecule`` problem takes it (coordinates in angstrom)."""

    name: str
    symbols: tuple[str, ...]
    coordinates: tuple[tuple[float, float, float], ...]
    #: Electrons in the active space (all of them when ``active_electrons`` is None).
    electrons: int
    active_electrons: int | None = None
    active_orbitals: int | None = None

    def problem(self) -> dict[str, Any]:
        return {
            "kind": "molecule",
            "symbols": list(self.symbols),
            "coordinates": [list(xyz) for xyz in self.coordinates],
            "active_electrons": self.active_electrons,
            "active_orbitals": self.active_orbitals,
        }

    def hamiltonian(self) -> tuple[Any, int]:
        """The qubit Hamiltonian, built with the same qchem call the provider makes (dhf, Jordan-Wigner)."""
        import pennylane as qml

        molecule = qml.qchem.Molecule(list(self.symbols), np.asarray(self.coordinates), unit="angstrom")
        return qml.qchem.molecular_hamiltonian(
            molecule, method="dhf", active_electrons=self.active_electrons, active_orbitals=self.active_orbitals
        )


#: dags/data/molecules.csv's geometries: H2 at 0.74 A (4 qubits), LiH at 1.6 A in 2 electrons / 3 orbitals (6 qubits).
MOLECULES = {
    "H2": Molecule("H2", ("H", "H"), ((0.0, 0.0, 0.0), (0.0, 0.0, 0.74)), electrons=2),
    "LiH": Molecule(
        "LiH", ("Li", "H"), ((0.0, 0.0, 0.0), (0.0, 0.0, 1.6)), electrons=2, active_electrons=2, active_orbitals=3
    ),
}


def exact_energies(hamiltonian: Any, qubits: int, electrons: int) -> tuple[float, float]:
    """(ground energy with ``electrons`` electrons and Sz = 0, lowest eigenvalue over every sector), by dense
    diagonalization of the Hamiltonian's matrix. The ansatz conserves both, so the first is the target."""
    import pennylane as qml

    matrix = np.asarray(qml.matrix(hamiltonian, wire_order=range(qubits)))
    indices = np.arange(1 << qubits)
    bits = (indices[:, None] >> np.arange(qubits - 1, -1, -1)) & 1
    # Jordan-Wigner in PennyLane: spin-up orbitals on even wires, spin-down on odd ones.
    up, down = bits[:, 0::2].sum(axis=1), bits[:, 1::2].sum(axis=1)
    sector = np.flatnonzero((up == electrons // 2) & (down == electrons // 2))
    in_sector = float(np.linalg.eigvalsh(matrix[np.ix_(sector, sector)])[0])
    overall = float(np.linalg.eigvalsh(matrix)[0])
    return in_sector, overall


def first_within(trace: list[float], target: float, tolerance: float = CHEMICAL_ACCURACY) -> int | None:
    """The first index k with ``trace[k] - target <= tolerance`` (trace[k]: the energy after k steps)."""
    for k, energy in enumerate(trace):
        if energy - target <= tolerance:
            return k
    return None
