"""The benchmark harness: workloads measured through every peer in one invocation (BENCHMARKS.md).

Run ``python -m benchmarks`` (full) or ``python -m benchmarks --quick`` (CI smoke test) from the repository root.
Note: ``xdsl`` (a dependency of pennylane-catalyst) installs its own top-level ``benchmarks`` package; running from
the repository root puts this one first on ``sys.path``.
"""
