"""Processes that share nothing but an S3 result store: their environments, a submitting task, direct S3 edits.

``child_env`` is the whole environment of a process started for a test: a home, AIRFLOW_HOME and TMPDIR of its
own, this checkout on PYTHONPATH, and of the S3 store only what a deployment's worker would have: the connection
(and, when given, ``[quantum] result_store``). Nothing else of the test process is inherited.

``python -m tests.s3_helpers submit JOB_FILE --name NAME [--ready FILE --go FILE]`` is one task's submission as
the operators make it: the LightningHook resolves the spec, keys it and submits it to the store ``[quantum]
result_store`` names. With ``--ready``/``--go`` it writes its key to the ready file, waits for the go file, which
holds a UNIX time, and submits at that moment; it prints one JSON line (key, pid, homes, result).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.paths import REPO

if TYPE_CHECKING:
    from tests.s3_server import S3Server

#: What a child keeps of the test process's environment: how to find programs, and Python's output settings.
_INHERITED = ("PATH", "LANG", "LC_ALL", "PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")


def child_env(server: S3Server, home: Path, *, store_uri: str | None = None) -> dict[str, str]:
    """A fresh environment for a process of its own under ``home`` (created): HOME, AIRFLOW_HOME and TMPDIR there,
    the S3 connection, and ``AIRFLOW__QUANTUM__RESULT_STORE`` when ``store_uri`` is given."""
    tmp = home / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    env = {name: os.environ[name] for name in _INHERITED if name in os.environ}
    env.update(
        HOME=str(home),
        AIRFLOW_HOME=str(home / "airflow"),
        TMPDIR=str(tmp),
        PYTHONPATH=str(REPO),  # the child runs this checkout, whatever the venv's editable install points at
        OMP_NUM_THREADS="1",
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        **server.env,
    )
    if store_uri is not None:
        env["AIRFLOW__QUANTUM__RESULT_STORE"] = store_uri
    return env


def forget_attached_filesystems() -> None:
    """For a process forked from one that used the store: attach S3 afresh.

    Airflow keeps the filesystem of every attached connection (``airflow.sdk.io.store``), and an s3fs instance
    refuses to work in a forked child ("This class is not fork-safe"); a fresh process has neither. A pool
    initializer, so that forked racers are as independent as task processes are.
    """
    from airflow.sdk.io import store

    store._STORE_CACHE.clear()


def warm_pool(processes: int) -> Any:
    """A pool of fresh interpreters that have imported the store, so that racers leave a start barrier together.

    Spawned, not forked: a fork of the test process, which runs threads (JAX's, Airflow's, s3fs's I/O loop) once
    other tests have run engines, can deadlock in the child on a lock some thread held.
    """
    import multiprocessing

    pool = multiprocessing.get_context("spawn").Pool(processes)
    pool.map(_warm, range(processes), chunksize=1)
    return pool


def _warm(_: int) -> None:
    import quantum_provider.governance.audit
    import quantum_provider.governance.budget_ledger
    import quantum_provider.storage  # noqa: F401

    time.sleep(1.0)  # hold this worker, so that every worker takes one warm-up task


def s3_client(server: S3Server) -> Any:
    """A plain boto3 client of the server: S3 as anyone with the bucket's credentials sees it, past the store."""
    import boto3

    return boto3.client(
        "s3", endpoint_url=server.endpoint, aws_access_key_id="testing", aws_secret_access_key="testing",
        region_name="us-east-1",
    )  # fmt: skip


def object_key(store_uri: str, *parts: str) -> str:
    """The S3 key of ``parts`` under the store ``s3://conn@bucket/prefix``."""
    prefix = store_uri.split("://", 1)[1].split("/", 1)[1].strip("/")
    return "/".join((prefix, *parts))


def _wait_for_go(go: Path, deadline_s: float = 300) -> None:
    """Wait for ``go`` to appear, then until the UNIX time it holds: every waiter leaves at the same moment."""
    deadline = time.monotonic() + deadline_s
    while not go.exists():
        if time.monotonic() > deadline:
            raise SystemExit("no go signal")
        time.sleep(0.002)
    at = float(go.read_text())
    while time.time() < at:
        pass


def submit(args: argparse.Namespace) -> None:
    from quantum_provider.hooks.lightning import LightningHook
    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore

    engine_log = logging.getLogger("quantum_provider")  # the engine's log lines to stderr, whatever Airflow set up
    engine_log.addHandler(logging.StreamHandler(sys.stderr))
    engine_log.setLevel(logging.INFO)

    hook = LightningHook()
    spec = hook.resolve_spec(JobSpec.parse(json.loads(Path(args.job).read_text())))
    key = spec.content_key(backend=hook.backend_identity())
    problem = hook.validate(spec)
    store = ResultStore()  # [quantum] result_store: the deployment's configuration, as a task reads it
    from quantum_provider.engine.runner import prepare

    prepare(spec, problem)  # the heavy imports and the first device, before the barrier: submit starts level

    if args.ready:
        Path(args.ready).write_text(key)
    if args.go:
        _wait_for_go(Path(args.go))
    handle = hook.submit(
        spec, key=key, store=store, problem=problem, context={"task_id": args.name}, checkpoint_every=args.every
    )
    result = hook.result(handle)
    import tempfile

    print(
        json.dumps(
            {
                "key": key,
                "pid": os.getpid(),
                "store": str(store.base),
                "airflow_home": os.environ.get("AIRFLOW_HOME"),
                "tmpdir": tempfile.gettempdir(),
                "result": result,
            }
        )
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.s3_helpers")
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("submit", help="submit one job as a task would")
    one.add_argument("job", help="a JSON file holding the job's spec")
    one.add_argument("--name", required=True, help="the task_id the submission names")
    one.add_argument("--every", type=int, default=5, help="checkpoint every this many iterations")
    one.add_argument("--ready", help="write the key here once everything is imported")
    one.add_argument("--go", help="then wait for this file and the UNIX time it holds")
    args = parser.parse_args(argv)
    submit(args)


if __name__ == "__main__":
    main()
