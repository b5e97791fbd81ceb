"""The downloader against a local HTTP server on 127.0.0.1 (never the internet)."""

import hashlib
import http.server
import threading

import numpy as np
import pytest

from numerics.descent import CancelToken
from numerics.messages import Message
from numerics.network import DEFAULT_MIRROR, MIRROR_ENV, Checksum, DownloadError, download_mnist, mirror_url
from numerics.network.download import CHUNK_BYTES, PART_SUFFIX

FILES = {
    "a.gz": np.random.RandomState(0).bytes(5 * CHUNK_BYTES + 123),
    "b.gz": np.random.RandomState(1).bytes(1000),
}


def checksums(files=FILES, **override):
    table = {name: Checksum(hashlib.md5(data).hexdigest(), hashlib.sha256(data).hexdigest())
             for name, data in files.items()}
    table.update(override)
    return table


class Server:
    """Serves FILES; records (path, Range header) of every request. Modes: ranges (honour Range
    with 206), truncate (promise the full length, send half, hang up)."""

    def __init__(self, ranges=False, truncate=False, wrong_range=False):
        self.files = dict(FILES)
        self.requests = []
        self.ranges, self.truncate, self.wrong_range = ranges, truncate, wrong_range
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                name = self.path.rsplit("/", 1)[-1]
                rng = self.headers.get("Range")
                outer.requests.append((self.path, rng))
                data = outer.files.get(name)
                if data is None:
                    self.send_error(404, "Not Found")
                    return
                start = 0
                if rng and outer.ranges:
                    start = 0 if outer.wrong_range else int(rng.split("=")[1].rstrip("-"))
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                else:
                    self.send_response(200)
                body = data[start:]
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2] if outer.truncate else body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/mnist/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


@pytest.fixture
def range_server():
    s = Server(ranges=True)
    yield s
    s.close()


def fetch(dest, url, cancel=None, **kw):
    kw.setdefault("checksums", checksums())
    return list(download_mnist(dest, url, cancel, files=tuple(FILES), **kw))


def test_downloads_every_file_with_progress(tmp_path, server):
    reports = fetch(tmp_path, server.url)
    for name, data in FILES.items():
        assert (tmp_path / name).read_bytes() == data
        mine = [r for r in reports if r.file == name]
        assert [r.done for r in mine] == sorted(r.done for r in mine)
        assert mine[-1].complete and mine[-1].done == mine[-1].total == len(data)
        assert not any(r.complete for r in mine[:-1])
        assert all(r.count == 2 for r in mine)
    assert len([r for r in reports if r.file == "a.gz"]) >= 6  # one report per 64 KiB chunk
    assert not list(tmp_path.glob("*" + PART_SUFFIX))
    assert [p for p, _ in server.requests] == ["/mnist/a.gz", "/mnist/b.gz"]


def test_a_verified_file_is_not_fetched_again(tmp_path, server):
    fetch(tmp_path, server.url)
    server.requests.clear()
    reports = fetch(tmp_path, server.url)
    assert server.requests == []
    assert [(r.file, r.complete) for r in reports] == [("a.gz", True), ("b.gz", True)]


@pytest.mark.parametrize("override,algorithm", [
    (Checksum("0" * 32), "md5"),
    (Checksum(hashlib.md5(FILES["b.gz"]).hexdigest(), "f" * 64), "sha256"),
])
def test_a_checksum_mismatch_leaves_nothing_that_looks_complete(tmp_path, server, override, algorithm):
    with pytest.raises(DownloadError) as info:
        fetch(tmp_path, server.url, checksums=checksums(**{"b.gz": override}))
    err = info.value
    assert err.file == "b.gz" and "b.gz" in str(err) and algorithm in str(err)
    assert isinstance(err.message, Message)
    assert (tmp_path / "a.gz").is_file()  # the good one before it stays
    assert not (tmp_path / "b.gz").exists() and not (tmp_path / ("b.gz" + PART_SUFFIX)).exists()


