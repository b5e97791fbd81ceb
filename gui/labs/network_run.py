"""One training run of the Network tab, and the job that streams it (no Qt in this module).

The Network tab trains a ``numerics.network.TwoLayerNet`` with ``numerics.network.train`` — a
generator of ``TrainRecord`` — on the window's compute thread. This module holds what sits between
the two:

- :class:`TrainingSettings`: the settings of the controls (or the command line), checked by
  ``gui.model.validation`` like every value from outside; :func:`suggested_settings` per dataset.
- :class:`TrainingRun`: the net, its data and its ``train`` generator, which outlives the jobs
  that pull from it. **Pause** asks the running job to end after the current iteration: it sends
  what it has and *returns*, the generator stays where it was, and **resume** submits a new job
  over the same generator. Nothing computes while paused (a job that waited on a flag would keep
  the compute thread spinning) and no record is lost (a cancelled job's last output is dropped
  by the compute thread, so pause and stop never cancel the job: they let it finish).
- :func:`training_job`: one iteration per step of the job (a checkpoint between iterations), and at
  most :data:`UPDATE_SECONDS` apart a :class:`TrainingUpdate` with the new records as arrays and
  what the net shows *now* — its decision regions on a grid, or its predictions for the digit grid —
  computed here, between two iterations, because ``train`` changes the weights in place.
- :class:`TrainingHistory`: the GUI side's growing record of a run (loss per iteration and its
  moving average, accuracy per epoch) and its CSV (``iteration,epoch,loss,train_acc,test_acc``).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field, replace
from typing import IO, Any

import numpy as np

from gui.model.validation import LIMITS, Limit, ValidationError
from numerics.descent import CancelToken
from numerics.messages import QT_TRANSLATE_NOOP, Message, message
from numerics.network import (
    DATASETS_2D,
    GRADIENTS,
    SAMPLINGS,
    Dataset,
    DecisionRegions,
    TwoLayerNet,
    decision_regions,
    epoch_of,
    iter_per_epoch,
    make_dataset,
)
from numerics.network import training as _training  # looked up at call time: tests wrap train()
from numerics.network.book import TRAIN_SETTINGS
from numerics.optimizers import OPTIMIZERS

#: Every dataset the tab offers, in its order: the built-in 2-D sets, then MNIST.
DATASETS: tuple[str, ...] = tuple(DATASETS_2D) + ("mnist",)
#: Shortest gap between two updates sent to the GUI (at most 10 redraws a second: every redraw's
#: Python calls wait for the GIL the training holds, and on a busy machine for a core too).
UPDATE_SECONDS = 0.1
#: Cells per side of the decision-region grid.
REGION_CELLS = 120
#: Test digits shown in the digit grid (rows × columns).
DIGIT_ROWS, DIGIT_COLUMNS = 5, 10
LENGTH_UNITS: tuple[str, ...] = ("iterations", "epochs")

RUNNING, PAUSED, STOPPED, FINISHED = "running", "paused", "stopped", "finished"

LIMITS_NETWORK: dict[str, Limit] = {
    "hidden": Limit(1, 2048, integer=True),
    "lr": LIMITS["lr"],
    "batch_size": Limit(1, 100_000, integer=True),
    "iterations": Limit(1, _training.MAX_ITERATIONS, integer=True),
    "epochs": Limit(1, 100_000, integer=True),
    "seed": Limit(0, 2**31 - 1, integer=True),  # a QSpinBox holds a 32-bit int
    "init_std": Limit(1e-6, 100.0),
    "n_samples": Limit(6, 10_000, integer=True),
    "noise": Limit(0.0, 10.0),
}

ERR_CHOICE = QT_TRANSLATE_NOOP("numerics", "must be one of {choices}, got “{got}”")
ERR_TOO_LONG = QT_TRANSLATE_NOOP(
    "numerics", "{epochs} epochs of batches of {batch} are {iterations} iterations; at most {high} are allowed")
ERR_NOT_FINITE_LOSS = QT_TRANSLATE_NOOP(
    "numerics", "The loss is no longer a finite number (at iteration {iteration}): try a smaller η.")


@dataclass(frozen=True)
class TrainingSettings:
    """What one run is trained with. ``length`` counts ``length_unit`` ("iterations"/"epochs").

    ``seed`` seeds the initial weights and the order of the mini-batches; the 2-D data itself is
    always drawn from seed 0 (so that two runs with different seeds learn the same points).
    ``noise=None`` is the dataset's own noise.
    """

    dataset: str = "spiral"
    hidden: int = 30
    lr: float = 1.0
    batch_size: int = 30
    length: int = 3000
    length_unit: str = "iterations"
    optimizer: str = "SGD"
    gradient: str = "backprop"
    sampling: str = "replacement"
    seed: int = 0
    init_std: float = 1.0
    n_samples: int = 300
    noise: float | None = None

    def validated(self) -> "TrainingSettings":
        """These settings with every number checked; ``ValidationError`` names the first bad one."""
        _choice("dataset", self.dataset, DATASETS)
        _choice("optimizer", self.optimizer, tuple(OPTIMIZERS))
        _choice("gradient", self.gradient, GRADIENTS)
        _choice("sampling", self.sampling, SAMPLINGS)
        _choice("length_unit", self.length_unit, LENGTH_UNITS)
        checked = {name: LIMITS_NETWORK[name].check(name, getattr(self, name))
                   for name in ("hidden", "lr", "batch_size", "seed", "init_std", "n_samples")}
        checked["length"] = LIMITS_NETWORK[self.length_unit].check(self.length_unit, self.length)
        if self.noise is not None:
            checked["noise"] = LIMITS_NETWORK["noise"].check("noise", self.noise)
        return replace(self, **checked)

    def iterations_for(self, train_size: int) -> int:
        """The iteration count: ``length``, or ``length`` epochs of the book's ``iter_per_epoch``."""
        if self.length_unit == "iterations":
            return int(self.length)
        n = math.ceil(self.length * iter_per_epoch(train_size, self.batch_size) - 1e-9)
        high = _training.MAX_ITERATIONS
        if n > high:
            raise ValidationError("epochs", message(ERR_TOO_LONG, epochs=self.length, batch=self.batch_size,
                                                    iterations=n, high=high))
        return n


