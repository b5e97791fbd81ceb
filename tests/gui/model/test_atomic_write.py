"""Atomic writes: all or nothing."""

import os

import pytest

from gui.model.atomic_write import write_atomically


def test_writes_text_and_bytes_exactly(tmp_path):
    target = tmp_path / "a.txt"
    write_atomically(target, "é\nx\r\n")
    assert target.read_bytes() == "é\nx\r\n".encode()
    write_atomically(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_failure_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "keep.csv"
    target.write_text("old")

    def broken_replace(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(PermissionError):
        write_atomically(target, "new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["keep.csv"]


def test_missing_folder_and_folder_in_the_way_raise_oserror(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "nope" / "x.png", b"")
    (tmp_path / "dir.png").mkdir()
    with pytest.raises(IsADirectoryError):
        write_atomically(tmp_path / "dir.png", b"")
    assert os.listdir(tmp_path) == ["dir.png"]


def test_new_files_get_ordinary_permissions_and_replaced_files_keep_theirs(tmp_path):
    umask = os.umask(0)
    os.umask(umask)
    fresh = tmp_path / "fresh.png"
    write_atomically(fresh, b"x")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    kept = tmp_path / "kept.csv"
    kept.write_text("old")
    kept.chmod(0o640)
    write_atomically(kept, "new")
    assert kept.stat().st_mode & 0o777 == 0o640
