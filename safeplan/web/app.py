"""The workbench app: `create_app(workspace)` gives the ASGI application that `safeplan serve` runs.

Pages (检索 / 审核 / 生成 / 检查) and the JSON API call the same library functions the CLI calls;
this package only parses requests, runs those calls off the event loop and renders their results.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from safeplan.web import (
    api,
    api_ledger,
    pages_check,
    pages_generate,
    pages_ledger,
    pages_login,
    pages_review,
    pages_search,
)
from safeplan.web.auth import Sessions
from safeplan.web.checking import CheckPool
from safeplan.web.searching import ResultCache
from safeplan.web.security import (
    AccessMiddleware,
    BodyLimitMiddleware,
    SecurityHeadersMiddleware,
    TrustedHostMiddleware,
    is_api,
)
from safeplan.web.server import BODY_TIMEOUT
from safeplan.web.state import WorkspaceCache
from safeplan.web.templating import error_page
from safeplan.workspace import Workspace

log = logging.getLogger("safeplan.web")
DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024


@dataclass
class WebState:
    workspace: Workspace
    token: str | None
    max_upload: int
    cache: WorkspaceCache
    checks: CheckPool
    search_cache: ResultCache
    secret: bytes                  # signs the CSRF tokens; new each start (an open form then asks for a reload)
    sessions: Sessions             # account logins (WORKSPACE/accounts.yaml), signed with the workspace's key
    ledger_db: str | None = None   # the ledger's database (None: $SAFEPLAN_DB, else the workspace's SQLite file)
    ledger_handle: object = None   # the open Ledger, opened on the first /ledger request
    ledger_lock: threading.Lock = field(default_factory=threading.Lock)
    # Generator runs: a small thread pool keeps them off the event loop and bounded (they report progress).
    jobs: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(2, thread_name_prefix="safeplan-job"))
    runs: dict = field(default_factory=dict)       # generator runs by id
    reports: dict = field(default_factory=dict)    # check reports by id (rendered SARIF/JUnit/JSON)


async def _not_found(request: Request, _exc):
    if is_api(request.url.path):
        return JSONResponse({"error": {"code": "not_found", "message": "no such API route"}}, status_code=404)
    return error_page(request, 404, "页面不存在 (not found)")


async def _method_not_allowed(request: Request, _exc):
    if is_api(request.url.path):
        return JSONResponse({"error": {"code": "method_not_allowed", "message": "method not allowed"}},
                            status_code=405)
    return error_page(request, 405, "不支持这种请求方式 (method not allowed)")


async def _internal(request: Request, exc):
    log.exception("internal error on %s", request.url.path)
    if is_api(request.url.path):
        return JSONResponse({"error": {"code": "internal", "message": f"{type(exc).__name__}: {exc}"}},
                            status_code=500)
    return error_page(request, 500, f"内部错误：{type(exc).__name__}")


def create_app(workspace: str | Path | Workspace | None = None, token: str | None = None,
               max_upload: int = DEFAULT_MAX_UPLOAD, check_workers: int | None = None,
               search_cache: int = 256, allowed_hosts=(),
               body_timeout: float = BODY_TIMEOUT, secret: bytes | None = None,
               ledger_db: str | None = None) -> Starlette:
    """The workbench over `workspace`. With a token, every request needs it (bearer header or login).

    Checks run in `check_workers` processes (default: one fewer than the CPUs, at least one; 0 runs
    them in this process, for tests), started when the 检查 page is first opened (they load the rules and
    the checker while the user picks a file) or by the first check. The last `search_cache` search results are kept per index generation
    (0: none). Requests must name the server in their Host header: an IP address, localhost or one of
    `allowed_hosts`. `secret` signs the CSRF tokens (default: random per start). The 台账 pages show the
    ledger `ledger_db` names (as `safeplan ledger --db`: default $SAFEPLAN_DB, else the workspace's SQLite file).
    """
    ws = workspace if isinstance(workspace, Workspace) else Workspace.at(workspace)
    state = WebState(workspace=ws, token=token or None, max_upload=max_upload, cache=WorkspaceCache(ws),
                     checks=CheckPool(ws.root, check_workers), search_cache=ResultCache(search_cache),
                     secret=secret or secrets.token_bytes(32), sessions=Sessions(ws.root, ws.state_dir),
                     ledger_db=ledger_db)

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        yield
        state.checks.shutdown()
        if state.ledger_handle is not None:
            state.ledger_handle.close()
        state.jobs.shutdown(wait=False, cancel_futures=True)

    routes = [
        Route("/", pages_search.search_page, name="search"),
        Route("/source/{doc_id:path}", pages_search.source_page, name="source"),
        Route("/review", pages_review.index_page, name="review_index"),
        Route("/review/{doc_id}", pages_review.document_page, methods=["GET", "POST"], name="review"),
        Route("/generate", pages_generate.form_page, methods=["GET", "POST"], name="generate"),
        Route("/generate/runs/{run_id}", pages_generate.run_page, name="generate_run"),
        Route("/generate/runs/{run_id}/zip", pages_generate.run_zip, name="generate_zip"),
        Route("/generate/runs/{run_id}/files/{rel:path}", pages_generate.run_file_view, name="generate_file"),
        Route("/check", pages_check.form_page, methods=["GET", "POST"], name="check"),
        Route("/check/reports/{report_id}.{fmt}", pages_check.download, name="check_download"),
        Route("/ledger", pages_ledger.grid_page, name="ledger"),
        Route("/ledger/task", pages_ledger.task_page, name="ledger_task"),
        Route("/ledger/task/report", pages_ledger.report_post, methods=["POST"], name="ledger_report"),
        Route("/ledger/task/close", pages_ledger.close_post, methods=["POST"], name="ledger_close"),
        Route("/ledger/task/reopen", pages_ledger.reopen_post, methods=["POST"], name="ledger_reopen"),
        Route("/ledger/hazards", pages_ledger.hazards_page, name="ledger_hazards"),
        Route("/ledger/brief", pages_ledger.brief_post, methods=["POST"], name="ledger_brief"),
        Route("/login", pages_login.login_page, methods=["GET", "POST"], name="login"),
        Route("/logout", pages_login.logout, methods=["POST"], name="logout"),
        Route("/api/health", api.health, name="api_health"),
        Route("/api/search", api.search, name="api_search"),
        Route("/api/check", api.check, methods=["POST"], name="api_check"),
        Route("/api/ledger/status", api_ledger.status, name="api_ledger_status"),
        Route("/api/ledger/report", api_ledger.report, methods=["POST"], name="api_ledger_report"),
        Route("/api/ledger/close", api_ledger.close, methods=["POST"], name="api_ledger_close"),
        Route("/api/openapi.json", api.openapi, name="api_openapi"),
        Mount("/static", app=StaticFiles(directory=str(Path(__file__).parent / "static")), name="static"),
    ]
    middleware = [Middleware(SecurityHeadersMiddleware), Middleware(TrustedHostMiddleware, names=allowed_hosts),
                  Middleware(AccessMiddleware, token=state.token, sessions=state.sessions),
                  Middleware(BodyLimitMiddleware, max_upload=max_upload, body_timeout=body_timeout)]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={404: _not_found, 405: _method_not_allowed, 500: _internal})
    app.state.web = state
    return app
