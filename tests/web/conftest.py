import warnings

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")

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
def indexed_ws(packaged_index):
    """A workspace over the packaged corpus and rules, with its search index built once for the run."""
    return packaged_index()


@pytest.fixture
def app_client(indexed_ws):
    with web_client(indexed_ws) as c:
        yield c

