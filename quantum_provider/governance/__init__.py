"""What a deployment decides around every job: a connection's policy and budgets, admission, the audit trail,
the circuit breaker, the retry policy and the worker queue of quantum tasks.

``connection_policy`` (rules from a connection's extras), ``budget_ledger`` (daily reservations and settlements
in the result store), ``admission`` (``Governance``: what the submitting operators do around each job), ``audit``
(the hash-chained trail; ``python -m quantum_provider.governance.audit verify``), ``breaker`` (one circuit breaker
per backend connection), ``retry_policy`` (Airflow ``RetryPolicy`` over the error taxonomy), ``cluster_policy``
(opt-in task policy for a deployment's ``airflow_local_settings.py``).
"""
