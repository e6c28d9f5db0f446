"""``python -m quantum_provider.storage check|reindex [--store URI]``: open a store (its probe runs), or rebuild its
ask index after an upgrade from a version without one."""

from __future__ import annotations

import argparse
import sys

from quantum_provider.exceptions import QuantumError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quantum_provider.storage", description=__doc__)
    parser.add_argument("command", choices=("check", "reindex"))
    parser.add_argument("--store", help="result store URI (default: [quantum] result_store)")
    args = parser.parse_args(argv)
    from quantum_provider.storage import ResultStore

    try:
        store = ResultStore(args.store)
    except QuantumError as err:
        print(f"result store refused: {err}", file=sys.stderr)
        return 2
    if args.command == "check":
        print(f"result store {store.base}: {store.objects.kind}, exclusive create and compare-and-swap verified")
    else:
        print(f"result store {store.base}: indexed {store.reindex()} asks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
