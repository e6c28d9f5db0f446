"""The peers every workload is measured through: tutorial, expert and provider (in-process and as a DAG run)."""
