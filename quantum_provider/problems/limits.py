"""Up to where the classical baselines are exact: the builders import these, so they live apart from the package's
``__init__`` (which imports the builders)."""

#: Combinatorial problems with at most this many variables get an exact baseline by enumerating 2^n bitstrings.
EXACT_ENUMERATION_LIMIT = 20
#: Hamiltonian problems with at most this many qubits get an exact ground energy from sparse diagonalization.
EXACT_DIAGONALIZATION_LIMIT = 14
