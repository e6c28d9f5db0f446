"""One hook per backend, all speaking the protocol in ``base``; ``get_hook`` picks one by connection type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.get_provider_info import get_provider_info

if TYPE_CHECKING:
    from airflow.sdk import Connection

    from quantum_provider.hooks.base import QuantumBackendHook

#: connection type -> hook class path, read from the provider info's ``connection-types`` (the one definition,
#: which Airflow reads too): a backend is added there, not here.
HOOK_CLASSES: dict[str, str] = {
    entry["connection-type"]: entry["hook-class-name"] for entry in get_provider_info()["connection-types"]
}
DEFAULT_CONN_ID = "quantum_lightning_default"


def get_hook(conn_id: str) -> QuantumBackendHook:
    """The hook for ``conn_id``'s connection type, with the connection already looked up once.

    Every credential of the connection, in every form, goes to Airflow's secret masker here (``register_secrets``):
    the hook's cached connection is filled directly, so its own lookup, which registers them too, never runs.

    :param conn_id: the connection id.
    """
    from airflow.sdk import BaseHook
    from airflow.sdk.exceptions import AirflowNotFoundException

    from quantum_provider.hooks.base import register_secrets

    try:
        connection = BaseHook.get_connection(conn_id)
    except AirflowNotFoundException:
        connection = None
    hook = _hook_for(conn_id, connection)
    register_secrets(connection)
    return hook


async def aget_hook(conn_id: str) -> QuantumBackendHook:
    """``get_hook`` for triggers: the connection is looked up, and its credentials registered with the masker,
    without blocking the event loop.

    :param conn_id: the connection id.
    """
    from airflow.sdk import BaseHook
    from airflow.sdk.exceptions import AirflowNotFoundException

    from quantum_provider.hooks.base import aregister_secrets

    try:
        connection = await BaseHook.aget_connection(conn_id)
    except AirflowNotFoundException:
        connection = None
    hook = _hook_for(conn_id, connection)
    await aregister_secrets(connection)
    return hook


def _hook_for(conn_id: str, connection: Connection | None) -> QuantumBackendHook:
    from airflow.sdk.module_loading import import_string

    if connection is None and conn_id != DEFAULT_CONN_ID:
        raise QuantumSpecError("conn_id", f"connection {conn_id!r} is not defined")
    conn_type = connection.conn_type if connection is not None else "quantum_lightning"
    if conn_type not in HOOK_CLASSES:
        raise QuantumSpecError(
            "conn_id", f"connection {conn_id!r} has type {conn_type!r}, expected one of {sorted(HOOK_CLASSES)}"
        )
    hook = import_string(HOOK_CLASSES[conn_type])(conn_id=conn_id)
    hook.__dict__["connection"] = connection  # fills the cached_property: one lookup per task
    return hook
