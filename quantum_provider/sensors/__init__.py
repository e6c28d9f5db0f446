"""Sensors that wait on jobs running on asynchronous backends (poke, reschedule or deferrable)."""
