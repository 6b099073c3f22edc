"""Surfaces: the HTTP API for other apps (FastAPI) with the Gradio chat UI mounted beside it.

Page text is untrusted: everything derived from a page is HTML-escaped before it reaches the
browser, in the chat and in the source cards alike.

Access: one pure ASGI guard (:class:`Guard`) sits in front of every route, FastAPI's and Gradio's.
With ``QA_API_TOKEN`` set it lets through only ``/health`` and the login page unless the request
carries ``Authorization: Bearer <token>`` (the API, gradio_client) or the session cookie that the
login page sets (the browser UI). It decides from the headers alone, before any body byte is read,
then caps the body (``QA_MAX_BODY_KB``: 413 from Content-Length, or as soon as a chunked body
passes the cap). Gradio uploads are refused: no feature needs them.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import html
import ipaddress
import json
import logging
import os
import re
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs, quote, urlsplit

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home from an offline app

import gradio as gr
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi_offline import FastAPIOffline
from sse_starlette.sse import EventSourceResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path

from qa.api_models import ERRORS, ApiError, AskRequest, Health, call, error_body
from qa.assistant import Assistant
from qa.records import Answer, Paper
from qa.redact import install_log_redaction
from qa.settings import Settings
from qa.ui import CSS, chat_ui

log = logging.getLogger(__name__)
BIBTEX = "text/x-bibtex"
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
API_DESCRIPTION = """Cited answers over Mila publication pages.

Every error, of every route, has one shape: `{"error": {"field": "...", "message": "..."}}` where `field`
names the offending request field (`question`, `top_k`, `messages.0.content`), or `body` (malformed JSON),
`path`, `method`, `authorization`, `researcher`, `paper_id`, `model`, `server`.

With `QA_API_TOKEN` set, every route but `/health` needs `Authorization: Bearer <token>`.
`/v1/chat/completions` and `/v1/models` make the assistant usable as an OpenAI-compatible chat model."""
SSE_PING_SECONDS = 5  # keep-alive comments on a stream while the answer is awaited
HEALTH_SECONDS = 5.0  # /health answers 503 when the index takes longer than this to read


SESSION_COOKIE = "qa_session"
SESSION_SECONDS = 12 * 3600
# Routes that carry the whole conversation (Gradio's queue/call, OpenAI chat) may be this much larger.
CHAT_BODY_FACTOR = 16
CHAT_ROUTES = ("/gradio_api/queue/join", "/gradio_api/call/", "/gradio_api/run/", "/v1/chat/completions")
UPLOAD_ROUTES = ("/gradio_api/upload", "/upload")
LOGIN_FORM_BYTES = 4096
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOGIN_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Mila Scholar QA · sign in</title>
<style>body{{font-family:system-ui,sans-serif;max-width:28rem;margin:10vh auto;padding:0 1rem}}
input{{font:inherit;padding:.4rem;width:100%;box-sizing:border-box;margin:.5rem 0}}
button{{font:inherit;padding:.4rem 1rem}} .error{{color:#b91c1c}}</style></head>
<body><h1>Mila Scholar QA</h1>{error}
<form method="post" action="{action}">
<label for="token">Access token (QA_API_TOKEN)</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<input type="hidden" name="next" value="{next}">
<button type="submit">Sign in</button></form></body></html>
"""


