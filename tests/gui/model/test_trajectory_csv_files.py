"""The trajectory CSV as an output and as untrusted input (issue 12, defects 4, 5, 6): rows stream
into the file (never one huge string), devices/FIFOs/folders are never replaced, a full disk is
reported; reading refuses /dev/zero and FIFOs at once, accepts a BOM, and names the line of a
field over the csv module's limit and the position of a byte that is not UTF-8."""

from __future__ import annotations

import os
import stat
import time
import tracemalloc

import numpy as np
import pytest

from gui.model.trajectory_csv import (
    CSV_COLUMNS,
    PATH_COLUMNS,
    MAX_CSV_BYTES,
    Trajectory,
    TrajectoryCsvError,
    TrajectoryCsvFormatError,
    read_trajectories_csv,
    write_trajectories_csv,
)
from tests.special_files import mknod_copy, tiny_disk

#: The seven path columns (files from before the settings and verdict columns still read).
HEADER = ",".join(PATH_COLUMNS) + "\n"


def _run(n: int, run_id: int = 0) -> Trajectory:
    xs = np.linspace(0, 1, 2 * n).reshape(n, 2)
    return Trajectory(run_id, xs, xs[:, 0] * 3, xs * 2)


@pytest.mark.parametrize("source", ["/dev/zero", "/dev/null"])
def test_reading_a_device_is_refused_at_once(source):
    """/dev/zero ended in MemoryError after 20 s."""
    started = time.perf_counter()
    with pytest.raises(TrajectoryCsvError, match="device"):
        read_trajectories_csv(source)
    assert time.perf_counter() - started < 1.0


def test_reading_a_fifo_or_a_folder_is_refused_at_once(tmp_path):
    fifo = tmp_path / "runs.csv"
    os.mkfifo(fifo)
    with pytest.raises(TrajectoryCsvError, match="FIFO"):
        read_trajectories_csv(fifo)
    with pytest.raises(TrajectoryCsvError, match="folder"):
        read_trajectories_csv(tmp_path)


def test_a_file_over_the_limit_is_refused_before_parsing(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text(HEADER + "0,0,1,2,3,4,5\n" * 100)
    with pytest.raises(TrajectoryCsvError, match="the most this program reads is 1.0 KiB"):
        read_trajectories_csv(path, max_bytes=1024)
    assert MAX_CSV_BYTES >= 32 << 20  # a default that reads every file the window writes for a while


def test_a_byte_order_mark_is_accepted_in_files_and_streams(tmp_path):
    path = tmp_path / "bom.csv"
    write_trajectories_csv(path, [_run(3)])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    runs = read_trajectories_csv(path)
    assert len(runs) == 1 and len(runs[0]) == 3
    import io

    assert len(read_trajectories_csv(io.StringIO("\ufeff" + HEADER + "0,0,1,2,3,4,5\n"))[0]) == 1


def test_a_byte_that_is_not_utf8_is_named_by_line_and_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(HEADER.encode() + b"0,0,1,2,3,4,5\n0,1,\xff,2,3,4,5\n")
    with pytest.raises(TrajectoryCsvFormatError) as info:
        read_trajectories_csv(path)
    assert isinstance(info.value, ValueError)
    assert f"{path}: not UTF-8 text: byte 0xff at line 3, column 5" in str(info.value)


def test_a_field_over_the_csv_limit_is_a_clear_error_with_the_line(tmp_path):
    """A field over 131,072 characters raised the csv module's own _csv.Error."""
    path = tmp_path / "long.csv"
    path.write_text(HEADER + "0,0,1,2,3,4,5\n0,1,1," + "9" * 200_000 + ",3,4,5\n")
    with pytest.raises(TrajectoryCsvFormatError) as info:
        read_trajectories_csv(path)
    assert str(info.value) == f"{path}, line 3: a field is longer than 131,072 characters"
    assert info.value.line == 3


def test_other_csv_syntax_errors_are_format_errors_too(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_text(HEADER + "0,0,1,2,3,4,5\n" + '0,1,"1\0",2,3,4,5\n')
    with pytest.raises(TrajectoryCsvFormatError, match="line"):
        read_trajectories_csv(path)


def test_writing_over_a_device_a_fifo_or_a_folder_is_refused_naming_the_path(tmp_path):
    node = mknod_copy("/dev/null", tmp_path / "null.csv")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    for path, words in ((node, "device"), (fifo, "FIFO"), (tmp_path, "folder")):
        with pytest.raises(TrajectoryCsvError) as info:
            write_trajectories_csv(path, [_run(2)])
        assert str(info.value).startswith(f"cannot write trajectories to {path}: it is ") and words in str(info.value)
    assert stat.S_ISCHR(os.lstat(node).st_mode) and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(os.listdir(tmp_path)) == ["null.csv", "pipe.csv"]


def test_a_full_disk_is_reported_and_the_old_file_kept(tmp_path):
    with tiny_disk(tmp_path / "tiny") as disk:
        target = disk / "runs.csv"
        target.write_text("old")
        with pytest.raises(TrajectoryCsvError, match="No space left on device") as info:
            write_trajectories_csv(target, [_run(5000)])
        assert str(target) in str(info.value)
        assert target.read_text() == "old" and os.listdir(disk) == ["runs.csv"]


def test_rows_stream_into_the_file_instead_of_one_string(tmp_path):
    """20 runs × 10⁶ steps built a 1.5 GB CSV in memory before writing it."""
    run = _run(120_000)
    path = tmp_path / "big.csv"
    tracemalloc.start()
    try:
        write_trajectories_csv(path, [run])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = path.stat().st_size
    assert size > 8e6
    assert peak < size / 3, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"
    back = read_trajectories_csv(path)
    np.testing.assert_array_equal(back[0].xs, run.xs)
