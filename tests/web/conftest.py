import warnings

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")

from .skipsummary import pytest_terminal_summary  # noqa: E402,F401
from .webfixtures import web_client  # noqa: E402


@pytest.fixture
def empty_ws(tmp_path):
    """A workspace of its own (no folders: corpus, rules, profiles come from the packaged defaults)."""
    return tmp_path / "ws"


@pytest.fixture
def client(empty_ws):
    with web_client(empty_ws) as c:
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
    with web_client(indexed_ws) as c:
        yield c

