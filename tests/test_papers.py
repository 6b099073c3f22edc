import pytest

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


def test_a_full_stop_printed_after_a_title_is_no_part_of_it():
    from qa.pages import Page, Publication

    def paper(title: str):
        page = Page(researcher="Ada Lovelace", researcher_source="header", lang="en", roles=[], affiliations=[],
                    topics=[], publications=[Publication(title=title, authors=["Alan Turing"], lines=[1])],
                    url=None, source="ada.txt")
        return merge_pages([page])[0]

    assert paper("Sparse Kelp Q-Networks.").title == "Sparse Kelp Q-Networks"
    assert paper("Kelp Growth in the U.S.").title == "Kelp Growth in the U.S."
    assert paper("Do Kelp Nets Scale?").title == "Do Kelp Nets Scale?"


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


def _edited_copies(seed: int) -> tuple[list[str], list[tuple[int, int]]]:
    """Abstracts that open alike (one blocking window), each with copies edited as far as ``same_words``
    forgives: every rare word spelt again ("zorbax" / "zorbaxs", "thez" / "the") and either the copy
    cut short with its last two words and one content word changed (one in a hundred allowed), or
    words added after the end. Returns the texts and the (original, copy) pairs that must be found."""
    import random

    rng = random.Random(seed)
    letters = "abcdefghiklmnoprstuvwyz"

    def fresh() -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(6, 9)))

    opening = "methods for graph learning trained with standard objectives tend".split()
    common = [fresh()[:rng.randint(4, 9)] for _ in range(300)]
    stop = "the of a in to and for with on by is are this that".split()
    texts: list[list[str]] = []
    pairs = []
    for _ in range(20):
        # Words printed once each, some spelt like a function word ("thez" / "the").
        rare = [fresh() for _ in range(5)] + [w + rng.choice("qxz") for w in rng.sample(stop[3:], 4)]
        body = [rng.choice(stop) if rng.random() < 0.4 else rng.choice(common) for _ in range(rng.randint(140, 230))]
        for word in rare:  # each rare word printed once, none in the last words
            body.insert(rng.randrange(len(body) - 60), word)
        original = opening + body
        texts.append(original)
        spelt = {word: word[:-1] if word[-1] in "qxz" else word + "s" for word in rare}
        cut = rng.choice([n for n in range(110, 190) if not {*original[n - 3:n]} & {*rare}])
        copy = [spelt.get(word, word) for word in original][:cut]
        copy[-2:] = [fresh(), fresh()]  # cut short, its last two words changed
        at = rng.choice([i for i in range(len(opening), len(copy) - 3) if not {*original[i - 1:i + 2]} & {*rare}])
        copy[at] = fresh()  # one content word changed (apart from the others: an edit of its own)
        pairs.append((len(texts) - 1, len(texts)))
        texts.append(copy)
        longer = [spelt.get(word, word) for word in original] + [fresh() for _ in range(10)]
        pairs.append((len(texts) - 2, len(texts)))  # the original is the shorter copy here
        texts.append(longer)
        for _ in range(2):  # milder copies: a function word more, a word spelt again, cut
            other = list(original)
            other.insert(rng.randrange(len(opening), len(other)), rng.choice(stop))
            i = rng.randrange(len(opening), len(other))
            other[i] = spelt.get(other[i], other[i] + "s")
            texts.append(other[:rng.randint(120, len(other))])
    return [" ".join(text) for text in texts], pairs


def test_rare_word_partners_leave_out_only_pairs_same_words_rejects():
    """The large-block index (``spelling_partners``) may skip a comparison only where ``same_words``
    would say no: every pair it accepts in a block of copies edited to the limit is partnered."""
    from qa.papers import abstract_words, same_words, spelling_partners
    from qa.text import stopwords

    for seed in range(3):
        texts, pairs = _edited_copies(seed)
        tokens = [abstract_words(text) for text in texts]
        members = list(range(len(tokens)))
        accepted = [(a, b) for a in members for b in members[a + 1:] if same_words(tokens[a], tokens[b])]
        assert set(pairs) <= set(accepted)  # the copies edited to the limit are still copies
        numbers: dict[str, int] = {}  # and as merge_pages keeps them: numbered words
        numbered = [[numbers.setdefault(w, len(numbers)) for w in words] for words in tokens]
        for partners, wild in (spelling_partners(members, tokens),
                               spelling_partners(members, numbered, list(numbers),
                                                 {n for w, n in numbers.items() if w in stopwords()})):
            assert sum(len(p) for p in partners.values()) < len(tokens) ** 2 / 4  # most pairs are left out
            missed = [(a, b) for a, b in accepted if b not in partners[a] and not {a, b} & wild]
            assert not missed


