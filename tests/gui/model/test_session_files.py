"""Session files as untrusted input and as outputs (issue 12, defects 4, 6): only regular files are
read, with a size limit before parsing, UTF-8 with or without a BOM, the position of a bad byte;
saving never replaces a device, a FIFO or a folder and says why, naming the path."""

from __future__ import annotations

import json
import os
import stat
import time

import pytest

from gui.model.session import (
    MAX_SESSION_BYTES,
    Session,
    SessionError,
    SessionSaveError,
    load_session,
    save_session,
    session_to_dict,
)


def _text() -> str:
    return json.dumps(session_to_dict(Session(function="himmelblau", starts=((1.0, 2.0),))))


def test_a_session_with_a_byte_order_mark_loads(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + _text().encode())
    assert load_session(path).function == "himmelblau"


def test_a_byte_that_is_not_utf8_is_named_with_its_position(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(_text().replace("himmelblau", "h\xe9").encode("latin-1"))
    with pytest.raises(SessionError) as info:
        load_session(path)
    text = str(info.value)
    assert info.value.field == "session" and str(path) in text
    assert "not UTF-8 text: byte 0xe9 at line 1, column" in text


@pytest.mark.parametrize("source", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_at_once(source):
    """--session /dev/zero read ~3.8 GB, then MemoryError."""
    started = time.perf_counter()
    with pytest.raises(SessionError, match="device"):
        load_session(source)
    assert time.perf_counter() - started < 1.0


def test_a_fifo_and_a_folder_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "s.json"
    os.mkfifo(fifo)
    with pytest.raises(SessionError, match="FIFO"):
        load_session(fifo)  # a FIFO with no writer blocked forever
    with pytest.raises(SessionError, match="folder"):
        load_session(tmp_path)


def test_a_huge_session_is_refused_before_parsing(tmp_path):
    """100 MB of hyper-parameters took 30 s and 3.1 GB before being refused."""
    data = session_to_dict(Session())
    data["descent"]["hyper"] = {f"k{i}": 1 for i in range(MAX_SESSION_BYTES // 8)}
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(data))
    started = time.perf_counter()
    with pytest.raises(SessionError, match="the most this program reads is 1.0 MiB"):
        load_session(path)
    assert time.perf_counter() - started < 1.0


def test_saving_over_a_fifo_a_folder_or_a_device_is_refused_naming_the_path(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(SessionSaveError) as info:
        save_session(fifo, Session())
    assert str(info.value) == f"cannot save the session to {fifo}: it is a named pipe (FIFO), " \
                              "not a regular file; it was left as it is"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    with pytest.raises(SessionSaveError, match="folder"):
        save_session(tmp_path, Session())
    if hasattr(os, "mknod"):
        node = tmp_path / "null.json"
        try:
            os.mknod(node, stat.S_IFCHR | 0o666, os.stat("/dev/null").st_rdev)
        except PermissionError:
            return
        with pytest.raises(SessionSaveError, match="device"):
            save_session(node, Session())
        assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_a_session_saved_through_a_link_updates_the_target(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("{}")
    (tmp_path / "link.json").symlink_to(real)
    save_session(tmp_path / "link.json", Session(function="himmelblau"))
    assert (tmp_path / "link.json").is_symlink()
    assert load_session(real).function == "himmelblau"
