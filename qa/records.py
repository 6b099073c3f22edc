"""The small typed records passed between stages: papers and researcher profiles (every value with
the pages it came from), and the citations and answers handed to the surfaces."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from urllib.parse import urlparse

from qa.text import fold


@dataclass
class Source:
    """Where a value was read: file, URL, 1-based line, and whose page it was."""

    file: str | None
    url: str | None
    line: int | None
    researcher: str | None = None
    lang: str | None = None
    headline: str | None = None  # a news item's title: the page names the researcher, it is not theirs
    date: str | None = None  # a news item's own date line, as printed ("9 Feb 2022")


@dataclass
class Sourced:
    """A value and the pages that give it; pages that disagree give separate values."""

    value: str
    sources: list[Source] = field(default_factory=list)


def add_sourced(items: list[Sourced], value: str, source: Source) -> None:
    for item in items:
        if item.value == value:
            if source not in item.sources:
                item.sources.append(source)
            return
    items.append(Sourced(value, [source]))


def sourced_from(items: list[dict]) -> list[Sourced]:
    return [Sourced(i["value"], [Source(**s) for s in i["sources"]]) for i in items]


@dataclass
class Paper:
    paper_id: str
    title: str | None
    titles: list[Sourced]
    authors: list[str]
    abstract: str | None
    abstract_complete: bool
    dates: list[Sourced]
    venues: list[Sourced]
    status: str | None
    researchers: list[str]
    sources: list[Source]
    # Every copy of the abstract and every co-author name, each with the pages that give it:
    # ``abstract`` and ``authors`` are what is shown, these say which page said what.
    abstracts: list[Sourced] = field(default_factory=list)
    coauthors: list[Sourced] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Paper:
        return cls(**{
            **data,
            "titles": sourced_from(data["titles"]),
            "dates": sourced_from(data["dates"]),
            "venues": sourced_from(data["venues"]),
            "sources": [Source(**s) for s in data["sources"]],
            "abstracts": sourced_from(data.get("abstracts", [])),
            "coauthors": sourced_from(data.get("coauthors", [])),
        })

    def seen_on(self, researcher: str, field_name: str = "coauthors") -> list[str]:
        """The values of a sourced field (``coauthors``, ``abstracts``, ``dates``, ``venues``, ``titles``)
        as the pages of ``researcher`` give them, whatever other pages say."""
        return [item.value for item in getattr(self, field_name)
                if any(s.researcher == researcher for s in item.sources)]

    @property
    def writers(self) -> list[str]:
        """Everyone the pages name as writing it: the listed co-authors, then the researchers whose
        pages list it (a page lists co-authors without its own researcher)."""
        listed = {fold(a) for a in self.authors}
        return self.authors + [r for r in self.researchers if fold(r) not in listed]

    def written_by(self, names: list[str]) -> bool:
        """Whether the pages name one of ``names`` as writing it."""
        return bool({fold(name) for name in names} & {fold(name) for name in self.writers})

    def coauthors_of(self, asked: list[str]) -> list[str]:
        """Who co-wrote this paper with the asked researchers, when the pages name one of them as
        writing it: every other writer (a paper on two researchers' pages makes each the other's
        co-author). Otherwise the co-authors its pages list."""
        if not self.written_by(asked):
            return self.authors
        asked_keys = {fold(name) for name in asked}
        return [name for name in self.writers if fold(name) not in asked_keys]

    @property
    def label(self) -> str:
        """The title, or what a reader recognises the paper by when no page prints one: the
        abstract's first words, never cut inside a word."""
        if self.title:
            return self.title
        words = (self.abstract or "").split()
        return " ".join(words[:10]) + ("…" if len(words) > 10 else "")

    @property
    def embed_text(self) -> str:
        return "\n".join(part for part in (self.title, self.abstract) if part)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.embed_text.encode()).hexdigest()[:16]

    @property
    def years(self) -> list[int]:
        return sorted({int(d.value[:4]) for d in self.dates if d.value[:4].isdigit()})

    @property
    def latest_date(self) -> str:
        return max((d.value for d in self.dates), default="")

    @property
    def urls(self) -> list[str]:
        return list(dict.fromkeys(s.url for s in self.sources if s.url))


