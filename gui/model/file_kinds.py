"""What kind of thing a path names, for the readers and writers that accept only regular files.

``gui.model.safe_read`` refuses to read, and ``gui.model.atomic_write`` to replace, anything but a
regular file; both classify it here and say why in their own words.
"""

from __future__ import annotations

import errno
import stat

#: The kinds :func:`not_regular` tells apart, with the errno each refusal carries.
ERRNOS = {"folder": errno.EISDIR, "device": errno.EINVAL, "fifo": errno.EINVAL, "socket": errno.EINVAL,
          "special": errno.EINVAL}


def not_regular(mode: int) -> str | None:
    """``None`` for a regular file, else ``"folder" | "device" | "fifo" | "socket" | "special"``."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special"