def _choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ValidationError(name, message(ERR_CHOICE, choices=", ".join(choices), got=value))


def suggested_settings(dataset: str) -> dict[str, Any]:
    """Settings that train ``dataset`` well: the book's for MNIST (784-50-10, batch 100, η 0.1,
    10,000 iterations, weights N(0, 0.01²)); for the small 2-D sets a wider start (std 1) and η 1,
    with which SGD learns the spiral to about 98 % in 3,000 iterations (a second on the worker)."""
    if dataset == "mnist":
        return {"hidden": TRAIN_SETTINGS["hidden_size"], "lr": TRAIN_SETTINGS["lr"],
                "batch_size": TRAIN_SETTINGS["batch_size"], "length": TRAIN_SETTINGS["iterations"],
                "length_unit": "iterations", "init_std": 0.01}
    return {"hidden": 30, "lr": 1.0, "batch_size": 30, "length": 3000, "length_unit": "iterations",
            "init_std": 1.0}


def make_2d_dataset(settings: TrainingSettings) -> Dataset:
    """The built-in dataset the settings name (seed 0; ``DatasetError`` for bad settings)."""
    return make_dataset(settings.dataset, n_samples=int(settings.n_samples), noise=settings.noise, seed=0)


# ---------------------------------------------------------------- what the worker sends


