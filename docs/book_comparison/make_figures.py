"""The book's four figures beside Gradient Explorer's, as images in this folder.

    uv run --group bench python docs/book_comparison/make_figures.py

For each figure the book's script is replicated with matplotlib (the ``bench`` dependency group),
line for line where it draws — ``gradient_1d.py``, ``gradient_2d.py`` and ``gradient_method.py``
of chapter 4, ``optimizer_compare_naive.py`` of chapter 6 with the book's ``common/optimizer.py``
update rules — and ours is exported by the command line, as a user would make it. The two are
put side by side in ``<figure>.png`` (the book left, ours right, each captioned with how it was
made). Nothing here is drawn by hand: run the script again after a change and look at them.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections import OrderedDict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DPI = 100


# -- the book's scripts (matplotlib), as published ------------------------------------------------

def book_gradient_1d(path: Path) -> str:
    """ch04/gradient_1d.py: function_1 and its tangent at x = 5 from numerical_diff."""
    import matplotlib.pylab as plt

    def numerical_diff(f, x):
        h = 1e-4  # 0.0001
        return (f(x + h) - f(x - h)) / (2 * h)

    def function_1(x):
        return 0.01 * x**2 + 0.1 * x

    def tangent_line(f, x):
        d = numerical_diff(f, x)
        y = f(x) - d * x
        return lambda t: d * t + y

    x = np.arange(0.0, 20.0, 0.1)
    y = function_1(x)
    plt.figure()
    plt.xlabel("x")
    plt.ylabel("f(x)")
    tf = tangent_line(function_1, 5)
    y2 = tf(x)
    plt.plot(x, y)
    plt.plot(x, y2)
    plt.savefig(path, dpi=DPI)
    plt.close()
    return "gradient_1d.py"


def _numerical_gradient_no_batch(f, x):
    h = 1e-4  # 0.0001
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + h
        fxh1 = f(x)  # f(x+h)
        x[idx] = tmp_val - h
        fxh2 = f(x)  # f(x-h)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val  # 値を元に戻す
    return grad


def numerical_gradient(f, X):
    if X.ndim == 1:
        return _numerical_gradient_no_batch(f, X)
    grad = np.zeros_like(X)
    for idx, x in enumerate(X):
        grad[idx] = _numerical_gradient_no_batch(f, x)
    return grad


def book_gradient_2d(path: Path) -> str:
    """ch04/gradient_2d.py: the quiver of −∇(x0² + x1²) on arange(-2, 2.5, 0.25)."""
    import matplotlib.pylab as plt

    def function_2(x):
        if x.ndim == 1:
            return np.sum(x**2)
        return np.sum(x**2, axis=1)

    x0 = np.arange(-2, 2.5, 0.25)
    x1 = np.arange(-2, 2.5, 0.25)
    X, Y = np.meshgrid(x0, x1)
    X = X.flatten()
    Y = Y.flatten()
    grad = numerical_gradient(function_2, np.array([X, Y]))
    plt.figure()
    plt.quiver(X, Y, -grad[0], -grad[1], angles="xy", color="#666666")
    plt.xlim([-2, 2])
    plt.ylim([-2, 2])
    plt.xlabel("x0")
    plt.ylabel("x1")
    plt.grid()
    plt.draw()
    plt.savefig(path, dpi=DPI)
    plt.close()
    return "gradient_2d.py"


def book_gradient_method(path: Path) -> str:
    """ch04/gradient_method.py: 20 steps from (−3, 4) with η = 0.1, the history as dots."""
    import matplotlib.pylab as plt

    def gradient_descent(f, init_x, lr=0.01, step_num=100):
        x = init_x
        x_history = []
        for _ in range(step_num):
            x_history.append(x.copy())
            grad = numerical_gradient(f, x)
            x -= lr * grad
        return x, np.array(x_history)

    def function_2(x):
        return x[0] ** 2 + x[1] ** 2

    init_x = np.array([-3.0, 4.0])
    _, x_history = gradient_descent(function_2, init_x, lr=0.1, step_num=20)
    plt.figure()
    plt.plot([-5, 5], [0, 0], "--b")
    plt.plot([0, 0], [-5, 5], "--b")
    plt.plot(x_history[:, 0], x_history[:, 1], "o")
    plt.xlim(-3.5, 3.5)
    plt.ylim(-4.5, 4.5)
    plt.xlabel("X0")
    plt.ylabel("X1")
    plt.savefig(path, dpi=DPI)
    plt.close()
    return "gradient_method.py"


class SGD:  # common/optimizer.py
    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for key in params.keys():
            params[key] -= self.lr * grads[key]


class Momentum:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, params, grads):
        if self.v is None:
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params.keys():
            self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]
            params[key] += self.v[key]


class AdaGrad:
    def __init__(self, lr=0.01):
        self.lr, self.h = lr, None

    def update(self, params, grads):
        if self.h is None:
            self.h = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params.keys():
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.iter, self.m, self.v = 0, None, None

    def update(self, params, grads):
        if self.m is None:
            self.m = {key: np.zeros_like(val) for key, val in params.items()}
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key in params.keys():
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key] ** 2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


def book_optimizers(path: Path) -> str:
    """ch06/optimizer_compare_naive.py: four optimizers on x²/20 + y² from (−7, 2), 30 steps."""
    import matplotlib.pyplot as plt

    def f(x, y):
        return x**2 / 20.0 + y**2

    def df(x, y):
        return x / 10.0, 2.0 * y

    init_pos = (-7.0, 2.0)
    params, grads = {}, {}
    params["x"], params["y"] = init_pos[0], init_pos[1]
    grads["x"], grads["y"] = 0, 0
    optimizers = OrderedDict()
    optimizers["SGD"] = SGD(lr=0.95)
    optimizers["Momentum"] = Momentum(lr=0.1)
    optimizers["AdaGrad"] = AdaGrad(lr=1.5)
    optimizers["Adam"] = Adam(lr=0.3)
    plt.figure()
    for idx, key in enumerate(optimizers, start=1):
        optimizer = optimizers[key]
        x_history, y_history = [], []
        params["x"], params["y"] = init_pos[0], init_pos[1]
        for _ in range(30):
            x_history.append(params["x"])
            y_history.append(params["y"])
            grads["x"], grads["y"] = df(params["x"], params["y"])
            optimizer.update(params, grads)
        x = np.arange(-10, 10, 0.01)
        y = np.arange(-5, 5, 0.01)
        X, Y = np.meshgrid(x, y)
        Z = f(X, Y)
        mask = Z > 7  # for simple contour line
        Z[mask] = 0
        plt.subplot(2, 2, idx)
        plt.plot(x_history, y_history, "o-", color="red")
        plt.contour(X, Y, Z)
        plt.ylim(-10, 10)
        plt.xlim(-10, 10)
        plt.plot(0, 0, "+")
        plt.title(key)
        plt.xlabel("x")
        plt.ylabel("y")
    plt.savefig(path, dpi=DPI)
    plt.close()
    return "optimizer_compare_naive.py"


# -- ours, from the command line ------------------------------------------------------------------

#: the options of each figure, and the image size (ours shows more than the book's one plot)
OURS = {
    "gradient_1d": (["--lab", "derivative"], (900, 960)),
    "gradient_2d": (["--book-view"], None),
    "gradient_method": (["--preset", "gradient-method"], (640, 760)),
    "optimizers": (["--lab", "optimizers", "--layout", "grid"], (1000, 800)),
}
BOOK = {"gradient_1d": book_gradient_1d, "gradient_2d": book_gradient_2d,
        "gradient_method": book_gradient_method, "optimizers": book_optimizers}


def ours(name: str, path: Path) -> str:
    options, size = OURS[name]
    command = ["main.py", *options, *(["--size", f"{size[0]}x{size[1]}"] if size else []), "--export", str(path)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    done = subprocess.run([sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    return "gradient-explorer " + " ".join(options)


def side_by_side(name: str, book: Path, book_caption: str, mine: Path, mine_caption: str) -> Path:
    """``book`` and ``mine`` in one image, each at its own pixel size, captioned."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.image as mpimg
    import matplotlib.pyplot as plt

    a, b = mpimg.imread(book), mpimg.imread(mine)
    height = max(a.shape[0], b.shape[0])
    caption = 60
    fig = plt.figure(figsize=((a.shape[1] + b.shape[1] + 30) / DPI, (height + caption) / DPI), dpi=DPI)
    total_w = a.shape[1] + b.shape[1] + 30
    for image, left, text in ((a, 0, f"the book (matplotlib): {book_caption}"),
                              (b, a.shape[1] + 30, f"Gradient Explorer: {mine_caption}")):
        # top-aligned under the captions, at one image pixel per figure pixel
        bottom = (height - image.shape[0]) / (height + caption)
        ax = fig.add_axes((left / total_w, bottom, image.shape[1] / total_w, image.shape[0] / (height + caption)))
        ax.imshow(image, interpolation="nearest")
        ax.set_axis_off()
        fig.text((left + image.shape[1] / 2) / total_w, 1 - 25 / (height + caption), text,
                 ha="center", va="center", fontsize=11)
    out = HERE / f"{name}.png"
    fig.savefig(out, dpi=DPI)
    plt.close(fig)
    return out


def main() -> None:
    import matplotlib

    matplotlib.use("Agg")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name in BOOK:
            book_png, our_png = tmp / f"book-{name}.png", tmp / f"ours-{name}.png"
            book_caption = BOOK[name](book_png)
            our_caption = ours(name, our_png)
            print(f"wrote {side_by_side(name, book_png, book_caption, our_png, our_caption)}")


if __name__ == "__main__":
    main()
