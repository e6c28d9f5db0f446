"""Job records: the state machine of one job, updated by compare-and-swap so concurrent writers lose nothing.

``jobs/<key>/record.json`` holds the job's state (submitted, queued, running, succeeded, failed, cancelled), its
history (one entry per state change or event, each with the task instance that caused it) and what the engine and
validation added. Every update reads the record with its version, changes it and replaces it only while it is
still that version; a writer that loses the race reads the newer record and applies its change again. There is no
lock, so a killed writer never blocks anyone.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from quantum_provider.storage.codec import CorruptFileError, envelope, open_envelope
from quantum_provider.storage.objects import ObjectStore, backoff

log = logging.getLogger(__name__)

RECORD_STATES = ("submitted", "queued", "running", "succeeded", "failed", "cancelled")
ACTIVE_STATES = ("submitted", "queued", "running")
TERMINAL_STATES = ("succeeded", "failed", "cancelled")

#: A record update gives up after losing this many races in a row (each loss means another writer progressed).
MAX_CONFLICTS = 500

Record = dict[str, Any]


def is_content_key(value: object) -> bool:
    """A sha256 hex digest, as ``JobSpec.content_key`` makes them."""
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def job_folder(root: str, key: str) -> str:
    """``<root>/jobs/<key>``: every file of a job lives here (``ValueError`` for anything but a content key)."""
    if not is_content_key(key):
        raise ValueError(f"not a content key: {key!r}")
    return f"{root}/jobs/{key}"


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def record_detail(record: Record | None, state: str) -> str | None:
    """What the job record says about reaching ``state``: the error class and message the engine wrote."""
    for entry in reversed((record or {}).get("history") or []):
        # Earlier tries may have failed differently; only the entry of the current state describes this outcome.
        if entry.get("state") != state:
            continue
        error, message = entry.get("error"), entry.get("message")
        if error and message:
            return f"{error}: {message}"
        return (message or error) or None
    return None


def new_record(key: str, state: str = "submitted") -> Record:
    return {"key": key, "created_at": utcnow(), "state": state, "history": []}


class Records:
    """The records of the store rooted at ``root``."""

    def __init__(self, objects: ObjectStore, root: str) -> None:
        self.objects = objects
        self.root = root

    def path(self, key: str) -> str:
        return f"{job_folder(self.root, key)}/record.json"

    def read(self, key: str) -> Record | None:
        """The job's record; ``None`` for an unknown job or a record that does not verify (logged)."""
        try:
            return self._decode(key, self.objects.read(self.path(key)))
        except FileNotFoundError:
            return None

    def _decode(self, key: str, data: bytes) -> Record | None:
        try:
            return open_envelope(data, self.path(key))
        except CorruptFileError:
            log.warning("Job record %s is corrupt; treating the job as unknown", self.path(key))
            return None

    def change(self, key: str, mutate: Callable[[Record | None], Record | None]) -> Record | None:
        """Apply ``mutate`` to the newest record and store what it returns, by compare-and-swap.

        ``mutate`` gets a private copy (``None`` for a job without a record) and returns the new record, or
        ``None`` to write nothing; it runs again on the newer record whenever another writer wins the race, so it
        must decide from its argument alone. Returns the record as stored (or as found, when nothing was written).
        """
        path = self.path(key)
        for attempt in range(MAX_CONFLICTS):
            try:
                data, version = self.objects.read_versioned(path)
            except FileNotFoundError:
                current, version = None, None
            else:
                current = self._decode(key, data)  # a corrupt record is replaced, by its version like any other
            updated = mutate(copy.deepcopy(current))
            if updated is None:
                return current
            blob = envelope(updated)
            stored = self.objects.create(path, blob) if version is None else self.objects.replace(path, blob, version)
            if stored:
                return updated
            backoff(attempt)
        raise RuntimeError(f"job record {path}: lost {MAX_CONFLICTS} updates in a row to other writers")
