"""Checkpoints: the optimizer loop's state every few iterations, ``jobs/<key>/checkpoints/<iteration>.json``."""

from __future__ import annotations

import logging
from typing import Any

from quantum_provider.storage.codec import CorruptFileError, envelope, open_envelope
from quantum_provider.storage.objects import ObjectStore
from quantum_provider.storage.records import job_folder

log = logging.getLogger(__name__)


class Checkpoints:
    def __init__(self, objects: ObjectStore, root: str) -> None:
        self.objects = objects
        self.root = root

    def folder(self, key: str) -> str:
        return f"{job_folder(self.root, key)}/checkpoints"

    def save(self, key: str, state: dict[str, Any]) -> None:
        # An envelope: a torn checkpoint fails its checksum and ``latest`` takes the one before it.
        path = f"{self.folder(key)}/{int(state['iteration']):09d}.json"
        self.objects.write(path, envelope(state), self_verifying=True)

    def iterations(self, key: str) -> list[int]:
        names = self.objects.list_names(self.folder(key))
        return sorted(int(name[:-5]) for name in names if name.endswith(".json") and name[:-5].isdigit())

    def read(self, key: str, iteration: int) -> dict[str, Any]:
        path = f"{self.folder(key)}/{iteration:09d}.json"
        return open_envelope(self.objects.read(path), path)

    def latest(self, key: str) -> dict[str, Any] | None:
        """The newest checkpoint that verifies; corrupt ones are skipped, never served."""
        for iteration in reversed(self.iterations(key)):
            try:
                return self.read(key, iteration)
            except FileNotFoundError:
                continue
            except CorruptFileError as err:
                log.warning("Skipping corrupt checkpoint: %s", err)
        return None
