"""The Python API other apps embed: ``Assistant().ask(question) -> Answer``.

It wires the stages and holds no logic of its own: question (``qa.question``) → search
(``qa.search``) → answer (``qa.answerers``), over the records the index holds (``qa.index``).
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import queue
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from qa.answerers import offline
from qa.answerers.llm import Context, LLMAnswerer, LLMError, build_context
from qa.index import IngestReport, PaperIndex, Served, forget_open_clients, load_embedder, paper_node, read_served
from qa.papers import merge_profiles
from qa.question import (MAX_QUESTION_CHARS, Intent, Question, ask_pieces, asks_one_paper, cue, cues, each_ask, each_side, flatten, focus_of, side_owners, linked_ask, parse, past_its_statement, question_lang,
                         resolve_one, sentences_of, split_asks)
from qa.records import Answer, Paper, Profile
from qa.search import PROSE, Found, Library, library_format
from qa.settings import Settings, get_settings
from qa.text import fold, lemmas, to_english

log = logging.getLogger(__name__)
# The conversation so far, oldest first: (question, answer text or Answer) pairs.
History = list[tuple[str, str | Answer]]

TOP_K_RANGE = (1, 50)
# A citation key (or the start of one) the model is still writing; checked only at the end.
UNCHECKED_KEY = re.compile(r"\[[^\[\]\n]*(?:\]|$)")
VERSION_CHECK_SECONDS = 1.0  # the index version stamp is read at most this often
LLM_WORKERS = 32  # threads of the LLM executor (never the server's request pool)
QUOTE_PROBE = 60  # characters of a sentence's opening by which an answer is seen to quote it (a long one may be cut)
OTHER_PAPER_MARGIN = 0.1  # cosine by which a paper of all the pages must fit "the X paper" better than the researcher's


class Assistant:
    """Opens the index (building it from the bundled seed pages when empty) and answers questions
    with citations to specific papers and pages."""

    def __init__(self, settings: Settings | None = None, *, build_if_empty: bool = True) -> None:
        self.settings = settings or get_settings()
        self._index: PaperIndex | None = None
        self._lock = threading.Lock()
        self._reload_lock = threading.Lock()
        self._checked_at = time.monotonic()
        served = read_served(self.settings)
        if not (served and served.embed_model == self.settings.embed_model and (served.papers or not build_if_empty)):
            served = None  # the store decides: what it holds, whether it is empty, a pending model change
            if build_if_empty and (self.index.count() == 0 or self.index.model_changed):
                self.index.ingest([self.settings.seeds_dir])
        # Questions are embedded with the model of the index being served (the old one while a rebuild
        # for a changed QA_EMBED_MODEL is pending). Queries run on one thread (qa.embedder).
        self.embedder = load_embedder(served.embed_model if served else self.index.settings.embed_model)
        self._library, self.index_version = self._open_library(served)
        self.llm = LLMAnswerer(self.settings) if self.settings.use_llm else None
        self._llm_pool = ThreadPoolExecutor(max_workers=LLM_WORKERS, thread_name_prefix="qa-llm") if self.llm else None
        # Load the question-language model now: loaded lazily, the first burst of concurrent questions
        # each decompresses it at once (48 threads took over a minute on 2 cores).
        question_lang("which papers")

    @property
    def index(self) -> PaperIndex:
        """The store, opened on first use: answering from a saved library needs no Chroma."""
        if self._index is None:
            self._index = PaperIndex(self.settings)
        return self._index

    def _open_library(self, served: Served | None, index: PaperIndex | None = None) -> tuple[Library, int]:
        """The library the index serves, and its version: the saved one when there is one for this
        version, code and model; otherwise built from the store's records (``index``, or this
        assistant's) and saved for the next process."""
        served = served or (index or self.index).served()
        saved = self._saved_library(served)
        if saved.exists():
            try:
                library = Library.restore(saved, self.embedder, self.settings.similarity_threshold)
                # Every vector is in the file; a paper whose vector is not (none, normally) is read from the store.
                library.vectors_of = lambda ids: self._stored_vectors(index or self.index, library.papers, ids)
                return library, served.version
            except Exception as exc:  # a damaged or foreign file: the store still has everything
                log.warning("saved library %s unreadable (%s); loading from the index", saved, type(exc).__name__)
        index = index or self.index
        library = self._load(index)
        try:
            # Saved only when nothing was written meanwhile (so the file holds exactly that version).
            if not index.model_changed and index.served() == served:
                library.save(saved)
                for old in saved.parent.iterdir():  # earlier versions' files (not another writer's .tmp)
                    if old != saved and old.suffix != ".tmp":
                        old.unlink(missing_ok=True)
        except OSError as exc:  # a read-only data directory: opening stays as slow as before, nothing fails
            log.info("could not save the library to %s: %s", saved, exc)
        return library, served.version

    def _saved_library(self, served: Served) -> Path:
        where = hashlib.sha256((self.settings.chroma_url or "").encode()).hexdigest()[:8]
        return self.settings.data_dir / "library" / f"{served.key()}-{where}-{library_format()}.library"

    def _load(self, index: PaperIndex) -> Library:
        pages = [page for _, page in index.stored_pages().values()]
        papers = index.load_papers()
        by_id = {paper.paper_id: paper for paper in papers}
        return Library(papers, merge_profiles(pages), lambda ids: self._stored_vectors(index, by_id, ids),
                       self.embedder, index.settings.similarity_threshold)

    def _stored_vectors(self, index: PaperIndex, by_id: dict[str, Paper], ids: list[str]) -> dict:
        """Stored vectors of these papers; one another process removed or is rewriting (or a store this
        process cannot read right now) is embedded from its record instead of failing the question."""
        import numpy as np

        try:
            got = index.papers.get(ids=ids, include=["embeddings"])
            vectors = {pid: np.asarray(v, dtype=np.float32) for pid, v in zip(got["ids"], got["embeddings"])}
        except Exception as exc:
            log.warning("stored vectors unreadable (%s); embedding %d papers from their records", type(exc).__name__,
                        len(ids))
            vectors = {}
        missing = [pid for pid in ids if pid not in vectors and pid in by_id]
        if missing:
            texts = [paper_node(by_id[pid]).text for pid in missing]
            vectors.update(zip(missing, self.embedder.embed_documents(texts)))
        return vectors

    # ---------------------------------------------------------------------------------------
    # Index changes made by other processes (``qa ingest`` while ``qa serve`` runs)

    @property
    def library(self) -> Library:
        """The records served: reloaded when the index's version stamp moved (checked at most once a second)."""
        self.refresh()
        return self._library

    @library.setter
    def library(self, value: Library) -> None:
        self._library = value

    def refresh(self, force: bool = False) -> bool:
        """Reload the library if another process changed the index; True when it did. While one thread
        checks or reloads, the others keep serving the current library instead of waiting."""
        if not force and time.monotonic() - self._checked_at < VERSION_CHECK_SECONDS:
            return False
        if not self._reload_lock.acquire(blocking=False):
            return False
        try:
            self._checked_at = time.monotonic()
            try:
                served = read_served(self.settings)
                if served is None:
                    # A Chroma server, or an ingest is writing (or was killed): the store's own stamp decides.
                    if self.index.version() == self.index_version:
                        return False
                elif served.version == self.index_version:
                    return False
                forget_open_clients()
                index = PaperIndex(self.settings) if served is None else None
                if served is not None:
                    self._index = None  # the store is reopened only if it is needed (no saved library)
                model = served.embed_model if served else index.settings.embed_model
                if model != self.embedder.name:  # another process finished a rebuild
                    self.embedder = load_embedder(model)
                library, version = self._open_library(served, index)
            except Exception as exc:  # keep serving what is loaded; /health reports the problem
                log.warning("could not reload the changed index: %s: %s", type(exc).__name__, exc)
                return False
            log.info("index version %s -> %s: reloaded %d papers", self.index_version, version, len(library.papers))
            self._index, self._library, self.index_version = index, library, version
            return True
        finally:
            self._reload_lock.release()

    def health(self) -> dict:
        """What ``/health`` reports; raises when the index cannot be read."""
        self.refresh()
        stored_version, stored_papers = self.index.version(), self.index.papers.count()
        return {"status": "ok", "index_version": self.index_version, "papers": len(self._library.papers),
                "stored_index_version": stored_version, "stored_papers": stored_papers, "answerer": self.answerer}

    @property
    def answerer(self) -> str:
        return f"llm:{self.llm.model}" if self.llm else "offline"

    # ---------------------------------------------------------------------------------------
    # Records

    def ingest(self, paths: Iterable[Path], progress: bool = False) -> IngestReport:
        with self._lock:
            report = self.index.ingest(paths, progress=progress)
            with self._reload_lock:
                self._library, self.index_version = self._open_library(None)
                self._checked_at = time.monotonic()
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

    def question(self, text: str, researcher: str | None = None, history: History | None = None) -> Question:
        """The question as read. ``history`` is the conversation so far, oldest first: (question,
        answer) pairs, the answer as its text or an :class:`Answer`; "it", "her", "the other one"
        and "and in 2023?" are read against it."""
        text = text.strip() if isinstance(text, str) else ""
        if not text:
            raise ValueError("question: must not be empty")
        if len(text) > MAX_QUESTION_CHARS:
            raise ValueError(f"question: longer than {MAX_QUESTION_CHARS} characters")
        directory = self.library.directory
        focus = focus_of(turns(history), directory) if history else None
        return parse(text, directory, researcher=researcher, focus=focus)

    def search(self, text: str, researcher: str | None = None, top_k: int | None = None,
               history: History | None = None) -> tuple[Question, Found]:
        """Read the question and find the records an answer may cite. A statement before it that
        says what a page of no researcher holds ("The annual report names hydrology among Mila's
        fields. Who …?") is checked there when the question is answered: that page's sentence saying
        so comes first."""
        question, found = self.find(text, researcher, top_k, history)
        if (premise := self.premise(text, question)) is not None and not offline.answer(question, found).refused:
            found = Found.of_asks([premise, (question, found)])
        return question, found

    def premise(self, text: str, question: Question) -> tuple[Question, Found] | None:
        """The statements before a question's first ask (``text`` as typed), read on the page of no
        researcher they name by its address's words, or on the pages of the one researcher they name
        when they speak of her page or when the question was asked past them (``question`` about
        someone else: "X is at Harbour Robotics. Who heads its Oslo office?"), when those pages say
        what they state; else None."""
        stated = " ".join(itertools.takewhile(lambda s: not s.rstrip().endswith("?"), sentences_of(text))).strip()
        if not stated or stated == text.strip():
            return None
        statement = parse(stated, self.library.directory)
        statement.lang = question.lang
        asked_past = not question.researchers and flatten(question.text) != flatten(text)
        if named := self.library.page_of_no_one_named(statement):
            found = self.library.item_found(statement, *named)  # (page facts only: its citations are pages)
        elif len(statement.researchers) == 1 and (cue("own_page", flatten(stated)) or asked_past):
            found = self.library.search(statement, self.settings.top_k)
        else:
            return None
        if found is None:
            return None
        # "Her directory page calls her X.": a page's line saying so, in a page's own words only.
        reply = offline.answer(statement, found)
        return None if reply.refused or any(c.kind != "page" for c in reply.citations) else (statement, found)

    def find(self, text: str, researcher: str | None = None, top_k: int | None = None,
             history: History | None = None) -> tuple[Question, Found]:
        """The question read, and the records found for it."""
        if top_k is not None and not TOP_K_RANGE[0] <= top_k <= TOP_K_RANGE[1]:
            raise ValueError(f"top_k: must be between {TOP_K_RANGE[0]} and {TOP_K_RANGE[1]}")
        question = self.question(text, researcher, history)
        library, top_k = self.library, top_k or self.settings.top_k
        if researcher is None and (alone := past_its_statement(question, library.directory)) is not None:
            question = alone  # ("X was at the Harbour Lab. Who led that lab?": the pages are asked who)
        if question.asks_person and cue("common", flatten(question.text)) and (items := library.items_described(question)) \
                and (shared := library.people_in_every_item(question, items)) is not None:
            return question, shared  # "which person do the grant item and the report item both name, and as what?"
        if question.asks_linked:
            # Two hops: the whole question finds the records that name the other person; its last
            # ask is then put to that person's profile.
            first_ask, first = question, library.search(question, top_k)
            linked = library.linked_researchers(question, first)
            pieces = ask_pieces(question.text)
            if not linked and len(pieces) >= 2:
                # The whole question may ask what the second ask does ("who supervised X's PhD, and
                # what paper is on that supervisor's page?" reads as a papers question): the first
                # ask alone then finds whom the second is about.
                ask = self.question(pieces[0], researcher)
                ask.lang = question.lang
                found_first = library.search(ask, top_k)
                # (Whom it finds, it finds in what it answers: also when the whole question finds
                # nothing to read the people from.)
                if (linked := library.linked_researchers(ask, found_first)) or not (first.facts or first.hits):
                    first_ask, first = ask, found_first
            if linked:
                asks = [linked_ask(question, linked, library.directory)]
            else:
                # Whom the first ask finds has no page here: the last ask is put to the pages writing
                # their name; of several ("with A and B; which of them …?"), to the first whose pages answer it.
                asks = [linked_ask(question, [], library.directory, person=person)
                        for person in library.people_named(question, answering(first_ask, first))]
            searched = [(ask, library.search(ask, top_k)) for ask in asks if ask is not None]
            if len(searched) > 1:
                searched = [pair for pair in searched if not offline.answer(*pair).refused][:1]
            if searched:
                return question, Found.of_asks([(first_ask, first), *searched])
            question = self.question(text, researcher, history)
        if items := library.items_described(question):
            # "The grant news or the report news: which came first?": each item is read on its own,
            # by what the question asks (its words less those naming the items).
            naming = set().union(*(said for _, _, said in items))
            # (A name no page profiles that says which item is meant, "the announcement with Kelpwerk
            # Bergen", is no one asked about.)
            stranger = None if set(fold(question.unknown_person or "").split()) <= naming else question.unknown_person
            ask = replace(question, researchers=[], alternatives=[], conjuncts=[], parts=[], unknown_person=stranger,
                          topic=" ".join(w for w in question.topic.split() if w not in naming),
                          terms=[t for t in question.terms if fold(t) not in naming])
            parts = []
            for page, url, _ in items:
                side = replace(ask)  # (answered, it is read as a page question)
                if (item_found := library.item_found(side, page, url)) is not None:
                    parts.append((side, item_found))
            if len(parts) == len(items):
                return question, Found.of_asks(parts)
        if library.item_named(question):
            # "The news item 'X' talks about ICML: where was it held, and which edition?": every ask
            # is of the item named, whose sentences answer them together.
            return question, library.search(question, top_k)
        asks = split_asks(question, library.directory, researcher)
        if asks:
            return question, Found.of_asks([self.search_ask(ask, top_k) for ask in asks])
        sides = each_side(question)  # (read before the search, which settles what the question asks)
        found = library.search(question, top_k)
        for asks in (each_ask(question, library.directory, researcher), sides):
            if asks:
                parts = [self.search_ask(ask, top_k) for ask in asks]
                # (Sides that are two researchers' papers answer whenever each is found: the whole
                # question reads both sides' words on both researchers' pages.)
                if answers_more(question, found, parts, owned=asks is sides and bool(side_owners(question))):
                    return question, Found.of_asks(parts)
                if asks is not sides and (unanswered := kind_unanswered(question, found, parts)) is not None:
                    return unanswered
        return question, found

    def search_ask(self, ask: Question, top_k: int) -> tuple[Question, Found]:
        """One ask of several, searched. An ask about the researcher the rest of the question names
        that refers to no one is asked of all the pages when her pages do not answer it ("X visits
        from where? And who founded the institute?"), or when it names one paper by its subject and
        a paper of all the pages fits that subject clearly better than hers ("what does X's paper
        smooth, and which data does the kelp mapping study use?"). An ask naming her whose words name
        a page of no researcher by its address is read there when her pages do not answer it."""
        found = self.library.search(ask, top_k)
        flat = flatten(ask.text)  # ("… and in what city?" goes on with the ask before it)
        if not ask.lent and ask.researchers and not ask.papers and (named := self.library.page_of_no_one_named(ask)) \
                and offline.answer(ask, found).refused:
            # "Should X host me: how many hosts does the visitors' form let me list?": her pages do
            # not say; the page of no one the ask names by its address does, read without the clause
            # naming her, which only says why it is asked.
            surnames = {fold(name).split()[-1] for name in ask.researchers}
            kept = [clause for clause in re.split(r"(?<=[,:;])", ask.text) if not surnames & set(fold(clause).split())]
            alone = parse("".join(kept).strip(" ,:;"), self.library.directory) if kept else None
            if alone is not None and not alone.researchers:
                alone.lang = ask.lang
                found_alone = self.library.search(alone, top_k)
                reply = offline.answer(alone, found_alone)
                if not reply.refused and any(c.url == named[1] for c in reply.citations):
                    return alone, found_alone
        # (A pronoun may be the person the ask names itself, whom no page profiles: « où Ian Doe a-t-il
        # fait son bac ? » is asked of the pages naming him when hers do not answer.)
        points_back = any(cue(name, flat) for name in ("refers_person", "refers_paper", "refers_either"))
        if not ask.lent or not ask.researchers or ask.papers or cue("elliptic", flat) or points_back and not ask.unknown_written:
            return ask, found
        refused = offline.answer(ask, found).refused
        if not refused and not (asks_one_paper(ask.text) and found.hits):
            return ask, found
        alone = parse(ask.text, self.library.directory)
        alone.lang = ask.lang
        if alone.researchers or alone.papers or alone.candidates:
            return ask, found
        found_alone = self.library.search(alone, top_k)
        if offline.answer(alone, found_alone).refused:
            return ask, found
        if refused:
            return alone, found_alone
        hers = max(h.similarity for h in found.hits)
        best = max(found_alone.hits, key=lambda h: h.similarity, default=None)
        fits_better = best is not None and best.similarity >= hers + OTHER_PAPER_MARGIN \
            and all(h.paper.paper_id != best.paper.paper_id for h in found.hits)
        return (alone, found_alone) if fits_better else (ask, found)

    def context(self, text: str, researcher: str | None = None, top_k: int | None = None,
                history: History | None = None) -> Context:
        """The exact context the LLM path sends: ``.text`` and the citation behind each key. Apps
        that bring their own model can use it as it is."""
        question, found = self.search(text, researcher, top_k, history)
        template = (Path(self.settings.prompts_dir) / "source.md").read_text(encoding="utf-8")
        return build_context(question, found, template)

    def ask(self, text: str, researcher: str | None = None, top_k: int | None = None,
            history: History | None = None) -> Answer:
        question, found = self.search(text, researcher, top_k, history)
        answer = offline.answer(question, found)
        if self.llm is None or answer.refused and not answer.citations:
            # Nothing relevant found: refuse without calling the model (nothing it could cite).
            return answer
        prompt = self.llm.prompt(self.llm.context(question, found))
        deadline = time.monotonic() + self.settings.llm_deadline
        future = self._llm_pool.submit(self.llm.complete, prompt, deadline)
        try:
            text_out = future.result(timeout=max(0.0, deadline - time.monotonic()))
        except FutureTimeout:
            future.cancel()
            return fallback(answer, self._late())
        except LLMError as exc:
            return fallback(answer, f"{exc}; this is the offline answer.")
        return self._checked(prompt, text_out, answer)

    def _late(self) -> str:
        return (f"the language model at {self.llm.endpoint} gave no answer within {self.settings.llm_deadline:g} s "
                "(QA_LLM_DEADLINE); this is the offline answer.")

    def _deltas(self, prompt, deadline: float) -> Iterator[str]:
        """The model's deltas, produced on the LLM executor; raises LLMError past the deadline."""
        deltas: queue.Queue = queue.Queue()
        stop = threading.Event()

        def produce() -> None:
            try:
                for delta in self.llm.stream(prompt, deadline):
                    if stop.is_set():
                        return
                    deltas.put(("delta", delta))
                deltas.put(("done", None))
            except LLMError as exc:
                deltas.put(("error", exc))
            except Exception as exc:  # reported to the reader as an LLM failure, never a 500
                deltas.put(("error", LLMError(f"the language model at {self.llm.endpoint} failed "
                                              f"({type(exc).__name__})")))

        self._llm_pool.submit(produce)
        try:
            while True:
                try:
                    kind, value = deltas.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    raise LLMError(self._late().removesuffix("; this is the offline answer.")) from None
                if kind == "done":
                    return
                if kind == "error":
                    raise value
                yield value
        finally:
            stop.set()

    def stream(self, text: str, researcher: str | None = None, top_k: int | None = None,
               history: History | None = None) -> Iterator[tuple[str, Answer | None]]:
        """Yield ``(text so far, None)`` while the answer is produced, then ``(final text, Answer)``.

        Citation keys are hidden from partial text: only checked [n] markers ever reach a reader.
        The offline answer is computed whole, so it comes as one piece.
        """
        question, found = self.search(text, researcher, top_k, history)
        answer = offline.answer(question, found)
        if self.llm is None or answer.refused and not answer.citations:
            yield answer.text, answer
            return
        prompt = self.llm.prompt(self.llm.context(question, found))
        partial = ""
        try:
            for delta in self._deltas(prompt, time.monotonic() + self.settings.llm_deadline):
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


