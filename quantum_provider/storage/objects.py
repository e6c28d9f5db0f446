"""The object primitives every other part of the store is built on, one implementation per kind of store.

Only this module knows the backend. Everything above it asks for four guarantees:

- **atomic write**: a reader sees the old object or the new one, never a part of either;
- **exclusive create**: of any number of concurrent creates of one name exactly one wins (claims, journal entries);
- **compare-and-swap on a version**: a replace that succeeds only while the object is still the version the writer
  read (job records), so concurrent read-modify-write updates never lose one another's changes;
- **consistent versioned read**: the bytes and the version they belong to, from one read.

Local filesystems give them with a temporary file and ``rename`` (atomic write), a hard link (exclusive create: ``link``
fails when the name exists) and a rename under an advisory lock on the object's folder (compare-and-swap; the lock
is the folder's own ``flock``, held for one rename, so no lock file exists and a killed holder releases it). S3
gives them natively: a single ``PUT`` is atomic, ``If-None-Match: *`` creates exclusively and ``If-Match`` on the
ETag replaces conditionally (AWS since August and November 2024; s3fs passes both through ``pipe_file``). A store
that cannot do both exclusive create and compare-and-swap is refused when it is opened (``probe``).
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import time
import uuid
from abc import ABC, abstractmethod
from typing import Any

#: A reread after a conflict waits at most this long (seconds), growing from a millisecond.
_MAX_BACKOFF_S = 0.05


class ObjectStore(ABC):
    """The primitives over one fsspec filesystem; paths are the filesystem's own (``bucket/key``, ``/abs/path``)."""

    #: What the README and error messages call this kind of store.
    kind = "object store"

    def __init__(self, fs: Any) -> None:
        self.fs = fs

    @abstractmethod
    def read(self, path: str) -> bytes:
        """The object's bytes (``FileNotFoundError`` when it does not exist)."""

    @abstractmethod
    def read_versioned(self, path: str) -> tuple[bytes, str]:
        """The object's bytes and the version they are, from one consistent read (``FileNotFoundError``)."""

    @abstractmethod
    def write(self, path: str, data: bytes, *, self_verifying: bool = False) -> None:
        """Create or replace the object atomically.

        ``self_verifying``: the bytes are checked whenever they are read (an envelope's checksum, or a result file
        its manifest names), so a copy torn by a power loss is found and skipped or recomputed, never served; a
        store on a local disk then need not flush them before the rename (a killed process loses nothing either
        way: the kernel still writes what it was given).
        """

    @abstractmethod
    def create(self, path: str, data: bytes) -> bool:
        """Create the object unless it exists; ``True`` when this call created it."""

    @abstractmethod
    def replace(self, path: str, data: bytes, version: str) -> bool:
        """Replace the object only while it is still ``version``; ``True`` when this call replaced it."""

    @abstractmethod
    def list_names(self, folder: str, *, start_after: str | None = None, limit: int | None = None) -> list[str]:
        """Names directly inside ``folder``, ascending, after ``start_after``, at most ``limit`` of them."""

    @abstractmethod
    def exists(self, path: str) -> bool: ...

    @abstractmethod
    def delete(self, path: str) -> None:
        """Remove the object; no error when it is already gone."""