class Guard:
    """Pure ASGI middleware: access check from the headers alone, then a capped body; see the module docstring.

    Never reads a body before the request is authorised; answers 401 (API, or 303 to the login page for a
    browser), 403 (uploads; cross-origin writes riding on the session cookie) or 413 (body past the cap).
    """

    def __init__(self, app, settings: Settings) -> None:
        self.app = app
        self.token = token_of(settings)
        self.cookie_key = hashlib.sha256(b"qa-session\0" + (self.token or b"")).digest()
        self.max_body = settings.max_body_kb * 1024

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        root = scope.get("root_path", "")
        raw_path = scope["path"]
        path = raw_path[len(root):] if root and raw_path.startswith(root) else raw_path
        path = "/" + "/".join(p for p in path.split("/") if p not in ("", "."))  # //x, /./x, /x/ dodge nothing
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        method = scope.get("method", "GET")

        if scope["type"] == "websocket":
            if self.token and not (self.bearer_ok(headers) or self.cookie_ok(headers)):
                await receive()  # websocket.connect
                return await send({"type": "websocket.close", "code": 1008})
            return await self.app(scope, receive, send)

        if path in ("/login", "/logout") and method in ("GET", "HEAD", "POST"):
            return await self.login(scope, receive, send, path, method, headers, root)
        if path != "/health" and self.token:
            if self.bearer_ok(headers):
                pass
            elif self.cookie_ok(headers) and not path.startswith("/api/"):  # the API itself takes the bearer only
                if method not in SAFE_METHODS and not same_origin(headers):
                    return await respond(send, 403, "authorization", "cross-origin request refused")
            elif method in ("GET", "HEAD") and wants_html(headers, path):
                target = path + ("?" + scope["query_string"].decode("latin-1") if scope.get("query_string") else "")
                return await redirect(send, f"{root}/login?next={quote(target, safe='')}")
            else:
                return await respond(send, 401, "authorization", "missing or wrong bearer token",
                                     [(b"www-authenticate", b"Bearer")])
        if path.startswith(UPLOAD_ROUTES):
            return await respond(send, 403, "upload", "uploads are disabled on this server")

        limit = self.max_body * (CHAT_BODY_FACTOR if path.startswith(CHAT_ROUTES) else 1)
        length = headers.get("content-length", "")
        if length and (not length.isdigit() or int(length) > limit):
            return await respond(send, 413, "body", f"request body over {limit // 1024} KB")
        return await self.app(scope, *capped(receive, send, limit))

    def bearer_ok(self, headers: dict) -> bool:
        return bearer_matches(headers.get("authorization", ""), self.token)

    def session_value(self, expires: int) -> str:
        return f"{expires}.{hmac.new(self.cookie_key, str(expires).encode(), hashlib.sha256).hexdigest()}"

    def cookie_ok(self, headers: dict) -> bool:
        for part in headers.get("cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == SESSION_COOKIE:
                expires = value.partition(".")[0]
                if (expires.isdigit() and int(expires) > time.time()
                        and hmac.compare_digest(value.encode(), self.session_value(int(expires)).encode())):
                    return True
        return False

    async def login(self, scope, receive, send, path: str, method: str, headers: dict, root: str) -> None:
        secure = "; Secure" if scope.get("scheme") in ("https", "wss") else ""
        cookie_attrs = f"Path={root or '/'}; HttpOnly; SameSite=Lax{secure}"
        if path == "/logout" or not self.token:
            clear = [(b"set-cookie", f"{SESSION_COOKIE}=; Max-Age=0; {cookie_attrs}".encode())]
            return await redirect(send, f"{root}/login" if self.token else f"{root}/", clear)
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        if method != "POST":
            return await login_page(send, 200, root, safe_next(query.get("next", ["/"])[0]))
        if method == "POST" and not same_origin(headers):
            return await respond(send, 403, "authorization", "cross-origin request refused")
        body = await read_capped(receive, LOGIN_FORM_BYTES)
        if body is None:
            return await respond(send, 413, "body", "login form too large")
        form = parse_qs(body.decode("utf-8", "replace"))
        target = safe_next(form.get("next", ["/"])[0])
        if not hmac.compare_digest(form.get("token", [""])[0].strip().encode(), self.token):
            return await login_page(send, 401, root, target, "Wrong token.")
        expires = int(time.time()) + SESSION_SECONDS
        cookie = f"{SESSION_COOKIE}={self.session_value(expires)}; Max-Age={SESSION_SECONDS}; {cookie_attrs}"
        return await redirect(send, root + target, [(b"set-cookie", cookie.encode())])


def token_of(settings: Settings) -> bytes | None:
    """QA_API_TOKEN as bytes, None when unset; set but blank fails closed instead of meaning "no token"."""
    if settings.api_token is None:
        return None
    token = settings.api_token.get_secret_value().strip()
    if not token:
        raise ValueError("QA_API_TOKEN is set but empty: set a real token, or unset it")
    return token.encode()


def bearer_matches(authorization: str, token: bytes) -> bool:
    scheme, _, credentials = authorization.strip().partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(credentials.strip().encode(), token)


def capped(receive, send, limit: int):
    """receive/send wrappers: past `limit` body bytes the client gets 413 and the app a disconnect."""
    state = {"seen": 0, "started": False, "refused": False}

    async def capped_receive():
        if state["refused"]:
            return {"type": "http.disconnect"}
        message = await receive()
        if message["type"] == "http.request":
            state["seen"] += len(message.get("body", b""))
            if state["seen"] > limit:
                state["refused"] = True
                if not state["started"]:
                    state["started"] = True
                    await respond(send, 413, "body", f"request body over {limit // 1024} KB")
                return {"type": "http.disconnect"}
        return message

    async def guarded_send(message):
        if state["refused"]:
            return  # the 413 went out; whatever the app says after the disconnect is dropped
        if message["type"] == "http.response.start":
            state["started"] = True
        await send(message)

    return capped_receive, guarded_send


async def read_capped(receive, limit: int) -> bytes | None:
    body = b""
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return body
        body += message.get("body", b"")
        if len(body) > limit:
            return None
        if not message.get("more_body"):
            return body


def same_origin(headers: dict) -> bool:
    """Is this write from our own pages? Browsers say so in Sec-Fetch-Site (which survives a proxy that
    rewrites Host); older ones are judged by Origin against Host. No Origin at all: not a browser."""
    site = headers.get("sec-fetch-site")
    if site:
        return site in ("same-origin", "none")
    origin = headers.get("origin")
    return origin is None or urlsplit(origin).netloc in (headers.get("host"), headers.get("x-forwarded-host"))


def wants_html(headers: dict, path: str) -> bool:
    return "text/html" in headers.get("accept", "") and not path.startswith(("/api/", "/gradio_api/"))


def safe_next(target: str) -> str:
    """Only a path on this server (no //host, no scheme): the login page is no open redirect."""
    if not target.startswith("/") or target.startswith(("//", "/\\")) or any(c in target for c in "\r\n\\"):
        return "/"
    return target


async def respond(send, status: int, field: str, message: str, extra: list | None = None) -> None:
    body = json.dumps(error_body(field, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(extra or [])]})
    await send({"type": "http.response.body", "body": body})


