"""Workers that run numerics off the GUI thread and report through Qt signals only."""

from gui.workers.descent_worker import DescentWorker, DescentWorkerHost

__all__ = ["DescentWorker", "DescentWorkerHost"]