def test_large_blocks_merge_as_if_every_pair_were_compared(monkeypatch):
    """Merging with the large-block index gives the papers comparing every pair gives."""
    import qa.papers

    texts, _ = _edited_copies(seed=10)
    texts = texts[1::2] + texts[::2]  # copies before and after their originals, across pages
    pages = [_page(f"Researcher {n}", *texts[n::8]) for n in range(8)]
    indexed = [p.to_dict() for p in qa.papers.merge_pages(pages)]
    monkeypatch.setattr(qa.papers, "INDEXED_BLOCK", 10 ** 9)
    assert indexed == [p.to_dict() for p in qa.papers.merge_pages(pages)]
    assert len(indexed) < sum(len(p.publications) for p in pages)


def test_a_news_item_opening_with_prose_has_no_headline_person():
    from qa.pages import parse_page
    from qa.papers import merge_profiles

    text = ("Our teams fly to the sunny shores of Port Alba, Nova Scotia this week for the annual robotics meeting.\n"
            "In Port Alba, Ines Varga will present three accepted papers, the most of any lab.\n")
    page = parse_page(text, url="https://mila.quebec/en/news/off-to-port-alba")
    names = {p.researcher for p in merge_profiles([page]) if not p.unowned}  # people, not pages
    assert "Port Alba" not in names


def test_a_headline_acronym_is_no_person():
    from qa.pages import parse_page
    from qa.papers import merge_profiles

    text = ("NSERC and Mila name three new Canada NSERC AI Fellows\n"
            "Three Mila researchers were named Canada NSERC AI Fellows this week, among them Ines Varga.\n"
            "The fellows work on AI for science, AI for health and AI safety.\n")
    page = parse_page(text, url="https://mila.quebec/en/news/three-new-fellows")
    names = {p.researcher for p in merge_profiles([page]) if not p.unowned}  # people, not pages
    assert not any("AI" in name.split() for name in names)


def test_a_news_item_opening_with_prose_is_about_the_person_it_opens_with():
    from qa.pages import parse_page
    from qa.papers import merge_profiles

    text = ("Ines Varga, a doctoral student supervised by Kwame Boateng, defended her thesis on seabird counting "
            "on March 3 before a full room at Mila, the first in her lab to do so.\n"
            "Varga will now join the Norwegian Polar Institute as a research scientist working on colony surveys.\n")
    page = parse_page(text, url="https://mila.quebec/en/news/ines-varga-defends")
    profiles = {p.researcher: p for p in merge_profiles([page])}
    assert "Ines Varga" in profiles and any("Polar Institute" in v.value for v in profiles["Ines Varga"].news)


def test_a_news_item_naming_no_researcher_is_a_page_of_its_own_never_a_person():
    from qa.pages import parse_page
    from qa.papers import merge_profiles

    text = ("Mila > News > Three islands join the puffin census\n"
            "The yearly seabird census of the Gulf now covers three more islands, counted by 40 volunteers.\n")
    page = parse_page(text, url="https://mila.quebec/en/news/puffin-census-islands")
    (profile,) = merge_profiles([page])
    assert profile.unowned and profile.researcher == "Three islands join the puffin census"
    assert profile.pages[0].headline == profile.researcher and any("40 volunteers" in v.value for v in profile.news)



