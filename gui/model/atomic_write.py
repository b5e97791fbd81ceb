"""Write a file so that it is either wholly new or untouched, and never replace what is not a file.

The data goes to a temporary file in the target's folder, is flushed to disk, and then replaces
the target in one ``os.replace``; on any failure the temporary file is removed and the old file
stays as it was. Qt-free, shared by the image, CSV and session writers.

What may be written (decided once, here, for every writer):

- a **new path** in an existing folder, or an existing **regular file** (replaced; its permission
  bits, and its owner when we may set it, are kept);
- a **symbolic link** is written *through*: the file it points to is replaced atomically (its
  folder gets the temporary file) and the link itself stays a link. A link whose end is a device,
  a FIFO or a folder is refused like that thing itself; a loop of links is refused.
- everything else is **refused and left untouched**: a folder, a device node (``/dev/null`` or a
  copy made with ``mknod``), a named pipe (FIFO), a socket. Replacing a device node with a
  regular file would silently break the system (as root, ``--export-csv /dev/null``).

Every refusal and every OS failure is an :class:`OutputError` (an ``OSError``: ``errno``,
``filename``, ``strerror`` in English, ``message`` a :class:`~numerics.messages.Message`), so a
caller adds its own words and the path and the user learns the real reason: no space left on the
device, a read-only file system, a name too long for the folder, permission denied…

Temporary files are hidden and recognisable — ``.<name>.<pid>.<random>.gradient-explorer-partial``
— so one left behind by a killed save is removed by the next write into the same folder once the
process that made it has gone (or it is a day old).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from numerics.messages import QT_TRANSLATE_NOOP, Message
from gui.model.file_kinds import ERRNOS, not_regular

__all__ = [
    "OutputError",
    "TEMP_SUFFIX",
    "atomic_output",
    "check_writable",
    "clean_stale_temporaries",
    "resolve_target",
    "same_target",
    "write_atomically",
]

#: The end of every temporary file name: what :func:`clean_stale_temporaries` recognises.
TEMP_SUFFIX = ".gradient-explorer-partial"
_TEMP_NAME = re.compile(r"^\..*\.(?P<pid>[0-9]+)\.[0-9a-f]+" + re.escape(TEMP_SUFFIX) + r"$", re.DOTALL)
#: A temporary file this old is stale whatever its process id says (ids are reused).
STALE_AFTER_SECONDS = 24 * 3600
#: Bytes of the target's name kept in the temporary name (the whole name could exceed
#: NAME_MAX once the suffix is added).
_TEMP_NAME_KEEP = 64

IS_FOLDER = QT_TRANSLATE_NOOP("numerics", "it is a folder, not a file")
IS_DEVICE = QT_TRANSLATE_NOOP("numerics", "it is a device, not a regular file; it was left as it is")
IS_FIFO = QT_TRANSLATE_NOOP("numerics", "it is a named pipe (FIFO), not a regular file; it was left as it is")
IS_SOCKET = QT_TRANSLATE_NOOP("numerics", "it is a socket, not a regular file; it was left as it is")
IS_SPECIAL = QT_TRANSLATE_NOOP("numerics", "it is not a regular file; it was left as it is")
LINK_LOOP = QT_TRANSLATE_NOOP("numerics", "it is a symbolic link that leads round in a loop")
NO_FOLDER = QT_TRANSLATE_NOOP("numerics", "the folder {folder} does not exist")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("numerics", "{folder} is not a folder")
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "numerics", "the file name is %n bytes long; this folder allows at most {limit}")
BAD_NAME = QT_TRANSLATE_NOOP("numerics", "the file name cannot be used ({problem})")
READ_ONLY_FILE = QT_TRANSLATE_NOOP("numerics", "the file is read-only")
EMPTY_NAME = QT_TRANSLATE_NOOP("numerics", "no file name given")
OS_PROBLEM = QT_TRANSLATE_NOOP("numerics", "{problem}")

# mkstemp-like files are 0600; a saved picture or CSV should get the permissions any new file gets.
# Read once: os.umask can only be read by setting it, which is not safe while threads create files.
_UMASK = os.umask(0)
os.umask(_UMASK)


class OutputError(OSError):
    """A file could not be written, or was refused; ``message`` says why (without the path).

    ``str()`` is the English reason; ``filename`` the path concerned; ``errno`` the OS's code
    (``EISDIR``, ``ENOSPC``, ``ENAMETOOLONG``… or ``EINVAL`` for a refusal of ours).
    """

    def __init__(self, code: int, message: Message, filename: str | os.PathLike | None = None) -> None:
        super().__init__(code, str(message), None if filename is None else os.fspath(filename))
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


def _from_os_error(exc: OSError, filename: str | os.PathLike | None = None) -> OutputError:
    """An ``OSError`` of a system call as an OutputError with the OS's own words."""
    if isinstance(exc, OutputError):
        return exc
    code = exc.errno if exc.errno is not None else errno.EIO
    problem = exc.strerror or os.strerror(code)
    return OutputError(code, Message(OS_PROBLEM, {"problem": problem}),
                       exc.filename if filename is None else filename)


