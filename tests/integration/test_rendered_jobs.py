"""Bad input that arrives through Airflow itself: a job rendered by Airflow is checked before Airflow stores it.

Real DAG runs (``dag.test()`` on the session's migrated SQLite database, real lightning). A job given as a Python
dict with a NaN used to fail inside Airflow's own JSON encoding of the rendered fields (``ValueError: Out of range
float values are not JSON compliant``) and be retried; a templated number arrives as text unless the DAG renders
native objects, and a boolean was taken as 1.
"""

from __future__ import annotations

import pytest

from devtools.demo import load_dag, run_dag, task_states

pytestmark = pytest.mark.integration

_DAG = """
from datetime import datetime, timedelta

from airflow.sdk import DAG

from quantum_provider.operators.batch import QuantumBatchSubmitOperator
from quantum_provider.operators.submit import QuantumSubmitOperator
from quantum_provider.governance.retry_policy import QuantumRetryPolicy

NAN = float("nan")
EDGES = [[0, 1], [1, 2], [2, 0]]
JOB = {job}

with DAG(dag_id={dag_id!r}, schedule=None, start_date=datetime(2026, 1, 1), catchup=False,
         params={params!r}) as dag:
    kwargs = dict(result_store={store!r}, retries=3, retry_delay=timedelta(seconds=0),
                  retry_policy=QuantumRetryPolicy(backoff_base=timedelta(seconds=0)))
    if {mode!r} == "mapped":
        QuantumSubmitOperator.partial(task_id="solve", **kwargs).expand(job=[JOB])
    elif {mode!r} == "batch":
        QuantumBatchSubmitOperator(task_id="solve", jobs=[{{"problem": {{"kind": "maxcut", "edges": EDGES}}}}, JOB],
                                   **kwargs)
    else:
        QuantumSubmitOperator(task_id="solve", job=JOB, **kwargs)
"""


def _run(dags_folder, store_uri, dag_id: str, job: str, *, mode: str = "single", params: dict | None = None):
    path = dags_folder / f"{dag_id}.py"
    path.write_text(_DAG.format(job=job, dag_id=dag_id, params=params or {}, store=store_uri, mode=mode))
    dagrun, values = run_dag(load_dag(path))
    return dagrun, values, task_states(dagrun)


def _rendered_job(dagrun, task_id: str = "solve"):
    from airflow.models.renderedtifields import RenderedTaskInstanceFields
    from airflow.utils.session import create_session

    with create_session() as session:
        ti = dagrun.get_task_instances(session=session)[0]
        return RenderedTaskInstanceFields.get_templated_fields(ti, session=session)


NAN_JOB = '{"problem": {"kind": "maxcut", "edges": [[0, 1, NAN], [1, 2], [2, 0]]}}'


@pytest.mark.parametrize(
    ("mode", "field"), [("single", "problem"), ("mapped", "problem"), ("batch", "jobs[1].problem")]
)
def test_a_nan_in_a_python_dict_fails_once_naming_the_field(dags_folder, store_uri, capfd, mode, field):
    dagrun, _, states = _run(dags_folder, store_uri, f"rendered_nan_{mode}", NAN_JOB, mode=mode)
    logs = capfd.readouterr()
    text = logs.out + logs.err
    # Failed on its first try although it may retry 3 times: a spec error is never retried.
    assert list(states.values()) == [("failed", 1)], text[-3000:]
    assert f"{field}.edges[0][2]: must be a finite number, got nan" in text
    assert "Out of range float values are not JSON compliant" not in text
    # The rendered field was stored (JSON has no NaN: it is spelled as text there), so the UI shows what ran.
    stored = _rendered_job(dagrun)
    job = stored["jobs"][1] if mode == "batch" else stored["job"]
    assert job["problem"]["edges"][0] == [0, 1, "nan"]
    # Nothing was written for the job: no record, no spec in the store.
    from quantum_provider.storage import ResultStore

    assert ResultStore(store_uri).objects.list_names(f"{ResultStore(store_uri).root}/jobs") == []


# A templated number renders as text; the exact spelling of a number is accepted, nothing looser.
TEMPLATED = '{"problem": {"kind": "maxcut", "edges": EDGES}, "optimizer": {"stepsize": "{{ params.step }}", "maxiter": "{{ params.steps }}"}}'  # noqa: E501


def test_templated_numbers_spelled_exactly_are_accepted(dags_folder, store_uri, capfd):
    _, values, states = _run(dags_folder, store_uri, "rendered_numbers", TEMPLATED, params={"step": 0.1, "steps": 12})
    assert states[("solve", -1)] == ("success", 1), capfd.readouterr().out[-3000:]
    from quantum_provider.storage import ResultStore

    store = ResultStore(store_uri)
    spec = store.read_spec(values[("solve", -1)]["key"])
    assert (spec["optimizer"]["stepsize"], spec["optimizer"]["maxiter"]) == (0.1, 12)
    assert values[("solve", -1)]["iterations"] <= 12


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"step": True, "steps": 12}, 'optimizer.stepsize: must be a number, got "True"'),
        ({"step": "0.1 ", "steps": 12}, 'optimizer.stepsize: must be a number, got "0.1 "'),
        ({"step": 0.1, "steps": 12.0}, 'optimizer.maxiter: must be an integer, got "12.0"'),
    ],
)
def test_templated_values_that_are_not_exactly_numbers_fail_once(dags_folder, store_uri, capfd, params, message):
    _, _, states = _run(dags_folder, store_uri, "rendered_not_numbers", TEMPLATED, params=params)
    text = "".join(capfd.readouterr())
    assert states[("solve", -1)] == ("failed", 1), text[-3000:]
    assert message in text
