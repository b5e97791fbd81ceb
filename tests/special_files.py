"""Helpers that make the awkward things users point the app at: device nodes, FIFOs, a full disk.

Each helper skips the calling test (with the reason) where the machine cannot make the thing.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def mknod_copy(source: str, target: Path) -> Path:
    """A copy of the character device ``source`` (same major/minor) at ``target``, or skip.

    Tests that *write* must point at such a copy, never at the real ``/dev/null``: run as root, a
    regression (or an old checkout) would replace the machine's device node with a regular file.
    """
    if not hasattr(os, "mknod"):
        pytest.skip("os.mknod is not available here")
    info = os.stat(source)
    if not stat.S_ISCHR(info.st_mode):
        pytest.skip(f"{source} is not a device node on this machine")
    try:
        os.mknod(target, stat.S_IFCHR | 0o666, info.st_rdev)
    except PermissionError:
        pytest.skip("making a device node needs root (CAP_MKNOD)")
    return target


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str = "64k") -> Iterator[Path]:
    """A small tmpfs mounted at ``folder`` (needs root and mount rights), else skip with the reason."""
    folder.mkdir(exist_ok=True)
    try:
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                                capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount a small tmpfs here: {exc}")
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.strip() or result.returncode}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False, timeout=30)
