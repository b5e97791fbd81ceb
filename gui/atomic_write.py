"""Write a file so that it is either wholly new or untouched: never half-written.

The data goes to a temporary file in the target's folder, which then replaces the target in one
``os.replace``; on failure the temporary file is removed and the old file stays as it was.
Qt-free, shared by the image, CSV and session writers.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8, newlines untranslated).

    Raises the ``OSError`` of the failing step (a missing folder, no permission, a folder in
    the way); callers wrap it in their own words.
    """
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
