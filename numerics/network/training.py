"""Mini-batch training as a generator, so a worker thread can stream it (the book's ch. 4.5.3).

``train`` is the book's ``train_neuralnet.py`` loop — draw a mini-batch, compute the gradient,
update every parameter, record the mini-batch loss, and at every ``iter_per_epoch = max(train_size
/ batch_size, 1)`` iterations the train and test accuracy — with the choices the book hard-codes
made settings: any of the project's optimizers, backprop or numerical gradients, sampling with
replacement (the book's ``np.random.choice``) or shuffled passes, a seed, and a cancel token.

With the same seeds it draws the same batches as the book's script after ``np.random.seed``:
``TwoLayerNet(seed=s)`` makes the book's initial weights and ``train(seed=r)`` the book's batches
when the book reseeds with r before its loop.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping

import numpy as np

from numerics.descent import CancelToken
from numerics.messages import QT_TRANSLATE_NOOP, message
from numerics.network.errors import TrainingSettingsError
from numerics.network.param_gradient import numerical_gradient_params
from numerics.network.two_layer_net import PARAM_NAMES, TwoLayerNet
from numerics.optimizers import make_optimizer

#: How the gradient of each mini-batch is computed: the chain rule, the book's element-by-element
#: numerical loop (≈11 s per iteration for 784-50-10), or the same differences organised
#: (``numerics.network.fast_gradient``).
GRADIENTS: tuple[str, ...] = ("backprop", "numerical", "numerical_fast")

#: How mini-batches are drawn: ``batch_size`` indices with replacement each time (the book), or
#: consecutive slices of a reshuffled order, so every sample is seen once per pass.
SAMPLINGS: tuple[str, ...] = ("replacement", "shuffle")

MAX_ITERATIONS = 10_000_000

BAD_ITERATIONS = QT_TRANSLATE_NOOP("numerics", "The number of iterations must be a whole number from 1 to {high}, not {value}.")
BAD_BATCH_SIZE = QT_TRANSLATE_NOOP("numerics", "The batch size must be a whole number of at least 1, not {value}.")
BAD_GRADIENT = QT_TRANSLATE_NOOP("numerics", "Unknown gradient method “{value}”; choose one of {choices}.")
BAD_SAMPLING = QT_TRANSLATE_NOOP("numerics", "Unknown sampling “{value}”; choose one of {choices}.")
BAD_OPTIMIZER = QT_TRANSLATE_NOOP("numerics", "The optimizer settings cannot be used: {reason}")
DATA_MISMATCH = QT_TRANSLATE_NOOP("numerics", "The data has {data} inputs per sample but the network expects {net}.")
NO_TRAINING_DATA = QT_TRANSLATE_NOOP("numerics", "The training data is empty.")


@dataclass(frozen=True)
class TrainRecord:
    """What one training iteration produced. Plain numbers only: safe to hand to another thread.

    ``iteration`` counts from 0 like the book's ``i``; ``epoch`` is the epoch it belongs to,
    ``floor(iteration / iter_per_epoch)``. ``loss`` is the mini-batch loss after the update (the
    book's ``train_loss_list``). ``train_acc`` / ``test_acc`` are set on the first iteration of
    every epoch (the book's ``i % iter_per_epoch == 0``; epoch 0 is the untrained start) and None
    elsewhere. ``passes`` = samples drawn so far / training-set size. ``seconds`` is the wall time
    of this iteration, accuracy evaluation included.
    """

    iteration: int
    epoch: int
    loss: float
    train_acc: float | None
    test_acc: float | None
    passes: float
    seconds: float

    @property
    def has_accuracy(self) -> bool:
        return self.train_acc is not None


class _Cancelled(Exception):
    """Raised inside the numerical gradient's loss so a cancel does not wait for all parameters."""


def iter_per_epoch(train_size: int, batch_size: int) -> float:
    """The book's ``max(train_size / batch_size, 1)``."""
    return max(train_size / batch_size, 1)


def epoch_of(iteration: int, train_size: int, batch_size: int) -> int:
    """``floor(iteration / iter_per_epoch)`` in exact integer arithmetic."""
    if batch_size >= train_size:
        return iteration
    return iteration * batch_size // train_size


def _split(data: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(x_train, t_train, x_test, t_test) from a Dataset or the book's ``((x, t), (x, t))`` tuple."""
    if hasattr(data, "x_train"):
        return data.x_train, data.t_train, data.x_test, data.t_test
    (x_train, t_train), (x_test, t_test) = data
    return x_train, t_train, x_test, t_test


def _whole(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer, float)):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value)


def _replacement_batches(rng: np.random.RandomState, n: int, b: int) -> Iterator[np.ndarray]:
    while True:
        yield rng.choice(n, b)


def _shuffled_batches(rng: np.random.RandomState, n: int, b: int) -> Iterator[np.ndarray]:
    """Full batches cut from a stream of permutations: no sample repeats within a pass."""
    order = rng.permutation(n)
    pos = 0
    while True:
        if pos + b <= n:
            yield order[pos:pos + b]
            pos += b
            continue
        parts = [order[pos:]]
        need = b - (n - pos)
        while need > 0:
            order = rng.permutation(n)
            take = min(need, n)
            parts.append(order[:take])
            pos, need = take, need - take
        yield np.concatenate(parts)


def _gradient_function(net: TwoLayerNet, gradient: str, cancel: CancelToken | None
                       ) -> Callable[[np.ndarray, np.ndarray], dict[str, np.ndarray]]:
    if gradient == "backprop":
        return net.gradient
    if gradient == "numerical_fast":
        return net.fast_numerical_gradient

    def numerical(x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        def loss_w(w: np.ndarray) -> float:
            if cancel is not None and cancel.cancelled:
                raise _Cancelled  # numerical_gradient_params restores the nudged weight
            return net.loss(x, t)
        return {key: numerical_gradient_params(loss_w, net.params[key]) for key in PARAM_NAMES}

    return numerical


def train(
    net: TwoLayerNet,
    data: Any,
    *,
    optimizer: str = "SGD",
    lr: float = 0.1,
    hyper: Mapping[str, float] | None = None,
    batch_size: int = 100,
    iterations: int = 10_000,
    gradient: str = "backprop",
    sampling: str = "replacement",
    seed: int | None = None,
    cancel: CancelToken | None = None,
) -> Iterator[TrainRecord]:
    """Train ``net`` in place on ``data``, yielding one ``TrainRecord`` per iteration.

    ``data`` is a ``Dataset`` (or the book's ``((x_train, t_train), (x_test, t_test))``); targets may
    be labels or one-hot. ``optimizer``/``lr``/``hyper`` name one of ``numerics.optimizers``; each
    parameter array gets its own instance (the optimizers keep per-array state). ``seed`` seeds the
    batch sampling (``np.random.RandomState``): the same net, data and seed give the same records
    bit for bit. ``cancel`` is checked before every iteration (and, for the slow numerical gradient,
    before every loss evaluation); a cancelled run simply stops yielding.

    Bad settings raise ``TrainingSettingsError`` (a ValueError with a ``.message``) before anything
    is trained.
    """
    x_train, t_train, x_test, t_test = _split(data)
    n_iter = _whole(iterations)
    if n_iter is None or not 1 <= n_iter <= MAX_ITERATIONS:
        raise TrainingSettingsError(message(BAD_ITERATIONS, value=iterations, high=MAX_ITERATIONS))
    b = _whole(batch_size)
    if b is None or b < 1:
        raise TrainingSettingsError(message(BAD_BATCH_SIZE, value=batch_size))
    if gradient not in GRADIENTS:
        raise TrainingSettingsError(message(BAD_GRADIENT, value=gradient, choices=", ".join(GRADIENTS)))
    if sampling not in SAMPLINGS:
        raise TrainingSettingsError(message(BAD_SAMPLING, value=sampling, choices=", ".join(SAMPLINGS)))
    train_size = len(x_train)
    if train_size == 0:
        raise TrainingSettingsError(message(NO_TRAINING_DATA))
    n_inputs = int(np.prod(np.shape(x_train)[1:]))
    if n_inputs != net.sizes[0]:
        raise TrainingSettingsError(message(DATA_MISMATCH, data=n_inputs, net=net.sizes[0]))
    try:
        optimizers = {key: make_optimizer(optimizer, lr, **dict(hyper or {})) for key in PARAM_NAMES}
    except ValueError as exc:
        raise TrainingSettingsError(message(BAD_OPTIMIZER, reason=str(exc))) from None
    # The optimizers step batches shaped (N, d): every parameter is seen as a matrix (b as 1 × n),
    # a view, so the update lands in net.params' own arrays.
    views = {key: net.params[key].reshape(-1, net.params[key].shape[-1]) for key in PARAM_NAMES}
    return _train(net, x_train, t_train, x_test, t_test, views, optimizers, b, n_iter,
                  _gradient_function(net, gradient, cancel), sampling, seed, cancel)


def _train(net, x_train, t_train, x_test, t_test, views, optimizers, b, n_iter, gradient_fn,
           sampling, seed, cancel) -> Iterator[TrainRecord]:
    train_size = len(x_train)
    rng = np.random.RandomState(seed)
    batches = (_replacement_batches if sampling == "replacement" else _shuffled_batches)(rng, train_size, b)
    x_train = x_train.reshape(train_size, -1)
    x_test = x_test.reshape(len(x_test), -1)
    previous_epoch = -1
    for i in range(n_iter):
        if cancel is not None and cancel.cancelled:
            return
        start = time.perf_counter()
        batch_mask = next(batches)
        x_batch = x_train[batch_mask]
        t_batch = t_train[batch_mask]
        try:
            grad = gradient_fn(x_batch, t_batch)
        except _Cancelled:
            return
        for key, view in views.items():
            view[...] = optimizers[key].step(view, grad[key].reshape(view.shape))
        loss = net.loss(x_batch, t_batch)
        epoch = epoch_of(i, train_size, b)
        train_acc = test_acc = None
        if epoch != previous_epoch:
            previous_epoch = epoch
            train_acc = net.accuracy(x_train, t_train)
            test_acc = net.accuracy(x_test, t_test) if len(x_test) else float("nan")
        yield TrainRecord(i, epoch, float(loss), train_acc, test_acc, (i + 1) * b / train_size,
                          time.perf_counter() - start)
