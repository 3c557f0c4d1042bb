"""Running the workbench under uvicorn, with a deadline for the request head.

uvicorn times out idle keep-alive connections but not a client that connects and then sends its request
line and headers slowly, or never: a few hundred such connections hold the server's sockets. Here every
connection must deliver a complete request head within `header_timeout` seconds of connecting (or of the
previous response); otherwise it gets 408 and is closed. The body has its own idle timeout
(`security.BodyLimitMiddleware`).
"""

from __future__ import annotations

import asyncio

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 30.0
SHUTDOWN_TIMEOUT = 10   # seconds a SIGTERM waits for requests in flight before the server stops anyway
_TIMEOUT_ANSWER = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
                   b"connection: close\r\ncontent-length: 16\r\n\r\nrequest timeout\n")


def protocol(header_timeout: float):
    """An h11 protocol class for uvicorn whose connections must send a request head in time."""

    class HeadTimeoutProtocol(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.conn.their_state is not h11.IDLE:
                self._disarm()      # the head is in: from here the body timeout applies
            elif self._head_timer is None:
                self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
                self._arm()         # the next request on this connection has the same deadline

        def connection_lost(self, exc) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            self._disarm()
            self._head_timer = self.loop.call_later(header_timeout, self._too_slow)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _too_slow(self) -> None:
            self._head_timer = None
            if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
                return
            if self.cycle is None or self.cycle.response_complete:
                self.transport.write(_TIMEOUT_ANSWER)
            self.transport.close()

    return HeadTimeoutProtocol


def server_options(host: str, port: int, header_timeout: float = HEADER_TIMEOUT) -> dict:
    """uvicorn's settings for the workbench (`uvicorn.run(app, **…)` or `uvicorn.Config(app, **…)`)."""
    return {"host": host, "port": port, "log_level": "warning", "server_header": False,
            "http": protocol(header_timeout), "timeout_graceful_shutdown": SHUTDOWN_TIMEOUT}


def run(app, host: str, port: int) -> None:
    """Serve `app` until Ctrl-C or SIGTERM (then the app's shutdown stops the check workers)."""
    import uvicorn

    uvicorn.run(app, **server_options(host, port))
