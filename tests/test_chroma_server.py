"""Scale-out: everything runs against a real `chroma run` server through HttpClient."""

import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from qa import Assistant
from qa.index import PaperIndex
from qa.settings import Settings
from tests.conftest import SEEDS
from tests.seeds import seed_line

SOFTMAX = seed_line("Softmax is not Enough")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not come up")


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    server = subprocess.Popen([str(chroma), "run", "--path", str(tmp_path_factory.mktemp("chroma-server")),
                               "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/api/v2/heartbeat")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_ingest_and_ask_through_the_server(chroma_url, tmp_path):
    settings = Settings(chroma_url=chroma_url, data_dir=tmp_path / "local", collection="papers_api")
    report = PaperIndex(settings).ingest([SEEDS])
    assert (report.papers, report.embedded) == (17, 17)
    assert PaperIndex(settings).ingest([SEEDS]).embedded == 0  # state lives in the server
    answer = Assistant(settings).ask("Petar Veličković's papers on softmax?")
    assert [c.title for c in answer.citations] == [SOFTMAX]
    assert not (tmp_path / "local" / "chroma").exists()  # nothing was written to an embedded store


@pytest.mark.slow
def test_two_app_processes_serve_from_one_server_at_once(chroma_url, tmp_path):
    env = {**os.environ, "QA_CHROMA_URL": chroma_url, "QA_COLLECTION": "papers_shared", "HF_HUB_OFFLINE": "1",
           "QA_DATA_DIR": str(tmp_path / "unused")}
    PaperIndex(Settings(chroma_url=chroma_url, collection="papers_shared")).ingest([SEEDS])
    ports = [free_port(), free_port()]
    apps = [subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--port", str(port)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for port in ports]
    try:
        for port in ports:
            wait_for(f"http://127.0.0.1:{port}/health")

        def ask(port: int) -> list[str]:
            reply = httpx.post(f"http://127.0.0.1:{port}/api/ask", timeout=60,
                               json={"question": "Petar Veličković's papers on softmax?"})
            reply.raise_for_status()
            return [c["title"] for c in reply.json()["citations"]]

        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(ask, ports * 10))
        assert results == [[SOFTMAX]] * 20
    finally:
        for app in apps:
            app.terminate()
            app.wait(timeout=30)
