"""Page records → papers: merge publication entries across pages and languages.

Two entries are the same paper when their titles match, or when their whole abstracts match (one
copy may be cut short, or differ by a spelling or a function word) and their titles, where both
print one, do not differ. Candidate pairs come from blocking keys (windows of the abstract's first
words, the normalised title) so merging stays linear in the number of entries; each candidate pair
is verified over the whole text before it is merged, so templated abstracts that share a long
opening stay apart, and a copy cut too short to tell which of several papers it is joins none.
Where thousands of templated abstracts share an opening, a large block only compares entries that
share enough of their rarest words (``spelling_partners``): the pairs it leaves out are exactly
pairs that could not pass the comparison, so the papers are the same as comparing every pair.
Values that disagree between pages (two dates, two abstracts, co-author lists) are all kept, each
with the pages that gave it: no page overwrites what another page says.
"""

from __future__ import annotations

import hashlib
import math
import re
from array import array
from collections.abc import Callable, Collection, Sequence
from typing import NamedTuple
from functools import lru_cache
from textwrap import shorten
from collections import Counter, defaultdict

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from qa.pages import Page, Publication, is_affiliation, is_person_name, is_prose, is_role
from qa.records import Paper, Profile, Source, Sourced, add_sourced
from qa.text import date_line, fold, is_acronym, known_word, lexicon_lines, sentences, stopwords, words

WINDOW = 8  # words per blocking window over the abstract's start
WINDOWS = 3
SAME_SPELLING = 75.0  # rapidfuzz ratio over which two words are one word spelt twice ("result"/"results")
CONTENT_EDITS = 0.01  # content words two copies of one abstract may differ by, per word of the shorter copy
CUT_WORDS = 2  # words at the end of the shorter copy that may differ freely (cut inside its last word)
SPARE = 8  # rare words an entry picks beyond those it may miss (spelling_partners)
HEADLINE_CHARS = 90  # a news item's first line, as its citations' label
# A biography's length in one language over its length in the other, at the least: 20 of the 21
# profiles of the eval corpora printing a biography in both languages give French/English 0.87 to
# 1.33 (1/1.33 = 0.75 the other way); the 21st gives 0.55, its French copy saying less. See
# link_translations.
TRANSLATED_LENGTH = 0.75
ANCHOR_LETTERS = 6  # a name's letters compared across a translation (see anchors)
INDEXED_BLOCK = 16  # a block with this many entries or more pairs them by their rarest words (see spelling_partners)


@lru_cache(maxsize=1)
def venue_acronyms() -> list[tuple[str, str]]:
    """(folded full name, acronym) of well-known venues, from ``lexicon/venues.tsv``."""
    return [(fold(name), acronym) for name, _, acronym in (line.partition("\t") for line in lexicon_lines("venues.tsv"))]


def venue_acronym(venue: str) -> str | None:
    folded = f" {fold(venue)} "
    return next((acronym for name, acronym in venue_acronyms() if f" {name} " in folded), None)


# A full stop a page prints after a title ("Double Gumbel Q-Learning."): no part of the title. (Not the
# point of an initial or an ellipsis: "U.S.", "Is it …?")
TITLE_STOP = re.compile(r"(?<=[^\s.]{2})\.\s*$")


def title_key(title: str) -> str:
    return " ".join(words(fold(title)))


# ASCII letters and digits to lower case, every other byte to a space: an ASCII text's words in one pass.
ASCII_WORDS = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256)).lower()


def abstract_words(text: str) -> list[str]:
    """``qa.text.words(text)``, three times faster on ASCII text (most abstracts): there its words
    are the runs of ASCII letters and digits, lower-cased."""
    if text.isascii():
        return text.encode().translate(ASCII_WORDS).decode().split()
    return words(text)


def same_abstract(a: str, b: str) -> bool:
    """Whether two abstracts are copies of one text, compared over the whole of both.

    The shorter copy may stop early (cut short by the listing, its last word maybe cut inside);
    otherwise the copies may differ only by spellings and function words, and by a content word per
    hundred words at most. Templated abstracts that share a long opening differ after it: apart."""
    return same_words(abstract_words(a), abstract_words(b))


