"""BibTeX export: real seed papers written by qa.bibtex and read back by a BibTeX parser (bibtexparser)."""

from dataclasses import replace

import bibtexparser
import pytest
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors

from qa.bibtex import bibliography, citation_key, to_bibtex
from tests.seeds import seed_line


def parse(text: str):
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware(), SeparateCoAuthors()])
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    return library.entries


def only(papers, title):
    found = [p for p in papers if p.title == title]
    assert len(found) == 1, title
    return found[0]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def papers(assistant):
    return assistant.papers()


def test_titled_papers_round_trip_with_accents(papers):
    softmax = only(papers, seed_line("Softmax is not Enough"))
    robots = only(papers, "A Large Recurrent Action Model: xLSTM enables Fast Inference for Robotics Tasks")
    text = to_bibtex(softmax)
    assert "Veli{\\v{c}}kovi{\\'c}" in text  # accents as BibTeX wants them, not raw UTF-8
    (entry,) = parse(text)
    assert entry.entry_type == "inproceedings" and entry.key == "perivolaropoulos2025softmax"
    assert entry["title"] == softmax.title
    assert entry["author"] == ["Christos Perivolaropoulos", "Federico Barbero", "Razvan Pascanu", "Petar Veličković"]
    assert entry["booktitle"] == seed_line("Proceedings of the 42nd").removesuffix(" (published)")
    assert entry["year"] == "2025" and entry["month"] == "oct"
    assert entry["abstract"] == flat(softmax.abstract)
    assert entry["url"] in softmax.urls and "?" not in entry["url"]

    (entry,) = parse(to_bibtex(robots))
    assert "{xLSTM}" in to_bibtex(robots)  # case kept by styles that lowercase titles
    assert entry["title"] == robots.title
    assert "Günter Klambauer" in entry["author"] and entry["author"][-1] == "Razvan Pascanu"


def test_untitled_paper_gets_a_note_never_a_title(papers):
    untitled = next(p for p in papers if not p.title and p.dates)
    (entry,) = parse(to_bibtex(untitled))
    assert "title" not in entry.fields_dict
    opening = " ".join(untitled.abstract.split()[:12])
    assert entry["note"] == f"Untitled on the source page; abstract begins: {opening}…"
    assert entry["author"] == untitled.researchers and entry["year"] == untitled.latest_date[:4]
    assert entry.entry_type == "inproceedings" and entry["booktitle"] == untitled.venues[0].value
    assert entry.key.startswith("velickovic2024untitled")


def test_latex_specials_are_escaped_and_read_back(papers):
    base = only(papers, seed_line("Softmax is not Enough"))
    odd = replace(base, title='Q&A at 50%: $x_1$ #1 {braces} for "naïve" Ångström', authors=["Øystein Ærø", "José Núñez"],
                  abstract="Costs 5$ & more_than 10% of {budget} \\cite{x}.")
    text = to_bibtex(odd)
    assert "{\\&}" in text and "{\\%}" in text and "{\\$}" in text and "{\\_}" in text and "{\\#}" in text
    (entry,) = parse(text)
    assert entry["title"] == odd.title and entry["abstract"] == odd.abstract
    assert entry["author"][:2] == ["Øystein Ærø", "José Núñez"]


def test_keys_are_stable_and_distinct(papers, assistant):
    assert [citation_key(p) for p in papers] == [citation_key(p) for p in assistant.papers()]
    entries = parse(bibliography(papers))
    assert len(entries) == len(papers) == 17
    assert len({e.key for e in entries}) == 17
    twice = bibliography([papers[0], papers[0]])
    assert [e.key for e in parse(twice)] == [citation_key(papers[0]) + "a", citation_key(papers[0]) + "b"]


def test_entry_type_follows_the_venue_and_a_status_is_noted(papers):
    from qa.records import Sourced

    base = only(papers, seed_line("Softmax is not Enough"))
    journal = replace(base, venues=[Sourced("Transactions on Machine Learning Research")], status="accepted")
    (entry,) = parse(to_bibtex(journal))
    assert entry.entry_type == "article" and entry["journal"] == "Transactions on Machine Learning Research"
    assert entry["note"] == "Status on the source page: accepted."
    (entry,) = parse(to_bibtex(replace(base, venues=[], dates=[])))
    assert entry.entry_type == "misc" and "year" not in entry.fields_dict and "booktitle" not in entry.fields_dict
