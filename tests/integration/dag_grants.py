"""Airflow's Simple auth manager with users who may read only some DAGs, for the UI tests' real api-server.

The Simple auth manager's roles let every user read every DAG; the auth managers of a deployment (FAB, Keycloak)
grant DAGs one by one. This subclass keeps all of the Simple auth manager (users, passwords, tokens, login) and
limits each user named in ``QUANTUM_TEST_DAG_GRANTS`` (JSON: user name -> DAG ids) to those DAGs, in
``is_authorized_dag``: the check behind Airflow's ``get_authorized_dag_ids`` and its DAG routes. Configured with
``[core] auth_manager = tests.integration.dag_grants.DagGrantsAuthManager``.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

from airflow.api_fastapi.auth.managers.simple.simple_auth_manager import SimpleAuthManager

if TYPE_CHECKING:
    from airflow.api_fastapi.auth.managers.base_auth_manager import ResourceMethod
    from airflow.api_fastapi.auth.managers.models.resource_details import DagAccessEntity, DagDetails
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

GRANTS_ENV = "QUANTUM_TEST_DAG_GRANTS"


class DagGrantsAuthManager(SimpleAuthManager):
    """The Simple auth manager, but a user with grants reads only the DAGs granted."""

    def is_authorized_dag(
        self,
        *,
        method: ResourceMethod,
        user: SimpleAuthManagerUser,
        access_entity: DagAccessEntity | None = None,
        details: DagDetails | None = None,
    ) -> bool:
        granted = json.loads(os.environ.get(GRANTS_ENV) or "{}").get(user.get_name())
        # No DAG id: a question about DAGs in general (e.g. may the user list DAGs), answered per DAG afterwards.
        if granted is not None and details is not None and details.id is not None and details.id not in granted:
            return False
        return super().is_authorized_dag(method=method, user=user, access_entity=access_entity, details=details)
