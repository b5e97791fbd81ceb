"""Write a file so that it is either wholly new or untouched: never half-written.

The data goes to a temporary file in the target's folder, which then replaces the target in one
``os.replace``; on failure the temporary file is removed and the old file stays as it was.
Qt-free, shared by the image, CSV and session writers.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# mkstemp creates 0600 files; a saved picture or CSV should get the permissions any new file gets.
# Read once: os.umask can only be read by setting it, which is not safe while threads create files.
_UMASK = os.umask(0)
os.umask(_UMASK)


def write_atomically(path: str | os.PathLike, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8, newlines untranslated).

    Raises the ``OSError`` of the failing step (a missing folder, no permission, a folder in
    the way); callers wrap it in their own words.
    """
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = path.stat().st_mode & 0o777  # replacing a file keeps its permissions
    except OSError:
        mode = 0o666 & ~_UMASK
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
