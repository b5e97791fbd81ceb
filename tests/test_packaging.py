"""Gradient Explorer installs like a desktop app: scripts, a wheel with its data, icons, a desktop
entry and AppStream metainfo that agree with each other, --version, and the per-user install."""
from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from configparser import ConfigParser
from pathlib import Path

import pytest

from gui import app_info
from gui.desktop_entry import install_desktop_entry, launch_command, uninstall_desktop_entry

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_pyproject_declares_the_commands_and_a_build_backend():
    project = PYPROJECT["project"]
    assert project["gui-scripts"] == {"gradient-explorer": "gui.app:main"}
    assert project["scripts"] == {"gradient-explorer-cli": "gui.cli:main"}
    assert PYPROJECT["build-system"]["build-backend"] == "hatchling.build"
    assert "package" not in PYPROJECT.get("tool", {}).get("uv", {})  # uv installs the project itself
    assert app_info.version() == project["version"]
    assert "license" not in project and app_info.LICENCE is None  # none declared: About says so


def test_icons_exist_at_every_size_the_desktop_wants():
    svg = ET.parse(app_info.icon_file())
    assert svg.getroot().tag.endswith("svg")
    for size in app_info.ICON_SIZES:
        assert _png_size(app_info.icon_file(size)) == (size, size)
    with pytest.raises(ValueError):
        app_info.icon_file(17)


def test_desktop_entry_and_metainfo_name_the_same_app():
    entry = ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(app_info.resource_path(f"{app_info.APP_ID}.desktop"), encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Gradient Explorer"
    assert desktop["Exec"] == "gradient-explorer" == next(iter(PYPROJECT["project"]["gui-scripts"]))
    assert desktop["Icon"] == app_info.ICON_NAME and desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";") and "Education" in desktop["Categories"]
    meta = ET.parse(app_info.resource_path(f"{app_info.APP_ID}.metainfo.xml")).getroot()
    assert meta.get("type") == "desktop-application"
    assert meta.findtext("id") == app_info.APP_ID
    assert meta.findtext("launchable") == f"{app_info.APP_ID}.desktop"
    assert meta.findtext("provides/binary") == "gradient-explorer"
    assert meta.find("releases/release").get("version") == PYPROJECT["project"]["version"]


def test_version_answers_without_loading_qt():
    code = ("import sys; from gui.cli import main; status = main(['--version']); "
            "print('qt' if 'PySide6' in sys.modules else 'no-qt'); sys.exit(status)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == [f"gradient-explorer {PYPROJECT['project']['version']}", "no-qt"]


def test_install_desktop_entry_for_the_user_and_remove_it_again(tmp_path):
    command = "/opt/ge/bin/gradient-explorer"
    written = install_desktop_entry(tmp_path, command=command)
    entry = tmp_path / "applications" / f"{app_info.APP_ID}.desktop"
    assert entry in written and (tmp_path / "metainfo" / f"{app_info.APP_ID}.metainfo.xml") in written
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f"Exec={command}" in lines and f"TryExec={command}" in lines
    assert "Exec=gradient-explorer" not in lines
    for size in app_info.ICON_SIZES:
        icon = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{app_info.ICON_NAME}.png"
        assert _png_size(icon) == (size, size)
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{app_info.ICON_NAME}.svg").exists()
    removed = uninstall_desktop_entry(tmp_path)
    assert sorted(removed) == sorted(written)
    assert not any(p.is_file() for p in tmp_path.rglob("*") if p.suffix in (".desktop", ".png", ".svg", ".xml"))


def test_the_launch_command_runs_this_installation():
    command = launch_command()
    assert command.endswith("gradient-explorer") or command.endswith("-m gui")
    if command.endswith("-m gui"):
        assert sys.executable in command


@pytest.mark.skipif(shutil.which("uv") is None, reason="needs uv to build the wheel")
def test_the_wheel_carries_the_packages_the_data_and_the_commands(tmp_path):
    out = subprocess.run(["uv", "build", "--wheel", "--out-dir", str(tmp_path), str(ROOT)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    (wheel,) = tmp_path.glob("gradient_explorer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    tops = {name.split("/")[0] for name in names}
    assert tops == {"gui", "numerics", f"gradient_explorer-{PYPROJECT['project']['version']}.dist-info"}
    assert "gui/canvas3d/surface_view.py" in names and "numerics/field.py" in names
    for size in app_info.ICON_SIZES:
        assert f"gui/resources/icons/hicolor/{size}x{size}/apps/{app_info.ICON_NAME}.png" in names
    assert f"gui/resources/{app_info.APP_ID}.desktop" in names
    assert f"gui/resources/{app_info.APP_ID}.metainfo.xml" in names
    for language in ("ko", "ja", "en"):  # what gui.i18n loads from an installed wheel
        assert f"gui/resources/i18n/gradient_explorer_{language}.qm" in names
    assert not any("screenshots" in name for name in names)  # README pictures stay out of the app
    entry_points = zipfile.ZipFile(wheel).read(
        f"gradient_explorer-{PYPROJECT['project']['version']}.dist-info/entry_points.txt").decode()
    assert "[gui_scripts]\ngradient-explorer = gui.app:main" in entry_points
    assert "[console_scripts]\ngradient-explorer-cli = gui.cli:main" in entry_points
