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
