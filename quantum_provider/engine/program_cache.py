"""The host's cache of compiled programs: each shape's LLVM IR, so a new process skips most of its compilation.

Every Airflow task is a fresh process, and Catalyst compiles in memory: without this, each task process (and each of
its pool workers) compiled every shape it met again, 1 to 2.5 s each for W1's shapes (BENCHMARKS.md). Catalyst has no
public way to load a compiled shared object into another process. What its public API does allow is
``catalyst.debug.replace_ir(fn, "last", ir)``: the next compilation starts from the given LLVM IR, after every MLIR
and LLVM optimization pass, and only generates code and links. ``QJIT.llvmir`` is the IR a compilation produced.
So the first process on a host to compile a shape stores that IR here; later ones trace the program (JAX capture,
which replace_ir does not skip) and compile from the stored IR.

Why the host's disk and not the result store: the IR becomes native code in the worker, so whoever can write the
cache can run code on the worker. A directory of the worker's own user is trusted as much as its Python
installation is; a bucket that every task writes results to is not. So a deployment compiles each shape once per
worker host, not once per deployment (docs/architecture.md section 6). A cache miss only costs a compilation; the
cache is never needed for correctness, and every failure to read or write it falls back to compiling.

An entry is keyed by everything its code depends on: the program's shape (:class:`~.fast.ProgramKey`), the engine's
source files (they write the traced body), the versions of Catalyst, JAX, PennyLane and lightning, Python, and the
CPU (the IR names its target's features). A stale entry is therefore never looked up. Its content carries its own
SHA-256, so a torn or altered file is discarded, never compiled.

``AIRFLOW__QUANTUM__PROGRAM_CACHE`` (read from the environment: pool workers do not load Airflow's configuration)
names the directory, default ``$XDG_CACHE_HOME/quantum-provider/programs`` (``~/.cache/...``); ``off`` disables it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import platform
import sys
import tempfile
import zlib
from importlib import metadata
from pathlib import Path

log = logging.getLogger(__name__)

ENV = "AIRFLOW__QUANTUM__PROGRAM_CACHE"
OFF = "off"
#: Entries kept per host; the least recently used go first. W1's four shapes take about 0.3 MiB compressed.
MAX_ENTRIES = 256
_VERSIONED = ("pennylane-catalyst", "jax", "jaxlib", "pennylane", "pennylane-lightning", "airflow-provider-quantum")
_MAGIC = b"quantum-provider program v1\n"


def directory() -> Path | None:
    """The cache directory, or ``None`` when the cache is off."""
    setting = os.environ.get(ENV, "").strip()
    if setting.lower() == OFF:
        return None
    if setting:
        return Path(setting).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "quantum-provider" / "programs"


def entry_name(shape: object) -> str:
    """The file name of ``shape``'s entry: a digest of the shape and of everything the compiled code depends on."""
    digest = hashlib.sha256(repr(shape).encode())
    digest.update(_environment_digest())
    return digest.hexdigest() + ".ll.z"


@functools.cache
def _environment_digest() -> bytes:
    digest = hashlib.sha256()
    engine = Path(__file__).resolve().parent
    for source in sorted(engine.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    for name in _VERSIONED:
        try:
            digest.update(f"{name}={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=-\n".encode())
    digest.update(f"{sys.version}|{platform.machine()}|{_cpu_identity()}".encode())
    return digest.digest()


def _cpu_identity() -> str:
    """The CPU's model and feature flags (the IR targets the host's features); the machine name elsewhere."""
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return platform.processor()
    wanted = ("model name", "flags", "Features", "CPU part")
    return "|".join(sorted({line for line in lines if line.split(":")[0].strip() in wanted}))


def load(shape: object) -> str | None:
    """The stored IR of ``shape``, or ``None`` (off, missing, unreadable, or failing its checksum, then removed)."""
    folder = directory()
    if folder is None:
        return None
    path = folder / entry_name(shape)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header, _, body = data.partition(b"\n\n")
    if header + b"\n" != _MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n":
        log.warning("program cache entry %s is damaged: removed, the program is compiled again", path.name)
        _remove(path)
        return None
    try:
        text = zlib.decompress(body).decode()
    except (zlib.error, UnicodeDecodeError):
        _remove(path)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: the last to be evicted
    return text


def store(shape: object, ir: str) -> bool:
    """Keep ``ir`` as ``shape``'s entry (written whole or not at all); False when off or the write failed."""
    folder = directory()
    if folder is None:
        return False
    body = zlib.compress(ir.encode(), 6)
    data = _MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n\n" + body
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    except OSError as err:
        log.warning("program cache %s is not writable (%s): the program is not kept", folder, err)
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        # Another process may write the same entry at the same time: both write identical bytes, and the rename
        # makes each reader see one whole file.
        os.replace(temporary, folder / entry_name(shape))
    except OSError as err:
        log.warning("program cache %s: the entry could not be written (%s)", folder, err)
        _remove(Path(temporary))
        return False
    _evict(folder)
    return True


def discard(shape: object) -> None:
    """Remove ``shape``'s entry (one that did not compile)."""
    folder = directory()
    if folder is not None:
        _remove(folder / entry_name(shape))


def _evict(folder: Path) -> None:
    try:
        entries = sorted(folder.glob("*.ll.z"), key=lambda p: p.stat().st_mtime)
    except OSError:
        return
    for stale in entries[: max(0, len(entries) - MAX_ENTRIES)]:
        _remove(stale)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