class LocalObjects(ObjectStore):
    """A local (or network-mounted POSIX) filesystem."""

    kind = "local filesystem"

    def read(self, path: str) -> bytes:
        with open(path, "rb") as handle:
            return handle.read()

    def read_versioned(self, path: str) -> tuple[bytes, str]:
        # Objects are only ever replaced by rename, never written in place: the open file is one immutable version.
        with open(path, "rb") as handle:
            return handle.read(), _file_version(os.fstat(handle.fileno()))

    def _staged(self, path: str, data: bytes, *, flush: bool = True) -> str:
        """``data`` complete (and with ``flush`` on disk) under a temporary name beside ``path`` (its folder created
        if missing)."""
        folder = os.path.dirname(path)
        tmp = f"{folder}/.{os.path.basename(path)}.{uuid.uuid4().hex}.tmp"
        try:
            handle = open(tmp, "wb")  # noqa: SIM115 - closed below, after fsync
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)
            handle = open(tmp, "wb")  # noqa: SIM115
        with handle:
            handle.write(data)
            if flush:
                handle.flush()
                os.fsync(handle.fileno())
        return tmp

    def write(self, path: str, data: bytes, *, self_verifying: bool = False) -> None:
        os.replace(self._staged(path, data, flush=not self_verifying), path)

    def create(self, path: str, data: bytes) -> bool:
        tmp = self._staged(path, data)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        finally:
            os.unlink(tmp)
        return True

    def replace(self, path: str, data: bytes, version: str) -> bool:
        import fcntl

        tmp = self._staged(path, data)
        folder = os.open(os.path.dirname(path), os.O_RDONLY)
        try:
            # The folder's own advisory lock makes "still this version? then rename" one step for every CAS writer.
            fcntl.flock(folder, fcntl.LOCK_EX)
            try:
                current = _file_version(os.stat(path))
            except FileNotFoundError:
                current = None
            if current != version:
                os.unlink(tmp)
                return False
            os.replace(tmp, path)
            return True
        finally:
            os.close(folder)  # releases the lock

    def list_names(self, folder: str, *, start_after: str | None = None, limit: int | None = None) -> list[str]:
        try:
            names = sorted(name for name in os.listdir(folder) if not name.endswith(".tmp"))
        except FileNotFoundError:
            return []
        if start_after is not None:
            import bisect

            names = names[bisect.bisect_right(names, start_after) :]
        return names if limit is None else names[:limit]

    def exists(self, path: str) -> bool:
        return os.path.exists(path)

    def delete(self, path: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def _file_version(stat: os.stat_result) -> str:
    # Every replace renames a new inode into place: inode, change time and size name one version.
    return f"{stat.st_ino}:{stat.st_mtime_ns}:{stat.st_size}"


class S3Objects(ObjectStore):
    """Amazon S3 and S3-compatible stores that implement S3's conditional writes, through s3fs."""

    kind = "S3"

    def _split(self, path: str) -> tuple[str, str]:
        bucket, _, key = path.partition("/")
        return bucket, key

    def read(self, path: str) -> bytes:
        return self.read_versioned(path)[0]

    def read_versioned(self, path: str) -> tuple[bytes, str]:
        from fsspec.asyn import sync

        bucket, key = self._split(path)
        # One GET gives the body and its ETag together, so the version always belongs to the bytes (s3fs's own
        # reads are a HEAD and a conditional GET, which fail when the object changes in between).
        response = self.fs.call_s3("get_object", Bucket=bucket, Key=key)
        body = response["Body"]
        try:
            data = sync(self.fs.loop, body.read)
        finally:
            body.close()
        return data, response["ETag"]

    def write(self, path: str, data: bytes, *, self_verifying: bool = False) -> None:
        self.fs.pipe_file(path, data)

    def create(self, path: str, data: bytes) -> bool:
        try:
            self.fs.pipe_file(path, data, mode="create")
        except FileExistsError:
            return self._holds(path, data)
        except OSError as err:
            if _precondition_failed(err):
                return self._holds(path, data)
            raise
        return True

    def replace(self, path: str, data: bytes, version: str) -> bool:
        try:
            self.fs.pipe_file(path, data, IfMatch=version)
        except FileNotFoundError:
            return False
        except OSError as err:
            if _precondition_failed(err):
                return self._holds(path, data)
            raise
        return True

    def _holds(self, path: str, data: bytes) -> bool:
        """Whether the object is ``data``: a request whose response was lost and was retried by the client is
        refused by its own first success, which this recognizes (every body this store writes is unique)."""
        try:
            return self.read(path) == data
        except FileNotFoundError:
            return False

    def list_names(self, folder: str, *, start_after: str | None = None, limit: int | None = None) -> list[str]:
        bucket, key = self._split(folder.rstrip("/"))
        prefix = f"{key}/" if key else ""
        names: list[str] = []
        request: dict[str, Any] = {"Bucket": bucket, "Prefix": prefix, "Delimiter": "/"}
        if start_after is not None:
            request["StartAfter"] = prefix + start_after
        while limit is None or len(names) < limit:
            if limit is not None:
                request["MaxKeys"] = min(1000, limit - len(names))
            page = self.fs.call_s3("list_objects_v2", **request)
            found = [item["Key"][len(prefix) :] for item in page.get("Contents") or []]
            found += [item["Prefix"][len(prefix) :].rstrip("/") for item in page.get("CommonPrefixes") or []]
            # A folder named ``start_after`` is listed again (its keys sort after the name): not after it.
            names.extend(sorted(name for name in found if start_after is None or name > start_after))
            if not page.get("IsTruncated"):
                break
            request["ContinuationToken"] = page["NextContinuationToken"]
        names.sort()
        return names if limit is None else names[:limit]

    def exists(self, path: str) -> bool:
        bucket, key = self._split(path)
        try:
            self.fs.call_s3("head_object", Bucket=bucket, Key=key)
        except FileNotFoundError:
            return False
        return True

    def delete(self, path: str) -> None:
        bucket, key = self._split(path)
        self.fs.call_s3("delete_object", Bucket=bucket, Key=key)
        self.fs.invalidate_cache(path)


def _precondition_failed(err: BaseException) -> bool:
    """An S3 412 (the condition did not hold) or 409 (a concurrent conditional write to the same key won)."""
    cause = err.__cause__
    response = getattr(cause, "response", None) or {}
    code = (response.get("Error") or {}).get("Code")
    return code in ("PreconditionFailed", "ConditionalRequestConflict", "412", "409")


class UnsupportedObjects(ObjectStore):
    """A filesystem with no primitives this store can trust (GCS and Azure today; see the README's storage table).

    Every primitive raises, so the open-time probe refuses the store before anything is written.
    """

    def __init__(self, fs: Any, lacks: str) -> None:
        super().__init__(fs)
        self.lacks = lacks

    def _refuse(self, *_: Any, **__: Any) -> Any:
        raise NotImplementedError(self.lacks)

    read = read_versioned = write = create = replace = list_names = exists = delete = _refuse  # type: ignore[assignment]


def objects_for(fs: Any) -> ObjectStore:
    """The primitives for ``fs`` (an fsspec filesystem instance)."""
    from fsspec.implementations.local import LocalFileSystem

    if isinstance(fs, LocalFileSystem):
        return LocalObjects(fs)
    protocols = fs.protocol if isinstance(fs.protocol, tuple | list) else (fs.protocol,)
    if {"s3", "s3a"} & set(protocols):
        return S3Objects(fs)
    return UnsupportedObjects(
        fs, f"no exclusive create and compare-and-swap for {protocols[0]}:// stores (supported: file://, s3://)"
    )


def probe(objects: ObjectStore, folder: str) -> str | None:
    """Try exclusive create and compare-and-swap in ``folder``; what the store lacks, or ``None`` when it has both.

    Leaves nothing behind: the probe's object is deleted whatever the outcome.
    """
    path = f"{folder.rstrip('/')}/{uuid.uuid4().hex}.probe"
    token = uuid.uuid4().hex
    try:
        if not objects.create(path, f"create {token}".encode()):
            return "exclusive create (a new object could not be created exclusively)"
        if objects.create(path, f"second {token}".encode()):
            return "exclusive create (a second create of the same name succeeded)"
        data, version = objects.read_versioned(path)
        if data != f"create {token}".encode():
            return "exclusive create (a second create replaced the first object)"
        if not objects.replace(path, f"swap {token}".encode(), version):
            return "compare-and-swap (a replace of the current version was refused)"
        if objects.replace(path, f"stale {token}".encode(), version):
            return "compare-and-swap (a replace of an outdated version succeeded)"
        return None
    except NotImplementedError as err:
        return str(err)
    finally:
        with contextlib.suppress(Exception):
            objects.delete(path)


def backoff(attempt: int) -> None:
    """Sleep before retrying after a conflict: from a millisecond up to ``_MAX_BACKOFF_S``, jittered."""
    import random

    time.sleep(random.uniform(0, min(_MAX_BACKOFF_S, 0.001 * 2**attempt)))


def join(*parts: str) -> str:
    return posixpath.join(*parts)


def write_file(path: Any, data: bytes) -> None:
    """Write ``data`` atomically to ``path`` (an ObjectStoragePath anywhere: outputs need not be in the store)."""
    objects = objects_for(path.fs)
    if isinstance(objects, UnsupportedObjects):
        path.fs.pipe_file(path.path, data)  # one upload: atomic on GCS and Azure blobs as well
    else:
        objects.write(path.path, data)


def read_file(path: Any) -> bytes:
    """The bytes of ``path`` (an ObjectStoragePath anywhere), from one consistent read."""
    objects = objects_for(path.fs)
    if isinstance(objects, UnsupportedObjects):
        return path.fs.cat_file(path.path)
    return objects.read(path.path)
