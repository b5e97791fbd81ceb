"""What the app knows about itself: its version, its id, its licence, where its files are.

Standard library only, so ``--version`` answers at once. The data files (icons, the desktop
entry, AppStream metainfo, translations) live in ``resources/`` in a clone of the repository;
an installed wheel carries them inside the package, as ``gui/resources/`` (see
``[tool.hatch.build.targets.wheel.force-include]`` in pyproject.toml). :func:`resource_path`
finds them in either place, relative to this package.
"""
from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

__all__ = ["APP_ID", "DISTRIBUTION", "ICON_NAME", "ICON_SIZES", "LICENCE", "resource_path", "icon_file", "version"]

#: The distribution name (pyproject's ``[project] name``).
DISTRIBUTION = "gradient-explorer"
#: Reverse-DNS id of the desktop entry and the AppStream metainfo (a placeholder domain until the
#: project has a home: change it in both files' names and in ``resources/*.desktop|*.metainfo.xml``).
APP_ID = "org.gradientexplorer.GradientExplorer"
#: The icon's name in the freedesktop icon theme (hicolor).
ICON_NAME = "gradient-explorer"
#: The sizes of the PNG icons in ``resources/icons/hicolor/NxN/apps/`` (the SVG is the source).
ICON_SIZES = (16, 32, 48, 64, 128, 256)
#: The licence the project declares (pyproject ``license``): none yet.
LICENCE: str | None = None

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "resources", _PACKAGE.parent / "resources")  # installed wheel, then a clone


def resource_path(*parts: str) -> Path:
    """``resources/<parts>`` of an installed wheel or of a clone (the first that exists; the
    clone's path when neither does, so an error names the file one would expect)."""
    for base in _CANDIDATES:
        path = base.joinpath(*parts)
        if path.exists():
            return path
    return _CANDIDATES[-1].joinpath(*parts)


def icon_file(size: int | None = None) -> Path:
    """The application icon: the SVG, or the PNG of ``size`` pixels (one of ``ICON_SIZES``)."""
    if size is None:
        return resource_path("icons", f"{ICON_NAME}.svg")
    if size not in ICON_SIZES:
        raise ValueError(f"no {size}px icon; sizes: {', '.join(map(str, ICON_SIZES))}")
    return resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{ICON_NAME}.png")


def version() -> str:
    """The installed version (the package metadata), or pyproject's in a clone never installed."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    pyproject = _PACKAGE.parent / "pyproject.toml"
    try:
        match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text(encoding="utf-8"), re.MULTILINE)
    except OSError:
        match = None
    return match.group(1) if match else "unknown"