async def redirect(send, location: str, extra: list | None = None) -> None:
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", location.encode("latin-1", "replace")), (b"content-length", b"0"),
                            (b"cache-control", b"no-store"), *(extra or [])]})
    await send({"type": "http.response.body", "body": b""})


async def login_page(send, status: int, root: str, target: str, error: str = "") -> None:
    body = LOGIN_PAGE.format(error=f"<p class='error'>{html.escape(error)}</p>" if error else "",
                             action=html.escape(f"{root}/login"), next=html.escape(target)).encode()
    csp = b"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                            (b"cache-control", b"no-store"), (b"content-security-policy", csp),
                            (b"x-frame-options", b"DENY")]})
    await send({"type": "http.response.body", "body": body})


def create_app(assistant: Assistant | None = None, settings: Settings | None = None) -> FastAPI:
    """The app; `settings`, when given, rules the web layer (token, body cap), else the assistant's do."""
    assistant = assistant or Assistant(settings)
    settings = settings or assistant.settings
    # Swagger UI and ReDoc are served from the package's own copies (fastapi-offline): /docs works offline.
    app = FastAPIOffline(title="Mila Scholar QA", description=API_DESCRIPTION, version=app_version(),
                         swagger_ui_parameters={"validatorUrl": None}, favicon_url=None)
    bearer = HTTPBearer(auto_error=False)
    token = token_of(settings)  # fails here, not on the first request, when QA_API_TOKEN is blank

    def authorised(request: Request, _: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        # The Guard already refused these routes without the token; this keeps the check (and the
        # OpenAPI security scheme) on the routes themselves.
        if token and not bearer_matches(request.headers.get("authorization", ""), token):
            raise HTTPException(status_code=401, detail="missing or wrong bearer token",
                                headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content=error_body(*invalid_field(exc.errors())))

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(status_code=exc.status, content=error_body(exc.field, exc.message), headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        field = {401: "authorization", 403: "authorization", 404: "path", 405: "method"}.get(exc.status_code, "request")
        return JSONResponse(status_code=exc.status_code, content=error_body(field, str(exc.detail)),
                            headers=exc.headers)

    @app.exception_handler(Exception)
    async def server_error(_: Request, exc: Exception) -> JSONResponse:
        log.error("request failed: %s", type(exc).__name__)
        return JSONResponse(status_code=500, content=error_body("server", f"answering failed ({type(exc).__name__})"))

    def checked_researcher(name: str | None) -> str | None:
        if name is None or not name.strip():
            return None
        canonical = assistant.resolve_researcher(name)
        if canonical is None:
            raise ApiError(404, "researcher", f"no researcher named {name!r} in the index")
        return canonical

    # /health is async and reads the index on its own thread: requests waiting on the LLM (on the
    # assistant's LLM executor) or filling the request threadpool never delay it.
    health_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qa-health")

    @app.get("/health", response_model=None,
             responses={200: {"model": Health}, 503: {"model": Health}, 422: ERRORS[422]})
    async def health(detail: bool = False):
        """``{status, papers, answerer, index_version}``, the version also in ``X-Index-Version`` (and
        the count in ``X-Index-Papers``); ``?detail=true`` adds what the store holds now."""
        try:
            state = await asyncio.wait_for(asyncio.get_running_loop().run_in_executor(health_pool, assistant.health),
                                           HEALTH_SECONDS)
            body = state if detail else {key: state[key] for key in ("status", "papers", "answerer", "index_version")}
            return JSONResponse(body, headers={"x-index-version": str(state["index_version"]),
                                               "x-index-papers": str(state["papers"])})
        except Exception as exc:
            reason = "timed out" if isinstance(exc, TimeoutError) else type(exc).__name__
            log.warning("/health: the index cannot be read (%s)", reason)
            return JSONResponse(status_code=503, content={"status": "unavailable", "answerer": assistant.answerer,
                                                          "index_version": assistant.index_version,
                                                          "error": f"the index cannot be read ({reason})"})

    guarded = {"dependencies": [Depends(authorised)], "responses": ERRORS}

    def conversation(request: AskRequest) -> dict:
        history = [(turn.question, turn.answer) for turn in request.history]
        return {"history": history} if history else {}

    @app.get("/api/researchers", **guarded)
    def researchers() -> list[str]:
        """Every researcher the index holds pages of."""
        return assistant.researchers()

    @app.get("/api/papers", **guarded)
    def papers(researcher: str | None = None, q: str | None = None) -> list[Paper]:
        """Papers, optionally of one researcher (any spelling) and holding every word of `q` (whole words)."""
        return assistant.papers(checked_researcher(researcher), q)

    def paper_of(paper_id: str) -> Paper:
        for paper in assistant.papers():
            if paper.paper_id == paper_id:
                return paper
        raise ApiError(404, "paper_id", f"no paper with id {paper_id!r} in the index")

    # Before /api/papers/{paper_id}, whose pattern would take "….bib" too.
    @app.get("/api/papers/{paper_id}.bib", response_class=Response, dependencies=guarded["dependencies"],
             responses={**ERRORS, 200: {"content": {BIBTEX: {"schema": {"type": "string"}}},
                                        "description": "One BibTeX entry."}})
    def paper_bibtex(paper_id: str) -> Response:
        """The paper as a BibTeX entry (what its pages say: an untitled paper gets a note, never a title)."""
        from qa.bibtex import to_bibtex

        return Response(to_bibtex(paper_of(paper_id)), media_type=f"{BIBTEX}; charset=utf-8",
                        headers={"content-disposition": f'inline; filename="{paper_id}.bib"'})

    @app.get("/api/papers/{paper_id}", **guarded)
    def paper(paper_id: str) -> Paper:
        """One paper record, every value with the pages it came from."""
        return paper_of(paper_id)

    @app.post("/api/ask", **guarded)
    def ask(request: AskRequest) -> Answer:
        """The cited answer; `history` carries the conversation for follow-ups."""
        researcher = checked_researcher(request.researcher)
        return call(lambda: assistant.ask(request.question, researcher, request.top_k, **conversation(request)))

    @app.post("/api/ask/stream", response_class=EventSourceResponse, dependencies=guarded["dependencies"],
              responses={**ERRORS, 200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
                                         "description": "`partial` events carry the text so far (`{text}`), "
                                                        "one `answer` event the Answer."}})
    def ask_stream(request: AskRequest) -> EventSourceResponse:
        """Server-sent events: `partial` events carry the text so far, one `answer` event the result."""
        researcher = checked_researcher(request.researcher)
        # A bad question or history is a 422 before the stream starts; the answer itself is produced
        # inside the stream, so keep-alive pings flow while it is awaited.
        call(lambda: assistant.question(request.question, researcher, **conversation(request)))
        produced = assistant.stream(request.question, researcher, request.top_k, **conversation(request))

        def events() -> Iterator[dict]:
            for text, answer in produced:
                if answer is None:
                    yield {"event": "partial", "data": json.dumps({"text": text}, ensure_ascii=False)}
                else:
                    yield {"event": "answer", "data": json.dumps(answer.to_dict(), ensure_ascii=False)}

        return EventSourceResponse(events(), ping=SSE_PING_SECONDS)

    from qa.openai_compat import add_schemas, router

    app.include_router(router(assistant, authorised, checked_researcher))
    add_schemas(app)

    documented: list[tuple[re.Pattern, set[str]]] = []

    # Gradio is mounted at / and would answer any other path: an unknown /api or /v1 path, or a known
    # one with the wrong method, gets the API's own 404 or 405 (with Allow) here instead.
    @app.api_route("/api/{rest:path}", methods=ALL_METHODS, include_in_schema=False, **guarded)
    @app.api_route("/v1/{rest:path}", methods=ALL_METHODS, include_in_schema=False, **guarded)
    def unrouted(request: Request, rest: str) -> None:
        path = request.url.path.removeprefix(request.scope.get("root_path", ""))
        if not documented:  # the routes as documented (included routers too), read once
            documented.extend((compile_path(template)[0], {m.upper() for m in operations})
                              for template, operations in app.openapi()["paths"].items())
        allowed = sorted({method for pattern, methods in documented if pattern.match(path) for method in methods})
        if allowed:
            raise ApiError(405, "method", f"{request.method} is not allowed here; use {', '.join(allowed)}",
                           headers={"Allow": ", ".join(allowed)})
        raise ApiError(404, "path", f"no API route {path}")

    # System fonts only: the UI must not reach for web fonts on an offline machine.
    theme = gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["monospace"])
    app = gr.mount_gradio_app(app, chat_ui(assistant), path="/", footer_links=["api"], theme=theme, css=CSS,
                              ssr_mode=False, max_file_size=1)
    app.add_middleware(Guard, settings=settings)
    return app


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mila-scholar-qa")
    except PackageNotFoundError:
        return "0"


