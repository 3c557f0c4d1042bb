"""Reading form posts: multipart errors, the CSRF field and uploads become one `FormError` each."""

from __future__ import annotations

from starlette.datastructures import UploadFile
from starlette.requests import Request

from safeplan.web.security import (
    CSRF_FIELD,
    CSRF_HEADER,
    bearer_ok,
    csrf_ok,
    csrf_session,
    from_a_browser,
)
from safeplan.web.uploads import Upload, UploadError, sniff


class FormError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


CSRF_MESSAGE = "表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试"


def _csrf_given(request: Request, form) -> bool:
    state = request.app.state.web
    given = form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER)
    return csrf_ok(state.secret, csrf_session(request.cookies), given)


def api_caller_ok(request: Request, form) -> bool:
    """Who may POST to the API: a script with the bearer token, a script that is no browser (no Origin or
    Sec-Fetch-Site header: no web page can send such a request), or a page of this workbench with the
    CSRF token of its session. A form another site submits from a browser is none of these."""
    state = request.app.state.web
    headers = request.headers
    return bearer_ok(headers, state.token) or not from_a_browser(headers) or _csrf_given(request, form)


async def read_api_input(request: Request) -> dict:
    """An API call's fields: a JSON object body, or a form (multipart or urlencoded; files stay UploadFile).
    The caller is checked by `api_caller_ok` either way; raises FormError."""
    if request.headers.get("content-type", "").split(";")[0].strip() == "application/json":
        import json

        try:
            data = json.loads(await request.body() or b"{}")
        except ValueError as exc:
            raise FormError(400, "bad_request", f"the body is not JSON: {exc}") from None
        if not isinstance(data, dict):
            raise FormError(400, "bad_request", "the JSON body must be an object")
        if not api_caller_ok(request, data):
            raise FormError(403, "csrf", CSRF_MESSAGE)
        return data
    return await read_form(request, csrf=False)


async def read_form(request: Request, csrf: bool = True):
    """The parsed form. Raises FormError on a malformed body or (for page forms) a missing/wrong CSRF
    token; with `csrf=False` (the API) the caller is checked by `api_caller_ok` instead."""
    from python_multipart.exceptions import MultipartParseError
    from starlette.exceptions import HTTPException

    try:
        form = await request.form(max_files=20, max_fields=500)
    except HTTPException as exc:  # Starlette's answer to a malformed multipart body
        raise FormError(400, "bad_request", f"表单无法解析：{exc.detail}") from exc
    except MultipartParseError as exc:
        raise FormError(400, "bad_request", f"表单无法解析：{exc}") from exc
    if not (_csrf_given(request, form) if csrf else api_caller_ok(request, form)):
        raise FormError(403, "csrf", CSRF_MESSAGE)
    return form


async def read_uploads(form, field: str, max_upload: int, allowed=("docx", "html", "md", "txt"),
                       sniffer=None) -> list[Upload]:
    """The files of one form field, sniffed (by `sniff`, or `sniffer(name, data)`); a file over the limit is
    413, an empty field none."""
    uploads = []
    for value in form.getlist(field):
        if not isinstance(value, UploadFile):
            continue
        if not value.filename and not value.size:
            continue  # the browser's "no file chosen"
        data = await value.read(max_upload + 1)
        if len(data) > max_upload:
            raise UploadError(f"上传的文件太大：上限为 {max_upload // (1024 * 1024)} MB", value.filename,
                              status=413, code="payload_too_large")
        name = value.filename or "upload"
        uploads.append(sniffer(name, data) if sniffer else sniff(name, data, allowed))
    return uploads