@dataclass(frozen=True)
class TrainingUpdate:
    """New records since the last update, as fresh arrays, and what the net shows now.

    ``iterations``/``epochs``/``losses``/``seconds`` have one entry per iteration; the ``acc_*``
    arrays one per record that carried accuracies (the book's ``i % iter_per_epoch == 0``).
    ``regions`` (2-D data) or ``digit_predictions`` (MNIST: the predicted class of each digit of
    the grid) come from the weights after the last of these iterations. ``state`` is RUNNING, or
    how the job ended: PAUSED, STOPPED or FINISHED.
    """

    iterations: np.ndarray
    epochs: np.ndarray
    losses: np.ndarray
    seconds: np.ndarray
    acc_iterations: np.ndarray
    acc_epochs: np.ndarray
    train_acc: np.ndarray
    test_acc: np.ndarray
    passes: float
    planned: int
    state: str = RUNNING
    regions: DecisionRegions | None = None
    digit_predictions: np.ndarray | None = None

    @property
    def count(self) -> int:
        return len(self.iterations)

    @property
    def done(self) -> int:
        """Iterations completed once this update is applied (the last iteration's number + 1)."""
        return int(self.iterations[-1]) + 1 if len(self.iterations) else 0


class TrainingRun:
    """A net, its data and the ``train`` generator that trains it; jobs come and go over it.

    Built on the GUI thread (building checks every setting: ``TrainingSettingsError`` /
    ``ValidationError`` before anything runs); trained only inside :func:`training_job` on the
    compute thread. The GUI thread talks to it only through :meth:`request_pause`,
    :meth:`resume`, :meth:`request_stop` (thread-safe flags) and reads what the jobs send.
    """

    def __init__(self, settings: TrainingSettings, dataset: Dataset) -> None:
        self.settings = settings.validated()
        self.dataset = dataset
        self.iterations = self.settings.iterations_for(dataset.train_size)
        self.net = TwoLayerNet(dataset.input_size, self.settings.hidden, dataset.n_classes,
                               weight_init_std=self.settings.init_std, seed=self.settings.seed)
        self._stop = CancelToken()
        self._pause = threading.Event()
        self.records: Iterator = _training.train(
            self.net, dataset, optimizer=self.settings.optimizer, lr=self.settings.lr,
            batch_size=self.settings.batch_size, iterations=self.iterations, gradient=self.settings.gradient,
            sampling=self.settings.sampling, seed=self.settings.seed, cancel=self._stop)
        self._pending: list = []  # records pulled but not sent yet (worker thread only)
        self._passes = 0.0
        self.exhausted = False  # the generator has ended (all iterations done, or stopped)
        self.digit_x = dataset.x_test[:DIGIT_ROWS * DIGIT_COLUMNS] if dataset.box is None else None

    # -- the GUI thread's controls (flags read by the job between iterations) -------------------
    def request_pause(self) -> None:
        self._pause.set()

    def resume(self) -> None:
        self._pause.clear()

    @property
    def pause_requested(self) -> bool:
        return self._pause.is_set()

    def request_stop(self) -> None:
        """End the run: the job ends after the current iteration (or inside the slow numerical
        gradient, which checks the token before every loss) and sends everything it has."""
        self._stop.cancel()

    @property
    def stopped(self) -> bool:
        return self._stop.cancelled

    # -- views of the net (worker thread, between iterations) ----------------------------------
    def view(self) -> tuple[DecisionRegions | None, np.ndarray | None]:
        """The decision regions (2-D) or the digit grid's predictions (MNIST) of the net now."""
        if self.dataset.box is not None:
            return decision_regions(self.net, self.dataset.box, REGION_CELLS), None
        return None, np.argmax(self.net.predict(self.digit_x), axis=-1).astype(np.intp)

    def take_update(self, state: str = RUNNING) -> TrainingUpdate:
        """The pending records as a :class:`TrainingUpdate` (fresh arrays), and the current view."""
        recs, self._pending = self._pending, []
        if recs:
            self._passes = recs[-1].passes
        acc = [r for r in recs if r.has_accuracy]
        regions, digits = self.view()
        return TrainingUpdate(
            iterations=np.array([r.iteration for r in recs], dtype=np.int64),
            epochs=np.array([r.epoch for r in recs], dtype=np.int64),
            losses=np.array([r.loss for r in recs], dtype=np.float64),
            seconds=np.array([r.seconds for r in recs], dtype=np.float64),
            acc_iterations=np.array([r.iteration for r in acc], dtype=np.int64),
            acc_epochs=np.array([r.epoch for r in acc], dtype=np.int64),
            train_acc=np.array([r.train_acc for r in acc], dtype=np.float64),
            test_acc=np.array([r.test_acc for r in acc], dtype=np.float64),
            passes=self._passes, planned=self.iterations, state=state,
            regions=regions, digit_predictions=digits)


