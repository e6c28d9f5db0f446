"""Ray's Jobs REST API over httpx: the one HTTP client of ``RayHook``.

The paths and payloads are those of Ray's own SDK and server (``ray/dashboard/modules/job/sdk.py`` and
``job_head.py``, Ray 2.60): ``GET /api/version``, ``GET /api/v0/nodes``, ``GET /api/jobs/`` (every job the cluster
ever ran), ``POST /api/jobs/`` (submit), ``GET /api/jobs/{id}``, ``POST /api/jobs/{id}/stop`` and
``GET /api/jobs/{id}/logs``. Speaking REST directly means the Airflow side needs neither the ``ray`` package nor
its ``requests``/``aiohttp`` clients: one ``httpx.Client`` and one ``httpx.AsyncClient`` per hook, built from the
same base URL, headers and timeout.

Failures are classified by what happened, never by the wording of a message:

============================================  ===============================================================
what happened                                 raised
============================================  ===============================================================
no connection, a timeout, a broken reply      ``BackendUnavailableError`` (retried here first, then by Airflow)
HTTP 429 or 5xx                               ``BackendUnavailableError`` (retried here first, then by Airflow)
HTTP 401 or 403                               ``QuantumPolicyError``: credentials do not fix themselves
HTTP 404 on a job                             no error: the verbs return ``None`` ("Ray has no such job")
any other 4xx                                 ``QuantumConfigError`` naming the connection: sending it again
                                              cannot help
============================================  ===============================================================

Requests that may pass are retried with exponential backoff (tenacity, as Airflow's Databricks and dbt Cloud
providers do): ``retries`` more attempts, waiting ``retry_delay`` seconds, then twice that, and so on, at most
``MAX_RETRY_WAIT_S`` (a server's ``Retry-After`` is honoured up to that cap). Every message is one line and passes
through ``redact`` (the hook's credential filter) before it is raised or logged: a rejecting server may echo the
request, credentials included.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
)

from quantum_provider.exceptions import (
    BackendUnavailableError,
    QuantumConfigError,
    QuantumError,
    QuantumPolicyError,
)

VERSION_PATH = "/api/version"
NODES_PATH = "/api/v0/nodes"
JOBS_PATH = "/api/jobs/"
#: The longest wait between two attempts of one request, whatever the backoff or ``Retry-After`` says.
MAX_RETRY_WAIT_S = 30.0
#: How much of a server's answer a message quotes.
_BODY_CHARS = 300


class _StatusError(Exception):
    """A non-2xx answer, before it is classified (internal: it never leaves this module)."""

    def __init__(self, method: str, path: str, response: httpx.Response) -> None:
        self.method = method
        self.path = path
        self.status = response.status_code
        self.body = response.text
        self.retry_after = _retry_after(response)
        super().__init__(f"HTTP {self.status} for {method} {path}")


class _NotJson(Exception):
    """A 2xx answer that is not JSON: whatever answered, it is not a Ray dashboard (internal)."""

    def __init__(self, method: str, path: str, response: httpx.Response) -> None:
        self.status = response.status_code
        self.body = response.text  # quoted only through RayJobsClient._describe, which redacts it first
        super().__init__(f"HTTP {self.status} for {method} {path} is not JSON")


def _retriable(err: BaseException) -> bool:
    """Connection errors, timeouts and broken replies, HTTP 429 and 5xx may pass; nothing else will."""
    if isinstance(err, httpx.TransportError):
        return not isinstance(err, httpx.UnsupportedProtocol)  # an address like ftp://... never works
    return isinstance(err, _StatusError) and (err.status == 429 or err.status >= 500)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:  # an HTTP date: the exponential backoff stands
        return None


def _body_line(body: str) -> str:
    """The informative line of a server's answer: the exception line of a traceback (Ray answers 500 with one),
    else the first line."""
    lines = [line.strip() for line in body.strip().splitlines() if line.strip()]
    if not lines:
        return "(empty answer)"
    line = lines[-1] if lines[0].startswith("Traceback") else lines[0]
    return line if len(line) <= _BODY_CHARS else line[: _BODY_CHARS - 3] + "..."


class RayJobsClient:
    """Ray's Jobs REST API for one connection.

    :param address: the dashboard's base URL (no user info: the hook refuses it).
    :param headers: headers of every request (the hook's bearer token).
    :param timeout: seconds each request may take (connect, read, write, pool).
    :param retries: how many more attempts a request that may pass gets; 0 sends once.
    :param retry_delay: seconds before the first retry; doubled on every further one.
    :param redact: removes the connection's credentials from a text; applied to every message.
    :param setting: what a configuration error names (the connection).
    :param log: where retries are logged.
    """

    def __init__(
        self,
        address: str,
        *,
        headers: dict[str, str],
        timeout: float,
        retries: int,
        retry_delay: float,
        redact: Callable[[str], str],
        setting: str,
        log: Any,
    ) -> None:
        self.address = address
        self.retries = retries
        self.retry_delay = retry_delay
        self.redact = redact
        self.setting = setting
        self.log = log
        self._client_args: dict[str, Any] = {
            "base_url": address,
            "headers": {"User-Agent": "airflow-provider-quantum", **headers},
            "timeout": httpx.Timeout(timeout),
        }
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None
        self._async_loop: asyncio.AbstractEventLoop | None = None

    # -- the two httpx clients ----------------------------------------------------------------------------------

    @property
    def sync_client(self) -> httpx.Client:
        """The synchronous client, built on first use (thread-safe, keeps connections alive)."""
        if self._sync is None:
            self._sync = httpx.Client(**self._client_args)
        return self._sync

    @property
    def async_client(self) -> httpx.AsyncClient:
        """The asynchronous client of the running event loop, built on its first use there.

        An ``httpx.AsyncClient`` belongs to the loop it first ran in; a triggerer has one loop, so this is built
        once there. A hook used from a second loop (``asyncio.run`` twice) gets a client of its own rather than
        one whose connections belong to a closed loop.
        """
        loop = asyncio.get_running_loop()
        if self._async is None or self._async_loop is not loop:
            self._async, self._async_loop = httpx.AsyncClient(**self._client_args), loop
        return self._async

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
            self._sync = None

    async def aclose(self) -> None:
        if self._async is not None and self._async_loop is asyncio.get_running_loop():
            await self._async.aclose()
        self._async = self._async_loop = None

    # -- requests -----------------------------------------------------------------------------------------------

    def _retry_args(self, retry: bool) -> dict[str, Any]:
        def wait(state: RetryCallState) -> float:
            backoff = wait_exponential(multiplier=self.retry_delay, max=MAX_RETRY_WAIT_S)(state)
            err = state.outcome.exception() if state.outcome is not None else None
            after = getattr(err, "retry_after", None)
            return min(max(backoff, after or 0.0), MAX_RETRY_WAIT_S)

        def before_sleep(state: RetryCallState) -> None:
            err = state.outcome.exception() if state.outcome is not None else None
            wait_s = state.next_action.sleep if state.next_action is not None else 0.0
            self.log.warning(
                "Ray at %s: %s; retrying in %.1f s (attempt %d of %d)",
                self.address,
                self._describe(err),
                wait_s,
                state.attempt_number + 1,
                self.retries + 1,
            )

        return {
            "stop": stop_after_attempt(1 + (self.retries if retry else 0)),
            "wait": wait,
            "retry": retry_if_exception(_retriable),
            "before_sleep": before_sleep,
            "reraise": True,  # the last failure itself, not tenacity's RetryError: it is classified below
        }

    @staticmethod
    def _check(method: str, path: str, response: httpx.Response, missing_ok: bool) -> Any:
        if response.status_code == 404 and missing_ok:
            return None
        if not response.is_success:
            raise _StatusError(method, path, response)
        try:
            return response.json() if response.content else {}
        except ValueError:
            raise _NotJson(method, path, response) from None

    def request(
        self,
        method: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        missing_ok: bool = False,
        retry: bool = True,
        recheck: str | None = None,
    ) -> Any:
        """Send ``method path`` and return the decoded JSON answer; ``None`` for a 404 when ``missing_ok``.

        :param json: the request's JSON body.
        :param missing_ok: a 404 is an answer (``None``), not an error.
        :param retry: retry what may pass (``retries`` times); ``False`` sends once (a connection test).
        :param recheck: a path to GET before every retry: when it answers (not 404), that answer is returned and
            the request is not sent again. A submission whose earlier attempt did reach Ray (its reply was lost,
            or a concurrent submitter won the race, which Ray answers with HTTP 500) then attaches instead of
            failing.
        """
        try:
            for attempt in Retrying(**self._retry_args(retry)):
                with attempt:
                    if recheck is not None and attempt.retry_state.attempt_number > 1:
                        found = self._check("GET", recheck, self.sync_client.get(recheck), missing_ok=True)
                        if found is not None:
                            return found
                    response = self.sync_client.request(method, path, json=json)
                    return self._check(method, path, response, missing_ok)
        except (httpx.HTTPError, httpx.InvalidURL, _StatusError, _NotJson) as err:
            raise self.classify(err, method, path) from None
        raise AssertionError("unreachable: tenacity either returns or raises")  # pragma: no cover

    async def arequest(
        self,
        method: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        missing_ok: bool = False,
        retry: bool = True,
        recheck: str | None = None,
    ) -> Any:
        """``request`` on the async client: the waits between attempts never block the event loop.

        :param json: the request's JSON body.
        :param missing_ok: a 404 is an answer (``None``), not an error.
        :param retry: retry what may pass; ``False`` sends once.
        :param recheck: as for ``request``.
        """
        try:
            async for attempt in AsyncRetrying(**self._retry_args(retry)):
                with attempt:
                    client = self.async_client
                    if recheck is not None and attempt.retry_state.attempt_number > 1:
                        found = self._check("GET", recheck, await client.get(recheck), missing_ok=True)
                        if found is not None:
                            return found
                    response = await client.request(method, path, json=json)
                    return self._check(method, path, response, missing_ok)
        except (httpx.HTTPError, httpx.InvalidURL, _StatusError, _NotJson) as err:
            raise self.classify(err, method, path) from None
        raise AssertionError("unreachable: tenacity either returns or raises")  # pragma: no cover

    # -- classification -----------------------------------------------------------------------------------------

    def _describe(self, err: BaseException | None) -> str:
        # Redacted whole, before any line is picked or cut: a credential cut in two would match no filter.
        if isinstance(err, _StatusError):
            return f"HTTP {err.status} for {err.method} {err.path}: {_body_line(self.redact(err.body))}"
        if isinstance(err, _NotJson):
            return f"{err}: {_body_line(self.redact(err.body))}"
        text = self.redact(str(err)).strip().splitlines()
        return f"{type(err).__name__}: {text[0] if text else ''}"[:500]

    def classify(self, err: BaseException, method: str, path: str) -> QuantumError:
        """The error taxonomy's class for a failed request, with a one-line, redacted message."""
        where = f"Ray at {self.address}"
        if isinstance(err, httpx.TransportError) and _retriable(err):
            return BackendUnavailableError(f"{where} is unreachable: {self._describe(err)}")
        if isinstance(err, _StatusError):
            if err.status == 429 or err.status >= 500:
                return BackendUnavailableError(f"{where} is unavailable: {self._describe(err)}")
            if err.status in (401, 403):
                return QuantumPolicyError(f"{where} refused the connection's credentials: {self._describe(err)}")
            return QuantumConfigError(self.setting, f"{where} refused the request: {self._describe(err)}")
        # An answer that is not JSON, or a request httpx cannot make (an invalid URL): a retry changes nothing.
        return QuantumConfigError(self.setting, f"{where} gave no usable answer: {self._describe(err)}")
