"""Developer tools that run the provider on an embedded Airflow; not part of the installed package."""
