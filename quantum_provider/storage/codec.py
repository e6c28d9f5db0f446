"""How the store encodes what it keeps: checksummed JSON envelopes and parquet tables."""

from __future__ import annotations

import hashlib
import io
import json
from typing import TYPE_CHECKING, Any

from quantum_provider.spec import canonical_json

if TYPE_CHECKING:
    import pyarrow as pa


class CorruptFileError(Exception):
    """A stored file failed its checksum or could not be parsed."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def envelope(body: Any) -> bytes:
    """``body`` in the checksummed envelope ``{"sha256": ..., "body": ...}`` every JSON file of the store has."""
    payload = canonical_json(body)
    # canonical JSON is JSON: embedded as is, the envelope's body parses back to ``body``
    return f'{{"sha256": "{sha256_hex(payload.encode())}", "body": {payload}}}'.encode()


def open_envelope(data: bytes, where: object) -> Any:
    """The body of an envelope; ``CorruptFileError`` naming ``where`` when it does not parse or verify."""
    try:
        parsed = json.loads(data)
        body = parsed["body"]
        expected = parsed["sha256"]
    except (ValueError, KeyError, TypeError) as err:
        raise CorruptFileError(f"{where}: unreadable ({err})") from err
    if sha256_hex(canonical_json(body).encode()) != expected:
        raise CorruptFileError(f"{where}: checksum mismatch")
    return body


def parquet_bytes(table: pa.Table) -> bytes:
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def parquet_table(data: bytes) -> pa.Table:
    import pyarrow.parquet as pq

    return pq.read_table(io.BytesIO(data))