_KIND_TEXTS = {"folder": IS_FOLDER, "device": IS_DEVICE, "fifo": IS_FIFO, "socket": IS_SOCKET, "special": IS_SPECIAL}


def _kind_refusal(mode: int, path: Path) -> OutputError | None:
    """Why the existing thing with ``mode`` must not be replaced (None for a regular file)."""
    kind = not_regular(mode)
    return None if kind is None else OutputError(ERRNOS[kind], Message(_KIND_TEXTS[kind]), path)


def _encodable(path: Path) -> None:
    try:
        encoded = os.fsencode(path)
    except UnicodeEncodeError as exc:  # a lone surrogate that is not an undecodable byte
        raise OutputError(errno.EINVAL, Message(BAD_NAME, {"problem": exc.reason}), ascii(str(path))) from None
    if b"\0" in encoded:
        raise OutputError(errno.EINVAL, Message(BAD_NAME, {"problem": "NUL"}), ascii(str(path)))


def resolve_target(path: str | os.PathLike) -> Path:
    """The file a write to ``path`` replaces, checked: a new path or a regular file, links followed.

    Raises :class:`OutputError` for a folder, a device, a FIFO, a socket, a link loop, a missing
    folder, a name longer than the folder allows or one the file system cannot hold.
    """
    path = Path(path)
    if not path.name:
        raise OutputError(errno.EINVAL, Message(EMPTY_NAME), path)
    _encodable(path)
    _check_name_length(path)
    try:
        is_link = stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError:
        is_link = False
    except NotADirectoryError:  # a file where a folder should be: name the first such file
        raise OutputError(errno.ENOTDIR, Message(NOT_A_FOLDER, {"folder": str(_first_non_folder(path))}),
                          path) from None
    except OSError as exc:  # ENAMETOOLONG of the whole path, EACCES…
        raise _from_os_error(exc, path) from None
    target = Path(os.path.realpath(path)) if is_link else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputError(errno.ELOOP, Message(LINK_LOOP), path) from None
        raise _from_os_error(exc, path) from None
    if mode is not None:
        refusal = _kind_refusal(mode, path)
        if refusal is not None:
            raise refusal
        return target
    folder = target.parent
    try:
        folder_mode = os.stat(folder).st_mode
    except FileNotFoundError:
        raise OutputError(errno.ENOENT, Message(NO_FOLDER, {"folder": str(folder)}), path) from None
    except OSError as exc:
        raise _from_os_error(exc, path) from None
    if not stat.S_ISDIR(folder_mode):
        raise OutputError(errno.ENOTDIR, Message(NOT_A_FOLDER, {"folder": str(folder)}), path)
    _check_name_length(target)
    return target


def _first_non_folder(path: Path) -> Path:
    """The first ancestor of ``path`` that exists but is not a folder (``path.parent`` if none)."""
    for ancestor in reversed(path.parents):
        try:
            if not stat.S_ISDIR(os.stat(ancestor).st_mode):
                return ancestor
        except OSError:
            break
    return path.parent


def _check_name_length(target: Path) -> None:
    """A name longer than the folder allows, said in words (the OS only says "[Errno 36]")."""
    length = len(os.fsencode(target.name))
    if length <= 255:  # every file system we know allows this much: no system call needed
        return
    try:
        limit = os.pathconf(target.parent, "PC_NAME_MAX")
    except (OSError, ValueError):
        limit = 255
    if length > limit:
        raise OutputError(errno.ENAMETOOLONG, Message(NAME_TOO_LONG, {"limit": limit}, n=length), target)


