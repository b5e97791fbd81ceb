"""``--lab network`` on the command line: train the Network tab headlessly, write its figure and CSV.

``gui.cli`` parses the options as text and checks the output paths; :func:`settings_from_args`
reads every number through ``gui.model.validation`` (the app's one reader and range check) into a
:class:`~gui.labs.network_run.TrainingSettings`, naming the option in the one-line error. Then
:func:`run_network` builds the Network tab offscreen, trains on its compute thread exactly as the
window does, prints what the run reached, and writes ``--export-csv`` (one row per iteration:
``iteration,epoch,loss,train_acc,test_acc``) and ``--export`` (the training figure).

Defaults are the dataset's suggested settings (``suggested_settings``): for MNIST the book's
784-50-10, batch 100, η 0.1, 10,000 iterations.

Every line it prints is in the command line's language (``gui.cli_language``, chosen by
``--lang`` or the system before argparse runs, as for the rest of ``gui.cli``): its own texts are
``translate("cli", …)`` literals filled with ``.format`` after translation, Messages are rendered
by the same translator, and the lab it trains is switched to that language too, so what the lab
says (its error line) matches the lines around it.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path
from typing import Any

from gui import cli_language
from gui.cli_language import QT_TRANSLATE_NOOP, render, text_of, translate
from gui.labs.network_run import DATASETS, TrainingHistory, TrainingSettings, suggested_settings
from gui.model.validation import ValidationError, read_number
from numerics.network import GRADIENTS
from numerics.numbers import NumberError

#: argparse destination → the option a user types (for the error line).
OPTIONS = {"hidden": "--hidden", "lr": "--lr", "batch_size": "--batch-size", "iterations": "--iterations",
           "length": "--iterations", "seed": "--seed", "dataset": "--dataset", "gradient": "--gradient",
           "optimizer": "--optimizer"}
#: How long the command line waits for a run, at most (the book's numerical gradient on MNIST
#: takes hours; anything longer is a hang).
WAIT_LIMIT_S = 7 * 24 * 3600
#: The CLI's compute thread: long slices, no rests (no one is waiting for the screen).
CLI_SLICE_SECONDS = 0.05
#: Updates sent to the figure while the CLI trains: one a second is plenty.
CLI_UPDATE_SECONDS = 1.0
#: How a run ended, in the summary line (TrainingHistory.state).
STATE_WORDS = {
    "running": QT_TRANSLATE_NOOP("cli", "running"),
    "paused": QT_TRANSLATE_NOOP("cli", "paused"),
    "stopped": QT_TRANSLATE_NOOP("cli", "stopped"),
    "finished": QT_TRANSLATE_NOOP("cli", "finished"),
}


class NetworkCliError(Exception):
    """Bad input for ``--lab network``: printed as one line, exit status 2."""


class NetworkOutputError(OSError):
    """The run was fine but an output could not be written: one line naming the option, exit 1."""


def _number(option: str, text: str) -> Any:
    try:
        return read_number(text)
    except NumberError as exc:
        raise NetworkCliError(f"{option}: {render(exc.message)}") from None


def settings_from_args(args: argparse.Namespace) -> TrainingSettings:
    """The run the options describe; ``NetworkCliError`` names the first bad option."""
    dataset = args.dataset if args.dataset is not None else ("mnist" if args.mnist is not None else "spiral")
    if dataset not in DATASETS:
        raise NetworkCliError(translate("cli", "--dataset: unknown dataset {name}; choose one of {known}").format(
            name=repr(dataset), known=", ".join(DATASETS)))
    if args.mnist is not None and dataset != "mnist":
        raise NetworkCliError(translate("cli", "--mnist: only for --dataset mnist (the dataset is {name})").format(
            name=dataset))
    values: dict[str, Any] = {"dataset": dataset, **suggested_settings(dataset)}
    if args.gradient is not None:
        if args.gradient not in GRADIENTS:
            raise NetworkCliError(translate("cli", "--gradient: must be one of {choices}, got {got}").format(
                choices=", ".join(GRADIENTS), got=repr(args.gradient)))
        values["gradient"] = args.gradient
    if args.optimizer is not None:
        values["optimizer"] = args.optimizer
    for dest, field in (("hidden", "hidden"), ("lr", "lr"), ("batch_size", "batch_size"),
                        ("iterations", "length"), ("seed", "seed")):
        text = getattr(args, dest)
        if text is not None:
            values[field] = _number(OPTIONS[dest], text)
    if args.iterations is not None:
        values["length_unit"] = "iterations"
    try:
        return TrainingSettings(**values).validated()
    except ValidationError as exc:
        option = OPTIONS.get(exc.field, exc.field)
        raise NetworkCliError(f"{option}: {render(exc.reason)}") from None


def mnist_folder(args: argparse.Namespace, settings: TrainingSettings) -> Path | None:
    """The folder to read MNIST from: ``--mnist``, else the download folder when it has the files."""
    if settings.dataset != "mnist":
        return None
    from gui.labs.network_mnist import download_folder, has_test_files

    if args.mnist is not None:
        folder = Path(args.mnist)
        if not folder.is_dir():
            raise NetworkCliError(translate("cli", "--mnist: {path} is not a folder").format(path=folder))
        return folder
    if has_test_files(download_folder()):
        return download_folder()
    raise NetworkCliError(translate("cli", "--dataset mnist needs --mnist DIR, the folder with the book's MNIST "
                                           "files (its dataset/ folder), or the files downloaded in the app"))


def _wait(lab) -> None:
    deadline = time.monotonic() + WAIT_LIMIT_S
    while not lab.wait_until_computed(60_000):
        if time.monotonic() > deadline:
            raise NetworkCliError(translate("cli", "--lab network: training did not finish"))


def write_csv(history: TrainingHistory, path: Path) -> int:
    """The run's CSV, written atomically (``OutputError``, an OSError, when it cannot be)."""
    from gui.model.atomic_write import atomic_output

    with atomic_output(path) as stream:
        for text in history.csv_lines():
            stream.write(text.encode("utf-8"))
    return history.count


