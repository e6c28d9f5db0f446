"""Claims: one computation per key, across processes and hosts that share nothing but the store.

Before it optimizes, the engine claims the job: it creates ``jobs/<key>/claims/<n>.json`` exclusively, which only
one process can win. The claim names its owner (host, boot time, pid and the process's start time), a unique token
and a heartbeat the owner refreshes while it computes. A second submitter that finds a live claim does not compute:
it waits for the owner's result. A claim is vacant when its owner released it (the job reached a terminal state),
when its owner is gone (on this host: the pid is dead, a zombie or reused by another process; checked at once, so a
SIGKILLed owner is replaced immediately), or, for an owner on another host, when its heartbeat is older than
``CLAIM_STALE_S``. A vacant claim ``n`` is replaced by generation ``n + 1``, created exclusively in turn, so a
take-over cannot be won twice either; generations are never deleted or reused. An owner that finds a newer
generation than its own at a heartbeat (it looked dead to someone) stops and publishes nothing (``ClaimLostError``).
"""

from __future__ import annotations

import functools
import os
import socket
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from quantum_provider.storage.codec import CorruptFileError, envelope, open_envelope
from quantum_provider.storage.objects import ObjectStore
from quantum_provider.storage.records import job_folder, utcnow

#: A claim whose owner runs on another host is stale once its heartbeat is this many seconds old. Generous: an
#: owner refreshes it at its checkpoints, and a claim taken over too early costs a duplicate computation.
CLAIM_STALE_S = 600.0


class ClaimLostError(Exception):
    """Another process took this job's claim over (the owner looked dead to it): the owner must stop and publish
    nothing; the new owner computes the job."""


@dataclass
class Claim:
    """A claim this process holds on one job: generation ``generation`` of ``jobs/<key>/claims/``."""

    key: str
    generation: int
    body: dict[str, Any]
    #: The vacant claim this one replaced, and why it was vacant (``None`` for the first claim of a key).
    replaced: dict[str, Any] | None = None
    reason: str | None = None
    heartbeat_at: float = field(default_factory=time.monotonic)

    @property
    def token(self) -> str:
        return self.body["token"]


def describe_owner(claim: dict[str, Any] | None) -> str:
    """``pid 123 on host-a (dag_id/task_id, claim 2)``: who holds a claim, for messages and the job record."""
    if not claim:
        return "an unknown process"
    context = claim.get("context") or {}
    task = "/".join(str(context[k]) for k in ("dag_id", "run_id", "task_id") if context.get(k))
    where = f"pid {claim.get('pid')} on {claim.get('host')}"
    return f"{where} ({task + ', ' if task else ''}claim {claim.get('generation')})"


@functools.cache
def hostname() -> str:
    return socket.gethostname()


@functools.cache
def boot_id() -> str:
    """Changes when the host restarts: a pid recorded before a restart says nothing about a process after it."""
    import psutil

    return f"boot-{psutil.boot_time():.0f}"


def process_start(pid: int) -> str | None:
    """When process ``pid`` of this host started (``None`` when it does not exist)."""
    import psutil

    try:
        return f"{psutil.Process(pid).create_time():.3f}"
    except psutil.Error:
        return None


def process_alive(pid: int, start: str | None = None) -> bool:
    """Whether process ``pid`` of this host still runs (a zombie does not; a pid reused by a process started at
    another time than ``start`` does not either)."""
    import psutil

    try:
        process = psutil.Process(pid)
        if process.status() in (psutil.STATUS_ZOMBIE, psutil.STATUS_DEAD):
            return False
        return start is None or f"{process.create_time():.3f}" == start
    except psutil.NoSuchProcess:
        return False
    except psutil.AccessDenied:  # another user's process: it exists
        return True


