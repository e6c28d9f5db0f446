"""The provider info lists every operator, sensor, trigger and hook module, and HOOK_CLASSES is read from it.

``airflow providers`` and the provider's documentation know a module only if the provider info lists it, so a
new operator that is not listed is invisible there. The walk below finds every class the four packages define
and fails on a module the provider info does not list, or lists in the wrong section, or lists without a class.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from airflow.sdk import BaseHook, BaseOperator, BaseSensorOperator
from airflow.triggers.base import BaseTrigger

import quantum_provider.hooks
import quantum_provider.operators
import quantum_provider.sensors
import quantum_provider.triggers
from quantum_provider.get_provider_info import get_provider_info

PACKAGES = (quantum_provider.operators, quantum_provider.sensors, quantum_provider.triggers, quantum_provider.hooks)
SECTIONS = ("operators", "sensors", "triggers", "hooks")


def section_of(cls: type) -> str | None:
    """The provider-info section a class belongs to (a sensor is an operator too, but is listed as a sensor)."""
    if issubclass(cls, BaseSensorOperator):
        return "sensors"
    if issubclass(cls, BaseOperator):
        return "operators"
    if issubclass(cls, BaseTrigger):
        return "triggers"
    if issubclass(cls, BaseHook):
        return "hooks"
    return None


def defined_sections() -> dict[str, set[str]]:
    """Module name -> the sections of the classes it defines (not the ones it imports), for every module of the
    four packages."""
    found: dict[str, set[str]] = {}
    for package in PACKAGES:
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
            module = importlib.import_module(info.name)
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if cls.__module__ == module.__name__ and (section := section_of(cls)) is not None:
                    found.setdefault(module.__name__, set()).add(section)
    return found


def listed() -> dict[str, set[str]]:
    """Module name -> the sections of the provider info that list it."""
    info = get_provider_info()
    modules: dict[str, set[str]] = {}
    for section in SECTIONS:
        for entry in info.get(section, []):
            for name in entry["python-modules"]:
                modules.setdefault(name, set()).add(section)
    return modules


def test_every_module_defining_an_operator_sensor_trigger_or_hook_is_listed_in_its_section():
    defined = defined_sections()
    # The walk itself works: it finds the classes the README documents.
    assert defined["quantum_provider.operators.submit"] == {"operators"}
    assert defined["quantum_provider.sensors.job"] == {"sensors"}
    assert defined["quantum_provider.triggers.job"] == {"triggers"}
    assert defined["quantum_provider.hooks.lightning"] == {"hooks"}
    assert listed() == defined


@pytest.mark.parametrize("section", SECTIONS)
def test_each_section_names_a_declared_integration(section):
    info = get_provider_info()
    integrations = {entry["integration-name"] for entry in info["integrations"]}
    assert info[section]
    for entry in info[section]:
        assert entry["integration-name"] in integrations
        assert entry["python-modules"] == sorted(set(entry["python-modules"]))


def test_hook_classes_are_the_provider_infos_connection_types():
    from airflow.sdk.module_loading import import_string

    from quantum_provider.hooks import HOOK_CLASSES

    declared = {entry["connection-type"]: entry["hook-class-name"] for entry in get_provider_info()["connection-types"]}
    assert declared == HOOK_CLASSES
    for conn_type, path in HOOK_CLASSES.items():
        hook = import_string(path)
        assert hook.conn_type == conn_type
        assert path.rpartition(".")[0] in listed()  # its module is listed under hooks
