"""Shared fixtures: real seed pages, a real Chroma index in a temp dir, the real embedding model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qa.pages import parse_page
from qa.settings import Settings, get_settings

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def isolated_state(tmp_path, monkeypatch):
    """No test touches the developer's index or an LLM configured in the environment."""
    monkeypatch.setenv("QA_DATA_DIR", str(tmp_path / "qa-data"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "QA_CHROMA_URL"):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def seed_sources() -> dict[str, str]:
    return {e["file"]: e["url"] for e in json.loads((SEEDS / "sources.json").read_text())["pages"]}


@pytest.fixture(scope="session")
def seed_pages(seed_sources):
    return [parse_page((SEEDS / f).read_text(encoding="utf-8"), url=u, source=f) for f, u in seed_sources.items()]


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A writable copy of the seed folder, for tests that change pages."""
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


@pytest.fixture(scope="session")
def seed_index_dir(tmp_path_factory) -> Path:
    """A data dir holding the index built from the seeds, built once per test session."""
    from qa.index import PaperIndex

    data_dir = tmp_path_factory.mktemp("seed-index")
    PaperIndex(Settings(data_dir=data_dir)).ingest([SEEDS])
    return data_dir


@pytest.fixture(scope="session")
def assistant(seed_index_dir):
    from qa import Assistant

    return Assistant(Settings(data_dir=seed_index_dir, openai_api_key=None, openai_base_url=None))


@pytest.fixture(scope="session")
def live_server():
    """Start an ASGI app with uvicorn on a free 127.0.0.1 port in a thread; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    servers = []

    def start(app) -> str:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        deadline = time.monotonic() + 30
        while not server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("test server did not start")
            time.sleep(0.05)
        servers.append(server)
        return f"http://127.0.0.1:{port}"

    yield start
    for server in servers:
        server.should_exit = True


@pytest.fixture(scope="session")
def seeds_server(assistant, seed_index_dir, live_server):
    """``url(token=None)``: the app over the seed index, served once per token (none: the shared assistant)."""
    from qa import Assistant
    from qa.web import create_app

    urls: dict[str | None, str] = {}

    def url(token: str | None = None) -> str:
        if token not in urls:
            served = assistant if token is None else Assistant(Settings(data_dir=seed_index_dir, api_token=token))
            urls[token] = live_server(create_app(served))
        return urls[token]

    return url
