"""Page records → papers: merge publication entries across pages and languages.

Two entries are the same paper when their abstracts match (one copy may be cut short or differ by
a word) or their titles match. Candidate pairs come from blocking keys (windows of the abstract's
first words, the normalised title) so merging stays linear in the number of entries; each
candidate pair is verified with a fuzzy comparison before it is merged. Values that disagree
between pages (two dates) are all kept, each with the pages that gave it.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from qa.pages import Page, Publication, is_person_name
from qa.records import Paper, Profile, Source, Sourced, add_sourced
from qa.text import fold, lexicon_lines, sentences, words

WINDOW = 8  # words per blocking window over the abstract's start
WINDOWS = 3
SAME_ABSTRACT = 90.0  # rapidfuzz ratio over the shared prefix


@lru_cache(maxsize=1)
def venue_acronyms() -> list[tuple[str, str]]:
    """(folded full name, acronym) of well-known venues, from ``lexicon/venues.tsv``."""
    return [(fold(name), acronym) for name, _, acronym in (line.partition("\t") for line in lexicon_lines("venues.tsv"))]


def venue_acronym(venue: str) -> str | None:
    folded = f" {fold(venue)} "
    return next((acronym for name, acronym in venue_acronyms() if f" {name} " in folded), None)


def title_key(title: str) -> str:
    return " ".join(words(fold(title)))


def same_abstract(a: str, b: str) -> bool:
    shared = min(len(a), len(b))
    return fuzz.ratio(" ".join(words(a[:shared])), " ".join(words(b[:shared]))) >= SAME_ABSTRACT


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def canonical_researchers(pages: list[Page]) -> dict[str, str]:
    """Map each spelling-insensitive name key to the best printed spelling.

    A name printed in a page header ('Petar Veličković') beats one rebuilt from a URL slug
    ('Petar Velickovic').
    """
    best: dict[str, tuple[int, str]] = {}
    for page in pages:
        if not page.researcher:
            continue
        key = fold(page.researcher)
        rank = (2 if page.researcher_source == "header" else 1, sum(not c.isascii() for c in page.researcher))
        if key not in best or rank > best[key][0]:
            best[key] = (rank, page.researcher)
    return {key: name for key, (_, name) in best.items()}


def merge_pages(pages: list[Page]) -> list[Paper]:
    """Merge every page's publication entries into distinct papers, ordered by first appearance."""
    names = canonical_researchers(pages)
    entries: list[tuple[Page, Publication]] = [(page, pub) for page in pages for pub in page.publications]
    uf = UnionFind(len(entries))
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, (_, pub) in enumerate(entries):
        if pub.abstract:
            tokens = words(pub.abstract)
            for w in range(WINDOWS):
                window = tokens[w * WINDOW:(w + 1) * WINDOW]
                if len(window) == WINDOW:
                    blocks[("abstract", w, *window)].append(i)
        if pub.title:
            blocks[("title", title_key(pub.title))].append(i)
    for key, members in blocks.items():
        # Each entry is compared with one entry of every paper the block holds so far, not only
        # with the block's first entry: two papers sharing an opening each keep their copies.
        representatives: list[int] = []
        for i in members:
            for r in representatives:
                a, b = entries[r][1], entries[i][1]
                if uf.find(r) == uf.find(i) or key[0] == "title" or same_abstract(a.abstract, b.abstract):
                    uf.union(i, r)
                    break
            else:
                representatives.append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entries)):
        groups[uf.find(i)].append(i)
    papers = [build_paper([entries[i] for i in members], names) for members in groups.values()]
    return with_unique_ids(papers)


def with_unique_ids(papers: list[Paper]) -> list[Paper]:
    """Distinct papers whose abstracts open with the same words would share an id: each of them
    gets an id from its whole abstract instead (whatever the page order, so re-ingest keeps it)."""
    counts = Counter(p.paper_id for p in papers)
    for paper in papers:
        if counts[paper.paper_id] > 1:
            paper.paper_id = "p" + hashlib.sha1((paper.abstract or paper.label).encode()).hexdigest()[:12]
    return papers