@dataclass
class Profile:
    """One researcher, merged across their pages and languages; each field keeps its pages."""

    researcher: str
    roles: list[Sourced] = field(default_factory=list)
    affiliations: list[Sourced] = field(default_factory=list)
    topics: list[Sourced] = field(default_factory=list)
    biography: list[Sourced] = field(default_factory=list)  # sentences
    news: list[Sourced] = field(default_factory=list)  # sentences of news items that name them
    supervisors: list[Sourced] = field(default_factory=list)  # a student's own supervisors, as named
    students: list[Sourced] = field(default_factory=list)  # the names under the page's student list
    # Per page, its student list's programme lines, one line a student ("PhD - Université de Montréal"):
    # how many students and in which programmes, where a scrape dropped their names.
    student_programmes: list[Sourced] = field(default_factory=list)
    pages: list[Source] = field(default_factory=list)
    also_named: list[Sourced] = field(default_factory=list)  # other names their own pages print for them
    # A value one of their pages prints → their pages in another language printing it translated
    # (the same directory entry): a citation of the one names the other too.
    translated: dict[str, list[Source]] = field(default_factory=dict)
    # A page no researcher here owns or is named on (a news item, an impact report): ``researcher``
    # is its headline; it is searched for what it says and is never taken for a person.
    unowned: bool = False

    @property
    def urls(self) -> list[str]:
        return list(dict.fromkeys(s.url for s in self.pages if s.url))


def page_name(source: Source) -> str:
    """How a reader knows a page: 'mila.quebec, en'; the file name for a local page without a URL.
    The URL itself is shown beside it (slugs such as 'razvan-pascanu-0' mean nothing to a reader)."""
    if not source.url:
        return source.file or "?"
    host = urlparse(source.url).hostname or source.url
    return f"{host.removeprefix('www.')}, {source.lang}" if source.lang else host.removeprefix("www.")


@dataclass
class Citation:
    """A numbered citation: a paper (``kind="paper"``) or a researcher's page (``kind="page"``)."""

    n: int
    kind: str
    key: str  # the paper id, or the page URL (file name for local pages)
    label: str
    paper_id: str | None = None
    title: str | None = None
    url: str | None = None  # the page cited (page citations)
    urls: list[str] = field(default_factory=list)  # every page the record comes from
    authors: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    venues: list[str] = field(default_factory=list)
    researchers: list[str] = field(default_factory=list)
    abstract: str | None = None
    evidence: list[str] = field(default_factory=list)  # the sentences or fields the answer quotes

    @classmethod
    def of_paper(cls, n: int, paper: Paper, evidence: list[str] | None = None,
                 venues: list[str] | None = None) -> Citation:
        return cls(n=n, kind="paper", key=paper.paper_id, label=paper.label, paper_id=paper.paper_id,
                   title=paper.title, urls=paper.urls, authors=list(paper.authors),
                   dates=[d.value for d in paper.dates], venues=venues or [v.value for v in paper.venues],
                   researchers=list(paper.researchers), abstract=paper.abstract, evidence=list(evidence or []))

    @classmethod
    def of_page(cls, n: int, source: Source, researcher: str, evidence: list[str] | None = None,
                owner_page: str | None = None) -> Citation:
        """``owner_page``: how the answer's language says "<researcher>'s page" (a news item is named by its headline)."""
        key = source.url or source.file or "?"
        # A news item's date stands in its label: pages that disagree are read by which is newer.
        where = ", ".join(filter(None, (page_name(source), source.date)))
        label = f"{source.headline or owner_page or researcher + chr(39) + 's page'} ({where})"
        return cls(n=n, kind="page", key=key, label=label, url=source.url, title=source.headline,
                   urls=[source.url] if source.url else [], dates=[source.date] if source.date else [],
                   researchers=[researcher], evidence=list(evidence or []))


@dataclass
class Answer:
    question: str
    text: str
    citations: list[Citation]
    refused: bool
    answerer: str = "offline"
    lang: str = "en"
    intent: str = ""
    notice: str | None = None
    researchers: list[str] = field(default_factory=list)  # whose records the answer was restricted to
    candidates: dict[str, list[str]] = field(default_factory=dict)  # an ambiguous name → who it may be

    def to_dict(self) -> dict:
        return asdict(self)

    def references(self) -> str:
        """A readable references list, one line per citation."""
        lines = []
        for c in self.citations:
            parts = [f"[{c.n}] {c.title or c.label}"]
            if c.authors:
                parts.append(", ".join(c.authors))
            parts += c.venues[:1]
            if c.dates:
                parts.append(" / ".join(c.dates))
            if c.kind == "paper":
                parts.append(", ".join(c.researchers))
            parts.append(" ".join(c.urls))
            lines.append(" — ".join(p for p in parts if p))
        return "\n".join(lines)
