"""Read a file from outside safely: regular files only, a size limit before parsing, UTF-8 checked.

A session or a CSV file is user input, and so is its *path*: ``/dev/zero`` would be read forever
(until memory runs out), a FIFO with no writer blocks the reader for good, a folder is not text.
So :func:`read_bytes` opens with ``O_NONBLOCK`` (opening a FIFO then returns at once instead of
waiting for a writer), asks ``fstat`` what it opened, and refuses anything but a regular file
before reading a byte; a regular file larger than the caller's limit is refused from its size,
and one that grows while being read is cut at the limit and refused too.

:func:`decode_utf8` accepts UTF-8 with or without a byte-order mark and reports the first byte
that is not UTF-8 by line, column and offset. Qt-free; every refusal carries a
:class:`~numerics.messages.Message` without the path (callers add the path and their own words).
"""

from __future__ import annotations

import codecs
import errno
import os
from pathlib import Path

from numerics.messages import QT_TRANSLATE_NOOP, Message
from gui.model.file_kinds import ERRNOS, not_regular

__all__ = ["DecodeError", "InputError", "decode_utf8", "describe_path", "read_bytes", "read_text"]

IS_FOLDER = QT_TRANSLATE_NOOP("numerics", "it is a folder, not a file")
IS_DEVICE = QT_TRANSLATE_NOOP("numerics", "it is a device, not a regular file")
IS_FIFO = QT_TRANSLATE_NOOP("numerics", "it is a named pipe (FIFO), not a regular file")
IS_SOCKET = QT_TRANSLATE_NOOP("numerics", "it is a socket, not a regular file")
IS_SPECIAL = QT_TRANSLATE_NOOP("numerics", "it is not a regular file")
BYTES = QT_TRANSLATE_NOOP("numerics", "{n} bytes")
TOO_LARGE = QT_TRANSLATE_NOOP("numerics", "the file is {size} large; the most this program reads is {limit}")
OS_PROBLEM = QT_TRANSLATE_NOOP("numerics", "{problem}")
BAD_NAME = QT_TRANSLATE_NOOP("numerics", "the file name cannot be used ({problem})")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "numerics", "not UTF-8 text: byte {byte} at line {line}, column {column} (byte {offset} of the file)")

_BOM = codecs.BOM_UTF8
_CHUNK = 1 << 20


class InputError(OSError):
    """A file was refused or could not be read; ``message`` says why (without the path)."""

    def __init__(self, code: int, message: Message, filename: str | os.PathLike | None = None) -> None:
        super().__init__(code, str(message), None if filename is None else os.fspath(filename))
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


class DecodeError(ValueError):
    """The bytes are not UTF-8: ``line``, ``column`` (1-based, in characters) and ``offset`` (the
    byte, 0-based) of the first bad byte; ``message`` says so in words."""

    def __init__(self, line: int, column: int, offset: int, byte: int) -> None:
        self.line, self.column, self.offset, self.byte = line, column, offset, byte
        self.message = Message(NOT_UTF8, {"byte": f"0x{byte:02x}", "line": line, "column": column,
                                          "offset": offset})
        super().__init__(str(self.message))


def _size_text(n: int) -> Message:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            return Message("{size:.1f} {unit}", {"size": n / size, "unit": unit})  # notation: not translated
    return Message(BYTES, {"n": n})


_KIND_TEXTS = {"folder": IS_FOLDER, "device": IS_DEVICE, "fifo": IS_FIFO, "socket": IS_SOCKET, "special": IS_SPECIAL}


def _refusal(mode: int, path: str | os.PathLike) -> InputError | None:
    kind = not_regular(mode)
    return None if kind is None else InputError(ERRNOS[kind], Message(_KIND_TEXTS[kind]), path)


def _os_error(exc: OSError, path: str | os.PathLike) -> InputError:
    code = exc.errno if exc.errno is not None else errno.EIO
    if code == errno.ENXIO:  # opening a socket file
        return InputError(errno.EINVAL, Message(IS_SOCKET), path)
    return InputError(code, Message(OS_PROBLEM, {"problem": exc.strerror or os.strerror(code)}), path)


def read_bytes(path: str | os.PathLike, limit: int) -> bytes:
    """The content of the regular file ``path``, at most ``limit`` bytes, or :class:`InputError`.

    Never blocks and never reads from a FIFO, a device, a socket or a folder.
    """
    path = Path(path)
    try:
        os.fsencode(path)
    except UnicodeEncodeError as exc:
        raise InputError(errno.EINVAL, Message(BAD_NAME, {"problem": exc.reason}), ascii(str(path))) from None
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except ValueError as exc:  # an embedded NUL
        raise InputError(errno.EINVAL, Message(BAD_NAME, {"problem": str(exc)}), ascii(str(path))) from None
    except OSError as exc:
        raise _os_error(exc, path) from None
    try:
        info = os.fstat(fd)
        refusal = _refusal(info.st_mode, path)
        if refusal is not None:
            raise refusal
        if info.st_size > limit:
            raise InputError(errno.EFBIG, Message(TOO_LARGE, {"size": _size_text(info.st_size),
                                                              "limit": _size_text(limit)}), path)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:  # a file growing while we read is cut at limit + 1 bytes
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise InputError(errno.EFBIG, Message(TOO_LARGE, {"size": Message("{size}+", {"size": _size_text(total)}),
                                                              "limit": _size_text(limit)}), path)
        return b"".join(chunks)
    except InputError:
        raise
    except OSError as exc:
        raise _os_error(exc, path) from None
    finally:
        os.close(fd)


def decode_utf8(data: bytes) -> str:
    """``data`` as text: UTF-8, a leading byte-order mark dropped; :class:`DecodeError` with the
    line and column of the first byte that is not UTF-8."""
    start = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = start + exc.start
        before = data[start:offset]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8", "replace")) + 1
        raise DecodeError(line, column, offset, data[offset]) from None


def describe_path(path: str | os.PathLike) -> str:
    """``path`` as text to show: undecodable bytes and lone surrogates escaped, very long paths
    shortened in the middle (a 300-character name must not fill the message)."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= 200 else text[:120] + "…" + text[-60:]


def read_text(path: str | os.PathLike, limit: int) -> str:
    """:func:`read_bytes` then :func:`decode_utf8`."""
    return decode_utf8(read_bytes(path, limit))
