import warnings

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")

from starlette.testclient import TestClient  # noqa: E402

from safeplan.web import create_app  # noqa: E402
from safeplan.web.security import CSRF_COOKIE  # noqa: E402

from .webfixtures import CSRF  # noqa: E402


@pytest.fixture
def empty_ws(tmp_path):
    """A workspace of its own (no folders: corpus, rules, profiles come from the packaged defaults)."""
    return tmp_path / "ws"


@pytest.fixture
def client(empty_ws):
    with TestClient(create_app(empty_ws), follow_redirects=False) as c:
        c.cookies.set(CSRF_COOKIE, CSRF)
        yield c


@pytest.fixture(scope="session")
def indexed_ws(tmp_path_factory):
    """A workspace over the packaged corpus and rules, with its search index built once for the session."""
    from safeplan.search import build_index
    from safeplan.workspace import Workspace

    ws = tmp_path_factory.mktemp("indexed")
    build_index(Workspace.at(ws))
    return ws


@pytest.fixture
def app_client(indexed_ws):
    with TestClient(create_app(indexed_ws), follow_redirects=False) as c:
        c.cookies.set(CSRF_COOKIE, CSRF)
        yield c
