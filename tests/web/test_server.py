"""The workbench under uvicorn on 127.0.0.1 (issue 20, items 15 and 21): slow and idle clients are cut
off, a huge declared body is answered 413 at once, SIGTERM stops the check workers with the server.
Every loop here is bounded; every server started here is stopped by the test itself."""

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from .webfixtures import SECRET


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(ws, header_timeout=1.0, **options):
    """The workbench in a thread of this process, as `safeplan serve` configures uvicorn."""
    import uvicorn

    from safeplan.web import create_app
    from safeplan.web.server import server_options

    app = create_app(ws, secret=SECRET, check_workers=0, **options)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, **server_options("127.0.0.1", port, header_timeout)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start within 20 s"
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def _closed_by_server(sock: socket.socket, within: float) -> bytes | None:
    """What the server sent before closing the connection, or None if it is still open after `within` s."""
    sock.settimeout(0.2)
    got = b""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            chunk = sock.recv(4096)
        except socket.timeout:
            continue
        except ConnectionResetError:
            return got
        if not chunk:
            return got
        got += chunk
    return None


def test_idle_and_slow_clients_are_cut_off_and_others_served(empty_ws):
    with serving(empty_ws, header_timeout=1.0) as port:
        sockets = []
        try:
            for i in range(300):
                s = socket.create_connection(("127.0.0.1", port), timeout=5)
                if i % 2:   # half send the start of a request head and stop; half send nothing at all
                    s.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                sockets.append(s)
            started = time.monotonic()
            r = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=10)
            assert r.status_code == 200 and time.monotonic() - started < 5
            endings = [_closed_by_server(s, within=5) for s in sockets]
        finally:
            for s in sockets:
                s.close()
        assert endings.count(None) == 0, f"{endings.count(None)} of 300 slow connections still open after 5 s"
        assert all(e == b"" or e.startswith(b"HTTP/1.1 408") for e in endings)
        assert httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=10).status_code == 200


def test_a_one_terabyte_content_length_is_413_before_any_body(empty_ws):
    with serving(empty_ws) as port, socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                  b"Content-Length: 1099511627776\r\n\r\n")
        answer = _closed_by_server(s, within=5)
    assert answer is not None, "no answer within 5 s"
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"payload_too_large" in answer


def test_a_body_that_stops_arriving_is_408(empty_ws):
    with serving(empty_ws, body_timeout=1.0) as port, socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                  b"Content-Length: 1000\r\n\r\n--x\r\n")
        answer = _closed_by_server(s, within=5)
    assert answer is not None, "no answer within 5 s"
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"request_timeout" in answer


# --- SIGTERM ---------------------------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the server's child processes")
def test_sigterm_stops_the_check_workers_with_the_server(tmp_path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "safeplan", "serve", "--workspace", str(tmp_path / "ws"),
                             "--port", str(port), "--no-index"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    children = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                    break
            time.sleep(0.2)
        assert proc.poll() is None, "the server did not start within 60 s"
        assert _children(proc.pid) == [], "a check worker started before anyone opened 检查"
        while time.monotonic() < deadline and proc.poll() is None and not children:
            with contextlib.suppress(httpx.HTTPError):
                httpx.get(f"http://127.0.0.1:{port}/check", timeout=10)    # opening 检查 starts the worker
            children = _children(proc.pid)
            time.sleep(0.2)
        assert proc.poll() is None and children, "opening 检查 did not start a check worker within 60 s"
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(c) for c in children):
            time.sleep(0.1)
        left = [c for c in children if _alive(c)]
        assert not left, f"check worker processes {left} outlived the server"
        assert re.search(rf"safeplan: workbench on http://127\.0\.0\.1:{port}/ \(workspace .*\); Ctrl-C stops it", err)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        for child in children:      # never leave one behind, whatever the test found
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGKILL)


def test_serve_says_in_words_what_the_index_is(indexed_ws, monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    from safeplan.cli import cli

    monkeypatch.setattr(uvicorn, "run", lambda *_args, **_options: None)
    result = CliRunner().invoke(cli, ["serve", "--workspace", str(indexed_ws)])
    assert result.exit_code == 0, result.output
    first = result.stderr.splitlines()[0]
    assert re.fullmatch(r"safeplan: search index \.safeplan/index: up to date \(\d+ rules from \d+ documents\)", first), first
    assert "{" not in result.stderr
