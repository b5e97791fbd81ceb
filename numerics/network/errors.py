"""The exceptions of the network package: each carries a translatable ``.message``."""

from __future__ import annotations

from numerics.messages import Message


class NetworkError(ValueError):
    """Base class: ``.message`` is the Message to show; ``str(error)`` is its English text."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


class TrainingSettingsError(NetworkError):
    """A training setting the user chose cannot be used (batch size, iterations, gradient …)."""
