"""Contour levels and lines: quantile levels, lines on the level set, stopping where f is undefined."""
import subprocess
import sys
from pathlib import Path

import numpy as np

from gui.canvas.contour_layer import contour_levels, contour_polyline

ROOT = Path(__file__).resolve().parents[3]


def test_levels_are_the_interior_quantiles_of_the_finite_values():
    rng = np.random.default_rng(3)
    z = rng.exponential(size=(60, 60))
    z[:5] = np.nan
    got = contour_levels(z, n=9)
    sample = z[::2, ::2]
    finite = sample[np.isfinite(sample)]
    expected = np.quantile(finite, np.linspace(0, 1, 11)[1:-1])
    np.testing.assert_allclose(got, expected, rtol=1e-12)
    # ties collapse to one level, and levels equal to the extremes are dropped
    steps = np.zeros((30, 30))
    steps[:, 20:] = 1.0  # two thirds of the quantiles are 0, the rest 1, one falls between
    levels = contour_levels(steps)
    assert len(levels) == 1 and 0.0 < levels[0] < 1.0
    assert len(contour_levels(np.zeros((30, 30)))) == 0
    assert len(contour_levels(np.full((4, 4), np.nan))) == 0


def test_lines_lie_on_the_level_set_and_stop_where_f_is_undefined():
    x = np.linspace(-2, 2, 161)
    X, Y = np.meshgrid(x, x)
    z = X**2 + Y**2
    z[X < -1] = np.nan  # f undefined on the left
    line = contour_polyline(x, x, z, np.array([1.0, 2.0]))
    pts = line[np.isfinite(line).all(axis=1)]
    assert len(pts) > 100
    r2 = (pts**2).sum(axis=1)
    on_level = np.minimum(np.abs(r2 - 1.0), np.abs(r2 - 2.0))
    assert on_level.max() < 2e-3  # linear interpolation on a 0.025 grid
    assert pts[:, 0].min() >= -1.0 - 1e-9
    assert np.isnan(line).any(axis=1).sum() >= 2  # separate lines for separate pieces


def test_contouring_does_not_import_numpy_ma():
    # numpy.ma costs ~40 ms to import; np.quantile, np.unique and contour_generator all pull it in
    code = (
        "import sys, numpy as np\n"
        "from gui.canvas.contour_layer import contour_levels, contour_polyline\n"
        "x = np.linspace(-1, 1, 50); X, Y = np.meshgrid(x, x); z = X**2 + Y**2; z[0, 0] = np.nan\n"
        "assert len(contour_polyline(x, x, z, contour_levels(z))) > 0\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
