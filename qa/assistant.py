"""The Python API other apps embed: ``Assistant().ask(question) -> Answer``."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from qa.answer import Answer, offline_answer
from qa.index import IngestReport, PaperIndex
from qa.llm import LLMAnswerer, LLMError
from qa.pages import fold
from qa.papers import Paper
from qa.retrieve import Catalog, Hit, Question
from qa.settings import Settings, get_settings

log = logging.getLogger(__name__)
MAX_QUESTION_CHARS = 2000
# A citation key (or the start of one) the model is still writing; checked only at the end.
UNCHECKED_KEY = re.compile(r"\[[^\[\]\n]*(?:\]|$)")


class Assistant:
    """Opens the index (building it from the bundled seed pages when empty) and answers questions
    with citations to specific papers."""

    def __init__(self, settings: Settings | None = None, *, build_if_empty: bool = True) -> None:
        self.settings = settings or get_settings()
        self.index = PaperIndex(self.settings)
        if build_if_empty and (self.index.count() == 0 or self.index.model_changed):
            self.index.ingest([self.settings.seeds_dir])
        self.catalog = Catalog(self.index)
        self.llm = LLMAnswerer(self.settings) if self.settings.use_llm else None
        self._lock = threading.Lock()

    @property
    def answerer(self) -> str:
        return f"llm:{self.llm.model}" if self.llm else "offline"

    def ingest(self, paths: Iterable[Path], progress: bool = False) -> IngestReport:
        with self._lock:
            report = self.index.ingest(paths, progress=progress)
            self.catalog = Catalog(self.index)
        return report

    def researchers(self) -> list[str]:
        return list(self.catalog.researchers)

    def papers(self, researcher: str | None = None, q: str | None = None) -> list[Paper]:
        papers = list(self.catalog.papers.values())
        if researcher:
            name = self.catalog.aliases.get(fold(researcher))
            papers = [p for p in papers if name in p.researchers] if name else []
        if q:
            needle = q.lower()
            papers = [p for p in papers if needle in (p.embed_text + " " + " ".join(p.authors)).lower()]
        return papers

    def retrieve(self, question: str, researcher: str | None = None,
                 top_k: int | None = None) -> tuple[Question, list[Hit]]:
        """Read the question and retrieve the papers an answer may cite."""
        question = question.strip() if isinstance(question, str) else ""
        if not question:
            raise ValueError("question: must not be empty")
        if len(question) > MAX_QUESTION_CHARS:
            raise ValueError(f"question: longer than {MAX_QUESTION_CHARS} characters")
        if top_k is not None and not 1 <= top_k <= 50:
            raise ValueError("top_k: must be between 1 and 50")
        catalog = self.catalog
        parsed = catalog.analyse(question, researcher=researcher)
        if parsed.unknown_person:
            return parsed, []
        hits = catalog.search(parsed, top_k or self.settings.top_k, self.settings.candidates,
                              self.settings.min_similarity)
        return parsed, hits

    def resolve_researcher(self, name: str) -> str | None:
        """The indexed researcher a name refers to (any spelling), or None."""
        return self.catalog.aliases.get(fold(name))

    def ask(self, question: str, researcher: str | None = None, top_k: int | None = None) -> Answer:
        parsed, hits = self.retrieve(question, researcher, top_k)
        offline = offline_answer(parsed, hits)
        if self.llm is None or not hits:
            # No relevant paper: refuse without calling the model (nothing it could cite).
            return offline
        prompt = self.llm.prompt(parsed, hits)
        try:
            text = self.llm.complete(prompt)
        except LLMError as exc:
            return fallback(offline, f"{exc}; this is the offline answer.")
        return self._checked(parsed, prompt, text, offline)

    def stream(self, question: str, researcher: str | None = None,
               top_k: int | None = None) -> Iterator[tuple[str, Answer | None]]:
        """Yield ``(text so far, None)`` while the answer is produced, then ``(final text, Answer)``.

        Citation keys are hidden from partial text: only checked [n] markers ever reach a reader.
        """
        parsed, hits = self.retrieve(question, researcher, top_k)
        offline = offline_answer(parsed, hits)
        if self.llm is None or not hits:
            words = offline.text.split(" ")
            for end in range(1, len(words), 8):
                yield " ".join(words[:end]), None
            yield offline.text, offline
            return
        prompt = self.llm.prompt(parsed, hits)
        text = ""
        try:
            for delta in self.llm.stream(prompt):
                text += delta
                yield UNCHECKED_KEY.sub("", text), None
        except LLMError as exc:
            answer = fallback(offline, f"{exc}; this is the offline answer.")
            yield answer.text, answer
            return
        answer = self._checked(parsed, prompt, text, offline)
        yield answer.text, answer

    def _checked(self, parsed: Question, prompt, text: str, offline: Answer) -> Answer:
        answer = self.llm.to_answer(parsed, prompt, text)
        if not answer.citations:
            return fallback(offline, "The language model's answer cited none of the retrieved papers; "
                                     "this is the offline answer.")
        return answer


def fallback(offline: Answer, notice: str) -> Answer:
    log.warning("%s", notice)
    offline.notice = notice
    return offline
