"""Test data built in the tests: DOCX, ZIP and PNG bytes; the test client of a workbench."""

import io
import zipfile

from starlette.testclient import TestClient

from safeplan.web.security import CSRF_COOKIE, csrf_token

SECRET = b"test-secret"
SESSION = "test-session"                # the browser session the test clients carry (the CSRF cookie)
CSRF = csrf_token(SECRET, SESSION)      # the form token of that session
BASE_URL = "http://127.0.0.1"           # a Host the workbench answers to


def web_client(ws, session: bool = True, **options):
    """A TestClient of `create_app(ws, **options)`, checks in this process, with the test session's cookie."""
    from safeplan.web import create_app

    options = {"secret": SECRET, "check_workers": 0, **options}
    client = TestClient(create_app(ws, **options), base_url=BASE_URL, follow_redirects=False)
    if session:
        client.cookies.set(CSRF_COOKIE, SESSION)
    return client


def docx_bytes(paragraphs=("一、总体要求",)) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
