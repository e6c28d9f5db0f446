"""Run one stored job in this process: ``python -m quantum_provider.engine --store URI --key KEY``.

Exit codes: 0 done, 2 spec error, 3 version mismatch with the key, 4 the ``--max-seconds`` cap was exceeded.

A remote worker (a Ray job) uses this entry point; it reads the spec from the result store and writes the result
and checkpoints back to it, exactly as the in-process path does.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quantum_provider.engine")
    parser.add_argument("--store", required=True, help="result store URI")
    parser.add_argument("--key", required=True, help="content key of a job whose spec.json is in the store")
    parser.add_argument("--backend", default="{}", help="backend identity as JSON, recorded in provenance")
    parser.add_argument("--context", default="{}", help="Airflow context (dag, run, task, try) as JSON, for provenance")
    parser.add_argument("--checkpoint-every", type=int, default=10)
    parser.add_argument(
        "--max-seconds", type=float, default=None, help="device-time cap of this attempt (exit 4 when exceeded)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    from quantum_provider.engine.runner import prepare, run_job
    from quantum_provider.exceptions import DeviceTimeExceededError, QuantumSpecError
    from quantum_provider.observability.provenance import device_version
    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore

    store = ResultStore(args.store)
    backend = json.loads(args.backend)
    installed = device_version(backend["device"]) if "device" in backend else None
    if "device_version" in backend and backend["device_version"] != installed:
        # The key promises numbers from that version; another version on this worker would break the promise.
        print(
            f"device version mismatch: the key was made for {backend['device']} {backend['device_version']}, "
            f"this worker has {installed}",
            file=sys.stderr,
        )
        return 3
    from quantum_provider.observability.provenance import compiler_version

    if "compiler" in backend and backend["compiler"] != compiler_version():
        # The compiler decides the engine path and the last bits of the fast path's numbers.
        print(
            f"compiler mismatch: the key was made with {backend['compiler']}, this worker has {compiler_version()}",
            file=sys.stderr,
        )
        return 3
    try:
        spec = JobSpec.parse(store.read_spec(args.key))
        job = prepare(spec)
    except QuantumSpecError as err:
        print(f"spec error: {err}", file=sys.stderr)
        return 2
    try:
        result = run_job(
            job,
            key=args.key,
            store=store,
            backend=backend,
            context=json.loads(args.context),
            checkpoint_every=args.checkpoint_every,
            progress=logging.getLogger("quantum_provider.engine.progress"),  # steady lines, last the final energy
            max_seconds=args.max_seconds,
        )
    except DeviceTimeExceededError as err:  # the record says failed; the checkpoints stay for a retry
        print(f"policy error: {err}", file=sys.stderr)
        return 4
    print(json.dumps({"key": args.key, "energy": result["energy"], "iterations": result["iterations"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
