"""Retrieval → answer: the typed answer records and the offline, extractive answerer.

Every claim the offline answerer writes is read from a retrieved paper record and is followed by
that paper's citation marker [n]; when nothing relevant was retrieved it says so, citing nothing.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from urllib.parse import urlparse

import Stemmer

from qa.papers import Paper, venue_acronym, words
from qa.retrieve import Hit, Question

_stemmer = Stemmer.Stemmer("english")
ECHO_TOPIC_WORDS = 5  # a refusal quotes the searched topic back only when it is this short
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“])")

PHRASES = {
    "en": {
        "unknown_person": "The pages don't list a researcher named {name}, so they can't say what {name} published.",
        "nothing": "The pages don't contain anything on “{topic}”{scope}.",
        "nothing_bare": "The pages don't contain an answer to this question{scope}.",
        "scope": " for {names}",
        "topic_head": "{who} list {n} paper(s) on “{topic}”:",
        "list_head": "{who} list {n} paper(s):",
        "both_head": "{n} paper(s) appear on the pages of both {names}:",
        "only_head": "{n} paper(s) appear on {first}'s pages and not on {others}'s:",
        "coauthor_head": "{n} paper(s) on the pages list {name} as a co-author:",
        "pages_of": "{names}'s pages",
        "the_pages": "The pages",
        "coauthors": "co-authors on the page: {authors}",
        "no_coauthors": "the pages list no co-authors for it",
        "venue": "appeared in {venue}{status}",
        "no_venue": "the pages give no venue for it",
        "date": "is dated {dates}",
        "no_date": "the pages give no date for it",
        "date_conflict": "{value} on {where}",
        "listed_on": "listed on the pages of {names}",
        "none_answer": "The pages don't give {what} for {label}.",
        "no_quantity": "The pages don't give a figure for “{what}” in {label}.",
        "what_date": "a date", "what_venue": "a venue", "what_coauthors": "co-authors",
        "and": "and", "or": "or",
    },
    "fr": {
        "unknown_person": "Les pages ne mentionnent aucun chercheur nommé {name} ; elles ne disent donc pas ce que {name} a publié.",
        "nothing": "Les pages ne contiennent rien sur « {topic} »{scope}.",
        "nothing_bare": "Les pages ne contiennent pas de réponse à cette question{scope}.",
        "scope": " pour {names}",
        "topic_head": "{who} listent {n} article(s) sur « {topic} » :",
        "list_head": "{who} listent {n} article(s) :",
        "both_head": "{n} article(s) figurent sur les pages de {names} :",
        "only_head": "{n} article(s) figurent sur les pages de {first} et pas sur celles de {others} :",
        "coauthor_head": "{n} article(s) des pages ont {name} pour co-auteur :",
        "pages_of": "Les pages de {names}",
        "the_pages": "Les pages",
        "coauthors": "co-auteurs sur la page : {authors}",
        "no_coauthors": "les pages ne listent pas de co-auteurs",
        "venue": "publié dans {venue}{status}",
        "no_venue": "les pages ne donnent pas de lieu de publication",
        "date": "daté du {dates}",
        "no_date": "les pages ne donnent pas de date",
        "date_conflict": "{value} sur {where}",
        "listed_on": "listé sur les pages de {names}",
        "none_answer": "Les pages ne donnent pas {what} pour {label}.",
        "no_quantity": "Les pages ne donnent pas de chiffre pour « {what} » dans {label}.",
        "what_date": "de date", "what_venue": "de lieu de publication", "what_coauthors": "de co-auteurs",
        "and": "et", "or": "ou",
    },
}


@dataclass
class Citation:
    n: int
    paper_id: str
    title: str | None
    label: str
    authors: list[str]
    dates: list[str]
    venues: list[str]
    researchers: list[str]
    urls: list[str]
    abstract: str | None
    snippet: str | None
    sources: list[dict] = field(default_factory=list)

    @classmethod
    def from_paper(cls, n: int, paper: Paper, snippet: str | None) -> Citation:
        return cls(
            n=n, paper_id=paper.paper_id, title=paper.title, label=paper.label, authors=paper.authors,
            dates=[d.value for d in paper.dates], venues=[venue_label(paper)] if paper.venues else [],
            researchers=paper.researchers, urls=list(dict.fromkeys(s.url for s in paper.sources if s.url)),
            abstract=paper.abstract, snippet=snippet,
            sources=[{"file": s.file, "url": s.url, "line": s.line, "researcher": s.researcher} for s in paper.sources],
        )


@dataclass
class Answer:
    question: str
    text: str
    citations: list[Citation]
    refused: bool
    answerer: str = "offline"
    lang: str = "en"
    notice: str | None = None
    researchers: list[str] = field(default_factory=list)  # whose papers the answer was restricted to

    def to_dict(self) -> dict:
        return asdict(self)

    def references(self) -> str:
        """A readable references list for the citations, one line each."""
        lines = []
        for c in self.citations:
            parts = [f"[{c.n}] {c.title or c.label}"]
            if c.authors:
                parts.append("co-authors: " + ", ".join(c.authors))
            if c.venues:
                parts.append(c.venues[0])
            if c.dates:
                parts.append("date: " + " / ".join(c.dates))
            parts.append("researcher: " + ", ".join(c.researchers))
            parts.append(" ".join(c.urls))
            lines.append(" — ".join(parts))
        return "\n".join(lines)


def venue_short(paper: Paper) -> str | None:
    """'Proceedings of the 42nd International Conference on Machine Learning' → 'ICML 2025'."""
    if not paper.venues:
        return None
    acronym = venue_acronym(paper.venues[0].value)
    years = {d.value[:4] for d in paper.dates}
    if acronym is None:
        return None
    return f"{acronym} {years.pop()}" if len(years) == 1 else acronym


def venue_label(paper: Paper) -> str:
    venue = paper.venues[0].value
    short = venue_short(paper)
    return f"{short} ({venue})" if short else venue


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def best_sentence(paper: Paper, topic: str, quantity: str | None = None) -> str | None:
    """The abstract sentence sharing most (stemmed) words with the topic; the first one if none do.
    For a "how many" question, sentences giving a number next to what is counted come first."""
    if not paper.abstract:
        return None
    candidates = sentences(paper.abstract)
    wanted = set(_stemmer.stemWords(words(topic)))
    counted = set(_stemmer.stemWords(words(quantity or "")))
    if not wanted:
        return candidates[0]

    def score(i: int, sentence: str) -> tuple:
        stems = set(_stemmer.stemWords(words(sentence)))
        gives_figure = bool(counted) and counted <= stems and bool(re.search(r"\d", sentence))
        return gives_figure, len(wanted & stems), -i

    return max(enumerate(candidates), key=lambda pair: score(*pair))[1]


def join_names(names: list[str], lang: str, conjunction: str = "and") -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {PHRASES[lang][conjunction]} " + names[-1]


def page_name(source) -> str:
    """A short, readable name for a page: its URL's last path segment, else its file name."""
    if not source.url:
        return source.file or "?"
    url = urlparse(source.url)
    return url.path.rstrip("/").rsplit("/", 1)[-1] + (f"?{url.query}" if url.query else "")


