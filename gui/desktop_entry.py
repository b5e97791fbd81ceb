"""Install the desktop entry, the icons and the AppStream metainfo for the current user.

``gradient-explorer --install-desktop-entry`` copies them under ``$XDG_DATA_HOME`` (default
``~/.local/share``) where desktops look for applications — ``applications/``, ``icons/hicolor/``
and ``metainfo/`` — so Gradient Explorer appears in the desktop's menu with its icon;
``--uninstall-desktop-entry`` removes exactly those files. Standard library only.

The entry's ``Exec`` names the command of this very installation (:func:`launch_command`), so it
also works from a clone (``uv run main.py --install-desktop-entry``) and without ``PATH`` set up.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from gui.app_info import APP_ID, ICON_NAME, ICON_SIZES, icon_file, resource_path

__all__ = ["data_home", "install_desktop_entry", "launch_command", "uninstall_desktop_entry"]


def data_home() -> Path:
    """``$XDG_DATA_HOME`` or ``~/.local/share`` (the XDG base directory default)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def launch_command() -> str:
    """The command line that starts this installation of the app (for ``Exec=``): the
    ``gradient-explorer`` script beside this interpreter (a uv tool or pipx venv, or a clone's
    .venv), else this interpreter with ``-m gui``."""
    beside = Path(sys.executable).parent / "gradient-explorer"
    if beside.exists():
        return shlex.quote(str(beside))
    return f"{shlex.quote(sys.executable)} -m gui"


def _targets(base: Path) -> dict[Path, Path]:
    """Installed file → its source in resources/."""
    targets = {
        base / "applications" / f"{APP_ID}.desktop": resource_path(f"{APP_ID}.desktop"),
        base / "metainfo" / f"{APP_ID}.metainfo.xml": resource_path(f"{APP_ID}.metainfo.xml"),
        base / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg": icon_file(),
    }
    for size in ICON_SIZES:
        targets[base / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"] = icon_file(size)
    return targets


def _desktop_text(source: Path, command: str) -> str:
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={command}"
        elif line.startswith("TryExec="):
            line = f"TryExec={shlex.split(command)[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install_desktop_entry(base: Path | None = None, command: str | None = None) -> list[Path]:
    """Install the entry, icons and metainfo under ``base`` (default :func:`data_home`); returns
    the files written. ``command`` is the ``Exec=`` line (default :func:`launch_command`).
    Raises ``OSError`` (a file that cannot be read or written) with the path in its message."""
    base = data_home() if base is None else Path(base)
    command = launch_command() if command is None else command
    written = []
    for target, source in _targets(base).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            target.write_text(_desktop_text(source, command), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    _refresh_caches(base)
    return written


def uninstall_desktop_entry(base: Path | None = None) -> list[Path]:
    """Remove what :func:`install_desktop_entry` wrote under ``base``; returns the files removed."""
    base = data_home() if base is None else Path(base)
    removed = []
    for target in _targets(base):
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh_caches(base)
    return removed


def _refresh_caches(base: Path) -> None:
    """Tell the desktop (when its tools are installed; harmless to skip: they rescan anyway)."""
    for command in (["update-desktop-database", "-q", str(base / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", "-f", str(base / "icons" / "hicolor")]):
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False, capture_output=True, timeout=30)