class Claims:
    """The claims of the store rooted at ``root``."""

    def __init__(self, objects: ObjectStore, root: str, *, stale_s: float = CLAIM_STALE_S) -> None:
        self.objects = objects
        self.root = root
        self.stale_s = stale_s

    def path(self, key: str, generation: int) -> str:
        return f"{job_folder(self.root, key)}/claims/{generation:09d}.json"

    def generations(self, key: str) -> list[int]:
        """The generations of the job's claims, oldest first (one listing of the job's own claims folder)."""
        names = self.objects.list_names(f"{job_folder(self.root, key)}/claims")
        return sorted(int(n[:-5]) for n in names if n.endswith(".json") and n[:-5].isdigit())

    def read(self, key: str, generation: int) -> dict[str, Any] | None:
        """Generation ``generation`` of the job's claim; ``None`` when it is missing or does not verify."""
        path = self.path(key, generation)
        try:
            return open_envelope(self.objects.read(path), path)
        except (CorruptFileError, FileNotFoundError):
            return None

    def newest(self, key: str) -> tuple[int, dict[str, Any] | None] | None:
        """``(generation, claim)`` of the job's newest claim (claim ``None`` if unreadable); ``None`` if unclaimed."""
        generations = self.generations(key)
        if not generations:
            return None
        return generations[-1], self.read(key, generations[-1])

    def vacancy(self, claim: dict[str, Any] | None) -> str | None:
        """Why ``claim`` no longer holds its job, or ``None`` while its owner may still be computing it."""
        if claim is None:
            return "its claim file does not verify"
        owner = describe_owner(claim)
        if claim.get("released_at"):
            return f"{owner} released it ({claim.get('state') or 'ended'})"
        if claim.get("host") == hostname():
            if claim.get("boot_id") != boot_id():
                return f"{owner} ran before the host restarted"
            if not process_alive(int(claim.get("pid") or 0), claim.get("pid_start")):
                return f"{owner} is gone"
            return None
        age = time.time() - float(claim.get("heartbeat") or 0.0)
        if age > self.stale_s:
            return f"{owner} sent no heartbeat for {age:.0f} s (stale after {self.stale_s:g} s)"
        return None

    def live(self, key: str) -> dict[str, Any] | None:
        """The claim of the process computing the job now, or ``None`` when nobody holds it."""
        newest = self.newest(key)
        if newest is None or self.vacancy(newest[1]) is not None:
            return None
        return newest[1]

    def acquire(self, key: str, *, context: dict[str, Any] | None = None) -> Claim | dict[str, Any]:
        """Claim the job for this process: a ``Claim`` when this process now computes it, else the live claim of
        the process that does (wait for its result instead of computing).

        A vacant newest claim (released, owner gone or stale) is replaced by the next generation; of several
        processes racing for one generation exactly one creates it, the others see it live and attach.
        """
        for _ in range(1000):  # every round either wins or sees a newer generation; bounded against a broken store
            newest = self.newest(key)
            generation, replaced, reason = 1, None, None
            if newest is not None:
                reason = self.vacancy(newest[1])
                if reason is None:
                    return newest[1]
                generation, replaced = newest[0] + 1, newest[1]
            now = utcnow()
            body = {
                "key": key,
                "generation": generation,
                "token": uuid.uuid4().hex,
                "host": hostname(),
                "boot_id": boot_id(),
                "pid": os.getpid(),
                "pid_start": process_start(os.getpid()),
                "claimed_at": now,
                "heartbeat_at": now,
                "heartbeat": time.time(),
                "context": context or {},
                "took_over": reason,
                "released_at": None,
                "state": None,
            }
            if self.objects.create(self.path(key, generation), envelope(body)):
                return Claim(key, generation, body, replaced, reason)
        raise RuntimeError(f"could not claim job {key}: its claims keep changing")

    def refresh(self, claim: Claim, *, every_s: float = 0.0) -> None:
        """Renew the claim's heartbeat (unless the last renewal is less than ``every_s`` seconds old); raise
        ``ClaimLostError`` if a newer generation replaced it."""
        if every_s > 0 and time.monotonic() - claim.heartbeat_at < every_s:
            return
        newer = [g for g in self.generations(claim.key) if g > claim.generation]
        if newer:
            holder = self.read(claim.key, newer[-1])
            raise ClaimLostError(
                f"job {claim.key} was taken over by {describe_owner(holder)}: "
                f"{(holder or {}).get('took_over') or 'this owner looked gone'}"
            )
        claim.body.update(heartbeat_at=utcnow(), heartbeat=time.time())
        # Only the owner writes its own generation: a plain atomic replace, no race to arbitrate.
        self.objects.write(self.path(claim.key, claim.generation), envelope(claim.body))
        claim.heartbeat_at = time.monotonic()

    def release(self, claim: Claim, state: str) -> None:
        """Give the job up: it reached ``state`` (terminal); a later submission may claim it again."""
        claim.body.update(released_at=utcnow(), state=state)
        self.objects.write(self.path(claim.key, claim.generation), envelope(claim.body))