def dates_text(paper: Paper, lang: str) -> str:
    if len(paper.dates) == 1:
        return paper.dates[0].value
    # Pages disagree: show each date with the pages that give it.
    return "; ".join(
        PHRASES[lang]["date_conflict"].format(value=d.value, where=", ".join(sorted({page_name(s) for s in d.sources})))
        for d in paper.dates
    )


def facts_in_brackets(paper: Paper) -> str:
    """' (ICML 2025, 2025-10-05 / 2025-10-06)' — the venue and date(s) the pages give, if any."""
    parts = [venue_short(paper) or (paper.venues[0].value if paper.venues else None),
             " / ".join(d.value for d in paper.dates) or None]
    shown = [p for p in parts if p]
    return f" ({', '.join(shown)})" if shown else ""


def offline_answer(question: Question, hits: list[Hit]) -> Answer:
    """Compose a short cited answer from the retrieved paper records."""
    answer = compose(question, hits)
    answer.researchers = list(question.researchers)
    return answer


def compose(question: Question, hits: list[Hit]) -> Answer:
    lang = question.lang if question.lang in PHRASES else "en"
    say = PHRASES[lang]
    names = join_names(question.researchers, lang, "or" if question.combine == "any" else "and")
    if question.unknown_person:
        return Answer(question.text, say["unknown_person"].format(name=question.unknown_person), [], True, lang=lang)
    if not hits:
        scope = say["scope"].format(names=names) if names else ""
        # A long topic is keyword salad when quoted back (and may be an injected instruction).
        quoted = question.topic and len(question.topic.split()) <= ECHO_TOPIC_WORDS
        text = say["nothing"].format(topic=question.topic, scope=scope) if quoted else \
            say["nothing_bare"].format(scope=scope)
        return Answer(question.text, text, [], True, lang=lang)

    if question.quantity:
        # "How many GPU hours …?" is answered only from a paper that names what is counted.
        counted = set(_stemmer.stemWords(words(question.quantity)))
        naming = [h for h in hits if counted <= set(_stemmer.stemWords(words(h.paper.embed_text)))]
        if not naming:
            label = f"*{hits[0].paper.label}* [1]"
            return Answer(question.text, say["no_quantity"].format(what=question.quantity, label=label),
                          [Citation.from_paper(1, hits[0].paper, None)], True, lang=lang)
        hits = naming
    who = say["pages_of"].format(names=names) if names else say["the_pages"]
    if question.combine == "first":
        head = say["only_head"].format(n=len(hits), first=question.researchers[0],
                                       others=join_names(question.researchers[1:], lang, "or"))
    elif question.intent == "both" and len(question.researchers) >= 2:
        head = say["both_head"].format(n=len(hits), names=names)
    elif question.coauthors and not question.topic:
        head = say["coauthor_head"].format(n=len(hits), name=join_names(question.coauthors, lang))
    elif question.papers:
        head = ""
    elif question.topic and question.intent not in {"list", "both"}:
        head = say["topic_head"].format(who=who, n=len(hits), topic=question.topic)
    else:
        head = say["list_head"].format(who=who, n=len(hits))

    field_wanted = {"date": "dates", "venue": "venues", "coauthors": "authors"}.get(question.intent)
    citations, lines = [], []
    for n, hit in enumerate(hits, start=1):
        paper = hit.paper
        snippet = best_sentence(paper, question.topic, question.quantity)
        citations.append(Citation.from_paper(n, paper, snippet))
        facts = []
        if question.papers and question.researchers:
            facts.append(say["listed_on"].format(names=join_names(paper.researchers, lang)))
        if question.intent == "coauthors":
            facts.append(say["coauthors"].format(authors=", ".join(paper.authors)) if paper.authors else say["no_coauthors"])
        if question.intent in {"venue", "date", "list", "both"} or question.papers:
            if paper.venues:
                status = f" ({paper.status})" if paper.status else ""
                facts.append(say["venue"].format(venue=venue_label(paper), status=status))
            elif question.intent == "venue":
                facts.append(say["no_venue"])
            if paper.dates:
                facts.append(say["date"].format(dates=dates_text(paper, lang)))
            elif question.intent == "date":
                facts.append(say["no_date"])
        line = f"- *{paper.label}*{facts_in_brackets(paper) if question.intent == 'topic' else ''} [{n}]"
        if facts:
            line += ": " + "; ".join(facts) + f" [{n}]"
        if snippet and question.topic and question.intent == "topic":
            line += f" — “{snippet}” [{n}]"
        lines.append(line)
    refused = bool(field_wanted) and all(not getattr(h.paper, field_wanted) for h in hits)
    if refused and len(hits) == 1:
        what = say[f"what_{question.intent}"]
        text = say["none_answer"].format(what=what, label=f"*{hits[0].paper.label}* [1]")
    else:
        text = "\n".join(([head] if head else []) + lines)
    return Answer(question.text, text, citations, refused, lang=lang)