@pytest.mark.parametrize("dated", ["12 Mar 2021", "12 mars 2021", "March 12, 2021", "12/03/2021"])
def test_a_news_items_date_line_is_its_date_and_stands_in_its_citation(dated):
    from qa.pages import parse_page
    from qa.papers import merge_profiles
    from qa.records import Citation

    text = (f"Mila > News > Three islands join the puffin census\n{dated}\n"
            "Three islands join the puffin census\n"
            "Since 2019 the yearly seabird census of the Gulf has been counted by 40 volunteers.\n")
    page = parse_page(text, url="https://mila.quebec/en/news/puffin-census-islands")
    (profile,) = merge_profiles([page])
    source = profile.pages[0]
    assert source.date == dated
    citation = Citation.of_page(1, source, profile.researcher)
    assert dated in citation.label and citation.dates == [dated]


def test_a_date_inside_a_news_sentence_is_not_the_items_date():
    from qa.pages import parse_page
    from qa.papers import merge_profiles

    text = ("Mila > News > Three islands join the puffin census\n"
            "On 12 March 2021 the yearly seabird census of the Gulf added three islands, counted by 40 volunteers.\n")
    (profile,) = merge_profiles([parse_page(text, url="https://mila.quebec/en/news/puffin-census-islands")])
    assert profile.pages[0].date is None


@pytest.mark.parametrize("crumbs", ["", "Mila » Nouvelles » ", "Mila > Nouvelles > "])
def test_a_headline_quoting_a_name_in_guillemets_is_kept_whole_after_its_breadcrumb(crumbs):
    from qa.pages import parse_page
    from qa.papers import merge_profiles

    headline = "Le comité « Mer du Nord » publie son bilan sur les phoques"
    text = crumbs + headline + "\nLe comité a compté 1 200 phoques gris sur les îles de la Frise en 2024.\n"
    page = parse_page(text, url="https://mila.quebec/fr/nouvelle/bilan-phoques")
    (profile,) = merge_profiles([page])
    assert profile.researcher == headline and profile.pages[0].headline == headline
    assert any("« Mer du Nord »" in v.value for v in profile.news)

def test_initials_inside_a_biography_sentence_do_not_end_it():
    from qa.papers import whole_sentences

    text = "She won the 2021 A.M. Lindqvist Medal, the top prize of glaciology. In 2022 she moved."
    assert whole_sentences(text, "en") == ["She won the 2021 A.M. Lindqvist Medal, the top prize of glaciology.",
                                          "In 2022 she moved."]


FELLOWS_NEWS = """Mila > News > The Polar Institute and Mila name two new Polar AI Fellows
The Polar Institute and Mila name two new Polar AI Fellows
The Polar Institute and Mila today named two new fellows, bringing the programme to 31 fellows.
Here are the new fellows affiliated with Mila
Ines Varga
Core Academic Member, Mila
Assistant Professor, Université Laval
Ines Varga's lab builds models of sea ice drift and of seabird colonies.
Tomas Brekke
Associate Academic Member, Mila
Tomas Brekke studies the law of Arctic shipping.
"""


def test_a_news_item_presenting_people_as_a_profile_does_gives_each_their_member_type_and_position():
    from qa.pages import parse_page
    from qa.papers import merge_profiles

    page = parse_page(FELLOWS_NEWS, url="https://mila.quebec/en/news/two-new-polar-fellows")
    profiles = {p.researcher: p for p in merge_profiles([page])}
    varga, brekke = profiles["Ines Varga"], profiles["Tomas Brekke"]
    assert [v.value for v in varga.roles] == ["Core Academic Member, Mila"]
    assert [v.value for v in varga.affiliations] == ["Assistant Professor, Université Laval"]
    assert [v.value for v in brekke.roles] == ["Associate Academic Member, Mila"] and not brekke.affiliations
    assert varga.roles[0].sources[0].url == "https://mila.quebec/en/news/two-new-polar-fellows"
    # Each one's part of the item speaks of them only; what opens the item speaks of both.
    assert not any("sea ice" in v.value or "Core Academic" in v.value for v in brekke.news)
    assert not any("Arctic shipping" in v.value for v in varga.news)
    assert all(any("31 fellows" in v.value for v in p.news) for p in (varga, brekke))


