"""What operations people see of a job outside its result: metrics, provenance and the UI's extra links.

``metrics`` (``quantum.job.*`` through Airflow's Stats), ``provenance`` (what ran, where, with which versions,
seeds and timings), ``links`` (the task instance's "Quantum job" and "Quantum jobs" extra links).
"""