def same_words(a: Sequence, b: Sequence, spelling: Sequence[str] | None = None,
               function_words: Collection | None = None) -> bool:
    """``same_abstract`` on the abstracts' words (``abstract_words``), which a merge computes once; or
    on word numbers, given the words they number (``spelling``) and the numbers of function words."""
    common = stopwords() if function_words is None else function_words
    spelt = (lambda word: word) if spelling is None else spelling.__getitem__
    short, long_ = sorted((a, b), key=len)
    if not short:
        return False
    long_ = long_[:len(short)]  # a cut copy is compared with as much of the other
    ops = [op for op in Levenshtein.opcodes(short, long_) if op.tag != "equal"]
    if ops and ops[-1].src_end == len(short) and ops[-1].dest_end == len(long_) \
            and ops[-1].src_end - ops[-1].src_start <= CUT_WORDS:
        ops = ops[:-1]  # the shorter copy ends there: the rest of the longer one is what was cut
    limit = CONTENT_EDITS * len(short)
    content = 0
    for op in ops:
        left, right = short[op.src_start:op.src_end], long_[op.dest_start:op.dest_end]
        if op.tag == "replace" and len(left) == len(right) \
                and all(fuzz.ratio(spelt(x), spelt(y)) >= SAME_SPELLING for x, y in zip(left, right)):
            continue
        content += max(sum(w not in common for w in left), sum(w not in common for w in right))
        if content > limit:  # the count only grows: two different texts are told apart at their first edits
            return False
    return True


def same_paper(a: Publication, b: Publication) -> bool:
    """Two entries whose abstracts match are one paper unless both print a title and the titles differ."""
    if a.title and b.title and title_key(a.title) != title_key(b.title):
        return False
    return bool(a.abstract and b.abstract) and same_abstract(a.abstract, b.abstract)