def turns(history: History) -> list[tuple[str, str | list[str]]]:
    """History as the question model reads it; a malformed turn is a ValueError naming it."""
    read = []
    for i, turn in enumerate(history):
        if not (isinstance(turn, (tuple, list)) and len(turn) == 2 and isinstance(turn[0], str)
                and isinstance(turn[1], (str, Answer))):
            raise ValueError(f"history[{i}]: must be a (question, answer) pair of texts")
        asked, answered = turn
        if isinstance(answered, Answer):
            answered = [c.paper_id for c in answered.citations if c.paper_id]
        read.append((asked[:MAX_QUESTION_CHARS], answered))
    return read


def fallback(offline_answer: Answer, notice: str) -> Answer:
    log.warning("%s", notice)
    offline_answer.notice = notice
    return offline_answer


def answering(question: Question, found: Found) -> Found:
    """What was found, less the page sentences its answer does not quote: whom a first hop's answer
    names ("… en 2015 sous la supervision du professeur Yoshua Bengio" quoted after a sentence on
    something else) is whom a later ask is about."""
    reply = offline.answer(question, found)
    quoted = [f for f in found.facts if f.field not in PROSE or offline.as_quoted(f.value.value[:QUOTE_PROBE], reply.lang) in reply.text]
    return replace(found, facts=quoted) if quoted else found


