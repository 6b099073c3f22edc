"""The synthetic page generator: realistic difficulties, exact ground truth, same seed → same bytes."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from qa.index import page_files, read_page_file, source_urls
from qa.pages import fold, parse_page
from qa.papers import merge_pages
from eval.bench.synthetic import generate, questions

N = 60


def parse_folder(folder: Path):
    urls = source_urls(folder)
    return [parse_page(read_page_file(path, 20_000_000), url=urls.get(path.name), source=path.name)
            for path in page_files([folder])]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("synthetic"), N, seed=7)


@pytest.fixture(scope="module")
def merged(corpus):
    return merge_pages(parse_folder(corpus.directory))


def test_generated_pages_have_the_seed_pages_difficulties(corpus):
    assert corpus.n_papers == N and len(corpus.researchers) == round(N / 25)
    layouts = Counter(p["layout"] for p in corpus.pages)
    assert layouts["bare"] and layouts["profile"] and layouts["compact"], layouts
    assert {p["lang"] for p in corpus.pages} == {"en", "fr"} and any(p["format"] == "html" for p in corpus.pages)
    urls = [p["url"] for p in corpus.pages]
    assert all(re.match(r"https://mila\.quebec/(en/directory|fr/annuaire)/[a-z0-9-]+(\?page=0%2C\d+)?$", u) for u in urls)
    assert any(p.date and p.venue for p in corpus.papers) and any(len(p.researchers) > 1 for p in corpus.papers)
    assert any(re.search(r"[^\x00-\x7f]", a) for p in corpus.papers for a in p.authors)  # accented names
    texts = [(corpus.directory / p["file"]).read_text(encoding="utf-8") for p in corpus.pages]
    assert any("cookies" in t for t in texts) and any("témoins" in t for t in texts)
    assert sum(p["entries"] for p in corpus.pages) > sum(len(p.researchers) for p in corpus.papers)  # duplicates
    for page, text in zip(corpus.pages, texts):
        if page["layout"] == "bare":
            assert page["researcher"] not in text.split("\n")  # only the URL names the researcher
    words = [len(p.abstract.split()) for p in corpus.papers if p.abstract]
    assert min(words) >= 150 and max(words) <= 250


def test_every_see_more_splice_cuts_a_word(corpus):
    splices = 0
    for page in corpus.pages:
        text = (corpus.directory / page["file"]).read_text(encoding="utf-8")
        for match in re.finditer(r"(.)… \((?:see more|voir plus)\)(.)", text):
            assert match.group(1).isalnum() and match.group(2).isalnum(), match.group(0)
            splices += 1
    assert splices >= N


def test_pages_parse_and_merge_back_to_the_generated_papers(corpus, merged):
    assert len(merged) == corpus.n_papers
    assert len({p.paper_id for p in merged}) == corpus.n_papers
    by_title = {p.title: p for p in corpus.papers}
    matched = set()
    for paper in merged:
        assert not re.search(r"see more|voir plus|…", paper.abstract or ""), paper.abstract[:200]
        truth = [t for t in corpus.papers if t.abstract and paper.abstract and
                 paper.abstract.split()[:30] == t.abstract.split()[:30]] or [by_title[paper.title]]
        assert len(truth) == 1
        truth = truth[0]
        matched.add(truth.index)
        assert {fold(r) for r in paper.researchers} == {fold(r) for r in truth.researchers}, truth.index
        assert paper.title in (None, truth.title)
        assert set(paper.authors) <= set(truth.authors)
        if truth.abstract:
            # The longest copy wins: the full abstract, a copy one word apart, or (listed once, cut) a prefix.
            assert truth.abstract.startswith(paper.abstract) or abs(len(paper.abstract) - len(truth.abstract)) <= 1
        if paper.dates:
            year, month, day = truth.date.split("-")
            assert {d.value for d in paper.dates} <= {truth.date, f"{year}-{month}-{int(day) + 1:02d}"}
    assert matched == set(range(N))
    printed = {fold(r.name) for r in corpus.researchers}
    assert {fold(r) for p in merged for r in p.researchers} == printed


def test_same_seed_same_bytes_other_seed_other_pages(tmp_path):
    a, b, c = (generate(tmp_path / name, 40, seed=seed) for name, seed in (("a", 3), ("b", 3), ("c", 4)))

    def files(corpus):
        return {p.name: p.read_bytes() for p in sorted(corpus.directory.iterdir())}

    assert files(a) == files(b) and len(files(a)) == len(a.pages) + 1
    assert files(a) != files(c)
    assert json.loads((a.directory / "sources.json").read_text(encoding="utf-8"))["pages"][0]["file"] == a.pages[0]["file"]
    assert questions(a, 50, seed=1) == questions(b, 50, seed=1)


def test_questions_cover_researchers_lists_and_unknown_people(corpus):
    qs = questions(corpus, 200)
    kinds = Counter(q["kind"] for q in qs)
    assert len(qs) == 200 and {"researcher_topic", "french", "list", "coauthors", "unknown"} <= set(kinds)
    names = {r.name for r in corpus.researchers}
    assert all(any(n in q["question"] for n in names) for q in qs if q["kind"] == "list")