def spelling_partners(members: list[int], tokens: Sequence[Sequence], spelling: Sequence[str] | None = None,
                      function_words: Collection | None = None) -> tuple[dict[int, set[int]], set[int]]:
    """Which entries of a block could be copies of one abstract, found without comparing every pair.

    In ``same_words`` every content word of the shorter copy is either in the longer copy (an equal
    run), spelt alike there (ratio >= SAME_SPELLING, a free replacement), or part of an edit, except
    the last CUT_WORDS words; the edits hold at most ``floor(CONTENT_EDITS * length)`` content words.
    So of any ``t`` distinct content words of the shorter copy, the longer copy holds (or spells alike)
    all but ``miss = floor(CONTENT_EDITS * length) + CUT_WORDS`` at most, and so at least one of any
    ``miss + 1`` of them. Each entry picks its ``miss + 1 + SPARE`` rarest content words in the block;
    an entry holding (or spelling alike) all but ``miss`` of them is its partner. Partners are mutual
    (either entry may be the shorter copy); an entry with too few content words to tell (``wild``) is
    everyone's partner. A pair that is not partnered cannot pass ``same_words``: leaving it out of the
    comparisons changes nothing. Words may be numbers, as for ``same_words``. Returns (partners by
    entry, wild entries)."""
    common = stopwords() if function_words is None else function_words
    word_sets = {m: set(tokens[m]) for m in members}
    content = {m: held - common for m, held in word_sets.items()}
    frequency: Counter[str] = Counter()  # content word -> how many entries of the block hold it
    for held in content.values():
        frequency.update(held)
    rank = {word: n for n, word in enumerate(sorted(frequency, key=lambda word: (frequency[word], word)))}
    picks: dict[int, tuple[int, list[str]]] = {}
    wild: set[int] = set()
    for m, held in content.items():
        miss = math.floor(CONTENT_EDITS * len(tokens[m])) + CUT_WORDS
        if len(held) > miss:
            picks[m] = (miss, sorted(held, key=rank.__getitem__)[:miss + 1 + SPARE])
        else:
            wild.add(m)
    vocabulary = sorted(set().union(*word_sets.values()))
    queries = sorted({word for _, picked in picks.values() for word in picked})
    # The words of the block spelt alike (a point under the threshold: no rounding can drop a pair).
    spelt = (lambda words_: words_) if spelling is None else (lambda words_: [spelling[w] for w in words_])
    scores = process.cdist(spelt(queries), spelt(vocabulary), scorer=fuzz.ratio, score_cutoff=SAME_SPELLING - 1,
                           dtype=np.uint8)
    alike: dict[str, set[str]] = {query: {query} for query in queries}
    for row, column in zip(*(index.tolist() for index in np.nonzero(scores))):
        alike[queries[row]].add(vocabulary[column])
    needed = set().union(*alike.values())
    postings: dict[str, list[int]] = defaultdict(list)  # word -> the entries holding it
    for m, held in word_sets.items():
        for word in held & needed:
            postings[word].append(m)
    reach = {word: set().union(*(postings[other] for other in spelt)) for word, spelt in alike.items()}
    partners: dict[int, set[int]] = {m: set() for m in members}
    for m, (miss, picked) in picks.items():
        found: Counter[int] = Counter()
        for word in picked:
            found.update(reach[word])
        least = len(picked) - miss
        for other, count in found.items():
            if count >= least and other != m:
                partners[m].add(other)
                partners[other].add(m)
    return partners, wild


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
    # Each entry's abstract words and title key, computed once (a block compares an entry many times;
    # a title is printed on several pages). Words are kept as numbers, 4 bytes each.
    numbers: dict[str, int] = {}
    tokens = [array("I", [numbers.setdefault(w, len(numbers)) for w in abstract_words(pub.abstract)])
              if pub.abstract else array("I") for _, pub in entries]
    spelling = list(numbers)  # number -> word
    function_words = {numbers[w] for w in stopwords() if w in numbers}
    keys = lru_cache(maxsize=None)(title_key)
    titles = [keys(pub.title) if pub.title else None for _, pub in entries]
    uf = UnionFind(len(entries))
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, (_, pub) in enumerate(entries):
        if pub.abstract:
            for w in range(WINDOWS):
                window = tokens[i][w * WINDOW:(w + 1) * WINDOW]
                if len(window) == WINDOW:
                    blocks[("abstract", w, *window)].append(i)
        if pub.title:
            blocks[("title", titles[i])].append(i)

    def same(r: int, i: int) -> bool:  # same_paper(entries[r][1], entries[i][1]) on the cached words
        if titles[r] is not None and titles[i] is not None and titles[r] != titles[i]:
            return False
        return bool(entries[r][1].abstract and entries[i][1].abstract) \
            and same_words(tokens[r], tokens[i], spelling, function_words)

    for key, members in blocks.items():
        if key[0] == "title":
            for i in members[1:]:
                uf.union(i, members[0])
            continue
        # Longest copies first, each compared with one entry of every paper the block holds so far:
        # two papers sharing an opening each keep their copies, and a copy cut so short that it
        # matches several of them joins none. The representatives' papers (roots) do not change while
        # the block is read (an entry joins a paper only when it matches that one alone), so an
        # entry already in one of them matches it without a comparison, a paper already matched is
        # not compared again, and the comparisons stop at a second paper (the entry then joins none).
        # In a large block an entry is compared only with its spelling partners (and entries too
        # short to index): no other representative could match it.
        representatives: list[int] = []
        represented: set[int] = set()  # the representatives' roots
        partners, wild = spelling_partners(members, tokens, spelling, function_words) \
            if len(members) >= INDEXED_BLOCK else (None, set())
        is_representative: set[int] = set()
        wild_representatives: list[int] = []
        for i in sorted(members, key=lambda m: -len(entries[m][1].abstract or "")):
            root = uf.find(i)
            matches = {root} if root in represented else set()
            if partners is None or i in wild:
                compared = representatives
            else:
                compared = [*(partners[i] & is_representative), *wild_representatives]
            for r in compared:
                found = uf.find(r)
                if found not in matches and same(r, i):
                    matches.add(found)
                    if len(matches) > 1:
                        break
            if len(matches) == 1:
                uf.union(i, matches.pop())
            elif not matches:
                representatives.append(i)
                represented.add(root)
                is_representative.add(i)
                if i in wild:
                    wild_representatives.append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entries)):
        groups[uf.find(i)].append(i)
    folded = lru_cache(maxsize=None)(fold)  # names repeat across entries and pages
    numbered = {pub.abstract: tokens[i] for i, (_, pub) in enumerate(entries) if pub.abstract}

    def words_of(abstract: str) -> list[str]:
        return [spelling[n] for n in numbered[abstract]]

    papers = [build_paper([entries[i] for i in members], names, folded, words_of, keys) for members in groups.values()]
    return with_unique_ids(papers)