def training_job(run: TrainingRun, *, cancel: CancelToken | None = None,
                 interval: float = UPDATE_SECONDS) -> Generator[TrainingUpdate | None, None, TrainingUpdate]:
    """Train ``run`` one iteration per step; yield an update at most ``interval`` s apart.

    Ends by *returning* the last update — FINISHED when every iteration is done, STOPPED after
    :meth:`TrainingRun.request_stop`, PAUSED after :meth:`TrainingRun.request_pause` (the run's
    generator is left where it was; the next job continues it). ``cancel`` (the job's token,
    checked by the compute thread between steps) drops the run: Reset, a new run, closing.
    """
    last = time.perf_counter()
    yield run.take_update()  # at once: the GUI shows the run has started (and the untrained view)
    for record in run.records:
        run._pending.append(record)
        if run.pause_requested or run.stopped:
            break
        now = time.perf_counter()
        if now - last >= interval:
            last = now
            yield run.take_update()
        else:
            yield None
    else:
        run.exhausted = True
    if run.stopped:
        run.exhausted = True
        return run.take_update(STOPPED)
    if run.exhausted:
        return run.take_update(FINISHED)
    return run.take_update(PAUSED)


# ---------------------------------------------------------------- the GUI side's record


class _Growing:
    """An append-only numpy array that doubles its storage (amortised O(1) per element)."""

    def __init__(self, dtype: Any) -> None:
        self._data = np.empty(1024, dtype=dtype)
        self.size = 0

    def extend(self, values: np.ndarray) -> None:
        need = self.size + len(values)
        if need > len(self._data):
            grown = np.empty(max(need, 2 * len(self._data)), dtype=self._data.dtype)
            grown[:self.size] = self._data[:self.size]
            self._data = grown
        self._data[self.size:need] = values
        self.size = need

    @property
    def values(self) -> np.ndarray:
        """A read-only view of the filled part (no copy)."""
        view = self._data[:self.size]
        view.flags.writeable = False
        return view


