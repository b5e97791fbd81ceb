"""Benchmark the network lab's numerics against the book's own code, measured in the same run.

    uv run python benchmarks/bench_network.py [--quick] [--full-book-gradient] [--accuracy]

(a) Training: ``numerics.network.train`` against a faithful transcription of the book's
    ``ch04/train_neuralnet.py`` (its ``TwoLayerNet`` with backprop, its loop) on the same 784-50-10
    net, data and seeds. Prints the median time ratio app/book (goal ≤ 1.2×) and checks that both end
    with the same weights.
(b) Gradient: ``fast_numerical_gradient`` against the book's nditer ``numerical_gradient`` on
    784-50-10 with a batch of 100. The book's loop takes about 11 s per gradient, so by default it is
    run on all of b1, W2, b2 and a slice of W1's rows and extrapolated (every parameter costs the
    same two forward passes); ``--full-book-gradient`` runs all of it once. Prints the speed-up (goal
    ≥ 50×), max |fast − book| and max |fast − backprop| (goal ≤ 1e−6), and the fast gradient's peak memory.
(c) ``--accuracy``: the book's settings (784-50-10, batch 100, η 0.1, 10,000 iterations) on the
    8,000 / 2,000 split of the test files: the final test accuracy (about 0.94 expected; minutes).

Data: the real MNIST files in ../shared/data/mnist/ (or --mnist DIR) when present, else random data
of the same shape. BLAS is pinned to one thread (both sides alike) unless OPENBLAS_NUM_THREADS is
set: on this shared 2-core machine a second BLAS thread makes these small products ~10× slower and
the timings meaningless. Nothing here asserts a time; quote medians.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

import book_code  # noqa: E402  the book's numerical_gradient, the baseline

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from numerics.network import TwoLayerNet, fast_numerical_gradient, load_mnist, train  # noqa: E402
from numerics.network.mnist import MnistError  # noqa: E402

DEFAULT_MNIST = ROOT.parent / "shared" / "data" / "mnist"


# --- the book's code, transcribed (common/functions.py, common/gradient.py, ch04/two_layer_net.py) --


def book_sigmoid(x):
    return 1 / (1 + np.exp(-x))


def book_sigmoid_grad(x):
    return (1.0 - book_sigmoid(x)) * book_sigmoid(x)


def book_softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


def book_cross_entropy_error(y, t):
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


class BookTwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {}
        self.params["W1"] = weight_init_std * np.random.randn(input_size, hidden_size)
        self.params["b1"] = np.zeros(hidden_size)
        self.params["W2"] = weight_init_std * np.random.randn(hidden_size, output_size)
        self.params["b2"] = np.zeros(output_size)

    def predict(self, x):
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        a1 = np.dot(x, W1) + b1
        z1 = book_sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        return book_softmax(a2)

    def loss(self, x, t):
        return book_cross_entropy_error(self.predict(x), t)

    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        t = np.argmax(t, axis=1)
        return np.sum(y == t) / float(x.shape[0])

    def gradient(self, x, t):
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        grads = {}
        batch_num = x.shape[0]
        a1 = np.dot(x, W1) + b1
        z1 = book_sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        y = book_softmax(a2)
        dy = (y - t) / batch_num
        grads["W2"] = np.dot(z1.T, dy)
        grads["b2"] = np.sum(dy, axis=0)
        da1 = np.dot(dy, W2.T)
        dz1 = book_sigmoid_grad(a1) * da1
        grads["W1"] = np.dot(x.T, dz1)
        grads["b1"] = np.sum(dz1, axis=0)
        return grads


def book_train(x_train, t_train, x_test, t_test, iters_num, net_seed, batch_seed):
    """ch04/train_neuralnet.py, with np.random.seed calls added before the net and the loop."""
    np.random.seed(net_seed)
    network = BookTwoLayerNet(input_size=784, hidden_size=50, output_size=10)
    np.random.seed(batch_seed)
    train_size = x_train.shape[0]
    batch_size = 100
    learning_rate = 0.1
    train_loss_list, train_acc_list, test_acc_list = [], [], []
    iter_per_epoch = max(train_size / batch_size, 1)
    for i in range(iters_num):
        batch_mask = np.random.choice(train_size, batch_size)
        x_batch = x_train[batch_mask]
        t_batch = t_train[batch_mask]
        grad = network.gradient(x_batch, t_batch)
        for key in ("W1", "b1", "W2", "b2"):
            network.params[key] -= learning_rate * grad[key]
        loss = network.loss(x_batch, t_batch)
        train_loss_list.append(loss)
        if i % iter_per_epoch == 0:
            train_acc_list.append(network.accuracy(x_train, t_train))
            test_acc_list.append(network.accuracy(x_test, t_test))
    return network, train_loss_list, test_acc_list


def app_train(data, iters_num, net_seed, batch_seed):
    net = TwoLayerNet(784, 50, 10, seed=net_seed)
    losses, test_acc = [], []
    for rec in train(net, data, lr=0.1, batch_size=100, iterations=iters_num, seed=batch_seed):
        losses.append(rec.loss)
        if rec.has_accuracy:
            test_acc.append(rec.test_acc)
    return net, losses, test_acc


# --- data ------------------------------------------------------------------------------------------


def get_data(folder: Path):
    """(dataset, description): the MNIST split, or random data of the same shape."""
    try:
        data = load_mnist(folder)
        return data, f"MNIST from {folder} ({data.train_size:,} train / {data.test_size:,} test"\
                     f"{', split from the t10k files' if data.split_from_test else ''})"
    except MnistError as exc:
        from numerics.network.datasets import Dataset
        from numerics.messages import Message

        rng = np.random.RandomState(0)
        x = rng.rand(10_000, 784).astype(np.float32)
        t = rng.randint(0, 10, 10_000)
        data = Dataset("random", Message("random"), x[:8000], t[:8000], x[8000:], t[8000:], 10)
        return data, f"random data of MNIST's shape (no MNIST: {exc})"


def one_hot(t, n=10):
    out = np.zeros((t.size, n))
    out[np.arange(t.size), t] = 1
    return out


# --- the benchmarks -----------------------------------------------------------------------------------


def bench_training(data, iters: int, repeat: int) -> None:
    print(f"== (a) training loop: 784-50-10, batch 100, η 0.1, {iters:,} iterations, {repeat} repeats")
    x_train, t_train, x_test, t_test = data.x_train, data.t_train, data.x_test, data.t_test
    oh_train, oh_test = one_hot(t_train), one_hot(t_test)  # the book loads one_hot_label=True
    t_app, t_book = [], []
    for r in range(repeat):  # alternate the order so drifting load hits both alike
        runs = [("book", lambda: book_train(x_train, oh_train, x_test, oh_test, iters, 1, 2)),
                ("app", lambda: app_train(data, iters, 1, 2))]
        for name, fn in (runs if r % 2 == 0 else runs[::-1]):
            start = time.perf_counter()
            result = fn()
            (t_book if name == "book" else t_app).append(time.perf_counter() - start)
            if name == "book":
                book_result = result
            else:
                app_result = result
    m_app, m_book = statistics.median(t_app), statistics.median(t_book)
    diff = max(float(np.max(np.abs(app_result[0].params[k] - book_result[0].params[k]))) for k in app_result[0].params)
    loss_diff = float(np.max(np.abs(np.array(app_result[1]) - np.array(book_result[1]))))
    print(f"book loop   median {m_book:7.2f} s   ({', '.join(f'{t:.2f}' for t in t_book)})")
    print(f"app train() median {m_app:7.2f} s   ({', '.join(f'{t:.2f}' for t in t_app)})")
    print(f"ratio app/book = {m_app / m_book:.3f}x  (goal <= 1.2x)")
    print(f"same seeds, same result: max |ΔW| = {diff:.1e}, max |Δloss| = {loss_diff:.1e}, "
          f"final test acc app {app_result[2][-1]:.4f} / book {book_result[2][-1]:.4f}")


def bench_gradient(data, full: bool, repeat: int, w1_rows: int) -> None:
    print("\n== (b) numerical gradient: 784-50-10, batch of 100")
    net = TwoLayerNet(784, 50, 10, seed=3)
    x = np.asarray(data.x_train[:100])
    t = one_hot(np.asarray(data.t_train[:100]))
    print(f"nonzero inputs in the batch: {np.count_nonzero(x) / x.size:.1%}")
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fast = fast_numerical_gradient(net.params, x, t)
        times.append(time.perf_counter() - start)
    t_fast = statistics.median(times)
    tracemalloc.start()
    fast_numerical_gradient(net.params, x, t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    loss_w = lambda w: net.loss(x, t)  # noqa: E731 - the book's idiom
    book = {}
    start = time.perf_counter()
    if full:
        for key in ("W1", "b1", "W2", "b2"):
            book[key] = book_code.numerical_gradient(loss_w, net.params[key])
        t_book = time.perf_counter() - start
        how = "ran the whole loop once"
    else:
        for key in ("b1", "W2", "b2"):
            book[key] = book_code.numerical_gradient(loss_w, net.params[key])
        t_rest = time.perf_counter() - start
        start = time.perf_counter()
        book["W1"] = book_code.numerical_gradient(loss_w, net.params["W1"][:w1_rows])  # a view: perturbs W1
        t_slice = time.perf_counter() - start
        rows = net.params["W1"].shape[0]
        t_book = t_rest + t_slice * rows / w1_rows
        n_timed = w1_rows * 50 + 50 + 500 + 10
        how = (f"ran b1, W2, b2 and W1[:{w1_rows}] ({n_timed:,} of 39,760 parameters, {t_rest + t_slice:.1f} s), "
               f"W1 extrapolated ×{rows / w1_rows:.1f}")
    back = net.gradient(x, t)
    vs_book = max(float(np.max(np.abs(fast[k][: len(book[k])] - book[k]))) for k in book)
    vs_back = max(float(np.max(np.abs(fast[k] - back[k]))) for k in fast)
    print(f"book nditer loop   {t_book:8.2f} s   ({how})")
    print(f"fast numerical     {t_fast * 1e3:8.1f} ms  (median of {repeat}: {', '.join(f'{s * 1e3:.0f}' for s in times)})")
    print(f"speed-up = {t_book / t_fast:.0f}x  (goal >= 50x)")
    print(f"max |fast − book loop| = {vs_book:.1e}   max |fast − backprop| = {vs_back:.1e}  (goal <= 1e-6)")
    print(f"fast gradient peak memory (tracemalloc): {peak / 2**20:.1f} MiB")
    # The fast gradient skips zero inputs (most MNIST pixels): show the dense worst case too.
    dense = np.random.RandomState(0).rand(100, 784)
    dense_times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fast_numerical_gradient(net.params, dense, t)
        dense_times.append(time.perf_counter() - start)
    t_dense = statistics.median(dense_times)
    print(f"dense random inputs (no zeros): {t_dense * 1e3:.0f} ms, speed-up {t_book / t_dense:.0f}x "
          f"against the same book-loop time (its cost does not depend on the values)")


def bench_accuracy(data) -> None:
    print("\n== (c) the book's settings: 784-50-10, batch 100, η 0.1, 10,000 iterations")
    start = time.perf_counter()
    net = TwoLayerNet(784, 50, 10, seed=0)
    marks = [rec for rec in train(net, data, lr=0.1, batch_size=100, iterations=10_000, seed=0) if rec.has_accuracy]
    print(f"{len(marks)} epoch marks; train acc {marks[-1].train_acc:.4f}, test acc {marks[-1].test_acc:.4f} "
          f"(after epoch {marks[-1].epoch}); final test acc {net.accuracy(data.x_test, data.t_test):.4f} "
          f"({time.perf_counter() - start:.0f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer iterations and repeats (a smoke run)")
    parser.add_argument("--mnist", type=Path, default=DEFAULT_MNIST, help="folder with the MNIST .gz files")
    parser.add_argument("--iterations", type=int, default=None, help="training iterations for (a) (default 2000)")
    parser.add_argument("--full-book-gradient", action="store_true", help="run the book's whole loop once in (b)")
    parser.add_argument("--accuracy", action="store_true", help="also run (c), the book's 10,000 iterations")
    args = parser.parse_args(argv)
    data, where = get_data(args.mnist)
    print(f"data: {where}")
    print(f"BLAS threads: OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}\n")
    iters = args.iterations or (200 if args.quick else 2000)
    bench_training(data, iters, 1 if args.quick else 5)
    bench_gradient(data, args.full_book_gradient, 3 if args.quick else 7, 8 if args.quick else 40)
    if args.accuracy:
        bench_accuracy(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
