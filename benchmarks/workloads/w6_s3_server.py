"""W6's S3 endpoint: moto's S3 server in a process of its own, its bucket loaded directly through moto's backend.

Run as a script (``python benchmarks/workloads/w6_s3_server.py --port P --bucket B --load FILE``; W6 starts it,
see ``S3Server`` in w6_store_scaling.py): it creates the bucket, puts every object of ``FILE`` (a ``marshal`` dump
of ``{key: bytes}``, exactly the objects W6 also wrote to its local store) with ``S3Backend.put_object``, which is
what a ``PutObject`` request ends in, minus HTTP, then serves the bucket on 127.0.0.1 with
``moto.server.ThreadedMotoServer``. It imports nothing of the benchmarks or the provider.

Protocol: one JSON line on stdout once it serves (objects loaded, seconds, resident memory), then one JSON line
per command read from stdin: ``list indexed`` / ``list stock`` (which LIST implementation serves, see below),
``rss``; end of input stops it.

**Stock and indexed LIST.** moto's ``list_objects_v2`` walks every key of the bucket and sorts the matches on
every request: one LIST costs O(objects in the bucket), and O(matches) even with ``MaxKeys`` (S3 itself answers a
``Prefix`` + ``StartAfter`` + ``MaxKeys`` LIST from its sorted key index in O(page)). ``list indexed`` swaps in a
LIST over a sorted list of the bucket's key names kept beside moto's own store (``bisect`` from ``Prefix`` /
``StartAfter`` / the continuation token, common prefixes skipped over, at most ``MaxKeys`` entries looked at):
the same answers, the same continuation tokens, at S3's cost. Everything else is stock moto.
"""

from __future__ import annotations

import argparse
import bisect
import json
import logging
import marshal
import sys
import time
from pathlib import Path
from typing import Any

import psutil

ACCOUNT = "123456789012"  # moto's default account: what the access key "testing" maps to
REGION = "us-east-1"


def _rss_bytes() -> int:
    """This process's resident memory now (VmRSS), not its peak."""
    return psutil.Process().memory_info().rss


class SortedNames:
    """Every key name ever put in each bucket, sorted (a deleted key stays listed here; LIST skips it)."""

    def __init__(self) -> None:
        self.names: dict[str, list[str]] = {}
        self.present: dict[str, set[str]] = {}

    def bulk(self, bucket: str, names: list[str]) -> None:
        self.names[bucket] = sorted(set(self.names.get(bucket, [])) | set(names))
        self.present[bucket] = set(self.names[bucket])

    def add(self, bucket: str, name: str) -> None:
        present = self.present.setdefault(bucket, set())
        if name not in present:
            present.add(name)
            bisect.insort(self.names.setdefault(bucket, []), name)


def install(backend_class: Any, names: SortedNames) -> dict[str, bool]:
    """Patch ``S3Backend``: keep ``names`` up to date on every put, and LIST from it while ``mode["indexed"]``."""
    from moto.s3.models import FakeDeleteMarker
    from moto.utilities.utils import md5_hash

    mode = {"indexed": False}
    stock_put, stock_list = backend_class.put_object, backend_class.list_objects_v2

    def put_object(self: Any, bucket_name: str, key_name: str, *args: Any, **kwargs: Any) -> Any:
        key = stock_put(self, bucket_name, key_name, *args, **kwargs)
        names.add(bucket_name, key_name)
        return key

    def list_objects_v2(
        self: Any,
        bucket: Any,
        prefix: str | None,
        delimiter: str | None,
        continuation_token: str | None,
        start_after: str | None,
        max_keys: int,
    ) -> Any:
        if not mode["indexed"]:
            return stock_list(self, bucket, prefix, delimiter, continuation_token, start_after, max_keys)
        prefix = prefix or ""
        after = self._pagination_tokens.get(continuation_token) if continuation_token else start_after
        sorted_names = names.names.get(bucket.name, [])
        position = bisect.bisect_left(sorted_names, prefix)
        if after is not None and after >= prefix:
            position = bisect.bisect_right(sorted_names, after)
        found: list[Any] = []
        while position < len(sorted_names) and len(found) <= max_keys:
            name = sorted_names[position]
            if not name.startswith(prefix):
                break
            rest = name[len(prefix) :]
            if delimiter and delimiter in rest:
                common = prefix + rest.split(delimiter, 1)[0] + delimiter
                end = bisect.bisect_left(sorted_names, common[: -len(delimiter)] + chr(ord(delimiter[-1]) + 1))
                # a common prefix is listed when a live key is under it (moto compares it with the cursor too)
                live = any(_live(bucket, sorted_names[i]) for i in range(position, end))
                if live and (after is None or common > after):
                    found.append(common)
                position = end
                continue
            key = bucket.keys.get(name)
            if key is not None and not isinstance(key, FakeDeleteMarker):
                found.append(key)
            position += 1
        if max_keys == 0:
            return [], False, None
        if len(found) > max_keys:
            found = found[:max_keys]
            last = found[-1] if isinstance(found[-1], str) else found[-1].name
            token = md5_hash(last.encode("utf-8")).hexdigest()
            self._pagination_tokens[token] = last
            return found, True, token
        return found, False, None

    def _live(bucket: Any, name: str) -> bool:
        key = bucket.keys.get(name)
        return key is not None and not isinstance(key, FakeDeleteMarker)

    backend_class.put_object = put_object
    backend_class.list_objects_v2 = list_objects_v2
    return mode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--bucket", required=True)
    parser.add_argument("--load", type=Path, required=True, help="marshal dump of {key: bytes} to put first")
    args = parser.parse_args(argv)

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    from moto.s3.models import S3Backend, s3_backends
    from moto.server import ThreadedMotoServer

    backend = s3_backends[ACCOUNT]["aws"]
    backend.create_bucket(args.bucket, REGION)
    started = time.perf_counter()
    objects = marshal.loads(args.load.read_bytes())
    args.load.unlink()
    for key, data in objects.items():  # stock put_object: the sorted names are built once, below
        backend.put_object(args.bucket, key, data, disable_notification=True)
    names = SortedNames()
    names.bulk(args.bucket, list(objects))
    count = len(objects)
    del objects
    mode = install(S3Backend, names)
    load_s = time.perf_counter() - started
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=args.port, verbose=False)
    server.start()
    print(json.dumps({"ready": True, "objects": count, "load_s": load_s, "rss_bytes": _rss_bytes()}), flush=True)
    for line in sys.stdin:
        command = line.split()
        if command[:1] == ["list"] and command[1:] in (["indexed"], ["stock"]):
            mode["indexed"] = command[1] == "indexed"
            answer: dict[str, Any] = {"list": command[1]}
        elif command == ["rss"]:
            answer = {"rss_bytes": _rss_bytes()}
        else:
            answer = {"error": f"unknown command {line.strip()!r}"}
        print(json.dumps(answer), flush=True)
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
