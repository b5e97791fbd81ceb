"""The network half of chapter 4: a net's loss, its gradient, mini-batches, epochs — pure numpy.

Nothing here imports Qt. The GUI's Network tab and the explorer's line-fit objective are built on
this package; workers stream ``train`` and ``download_mnist``, both generators.

API
---
Functions of the book (``activations``)::

    softmax(x) -> (..., C)                   sigmoid(x), sigmoid_grad(x)
    cross_entropy_error(y, t) -> float       the book's: batch-aware, labels or one-hot, delta 1e-7
    one_hot(labels, n_classes), as_labels(t, n_samples, n_classes)

Gradients of parameter arrays::

    numerical_gradient_params(f, W, h=1e-4) -> array like W
        The book's ``numerical_gradient(f, W)``: f is a scalar function of the whole array (a loss),
        W is perturbed in place one element at a time and restored, so the book's idiom
        ``f = lambda w: net.loss(x, t); dW = numerical_gradient_params(f, net.W)`` works.
        NOT ``numerics.differentiation.numerical_gradient(f, x)``, which differentiates a function
        of a *batch of points* (..., d), perturbing one coordinate of every point at once and
        never touching x.
    fast_numerical_gradient(params, x, t, h=1e-4) -> {W1, b1, W2, b2}
        The same central differences for TwoLayerNet, from the cached forward pass (≥ 50× faster).

Networks::

    SimpleNet(W=None, seed=None): .W, predict(x), loss(x, t)
    TwoLayerNet(input_size, hidden_size, output_size, weight_init_std=0.01, seed=None)
        .params {"W1", "b1", "W2", "b2"}, .sizes, predict(x), loss(x, t), accuracy(x, t),
        numerical_gradient(x, t), fast_numerical_gradient(x, t), gradient(x, t) (backprop),
        gradient_check(x, t, numerical="fast"|"plain") -> {name: max |numerical − backprop|}
    PARAM_NAMES = ("W1", "b1", "W2", "b2");  book: the book's printed numbers (SIMPLE_NET_*)

Training::

    train(net, data, *, optimizer="SGD", lr=0.1, hyper=None, batch_size=100, iterations=10_000,
          gradient="backprop"|"numerical"|"numerical_fast", sampling="replacement"|"shuffle",
          seed=None, cancel=None) -> Iterator[TrainRecord]
    TrainRecord(iteration, epoch, loss, train_acc, test_acc, passes, seconds); .has_accuracy
        accuracies on the first iteration of each epoch (the book's i % iter_per_epoch == 0)
    iter_per_epoch(train_size, batch_size), epoch_of(iteration, train_size, batch_size)
    GRADIENTS, SAMPLINGS; bad settings raise TrainingSettingsError (.message)

Data::

    Dataset(name, title, x_train, t_train, x_test, t_test, n_classes, box, split_from_test, note)
        read-only arrays; .input_size, .train_size, .test_size, .book_tuples(), .with_one_hot()
    make_dataset(name, n_samples=None, noise=None, seed=0, test_fraction=0.2) -> Dataset
        name in DATASETS_2D: "spiral", "moons", "circles", "xor", "blobs"; DatasetError
    decision_regions(net, box, nx, ny=None) -> DecisionRegions(x0, x1, labels, confidence)
    load_mnist(folder, normalize=True, flatten=True, one_hot=False) -> Dataset
        validates every file (MnistError with .message naming it); t10k files only ->
        8,000 / 2,000 split, split_from_test=True and a note to show
    read_idx_images(path), read_idx_labels(path), mnist_files_present(folder), MNIST_FILES
    download_mnist(dest_dir, base_url=None, cancel=None, *, files=MNIST_FILES, checksums=None,
                   timeout=30.0) -> Iterator[DownloadProgress(file, done, total, complete, index, count)]
        base URL: argument, else $GRADIENT_EXPLORER_MNIST_MIRROR, else DEFAULT_MIRROR;
        verified (md5, sha256) before the .part is renamed; resumable; DownloadError (.message)
    CHECKSUMS, Checksum(md5, sha256=None), verify_file(path, checksum), mirror_url(base_url)

Mini-batches on the canvas (``line_fit``)::

    make_line_data(n=50, w=2.0, b=-1.0, noise=0.5, x_range=(-2, 2), seed=0) -> LineData
    LineFitLoss(x, y): value(P), gradient(P), batch_value(P, idx), batch_gradient(P, idx),
        least_squares(); P shaped (..., 2) = (w, b); idx (B,) or (..., B)
    line_fit_objective(loss, name="line_fit") -> numerics.functions.Objective
    minibatch_descent(loss, starts, *, batch_size, lr=0.1, steps=None, epochs=None, optimizer="SGD",
                      hyper=None, sampling="shuffle", seed=0, cancel=None)
        -> MiniBatchRun(path (N, K+1, 2), loss (N, K+1), epochs (K+1,), batch_size, cancelled)

Threads: ``train`` updates ``net.params`` in place between yields, so whatever reads the net from
another thread (decision regions, a digit grid) should be computed by the worker between two
records, or from a copy of the parameters.

Every exception meant for the user derives from ``NetworkError`` (a ValueError) and carries
``.message: numerics.messages.Message``.
"""

