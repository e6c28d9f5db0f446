"""What the Airflow UI shows of quantum jobs: the plugin, its FastAPI app, the job pages and their data."""

#: Where the api-server mounts the plugin's app. Here rather than in ``app`` so that the plugin names it without
#: importing the app (and FastAPI) in every process that loads plugins.
URL_PREFIX = "/quantum"
