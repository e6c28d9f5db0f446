"""The night overview, its rejects and reports, and budgets and queues: routes the app includes."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
