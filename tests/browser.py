"""Debian's Chromium under Playwright, for the tests that look at pages the way a person does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.paths import REPO

CHROMIUM = Path("/usr/bin/chromium")
#: Screenshots a person can look at after the run (CI keeps build/ as an artifact).
SCREENSHOTS = REPO / "build" / "screenshots"
#: Nothing of Chromium's own reaches the network: no updates, sync or background fetches.
_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch_chromium(playwright: Any) -> Any:
    """A headless Chromium browser; the caller closes it."""
    assert CHROMIUM.exists(), "Debian's chromium is missing: `make test` installs it (make browser)"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=_ARGS)
