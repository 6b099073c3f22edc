"""Access, body limits and log redaction (issue 12): one guard in front of every route, Gradio's included.

Real uvicorn servers where the network matters (raw sockets show what the server does before a body
arrives); the ASGI app called directly where the test must count the body bytes the app pulled.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from qa.redact import RedactingFilter, install_log_redaction, redact
from qa.settings import Settings
from qa.ui import ANY
from qa.web import SESSION_COOKIE, create_app
from tests.seeds import seed_line

TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SOFTMAX = seed_line("Softmax is not Enough")
QUESTION = "Petar Veličković's papers on softmax?"
TEN_MB = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def guarded_assistant(seed_index_dir):
    """An Assistant over the seed index whose settings hold QA_API_TOKEN, as `qa serve` builds it."""
    from qa import Assistant

    return Assistant(Settings(data_dir=seed_index_dir, api_token=TOKEN))


@pytest.fixture(scope="module")
def guarded(guarded_assistant, live_server):
    """Base URL of a real server with QA_API_TOKEN set."""
    return live_server(create_app(guarded_assistant))


@pytest.fixture(scope="module")
def guarded_app(guarded_assistant):
    """The same app, not served: for tests that call it as ASGI and count what it reads."""
    return create_app(guarded_assistant)


# -- 1. every route but /health (and the login page) needs the token ----------------------------------------

GRADIO_ROUTES = [
    ("GET", "/config", None),
    ("GET", "/config/", None),
    ("GET", "//config", None),
    ("GET", "/gradio_api/info", None),
    ("GET", "/gradio_api/info?all_endpoints=true", None),
    ("POST", "/gradio_api/call/ask", {"data": [QUESTION, None]}),
    ("POST", "/gradio_api/call/chat", {"data": [QUESTION, [], ANY, []]}),
    ("POST", "/gradio_api/queue/join", {"data": [QUESTION, None], "fn_index": 1, "session_hash": "abc123"}),
    ("GET", "/gradio_api/queue/data?session_hash=abc123", None),
    ("POST", "/gradio_api/upload", "files"),
    ("GET", "/", None),
    ("GET", "/theme.css", None),
    ("GET", "/monitoring", None),
    ("GET", "/docs", None),
    ("GET", "/openapi.json", None),
    ("GET", "/api/researchers", None),
]


def request(base: str, method: str, path: str, body, headers=None) -> httpx.Response:
    if body == "files":
        return httpx.request(method, base + path, files={"files": ("a.txt", b"hello")}, headers=headers, timeout=30)
    return httpx.request(method, base + path, json=body, headers=headers, timeout=30)


@pytest.mark.parametrize("method, path, body", GRADIO_ROUTES)
def test_every_route_refuses_without_the_token(guarded, method, path, body):
    for headers in (None, {"Authorization": "Bearer nope"}, {"Authorization": TOKEN}, {"Cookie": f"{SESSION_COOKIE}=1.x"}):
        reply = request(guarded, method, path, body, headers)
        assert reply.status_code == 401, (path, headers, reply.status_code, reply.text[:200])
        assert "Veli" not in reply.text and TOKEN not in reply.text
        assert reply.headers["www-authenticate"] == "Bearer"


def test_health_and_the_login_page_stay_public(guarded):
    assert httpx.get(f"{guarded}/health").json()["status"] == "ok"
    page = httpx.get(f"{guarded}/login")
    assert page.status_code == 200 and 'name="token"' in page.text and "Veli" not in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]  # it needs no other asset
    # A browser asking for the UI is sent to the login page, coming back where it was going.
    reply = httpx.get(f"{guarded}/?view=api", headers={"Accept": "text/html"})
    assert reply.status_code == 303 and reply.headers["location"] == "/login?next=%2F%3Fview%3Dapi"


def test_the_token_opens_gradio_routes_and_the_api(guarded):
    config = httpx.get(f"{guarded}/config", headers=AUTH)
    assert config.status_code == 200 and "Petar Veličković" in config.text
    assert httpx.get(f"{guarded}/gradio_api/info", headers=AUTH).status_code == 200
    call = httpx.post(f"{guarded}/gradio_api/call/ask", json={"data": [QUESTION, None]}, headers=AUTH)
    assert call.status_code == 200
    result = httpx.get(f"{guarded}/gradio_api/call/ask/{call.json()['event_id']}", headers=AUTH, timeout=60)
    assert SOFTMAX in result.text
    assert httpx.post(f"{guarded}/api/ask", json={"question": QUESTION}, headers=AUTH, timeout=60).status_code == 200


def test_an_empty_token_is_refused_not_taken_for_no_token(assistant, seed_index_dir):
    with pytest.raises(ValueError, match="QA_API_TOKEN"):
        create_app(assistant, Settings(data_dir=seed_index_dir, api_token=" "))


def test_gradio_client_needs_the_bearer_header(guarded):
    from gradio_client import Client

    with pytest.raises(Exception):
        Client(guarded, verbose=False).predict(QUESTION, None, api_name="/ask")
    client = Client(guarded, headers=AUTH, verbose=False)
    assert client.predict(QUESTION, None, api_name="/ask")["citations"][0]["title"] == SOFTMAX
    _, history, sources = client.predict(QUESTION, [], ANY, api_name="/chat")  # the State stays server-side
    assert "[1]" in str(history[-1]["content"]) and SOFTMAX in sources


def test_uploads_are_refused_even_with_the_token(guarded):
    for path in ("/gradio_api/upload", "/gradio_api/upload?upload_id=x", "/upload"):
        reply = httpx.post(guarded + path, files={"files": ("a.txt", b"hello")}, headers=AUTH)
        assert reply.status_code == 403, (path, reply.status_code, reply.text[:200])


def test_login_sets_an_httponly_session_cookie_for_the_ui_only(guarded):
    with httpx.Client(base_url=guarded, follow_redirects=False, timeout=30) as browser:
        wrong = browser.post("/login", data={"token": "guess", "next": "/"})
        assert wrong.status_code == 401 and "set-cookie" not in wrong.headers and "Wrong token" in wrong.text
        assert browser.get("/config").status_code == 401
        # The login page is no open redirect.
        ok = browser.post("/login", data={"token": TOKEN, "next": "//evil.example/x"})
        assert ok.status_code == 303 and ok.headers["location"] == "/"
        cookie = ok.headers["set-cookie"]
        assert cookie.startswith(f"{SESSION_COOKIE}=") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
        assert TOKEN not in cookie
        assert browser.post("/login", data={"token": TOKEN, "next": "/?x=1"}).headers["location"] == "/?x=1"

        config = browser.get("/config")
        assert config.status_code == 200 and "Petar Veličković" in config.text
        assert browser.post("/gradio_api/call/ask", json={"data": [QUESTION, None]}).status_code == 200
        # The session rides only on our own pages' requests, and is not an API credential.
        for cross in ({"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"},
                      {"Origin": "http://evil.example"}):
            reply = browser.post("/gradio_api/call/ask", json={"data": [QUESTION, None]}, headers=cross)
            assert reply.status_code == 403, cross
        assert browser.get("/api/researchers").status_code == 401
        assert browser.get("/api/researchers", headers=AUTH).status_code == 200

        assert browser.get("/logout").status_code == 303
        assert browser.get("/config").status_code == 401
    forged = {"Cookie": f"{SESSION_COOKIE}={int(time.time()) + 3600}.{'0' * 64}"}
    assert httpx.get(f"{guarded}/config", headers=forged).status_code == 401


# -- 2. the token is checked before the body is read; bodies are capped ------------------------------------

def call_asgi(app, method: str, path: str, headers: dict, size: int, chunk: int = 64 * 1024,
              content_length: bool = True) -> tuple[int, int]:
    """Call the app with a `size`-byte body, generated lazily; return (status, body bytes the app pulled)."""
    state = {"read": 0}

    async def receive():
        if state["read"] >= size:
            await asyncio.sleep(3600)  # a client that sent everything waits for the answer
        piece = min(chunk, size - state["read"])
        state["read"] += piece
        return {"type": "http.request", "body": b"x" * piece, "more_body": state["read"] < size}

    sent = []

    async def send(message):
        sent.append(message)

    raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    if content_length:
        raw.append((b"content-length", str(size).encode()))
    else:
        raw.append((b"transfer-encoding", b"chunked"))
    path, _, query = path.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": query.encode(),
             "headers": [(b"host", b"testserver"), (b"content-type", b"application/json"), *raw],
             "client": ("127.0.0.1", 5000), "server": ("testserver", 80)}
    asyncio.run(asyncio.wait_for(app(scope, receive, send), 60))
    return next(m["status"] for m in sent if m["type"] == "http.response.start"), state["read"]


@pytest.mark.parametrize("path", ["/api/ask", "/api/ask/stream", "/gradio_api/call/ask", "/gradio_api/queue/join",
                                  "/gradio_api/upload", "/"])
def test_no_body_byte_is_read_before_the_token_is_checked(guarded_app, path):
    for content_length in (True, False):
        status, read = call_asgi(guarded_app, "POST", path, {}, TEN_MB, content_length=content_length)
        assert (status, read) == (401, 0)


def test_bodies_past_the_cap_get_413_unread_or_as_soon_as_they_pass_it(guarded_app):
    cap = 64 * 1024
    assert call_asgi(guarded_app, "POST", "/api/ask", AUTH, TEN_MB) == (413, 0)
    status, read = call_asgi(guarded_app, "POST", "/api/ask", AUTH, TEN_MB, chunk=4096, content_length=False)
    assert status == 413 and cap < read <= cap + 4096
    # The chat UI's calls carry the conversation: they get 16 × the cap, and no more.
    status, read = call_asgi(guarded_app, "POST", "/gradio_api/queue/join", AUTH, TEN_MB, content_length=False)
    assert status == 413 and 16 * cap < read <= 16 * cap + 64 * 1024


def raw_exchange(base: str, head: str, body: bytes = b"", wait: float = 10) -> bytes:
    """Send request head (and maybe part of a body) on a raw socket; return what the server answers."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode() + body)
        try:
            return sock.recv(65536)
        except TimeoutError:
            return b"(no answer while the body was still owed)"


