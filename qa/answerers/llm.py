"""Found records → the LLM's context → an answer through an OpenAI-compatible chat API (OpenAI, vLLM,
Ollama, llama.cpp …).

The context is what the offline answerer knows: the researchers' page facts and the found papers
with their evidence sentences, each under an opaque key. The model's citations are never trusted:
every key is checked against the context after generation, unknown keys are removed, valid ones
become [n] markers, and an answer left with no valid citation is replaced by the offline answer.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from qa.answerers.offline import Writer, dates_text, page_identity, programme_counts, venue_label
from qa.question import Intent, Question
from qa.records import Answer, Citation, Profile
from qa.search import Found

log = logging.getLogger(__name__)
MARKER = re.compile(r"\[([^\[\]\n]{1,80})\]")
LANGUAGES = {"en": "English", "fr": "French"}
PAGE_INTENTS = {Intent.PROFILE, Intent.WHO, Intent.COMPARE, Intent.MENTIONS}


class LLMError(Exception):
    """The LLM endpoint failed; the message is safe to show (it never contains a secret)."""


@dataclass
class Context:
    """The exact context an LLM is given: ``text`` (the sources block) and, per key, the citation
    each source becomes when the model cites it."""

    question: Question
    text: str
    keys: dict[str, Citation] = field(default_factory=dict)

    @property
    def citations(self) -> list[Citation]:
        return list(self.keys.values())


def source_key(kind: str, key: str) -> str:
    return ("P" if kind == "paper" else "W") + hashlib.sha1(key.encode()).hexdigest()[:6].upper()


def untrusted(text: str) -> str:
    return text.replace("</source>", "</ source>")


def profile_body(profile: Profile, page: str) -> list[str]:
    """What one page (all its listing tabs) says of its researcher."""
    lines = [f"researcher: {profile.researcher}", f"page: {page}"]
    for label, values in (("role", profile.roles), ("affiliation", profile.affiliations),
                          ("research topics", profile.topics), ("supervisors", profile.supervisors),
                          ("students", profile.students), ("biography", profile.biography),
                          ("news", profile.news)):
        own = [v.value for v in values if any(page_identity(s) == page for s in v.sources)]
        if own:
            lines.append(f"{label}: " + " ".join(own) if label in {"biography", "news"} else f"{label} ({len(own)}): " + "; ".join(own))
    # The student list's programme lines, counted as the offline answer counts them ("2 PhD (1
    # Université Laval, 1 McGill University)"): a count asked is in the context, not left to the model.
    programmes = [line for v in profile.student_programmes if any(page_identity(s) == page for s in v.sources)
                  for line in v.value.splitlines()]
    if programmes:
        lines.append(f"students by programme ({len(programmes)}): " + "; ".join(programme_counts(programmes)))
    return lines


def build_context(question: Question, found: Found, template: str) -> Context:
    """Page sources (one per page of each researcher asked about) then paper sources, best first."""
    writer = Writer(question)
    keys: dict[str, Citation] = {}
    blocks: list[str] = []
    # Page sources first where the answer is on the pages (profile questions, comparisons); after
    # the papers otherwise, since a question about someone's papers may still need their page.
    on_pages = bool(found.facts) or question.intent in PAGE_INTENTS or question.counted in {"topics", "roles", "affiliations"}
    # (A which-of question's named researchers whose pages do not hold it are read too: their pages
    # say what they hold instead.)
    profiles = found.profiles + [p for p in found.checked if p not in found.profiles]
    if on_pages:
        add_pages(profiles, writer, keys, blocks, template)
    add_papers(found.hits + found.near, writer, keys, blocks, template)
    if not on_pages:
        add_pages(profiles, writer, keys, blocks, template)
    return Context(question, "\n".join(blocks), keys)


def add_pages(profiles: list[Profile], writer: Writer, keys: dict, blocks: list[str], template: str) -> None:
    for profile in profiles:
        for source in profile.pages:
            page = page_identity(source)
            key = source_key("page", page)
            if key in keys:
                continue
            marker = writer.cite_page(source, profile.researcher, [])
            keys[key] = writer.citations[int(marker[1:-1]) - 1]
            body = "\n".join(profile_body(profile, page))
            blocks.append(template.format(key=key, kind="page", body=untrusted(body)))


def add_papers(hits: list, writer: Writer, keys: dict, blocks: list[str], template: str) -> None:
    for hit in hits:
        paper = hit.paper
        key = source_key("paper", paper.paper_id)
        if key in keys:
            continue
        marker = writer.cite_paper(hit)
        keys[key] = writer.citations[int(marker[1:-1]) - 1]
        body = [f"title: {paper.title or '(untitled on the page)'}",
                # (counted, as the offline answer counts them: a count asked is not left to the model)
                f"co-authors ({len(paper.authors)}): {', '.join(paper.authors)}" if paper.authors else "co-authors: (not listed)",
                f"venue: {venue_label(paper) + (f' ({paper.status})' if paper.status else '') if paper.venues else '(not given)'}",
                f"dates: {dates_text(paper, writer) if paper.dates else '(not given)'}",
                f"researchers whose pages list it: {', '.join(paper.researchers)}",
                f"pages: {' '.join(paper.urls)}"]
        if hit.evidence:
            body.append("most relevant sentences: " + " ".join(hit.evidence))
        body.append(f"abstract: {paper.abstract or '(no abstract on the page)'}")
        blocks.append(template.format(key=key, kind="paper", body=untrusted("\n".join(body))))


@dataclass
class Prompt:
    messages: list[dict]
    context: Context


class LLMAnswerer:
    def __init__(self, settings) -> None:
        import openai

        self._errors = openai.OpenAIError
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "unused"
        self.client = openai.OpenAI(api_key=key, base_url=settings.openai_base_url,
                                    timeout=settings.llm_timeout, max_retries=settings.llm_retries)
        self.model = settings.llm_model
        self.timeout = settings.llm_timeout
        self.templates = {name: (Path(settings.prompts_dir) / f"{name}.md").read_text(encoding="utf-8")
                          for name in ("system", "answer", "source")}

    @property
    def endpoint(self) -> str:
        # Host only: a base URL may carry credentials (user:password@host).
        return urlparse(str(self.client.base_url)).hostname or "?"

    def context(self, question: Question, found: Found) -> Context:
        return build_context(question, found, self.templates["source"])

    def prompt(self, context: Context) -> Prompt:
        language = LANGUAGES.get(context.question.lang, "English")
        system = self.templates["system"].format(example_key=next(iter(context.keys), "P000000"), language=language)
        user = self.templates["answer"].format(question=context.question.as_typed, sources=context.text, language=language)
        return Prompt([{"role": "system", "content": system}, {"role": "user", "content": user}], context)

    def _client(self, deadline: float | None):
        """The client, its per-request timeout cut to what is left of the answer's deadline (so a hung
        endpoint frees the calling thread soon after the answer gave up on it)."""
        if deadline is None:
            return self.client
        left = deadline - time.monotonic()
        if left <= 0:
            raise LLMError(f"the language model at {self.endpoint} ran out of time (QA_LLM_DEADLINE)")
        return self.client.with_options(timeout=min(self.timeout, left))

    def complete(self, prompt: Prompt, deadline: float | None = None) -> str:
        client = self._client(deadline)
        try:
            reply = client.chat.completions.create(model=self.model, messages=prompt.messages, temperature=0)
            content = reply.choices[0].message.content
        except (self._errors, ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
            raise LLMError(f"the language model at {self.endpoint} failed ({type(exc).__name__})") from None
        if not content:
            raise LLMError(f"the language model at {self.endpoint} returned an empty answer")
        return content

    def stream(self, prompt: Prompt, deadline: float | None = None) -> Iterator[str]:
        """Raw text deltas as the model produces them (citation keys not yet checked)."""
        finished = False
        client = self._client(deadline)
        try:
            chunks = client.chat.completions.create(model=self.model, messages=prompt.messages,
                                                         temperature=0, stream=True)
            for chunk in chunks:
                if not chunk.choices:
                    continue
                finished = finished or chunk.choices[0].finish_reason is not None
                if chunk.choices[0].delta and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content
        except (self._errors, ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
            raise LLMError(f"the language model at {self.endpoint} failed mid-answer ({type(exc).__name__})") from None
        if not finished:
            # A connection cut halfway can end the stream quietly: half an answer is not an answer.
            raise LLMError(f"the language model at {self.endpoint} stopped mid-answer")

    def to_answer(self, prompt: Prompt, text: str) -> Answer:
        question = prompt.context.question
        text, citations = check_citations(text, prompt.context.keys)
        return Answer(question.as_typed, text, citations, refused=not citations, answerer=f"llm:{self.model}",
                      lang=question.lang, intent=str(question.intent), researchers=list(question.researchers))


def check_citations(text: str, keys: dict[str, Citation]) -> tuple[str, list[Citation]]:
    """Replace valid keys by [n] in order of first use; drop every marker naming no context source."""
    numbers: dict[str, int] = {}
    citations: list[Citation] = []

    def renumber(match: re.Match) -> str:
        cited = []
        for token in re.split(r"[,;]\s*|\s+", match.group(2).strip()):
            key = token.strip().strip("[]").upper()
            if key in keys:
                if key not in numbers:
                    numbers[key] = len(numbers) + 1
                    original = keys[key]
                    citations.append(Citation(**{**original.__dict__, "n": numbers[key]}))
                cited.append(numbers[key])
            elif key:
                log.info("dropped a citation to an unknown source key %r", key[:20])
        # A dropped marker takes the spaces before it along, so no double space is left behind.
        return match.group(1) + "".join(f"[{n}]" for n in dict.fromkeys(cited)) if cited else ""

    checked = re.sub(r"([ \t]*)" + MARKER.pattern, renumber, text)
    return re.sub(r"[ \t]+([.,;:])", r"\1", checked).strip(), citations