def cancel_after_first_chunk(dest, url):
    token = CancelToken()
    reports = []
    for r in download_mnist(dest, url, token, files=tuple(FILES), checksums=checksums()):
        reports.append(r)
        if r.done > 0:
            token.cancel()
    return reports


def test_cancel_keeps_a_part_file_and_a_restart_completes(tmp_path, server):
    reports = cancel_after_first_chunk(tmp_path, server.url)
    assert reports[-1].file == "a.gz" and not reports[-1].complete
    assert not (tmp_path / "a.gz").exists() and not (tmp_path / "b.gz").exists()
    part = tmp_path / ("a.gz" + PART_SUFFIX)
    assert 0 < part.stat().st_size < len(FILES["a.gz"])
    # This server ignores Range: the download starts over and still ends verified.
    fetch(tmp_path, server.url)
    assert server.requests[1][1] == f"bytes={reports[-1].done}-"
    assert (tmp_path / "a.gz").read_bytes() == FILES["a.gz"]
    assert not part.exists()


def test_a_cancelled_download_resumes_where_it_stopped(tmp_path, range_server):
    reports = cancel_after_first_chunk(tmp_path, range_server.url)
    kept = (tmp_path / ("a.gz" + PART_SUFFIX)).stat().st_size
    resumed = fetch(tmp_path, range_server.url)
    assert range_server.requests[1] == ("/mnist/a.gz", f"bytes={kept}-")
    first = [r for r in resumed if r.file == "a.gz"][0]
    assert first.done == kept and first.total == len(FILES["a.gz"])
    assert (tmp_path / "a.gz").read_bytes() == FILES["a.gz"]
    assert reports[-1].done == kept


def test_a_206_for_another_range_starts_the_file_over(tmp_path):
    s = Server(ranges=True, wrong_range=True)
    try:
        kept = cancel_after_first_chunk(tmp_path, s.url)[-1].done
        fetch(tmp_path, s.url)
    finally:
        s.close()
    assert (tmp_path / "a.gz").read_bytes() == FILES["a.gz"]
    assert [r for _, r in s.requests[1:3]] == [f"bytes={kept}-", None]  # asked to resume, then afresh


def test_a_corrupt_part_file_fails_verification_and_is_then_fetched_afresh(tmp_path, range_server):
    (tmp_path / ("a.gz" + PART_SUFFIX)).write_bytes(b"garbage from an older mirror")
    with pytest.raises(DownloadError, match="a.gz"):
        fetch(tmp_path, range_server.url)
    assert not (tmp_path / ("a.gz" + PART_SUFFIX)).exists()
    fetch(tmp_path, range_server.url)
    assert (tmp_path / "a.gz").read_bytes() == FILES["a.gz"]


def test_a_transfer_cut_short_is_an_error_and_never_a_file(tmp_path):
    s = Server(truncate=True)
    try:
        with pytest.raises(DownloadError, match=r"a\.gz stopped after \d+ of 327803 bytes"):
            fetch(tmp_path, s.url)
    finally:
        s.close()
    assert not (tmp_path / "a.gz").exists()


def test_http_errors_name_the_file(tmp_path, server):
    del server.files["b.gz"]
    with pytest.raises(DownloadError) as info:
        fetch(tmp_path, server.url)
    assert "b.gz" in str(info.value) and "404" in str(info.value)


def test_an_unreachable_server_is_a_download_error(tmp_path):
    s = Server()
    url = s.url
    s.close()
    with pytest.raises(DownloadError, match="a.gz"):
        fetch(tmp_path, url, timeout=5)


def test_the_mirror_comes_from_the_argument_then_the_environment_then_the_default(tmp_path, server, monkeypatch):
    monkeypatch.delenv(MIRROR_ENV, raising=False)
    assert mirror_url() == DEFAULT_MIRROR
    monkeypatch.setenv(MIRROR_ENV, server.url.rstrip("/"))
    assert mirror_url() == server.url
    assert mirror_url("http://example.invalid/x") == "http://example.invalid/x/"
    fetch(tmp_path, None)  # base_url None: the environment's mirror
    assert (tmp_path / "b.gz").read_bytes() == FILES["b.gz"]
