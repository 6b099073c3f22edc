from qa.papers import merge_pages
from tests.seeds import seed_line

SOFTMAX = seed_line("Softmax is not Enough")


def test_seed_pages_hold_17_distinct_papers_8_titled(seed_pages):
    papers = merge_pages(seed_pages)
    assert len(papers) == 17
    assert sum(1 for p in papers if p.title) == 8
    assert len({p.paper_id for p in papers}) == 17


def test_conflicting_dates_are_kept_with_their_pages(seed_pages):
    softmax = next(p for p in merge_pages(seed_pages) if p.title == SOFTMAX)
    by_date = {d.value: sorted({s.file[:3] for s in d.sources}) for d in softmax.dates}
    assert by_date == {"2025-10-05": ["004"], "2025-10-06": ["000", "003"]}
    assert softmax.researchers == ["Razvan Pascanu", "Petar Veličković"]  # the printed spelling wins
    assert softmax.authors == ["Christos Perivolaropoulos", "Federico Barbero"]  # from page 002 only
    assert [v.value for v in softmax.venues] == [seed_line("Proceedings of the 42nd").removesuffix(" (published)")]
    assert {s.file[:3] for s in softmax.sources} == {"000", "002", "003", "004"}


def test_cut_and_reworded_copies_merge_and_the_longest_copy_wins(seed_pages):
    papers = merge_pages(seed_pages)
    lram = next(p for p in papers if p.title and p.title.startswith("A Large Recurrent Action Model"))
    # 000 prints it twice ("which result in" / "which results in"), 002 cut short: one paper.
    assert {s.file[:3] for s in lram.sources} == {"000", "002"}
    assert lram.abstract.endswith("in terms of performance and speed.") and lram.abstract_complete
    rat = next(p for p in papers if p.title and p.title.startswith("RAT"))
    assert "Code is available at" in rat.abstract


def test_merge_is_independent_of_page_order(seed_pages):
    forward = {p.paper_id: p.researchers for p in merge_pages(seed_pages)}
    backward = {p.paper_id: sorted(p.researchers) for p in merge_pages(list(reversed(seed_pages)))}
    assert {k: sorted(v) for k, v in forward.items()} == backward


def test_title_only_entries_are_papers_of_their_page(seed_pages):
    papers = {p.title: p for p in merge_pages(seed_pages) if p.title}
    meta = papers["Meta-learning how to Share Credit among Macro-Actions"]
    assert meta.abstract is None and meta.authors == ["Ionel-Alexandru Hosu", "Traian Rebedea"]
    assert meta.label == meta.title


def _page(researcher: str, *abstracts: str):
    from qa.pages import Page, Publication

    return Page(researcher=researcher, researcher_source="header", lang="en", roles=[], affiliations=[], topics=[],
                publications=[Publication(abstract=a, lines=[n]) for n, a in enumerate(abstracts, start=1)],
                url=None, source=f"{researcher}.txt")


def test_papers_sharing_an_opening_keep_their_own_copies_and_distinct_ids():
    opening = "In this paper we study how large language models behave when they are asked to reason " \
              "step by step about problems drawn from many different fields of science and engineering "
    first = opening + "and we find that longer chains of thought help on arithmetic but hurt on trivia questions."
    second = opening + "while we show that calibration of the final answer degrades sharply under distribution shift."
    # The first paper is first in every block; the second's two copies must still find each other.
    papers = merge_pages([_page("Ada Lovelace", first), _page("Alan Turing", second, second[:-40] + "rift.")])
    assert len(papers) == 2
    assert len({p.paper_id for p in papers}) == 2
    assert sorted(len(p.sources) for p in papers) == [1, 2]


def test_biography_sentences_are_not_cut_after_an_initial():
    from qa.papers import whole_sentences

    text = ("Elle a reçu la bourse Jean-C.-Tremblay en 2021 et le prix Nova en 2019. M. Haddad dirige le labo. "
            "She met John F. Kennedy once. Then she left.")
    assert whole_sentences(text, "fr")[:2] == ["Elle a reçu la bourse Jean-C.-Tremblay en 2021 et le prix Nova en 2019.",
                                               "M. Haddad dirige le labo."]
    assert whole_sentences("She met John F. Kennedy once. Then she left.", "en") == [
        "She met John F. Kennedy once.", "Then she left."]
