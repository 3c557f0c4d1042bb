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


def form_fields(page_html: str, action: str) -> dict[str, str]:
    """What a browser would submit from the page's form posting to `action`, as it is shown: inputs (a
    checkbox only when checked, as "on"), the selected option of each select, textareas."""
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.fields, self.inside, self.select, self.first, self.textarea = {}, False, None, None, None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "form":
                self.inside = a.get("action") == action
            if not self.inside:
                return
            if tag == "input" and a.get("name"):
                if a.get("type") == "checkbox":
                    if "checked" in a:
                        self.fields[a["name"]] = a.get("value") or "on"
                else:
                    self.fields[a["name"]] = a.get("value") or ""
            elif tag == "select":
                self.select, self.first = a.get("name"), None
            elif tag == "option" and self.select:
                if self.first is None:
                    self.first = a.get("value", "")
                    self.fields.setdefault(self.select, self.first)
                if "selected" in a:
                    self.fields[self.select] = a.get("value", "")
            elif tag == "textarea":
                self.textarea = a.get("name")
                self.fields[self.textarea] = ""

        def handle_endtag(self, tag):
            if tag == "form":
                self.inside = False
            elif tag == "select":
                self.select = None
            elif tag == "textarea":
                self.textarea = None

        def handle_data(self, data):
            if self.textarea:
                self.fields[self.textarea] += data

    reader = Reader()
    reader.feed(page_html)
    return reader.fields
