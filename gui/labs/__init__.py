"""The learning labs: small experiments from the book, one tab each.

``LABS`` maps a lab's name (used by ``--lab NAME`` on the command line) to a ``LabSpec`` whose
``create()`` builds the widget. Widgets are imported only when created, so opening the window
does not pay for labs nobody looks at.

Every lab widget provides ``export_target() -> QWidget`` (the figure that File ▸ Export image and
the CLI render), ``run_preset_blocking()`` (compute the default experiment to completion, for the
headless CLI), ``set_theme(theme)`` and ``shutdown()`` (stop background work; safe to repeat).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class LabSpec:
    """A lab in the registry: its command-line name, its tab title and its factory."""

    name: str
    title: str
    create: Callable[[], QWidget]


def _lazy(module: str, cls: str) -> Callable[[], QWidget]:
    def create() -> QWidget:
        return getattr(importlib.import_module(f"gui.labs.{module}"), cls)()

    create.__name__ = f"create_{module}"
    return create


LABS: dict[str, LabSpec] = {
    spec.name: spec
    for spec in (
        LabSpec("derivative", "Derivative", _lazy("derivative_lab", "DerivativeLab")),
        LabSpec("partials", "Partial derivatives", _lazy("partials_lab", "PartialsLab")),
        LabSpec("lr-race", "Learning-rate race", _lazy("lr_race_lab", "LearningRateRaceLab")),
        LabSpec("optimizers", "Optimizers", _lazy("optimizers_lab", "OptimizersLab")),
        LabSpec("basins", "Basins", _lazy("basins_lab", "BasinsLab")),
        LabSpec("step-inspector", "Step inspector", _lazy("step_inspector_lab", "StepInspectorLab")),
    )
}

__all__ = ["LABS", "LabSpec"]