def invalid_field(errors) -> tuple[str, str]:
    """(field, message) of the first validation error: the field as a dotted path without the `body`/`query`
    prefix; a body that is not JSON at all is `body` (never a character offset)."""
    first = errors[0]
    if first["type"] == "json_invalid":
        reason = (first.get("ctx") or {}).get("error", "")
        return "body", f"malformed JSON body{': ' + str(reason) if reason else ''}"
    field = ".".join(str(part) for part in first["loc"] if part not in ("body", "query", "path"))
    return field or "body", first["msg"]


def bind_warning(host: str, settings: Settings) -> str | None:
    """The warning owed when the server is reachable from other machines without a token."""
    if is_loopback(host) or settings.api_token is not None:
        return None
    return f"serving on {host} without QA_API_TOKEN: anyone who can reach this address can use the API"


def serve(host: str, port: int, settings: Settings) -> None:
    import uvicorn

    warning = bind_warning(host, settings)
    if warning:
        log.warning("%s", warning)
        print(f"WARNING: {warning}; set QA_API_TOKEN to require a bearer token.", flush=True)
    app = create_app(settings=settings)
    print(f"Mila Scholar QA on http://{host}:{port} (API docs at /docs)", flush=True)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning")  # configures uvicorn's handlers
    install_log_redaction(s.get_secret_value() for s in (settings.api_token, settings.openai_api_key) if s)
    uvicorn.Server(config).run()


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
