"""Where the store lives: its URI, the filesystem behind it, and the checks made once per process at open.

A store URI is any ObjectStoragePath URI (``file:///srv/quantum``, ``s3://aws_conn@bucket/prefix``). Everything that
can be wrong with it is a configuration error (``QuantumConfigError``: one line naming the URI, never retried),
found before anything is written: an unknown scheme, a filesystem package that is not installed, a connection that
does not exist, a bucket that does not exist, refused credentials, or a store without exclusive create and
compare-and-swap. A store that cannot be reached is ``BackendUnavailableError`` (retried: it may come back).
"""

from __future__ import annotations

import os
import threading

from airflow.sdk import ObjectStoragePath

from quantum_provider.exceptions import BackendUnavailableError, QuantumConfigError
from quantum_provider.storage.objects import ObjectStore, objects_for, probe

#: The package that brings each scheme, as the error for a missing one names it.
_EXTRAS = {
    "s3": "s3", "s3a": "s3", "s3n": "s3",
    "gs": "gcs", "gcs": "gcs",
    "abfs": "azure", "abfss": "azure", "az": "azure", "adl": "azure", "wasb": "azure",
}  # fmt: skip

#: Stores this process has probed successfully (a refusal is not cached, see ``open_objects``).
_PROBED: dict[str, None] = {}
#: A store is refused only when this many probes in a row find a guarantee missing.
_PROBE_TRIES = 3
_PROBE_LOCK = threading.Lock()


def default_store_uri() -> str:
    """``[quantum] result_store`` from Airflow's config, else ``$AIRFLOW_HOME/quantum/results``."""
    from airflow.sdk.configuration import conf

    configured = conf.get("quantum", "result_store", fallback=None)
    if configured:
        return configured
    home = os.environ.get("AIRFLOW_HOME") or os.path.expanduser("~/airflow")
    return f"file://{os.path.abspath(home)}/quantum/results"


def as_path(uri: str | ObjectStoragePath) -> ObjectStoragePath:
    """The ObjectStoragePath of a store URI (a bare path is a local folder); ``QuantumConfigError`` when the URI
    names a scheme nothing handles or whose filesystem package is missing."""
    if isinstance(uri, ObjectStoragePath):
        return uri
    if "://" not in uri:
        uri = f"file://{os.path.abspath(uri)}"
    scheme = uri.split("://", 1)[0].lower()
    try:
        path = ObjectStoragePath(uri)
        path.fs  # noqa: B018 - builds the filesystem: a missing package or connection shows here, not mid-job
    except ImportError as err:
        raise QuantumConfigError(
            uri, f"its filesystem package is not installed ({_install_hint(scheme, err)})"
        ) from None
    except ValueError as err:
        if scheme in _EXTRAS:
            raise QuantumConfigError(uri, f"no filesystem for {scheme}:// ({_install_hint(scheme, err)})") from None
        raise QuantumConfigError(uri, f"unknown scheme {scheme!r}: {err}") from None
    return path


def _install_hint(scheme: str, err: Exception) -> str:
    extra = _EXTRAS.get(scheme)
    first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return f"pip install 'airflow-provider-quantum[{extra}]'; {first}" if extra else first


def check_connection(uri: str) -> None:
    """A ``scheme://conn_id@bucket`` URI names an Airflow connection: it must exist (the Amazon provider would
    otherwise fall back silently to ambient credentials)."""
    rest = uri.split("://", 1)[1] if "://" in uri else ""
    authority = rest.split("/", 1)[0]
    if "@" not in authority:
        return
    conn_id = authority.split("@", 1)[0]
    from airflow.sdk import BaseHook
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        BaseHook.get_connection(conn_id)
    except AirflowNotFoundException:
        raise QuantumConfigError(uri, f"the connection {conn_id!r} it names does not exist") from None


def open_objects(path: ObjectStoragePath) -> ObjectStore:
    """The primitives of the store at ``path``, probed once per process: a store that lacks exclusive create or
    compare-and-swap, or cannot be used at all, raises ``QuantumConfigError`` before anything is written."""
    objects = objects_for(path.fs)
    uri = str(path)
    with _PROBE_LOCK:
        if uri in _PROBED:
            return objects
        check_connection(uri)
        for _ in range(_PROBE_TRIES):
            lacks = _try_probe(objects, path.path.rstrip("/"), uri)
            if lacks is None:
                _PROBED[uri] = None
                return objects
    # A store that lacks a primitive lacks it every time; one odd answer of a loaded server does not refuse it.
    # Nor is a refusal remembered: a long-lived process (the api-server) opens the store again once it is fixed.
    raise QuantumConfigError(uri, f"the result store needs {lacks}")


def _try_probe(objects: ObjectStore, root: str, uri: str) -> str | None:
    try:
        return probe(objects, f"{root}/_probe")
    except PermissionError as err:
        raise QuantumConfigError(uri, f"access refused ({_one_line(err)})") from None
    except FileNotFoundError as err:
        raise QuantumConfigError(uri, f"the bucket or folder does not exist ({_one_line(err)})") from None
    except _transport_errors() as err:
        raise BackendUnavailableError(f"result store {uri} cannot be reached: {_one_line(err)}") from None


def _transport_errors() -> tuple[type[BaseException], ...]:
    """What a store that is down or unreachable raises: OSError, and botocore's own connection errors."""
    try:
        from botocore.exceptions import BotoCoreError
    except ImportError:
        return (OSError,)
    return (OSError, BotoCoreError)


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return text[:300] or type(err).__name__


def forget_probes() -> None:
    """Probe every store again at its next open (tests that change a store's configuration)."""
    with _PROBE_LOCK:
        _PROBED.clear()
