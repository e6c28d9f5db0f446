"""What the Airflow UI shows of quantum jobs: the plugin, its FastAPI app, the job pages and their data."""
