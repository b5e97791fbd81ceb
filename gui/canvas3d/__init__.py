"""The 3-D surface view: f over the view box with the descent paths on it (pyqtgraph.opengl)."""
