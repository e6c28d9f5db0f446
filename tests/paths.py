"""Paths the tests share. Tests import this, never conftest (importing conftest again would re-run its setup)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def stored_objects(uri: str) -> list[str]:
    """Every object under a result store's URI (an empty folder, like the one the open-time probe leaves on a local
    disk, holds none): ``[]`` means nothing was written."""
    from quantum_provider.storage import as_path

    base = as_path(uri)
    return sorted(base.fs.find(base.path)) if base.fs.exists(base.path) else []
