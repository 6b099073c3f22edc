"""The Python API other apps embed: ``Assistant().ask(question) -> Answer``.

It wires the stages and holds no logic of its own: question (``qa.question``) → search
(``qa.search``) → answer (``qa.answerers``), over the records the index holds (``qa.index``).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from qa.answerers import offline
from qa.answerers.llm import Context, LLMAnswerer, LLMError, build_context
from qa.index import IngestReport, PaperIndex, load_embedder
from qa.papers import merge_profiles
from qa.question import MAX_QUESTION_CHARS, Question, parse, resolve_one
from qa.records import Answer, Paper, Profile
from qa.search import Found, Library
from qa.settings import Settings, get_settings
from qa.text import lemmas

log = logging.getLogger(__name__)
TOP_K_RANGE = (1, 50)
# A citation key (or the start of one) the model is still writing; checked only at the end.
UNCHECKED_KEY = re.compile(r"\[[^\[\]\n]*(?:\]|$)")


class Assistant:
    """Opens the index (building it from the bundled seed pages when empty) and answers questions
    with citations to specific papers and pages."""

    def __init__(self, settings: Settings | None = None, *, build_if_empty: bool = True) -> None:
        self.settings = settings or get_settings()
        self.index = PaperIndex(self.settings)
        if build_if_empty and (self.index.count() == 0 or self.index.model_changed):
            self.index.ingest([self.settings.seeds_dir])
        self.embedder = load_embedder(self.settings.embed_model)
        # One short query gains nothing from intra-op threads, and on a busy 2-core machine a
        # descheduled worker stalls every op (measured under load: median 231 ms with 2 threads,
        # 8.7 ms with 1). Batch embedding during ingest raises it again (index.py).
        import torch

        torch.set_num_threads(1)
        self.library = self._load()
        self.llm = LLMAnswerer(self.settings) if self.settings.use_llm else None
        self._lock = threading.Lock()

    def _load(self) -> Library:
        pages = [page for _, page in self.index.stored_pages().values()]
        return Library(self.index.load_papers(), merge_profiles(pages), self._stored_vectors, self.embedder,
                       self.settings.similarity_threshold)

    def _stored_vectors(self, ids: list[str]) -> dict:
        import numpy as np

        got = self.index.papers.get(ids=ids, include=["embeddings"])
        return {pid: np.asarray(vector, dtype=np.float32) for pid, vector in zip(got["ids"], got["embeddings"])}

    @property
    def answerer(self) -> str:
        return f"llm:{self.llm.model}" if self.llm else "offline"

    # ---------------------------------------------------------------------------------------
    # Records

    def ingest(self, paths: Iterable[Path], progress: bool = False) -> IngestReport:
        with self._lock:
            report = self.index.ingest(paths, progress=progress)
            self.library = self._load()
        return report

    def researchers(self) -> list[str]:
        return sorted(self.library.profiles)

    def profile(self, name: str) -> Profile | None:
        canonical = self.resolve_researcher(name)
        return self.library.profiles.get(canonical) if canonical else None

    def papers(self, researcher: str | None = None, q: str | None = None) -> list[Paper]:
        """Papers, optionally of one researcher and holding every word of ``q`` (whole words)."""
        library = self.library
        papers = [library.papers[pid] for pid in library.order]
        if researcher:
            name = self.resolve_researcher(researcher)
            papers = [library.papers[pid] for pid in library.by_researcher.get(name, [])] if name else []
        if q:
            wanted = set(lemmas(q))
            papers = [p for p in papers if wanted <= library.paper_lemmas[library.row[p.paper_id]]
                      | set(lemmas(" ".join(p.authors)))]
        return papers

    def resolve_researcher(self, name: str) -> str | None:
        """The indexed researcher a name refers to (any spelling, typos included), or None."""
        return resolve_one(name, self.library.directory)

    # ---------------------------------------------------------------------------------------
    # Questions

    def question(self, text: str, researcher: str | None = None) -> Question:
        text = text.strip() if isinstance(text, str) else ""
        if not text:
            raise ValueError("question: must not be empty")
        if len(text) > MAX_QUESTION_CHARS:
            raise ValueError(f"question: longer than {MAX_QUESTION_CHARS} characters")
        return parse(text, self.library.directory, researcher=researcher)

    def search(self, text: str, researcher: str | None = None, top_k: int | None = None) -> tuple[Question, Found]:
        """Read the question and find the records an answer may cite."""
        if top_k is not None and not TOP_K_RANGE[0] <= top_k <= TOP_K_RANGE[1]:
            raise ValueError(f"top_k: must be between {TOP_K_RANGE[0]} and {TOP_K_RANGE[1]}")
        question = self.question(text, researcher)
        return question, self.library.search(question, top_k or self.settings.top_k)

    def context(self, text: str, researcher: str | None = None, top_k: int | None = None) -> Context:
        """The exact context the LLM path sends: ``.text`` and the citation behind each key. Apps
        that bring their own model can use it as it is."""
        question, found = self.search(text, researcher, top_k)
        template = (Path(self.settings.prompts_dir) / "source.md").read_text(encoding="utf-8")
        return build_context(question, found, template)

    def ask(self, text: str, researcher: str | None = None, top_k: int | None = None) -> Answer:
        question, found = self.search(text, researcher, top_k)
        answer = offline.answer(question, found)
        if self.llm is None or answer.refused and not answer.citations:
            # Nothing relevant found: refuse without calling the model (nothing it could cite).
            return answer
        prompt = self.llm.prompt(self.llm.context(question, found))
        try:
            text_out = self.llm.complete(prompt)
        except LLMError as exc:
            return fallback(answer, f"{exc}; this is the offline answer.")
        return self._checked(prompt, text_out, answer)

    def stream(self, text: str, researcher: str | None = None,
               top_k: int | None = None) -> Iterator[tuple[str, Answer | None]]:
        """Yield ``(text so far, None)`` while the answer is produced, then ``(final text, Answer)``.

        Citation keys are hidden from partial text: only checked [n] markers ever reach a reader.
        The offline answer is computed whole, so it comes as one piece.
        """
        question, found = self.search(text, researcher, top_k)
        answer = offline.answer(question, found)
        if self.llm is None or answer.refused and not answer.citations:
            yield answer.text, answer
            return
        prompt = self.llm.prompt(self.llm.context(question, found))
        partial = ""
        try:
            for delta in self.llm.stream(prompt):
                partial += delta
                yield UNCHECKED_KEY.sub("", partial), None
        except LLMError as exc:
            answer = fallback(answer, f"{exc}; this is the offline answer.")
            yield answer.text, answer
            return
        answer = self._checked(prompt, partial, answer)
        yield answer.text, answer

    def _checked(self, prompt, text: str, offline_answer: Answer) -> Answer:
        answer = self.llm.to_answer(prompt, text)
        if not answer.citations:
            return fallback(offline_answer, "The language model's answer cited none of the found records; "
                                            "this is the offline answer.")
        return answer


def fallback(offline_answer: Answer, notice: str) -> Answer:
    log.warning("%s", notice)
    offline_answer.notice = notice
    return offline_answer
