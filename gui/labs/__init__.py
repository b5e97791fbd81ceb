"""The learning labs: small experiments from the book, one tab each.

``LABS`` maps a lab's name (used by ``--lab NAME`` on the command line) to a ``LabSpec`` whose
``create(compute=None)`` builds the widget on the window's compute thread (a lab made without one
makes its own, and stops it when it closes). Widgets are imported only when created, so opening
the window does not pay for labs nobody looks at.

Every lab widget (a ``gui.labs.lab_base.LabWidget``) provides ``export_target() -> QWidget`` (the
figure that File ▸ Export image and the CLI render), ``run_preset_blocking()`` (show the default
experiment, its computation waited for on the compute thread, for the headless CLI),
``wait_until_computed()``, ``set_theme(theme)`` and ``shutdown()`` (cancel its job; safe to repeat).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the registry imports no lab, and no thread machinery, until a lab is made
    from gui.workers.compute_thread import ComputeThread

#: ``create(compute=None)``: a new lab widget, computing on ``compute`` (or on its own thread).
LabFactory = Callable[..., QWidget]


@dataclass(frozen=True)
class LabSpec:
    """A lab in the registry: its command-line name, its tab title and its factory.

    ``title`` is an English source text of the ``LABS_CONTEXT`` translation context: write it as
    ``QT_TRANSLATE_NOOP("labs", "Derivative")`` so lupdate extracts it; the window shows it
    through ``gui.i18n.translate(LABS_CONTEXT, spec.title)``.
    """

    name: str
    title: str
    create: LabFactory


def _lazy(module: str, cls: str) -> LabFactory:
    def create(compute: "ComputeThread | None" = None) -> QWidget:
        return getattr(importlib.import_module(f"gui.labs.{module}"), cls)(compute=compute)

    create.__name__ = f"create_{module}"
    return create


#: The translation context of the labs' tab titles.
LABS_CONTEXT = "labs"

LABS: dict[str, LabSpec] = {
    spec.name: spec
    for spec in (
        LabSpec("derivative", QT_TRANSLATE_NOOP("labs", "Derivative"), _lazy("derivative_lab", "DerivativeLab")),
        LabSpec("partials", QT_TRANSLATE_NOOP("labs", "Partial derivatives"), _lazy("partials_lab", "PartialsLab")),
        LabSpec("lr-race", QT_TRANSLATE_NOOP("labs", "Learning-rate race"),
                _lazy("lr_race_lab", "LearningRateRaceLab")),
        LabSpec("optimizers", QT_TRANSLATE_NOOP("labs", "Optimizers"), _lazy("optimizers_lab", "OptimizersLab")),
        LabSpec("basins", QT_TRANSLATE_NOOP("labs", "Basins"), _lazy("basins_lab", "BasinsLab")),
        LabSpec("step-inspector", QT_TRANSLATE_NOOP("labs", "Step inspector"),
                _lazy("step_inspector_lab", "StepInspectorLab")),
        LabSpec("network", QT_TRANSLATE_NOOP("labs", "Network"), _lazy("network_lab", "NetworkLab")),
    )
}

__all__ = ["LABS", "LABS_CONTEXT", "LabSpec"]