def with_unique_ids(papers: list[Paper]) -> list[Paper]:
    """Distinct papers whose abstracts open with the same words would share an id: each of them
    gets an id from its whole abstract instead, and papers with one abstract that stay apart (one
    paragraph under two titles on two pages) from their titles and pages too; whatever the page
    order, so re-ingest keeps them."""
    def rekey(of: Callable[[Paper], str]) -> None:
        counts = Counter(p.paper_id for p in papers)
        for paper in papers:
            if counts[paper.paper_id] > 1:
                paper.paper_id = "p" + hashlib.sha1(of(paper).encode()).hexdigest()[:12]

    rekey(lambda paper: paper.abstract or paper.label)
    rekey(lambda paper: "\n".join([paper.abstract or "", paper.label, *sorted(t.value for t in paper.titles),
                                   *sorted(s.url or s.file or "" for s in paper.sources)]))
    kept: dict[str, Paper] = {}
    for paper in papers:  # records still alike are one paper read twice: the first is kept
        kept.setdefault(paper.paper_id, paper)
    return list(kept.values())


def build_paper(group: list[tuple[Page, Publication]], names: dict[str, str], fold=fold,
                abstract_words=abstract_words, title_key=title_key) -> Paper:
    """One paper from its entries. ``fold``, ``abstract_words`` and ``title_key`` may be cached copies
    of those functions (``merge_pages`` has computed most of their values already)."""
    titles: list[Sourced] = []
    dates: list[Sourced] = []
    venues: list[Sourced] = []
    abstracts: list[Sourced] = []
    coauthors: list[Sourced] = []
    sources: list[Source] = []
    authors: list[str] = []
    author_keys: set[str] = set()  # the folded names in ``authors``
    spellings: dict[str, str] = {}  # folded name -> the co-author value that spells it (there is one per name)
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
            add_sourced(titles, TITLE_STOP.sub("", pub.title), source)
        for date in pub.dates:
            add_sourced(dates, date, source)
        for venue in pub.venues:
            add_sourced(venues, venue, source)
        for author in pub.authors:
            folded = fold(author)
            if folded not in author_keys:
                authors.append(author)
                author_keys.add(folded)
            # Each name with the pages that list it, whatever spelling: one page cannot add to another's list.
            spelt = spellings.setdefault(folded, author)
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
    key = " ".join(abstract_words(abstract)[:WINDOW * 2]) if abstract else "title " + title_key(title or "")
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
    copies: dict[str, dict[Printed, list[Source]]] = {}  # per researcher, each page's profile as printed: its pages
    for page in pages:
        if not page.researcher:
            continue
        name = names[fold(page.researcher)]
        profile = profiles.setdefault(name, Profile(researcher=name))
        source = Source(file=page.source, url=page.url, line=None, researcher=name, lang=page.lang)
        if source not in profile.pages:
            profile.pages.append(source)
        if page.printed_name:
            add_sourced(profile.also_named, page.printed_name, source)
        for field_name in ("roles", "affiliations", "topics", "supervisors", "students"):
            for value in getattr(page, field_name):
                add_sourced(getattr(profile, field_name), value, source)
        if page.student_programmes:  # (one value a page: the same line is several students)
            add_sourced(profile.student_programmes, "\n".join(page.student_programmes), source)
        said = tuple(sentence for paragraph in page.biography for sentence in whole_sentences(paragraph, page.lang))
        for sentence in said:
            add_sourced(profile.biography, sentence, source)
        printed = Printed(page.lang, tuple(page.roles), tuple(page.affiliations), tuple(page.topics), said)
        copies.setdefault(name, {}).setdefault(printed, []).append(source)
    for name, printed in copies.items():
        link_translations(profiles[name], printed)
    names_folded = lru_cache(maxsize=None)(fold)  # every news item looks for every researcher's name
    news = [page for page in pages if page.is_news]
    for page in news:  # first the people items are about (their headline, their block): any item may name them
        add_news(page, profiles, names_folded)
    unowned: dict[str, Profile] = {}
    for page in news:
        if add_news(page, profiles, names_folded):
            continue
        item = page_profile(page)
        if item.researcher in unowned:  # one item at two addresses (an old and a new URL): one page, both cited
            merge_item(unowned[item.researcher], item)
        else:
            unowned[item.researcher] = item
    # The news banners a profile page shows above it ("Mila is hosting its first quantum hackathon on
    # November 21 …"): what the page says, known by their opening line; site chrome, so they speak
    # of no researcher (one they name is not given a profile by them).
    banners = {}
    for page in pages:
        if page.researcher and any(is_prose(line) for line in page.news) and headline_of(page) not in banners:
            banners[headline_of(page)] = page_profile(page)
    return list(profiles.values()) + list(unowned.values()) + [b for b in banners.values() if b.researcher not in profiles]


class Printed(NamedTuple):
    """What a researcher's page prints of their profile, in its language (copies at several
    addresses print the same)."""

    lang: str
    roles: tuple[str, ...]
    affiliations: tuple[str, ...]
    topics: tuple[str, ...]
    biography: tuple[str, ...]  # sentences


