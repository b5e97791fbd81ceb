"""The one worker mechanism (compute_thread.py): every computation of the app runs through it."""

from gui.workers.compute_thread import ComputeThread, Job, JobError, Progress

__all__ = ["ComputeThread", "Job", "JobError", "Progress"]
