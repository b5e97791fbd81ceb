"""Download the four MNIST files, each verified against its known checksum (no Qt).

``download_mnist(dest_dir)`` is a generator: it yields a ``DownloadProgress`` every chunk, so a
worker thread can drive a progress bar and a cancel button. Each file is written to
``<name>.part`` and renamed to its real name only once it is complete *and* its md5 (and sha256
where known) match — a broken or interrupted download never looks like a finished file. A
cancelled or failed download keeps its ``.part``; the next call continues it with an HTTP Range
request when the server honours one and starts the file over when it does not. A file already
present and verified is not fetched again.

The address: the ``base_url`` argument, else the ``GRADIENT_EXPLORER_MNIST_MIRROR`` environment
variable, else ``DEFAULT_MIRROR``. The book's ``dataset/mnist.py`` downloads from
``http://yann.lecun.com/exdb/mnist/`` (``BOOK_MIRROR``), which has refused anonymous downloads
since 2023; the forks of the book's repositories and torchvision moved to the S3 mirror used here.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from numerics.descent import CancelToken
from numerics.messages import QT_TRANSLATE_NOOP, message
from numerics.network.errors import NetworkError
from numerics.network.mnist import FILES, TEST_IMAGES, TEST_LABELS, TRAIN_IMAGES, TRAIN_LABELS

BOOK_MIRROR = "http://yann.lecun.com/exdb/mnist/"
DEFAULT_MIRROR = "https://ossci-datasets.s3.amazonaws.com/mnist/"
MIRROR_ENV = "GRADIENT_EXPLORER_MNIST_MIRROR"

CHUNK_BYTES = 64 * 1024
PART_SUFFIX = ".part"


@dataclass(frozen=True)
class Checksum:
    """What a file must hash to: md5 always, sha256 when published."""

    md5: str
    sha256: str | None = None


#: The standard files (md5 as published with MNIST; sha256 of the t10k files as in
#: ../shared/data/mnist/README.md).
CHECKSUMS: dict[str, Checksum] = {
    TRAIN_IMAGES: Checksum("f68b3c2dcbeaaa9fbdd348bbdeb94873"),
    TRAIN_LABELS: Checksum("d53e105ee54ea40749a09fcbcd1e9432"),
    TEST_IMAGES: Checksum("9fb629c4189551a2d022fa330f9573f3",
                          "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
    TEST_LABELS: Checksum("ec29112dd5afa0611ce80d1b7f02629c",
                          "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"),
}

ERR_NETWORK = QT_TRANSLATE_NOOP("numerics", "Could not download {file} from {url}: {reason}")
ERR_HTTP = QT_TRANSLATE_NOOP("numerics", "Could not download {file} from {url}: the server answered {status} {reason}.")
ERR_CHECKSUM = QT_TRANSLATE_NOOP(
    "numerics",
    "The download of {file} is corrupt: its {algorithm} is {found}, expected {expected}. It was deleted; try again "
    "or use another mirror.",
)
ERR_WRITE = QT_TRANSLATE_NOOP("numerics", "Could not write {file} to {folder}: {reason}")
ERR_SHORT = QT_TRANSLATE_NOOP("numerics", "The download of {file} stopped after {done} of {total} bytes.")


class DownloadError(NetworkError):
    """A download that failed; ``.message`` names the file, ``.file`` is its name."""

    def __init__(self, msg, file: str) -> None:
        super().__init__(msg)
        self.file = file


@dataclass(frozen=True)
class DownloadProgress:
    """One progress report: ``done`` of ``total`` bytes of ``file`` (``total`` None when the
    server does not say). ``complete`` is True on the last report of a verified file (and for a
    file that was already there); ``index`` / ``count`` place the file in the list."""

    file: str
    done: int
    total: int | None
    complete: bool
    index: int
    count: int


def mirror_url(base_url: str | None = None) -> str:
    """The base address to download from, always ending in '/'."""
    url = base_url or os.environ.get(MIRROR_ENV) or DEFAULT_MIRROR
    return url if url.endswith("/") else url + "/"


def _hashes(path: Path) -> tuple["hashlib._Hash", "hashlib._Hash"]:
    md5, sha = hashlib.md5(usedforsecurity=False), hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            md5.update(block)
            sha.update(block)
    return md5, sha


def _mismatch(md5: "hashlib._Hash", sha: "hashlib._Hash", expected: Checksum) -> tuple[str, str, str] | None:
    """(algorithm, found, expected) of the first checksum that does not match, else None."""
    if md5.hexdigest() != expected.md5.lower():
        return "md5", md5.hexdigest(), expected.md5.lower()
    if expected.sha256 and sha.hexdigest() != expected.sha256.lower():
        return "sha256", sha.hexdigest(), expected.sha256.lower()
    return None


def _range_start(content_range: str | None) -> int | None:
    """The first byte of a ``Content-Range: bytes START-END/TOTAL`` header, or None."""
    try:
        unit, spec = content_range.split(" ", 1)
        return int(spec.split("-", 1)[0]) if unit == "bytes" else None
    except (AttributeError, ValueError):
        return None


def verify_file(path: str | os.PathLike, expected: Checksum) -> bool:
    """True when the file exists and matches its checksums."""
    path = Path(path)
    return path.is_file() and _mismatch(*_hashes(path), expected) is None


def download_mnist(
    dest_dir: str | os.PathLike,
    base_url: str | None = None,
    cancel: CancelToken | None = None,
    *,
    files: tuple[str, ...] = FILES,
    checksums: Mapping[str, Checksum] | None = None,
    timeout: float = 30.0,
) -> Iterator[DownloadProgress]:
    """Fetch ``files`` into ``dest_dir``, yielding progress; see the module text for the rules.

    ``checksums`` replaces the table of known checksums (tests serve their own files). Raises
    ``DownloadError`` on a network error, an HTTP error or a checksum mismatch; stops yielding,
    keeping the partial file for a later resume, when ``cancel`` is set.
    """
    dest = Path(dest_dir)
    table = CHECKSUMS if checksums is None else checksums
    base = mirror_url(base_url)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(message(ERR_WRITE, file=files[0] if files else "", folder=str(dest),
                                    reason=exc.strerror or str(exc)), files[0] if files else "") from None
    for index, name in enumerate(files):
        expected = table[name]
        final = dest / name
        if verify_file(final, expected):
            size = final.stat().st_size
            yield DownloadProgress(name, size, size, True, index, len(files))
            continue
        yield from _fetch(base + name, name, dest, expected, cancel, timeout, index, len(files))
        if cancel is not None and cancel.cancelled:
            return


def _fetch(url: str, name: str, dest: Path, expected: Checksum, cancel: CancelToken | None,
           timeout: float, index: int, count: int) -> Iterator[DownloadProgress]:
    """Download one file into its .part and rename it when verified; returns early, keeping the
    .part, when cancelled."""
    part = dest / (name + PART_SUFFIX)
    have = part.stat().st_size if part.is_file() else 0
    request = urllib.request.Request(url, headers={"Range": f"bytes={have}-"} if have else {})
    md5, sha = hashlib.md5(usedforsecurity=False), hashlib.sha256()
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # the .part is already whole (or longer): check it afresh
            part.unlink(missing_ok=True)
            yield from _fetch(url, name, dest, expected, cancel, timeout, index, count)
            return
        raise DownloadError(message(ERR_HTTP, file=name, url=url, status=exc.code, reason=exc.reason), name) from None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise DownloadError(message(ERR_NETWORK, file=name, url=url, reason=str(reason)), name) from None
    with response:
        resumed = have > 0 and response.status == 206
        if resumed and _range_start(response.headers.get("Content-Range")) != have:
            # A 206 for some other range than the one asked for: start this file over.
            response.close()
            part.unlink(missing_ok=True)
            yield from _fetch(url, name, dest, expected, cancel, timeout, index, count)
            return
        if resumed:
            with open(part, "rb") as f:  # the bytes we keep must enter the checksums too
                for block in iter(lambda: f.read(1 << 20), b""):
                    md5.update(block)
                    sha.update(block)
        else:
            have = 0
        length = response.headers.get("Content-Length")
        total = have + int(length) if length and length.isdigit() else None
        done = have
        try:
            with open(part, "ab" if resumed else "wb") as out:
                yield DownloadProgress(name, done, total, False, index, count)
                while True:
                    if cancel is not None and cancel.cancelled:
                        return
                    try:
                        block = response.read(CHUNK_BYTES)
                    except http.client.IncompleteRead as exc:  # the server hung up early
                        done += len(exc.partial)
                        out.write(exc.partial)
                        raise DownloadError(message(ERR_SHORT, file=name, done=done, total=total), name) from None
                    except (OSError, http.client.HTTPException) as exc:
                        raise DownloadError(message(ERR_NETWORK, file=name, url=url, reason=str(exc)), name) from None
                    if not block:
                        break
                    out.write(block)
                    md5.update(block)
                    sha.update(block)
                    done += len(block)
                    yield DownloadProgress(name, done, total, False, index, count)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise DownloadError(message(ERR_WRITE, file=name, folder=str(dest), reason=exc.strerror or str(exc)),
                                name) from None
    if total is not None and done < total:
        raise DownloadError(message(ERR_SHORT, file=name, done=done, total=total), name)
    bad = _mismatch(md5, sha, expected)
    if bad is not None:
        part.unlink(missing_ok=True)
        algorithm, found, wanted = bad
        raise DownloadError(message(ERR_CHECKSUM, file=name, algorithm=algorithm, found=found, expected=wanted), name)
    os.replace(part, dest / name)
    yield DownloadProgress(name, done, done, True, index, count)
