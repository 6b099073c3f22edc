"""The HTTP API over real HTTP, gradio_client, and the chat UI in a real headless Chromium."""

import json

import httpx
import pytest

from qa.settings import Settings
from qa.web import create_app
from tests.seeds import seed_line

SOFTMAX = seed_line("Softmax is not Enough")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def base_url(assistant, live_server):
    return live_server(create_app(assistant))


def test_health_researchers_and_papers(base_url):
    health = httpx.get(f"{base_url}/health")
    assert health.json() == {"status": "ok", "papers": 17, "answerer": "offline",
                             "index_version": int(health.headers["x-index-version"])}
    assert httpx.get(f"{base_url}/api/researchers").json() == ["Petar Veličković", "Razvan Pascanu"]
    papers = httpx.get(f"{base_url}/api/papers", params={"researcher": "Velickovic", "q": "softmax"}).json()
    assert [p["title"] for p in papers] == [SOFTMAX]
    assert httpx.get(f"{base_url}/openapi.json").json()["paths"]["/api/ask"]


def test_ask_returns_the_answer_dict(base_url):
    reply = httpx.post(f"{base_url}/api/ask", json={"question": "Petar Veličković's papers on softmax?"},
                       timeout=30)
    assert reply.status_code == 200
    answer = reply.json()
    assert answer["citations"][0]["title"] == SOFTMAX and not answer["refused"] and "[1]" in answer["text"]


@pytest.mark.parametrize("body, field", [
    ({"question": ""}, "question"),
    ({"question": "   "}, "question"),
    ({"question": "x" * 2001}, "question"),
    ({}, "question"),
    ({"question": "softmax?", "top_k": 0}, "top_k"),
    ({"question": "softmax?", "top_k": "many"}, "top_k"),
    ({"question": "softmax?", "researcher": "Nobody Here"}, "researcher"),
])
def test_bad_input_is_a_4xx_naming_the_field(base_url, body, field):
    reply = httpx.post(f"{base_url}/api/ask", json=body, timeout=30)
    assert 400 <= reply.status_code < 500 and reply.json()["error"]["field"] == field


def test_offline_stream_sends_the_answer_whole_not_a_replay_in_pieces(base_url):
    events = []
    with httpx.stream("POST", f"{base_url}/api/ask/stream", json={"question": "What has Petar published on softmax?"},
                      timeout=30) as reply:
        event = None
        for line in reply.iter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:"):
                events.append((event, json.loads(line.split(":", 1)[1])))
    kinds = [kind for kind, _ in events]
    # The offline answer is computed at once; the LLM's real deltas are streamed (tests/test_llm.py).
    assert kinds == ["answer"]
    assert events[-1][1]["citations"][0]["title"] == SOFTMAX


def test_bearer_token_guards_every_api_route(seed_index_dir, live_server):
    from qa import Assistant

    guarded = Assistant(Settings(data_dir=seed_index_dir, api_token="s3cret-token"))
    url = live_server(create_app(guarded))
    assert httpx.get(f"{url}/health").status_code == 200
    for method, path, body in [("GET", "/api/researchers", None), ("GET", "/api/papers", None),
                               ("POST", "/api/ask", {"question": "softmax?"}), ("POST", "/api/ask/stream", {"question": "softmax?"})]:
        assert httpx.request(method, url + path, json=body).status_code == 401
        wrong = httpx.request(method, url + path, json=body, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and "s3cret" not in wrong.text
    ok = httpx.post(f"{url}/api/ask", json={"question": "softmax?"}, headers={"Authorization": "Bearer s3cret-token"})
    assert ok.status_code == 200


def test_gradio_client_calls_the_documented_api_name(base_url):
    from gradio_client import Client

    answer = Client(base_url, verbose=False).predict("Petar Veličković's papers on softmax?", None,
                                                     api_name="/ask")
    assert answer["citations"][0]["title"] == SOFTMAX


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def ask_in_browser(page, question: str, expect: str) -> None:
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function("t => document.querySelector('#chat').innerText.includes(t)", arg=expect, timeout=60000)


@pytest.mark.slow
def test_chat_ui_answers_with_source_card_and_follow_up(base_url, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(base_url)
    page.locator("#question textarea").wait_for(timeout=60000)
    ask_in_browser(page, "Petar Veličković's papers on softmax?", "[1]")
    page.locator("#sources .source-title").first.wait_for(timeout=30000)
    assert SOFTMAX in page.locator("#sources .source-title").first.inner_text()
    assert page.locator("#sources mark").count() >= 1  # the supporting sentence is highlighted
    ask_in_browser(page, "and on graph neural networks?", "graph neural networks”")
    chat = page.locator("#chat").inner_text()
    assert "Petar Veličković's pages list" in chat.split("and on graph neural networks?")[-1]
    page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)
    assert (tmp_path / "chat.png").stat().st_size > 10_000


@pytest.mark.slow
def test_page_text_is_shown_never_executed(tmp_path, seeds_copy, browser, live_server):
    from qa import Assistant

    (seeds_copy / "xss.txt").write_text(
        "Ada B Lovelace\nAlumni\nPublications\nAnalytical Engines Revisited\n"
        "We revisit the analytical engine and its tables of Bernoulli numbers <script>window.__pwned=1</script> "
        "<img src=x onerror=\"window.__pwned=2\"> and show that the engine computes them with remarkable care and "
        "precision over many punched cards.\n2024-01-02\n")
    assistant = Assistant(Settings(data_dir=tmp_path / "xss-index", seeds_dir=seeds_copy))
    page = browser.new_page()
    page.goto(live_server(create_app(assistant)))
    page.locator("#question textarea").wait_for(timeout=60000)
    ask_in_browser(page, "What has Ada Lovelace published on Bernoulli numbers?", "Bernoulli")
    page.locator("#sources .source-title").first.wait_for(timeout=30000)
    # Shown as text (abstracts are folded, so read the text content, not what is rendered open).
    assert "<script>window.__pwned=1</script>" in page.locator("#sources").text_content()
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_binding_beyond_loopback_without_a_token_warns():
    from qa.web import bind_warning

    assert bind_warning("127.0.0.1", Settings()) is None and bind_warning("localhost", Settings()) is None
    assert "without QA_API_TOKEN" in bind_warning("0.0.0.0", Settings())
    assert bind_warning("0.0.0.0", Settings(api_token="t")) is None


def test_no_route_reads_files_or_urls(base_url):
    for path in ["/api/papers?researcher=../../etc/passwd", "/api/papers?q=file:///etc/passwd"]:
        reply = httpx.get(base_url + path)
        assert "root:" not in reply.text
    routes = httpx.get(f"{base_url}/openapi.json").json()["paths"]
    assert set(routes) == {"/health", "/api/researchers", "/api/papers", "/api/papers/{paper_id}",
                           "/api/papers/{paper_id}.bib", "/api/ask", "/api/ask/stream",
                           "/v1/models", "/v1/models/{model}", "/v1/chat/completions"}