def test_a_real_server_answers_before_a_10_mb_body_is_sent(guarded):
    head = "POST /api/ask HTTP/1.1\nHost: x\nContent-Type: application/json\nContent-Length: 10485760\n{auth}\n"
    started = time.monotonic()
    assert raw_exchange(guarded, head.format(auth="")).startswith(b"HTTP/1.1 401")
    assert raw_exchange(guarded, head.format(auth=f"Authorization: Bearer {TOKEN}\n")).startswith(b"HTTP/1.1 413")
    assert time.monotonic() - started < 10
    # Chunked, no length: 413 once the bytes sent pass the cap, though the body never ends.
    chunked = ("POST /api/ask HTTP/1.1\nHost: x\nContent-Type: application/json\nTransfer-Encoding: chunked\n"
               f"Authorization: Bearer {TOKEN}\n\n")
    piece = b"%x\r\n%s\r\n" % (8192, b"x" * 8192)
    assert raw_exchange(guarded, chunked, piece * 12).startswith(b"HTTP/1.1 413")
    # Under the cap all is as before.
    assert httpx.post(f"{guarded}/api/ask", json={"question": QUESTION}, headers=AUTH, timeout=60).status_code == 200


def test_the_cap_is_qa_max_body_kb(assistant, seed_index_dir, live_server, monkeypatch):
    monkeypatch.setenv("QA_MAX_BODY_KB", "1")
    settings = Settings(data_dir=seed_index_dir)
    assert settings.max_body_kb == 1
    url = live_server(create_app(assistant, settings))
    long_question = "softmax " + "x" * 1500 + "?"
    assert httpx.post(f"{url}/api/ask", json={"question": long_question}, timeout=60).status_code == 413
    assert httpx.post(f"{url}/api/ask", json={"question": QUESTION}, timeout=60).status_code == 200


