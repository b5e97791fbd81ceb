"""The Network tab's training page: a two-layer net trained live on the compute thread (ch. 4.5).

Controls on the left — dataset (five built-in 2-D sets or MNIST), hidden size, η, batch size,
iterations or epochs, optimizer, gradient (backprop, the book's numerical loop, or the fast
numerical gradient), sampling, initial weight spread, seed — and *Train*, *Pause*, *Stop*,
*Reset*. The figure: the loss per iteration (faint) under its moving average, the train and test
accuracy per epoch (the book's two figures), the time per iteration and the epoch count, and what
the net has learnt — its decision regions under the points of a 2-D set, or a grid of test digits
with the labels it predicts (wrong ones framed red).

Training is a job (``gui.labs.network_run.training_job``) over a :class:`TrainingRun` that outlives
it: Pause lets the job end after the current iteration and Resume starts a new job over the same
``train`` generator, so a paused run costs nothing and loses nothing. The GUI thread only draws
what the updates carry (at most 10 a second).
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from gui.labs.figure_style import NOTE_STYLE
from gui.labs.lab_base import LabWidget, compact, labelled_row
from gui.labs.network_mnist import MnistSource
from gui.i18n import render
from gui.labs.network_plots import AccuracyPlot, DigitGrid, LossPlot, RegionView
from gui.labs.network_run import (
    DATASETS,
    FINISHED,
    PAUSED,
    RUNNING,
    STOPPED,
    TrainingHistory,
    TrainingRun,
    TrainingSettings,
    UPDATE_SECONDS,
    TrainingUpdate,
    make_2d_dataset,
    suggested_settings,
    training_job,
)
from gui.model.validation import ValidationError, read_number
from gui.workers.compute_thread import ComputeThread, JobError
from numerics.messages import Message
from numerics.network import DATASETS_2D, Dataset, NetworkError, load_mnist
from numerics.network.mnist import TITLE as MNIST_TITLE
from numerics.numbers import NumberError, format_number
from numerics.optimizers import OPTIMIZERS

#: Show the "the book's loop evaluates the loss N times per iteration" warning from this many parameters.
SLOW_NUMERICAL_PARAMS = 5_000


def _load_mnist_job(folder: str, *, cancel=None) -> Dataset:
    """Read and check the IDX files (about 0.2 s for the test pair, 1–2 s for all four)."""
    return load_mnist(folder)


class TrainingPage(LabWidget):
    """Train a ``TwoLayerNet`` live; see the module text.

    ``history`` holds what the current run has sent; ``run`` is the run (None before the first
    Train and after Reset). Signals: ``stateChanged(str)`` with RUNNING, PAUSED, STOPPED, FINISHED
    or "idle".
    """

    stateChanged = Signal(str)

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(compute, parent)
        self.dataset: Dataset | None = None
        self.mnist: Dataset | None = None  # the MNIST read last (kept across dataset switches)
        self.run: TrainingRun | None = None
        self.history = TrainingHistory()
        self.state = "idle"
        self._user_paused = False
        self._started = 0.0
        self._wall = 0.0  # seconds the current run has spent running (pauses excluded)
        self._job_kind: str | None = None  # "train" or "load"
        self._warning = None  # () -> str: the run's slow-gradient warning, in the language shown
        self._dirty = False
        #: Longest gap between two updates from the worker (the command line asks for fewer).
        self.update_interval = UPDATE_SECONDS
        self._build_controls()
        self._build_figure()
        self.retranslate_ui()
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self._redraw_history)
        self.set_theme(self.theme)
        self._dataset_chosen()

    # -- construction ----------------------------------------------------------------------------
    def _build_controls(self) -> None:
        c = self.controls
        self._row_labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget) -> None:
            label = QLabel()
            self._row_labels[key] = label
            c.addRow(label, widget)

        self.dataset_box = compact(QComboBox())
        for name in DATASETS:
            self.dataset_box.addItem("", name)
        row("dataset", self.dataset_box)
        self.samples_spin = QSpinBox()
        self.samples_spin.setRange(6, 10_000)
        self.samples_spin.setValue(300)
        self.samples_spin.setKeyboardTracking(False)
        row("samples", self.samples_spin)
        self.noise_edit = QLineEdit()
        row("noise", self.noise_edit)
        self.mnist_source = MnistSource(lambda: self.compute)
        c.addRow(self.mnist_source)
        self.hidden_spin = QSpinBox()
        self.hidden_spin.setRange(1, 2048)
        row("hidden", self.hidden_spin)
        self.lr_edit = QLineEdit()
        row("lr", self.lr_edit)
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 100_000)
        row("batch", self.batch_spin)
        self.length_spin = QSpinBox()
        self.length_spin.setRange(1, 10_000_000)
        self.length_spin.setGroupSeparatorShown(True)
        self.unit_box = QComboBox()
        self.unit_box.addItem("", "iterations")
        self.unit_box.addItem("", "epochs")
        row("length", labelled_row(self.length_spin, self.unit_box))
        self.optimizer_box = compact(QComboBox())
        for name in OPTIMIZERS:
            self.optimizer_box.addItem(name, name)  # optimizer names stay as they are
        row("optimizer", self.optimizer_box)
        self.gradient_box = compact(QComboBox())
        for key in ("backprop", "numerical", "numerical_fast"):
            self.gradient_box.addItem("", key)
        row("gradient", self.gradient_box)
        self.sampling_box = compact(QComboBox())
        for key in ("replacement", "shuffle"):
            self.sampling_box.addItem("", key)
        row("sampling", self.sampling_box)
        self.init_edit = QLineEdit()
        row("init", self.init_edit)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        row("seed", self.seed_spin)
        self.suggest_button = QPushButton()
        c.addRow(self.suggest_button)
        self.train_button = QPushButton()
        self.pause_button = QPushButton()
        self.stop_button = QPushButton()
        self.reset_button = QPushButton()
        c.addRow(labelled_row(self.train_button, self.pause_button))
        c.addRow(labelled_row(self.stop_button, self.reset_button))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        c.addRow(self.status)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        c.addRow(self.warning)

        self.dataset_box.currentIndexChanged.connect(self._dataset_chosen)
        self.samples_spin.valueChanged.connect(self._data_settings_changed)
        self.noise_edit.editingFinished.connect(self._noise_edited)
        self.mnist_source.folderChosen.connect(self._mnist_folder_chosen)
        self.suggest_button.clicked.connect(self.apply_suggested)
        self.train_button.clicked.connect(self.train)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.reset_button.clicked.connect(self.reset)
        # Settings of the net itself: while nothing has trained, show the net they would start from.
        self.hidden_spin.valueChanged.connect(self._net_settings_changed)
        self.seed_spin.valueChanged.connect(self._net_settings_changed)
        self.init_edit.editingFinished.connect(self._net_settings_changed)

    def _build_figure(self) -> None:
        self.heading = QLabel("")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.figure_layout.addWidget(self.heading)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.loss_widget = self.make_plot()
        self.acc_widget = self.make_plot()
        self.region_widget = self.make_plot()
        self.loss_plot = LossPlot(self.loss_widget, self.theme)
        self.acc_plot = AccuracyPlot(self.acc_widget, self.theme)
        self.regions = RegionView(self.region_widget, self.theme)
        self.digits = DigitGrid(self.theme)
        self.digit_widget = self.digits
        self.view_stack = QStackedWidget()
        self.view_stack.addWidget(self.region_widget)
        self.view_stack.addWidget(self.digit_widget)
        grid.addWidget(self.view_stack, 0, 0, 2, 1)
        grid.addWidget(self.loss_widget, 0, 1)
        grid.addWidget(self.acc_widget, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.figure_layout.addLayout(grid, 1)
        self.view_caption = QLabel("")
        self.view_caption.setWordWrap(True)
        self.view_caption.setStyleSheet(NOTE_STYLE)
        self.stats = QLabel("")
        self.stats.setWordWrap(True)
        self.figure_layout.addWidget(self.view_caption)
        self.figure_layout.addWidget(self.stats)

    def retranslate_ui(self) -> None:
        """Every fixed text of the page (called at start and on a language change)."""
        super().retranslate_ui()  # the bound texts and the error shown (LabWidget)
        labels = {
            "dataset": self.tr("dataset"), "samples": self.tr("points"), "noise": self.tr("noise"),
            "hidden": self.tr("hidden size"), "lr": self.tr("η"), "batch": self.tr("batch size"),
            "length": self.tr("train for"), "optimizer": self.tr("optimizer"), "gradient": self.tr("gradient"),
            "sampling": self.tr("sampling"), "init": self.tr("weight init σ"), "seed": self.tr("seed"),
        }
        for key, text in labels.items():
            self._row_labels[key].setText(text)
        for i, name in enumerate(DATASETS):
            title = MNIST_TITLE if name == "mnist" else DATASETS_2D[name].title
            self.dataset_box.setItemText(i, render(Message(title)))
        self.unit_box.setItemText(0, self.tr("iterations"))
        self.unit_box.setItemText(1, self.tr("epochs"))
        self.gradient_box.setItemText(0, self.tr("backprop"))
        self.gradient_box.setItemText(1, self.tr("numerical (the book's loop)"))
        self.gradient_box.setItemText(2, self.tr("numerical, fast"))
        self.gradient_box.setToolTip(self.tr(
            "How each mini-batch's gradient is computed: the chain rule (backprop); the book's "
            "numerical_gradient, which nudges one weight at a time and runs the whole network twice "
            "for each; or the same central differences reusing the forward pass"))
        self.sampling_box.setItemText(0, self.tr("with replacement (the book)"))
        self.sampling_box.setItemText(1, self.tr("shuffled epochs"))
        self.sampling_box.setToolTip(self.tr(
            "With replacement: every batch is drawn afresh, as the book's np.random.choice; shuffled: "
            "each epoch walks a new permutation of the training set, every sample once"))
        self.samples_spin.setToolTip(self.tr("How many points the 2-D dataset has (a fifth of them for testing)"))
        self.noise_edit.setToolTip(self.tr("The spread of the Gaussian noise added to the points"))
        self.init_edit.setToolTip(self.tr("The standard deviation of the initial weights (the book's "
                                          "weight_init_std, 0.01)"))
        self.seed_spin.setToolTip(self.tr("Seeds the initial weights and the order of the mini-batches: the "
                                          "same seed and settings train the same network"))
        self.lr_edit.setToolTip(self.tr("learning rate η"))
        self.suggest_button.setText(self.tr("Settings that train this dataset well"))
        self.suggest_button.setToolTip(self.tr("For MNIST the book's: 784-50-10, batch 100, η 0.1, "
                                               "10,000 iterations"))
        self.train_button.setText(self.tr("Train"))
        self.stop_button.setText(self.tr("Stop"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Forget the run: untrained weights from the seed"))
        self._update_buttons()
        self.loss_widget.setTitle(self.tr("Loss per iteration"))
        self.loss_widget.setLabel("bottom", self.tr("iteration"))
        self.loss_widget.setLabel("left", self.tr("loss"))
        self.acc_widget.setTitle(self.tr("Accuracy per epoch"))
        self.acc_widget.setLabel("bottom", self.tr("epochs"))
        self.acc_widget.setLabel("left", self.tr("accuracy"))
        self.region_widget.setTitle(self.tr("What the network predicts"))
        self.digits.set_title(self.tr("Test digits and the predicted labels"))
        self.loss_plot.retranslate()
        self.acc_plot.retranslate()
        self._show_heading()
        self._show_stats()
        self._show_warning()
        self.set_theme(self.theme)

    # -- settings --------------------------------------------------------------------------------
    def dataset_name(self) -> str:
        return self.dataset_box.currentData()

    def select_dataset(self, name: str) -> None:
        index = self.dataset_box.findData(name)
        if index < 0:
            raise KeyError(name)
        self.dataset_box.setCurrentIndex(index)

    def apply_settings(self, values: dict) -> None:
        """Show ``values`` (TrainingSettings field names) in the controls. A dataset is chosen
        first (choosing one shows its suggested settings), then the other values."""
        if "dataset" in values:
            self.select_dataset(values["dataset"])
        for key, value in values.items():
            if key == "hidden":
                self.hidden_spin.setValue(int(value))
            elif key == "lr":
                self.lr_edit.setText(format_number(value, None, ascii_minus=True))
            elif key == "batch_size":
                self.batch_spin.setValue(int(value))
            elif key == "length":
                self.length_spin.setValue(int(value))
            elif key == "length_unit":
                self.unit_box.setCurrentIndex(self.unit_box.findData(value))
            elif key == "optimizer":
                self.optimizer_box.setCurrentIndex(self.optimizer_box.findData(value))
            elif key == "gradient":
                self.gradient_box.setCurrentIndex(self.gradient_box.findData(value))
            elif key == "sampling":
                self.sampling_box.setCurrentIndex(self.sampling_box.findData(value))
            elif key == "seed":
                self.seed_spin.setValue(int(value))
            elif key == "init_std":
                self.init_edit.setText(format_number(value, None, ascii_minus=True))
            elif key == "n_samples":
                self.samples_spin.setValue(int(value))
            elif key == "noise":
                self.noise_edit.setText("" if value is None else format_number(value, 10, ascii_minus=True))
            elif key != "dataset":
                raise KeyError(key)

    @Slot()
    def apply_suggested(self) -> None:
        self.apply_settings(suggested_settings(self.dataset_name()))

    def _number(self, edit: QLineEdit, key: str, name: str) -> float:
        try:
            return read_number(edit.text(), name=name)
        except NumberError as exc:
            raise ValidationError(name, exc.message) from None

    def settings(self) -> TrainingSettings:
        """The controls as checked settings; ``ValidationError`` names a bad one (in the user's words)."""
        noise_text = self.noise_edit.text().strip()
        names = {key: label.text() for key, label in self._row_labels.items()}
        values = dict(
            dataset=self.dataset_name(), hidden=self.hidden_spin.value(),
            lr=self._number(self.lr_edit, "lr", names["lr"]), batch_size=self.batch_spin.value(),
            length=self.length_spin.value(), length_unit=self.unit_box.currentData(),
            optimizer=self.optimizer_box.currentData(), gradient=self.gradient_box.currentData(),
            sampling=self.sampling_box.currentData(), seed=self.seed_spin.value(),
            init_std=self._number(self.init_edit, "init_std", names["init"]),
            n_samples=self.samples_spin.value(),
            noise=self._number(self.noise_edit, "noise", names["noise"]) if noise_text else None)
        try:
            return TrainingSettings(**values).validated()
        except ValidationError as exc:
            field_names = {"lr": names["lr"], "init_std": names["init"], "noise": names["noise"]}
            if exc.field in field_names:
                raise ValidationError(field_names[exc.field], exc.reason) from None
            raise

    # -- data --------------------------------------------------------------------------------
    @Slot()
    def _dataset_chosen(self, *_args) -> None:
        name = self.dataset_name()
        is_mnist = name == "mnist"
        for key in ("samples", "noise"):
            self._row_labels[key].setVisible(not is_mnist)
        self.samples_spin.setVisible(not is_mnist)
        self.noise_edit.setVisible(not is_mnist)
        self.mnist_source.setVisible(is_mnist)
        self.view_stack.setCurrentWidget(self.digit_widget if is_mnist else self.region_widget)
        self.apply_settings(suggested_settings(name))
        if not is_mnist:
            self.noise_edit.setText(format_number(DATASETS_2D[name].noise, 10, ascii_minus=True))
        self._set_dataset(None)
        if is_mnist:
            if self.mnist is not None:
                self._set_dataset(self.mnist)
            else:
                folder = self.mnist_source.candidate()
                if folder is not None:
                    self.load_mnist_folder(folder)
        else:
            self._make_2d()

    def _make_2d(self) -> None:
        try:
            settings = self.settings()
            dataset = make_2d_dataset(settings)
        except (ValidationError, NetworkError) as exc:
            self.show_error(exc.message)  # a Message: LabWidget shows it again after a language switch
            return
        self.clear_error()
        self._set_dataset(dataset)

    @Slot()
    def _data_settings_changed(self, *_args) -> None:
        if self.dataset_name() != "mnist":
            self._make_2d()

    @Slot()
    def _noise_edited(self) -> None:
        if self.dataset is not None and self.dataset.box is not None:
            self._make_2d()

    @Slot()
    def _net_settings_changed(self, *_args) -> None:
        if self.run is None:
            self._show_untrained()
            self._show_heading()

    def _set_dataset(self, dataset: Dataset | None) -> None:
        """Show a new dataset: any run on the old one is dropped (its data is gone)."""
        self._drop_run()
        self.dataset = dataset
        if dataset is not None and dataset.box is not None:
            self.regions.set_dataset(dataset)
        self.digits.set_dataset(dataset if dataset is not None and dataset.box is None else None)
        self._show_untrained()
        self._show_heading()
        self._update_buttons()

    @Slot(str)
    def _mnist_folder_chosen(self, folder: str) -> None:
        self.mnist = None
        if self.dataset_name() == "mnist":
            self.load_mnist_folder(folder)

    def load_mnist_folder(self, folder) -> None:
        """Read MNIST from ``folder`` on the worker (the dataset is shown when it has been read)."""
        self._drop_run()
        self.clear_error()
        self._job_kind = "load"
        self.start_job(_load_mnist_job, str(folder))
        self._show_stats()  # "reading the MNIST files …"
        self._update_buttons()

    # -- training --------------------------------------------------------------------------------
    @Slot()
    def train(self) -> bool:
        """Start a new run with the settings in the controls; False (with the reason shown) if
        they cannot be used or there is no data yet."""
        if self.dataset is None:
            self.show_error(lambda: self.tr("There is no data to train on yet: open the folder with the "
                                            "MNIST files, or download them."))
            return False
        try:
            settings = self.settings()
            run = TrainingRun(settings, self.dataset)
        except (ValidationError, NetworkError) as exc:
            self.show_error(exc.message)  # a Message: LabWidget shows it again after a language switch
            return False
        self.clear_error()
        self._drop_run()
        self.run = run
        self.history = TrainingHistory.for_run(run.iterations, self.dataset.train_size, run.settings.batch_size)
        self._user_paused = False
        self._wall = 0.0
        self.loss_plot.clear()
        self.acc_plot.clear()
        self.acc_plot.set_epochs(self.history.planned_epochs())
        self._submit()
        self._show_heading()
        n_params = sum(p.size for p in run.net.params.values())
        self._warning = None
        if settings.gradient == "numerical" and n_params >= SLOW_NUMERICAL_PARAMS:
            self._warning = lambda: self.tr(
                "The book's numerical gradient of %1 parameters runs the network %2 times per iteration: "
                "expect seconds per iteration (the fast numerical gradient gives the same numbers).") \
                .replace("%1", f"{n_params:,}").replace("%2", f"{2 * n_params:,}")
        self._show_warning()
        return True

    def _show_warning(self) -> None:
        self.warning.setText(self._warning() if self._warning is not None else "")

    def _submit(self) -> None:
        self._job_kind = "train"
        job = self.start_job(training_job, self.run, interval=self.update_interval)
        job.yielded.connect(lambda update, j=job: self._on_update(j, update))
        self._started = time.perf_counter()
        self._set_state(RUNNING)

    @Slot()
    def toggle_pause(self) -> None:
        """Pause a running run (it stops after the current iteration), or resume a paused one."""
        if self.run is None or self.state not in (RUNNING, PAUSED):
            return
        if not self._user_paused:
            self._user_paused = True
            self.run.request_pause()
            self._set_state(PAUSED)  # the job ends after its current iteration
        else:
            self._user_paused = False
            self.run.resume()
            if self._job is None or self._job_kind != "train":
                self._submit()  # the paused job had ended: continue the same generator
            else:
                self._set_state(RUNNING)  # it had not ended yet: it simply goes on

    def pause(self) -> None:
        if self.state == RUNNING and not self._user_paused:
            self.toggle_pause()

    def resume(self) -> None:
        if self._user_paused:
            self.toggle_pause()

    @Slot()
    def stop(self) -> None:
        """End the run after the current iteration; what it learnt stays on screen."""
        if self.run is None or self.run.exhausted:
            return
        self.run.request_stop()
        if self._job is None or self._job_kind != "train":
            self.run.exhausted = True  # paused: no job to end, the run simply ends here
            self.history.state = STOPPED
            self._set_state(STOPPED)

    @Slot()
    def reset(self) -> None:
        """Drop the run and show the untrained net of the current settings."""
        self._drop_run()
        self.clear_error()
        self._show_untrained()
        self._show_heading()

    def _drop_run(self) -> None:
        if self._job is not None:
            self.cancel_job()
        if self.run is not None:
            self.run.request_stop()
        self.run = None
        self.history = TrainingHistory()
        self._user_paused = False
        self.loss_plot.clear()
        self.acc_plot.clear()
        self._set_state("idle")

    def _show_untrained(self) -> None:
        """The view of a net fresh from the seed (a few milliseconds: no job needed)."""
        self.regions.clear()
        self.digits.clear()
        if self.dataset is None:
            return
        try:
            preview = TrainingRun(self.settings(), self.dataset)
        except (ValidationError, NetworkError):
            return
        regions, digits = preview.view()
        self._show_view(regions, digits)

    def _show_view(self, regions, digits) -> None:
        if regions is not None:
            self.regions.show(regions)
        if digits is not None:
            self.digits.show_predictions(digits)

    # -- what the jobs send ----------------------------------------------------------------------
    def _on_update(self, job, update: TrainingUpdate) -> None:
        if job is not self._job or self._job_kind != "train":
            return  # superseded (the compute thread drops those already; belt and braces)
        self._take(update)

    def _take(self, update: TrainingUpdate) -> None:
        self.history.extend(update)
        self._show_view(update.regions, update.digit_predictions)
        # Whole per cents only: each new value repaints the bar (2 ms a time, 10 times a second).
        value = 10 * (100 * update.done // max(update.planned, 1))
        if value != self.progress_bar.value():
            self.progress_bar.setValue(value)
        self._dirty = True
        self._redraw_timer.start()

    def flush_redraw(self) -> None:
        """Draw what has arrived now, not at the next turn of the event loop (exports)."""
        self._dirty = True
        self._redraw_history()

    def _redraw_history(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self.loss_plot.show(self.history)
        self.acc_plot.show(self.history)
        self._show_stats()

    def job_finished(self, value) -> None:
        if self._job_kind == "load":
            self.mnist = value
            self.status.setText("")
            self._set_dataset(value)
            return
        update: TrainingUpdate = value
        self._wall += time.perf_counter() - self._started
        self._take(update)
        self._redraw_history()
        if update.state == PAUSED and not self._user_paused:
            # Resumed just as the job was ending on the pause: carry on with a new job (the
            # ending job's done() then sees it was superseded and leaves the new one alone).
            self._submit()
            return
        self._set_state(update.state)
        problem = self.history.problem()
        if problem is not None:
            self.show_error(problem)

    def job_failed(self, error: JobError) -> None:
        msg = getattr(error.exception, "message", None)
        reason = msg if isinstance(msg, Message) else str(error)
        if self._job_kind == "load":
            self.status.setText("")
            self.show_error(reason)
        else:
            # Shown again after a language switch: the reason (a Message) in the new language too.
            self.show_error(lambda: self.tr("Training failed: %1").replace(
                "%1", render(reason) if isinstance(reason, Message) else reason))
            self._set_state(STOPPED)

    def job_ended(self) -> None:
        if self._job_kind == "load":
            self._job_kind = None
            self._show_stats()  # no longer "reading the MNIST files …"
        self._update_buttons()

    # -- state and text ----------------------------------------------------------------------
    def _loading(self) -> bool:
        return self._job_kind == "load" and self._job is not None

    def _set_state(self, state: str) -> None:
        self.state = state
        self._update_buttons()
        self._show_stats()
        self.stateChanged.emit(state)

    def _update_buttons(self) -> None:
        if not hasattr(self, "train_button"):
            return
        loading = self._loading()
        live = self.state in (RUNNING, PAUSED)
        self.train_button.setEnabled(not live and not loading and self.dataset is not None)
        self.pause_button.setEnabled(live)
        self.pause_button.setText(self.tr("Resume") if self._user_paused else self.tr("Pause"))
        self.stop_button.setEnabled(live)
        self.reset_button.setEnabled(not loading)

    def _show_heading(self) -> None:
        if not hasattr(self, "heading"):
            return
        fg = self.theme.foreground
        # The caption of the view the dataset box shows (also while MNIST is not read yet).
        if self.dataset_name() != "mnist":
            self.view_caption.setText(self.tr(
                "Colour: the class the network predicts, paler where it is less sure. Discs: training "
                "points; squares: test points."))
        else:
            self.view_caption.setText(self.tr(
                "The first test digits with the label the network predicts; wrong ones are framed in red "
                "(predicted ≠ true)."))
        if self.dataset is None:
            text = self.tr("MNIST: no data yet") if self.dataset_name() == "mnist" else ""
            self.heading.setText(f"<div style='color:{fg}'>{text}</div>")
            return
        try:
            s = self.settings() if self.run is None else self.run.settings
        except ValidationError:
            s = None
        title = render(self.dataset.title)
        parts = [f"<b>{title}</b>"]
        if s is not None:
            sizes = f"{self.dataset.input_size}-{s.hidden}-{self.dataset.n_classes}"
            gradient = self.gradient_box.itemText(self.gradient_box.findData(s.gradient))
            sampling = self.sampling_box.itemText(self.sampling_box.findData(s.sampling))
            parts.append(self.tr("%1 network, %2, η = %3, batch %4, %5 gradient, batches %6, seed %7")
                         .replace("%1", sizes).replace("%2", s.optimizer).replace("%3", format_number(s.lr))
                         .replace("%4", str(s.batch_size)).replace("%5", gradient).replace("%6", sampling)
                         .replace("%7", str(s.seed)))
        parts.append(self.tr("%1 training and %2 test samples").replace("%1", f"{self.dataset.train_size:,}")
                     .replace("%2", f"{self.dataset.test_size:,}"))
        note = ""
        if self.dataset.split_from_test and self.dataset.note is not None:
            note = f"<br><i>{render(self.dataset.note)}</i>"
        self.heading.setText(f"<div style='color:{fg}'>{' · '.join(parts)}{note}</div>")

    def _show_stats(self) -> None:
        if not hasattr(self, "stats"):
            return
        h = self.history
        fg = self.theme.foreground
        if h.count == 0:
            text = {
                "idle": self.tr("Untrained: press Train."),
                RUNNING: self.tr("Training …"),
                PAUSED: self.tr("Paused."),
            }.get(self.state, "")
            self.stats.setText(f"<div style='color:{fg}'>{text}</div>")
            # Not the state of a run that is gone ("finished" after Reset): what is happening now.
            self.status.setText(self.tr("reading the MNIST files …") if self._loading() else "")
            return
        state = {RUNNING: self.tr("training"), PAUSED: self.tr("paused"), STOPPED: self.tr("stopped"),
                 FINISHED: self.tr("finished"), "idle": ""}[self.state]
        parts = [self.tr("iteration %1 of %2").replace("%1", f"{h.count:,}").replace("%2", f"{h.planned:,}"),
                 self.tr("epoch %1 (%2 passes over the training data)").replace("%1", str(h.last_epoch()))
                 .replace("%2", f"{h.passes:.1f}"),
                 self.tr("%1 ms per iteration").replace("%1", format_number(1e3 * h.median_seconds(), 3))]
        acc = h.last_accuracy()
        if acc is not None:
            parts.append(self.tr("train accuracy %1, test accuracy %2").replace("%1", f"{acc[0]:.3f}")
                         .replace("%2", f"{acc[1]:.3f}"))
        if h.count:
            parts.append(self.tr("loss %1").replace("%1", format_number(float(h.losses.values[-1]), 4)))
        self.stats.setText(f"<div style='color:{fg}'><b>{state}</b> — {' · '.join(parts)}</div>")
        self.status.setText(state)

    # -- the lab contract ------------------------------------------------------------------------
    def run_preset_blocking(self) -> None:
        """The spiral with the suggested settings, trained to the end (the CLI's default figure)."""
        if self.dataset_name() != "spiral":
            self.select_dataset("spiral")
        self.train()
        self.wait_until_computed()
        self.settle()

    def redraw(self) -> None:
        # style_plot (set_theme) has just turned the axes' grids back on: the plots replace them.
        self.loss_plot.set_theme(self.theme)
        self.acc_plot.set_theme(self.theme)
        self.regions.set_theme(self.theme)
        self.digits.set_theme(self.theme)
        self._show_heading()
        self._show_stats()

    def shutdown(self) -> None:
        self.mnist_source.shutdown()
        if self.run is not None:
            self.run.request_stop()
        super().shutdown()
