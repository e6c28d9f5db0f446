"""Triggers that wait on asynchronous backends in Airflow's triggerer, for the deferrable sensors."""
