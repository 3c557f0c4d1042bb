import warnings

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")

from .webfixtures import web_client  # noqa: E402


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the browser tests of the run (tests/conftest.py puts them on one xdist
    worker): starting it costs ~1 s CPU and ~2.5 s. Each test logs in or opens its own pages."""
    from .test_browser import _need_browser, start_chromium

    _need_browser()
    yield from start_chromium()


@pytest.fixture
def empty_ws(tmp_path):
    """A workspace of its own (no folders: corpus, rules, profiles come from the packaged defaults)."""
    return tmp_path / "ws"


@pytest.fixture
def review_ws(tmp_path):
    """A workspace with its own copy of the national plan's rule file (the packaged defaults are read-only)."""
    import shutil

    from safeplan.workspace import defaults_root

    ws = tmp_path / "review"
    (ws / "rules").mkdir(parents=True)
    for name in ("anwei-2024-2-zhiben-gongjian.yaml", "schema.json", "sectors.yaml"):
        shutil.copy(defaults_root() / "rules" / name, ws / "rules" / name)
    return ws


@pytest.fixture
def small_ws(tmp_path):
    """One law (消防法) and its rules, indexed: an index small enough to rebuild many times."""
    import shutil

    from safeplan.search import build_index
    from safeplan.workspace import Workspace, defaults_root

    root = tmp_path / "ws"
    (root / "corpus" / "laws").mkdir(parents=True)
    (root / "rules").mkdir()
    shutil.copy(defaults_root() / "corpus" / "laws" / "xiaofang-fa-2021.md", root / "corpus" / "laws")
    for name in ("xiaofang-fa-2021.yaml", "schema.json", "sectors.yaml"):
        shutil.copy(defaults_root() / "rules" / name, root / "rules" / name)
    build_index(Workspace.at(root))
    return root


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

