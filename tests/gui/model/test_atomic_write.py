"""Atomic writes: all or nothing, and never over something that is not a regular file (issue 12,
defects 4 and 8): devices, FIFOs, sockets and folders are refused and left as they were; a link
is written through to its target; a full disk, a long name and every OS error are OutputErrors
with the reason; a killed save's temporary file is removed by the next write."""

from __future__ import annotations

import errno
import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from gui.model.atomic_write import (
    TEMP_SUFFIX,
    OutputError,
    atomic_output,
    check_writable,
    clean_stale_temporaries,
    resolve_target,
    same_target,
    write_atomically,
)

from tests.special_files import mknod_copy
from tests.special_files import tiny_disk as tiny_disk_at

ROOT = Path(__file__).resolve().parents[3]


def _temporaries(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(TEMP_SUFFIX))




# ---------------------------------------------------------------- what is written


def test_writes_text_and_bytes_exactly(tmp_path):
    target = tmp_path / "a.txt"
    write_atomically(target, "é\nx\r\n")
    assert target.read_bytes() == "é\nx\r\n".encode()
    write_atomically(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_streamed_output_replaces_the_target_only_when_complete(tmp_path):
    target = tmp_path / "big.csv"
    target.write_text("old")
    with atomic_output(target) as handle:
        handle.write(b"new ")
        assert target.read_text() == "old"  # nothing visible until the end
        handle.write(b"content")
    assert target.read_text() == "new content"
    assert os.listdir(tmp_path) == ["big.csv"]


def test_a_writer_failing_midway_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "keep.csv"
    target.write_text("old")
    with pytest.raises(ZeroDivisionError):
        with atomic_output(target) as handle:
            handle.write(b"half")
            1 / 0
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["keep.csv"]


def test_failure_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "keep.csv"
    target.write_text("old")

    def broken_replace(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError) as info:
        write_atomically(target, "new")
    assert info.value.errno == errno.EACCES and "Permission denied" in str(info.value)
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["keep.csv"]


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


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's owner needs root")
def test_as_root_a_replaced_file_keeps_its_owner(tmp_path):
    kept = tmp_path / "theirs.csv"
    kept.write_text("old")
    os.chown(kept, 65534, 65534)
    write_atomically(kept, "new")
    assert (kept.stat().st_uid, kept.stat().st_gid) == (65534, 65534) and kept.read_text() == "new"


# ---------------------------------------------------------------- what is refused


def test_missing_folder_file_as_folder_and_folder_in_the_way_are_refused_with_words(tmp_path):
    with pytest.raises(OutputError) as info:
        write_atomically(tmp_path / "nope" / "x.png", b"")
    assert info.value.errno == errno.ENOENT and "does not exist" in str(info.value)
    (tmp_path / "plain").write_text("")
    with pytest.raises(OutputError) as info:
        write_atomically(tmp_path / "plain" / "x.png", b"")  # a path under a regular file
    assert info.value.errno == errno.ENOTDIR
    (tmp_path / "dir.png").mkdir()
    with pytest.raises(OutputError) as info:
        write_atomically(tmp_path / "dir.png", b"")
    assert info.value.errno == errno.EISDIR and "folder" in str(info.value)
    assert sorted(os.listdir(tmp_path)) == ["dir.png", "plain"]
    assert (tmp_path / "dir.png").is_dir()


@pytest.mark.parametrize("source", ["/dev/null", "/dev/full", "/dev/zero"])
def test_a_device_node_is_never_replaced(tmp_path, source):
    """Defect 4: a copy of /dev/null became a regular file and the command said "wrote"."""
    node = mknod_copy(source, tmp_path / "out.csv")
    before = os.stat(node)
    with pytest.raises(OutputError) as info:
        write_atomically(node, "run,step\n")
    assert "device" in str(info.value) and info.value.filename == str(node)
    after = os.stat(node)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino
    assert os.listdir(tmp_path) == ["out.csv"]


def test_a_fifo_is_refused_at_once_and_kept(tmp_path):
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    started = time.perf_counter()
    with pytest.raises(OutputError) as info:
        write_atomically(fifo, b"png")
    assert time.perf_counter() - started < 5  # never opened: no writer waiting for a reader
    assert "FIFO" in str(info.value)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert os.listdir(tmp_path) == ["pipe.png"]


def test_a_socket_is_refused_and_kept(tmp_path):
    path = tmp_path / "s.csv"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(OutputError, match="socket"):
            write_atomically(path, b"x")
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
    finally:
        server.close()


def test_check_writable_refuses_the_same_things_before_any_work(tmp_path):
    os.mkfifo(tmp_path / "pipe.csv")
    (tmp_path / "dir.csv").mkdir()
    for name in ("pipe.csv", "dir.csv"):
        with pytest.raises(OutputError):
            check_writable(tmp_path / name)
    assert check_writable(tmp_path / "new.csv") == tmp_path / "new.csv"
    assert sorted(os.listdir(tmp_path)) == ["dir.csv", "pipe.csv"]  # the probe is gone


def test_a_name_too_long_for_the_folder_is_said_in_words(tmp_path):
    """Defect 8: a 300-character name gave "[Errno 36]"."""
    with pytest.raises(OutputError) as info:
        write_atomically(tmp_path / ("a" * 300 + ".png"), b"")
    assert info.value.errno == errno.ENAMETOOLONG
    assert "304 bytes long" in str(info.value) and "at most 255" in str(info.value)
    # a long name that fits still works: the temporary file's name is shortened
    fits = tmp_path / ("é" * 120 + ".png")  # 244 bytes
    write_atomically(fits, b"x")
    assert fits.read_bytes() == b"x" and os.listdir(tmp_path) == [fits.name]


def test_names_the_file_system_cannot_hold_are_refused(tmp_path):
    for bad in (tmp_path / "a\0b.png", tmp_path / "x\ud800.png"):
        with pytest.raises(OutputError, match="file name cannot be used"):
            write_atomically(bad, b"")
    assert os.listdir(tmp_path) == []


# ---------------------------------------------------------------- links


def test_a_symlink_is_written_through_to_its_target_and_stays_a_link(tmp_path):
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "data.csv"
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert write_atomically(link, "new") == real
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new" and real.stat().st_mode & 0o777 == 0o640
    assert os.listdir(real_dir) == ["data.csv"] and sorted(os.listdir(tmp_path)) == ["link.csv", "real"]


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.png"
    link.symlink_to(tmp_path / "made.png")
    write_atomically(link, b"x")
    assert link.is_symlink() and (tmp_path / "made.png").read_bytes() == b"x"


def test_a_symlink_to_a_device_a_folder_or_a_loop_is_refused(tmp_path):
    (tmp_path / "dir").mkdir()
    (tmp_path / "to_dir.csv").symlink_to(tmp_path / "dir")
    (tmp_path / "loop_a").symlink_to(tmp_path / "loop_b")
    (tmp_path / "loop_b").symlink_to(tmp_path / "loop_a")
    node = mknod_copy("/dev/null", tmp_path / "null")  # never the real one: see tests/special_files.py
    (tmp_path / "to_null.csv").symlink_to(node)
    for name, words in (("to_dir.csv", "folder"), ("loop_a", "loop"), ("to_null.csv", "device")):
        with pytest.raises(OutputError, match=words):
            write_atomically(tmp_path / name, b"x")
        assert (tmp_path / name).is_symlink()
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_same_target_sees_links_dots_and_hard_links(tmp_path):
    a = tmp_path / "a.png"
    a.write_bytes(b"")
    (tmp_path / "link.png").symlink_to(a)
    os.link(a, tmp_path / "hard.png")
    (tmp_path / "sub").mkdir()
    assert same_target(a, tmp_path / "link.png")
    assert same_target(a, tmp_path / "sub" / ".." / "a.png")
    assert same_target(a, tmp_path / "hard.png")
    assert same_target(tmp_path / "new.csv", tmp_path / "sub" / ".." / "new.csv")  # not yet existing
    assert not same_target(a, tmp_path / "b.png")


# ---------------------------------------------------------------- a full disk


@pytest.fixture
def tiny_disk(tmp_path):
    with tiny_disk_at(tmp_path / "tiny") as folder:
        yield folder


def test_a_full_disk_is_reported_and_the_old_file_is_kept(tiny_disk):
    target = tiny_disk / "runs.csv"
    target.write_text("old")
    with pytest.raises(OutputError) as info:
        write_atomically(target, b"x" * 200_000)
    assert info.value.errno == errno.ENOSPC and "No space left" in str(info.value)
    assert target.read_text() == "old"
    assert os.listdir(tiny_disk) == ["runs.csv"]


# ---------------------------------------------------------------- write permission, not as root


def test_check_writable_refuses_a_folder_the_user_may_not_write(tmp_path):
    """Tested with privileges dropped in a subprocess (root is never refused), or directly when
    not root."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    tmp_path.chmod(0o755)
    code = textwrap.dedent(f"""
        import os, sys
        from gui.model.atomic_write import OutputError, check_writable, write_atomically
        if os.geteuid() == 0:  # imported first: the interpreter's own files may be root's only
            os.setgid(65534); os.setuid(65534)
        for call in (check_writable, lambda p: write_atomically(p, b"x")):
            try:
                call({str(folder / 'out.png')!r})
            except OutputError as exc:
                print(exc.errno, exc)
            else:
                print("written")
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [f"{errno.EACCES} Permission denied"] * 2
    assert os.listdir(folder) == []


# ---------------------------------------------------------------- leftovers of a killed save


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_killed_saves_temporary_file_is_removed_by_the_next_write(tmp_path):
    target = tmp_path / "session.json"
    code = textwrap.dedent(f"""
        import sys, time
        from gui.model.atomic_write import atomic_output
        with atomic_output({str(target)!r}) as handle:
            handle.write(b"half")
            handle.flush()
            print("writing", flush=True)
            time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        assert child.stdout.readline().strip() == "writing"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    left = _temporaries(tmp_path)
    assert len(left) == 1 and left[0].startswith(".session.json.") and not target.exists()
    write_atomically(target, "{}")
    assert os.listdir(tmp_path) == ["session.json"]


def test_only_stale_temporaries_of_ours_are_cleaned(tmp_path):
    dead = tmp_path / f".a.png.{_dead_pid()}.0badc0de{TEMP_SUFFIX}"
    alive = tmp_path / f".b.png.{os.getppid()}.0badc0de{TEMP_SUFFIX}"  # the parent runs
    old = tmp_path / f".c.png.{os.getppid()}.0badc0de{TEMP_SUFFIX}"
    mine = tmp_path / f".d.png.{os.getpid()}.0badc0de{TEMP_SUFFIX}"
    foreign = [tmp_path / ".a.png.123.tmp", tmp_path / f"visible.{os.getpid()}.0badc0de{TEMP_SUFFIX}",
               tmp_path / ".notes"]
    for path in (dead, alive, old, mine, *foreign):
        path.write_text("")
    os.utime(old, (time.time() - 2 * 86400,) * 2)
    (tmp_path / f".dir.{_dead_pid()}.0badc0de{TEMP_SUFFIX}").mkdir()  # not a file: left alone
    removed = clean_stale_temporaries(tmp_path)
    assert sorted(removed) == sorted([dead, old])
    assert alive.exists() and mine.exists() and all(p.exists() for p in foreign)


def test_resolve_target_returns_the_file_a_write_replaces(tmp_path):
    (tmp_path / "real.csv").write_text("")
    (tmp_path / "link.csv").symlink_to("real.csv")
    assert resolve_target(tmp_path / "link.csv") == tmp_path / "real.csv"
    assert resolve_target(tmp_path / "new.csv") == tmp_path / "new.csv"
