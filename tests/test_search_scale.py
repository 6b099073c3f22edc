"""The lookups that keep a question's cost flat as the corpus grows give what a full scan gives:
BM25 over a pool read from the postings, pools from the per-researcher/venue/year indexes, the top
near misses without a full sort, name spellings by length, titles by first word and by quote."""

import random

import numpy as np
import pytest
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from eval.bench.synthetic import generate
from qa.index import page_files, read_page_file, source_urls
from qa.pages import parse_page
from qa.papers import merge_pages, merge_profiles
from qa.question import Directory, Intent, Period, Question, flatten, named_papers
from qa.search import Library, matches, sort_postings, top_stable
from qa.text import lemmas


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale")
    generate(folder, 300, seed=3)
    urls = source_urls(folder)
    pages = [parse_page(read_page_file(p, 20_000_000), url=urls.get(p.name), source=p.name) for p in page_files([folder])]
    # No vectors are read by these tests: the embedder and the vector reader are never called.
    return Library(merge_pages(pages), merge_profiles(pages), vectors_of=None, embedder=None, min_similarity=0.5)


def test_matches_and_top_stable_agree_with_brute_force():
    rng = np.random.default_rng(0)
    for _ in range(200):
        rows = np.unique(rng.integers(0, 500, rng.integers(0, 60)))
        posting = np.unique(rng.integers(0, 500, rng.integers(0, 400)))
        where, at = matches(rows, posting)
        expected = [(i, j) for i, r in enumerate(rows) for j, p in enumerate(posting) if r == p]
        assert list(zip(where.tolist(), at.tolist())) == expected
        values = rng.integers(0, 6, rng.integers(0, 30)).astype(np.float32)  # many ties
        k = int(rng.integers(0, 5))
        assert top_stable(values, k) == sorted(range(len(values)), key=lambda i: -values[i])[:k]


def test_sorted_postings_keep_bm25s_scores():
    import bm25s

    rng = random.Random(1)
    docs = [[rng.choice("abcdefghij") for _ in range(rng.randint(1, 12))] for _ in range(80)]
    bm25 = bm25s.BM25()
    bm25.index(docs, show_progress=False)
    before = bm25.get_scores(list("aceg"))
    shuffle = np.random.default_rng(1)
    for start, end in zip(bm25.scores["indptr"][:-1], bm25.scores["indptr"][1:]):  # each word's rows out of order
        order = start + shuffle.permutation(end - start)
        bm25.scores["indices"][start:end] = bm25.scores["indices"][order].copy()
        bm25.scores["data"][start:end] = bm25.scores["data"][order].copy()
    assert not all(np.all(np.diff(bm25.scores["indices"][s:e]) > 0)
                   for s, e in zip(bm25.scores["indptr"][:-1], bm25.scores["indptr"][1:]))
    sort_postings(bm25.scores)
    for start, end in zip(bm25.scores["indptr"][:-1], bm25.scores["indptr"][1:]):
        assert np.all(np.diff(bm25.scores["indices"][start:end]) > 0)
    assert np.array_equal(bm25.get_scores(list("aceg")), before)


def test_pool_bm25_equals_bm25s_over_everything(library):
    import bm25s

    whole = bm25s.BM25()
    whole.index([lemmas(p.embed_text) or ["_"] for p in library.all], show_progress=False)
    rng = random.Random(2)
    vocabulary = sorted(library.df)
    for _ in range(50):
        asked = rng.sample(vocabulary, rng.randint(1, 5))
        rows = np.asarray(sorted(rng.sample(range(len(library.all)), rng.randint(1, len(library.all)))))
        scores = whole.get_scores(asked)
        picked = [float(scores[r]) for r in rows]
        top = max(picked) or 1.0
        assert library.lexical(asked, rows).tolist() == [s / top for s in picked]


def test_postings_and_pools_equal_full_scans(library):
    papers = library.all
    held = [set(lemmas(p.embed_text)) for p in papers]
    for word in library.df:
        assert library.posting(word).tolist() == [i for i, h in enumerate(held) if word in h]
    assert set(library.df) == set().union(*held)
    names = sorted(library.by_researcher)
    venues = sorted({v.value for p in papers for v in p.venues})
    rng = random.Random(4)
    for _ in range(60):
        q = Question(text="", lang="en", intent=rng.choice([Intent.PAPERS, Intent.LIST, Intent.COMPARE]))
        q.researchers = rng.sample(names, rng.randint(0, 2))
        q.combine = rng.choice(["all", "any", "first"])
        if rng.random() < 0.3 and venues:
            from qa.text import fold

            q.venue = fold(rng.choice(venues))
        if rng.random() < 0.4:
            q.period = Period(since=rng.choice([None, 2020, 2022]), until=rng.choice([None, 2023, 2024]))
        # The full scan the pool used to be.
        if q.researchers:
            sets = [set(library.by_researcher.get(n, [])) for n in q.researchers]
            ids = set().union(*sets) if q.combine == "any" or q.intent == Intent.COMPARE else \
                sets[0] - set().union(*sets[1:]) if q.combine == "first" else set.intersection(*sets)
        else:
            ids = set(library.order)
        from qa.search import names_venue

        expected = [p for p in papers if p.paper_id in ids
                    and (not q.venue or any(names_venue(q.venue, v.value) for v in p.venues))
                    and (not q.period.filters or q.period.admits(p.years))]
        assert library.pool(q) == expected


def test_directory_lookups_equal_full_scans(library):
    directory: Directory = library.directory
    for researcher, table in ((True, directory.aliases), (False, directory.author_aliases)):
        for key in list(table)[:40] + ["jon smyth", "marie curiee", "zzzzzz"]:
            for limit in (1, 2):
                size = len(key.split())
                scan = [a for a in table if len(a.split()) == size and abs(len(a) - len(key)) <= limit]
                assert directory.spellings(researcher, size, len(key), limit) == scan
                assert process.extract(key, directory.spellings(researcher, size, len(key), limit),
                                       scorer=Levenshtein.distance, limit=3, score_cutoff=limit) == \
                    process.extract(key, scan, scorer=Levenshtein.distance, limit=3, score_cutoff=limit)
    rng = random.Random(5)
    for main, _ in rng.sample(directory.titles, 30):
        words = main.split()
        cut = " ".join(words[1:4])
        for text in (f"Who wrote {main}?", f"Who co-wrote '{cut} whatever'?", f"about '{main[2:40]}'"):
            flat = flatten(text)
            quoted = [q for q in __import__("re").findall(r"[\"“«‘']([^\"”»’']{8,})[\"”»’']", text)]
            from qa.text import fold

            quoted = [fold(q) for q in quoted]
            scan = list(dict.fromkeys(pid for m, pid in directory.titles
                                      if f" {m} " in flat or any(q and (q in m or m in q) for q in quoted)))
            q = Question(text=text, lang="en")
            named_papers(q, flat, directory)
            assert q.papers[:len(scan)] == scan
