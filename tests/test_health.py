"""The server stays healthy (issue 12): it notices an index another process changed, /health reports
the index version and fails when the index can't be read, and a hung LLM can't starve it."""

import json
import os
import subprocess
import sys
import threading
import time

import httpx
import pytest

from qa import Assistant
from qa.index import PaperIndex
from qa.settings import Settings
from eval.bench.synthetic import generate
from qa.web import create_app
from tests.openai_server import OpenAIServer

INGEST_AND_LIST = ("import json, sys; from pathlib import Path; from qa.index import PaperIndex; from qa.settings import Settings; "
                   "i = PaperIndex(Settings()); i.ingest([Path(sys.argv[1])]); "
                   "print(json.dumps({'version': i.version(), 'ids': sorted(p.paper_id for p in i.load_papers())}))")


def other_process_ingests(data_dir, pages) -> dict:
    env = {**os.environ, "QA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", INGEST_AND_LIST, str(pages)], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def small_corpus(tmp_path):
    corpus = generate(tmp_path / "pages", 40, seed=5)
    data_dir = tmp_path / "data"
    PaperIndex(Settings(data_dir=data_dir)).ingest([corpus.directory])
    return corpus, data_dir


def test_a_running_server_serves_the_index_another_process_changed(small_corpus, live_server):
    corpus, data_dir = small_corpus
    assistant = Assistant(Settings(data_dir=data_dir), build_if_empty=False)
    url = live_server(create_app(assistant))
    before_health = httpx.get(f"{url}/health", params={"detail": "true"}).json()
    before = {p["paper_id"] for p in httpx.get(f"{url}/api/papers").json()}
    assert before_health["papers"] == len(before) and before_health["index_version"] >= 1
    # Warm the vector cache on every paper, as a server that has answered for a while has.
    for researcher in corpus.researchers[:4]:
        assert httpx.post(f"{url}/api/ask", json={"question": f"Which papers has {researcher.name} written "
                                                              "about graphs?"}, timeout=60).status_code == 200

    # Another process rewrites two pages (each keeps only its first lines): their papers go.
    for page in corpus.pages[:2]:
        path = corpus.directory / page["file"]
        lines = path.read_text(encoding="utf-8").splitlines()
        path.write_text("\n".join(lines[: len(lines) // 3]) + "\n", encoding="utf-8")
    after = other_process_ingests(data_dir, corpus.directory)
    assert set(after["ids"]) != before and after["version"] > before_health["index_version"]

    time.sleep(1.1)  # the version stamp is checked at most once a second
    for researcher in corpus.researchers[:4]:
        asked = httpx.post(f"{url}/api/ask", json={"question": f"Which papers has {researcher.name} written "
                                                               "about graphs?"}, timeout=60)
        assert asked.status_code == 200, asked.text
        assert {c["paper_id"] for c in asked.json()["citations"] if c.get("paper_id")} <= set(after["ids"])
    assert {p["paper_id"] for p in httpx.get(f"{url}/api/papers").json()} == set(after["ids"])
    health = httpx.get(f"{url}/health", params={"detail": "true"}).json()
    assert health["status"] == "ok" and health["index_version"] == after["version"]
    assert health["papers"] == health["stored_papers"] == len(after["ids"])
    assert httpx.get(f"{url}/health").headers["x-index-version"] == str(after["version"])


def test_health_answers_503_when_the_index_cannot_be_read(small_corpus, live_server):
    _, data_dir = small_corpus
    assistant = Assistant(Settings(data_dir=data_dir), build_if_empty=False)
    url = live_server(create_app(assistant))
    assert httpx.get(f"{url}/health").status_code == 200

    def unreadable(*args, **kwargs):
        raise OSError("disk I/O error")

    assistant.index.meta.get = unreadable  # what a vanished or damaged store answers
    answered = httpx.get(f"{url}/health")
    assert answered.status_code == 503, answered.text
    assert answered.json()["status"] == "unavailable" and "cannot be read" in answered.json()["error"]


# A hung LLM endpoint

@pytest.fixture(scope="module")
def hung_llm():
    server = OpenAIServer()
    server.script(fault="hang")
    yield server
    server.close()


def hung_settings(server, data_dir, deadline: float) -> Settings:
    # Without a total deadline these would hold each answer for 2 x 10 s.
    return Settings(data_dir=data_dir, openai_api_key="sk-test", openai_base_url=server.url + "/v1",
                    llm_model="test-model", llm_timeout=10, llm_retries=1, llm_deadline=deadline)


QUESTION = "Which papers has Petar Veličković written on attention over graphs?"


def test_a_hung_llm_gives_the_offline_answer_at_the_deadline(seed_index_dir, hung_llm):
    assistant = Assistant(hung_settings(hung_llm, seed_index_dir, 2))
    started = time.monotonic()
    answer = assistant.ask(QUESTION)
    assert time.monotonic() - started < 5
    assert answer.answerer == "offline" and "QA_LLM_DEADLINE" in answer.notice and answer.citations
    started = time.monotonic()
    final = [a for _, a in assistant.stream(QUESTION) if a is not None][-1]
    assert time.monotonic() - started < 5 and "QA_LLM_DEADLINE" in final.notice


def test_health_stays_fast_while_many_answers_wait_on_a_hung_llm(seed_index_dir, hung_llm, live_server, monkeypatch):
    import qa.web

    monkeypatch.setattr(qa.web, "SSE_PING_SECONDS", 1, raising=False)
    hung_llm.requests.clear()
    assistant = Assistant(hung_settings(hung_llm, seed_index_dir, 8))
    url = live_server(create_app(assistant))
    results: list[int] = []

    def ask() -> None:
        with httpx.Client(timeout=60) as client:
            results.append(client.post(f"{url}/api/ask", json={"question": QUESTION}).status_code)

    # More waiting answers than the request threadpool has threads (40).
    threads = [threading.Thread(target=ask) for _ in range(48)]
    for thread in threads:
        thread.start()
    waited = time.monotonic() + 60
    while len(hung_llm.requests) < 32 and time.monotonic() < waited:  # every LLM worker is held by the hung server
        time.sleep(0.1)
    assert len(hung_llm.requests) >= 32
    started = time.monotonic()
    health = httpx.get(f"{url}/health", timeout=30)
    assert health.status_code == 200 and time.monotonic() - started < 1.5

    # The stream sends keep-alive comments while it waits, then the offline answer with its notice.
    started = time.monotonic()
    streamed = httpx.post(f"{url}/api/ask/stream", json={"question": QUESTION}, timeout=60).text
    assert time.monotonic() - started < 20
    assert ": ping" in streamed
    answer = json.loads(streamed.split("event: answer", 1)[1].split("data: ", 1)[1].split("\r\n", 1)[0].split("\n", 1)[0])
    assert "QA_LLM_DEADLINE" in answer["notice"]
    for thread in threads:
        thread.join(timeout=60)
    assert results == [200] * 48