def smoothing_window(planned: int) -> int:
    """Iterations averaged by the smoothed loss curve: about 1 % of the run, 5 … 500."""
    return int(min(500, max(5, planned // 100)))


@dataclass
class TrainingHistory:
    """Everything a run has sent: one entry per iteration, one per accuracy evaluation."""

    planned: int = 0
    window: int = 5
    train_size: int = 1
    batch_size: int = 1
    state: str = RUNNING
    passes: float = 0.0
    iterations: _Growing = field(default_factory=lambda: _Growing(np.int64))
    epochs: _Growing = field(default_factory=lambda: _Growing(np.int64))
    losses: _Growing = field(default_factory=lambda: _Growing(np.float64))
    seconds: _Growing = field(default_factory=lambda: _Growing(np.float64))
    _cumsum: _Growing = field(default_factory=lambda: _Growing(np.float64))
    acc_iterations: _Growing = field(default_factory=lambda: _Growing(np.int64))
    acc_epochs: _Growing = field(default_factory=lambda: _Growing(np.int64))
    train_acc: _Growing = field(default_factory=lambda: _Growing(np.float64))
    test_acc: _Growing = field(default_factory=lambda: _Growing(np.float64))
    first_bad_loss: int | None = None  #: the first iteration whose loss is not finite

    @classmethod
    def for_run(cls, planned: int, train_size: int = 1, batch_size: int = 1) -> "TrainingHistory":
        return cls(planned=planned, window=smoothing_window(planned), train_size=train_size, batch_size=batch_size)

    @property
    def count(self) -> int:
        return self.iterations.size

    def extend(self, update: TrainingUpdate) -> None:
        """Append an update's records (the GUI thread; the update's arrays are its own)."""
        self.state = update.state
        self.passes = update.passes
        self.planned = update.planned
        if update.count:
            total = self._cumsum.values[-1] if self._cumsum.size else 0.0
            self._cumsum.extend(total + np.cumsum(update.losses))
            bad = np.flatnonzero(~np.isfinite(update.losses))
            if bad.size and self.first_bad_loss is None:
                self.first_bad_loss = int(update.iterations[bad[0]])
            for name in ("iterations", "epochs", "losses", "seconds"):
                getattr(self, name).extend(getattr(update, name))
        for name in ("acc_iterations", "acc_epochs", "train_acc", "test_acc"):
            getattr(self, name).extend(getattr(update, name))

    def smoothed(self) -> tuple[np.ndarray, np.ndarray]:
        """The loss averaged over ``window`` iterations, at the centre of each window: (x, y).

        From a running sum, so a frame costs O(count) in numpy and nothing per point in Python.
        """
        w = self.window
        c = self._cumsum.values
        if c.size < w:
            return np.empty(0), np.empty(0)
        sums = c[w - 1:] - np.concatenate([[0.0], c[:-w]])
        x = self.iterations.values[w - 1:] - (w - 1) / 2
        return x.astype(np.float64), sums / w

    def planned_epochs(self) -> int:
        """The epoch the run's last iteration belongs to (its accuracy plot's x range)."""
        return epoch_of(max(self.planned - 1, 0), max(self.train_size, 1), max(self.batch_size, 1))

    def last_epoch(self) -> int:
        return int(self.epochs.values[-1]) if self.count else 0

    def last_accuracy(self) -> tuple[float, float] | None:
        """(train, test) accuracy of the last evaluation, or None before the first."""
        if not self.train_acc.size:
            return None
        return float(self.train_acc.values[-1]), float(self.test_acc.values[-1])

    def median_seconds(self, last: int = 200) -> float:
        """The median wall time of the last ``last`` iterations (NaN before the first)."""
        s = self.seconds.values[-last:]
        if not s.size:
            return math.nan
        # Not np.median: its first call imports numpy.ma (0.2 s on the GUI thread, mid-training).
        middle = np.partition(s, s.size // 2)
        return float(middle[s.size // 2]) if s.size % 2 else float(0.5 * (middle[s.size // 2 - 1] + middle[s.size // 2]))

    def problem(self) -> Message | None:
        """A word for the user when training went wrong (the loss stopped being finite)."""
        if self.first_bad_loss is not None:
            return message(ERR_NOT_FINITE_LOSS, iteration=self.first_bad_loss)
        return None

    # -- CSV ---------------------------------------------------------------------------------
    CSV_HEADER = "iteration,epoch,loss,train_acc,test_acc"

    def csv_lines(self, chunk: int = 50_000) -> Iterator[str]:
        """The CSV text line by line: one row per iteration; the accuracies on the rows where an
        epoch's evaluation happened (the book's ``i % iter_per_epoch == 0``), empty elsewhere."""
        yield self.CSV_HEADER + "\n"
        n = self.count
        acc_at = {int(i): k for k, i in enumerate(self.acc_iterations.values)}
        train, test = self.train_acc.values, self.test_acc.values
        its, eps, losses = self.iterations.values, self.epochs.values, self.losses.values
        for start in range(0, n, chunk):  # a loop over chunks of rows, each written in one join
            rows = []
            for i in range(start, min(n, start + chunk)):
                k = acc_at.get(int(its[i]))
                acc = f"{float(train[k])!r},{float(test[k])!r}" if k is not None else ","
                rows.append(f"{its[i]},{eps[i]},{float(losses[i])!r},{acc}\n")
            yield "".join(rows)

    def write_csv(self, stream: IO[str]) -> int:
        """Write the CSV to a text stream; returns the number of data rows."""
        for text in self.csv_lines():
            stream.write(text)
        return self.count