from numerics.network import book
from numerics.network.activations import (
    CROSS_ENTROPY_DELTA,
    as_labels,
    cross_entropy_error,
    one_hot,
    sigmoid,
    sigmoid_grad,
    softmax,
)
from numerics.network.datasets import (
    DATASETS_2D,
    Dataset,
    DatasetError,
    DecisionRegions,
    decision_regions,
    make_dataset,
)
from numerics.network.download import (
    CHECKSUMS,
    DEFAULT_MIRROR,
    MIRROR_ENV,
    Checksum,
    DownloadError,
    DownloadProgress,
    download_mnist,
    mirror_url,
    verify_file,
)
from numerics.network.errors import NetworkError, TrainingSettingsError
from numerics.network.fast_gradient import fast_numerical_gradient
from numerics.network.line_fit import (
    LineData,
    LineFitError,
    LineFitLoss,
    MiniBatchRun,
    line_fit_objective,
    make_line_data,
    minibatch_descent,
)
from numerics.network.mnist import FILES as MNIST_FILES
from numerics.network.mnist import MnistError, load_mnist, mnist_files_present, read_idx_images, read_idx_labels
from numerics.network.param_gradient import numerical_gradient_params
from numerics.network.simple_net import SimpleNet
from numerics.network.training import GRADIENTS, SAMPLINGS, TrainRecord, epoch_of, iter_per_epoch, train
from numerics.network.two_layer_net import PARAM_NAMES, TwoLayerNet

__all__ = [
    "book",
    "CROSS_ENTROPY_DELTA", "as_labels", "cross_entropy_error", "one_hot", "sigmoid", "sigmoid_grad", "softmax",
    "DATASETS_2D", "Dataset", "DatasetError", "DecisionRegions", "decision_regions", "make_dataset",
    "CHECKSUMS", "DEFAULT_MIRROR", "MIRROR_ENV", "Checksum", "DownloadError", "DownloadProgress",
    "download_mnist", "mirror_url", "verify_file",
    "NetworkError", "TrainingSettingsError",
    "fast_numerical_gradient",
    "LineData", "LineFitError", "LineFitLoss", "MiniBatchRun", "line_fit_objective", "make_line_data",
    "minibatch_descent",
    "MNIST_FILES", "MnistError", "load_mnist", "mnist_files_present", "read_idx_images", "read_idx_labels",
    "numerical_gradient_params",
    "SimpleNet",
    "GRADIENTS", "SAMPLINGS", "TrainRecord", "epoch_of", "iter_per_epoch", "train",
    "PARAM_NAMES", "TwoLayerNet",
]