def answers_more(question: Question, found: Found, parts: list[tuple[Question, Found]], owned: bool = False) -> bool:
    """Whether a question's asks, each answered on its own, say more than the whole question answered
    at once ("how much did the fund grant, and who opened the forum?": two pages, where the whole
    question's words find one). Every ask must name what it asks (a site page it reads names it) and be answered; then the asks win
    when the whole answer is a refusal, cites none of one ask's records (it left that ask out), or
    lacks a record of each ask."""
    if not all(ask.topic or ask.on_site or ask.researchers and (ask.attribute or ask.counted or lists_all(ask)
                                                                or ask.period.latest or ask.period.earliest) for ask, _ in parts):
        # "… and who was it opened by?" asks of what the ask before found ("… and his title?" of the
        # researcher the question names asks his page's field, "how many papers …?" a count of them,
        # "give me every paper …" the list of them, "… and her first paper?" the first of them)
        return False
    each = [offline.answer(ask, ask_found) for ask, ask_found in parts]
    if any(reply.refused or not reply.citations for reply in each):
        return False
    if owned:
        return True
    whole = offline.answer(question, found)
    cited = {c.key for c in whole.citations}
    new = [[c.key not in cited for c in reply.citations] for reply in each]
    # (An ask for every paper is answered by all of them: the whole answer leaving one out left it out.)
    listed = any(any(n) for (ask, _), n in zip(parts, new) if lists_all(ask))
    if whole.refused or listed or any(all(n) for n in new) or all(any(n) for n in new):
        return True
    # Asks answered from one page cite what the whole answer cites: they say more, as above, by the
    # sentences they quote, and the values they list (his posts beside his PhD), that the whole
    # answer leaves out ("who is he, which post, which honours?" of one item).
    if any(any(n) for n in new):
        return False  # (an ask citing another record is weighed by its citations, above)
    said = [[(offline.as_quoted(f.value.value[:QUOTE_PROBE], whole.lang) if f.field in PROSE else f.value.value) not in whole.text
             for f in part.facts] for _, part in parts]
    return all(said) and (any(all(n) for n in said) or all(any(n) for n in said))