def same_target(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """Whether writes to ``a`` and ``b`` would land in the same file (links and ``..`` followed)."""
    try:
        real_a, real_b = os.path.realpath(a), os.path.realpath(b)
    except (OSError, ValueError):
        return os.fspath(a) == os.fspath(b)
    if real_a == real_b:
        return True
    try:
        return os.path.samefile(real_a, real_b)  # hard links, bind mounts, case-folding file systems
    except (OSError, ValueError):
        return False


def clean_stale_temporaries(folder: str | os.PathLike) -> list[Path]:
    """Remove this module's temporary files in ``folder`` whose writer has gone; returns them.

    Only names of the exact form ``.<name>.<pid>.<hex>.gradient-explorer-partial`` are touched, and
    only when process ``pid`` no longer runs or the file is older than ``STALE_AFTER_SECONDS``.
    Failures are ignored: cleaning up must never stop a save.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                continue
            pid = int(match["pid"])
            if pid != os.getpid() and _running(pid) and now - info.st_mtime < STALE_AFTER_SECONDS:
                continue  # another live process is saving right now
            if pid == os.getpid() and now - info.st_mtime < STALE_AFTER_SECONDS:
                continue  # one of ours, perhaps being written on another thread
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except (OSError, ValueError):
            continue
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # it exists (another user's), or a pid we cannot ask about: keep its file
    except OSError:
        return True
    return True


def _create_temporary(target: Path, mode: int) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    # Cut by bytes: 64 characters could be 256 bytes, over NAME_MAX once the suffix is added.
    short = os.fsdecode(os.fsencode(target.name)[:_TEMP_NAME_KEEP])
    while True:
        tmp = target.parent / f".{short}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise _from_os_error(exc, target) from None


def check_writable(path: str | os.PathLike) -> Path:
    """Fail now, before any work, if ``path`` could not be written: resolve and check it like a
    write would, then create and remove a temporary file beside it (permission bits say nothing on
    read-only mounts or to root). Returns the file a write would replace."""
    target = resolve_target(path)
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError(errno.EACCES, Message(READ_ONLY_FILE), path)
    fd, tmp = _create_temporary(target, 0o600)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tmp)
    return target


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content into; it replaces the target on a clean exit.

    Nothing is held in memory: a writer streams into the temporary file. On an exception (ours or
    the writer's) the temporary file is removed, the target is untouched, and an ``OSError``
    reaches the caller as :class:`OutputError`.
    """
    target = resolve_target(path)
    clean_stale_temporaries(target.parent)
    try:
        info = os.stat(target)
        mode, owner = stat.S_IMODE(info.st_mode), (info.st_uid, info.st_gid)  # replacing keeps them
    except FileNotFoundError:
        mode, owner = 0o666 & ~_UMASK, None
    except OSError as exc:
        raise _from_os_error(exc, path) from None
    fd, tmp = _create_temporary(target, 0o600)
    try:
        try:
            os.fchmod(fd, mode)
            if owner is not None and owner != (os.geteuid(), os.getegid()):
                with contextlib.suppress(OSError):
                    os.fchown(fd, *owner)
            handle = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            raise
        with handle:
            yield handle
            handle.flush()
            try:
                os.fsync(handle.fileno())  # a crash after the replace must not leave an empty file
            except OSError as exc:
                if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
                    raise  # ENOSPC and EIO may only be reported here (NFS): never hide them
        # Something else may have appeared at the path while we wrote: check again, right before.
        try:
            refusal = _kind_refusal(os.stat(target).st_mode, Path(path))
        except FileNotFoundError:
            refusal = None
        if refusal is not None:
            raise refusal
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise _from_os_error(exc, path) from exc
        raise


def write_atomically(path: str | os.PathLike, data: bytes | str) -> Path:
    """Replace ``path`` with ``data`` (text is written as UTF-8, newlines untranslated).

    Returns the file written (a link's target). Raises :class:`OutputError` (an ``OSError``)
    naming the reason; callers wrap it in their own words, with the path.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_output(path) as handle:
        handle.write(payload)
    return resolve_target(path)