def link_translations(profile: Profile, copies: dict[Printed, list[Source]]) -> None:
    """Pairs the values of a researcher's page with their page in another language (the same
    directory entry, translated), so that a citation of one can name the other. A listed field
    (roles, positions, topics) pairs when both pages list as many values: each language sorts its
    own. The two biographies are rewritten, not aligned sentence by sentence, so a sentence is
    paired with the other biography as a whole: when every name and number it prints is printed
    there too, and the other runs at least as far, in the proportion translations keep (a copy cut
    short vouches for nothing after its end)."""
    for printed, other in ((a, b) for a in copies for b in copies if a.lang != b.lang):
        values = [value for field_name in ("roles", "affiliations", "topics")
                  if len(getattr(printed, field_name)) == len(getattr(other, field_name))
                  for value in getattr(printed, field_name)]
        other_length = sum(len(s) + 1 for s in other.biography)
        written = {anchor_form(w) for s in other.biography for w in words_in(s)}
        offset = 0
        for sentence in printed.biography:
            offset += len(sentence) + 1
            if other_length < offset * TRANSLATED_LENGTH:
                break
            if anchors(sentence) <= written:
                values.append(sentence)
        for value in values:
            found = profile.translated.setdefault(value, [])
            found += [source for source in copies[other] if source not in found]


def words_in(sentence: str) -> list[str]:
    return re.findall(r"\w+", sentence)


def anchors(sentence: str) -> set[str]:
    """What a translation of the sentence prints unchanged: its numbers, and the capitalised words
    after its first that neither language's dictionary knows ("Okonkwo", "DeepMind", "Trondheim";
    not "Toronto" nor "TIDE", which simplemma's dictionaries hold), each by its first letters (a
    name may take an ending: "Californie")."""
    tokens = words_in(sentence)
    return {anchor_form(w) for i, w in enumerate(tokens) if w.isdigit() or i and w[0].isupper()
            and not known_word(w) and not known_word(w, "fr")}


def anchor_form(word: str) -> str:
    return word if word.isdigit() else fold(word).lower()[:ANCHOR_LETTERS]


def merge_item(kept: Profile, other: Profile) -> None:
    """Another copy of a news item (same headline) into the one kept: its address and its lines."""
    kept.pages += [s for s in other.pages if s not in kept.pages]
    for value in other.news:
        for source in value.sources:
            add_sourced(kept.news, value.value, source)


def news_lines(page: Page) -> list[str]:
    """A news item's lines, the first without the breadcrumb it may open with ("Mila > News > …")."""
    return [after_breadcrumb(page.news[0]), *page.news[1:]] if page.news else []


def after_breadcrumb(line: str) -> str:
    """A line after its last breadcrumb separator (" > ", " › ", " » "); a "»" that closes a French
    quote opened before it (le comité « Mer du Nord » publie …) separates nothing."""
    cut = 0
    for match in re.finditer(r"\s[>›»]\s", line):
        if match.group().strip() != "»" or line.count("«", cut, match.start()) <= line.count("»", cut, match.start()):
            cut = match.end()
    return line[cut:]


def headline_of(page: Page) -> str | None:
    """A news item's first line, shortened, as its citations' label."""
    return shorten(news_lines(page)[0], HEADLINE_CHARS, placeholder=" …") if page.news else None


def date_of(page: Page) -> str | None:
    """A news item's own date: a line among its first few that is a date and nothing else."""
    return next((line.strip() for line in news_lines(page)[:4] if date_line().match(fold(line).strip())), None)


def news_sentences(page: Page) -> list[str]:
    return [sentence for line in news_lines(page) for sentence in whole_sentences(line, page.lang)]


def page_profile(page: Page) -> Profile:
    """A news item that names no researcher here: a profile of the page itself, known by its headline."""
    headline = headline_of(page) or page.url or page.source or "?"
    source = Source(file=page.source, url=page.url, line=None, researcher=headline, lang=page.lang, headline=headline,
                    date=date_of(page))
    profile = Profile(researcher=headline, pages=[source], unowned=True)
    for sentence in news_sentences(page):
        add_sourced(profile.news, sentence, source)
    return profile