# -- 3. logs never print credentials -----------------------------------------------------------------------

@pytest.mark.parametrize("line, secret", [
    ('HTTP Request: POST http://alice:hunter2@llm.local:8000/v1/chat/completions "HTTP/1.1 200 OK"', "hunter2"),
    ("connecting to https://svc-user@llm.local/v1", "svc-user"),
    ("headers={'Authorization': 'Bearer abc.def-GHI'}", "abc.def-GHI"),
    ("Authorization: Basic YWxpY2U6aHVudGVyMg==", "YWxpY2U6aHVudGVyMg"),
    ("GET /v1/models?api_key=k3y-value&x=1", "k3y-value"),
    ('{"api-key": "k3y-value", "model": "m"}', "k3y-value"),
    ("using key sk-proj-abcdefghijklmnop", "abcdefghijklmnop"),
])
def test_redact_masks_credentials(line, secret):
    masked = redact(line)
    assert secret not in masked and "***" in masked


def test_the_filter_masks_arguments_tracebacks_and_registered_secrets():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("test_security.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    try:
        logger.warning("HTTP Request: %s %s", "POST", "http://alice:hunter2@h/v1")
        try:
            raise ConnectionError("cannot reach http://alice:hunter2@h/v1")
        except ConnectionError:
            logger.exception("failed")
        logger.info("max_tokens=100 for http://h/v1 with 50% done")  # what isn't a secret is left alone
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert "hunter2" not in text and "HTTP Request: POST http://***@h/v1" in text and "ConnectionError" in text
    assert "ConnectionError: cannot reach http://***@h/v1" in text
    assert "max_tokens=100 for http://h/v1 with 50% done" in text

    # install_log_redaction reaches every handler, e.g. the ones uvicorn's logging config adds.
    import uvicorn

    uvicorn.Config(lambda *a: None, log_level="warning")
    registered = install_log_redaction(["literal-secret-value"])
    assert all(registered in h.filters for h in logging.getLogger("uvicorn.error").handlers)
    assert redact("x literal-secret-value y", registered.secrets) == "x *** y"


def test_verbose_cli_logs_hide_the_base_url_credentials_and_key(seed_index_dir):
    from tests.openai_server import OpenAIServer

    server = OpenAIServer()
    server.script(fault=500)
    try:
        env = {**os.environ, "QA_DATA_DIR": str(seed_index_dir), "HF_HUB_OFFLINE": "1", "QA_LLM_RETRIES": "0",
               "OPENAI_BASE_URL": server.url.replace("http://", "http://alice:hunter2@") + "/v1",
               "OPENAI_API_KEY": "sk-test-abcdefghijklmnopqrstuvwxyz"}
        result = subprocess.run([sys.executable, "-m", "qa.cli", "-v", "ask", QUESTION], capture_output=True,
                                text=True, env=env, timeout=300)
    finally:
        server.close()
    assert result.returncode == 0, result.stderr
    assert server.requests, "the LLM was never called"
    assert "hunter2" not in result.stderr and "abcdefghijklmnop" not in result.stderr
    assert "HTTP Request: POST http://***@127.0.0.1" in result.stderr  # the line is kept, masked


# -- the browser UI through the login page -----------------------------------------------------------------

@pytest.mark.slow
def test_browser_signs_in_then_chats(guarded):
    from playwright.sync_api import sync_playwright

    from tests.test_web import CHROMIUM_ARGS

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = chromium.new_page()
            page.goto(guarded)
            assert "/login" in page.url
            page.fill("#token", TOKEN)
            page.click("button[type=submit]")
            page.locator("#question textarea").wait_for(timeout=60000)
            assert page.evaluate("document.cookie").find(SESSION_COOKIE) == -1  # HttpOnly
            box = page.locator("#question textarea")
            box.fill(QUESTION)
            box.press("Enter")
            page.wait_for_function("() => document.querySelector('#chat').innerText.includes('[1]')", timeout=60000)
            page.locator("#sources .source-title").first.wait_for(timeout=30000)
            assert SOFTMAX in page.locator("#sources .source-title").first.inner_text()
        finally:
            chromium.close()
