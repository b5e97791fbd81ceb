"""The book's ``TwoLayerNet`` (ch. 4.5): affine → sigmoid → affine → softmax, cross-entropy loss.

Line for line the book's ``ch04/two_layer_net.py`` — the same draws for the same seed, the same
forward pass and the same backprop ``gradient`` — so a run here can be compared with the book's
float for float. Additions: targets may be labels or one-hot, inputs may be any batch
``(..., input_size)``, the fast numerical gradient, and a gradient check.
"""

from __future__ import annotations

import numpy as np

from numerics.network.activations import as_labels, cross_entropy_error, sigmoid, sigmoid_grad, softmax
from numerics.network.fast_gradient import fast_numerical_gradient
from numerics.network.param_gradient import numerical_gradient_params

#: The parameter names, in the book's order.
PARAM_NAMES: tuple[str, ...] = ("W1", "b1", "W2", "b2")

#: Rows per block when ``accuracy`` predicts a large set.
ACCURACY_BLOCK = 10_000


class TwoLayerNet:
    """Two layers of weights with a sigmoid between them and softmax at the end.

    ``params`` maps ``W1 (input, hidden)``, ``b1 (hidden,)``, ``W2 (hidden, output)``,
    ``b2 (output,)`` to float64 arrays that training updates in place. The weights are drawn from
    N(0, weight_init_std²) in the book's order (W1, then W2) by ``np.random.RandomState(seed)``:
    the same numbers as the book's code after ``np.random.seed(seed)``.
    """

    def __init__(self, input_size: int, hidden_size: int, output_size: int,
                 weight_init_std: float = 0.01, seed: int | None = None) -> None:
        for name, size in (("input_size", input_size), ("hidden_size", hidden_size), ("output_size", output_size)):
            if int(size) != size or size < 1:
                raise ValueError(f"{name} must be a positive whole number, got {size!r}")
        rng = np.random.RandomState(seed)
        self.params: dict[str, np.ndarray] = {
            "W1": weight_init_std * rng.randn(int(input_size), int(hidden_size)),
            "b1": np.zeros(int(hidden_size)),
            "W2": weight_init_std * rng.randn(int(hidden_size), int(output_size)),
            "b2": np.zeros(int(output_size)),
        }

    @property
    def sizes(self) -> tuple[int, int, int]:
        """(input, hidden, output)."""
        i, h = self.params["W1"].shape
        return i, h, self.params["W2"].shape[1]

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities ``(..., output)`` for inputs ``(..., input)``."""
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        return softmax(a2)

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        """The book's mean cross-entropy of ``predict(x)`` against labels or one-hot ``t``."""
        return cross_entropy_error(self.predict(x), t)

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        """Fraction of samples whose most probable class is the target's.

        Large sets are predicted in blocks of ``ACCURACY_BLOCK`` rows, so the float64 copy numpy
        makes of float32 images stays small (60,000 MNIST images would need 376 MB at once).
        """
        x = np.asarray(x).reshape(-1, self.sizes[0])
        if len(x) == 0:
            return float("nan")
        y = np.concatenate([np.argmax(self.predict(x[i:i + ACCURACY_BLOCK]), axis=-1)
                            for i in range(0, len(x), ACCURACY_BLOCK)])  # a loop over blocks
        labels = as_labels(t, y.size, self.sizes[2])
        return float(np.sum(y == labels) / float(y.size))

    def numerical_gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """The book's numerical gradient: nudge every parameter in turn (slow: 2 passes each)."""
        loss_w = lambda w: self.loss(x, t)  # noqa: E731 - the book's idiom, on purpose
        return {key: numerical_gradient_params(loss_w, self.params[key]) for key in PARAM_NAMES}

    def fast_numerical_gradient(self, x: np.ndarray, t: np.ndarray, h: float = 1e-4) -> dict[str, np.ndarray]:
        """The same central differences as ``numerical_gradient``, computed from the cached forward
        pass in vectorised chunks (see ``numerics.network.fast_gradient``)."""
        return fast_numerical_gradient(self.params, x, t, h=h)

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Backprop, as the book's ch. 4 ``gradient``: forward, then the chain rule backwards."""
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        grads = {}
        batch_num = x.shape[0]

        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        y = softmax(a2)

        t = np.asarray(t)
        if t.shape == y.shape:
            dy = (y - t) / batch_num
        else:  # labels: y − one_hot(t) without building the one-hot matrix
            dy = y.copy()
            dy[np.arange(batch_num), as_labels(t, batch_num, y.shape[1])] -= 1
            dy /= batch_num
        grads["W2"] = np.dot(z1.T, dy)
        grads["b2"] = np.sum(dy, axis=0)

        da1 = np.dot(dy, W2.T)
        dz1 = sigmoid_grad(a1) * da1
        grads["W1"] = np.dot(x.T, dz1)
        grads["b1"] = np.sum(dz1, axis=0)
        return {key: grads[key] for key in PARAM_NAMES}

    def gradient_check(self, x: np.ndarray, t: np.ndarray, numerical: str = "fast") -> dict[str, float]:
        """max |numerical − backprop| per parameter (``numerical`` = "fast" or "plain", the book's loop).

        Backprop ignores the loss's 1e−7 delta, so the two differ by about 1e−7·|∂L/∂y| at worst;
        anything near 1e−3 means a bug.
        """
        if numerical not in ("fast", "plain"):
            raise ValueError(f"numerical must be 'fast' or 'plain', got {numerical!r}")
        num = self.fast_numerical_gradient(x, t) if numerical == "fast" else self.numerical_gradient(x, t)
        back = self.gradient(x, t)
        return {key: float(np.max(np.abs(num[key] - back[key]))) for key in PARAM_NAMES}
