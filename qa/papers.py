"""Page records → papers: merge publication entries across pages and languages.

Two entries are the same paper when their titles match, or when their whole abstracts match (one
copy may be cut short, or differ by a spelling or a function word) and their titles, where both
print one, do not differ. Candidate pairs come from blocking keys (windows of the abstract's first
words, the normalised title) so merging stays linear in the number of entries; each candidate pair
is verified over the whole text before it is merged, so templated abstracts that share a long
opening stay apart, and a copy cut too short to tell which of several papers it is joins none.
Values that disagree between pages (two dates, two abstracts, co-author lists) are all kept, each
with the pages that gave it: no page overwrites what another page says.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from collections import Counter, defaultdict

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from qa.pages import Page, Publication, is_person_name
from qa.records import Paper, Profile, Source, Sourced, add_sourced
from qa.text import fold, lexicon_lines, sentences, stopwords, words

WINDOW = 8  # words per blocking window over the abstract's start
WINDOWS = 3
SAME_SPELLING = 75.0  # rapidfuzz ratio over which two words are one word spelt twice ("result"/"results")
CONTENT_EDITS = 0.01  # content words two copies of one abstract may differ by, per word of the shorter copy


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
    """Whether two abstracts are copies of one text, compared over the whole of both.

    The shorter copy may stop early (cut short by the listing, its last word maybe cut inside);
    otherwise the copies may differ only by spellings and function words, and by a content word per
    hundred words at most. Templated abstracts that share a long opening differ after it: apart."""
    short, long_ = sorted((words(a), words(b)), key=len)
    if not short:
        return False
    long_ = long_[:len(short)]  # a cut copy is compared with as much of the other
    ops = [op for op in Levenshtein.opcodes(short, long_) if op.tag != "equal"]
    if ops and ops[-1].src_end == len(short) and ops[-1].dest_end == len(long_) \
            and ops[-1].src_end - ops[-1].src_start <= 2:
        ops = ops[:-1]  # the shorter copy ends there: the rest of the longer one is what was cut
    common = stopwords()
    content = 0
    for op in ops:
        left, right = short[op.src_start:op.src_end], long_[op.dest_start:op.dest_end]
        if op.tag == "replace" and len(left) == len(right) \
                and all(fuzz.ratio(x, y) >= SAME_SPELLING for x, y in zip(left, right)):
            continue
        content += max(sum(w not in common for w in left), sum(w not in common for w in right))
    return content <= CONTENT_EDITS * len(short)


def same_paper(a: Publication, b: Publication) -> bool:
    """Two entries whose abstracts match are one paper unless both print a title and the titles differ."""
    if a.title and b.title and title_key(a.title) != title_key(b.title):
        return False
    return bool(a.abstract and b.abstract) and same_abstract(a.abstract, b.abstract)


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
        if key[0] == "title":
            for i in members[1:]:
                uf.union(i, members[0])
            continue
        # Longest copies first, each compared with one entry of every paper the block holds so far:
        # two papers sharing an opening each keep their copies, and a copy cut so short that it
        # matches several of them joins none.
        representatives: list[int] = []
        for i in sorted(members, key=lambda m: -len(entries[m][1].abstract or "")):
            matches = {uf.find(r) for r in representatives
                       if uf.find(r) == uf.find(i) or same_paper(entries[r][1], entries[i][1])}
            if len(matches) == 1:
                uf.union(i, matches.pop())
            elif not matches:
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
    abstracts: list[Sourced] = []
    coauthors: list[Sourced] = []
    sources: list[Source] = []
    authors: list[str] = []
    researchers: list[str] = []
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
            # Each name with the pages that list it, whatever spelling: one page cannot add to another's list.
            spelt = next((c.value for c in coauthors if fold(c.value) == fold(author)), author)
            add_sourced(coauthors, spelt, source)
        if pub.abstract:
            add_sourced(abstracts, pub.abstract, source)
        status = status or pub.status
    # Co-authors are listed without the page owner; drop any researcher a page printed anyway.
    owners = {fold(r) for r in researchers}
    authors = [a for a in authors if fold(a) not in owners]
    coauthors = [c for c in coauthors if fold(c.value) not in owners]
    abstract = pick_abstract(abstracts)
    title = max(titles, key=lambda t: len(t.sources)).value if titles else None
    key = " ".join(words(abstract)[:WINDOW * 2]) if abstract else "title " + title_key(title or "")
    return Paper(
        paper_id="p" + hashlib.sha1(key.encode()).hexdigest()[:12],
        title=title,
        titles=titles,
        authors=authors,
        abstract=abstract,
        abstract_complete=complete(abstract),
        dates=sorted(dates, key=lambda d: d.value),
        venues=venues,
        status=status,
        researchers=researchers,
        sources=sources,
        abstracts=abstracts,
        coauthors=coauthors,
    )


def complete(abstract: str | None) -> bool:
    return bool(abstract and abstract.rstrip().endswith((".", "!", "?", ")")))


def pick_abstract(abstracts: list[Sourced]) -> str | None:
    """The copy shown: a complete one before a cut one, then the one most researchers' pages give,
    then the most pages with a URL, the most pages, and only then the longest. A page with a longer
    copy does not outvote the pages that agree; every copy stays in ``abstracts`` with its pages."""
    if not abstracts:
        return None

    def rank(item: Sourced) -> tuple:
        return (complete(item.value), len({s.researcher for s in item.sources}),
                len({s.file for s in item.sources if s.url}), len({s.file for s in item.sources}),
                len(item.value), item.value)

    return max(abstracts, key=rank).value


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
            for sentence in whole_sentences(paragraph, page.lang):
                add_sourced(profile.biography, sentence, source)
    for page in pages:
        if page.is_news:
            add_news(page, profiles)
    return list(profiles.values())


# A piece that ends in an initial ("Arthur-B.", "M.") and a piece that opens inside a word or a
# sentence ("-McDonald …", "and then …") are one sentence the segmenter cut.
ENDS_IN_INITIAL = re.compile(r"(?:^|[\s\-‐])[A-ZÀ-ÖØ-Þ]\.$")
OPENS_INSIDE = re.compile(r"^(?:[\-‐–]|[a-zà-öø-ÿ])")


def whole_sentences(paragraph: str, lang: str) -> list[str]:
    """A paragraph's sentences, with the cuts the segmenter makes after an initial put back."""
    joined: list[str] = []
    for piece in sentences(paragraph, lang):
        if joined and (ENDS_IN_INITIAL.search(joined[-1]) or OPENS_INSIDE.match(piece)):
            joined[-1] += piece if piece[:1] in "-‐–" else f" {piece}"
        else:
            joined.append(piece)
    return joined


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
            for sentence in whole_sentences(line, page.lang):
                add_sourced(profile.news, sentence, source)
