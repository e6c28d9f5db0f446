"""Who asks: the Airflow user of a request (the api-server's JWT, as a bearer header or the UI's cookie), and the
DAGs their auth manager lets them read. The API answers an anonymous request 401; pages send it to the login."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials

if TYPE_CHECKING:
    from airflow.api_fastapi.auth.managers.models.base_user import BaseUser


def _bearer(request: Request) -> HTTPAuthorizationCredentials | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return HTTPAuthorizationCredentials(scheme=scheme, credentials=token) if token else None


async def _user_or_none(request: Request) -> BaseUser | None:
    """The Airflow user of the request, as the api-server's own routes resolve it; ``None`` when anonymous."""
    from airflow.api_fastapi.core_api.security import get_user

    try:
        return await get_user(request, None, _bearer(request))
    except HTTPException:
        return None


async def api_user(user: Annotated[Any, Depends(_user_or_none)]) -> BaseUser:
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Not authenticated: sign in to Airflow first")
    return user


class LoginRequired(Exception):
    """A page was asked for without a signed-in user: the app sends the browser to Airflow's login."""


async def page_user(user: Annotated[Any, Depends(_user_or_none)]) -> BaseUser:
    if user is None:
        raise LoginRequired
    return user


def readable_dags(user: BaseUser) -> set[str]:
    """The DAG ids the auth manager lets ``user`` read."""
    from airflow.api_fastapi.app import get_auth_manager

    return get_auth_manager().get_authorized_dag_ids(user=user, method="GET")
