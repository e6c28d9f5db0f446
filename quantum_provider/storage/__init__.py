"""The result store: everything a job produces, shared by hosts that share no disk (``ResultStore`` is the facade).

One responsibility per module: ``location`` (URIs, configuration, the open-time probe), ``codec`` (checksummed JSON,
parquet), ``objects`` (the primitives per backend: atomic write, exclusive create, compare-and-swap), ``records``
(the job state machine), ``results`` (result files and manifest), ``checkpoints``, ``claims`` (one computation per
key), ``journal`` (append-only hash chains: ledger, audit) and ``index`` (the job list's ask index).
"""

from quantum_provider.storage.claims import CLAIM_STALE_S, Claim, ClaimLostError, describe_owner
from quantum_provider.storage.codec import CorruptFileError, parquet_bytes, sha256_hex
from quantum_provider.storage.location import as_path, default_store_uri
from quantum_provider.storage.records import ACTIVE_STATES, RECORD_STATES, TERMINAL_STATES, record_detail, utcnow
from quantum_provider.storage.results import StoredResult
from quantum_provider.storage.store import ResultStore, is_content_key

__all__ = [
    "ACTIVE_STATES",
    "CLAIM_STALE_S",
    "RECORD_STATES",
    "TERMINAL_STATES",
    "Claim",
    "ClaimLostError",
    "CorruptFileError",
    "ResultStore",
    "StoredResult",
    "as_path",
    "default_store_uri",
    "describe_owner",
    "is_content_key",
    "parquet_bytes",
    "record_detail",
    "sha256_hex",
    "utcnow",
]
