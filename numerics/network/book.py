"""The numbers chapter 4 of *Deep Learning from Scratch 1* prints for its networks.

Quoted from the book (ch. 4.4.2, ``gradient_simplenet.py``), not computed here: ``SimpleNet`` must
reproduce them and the tests check that it does. The book printed ``W`` rounded to 8 digits and
computed its loss and ``dW`` from the unrounded draw, so the loss and ``dW`` agree with ours to about
1e−7, not to the last digit.
"""

from __future__ import annotations

from typing import Final

#: ``net.W`` as printed.
SIMPLE_NET_W: Final = ((0.47355232, 0.9977393, 0.84668094), (0.85557411, 0.03563661, 0.69422093))
#: The input and the one-hot target of the example.
SIMPLE_NET_X: Final = (0.6, 0.9)
SIMPLE_NET_T: Final = (0, 0, 1)
#: ``net.predict(x)``, its argmax and ``net.loss(x, t)``.
SIMPLE_NET_PREDICT: Final = (1.05414809, 0.63071653, 1.1328074)
SIMPLE_NET_ARGMAX: Final = 2
SIMPLE_NET_LOSS: Final = 0.92806853663411326
#: ``numerical_gradient(f, net.W)`` with ``f = lambda w: net.loss(x, t)``.
SIMPLE_NET_DW: Final = ((0.21924763, 0.14356247, -0.36281009), (0.32887144, 0.2153437, -0.54421514))

#: ch. 4.5.3: the settings of ``train_neuralnet.py``.
TRAIN_SETTINGS: Final = {"input_size": 784, "hidden_size": 50, "output_size": 10,
                         "iterations": 10_000, "batch_size": 100, "lr": 0.1}