# A piece that ends in initials ("Arthur-B.", "M.", "A.M. Turing") and a piece that opens inside a word or a
# sentence ("-McDonald …", "and then …") are one sentence the segmenter cut.
ENDS_IN_INITIAL = re.compile(r"(?:^|[\s\-‐(])(?:[A-ZÀ-ÖØ-Þ]\.){1,3}$")  # "M.", "the 2018 A.M."
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


def add_news(page: Page, profiles: dict[str, Profile], fold=fold) -> bool:
    """A news item's sentences go to each researcher it names in full, and to the person its
    headline is about (a name the headline gives and the text repeats), who may have no page.
    ``fold``: ``qa.text.fold`` or a cached copy of it. Whether it named anyone."""
    text = " ".join(page.news)
    folded = f" {fold(text)} "
    named = [name for name in profiles if f" {fold(name)} " in folded]
    # A headline is a title line; a news item that opens with prose ("… on the shores of Long Beach,
    # California …") has none, and a place it repeats is no person.
    headline = page.news[0] if page.news and not is_prose(page.news[0]) else ""
    spans = re.findall(r"(?:[A-ZÀ-Ö][\w\-]+ ){1,2}[A-ZÀ-Ö][\w\-]+", headline)
    # One that opens with prose names its subject first ("Ines Varga, core member of …, will …").
    lead = re.match(r"((?:[A-ZÀ-Ö][\w\-]+ ){1,2}[A-ZÀ-Ö][\w\-]+)(?=,| [a-zà-ö])", page.news[0]) if page.news and not headline else None
    for span in spans + ([lead.group(1)] if lead else []):
        # An acronym is no part of a person's name ("Canada CIFAR AI Chairs"), a surname is no
        # dictionary word ("the Fjord Prize", "the Turing Award" are things) and a name opens with
        # no function word ("The Mila …").
        if is_person_name(span) and not any(map(is_acronym, span.split())) \
                and not known_word(span.split()[-1]) and fold(span.split()[0]) not in stopwords() \
                and folded.count(f" {fold(span)} ") + folded.count(f" {fold(span.split()[-1])} ") >= 2:
            named.append(span)
    lines = news_lines(page)
    blocks = person_blocks(lines)
    by_fold = {fold(name): name for name in profiles}
    owner = {name: by_fold.get(fold(name), name) for name in blocks}
    named += list(owner.values())
    # A block's lines speak of its person only: the next one's member type is not theirs. (Its name
    # and field lines are fields, not sentences.)
    region: list[str | None] = [None] * len(lines)
    for name, (start, body, end, _) in blocks.items():
        region[start:end] = [""] * (body - start) + [owner[name]] * (end - body)
    said = [(region[i], sentence) for i, line in enumerate(lines) if region[i] != ""
            for sentence in whole_sentences(line, page.lang)]
    headline, date = headline_of(page), date_of(page)  # once for every researcher it names
    for name in dict.fromkeys(named):
        profile = profiles.setdefault(name, Profile(researcher=name))
        source = Source(file=page.source, url=page.url, line=None, researcher=name, lang=page.lang, headline=headline,
                        date=date)
        if source not in profile.pages:
            profile.pages.append(source)
        for speaks_of, sentence in said:
            if speaks_of in (None, name):
                add_sourced(profile.news, sentence, source)
    for name, (_, _, _, held) in blocks.items():
        profile = profiles[owner[name]]
        source = next(s for s in profile.pages if s.url == page.url and s.file == page.source)
        for line in held:
            add_sourced(profile.roles if is_role(line.partition(",")[0]) else profile.affiliations, line, source)
    return bool(named)


def person_blocks(lines: list[str]) -> dict[str, tuple[int, int, int, list[str]]]:
    """The people a news item presents as a profile page would: a line that is a name, followed by
    their member type and positions ("Jane Doe" / "Core Academic Member, Mila" / "Associate
    Professor, McGill University"). Name → (its line, the line after those lines, the end of their
    part of the item, those lines)."""
    starts: list[tuple[int, int, str, list[str]]] = []
    for i, line in enumerate(lines):
        if not is_person_name(line.strip()) or any(map(is_acronym, line.split())):
            continue
        held, body = [], i + 1
        while body < len(lines) and (not lines[body].strip() or is_role(lines[body].strip())
                                     or is_affiliation(lines[body].strip())):
            if lines[body].strip():
                held.append(lines[body].strip())
            body += 1
        if held:
            starts.append((i, body, line.strip(), held))
    ends = [start for start, _, _, _ in starts[1:]] + [len(lines)]
    return {name: (start, body, end, held) for (start, body, name, held), end in zip(starts, ends)}
