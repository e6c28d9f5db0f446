"""What ``converged`` means in a result: the optimizer's stopping rule held *and* the gradient is small.

Successive energies that agree within ``tol`` also describe a plateau or a step too small to move, so the
stopping rule alone would call a stuck run converged. Only the standard library is imported here: the validate
operator checks the states without loading the engine.
"""

from __future__ import annotations

from typing import Any

#: ``converged``: the stopping rule held and the gradient norm is at most ``gradient_tol``; ``stalled``: the rule
#: held with a larger gradient; ``maxiter``: the iteration limit came first.
CONVERGENCE_STATES = ("converged", "stalled", "maxiter")


def gradient_limit(optimizer: Any, hamiltonian_scale: float) -> float:
    """The largest gradient norm that counts as small: ``gradient_tol`` times the sum of the Hamiltonian's
    coefficient magnitudes (its natural unit: a Pauli rotation's gradient component is at most twice that)."""
    return float(optimizer.gradient_tol * max(hamiltonian_scale, 1e-300))


def convergence_status(rule_held: bool, gradient_norm: float, limit: float) -> str:
    """The convergence state of a loop that stopped (``rule_held``: by its stopping rule, not its limit)."""
    if not rule_held:
        return "maxiter"
    return "converged" if gradient_norm <= limit else "stalled"
