"""The result suites on real stored results: honest ones pass, each kind of wrong one is caught and named."""

from __future__ import annotations

import pytest

from quantum_provider.hooks.lightning import LightningHook
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
from quantum_provider.validation.results import ResultThresholds, validate_results
from tests.tamper import tamper_result

SQUARE = {
    "name": "square",
    "problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2]]},
    "ansatz": {"kind": "qaoa", "layers": 2},
    "optimizer": {"kind": "adam", "stepsize": 0.05, "maxiter": 80},
}
H2 = {
    "name": "H2",
    "problem": {"kind": "molecule", "symbols": ["H", "H"], "coordinates": [[0, 0, 0], [0, 0, 0.74]]},
    "optimizer": {"kind": "adam", "stepsize": 0.1, "maxiter": 200, "tol": 1e-10},
}


@pytest.fixture(scope="module")
def solved(tmp_path_factory) -> tuple[ResultStore, dict[str, str]]:
    store = ResultStore(f"file://{tmp_path_factory.mktemp('results')}/store")
    hook = LightningHook()
    keys = {}
    for job in (SQUARE, H2):
        spec = hook.resolve_spec(JobSpec.parse(job))
        keys[job["name"]] = key = spec.content_key(backend=hook.backend_identity())
        hook.submit(spec, key=key, store=store)
    return store, keys


def check(store: ResultStore, key: str, **thresholds) -> list[str]:
    outcome = validate_results(store, [store.load_result(key)], ResultThresholds(**thresholds))
    return outcome.rejected.get(key, [])


@pytest.fixture
def copy(solved, tmp_path):
    """A private copy of the solved store, so each test can tamper with it."""
    import shutil

    store, keys = solved
    shutil.copytree(store.base.path, tmp_path / "store")
    return ResultStore(f"file://{tmp_path}/store"), keys


def test_honest_results_pass_every_expectation(solved):
    store, keys = solved
    outcome = validate_results(store, [store.load_result(k) for k in keys.values()], ResultThresholds())
    assert outcome.success, outcome.rejected
    assert set(outcome.outcomes) == {"maxcut", "molecule"}
    maxcut = outcome.frame.set_index("name").loc["square"]
    assert maxcut["probability_sum_error"] < 1e-12  # the full 16-state distribution is stored and sums to 1
    assert maxcut["probability_min"] >= 0


@pytest.mark.parametrize(
    ("job", "tamper", "thresholds", "reason"),
    [
        ("square", {"scale_distribution": 0.8}, {}, "probabilities sum to 0.8"),
        ("square", {"scale_distribution": -1.0}, {}, "a probability is negative"),
        ("square", {"scale_distribution": 100.0}, {}, "a probability exceeds 1"),
        ("square", {}, {"min_expected_ratio": 1.5}, "expected-value approximation ratio"),
        ("square", {}, {"min_best_ratio": 1.5}, "best-of-top-bitstrings approximation ratio 1.0000 is below 1.5"),
        ("square", {"convergence": "stalled"}, {}, "convergence stalled: gradient norm"),
        ("H2", {"convergence": "maxiter"}, {"accepted_convergence": ("converged",)}, "convergence maxiter"),
        ("square", {"energy": None}, {}, "the energy is NaN or missing"),
        ("square", {"parameters": [[0.1, None], [0.2, 0.3]]}, {}, "a parameter is NaN or infinite"),
        ("square", {"energy_trace": [-1.0, -2.0] * 20}, {}, "not converged"),
        ("H2", {"energy": -1.2}, {}, "below the exact ground energy"),
        ("H2", {"energy": -1.13}, {"max_energy_error": 1.6e-3}, "above the exact ground energy, more than 0.0016"),
    ],
)
def test_each_kind_of_wrong_result_is_rejected_with_its_reason(copy, job, tamper, thresholds, reason):
    store, keys = copy
    assert check(store, keys[job], **thresholds) == [] or thresholds
    tamper_result(store, keys[job], **tamper)
    reasons = check(store, keys[job], **thresholds)
    assert any(reason in text for text in reasons), reasons


def test_rows_carry_the_asking_specs_name_not_the_stored_one(copy):
    store, keys = copy
    stored = store.load_result(keys["square"])
    outcome = validate_results(store, [stored], ResultThresholds(), {keys["square"]: "asked-name"})
    assert outcome.frame["name"].tolist() == ["asked-name"]
    assert stored.result["name"] != "asked-name"
    assert validate_results(store, [stored], ResultThresholds()).frame["name"].tolist() == [stored.result["name"]]
