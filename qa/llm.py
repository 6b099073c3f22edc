"""Retrieval → answer through an OpenAI-compatible chat API (OpenAI, vLLM, Ollama, llama.cpp ...).

The model sees each retrieved paper under an opaque key and is asked to cite keys. Its citations
are never trusted: after generation every key is checked against the retrieved papers, unknown
keys are removed, valid ones become [n] markers, and an answer left with no valid citation is
replaced by the offline answer with a visible notice.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlparse

import openai

from qa.answer import Answer, Citation, best_sentence, dates_text, venue_label
from qa.retrieve import Hit, Question
from qa.settings import Settings

log = logging.getLogger(__name__)
MARKER = re.compile(r"\[([^\[\]\n]{1,80})\]")
LANGUAGES = {"en": "English", "fr": "French"}


class LLMError(Exception):
    """The LLM endpoint failed; the message is safe to show (it never contains a secret)."""


@dataclass
class Prompt:
    messages: list[dict]
    keys: dict[str, Hit]


def citation_key(paper_id: str) -> str:
    return "S" + hashlib.sha1(paper_id.encode()).hexdigest()[:6].upper()


class LLMAnswerer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "unused"
        self.client = openai.OpenAI(api_key=key, base_url=settings.openai_base_url,
                                    timeout=settings.llm_timeout, max_retries=settings.llm_retries)
        self.model = settings.llm_model
        self.templates = {name: (settings.prompts_dir / f"{name}.md").read_text(encoding="utf-8")
                          for name in ("system", "answer", "source")}

    @property
    def endpoint(self) -> str:
        # Host only: a base URL may carry credentials (user:password@host).
        return urlparse(str(self.client.base_url)).hostname or "?"

    def prompt(self, question: Question, hits: list[Hit]) -> Prompt:
        keys = {citation_key(h.paper.paper_id): h for h in hits}
        sources = "\n".join(
            self.templates["source"].format(
                key=key, title=h.paper.title or "(untitled on the page)",
                authors=", ".join(h.paper.authors) or "(not listed)",
                venue=venue_label(h.paper) if h.paper.venues else "(not given)",
                dates=dates_text(h.paper, "en") if h.paper.dates else "(not given)",
                researchers=", ".join(h.paper.researchers),
                urls=" ".join(dict.fromkeys(s.url for s in h.paper.sources if s.url)),
                abstract=(h.paper.abstract or "(no abstract on the page)").replace("</source>", "</ source>"),
            )
            for key, h in keys.items()
        )
        language = LANGUAGES.get(question.lang, "English")
        system = self.templates["system"].format(example_key=next(iter(keys), "S000000"), language=language)
        user = self.templates["answer"].format(question=question.text, sources=sources, language=language)
        return Prompt([{"role": "system", "content": system}, {"role": "user", "content": user}], keys)

    def complete(self, prompt: Prompt) -> str:
        try:
            reply = self.client.chat.completions.create(model=self.model, messages=prompt.messages, temperature=0)
            content = reply.choices[0].message.content
        except (openai.OpenAIError, ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
            raise LLMError(f"the language model at {self.endpoint} failed ({type(exc).__name__})") from None
        if not content:
            raise LLMError(f"the language model at {self.endpoint} returned an empty answer")
        return content

    def stream(self, prompt: Prompt) -> Iterator[str]:
        """Raw text deltas as the model produces them (citation keys not yet checked)."""
        finished = False
        try:
            chunks = self.client.chat.completions.create(model=self.model, messages=prompt.messages,
                                                         temperature=0, stream=True)
            for chunk in chunks:
                if not chunk.choices:
                    continue
                finished = finished or chunk.choices[0].finish_reason is not None
                if chunk.choices[0].delta and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content
        except (openai.OpenAIError, ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
            raise LLMError(f"the language model at {self.endpoint} failed mid-answer ({type(exc).__name__})") from None
        if not finished:
            # A connection cut halfway can end the stream quietly: half an answer is not an answer.
            raise LLMError(f"the language model at {self.endpoint} stopped mid-answer")

    def to_answer(self, question: Question, prompt: Prompt, text: str) -> Answer:
        text, citations = check_citations(text, prompt.keys, question.topic)
        return Answer(question.text, text, citations, refused=not citations, answerer=f"llm:{self.model}",
                      lang=question.lang, researchers=list(question.researchers))


def check_citations(text: str, keys: dict[str, Hit], topic: str) -> tuple[str, list[Citation]]:
    """Replace valid keys by [n] in order of first use; drop every marker naming no retrieved paper."""
    numbers: dict[str, int] = {}
    citations: list[Citation] = []

    def renumber(match: re.Match) -> str:
        cited = []
        for token in re.split(r"[,;]\s*|\s+", match.group(2).strip()):
            key = token.strip().strip("[]").upper()
            if key in keys:
                if key not in numbers:
                    numbers[key] = len(numbers) + 1
                    hit = keys[key]
                    citations.append(Citation.from_paper(numbers[key], hit.paper, best_sentence(hit.paper, topic)))
                cited.append(numbers[key])
            elif key:
                log.info("dropped a citation to an unknown source key %r", key[:20])
        # A dropped marker takes the spaces before it along, so no double space is left behind.
        return match.group(1) + "".join(f"[{n}]" for n in dict.fromkeys(cited)) if cited else ""

    checked = re.sub(r"([ \t]*)" + MARKER.pattern, renumber, text)
    return re.sub(r"[ \t]+([.,;:])", r"\1", checked).strip(), citations
