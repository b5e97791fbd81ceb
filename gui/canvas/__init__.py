"""The vector-field canvas and its layers (one graphics item per layer)."""
from gui.canvas.field_canvas import LAYERS, FieldCanvas

__all__ = ["FieldCanvas", "LAYERS"]
