"""Paths the tests share. Tests import this, never conftest (importing conftest again would re-run its setup)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
