"""BibTeX for paper records: ``to_bibtex(paper)`` writes one entry, ``bibliography(papers)`` several
with distinct keys.

What the pages say and nothing more: a paper no page gives a title keeps no ``title`` field (its
``note`` says so and quotes the abstract's opening), dates and venues are the ones the pages print.
Text fields are LaTeX-encoded by pylatexenc (accents as ``{\\'c}``, specials as ``{\\&}``), so the
entry compiles under classic BibTeX as well as biber; the entry itself is written by bibtexparser.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from unidecode import unidecode

from qa.records import Paper

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# The venue's kind decides the entry type: proceedings → @inproceedings, a journal → @article, else @misc.
PROCEEDINGS = re.compile(r"\b(proceedings|conference|workshop|symposium|congress|meeting)\b", re.I)
JOURNAL = re.compile(r"\b(journal|transactions|letters|review|magazine)\b", re.I)
# Words a citation key skips when it takes the title's first word (as Google Scholar's keys do).
KEY_STOPWORDS = {"a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "from", "by", "at", "is", "are",
                 "how", "what", "why", "when", "do", "does", "can", "we", "towards", "toward"}
NOTE_WORDS = 12  # words of the abstract quoted by an untitled paper's note
# A word with a capital after its first letter (RAT, xLSTM, LLMs, GPT4o) keeps its case in styles that
# lowercase titles, so it is braced.
KEEP_CASE = re.compile(r"(?<![\w{])([^\W\d_]*[A-Z][^\W_]*[A-Z0-9][\w]*|[a-z]+[A-Z]\w*)")


@lru_cache(maxsize=1)
def _encoder():
    from pylatexenc.latexencode import RULE_DICT, UnicodeToLatexConversionRule, UnicodeToLatexEncoder

    # 'braces-almost-all' writes each accented letter as BibTeX wants it: Veli{\v{c}}kovi{\'c}. A straight
    # double quote stays one (LaTeX prints it as a closing quote either way; '' would read back as ”).
    keep_quote = UnicodeToLatexConversionRule(RULE_DICT, {ord('"'): '"'})
    return UnicodeToLatexEncoder(conversion_rules=[keep_quote, "defaults"],
                                 replacement_latex_protection="braces-almost-all", unknown_char_policy="keep")


def latex(text: str) -> str:
    """Plain text as LaTeX: accents, ``& % $ # _ { } ~ ^ \\`` and typographic quotes encoded."""
    return _encoder().unicode_to_latex(" ".join(text.split()))


def latex_title(text: str) -> str:
    """A title as LaTeX, acronyms and mixed-case words braced so that styles keep their case."""
    return " ".join(f"{{{latex(word)}}}" if KEEP_CASE.fullmatch(word.strip(":,.;?!()")) and word.isascii()
                    else latex(word) for word in text.split())


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unidecode(text).lower())


def authors_of(paper: Paper) -> list[str]:
    """The co-authors as the pages print them, then the researchers whose pages list the paper (the pages
    leave the owner out of the co-author line, so they are authors too)."""
    names = list(paper.authors)
    folded = {_fold(n) for n in names}
    names += [r for r in paper.researchers if _fold(r) not in folded]
    return names


def main_date(paper: Paper) -> str | None:
    """The date most pages give; on a tie, the latest."""
    if not paper.dates:
        return None
    return max(paper.dates, key=lambda d: (len(d.sources), d.value)).value


def main_venue(paper: Paper) -> str | None:
    if not paper.venues:
        return None
    return max(paper.venues, key=lambda v: len(v.sources)).value


def main_url(paper: Paper) -> str | None:
    """The first page URL without a query string (pagination), else the first URL."""
    urls = paper.urls
    return next((u for u in urls if "?" not in u), urls[0] if urls else None)


def entry_type(venue: str | None) -> str:
    if venue and PROCEEDINGS.search(venue):
        return "inproceedings"
    if venue and JOURNAL.search(venue):
        return "article"
    return "misc"


def citation_key(paper: Paper) -> str:
    """``lastname + year + first title word`` (``perivolaropoulos2025softmax``), from the record alone, so
    the same paper keeps its key across ingests. An untitled paper ends in its id's opening instead of an
    invented word: ``velickovicuntitled5d5026``."""
    names = authors_of(paper)
    last = _fold(names[0].split()[-1]) if names and names[0].split() else ""
    date = main_date(paper)
    year = date[:4] if date and date[:4].isdigit() else ""
    if paper.title:
        words = [_fold(w) for w in paper.title.split()]
        words = [w for w in words if w]
        word = next((w for w in words if w not in KEY_STOPWORDS), words[0] if words else "")
    else:
        word = "untitled" + paper.paper_id.removeprefix("p")[:6]
    return (last or "anon") + year + word


def untitled_note(paper: Paper) -> str:
    words = (paper.abstract or "").split()
    if not words:
        return "Untitled on the source page."
    opening = " ".join(words[:NOTE_WORDS]) + ("…" if len(words) > NOTE_WORDS else "")
    return f"Untitled on the source page; abstract begins: {opening}"


def _entry(paper: Paper, key: str):
    from bibtexparser.model import Entry, Field

    venue = main_venue(paper)
    kind = entry_type(venue)
    fields: list[Field] = []

    def add(name: str, value: str | None, **kw) -> None:
        if value:
            fields.append(Field(name, value, **kw))

    add("title", latex_title(paper.title) if paper.title else None)
    add("author", " and ".join(latex(n) for n in authors_of(paper)))
    if venue:
        add({"inproceedings": "booktitle", "article": "journal", "misc": "howpublished"}[kind], latex(venue))
    date = main_date(paper)
    if date and date[:4].isdigit():
        add("year", date[:4])
        month = date[5:7]
        if month.isdigit() and 1 <= int(month) <= 12:
            add("month", MONTHS[int(month) - 1], enclosing="no-enclosing")  # the standard macro: month = oct
    notes = []
    if not paper.title:
        notes.append(untitled_note(paper))
    if paper.status and paper.status != "published":
        notes.append(f"Status on the source page: {paper.status}.")
    add("note", latex(" ".join(notes)) if notes else None)
    add("abstract", latex(paper.abstract) if paper.abstract else None)
    add("url", main_url(paper))  # verbatim: url fields are not LaTeX
    return Entry(kind, key, fields)


def _write(entries) -> str:
    import bibtexparser
    from bibtexparser.library import Library

    return bibtexparser.write_string(Library(entries)).strip() + "\n"


def to_bibtex(paper: Paper) -> str:
    """One BibTeX entry for a paper record."""
    return _write([_entry(paper, citation_key(paper))])


def bibliography(papers: list[Paper]) -> str:
    """Entries for several papers, in order; keys that would repeat get a, b, c … in that order."""
    keys = [citation_key(p) for p in papers]
    counts, seen = Counter(keys), Counter()
    unique = []
    for key in keys:
        if counts[key] > 1:
            unique.append(key + "abcdefghijklmnopqrstuvwxyz"[seen[key] % 26])
            seen[key] += 1
        else:
            unique.append(key)
    return _write([_entry(p, k) for p, k in zip(papers, unique)])
