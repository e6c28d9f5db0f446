"""The batch pool's processes: how a task process starts fork-server workers, and how they are stopped.

Workers come from a fork server, not from a fork of the task process: a forked copy of an Airflow task process
would share its supervisor channel. The fork server imports pennylane and the engine once (seconds on a small
machine), so a worker starts in milliseconds; it never loads lightning, whose OpenMP runtime reads the thread
count once, when each worker first creates a device.

Starting processes from an Airflow task process needs two changes to process-wide state, each confined to the
moment it is needed and undone after it (``children_allowed``, ``start_fork_server``); their docstrings say why
no public API does it.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.process import AuthenticationString
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.queues import Queue

#: Imported once by the fork server; none of them loads lightning (tests/integration/test_packaging.py). Catalyst
#: (the compiled fast path; about 2 s to import) loads neither lightning nor an OpenMP runtime until a program
#: runs; the fork server skips it when it is not installed. pyarrow imports pandas on its first table (~1.5 s),
#: which every job's result tables would otherwise pay once per worker.
PRELOAD = (
    "quantum_provider.engine.runner",
    "quantum_provider.engine.ansatz",
    "quantum_provider.problems.combinatorial",
    "quantum_provider.problems.molecule",
    "catalyst",
    "pandas",
    "pyarrow.parquet",
)


_children_lock = threading.Lock()
_children_depth = 0
_children_saved: tuple[bool, Any] = (False, None)


@contextmanager
def children_allowed() -> Iterator[None]:
    """Let this process start the pool's workers while the block runs, even in a task process of Celery's pool.

    Celery's prefork pool (billiard's) marks its processes daemonic and gives them billiard's authentication key;
    Airflow's task process, forked from one, inherits both. multiprocessing then refuses to start children of a
    daemonic process (``BaseProcess.start`` asserts it), and cannot pickle billiard's key for the fork server (only
    its own ``AuthenticationString`` pickles, and only while it spawns). The task process is no daemon in the sense
    that matters (the pool's workers share its process group and ``run`` shuts them down before returning), so for
    the pool's lifetime the mark is cleared and the key becomes multiprocessing's own, with the same bytes; both
    come back as they were when the block ends. Nested or concurrent blocks (threads) share one such window.

    The daemon flag is cleared through its public setter, which only asserts that the process object was not
    started from this process (true of the current process). The key is not: billiard's process class has a
    setter of its own that wraps the key in billiard's type again, and neither library offers a public way to
    give its process object the other's type, so it is written to the process object's configuration directly.
    """
    global _children_depth, _children_saved
    current = multiprocessing.current_process()
    with _children_lock:
        if _children_depth == 0:
            _children_saved = (current.daemon, current.authkey)
            if current.daemon:
                current.daemon = False
            if type(current.authkey) is not AuthenticationString:
                current._config["authkey"] = AuthenticationString(bytes(current.authkey))
        _children_depth += 1
    try:
        yield
    finally:
        with _children_lock:
            _children_depth -= 1
            if _children_depth == 0:
                daemon, authkey = _children_saved
                if authkey is not current.authkey:
                    current._config["authkey"] = authkey
                if daemon:
                    current.daemon = True


#: Where Airflow keeps its metadata database URL; a task process sets both to a URL it blocks.
_DATABASE_URL_VARIABLES = ("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "AIRFLOW__CORE__SQL_ALCHEMY_CONN")


_fork_server_lock = threading.Lock()


def start_fork_server() -> None:
    """Start the fork server (once per process) in an environment where ``import airflow`` works.

    Airflow's task runner blocks database access by setting the database URL to one no parser accepts
    (``airflow-db-not-allowed:///``). The fork server is a new interpreter that imports the engine, and with it
    airflow (for ObjectStoragePath); importing airflow runs ``settings.initialize()`` -> ``configure_orm()``, which
    fails to parse that URL. The fork server inherits this process's ``os.environ`` when it is spawned
    (``multiprocessing.forkserver.ensure_running`` -> ``util.spawnv_passfds``, which passes no environment), and
    neither has a public way to give it another one. So an unparseable URL is replaced by an in-memory SQLite URL
    (the fork server and its workers use no database either) for the spawn only, and restored in ``finally``. The
    lock keeps two threads from interleaving their save and restore (which could keep the temporary URL); other
    threads of the task process may still see it for the spawn's few milliseconds.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    with _fork_server_lock:
        saved = {name: os.environ.get(name) for name in _DATABASE_URL_VARIABLES}
        for name, value in saved.items():
            if value is None:
                continue
            try:
                make_url(value)
            except ArgumentError:
                os.environ[name] = "sqlite://"
        try:
            multiprocessing.forkserver.ensure_running()
        finally:
            for name, value in saved.items():
                if value is not None:
                    os.environ[name] = value


def stop_fork_server() -> None:
    """Kill this process's fork server, when a chunk no longer needs the pool it is starting.

    A pool that starts waits for the fork server to import the engine (seconds of a core); a chunk that the task
    process finished first stops it, so the import costs nothing more, and the pool's start that waits on it ends
    at once (the fork server's end answers its request). multiprocessing starts a new one for the next pool.
    """
    import psutil

    for child in psutil.Process().children():
        try:
            if "multiprocessing.forkserver" in " ".join(child.cmdline()):
                child.kill()
        except psutil.NoSuchProcess:
            pass


def pin_omp_threads(threads: int) -> bool:
    """Give this process's simulator ``threads`` OpenMP threads if it still can; whether it runs that many.

    OpenMP reads the setting once, when lightning is first loaded: before that it is set here; after, only a
    process that already runs that many threads may compute a job whose key says so.
    """
    if "pennylane_lightning" not in sys.modules:
        os.environ["OMP_NUM_THREADS"] = str(threads)
        return True
    return os.environ.get("OMP_NUM_THREADS") == str(threads)


#: How the pool starts its workers (see the module's docstring).
WORKER_START_METHOD = "forkserver"


def worker_context() -> multiprocessing.context.BaseContext:
    context = multiprocessing.get_context(WORKER_START_METHOD)
    # Replaces the default preload of __main__, which in a task process is Airflow's task runner.
    context.set_forkserver_preload(list(PRELOAD))
    return context


def owner() -> tuple[int, float]:
    """This process as the pool's workers know it: pid and start time (a later process may reuse the pid)."""
    import psutil

    return os.getpid(), psutil.Process().create_time()


def init_worker(threads: int, reports: Queue, owned_by: tuple[int, float] | None = None) -> None:
    """A worker's start: its thread count, its pid for ``kill()``, and a watch on the task process that owns it."""
    os.environ["OMP_NUM_THREADS"] = str(threads)
    reports.put(owner())  # this worker, for BatchRunner.kill()
    if owned_by is not None:
        threading.Thread(target=_exit_when_gone, args=owned_by, name="owner-watch", daemon=True).start()


#: How often a worker checks that the task process that owns it still runs.
OWNER_POLL_S = 1.0


def _exit_when_gone(pid: int, started: float) -> None:
    """End this worker once its task process is gone.

    A worker waits for its next job on a pipe that it holds both ends of, so it never notices by itself that the
    task process died (a SIGKILLed task, or a fork server stopped just after it forked a worker whose pid never
    reached the pool): it would wait forever, holding the task's stdout and, mid-job, a core. The fork server is
    its parent, not the task process, so the parent-death signal cannot tell either.
    """
    import psutil

    while True:
        time.sleep(OWNER_POLL_S)
        try:
            process = psutil.Process(pid)
            if process.create_time() == started and process.status() != psutil.STATUS_ZOMBIE:
                continue
        except psutil.NoSuchProcess:
            pass
        os._exit(1)


def kill_worker(pid: int, started: float) -> None:
    import psutil

    try:
        process = psutil.Process(pid)
        if process.create_time() == started:  # the same process, not a later one that got its pid
            process.kill()
    except psutil.NoSuchProcess:
        pass