def kind_unanswered(question: Question, found: Found, parts: list[tuple[Question, Found]]) -> tuple[Question, Found] | None:
    """An ask of someone's pages for nothing but a kind of thing known by its name ("…, and which
    city?", see the cue ``named_kind_asked``) that no page value gives, beside other asks of those
    pages answered together: the whole answer would show what the other asks find and leave that
    one out, so the pages do not say what is asked. The ask and what it found (its refusal says
    what is missing); None when every such ask is answered. ("…, and which city hosts the
    ceremony?" asks of a thing of its own, which the whole answer may find.)"""
    if question.intent != Intent.PROFILE or not all(ask.researchers for ask, _ in parts):
        return None
    # (The asks' words are read first: answering is the costly part, and most questions ask no lone kind.)
    lone = [(ask, ask_found) for ask, ask_found in parts if asks_lone_kind(ask)]
    if not lone or offline.answer(question, found).refused:
        return None
    return next(((ask, ask_found) for ask, ask_found in lone if offline.answer(ask, ask_found).refused), None)


def asks_lone_kind(ask: Question) -> bool:
    """Whether an ask is for nothing but a kind of thing known by its name ("which city?")."""
    kind = cues()["named_kind_asked"].search(flatten(ask.text))
    return kind is not None and set(ask.topic.split()) <= {w for word in kind.group(0).split()[1:] for w in lemmas(to_english(word))}


def lists_all(ask: Question) -> bool:
    """Whether an ask is for every paper ("give me every publication …"), as its words say: a list
    is also what an ask naming nothing falls back to ("and what was her job there?"), and "compare
    what they list" asks for no papers."""
    return ask.intent == Intent.LIST and ask.asks_papers and cue("list", flatten(ask.text))
