"""Opening the assistant: the saved library (written by the first process that opens an index
version, read by every later one without Chroma) answers as the store does, follows ingests made by
other processes, and never stands in for a store that is damaged, half-written or changed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qa.assistant import Assistant
from qa.search import Library
from qa.index import PaperIndex, read_served, served_file
from qa.settings import Settings

from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent
OTHER_PAGES = ROOT / "tests" / "data" / "pages"
# Questions of our own over the seed pages: a topic, a paper fact, co-authors, a list, a profile, French.
QUESTIONS = [
    "which papers discuss sharp behaviour of attention at test time?",
    "who wrote the paper about softmax and sharpness with Veličković?",
    "give me the full publication list for Velickovic",
    "what is Razvan Pascanu's role at Mila?",
    "quels articles parlent de raisonnement algorithmique ?",
]


def settings_for(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, openai_api_key=None, openai_base_url=None)


def saved_libraries(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "library").glob("*.library"))


def answers(assistant: Assistant) -> list[tuple[str, list[str]]]:
    out = []
    for question in QUESTIONS:
        answer = assistant.ask(question)
        out.append((answer.text, [c.key + (c.title or c.url or "") for c in answer.citations]))
    return out


@pytest.fixture
def built(tmp_path) -> Path:
    data_dir = tmp_path / "data"
    PaperIndex(settings_for(data_dir)).ingest([SEEDS])
    return data_dir


def test_a_later_process_answers_from_the_saved_library_without_chroma_and_identically(built):
    first = Assistant(settings_for(built), build_if_empty=False)
    assert len(saved_libraries(built)) == 1  # written by the first opening of this index version
    expected = answers(first)
    script = (
        "import json, sys\n"
        "from qa.assistant import Assistant\n"
        "from tests.test_assistant import answers, settings_for\n"
        f"a = Assistant(settings_for(__import__('pathlib').Path({str(built)!r})), build_if_empty=False)\n"
        "got = answers(a)\n"
        "print(json.dumps({'answers': got, 'chromadb': 'chromadb' in sys.modules}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300,
                            env={**os.environ, "QA_DATA_DIR": str(built)})
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["chromadb"] is False
    assert [tuple(a) for a in out["answers"]] == [(text, keys) for text, keys in expected]


def test_the_saved_library_carries_the_page_word_indexes_so_no_question_builds_them(built):
    Assistant(settings_for(built), build_if_empty=False)  # writes the saved library
    [saved] = saved_libraries(built)
    restored = Library.restore(saved, embedder=None, min_similarity=0.5)
    assert restored._value_index is not None
    assert any("Razvan Pascanu" in names for names in restored._value_index.values())
    assert restored._prose_index is not None


def test_an_ingest_by_another_process_is_served_and_replaces_the_saved_library(built, tmp_path):
    assistant = Assistant(settings_for(built), build_if_empty=False)
    before, version = len(assistant.library.papers), assistant.index_version
    old_file = saved_libraries(built)
    more = Path(shutil.copytree(SEEDS, tmp_path / "more"))
    for page in OTHER_PAGES.glob("*.txt"):
        shutil.copy(page, more / page.name)
    if (OTHER_PAGES / "sources.json").exists():
        merged = json.loads((more / "sources.json").read_text())
        merged["pages"] += json.loads((OTHER_PAGES / "sources.json").read_text())["pages"]
        (more / "sources.json").write_text(json.dumps(merged))
    PaperIndex(settings_for(built)).ingest([more])  # as `qa ingest` in another process would
    assert read_served(settings_for(built)).version == version + 1
    assert assistant.refresh(force=True)
    assert assistant.index_version == version + 1 and len(assistant.library.papers) > before
    now = saved_libraries(built)
    assert len(now) == 1 and now != old_file
    reopened = Assistant(settings_for(built), build_if_empty=False)
    assert len(reopened.library.papers) == len(assistant.library.papers)


def test_an_ingest_killed_while_writing_leaves_readers_on_the_store(built, tmp_path, monkeypatch):
    Assistant(settings_for(built), build_if_empty=False)  # saves the library of version 1
    changed = Path(shutil.copytree(SEEDS, tmp_path / "changed"))
    page = sorted(changed.glob("*.txt"))[0]
    page.write_text(page.read_text(encoding="utf-8") + "\nA Paper Added Here\nAbstract words.\n", encoding="utf-8")

    def killed(*args, **kwargs):
        assert read_served(settings_for(built)) is None  # removed before the first paper write
        raise KeyboardInterrupt

    monkeypatch.setattr(PaperIndex, "_write_papers", killed)
    with pytest.raises(KeyboardInterrupt):
        PaperIndex(settings_for(built)).ingest([changed])
    monkeypatch.undo()
    assert not served_file(settings_for(built)).exists()
    reader = Assistant(settings_for(built), build_if_empty=False)
    assert reader.index_version == 1 and reader._index is not None  # read from the store, not a file
    PaperIndex(settings_for(built)).ingest([changed])  # the rerun completes and serves again
    assert read_served(settings_for(built)).version == 2


def test_a_damaged_saved_library_is_rebuilt_from_the_store(built, caplog):
    first = Assistant(settings_for(built), build_if_empty=False)
    count = len(first.library.papers)
    [saved] = saved_libraries(built)
    saved.write_bytes(b"not a library")
    second = Assistant(settings_for(built), build_if_empty=False)
    assert len(second.library.papers) == count
    assert "unreadable" in caplog.text
    assert saved.read_bytes() != b"not a library"  # written again from the store
    assert len(Assistant(settings_for(built), build_if_empty=False).library.papers) == count


def test_a_saved_library_is_reused_only_by_the_code_that_wrote_it(built, monkeypatch):
    Assistant(settings_for(built), build_if_empty=False)
    [old] = saved_libraries(built)
    monkeypatch.setattr("qa.assistant.library_format", lambda: "another-version")
    Assistant(settings_for(built), build_if_empty=False)
    [new] = saved_libraries(built)
    assert new != old and "another-version" in new.name


def test_a_damaged_store_is_reported_even_with_a_saved_library(built):
    Assistant(settings_for(built), build_if_empty=False)
    (built / "chroma" / "chroma.sqlite3").write_bytes(b"")
    with pytest.raises(Exception, match="the index is damaged"):
        Assistant(settings_for(built), build_if_empty=False)
