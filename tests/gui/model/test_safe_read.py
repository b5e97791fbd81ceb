"""Reading files from outside (issue 12, defect 6): regular files only, refused at once otherwise
(never read, never blocking), a size limit before parsing, UTF-8 with or without a BOM, and the
position of the first byte that is not UTF-8."""

from __future__ import annotations

import errno
import os
import socket
import stat
import threading
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.model.safe_read import DecodeError, InputError, decode_utf8, describe_path, read_bytes, read_text


def test_a_regular_file_is_read_whole(tmp_path):
    path = tmp_path / "s.json"
    path.write_bytes(b"\x00abc" * 1000)
    assert read_bytes(path, 4000) == b"\x00abc" * 1000


def test_a_file_over_the_limit_is_refused_from_its_size(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(InputError) as info:
        read_bytes(path, 4096)
    assert info.value.errno == errno.EFBIG
    assert str(info.value) == "the file is 4.9 KiB large; the most this program reads is 4.0 KiB"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_devices_are_refused_at_once(device):
    started = time.perf_counter()
    with pytest.raises(InputError, match="device"):
        read_bytes(device, 1 << 30)
    assert time.perf_counter() - started < 1.0  # /dev/zero was read for 20 s before


def test_a_fifo_without_a_writer_is_refused_at_once(tmp_path):
    """A FIFO with no writer blocked the reader forever."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result: list[BaseException | bytes] = []
    reader = threading.Thread(target=lambda: result.append(_catch(read_bytes, fifo, 1000)), daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # unblock it, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert isinstance(result[0], InputError) and "FIFO" in str(result[0])


def _catch(fn, *args):
    try:
        return fn(*args)
    except BaseException as exc:  # noqa: BLE001
        return exc


def test_folders_sockets_and_missing_files_are_refused_with_the_reason(tmp_path):
    with pytest.raises(InputError, match="folder") as info:
        read_bytes(tmp_path, 100)
    assert info.value.errno == errno.EISDIR
    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
        with pytest.raises(InputError, match="socket"):
            read_bytes(path, 100)
    finally:
        server.close()
    with pytest.raises(InputError, match="No such file") as info:
        read_bytes(tmp_path / "nope.json", 100)
    assert info.value.errno == errno.ENOENT and info.value.filename == str(tmp_path / "nope.json")
    for bad in (tmp_path / "a\0b", tmp_path / "x\ud800"):
        with pytest.raises(InputError, match="file name cannot be used"):
            read_bytes(bad, 100)


def test_a_link_to_a_device_is_refused(tmp_path):
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    with pytest.raises(InputError, match="device"):
        read_bytes(tmp_path / "zero.json", 100)


@pytest.mark.skipif(not hasattr(os, "mknod"), reason="os.mknod is not available")
def test_a_mknod_copy_of_dev_zero_is_refused(tmp_path):
    node = tmp_path / "session.json"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.stat("/dev/zero").st_rdev)
    except PermissionError:
        pytest.skip("making a device node needs root")
    with pytest.raises(InputError, match="device"):
        read_bytes(node, 1 << 30)


def test_utf8_with_and_without_a_bom():
    assert decode_utf8("é".encode()) == "é"
    assert decode_utf8(b"\xef\xbb\xbf" + "é".encode()) == "é"
    assert decode_utf8(b"\xef\xbb\xbf") == ""


def test_the_first_bad_byte_is_given_by_line_column_and_offset():
    data = "ab\nçd".encode() + b"\xff" + b"z"
    with pytest.raises(DecodeError) as info:
        decode_utf8(data)
    error = info.value
    assert (error.line, error.column, error.offset, error.byte) == (2, 3, 6, 0xFF)
    assert str(error) == "not UTF-8 text: byte 0xff at line 2, column 3 (byte 6 of the file)"
    with pytest.raises(DecodeError) as info:
        decode_utf8(b"\xef\xbb\xbf\x80")  # after a BOM the offset still counts from the file's start
    assert (info.value.line, info.value.column, info.value.offset) == (1, 1, 3)


@given(st.binary(max_size=200))
def test_any_bytes_decode_or_give_a_position_inside_the_data(data):
    try:
        text = decode_utf8(data)
    except DecodeError as exc:
        assert 0 <= exc.offset < len(data) and data[exc.offset] == exc.byte
        assert exc.line == data[: exc.offset].count(b"\n") + 1
    else:
        assert text == data.decode("utf-8-sig")


def test_read_text_and_describe_path(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(b"\xef\xbb\xbfhello")
    assert read_text(path, 100) == "hello"
    assert describe_path("a\udcffb") == "a\\udcffb"
    long = "/x/" + "n" * 400
    shown = describe_path(long)
    assert len(shown) < 200 and shown.startswith("/x/nnn") and "…" in shown