def build_paper(group: list[tuple[Page, Publication]], names: dict[str, str]) -> Paper:
    titles: list[Sourced] = []
    dates: list[Sourced] = []
    venues: list[Sourced] = []
    sources: list[Source] = []
    authors: list[str] = []
    researchers: list[str] = []
    abstracts: list[str] = []
    status = None
    for page, pub in group:
        researcher = names.get(fold(page.researcher)) if page.researcher else None
        source = Source(file=page.source, url=page.url, line=pub.lines[0] if pub.lines else None,
                        researcher=researcher, lang=page.lang)
        if source not in sources:
            sources.append(source)
        if researcher and researcher not in researchers:
            researchers.append(researcher)
        if pub.title:
            add_sourced(titles, pub.title, source)
        for date in pub.dates:
            add_sourced(dates, date, source)
        for venue in pub.venues:
            add_sourced(venues, venue, source)
        for author in pub.authors:
            if fold(author) not in {fold(a) for a in authors}:
                authors.append(author)
        if pub.abstract:
            abstracts.append(pub.abstract)
        status = status or pub.status
    # Co-authors are listed without the page owner; drop any researcher a page printed anyway.
    owners = {fold(r) for r in researchers}
    authors = [a for a in authors if fold(a) not in owners]
    # The longest copy is the least truncated; among equals, the most frequent wording wins.
    abstract = max(abstracts, key=lambda a: (len(a), abstracts.count(a))) if abstracts else None
    title = max(titles, key=lambda t: len(t.sources)).value if titles else None
    key = " ".join(words(abstract)[:WINDOW * 2]) if abstract else "title " + title_key(title or "")
    return Paper(
        paper_id="p" + hashlib.sha1(key.encode()).hexdigest()[:12],
        title=title,
        titles=titles,
        authors=authors,
        abstract=abstract,
        abstract_complete=bool(abstract and abstract.rstrip().endswith((".", "!", "?", ")"))),
        dates=sorted(dates, key=lambda d: d.value),
        venues=venues,
        status=status,
        researchers=researchers,
        sources=sources,
    )


def merge_profiles(pages: list[Page]) -> list[Profile]:
    """One profile per researcher across their pages and languages. Values stay as printed, each
    with the pages that give it: one page's "Alumni" beside another's "Affiliate Member"."""
    names = canonical_researchers(pages)
    profiles: dict[str, Profile] = {}
    for page in pages:
        if not page.researcher:
            continue
        name = names[fold(page.researcher)]
        profile = profiles.setdefault(name, Profile(researcher=name))
        source = Source(file=page.source, url=page.url, line=None, researcher=name, lang=page.lang)
        if source not in profile.pages:
            profile.pages.append(source)
        for field_name in ("roles", "affiliations", "topics"):
            for value in getattr(page, field_name):
                add_sourced(getattr(profile, field_name), value, source)
        for paragraph in page.biography:
            for sentence in sentences(paragraph, page.lang):
                add_sourced(profile.biography, sentence, source)
    for page in pages:
        if page.is_news:
            add_news(page, profiles)
    return list(profiles.values())


def add_news(page: Page, profiles: dict[str, Profile]) -> None:
    """A news item's sentences go to each researcher it names in full, and to the person its
    headline is about (a name the headline gives and the text repeats), who may have no page."""
    text = " ".join(page.news)
    folded = f" {fold(text)} "
    named = [name for name in profiles if f" {fold(name)} " in folded]
    headline = page.news[0] if page.news else ""
    for span in re.findall(r"(?:[A-ZÀ-Ö][\w\-]+ ){1,2}[A-ZÀ-Ö][\w\-]+", headline):
        if is_person_name(span) and folded.count(f" {fold(span)} ") + folded.count(f" {fold(span.split()[-1])} ") >= 2:
            named.append(span)
    for name in dict.fromkeys(named):
        profile = profiles.setdefault(name, Profile(researcher=name))
        source = Source(file=page.source, url=page.url, line=None, researcher=name, lang=page.lang)
        if source not in profile.pages:
            profile.pages.append(source)
        for line in page.news:
            for sentence in sentences(line, page.lang):
                add_sourced(profile.news, sentence, source)