def test_a_news_item_is_filed_under_someone_a_later_item_is_about():
    from qa.pages import parse_page
    from qa.papers import merge_profiles

    earlier = parse_page("Mila > News > A new glacier atlas\nA new glacier atlas\n"
                         "The atlas was drawn by Ilse Vandrecht and her students over three summers.\n",
                         url="https://mila.quebec/en/news/glacier-atlas")
    later = parse_page("Mila > News > Ilse Vandrecht wins the Fjord Medal\nIlse Vandrecht wins the Fjord Medal\n"
                       "Vandrecht receives the medal for her glacier atlas.\n",
                       url="https://mila.quebec/en/news/fjord-medal")
    for pages in ([earlier, later], [later, earlier]):  # whatever order the pages come in
        profiles = {p.researcher: p for p in merge_profiles(pages)}
        said = [v.value for v in profiles["Ilse Vandrecht"].news]
        assert any("three summers" in s for s in said) and any("Fjord Medal" in s for s in said)
        assert not any(p.unowned for p in profiles.values())


def test_one_news_item_at_two_addresses_is_one_page_holding_both_copies_lines():
    from qa.pages import parse_page
    from qa.papers import merge_profiles

    dated = parse_page("Mila > News > A greenhouse for rare seeds\n3 Mar 2021\nA greenhouse for rare seeds\n"
                       "The Harbour Institute opened a greenhouse where rare seeds are grown before they are stored.\n",
                       url="https://harbour.example/a-greenhouse-for-rare-seeds/")
    moved = parse_page("Mila > News > A greenhouse for rare seeds\nA greenhouse for rare seeds\n"
                       "The Harbour Institute opened a greenhouse where rare seeds are grown before they are stored.\n",
                       url="https://harbour.example/en/news/a-greenhouse-for-rare-seeds")
    (item,) = [p for p in merge_profiles([dated, moved]) if p.unowned]
    assert [s.url for s in item.pages] == [dated.url, moved.url]
    assert any(v.value == "3 Mar 2021" for v in item.news)


def test_one_paragraph_under_two_titles_on_two_pages_makes_papers_with_distinct_ids():
    from qa.pages import parse_page
    from qa.papers import merge_pages

    # Two programme pages repeat one boilerplate paragraph under different headings: two records, two ids
    # (one id twice made Chroma refuse the whole ingest).
    shared = ("Visiting trainees should check with the immigration office which permit applies to them "
              "before they arrive, since the rules differ for each country and each length of stay.")
    pages = [parse_page(f"Portrait of Ines Varga\nInes Varga\nPublications\n{title}\n{shared}\n", url=url)
             for title, url in (("Visiting Candidates", "https://mila.quebec/en/directory/ines-varga"),
                                ("Before You Arrive", "https://mila.quebec/fr/annuaire/ines-varga"))]
    papers = merge_pages(pages)
    ids = [p.paper_id for p in papers]
    assert len(ids) == len(set(ids)) and len(papers) >= 1


def test_a_page_in_the_other_language_vouches_only_for_what_it_runs_to_and_lists_alike():
    from qa.pages import parse_page
    from qa.papers import merge_profiles

    english = parse_page("Portrait of Ines Varga\nInes Varga\nCore Academic Member\nResearch Topics\nSea Ice\nSeabirds\n"
                         "Biography\nInes Varga studies how sea ice drifts. She grew up on a farm and learned to sail at "
                         "the age of nine on the lakes near her village.\n",
                         url="https://mila.quebec/en/directory/ines-varga")
    french = parse_page("Portrait d'Ines Varga\nInes Varga\nMembre académique principal\nThèmes de recherche\nGlace de mer\n"
                        "Biographie\nInes Varga étudie la dérive de la glace de mer.\n",
                        url="https://mila.quebec/fr/annuaire/ines-varga")
    (profile,) = merge_profiles([english, french])
    paired = {value: [s.url for s in sources] for value, sources in profile.translated.items()}
    assert paired["Core Academic Member"] == [french.url] and paired["Membre académique principal"] == [english.url]
    assert "Sea Ice" not in paired  # two topics listed against one: which is which is unknown
    assert paired["Ines Varga studies how sea ice drifts."] == [french.url]
    assert not any(value.startswith("She grew up") for value in paired)  # past the end of the French copy