def summary_lines(lab) -> list[str]:
    """What the run reached, in a few lines for the terminal."""
    page = lab.training
    h, run = page.history, page.run
    s = run.settings
    sizes = f"{run.dataset.input_size}-{s.hidden}-{run.dataset.n_classes}"
    lines = []
    if run.dataset.split_from_test and run.dataset.note is not None:
        lines.append(render(run.dataset.note))
    state = translate("cli", STATE_WORDS[h.state]) if h.state in STATE_WORDS else h.state
    lines.append(translate("cli", "trained {count} of {planned} iterations ({state}), {epochs} epochs, of a {sizes} "
                                  "network on {dataset}: {optimizer}, η = {lr:g}, batch {batch}, {gradient} gradient, "
                                  "seed {seed}; {ms:.3g} ms per iteration").format(
        count=h.count, planned=h.planned, state=state, epochs=h.last_epoch(), sizes=sizes,
        dataset=render(run.dataset.title), optimizer=s.optimizer, lr=s.lr, batch=s.batch_size, gradient=s.gradient,
        seed=s.seed, ms=1e3 * h.median_seconds()))
    acc = h.last_accuracy()
    if acc is not None:
        lines.append(translate("cli", "epoch {epoch}: train accuracy {train:.4f}, test accuracy {test:.4f}").format(
            epoch=int(h.acc_epochs.values[-1]), train=acc[0], test=acc[1]))
    # The net is the GUI thread's to read now: its job has ended.
    final_train = run.net.accuracy(run.dataset.x_train, run.dataset.t_train)
    final_test = run.net.accuracy(run.dataset.x_test, run.dataset.t_test)
    last = float(h.losses.values[-1]) if h.count else math.nan
    lines.append(translate("cli", "after the last iteration: train accuracy {train:.4f}, test accuracy {test:.4f}, "
                                  "mini-batch loss {loss:.4g}").format(train=final_train, test=final_test, loss=last))
    return lines


def run_network(args: argparse.Namespace, image: Path | None, csv_path: Path | None,
                size: tuple[int, int], theme: str | None) -> None:
    """Train as the options say; write the CSV and the figure (paths already checked writable)."""
    settings = settings_from_args(args)
    folder = mnist_folder(args, settings)

    from gui import i18n
    from gui.headless import _export_widget, _fit_target, _qt_application
    from gui.labs.network_lab import NetworkLab
    from gui.model.theme import THEMES
    from gui.workers.compute_thread import ComputeThread

    _qt_application()
    if i18n.current_language() != cli_language.current():
        # Only a CSV asked for: gui.cli installed no translators (they are for the figure); the
        # lab's own words (its error line, printed below) are then in the command line's language too.
        i18n.set_language(cli_language.current())
    compute = ComputeThread("network-cli", slice_seconds=CLI_SLICE_SECONDS, rest_ms=0)
    lab = NetworkLab(compute=compute)
    try:
        lab.set_theme(THEMES[theme or "light"])
        page = lab.training
        page.update_interval = CLI_UPDATE_SECONDS
        page.apply_settings({field: getattr(settings, field) for field in (
            "dataset", "hidden", "lr", "batch_size", "length", "length_unit", "optimizer", "gradient",
            "sampling", "seed", "init_std")})
        if folder is not None:
            page.mnist_source.set_folder(folder)
            _wait(lab)
            if page.dataset is None:
                reason = page.message.text() or translate("cli", "the MNIST files could not be read")
                raise NetworkCliError(f"--mnist: {reason}")
        if not page.train():
            raise NetworkCliError(f"--lab network: {page.message.text()}")
        _wait(lab)
        problem = page.history.problem()
        if problem is not None:  # a diverging run is an answer, not a usage error: say so, write it
            print(translate("cli", "warning: {message}").format(message=render(problem)), file=sys.stderr)
        elif page.message.text():
            raise NetworkCliError(f"--lab network: {page.message.text()}")
        for line in summary_lines(lab):
            print(line)
        if csv_path is not None:
            try:
                rows = write_csv(page.history, csv_path)
            except OSError as exc:
                raise NetworkOutputError(f"--export-csv: {text_of(exc)}") from None
            print(translate("cli", "wrote {path} ({rows} rows)").format(path=csv_path, rows=rows))
        if image is not None:
            target = lab.export_target()
            _fit_target(lab, target, size)
            page.flush_redraw()
            try:
                _export_widget(target, image, getattr(args, "scale", 1))
            except OSError as exc:
                raise NetworkOutputError(f"--export: {text_of(exc)}") from None
            print(translate("cli", "wrote {path}").format(path=image))
    finally:
        lab.shutdown()
        lab.close()
        lab.deleteLater()
        compute.shutdown()
