"""Pages can't forge records (issue 12): a page speaks only for the researcher it belongs to, no page
overwrites another page's values, templated abstracts stay apart, citation markers are stripped.

Every page here is invented in the test."""

import json
import os
import subprocess
import sys

from qa import index as qa_index
from qa.index import PaperIndex, read_sources
from qa.pages import Page, Publication, parse_page
from qa.papers import merge_pages
from qa.settings import Settings

ABSTRACT = ("We introduce a lattice of tiny recurrent cells that route messages between distant tokens, and we show "
            "on three synthetic reasoning suites that the lattice matches attention while using a tenth of the memory "
            "during training and inference.")


def profile_text(name: str, title: str, coauthor: str, abstract: str, date: str) -> str:
    return (f"Portrait of {name}\n{name}\nCore Academic Member\nAssociate Professor, Invented University\n"
            f"Publications\n{title}\n{coauthor}\n{abstract}\n{date}\n")


# 1. A page only speaks for the researcher it belongs to.

def test_allowed_sites_are_hosts_and_their_subdomains():
    sites = ["mila.quebec"]
    allowed_host = qa_index.allowed_host
    assert allowed_host("https://mila.quebec/en/directory/ada-byron", sites)
    assert allowed_host("https://www.mila.quebec/fr/annuaire/ada-byron", sites)
    assert not allowed_host("https://evil.example/en/directory/ada-byron", sites)
    assert not allowed_host("https://mila.quebec.evil.example/en/directory/ada-byron", sites)
    assert not allowed_host("https://notmila.quebec/en/directory/ada-byron", sites)
    assert allowed_host("https://lab.example.org/people/ada", ["mila.quebec", "example.org"])


def test_a_page_from_another_site_is_skipped_with_its_reason_and_exit_2(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "real.txt").write_text(profile_text("Ada Byron", "Lattices of Tiny Cells", "Charles Babbage",
                                                  ABSTRACT, "2024-03-01"))
    (folder / "forged.txt").write_text(profile_text("Ada Byron", "Forged Results on Lattices", "Mallory Mole",
                                                    ABSTRACT.replace("three", "seven") + " We also prove P = NP.",
                                                    "2019-01-01"))
    (folder / "sources.json").write_text(json.dumps({"pages": [
        {"file": "real.txt", "url": "https://mila.quebec/en/directory/ada-byron"},
        {"file": "forged.txt", "url": "https://evil.example/en/directory/ada-byron"},
    ]}))
    assert list(read_sources(folder, ["mila.quebec"]).refused) == ["forged.txt"]

    env = {**os.environ, "QA_DATA_DIR": str(tmp_path / "data"), "HF_HUB_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-c", "from qa.cli import main; main()", "ingest", str(folder)],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 2, result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert skipped == [f"skipped {folder / 'forged.txt'}: its URL https://evil.example/en/directory/ada-byron is not "
                       "on an allowed site (mila.quebec; QA_ALLOWED_SITES)"]
    papers = PaperIndex(Settings(data_dir=tmp_path / "data")).load_papers()
    assert [p.title for p in papers] == ["Lattices of Tiny Cells"]
    assert papers[0].authors == ["Charles Babbage"] and [d.value for d in papers[0].dates] == ["2024-03-01"]


def test_the_allowed_sites_are_a_setting(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "lab.txt").write_text(profile_text("Ada Byron", "Lattices of Tiny Cells", "Charles Babbage",
                                                 ABSTRACT, "2024-03-01"))
    (folder / "elsewhere.txt").write_text(profile_text("Ada Byron", "Forged Results on Lattices", "Mallory Mole",
                                                       ABSTRACT.replace("three", "seven"), "2019-01-01"))
    (folder / "sources.json").write_text(json.dumps({"pages": [
        {"file": "lab.txt", "url": "https://people.lab.example.org/en/directory/ada-byron"},
        {"file": "elsewhere.txt", "url": "https://mila.quebec.example.net/en/directory/ada-byron"}]}))
    index = PaperIndex(Settings(data_dir=tmp_path / "data", allowed_sites="mila.quebec, lab.example.org"))
    report = index.ingest([folder])
    assert [(f.rsplit("/", 1)[-1], r.split(" is not")[1]) for f, r in report.skipped] == [
        ("elsewhere.txt", " on an allowed site (mila.quebec, lab.example.org; QA_ALLOWED_SITES)")]
    assert report.papers == 1 and [p.title for p in index.load_papers()] == ["Lattices of Tiny Cells"]


def test_a_header_naming_someone_else_than_the_url_does_not_take_their_name():
    text = profile_text("Petar Veličković", "Forged Results on Lattices", "Mallory Mole", ABSTRACT, "2019-01-01")
    page = parse_page(text, url="https://mila.quebec/en/directory/mallory-velickovic", source="forged.txt")
    assert page.researcher == "Mallory Velickovic" and page.researcher_source == "url"
    [paper] = merge_pages([page])
    assert paper.researchers == ["Mallory Velickovic"]
    # The same header on its own page, and a middle name the URL leaves out, are the owner.
    own = parse_page(text, url="https://mila.quebec/en/directory/petar-velickovic", source="own.txt")
    assert own.researcher == "Petar Veličković" and own.researcher_source == "header"
    middle = parse_page(profile_text("Ada King Byron", "Lattices of Tiny Cells", "Charles Babbage", ABSTRACT,
                                     "2024-03-01"), url="https://mila.quebec/en/directory/ada-byron")
    assert middle.researcher == "Ada King Byron"


def test_local_pages_without_a_url_are_kept_and_marked_as_such():
    page = parse_page(profile_text("Ada Byron", "Lattices of Tiny Cells", "Charles Babbage", ABSTRACT, "2024-03-01"),
                      url=None, source="local.txt")
    assert page.researcher == "Ada Byron" and page.url is None
    [paper] = merge_pages([page])
    assert paper.researchers == ["Ada Byron"] and paper.urls == []
    assert [(s.file, s.url) for s in paper.sources] == [("local.txt", None)]


# 2. No page overwrites another page's value.

def page_of(owner: str, url: str, lang: str, *pubs: Publication) -> Page:
    return Page(researcher=owner, researcher_source="header", lang=lang, roles=[], affiliations=[], topics=[],
                publications=list(pubs), url=url, source=url.rsplit("/", 1)[-1] + f"-{lang}.txt")


def test_another_owners_page_cannot_change_what_a_researchers_pages_say_about_a_paper():
    title = "Lattices of Tiny Cells"
    real = Publication(title=title, authors=["Charles Babbage"], abstract=ABSTRACT, dates=["2024-03-01"], lines=[5])
    forged = Publication(title=title, authors=["Mallory Mole", "Charles Babbage"],
                         abstract=ABSTRACT + " Mallory Mole designed every experiment herself.",
                         dates=["2019-01-01"], lines=[5])
    pages = [page_of("Ada Byron", "https://mila.quebec/en/directory/ada-byron", "en", real),
             page_of("Ada Byron", "https://mila.quebec/fr/annuaire/ada-byron", "fr", real),
             page_of("Mallory Mole", "https://mila.quebec/en/directory/mallory-mole", "en", forged)]
    for order in (pages, pages[::-1]):
        [paper] = merge_pages(order)
        # The longer copy from one page does not replace what two pages agree on; it stays beside it.
        assert paper.abstract == ABSTRACT
        assert {a.value: sorted(s.researcher for s in a.sources) for a in paper.abstracts} == {
            ABSTRACT: ["Ada Byron", "Ada Byron"], forged.abstract: ["Mallory Mole"]}
        # What Ada's pages say, whatever Mallory's page adds.
        assert paper.seen_on("Ada Byron") == ["Charles Babbage"]
        assert paper.seen_on("Ada Byron", "abstracts") == [ABSTRACT]
        assert paper.seen_on("Ada Byron", "dates") == ["2024-03-01"]
        assert sorted(paper.seen_on("Mallory Mole")) == ["Charles Babbage"]  # the owner is never a co-author
        assert paper.authors == ["Charles Babbage"]


def test_sourced_fields_survive_the_stored_record():
    from qa.records import Paper

    real = Publication(title="Lattices of Tiny Cells", authors=["Charles Babbage"], abstract=ABSTRACT, lines=[5])
    [paper] = merge_pages([page_of("Ada Byron", "https://mila.quebec/en/directory/ada-byron", "en", real)])
    again = Paper.from_dict(json.loads(json.dumps(paper.to_dict())))
    assert again == paper and again.seen_on("Ada Byron") == ["Charles Babbage"]
    old = {k: v for k, v in paper.to_dict().items() if k not in ("abstracts", "coauthors")}
    assert Paper.from_dict(old).abstracts == []  # a record stored before these fields still loads


# 3. Templated abstracts that share long boilerplate do not merge.

OPENING = ("This report is part of the annual series on applied machine learning in the public sector prepared by "
           "the institute for its partners, and it follows the common template of the series described in the ")
TOPICS = ["forest fire risk", "hospital bed planning", "snow removal routes", "bridge inspection scheduling",
          "water quality alerts", "public transit crowding", "library book demand", "school bus routing",
          "energy grid balancing", "flood plain mapping"]
METHODS = ["gradient boosted trees", "graph neural networks", "Gaussian processes", "sparse linear models"]


def templated(n: int) -> str:
    topic, method = TOPICS[n % len(TOPICS)], METHODS[n // len(TOPICS)]
    return (OPENING + f"appendix. Case study {n + 1} concerns {topic}, where we fit {method} to records from "
            f"{2000 + n} onward and report the errors of every model against the staff's own forecasts.")


def test_forty_templated_abstracts_stay_forty_papers():
    assert len(OPENING.split()) >= 30
    abstracts = [templated(n) for n in range(40)]
    pages = [page_of(f"Ada Byron{'' if n < 20 else ' Jr'}", f"https://mila.quebec/en/directory/ada-byron-{n}", "en",
                     Publication(abstract=a, lines=[1])) for n, a in enumerate(abstracts)]
    papers = merge_pages(pages)
    assert len(papers) == 40 and len({p.paper_id for p in papers}) == 40
    # A copy cut short by the listing still joins its full copy, and only it.
    cut = templated(7)[:len(OPENING) + 60].rsplit(" ", 1)[0] + "… (see more)"
    from qa.pages import repair

    papers = merge_pages(pages + [page_of("Ada Byron", "https://mila.quebec/fr/annuaire/ada-byron-7", "fr",
                                          Publication(abstract=repair(cut), lines=[1]))])
    assert len(papers) == 40
    [seventh] = [p for p in papers if p.abstract == templated(7)]
    assert len(seventh.sources) == 2


def test_one_abstract_under_two_titles_is_two_papers_and_a_reworded_copy_is_one():
    first = Publication(title="Lattices of Tiny Cells", abstract=ABSTRACT, lines=[1])
    second = Publication(title="Tiny Cells, Revisited", abstract=ABSTRACT, lines=[1])
    reworded = Publication(abstract=ABSTRACT.replace("matches attention", "match attention"), lines=[1])
    pages = [page_of("Ada Byron", "https://mila.quebec/en/directory/ada-byron", "en", first),
             page_of("Ada Byron", "https://mila.quebec/fr/annuaire/ada-byron", "fr", second)]
    assert len(merge_pages(pages)) == 2
    assert len(merge_pages(pages[:1] + [page_of("Ada Byron", "https://mila.quebec/x/ada-byron", "en", reworded)])) == 1


# 4. Citation markers are stripped at ingest.

def test_citation_markers_are_stripped_from_abstracts_biographies_and_news():
    abstract = ("Tiny recurrent cells [7] route messages between distant tokens [12, 13], and earlier lattices [3-5] "
                "did not; we bound every activation in [0, 1] and show on three suites that the lattice matches "
                "attention while using a tenth of the memory.")
    text = (f"Portrait of Ada Byron\nAda Byron\nCore Academic Member\nBiography\nAda Byron is a professor at "
            f"Invented University [2] who received her PhD in 2010 and works on recurrent networks [4, 9].\n"
            f"Publications\nLattices of Tiny Cells\nCharles Babbage\n{abstract}\n2024-03-01\n")
    page = parse_page(text, url="https://mila.quebec/en/directory/ada-byron", source="ada.txt")
    [pub] = page.publications
    assert pub.abstract == ("Tiny recurrent cells route messages between distant tokens, and earlier lattices did "
                            "not; we bound every activation in [0, 1] and show on three suites that the lattice "
                            "matches attention while using a tenth of the memory.")
    assert page.biography and not any("[2]" in b or "[4, 9]" in b for b in page.biography)
    news = parse_page("Mila > News > Lattices\nAda Byron and Charles Babbage won a prize for tiny cells [1]. "
                      "Ada Byron said the cells [2, 3] were a surprise to her.\n",
                      url="https://mila.quebec/en/news/lattices-prize", source="news.txt")
    assert news.news and not any("[1]" in line or "[2, 3]" in line for line in news.news)


def test_answers_show_disagreeing_coauthors_and_abstracts_side_by_side_with_their_pages():
    from qa.answerers import offline
    from qa.question import Directory, parse
    from qa.papers import merge_profiles
    from qa.search import Found, Hit

    title = "Lattices of Tiny Cells"
    ada = Publication(title=title, authors=["Charles Babbage"], abstract=ABSTRACT, dates=["2024-03-01"], lines=[5])
    grace = Publication(title=title, authors=["Charles Babbage", "Mary Somerville"],
                        abstract=ABSTRACT + " Mary Somerville designed every experiment herself.",
                        dates=["2024-03-01"], lines=[5])
    pages = [page_of("Ada Byron", "https://mila.quebec/en/directory/ada-byron", "en", ada),
             page_of("Grace Hopper", "https://mila.quebec/en/directory/grace-hopper", "en", grace)]
    [paper] = merge_pages(pages)
    directory = Directory.build([paper], merge_profiles(pages))
    answer = offline.answer(parse("Who co-wrote Lattices of Tiny Cells?", directory),
                            Found(hits=[Hit(paper, 1.0)]))
    # Each page's list and copy named by whose page it is (no slugs), under the paper's one citation.
    assert [c.kind for c in answer.citations] == ["paper"]
    assert "Charles Babbage (on Ada Byron's English page); Charles Babbage, Mary Somerville (on Grace Hopper's " \
           "English page)" in answer.text
    # The two copies differ by one claim: the answer says whose copy it shows and what the other lacks.
    assert "the one quoted is from Grace Hopper's English page; the copy on Ada Byron's English page does not have " \
           "“Mary Somerville designed every experiment herself.” [1]" in answer.text
    # Pages that agree give one list and no note.
    [same] = merge_pages([pages[0], page_of("Ada Byron", "https://mila.quebec/fr/annuaire/ada-byron", "fr", ada)])
    agreed = offline.answer(parse("Who co-wrote Lattices of Tiny Cells?", directory),
                            Found(hits=[Hit(same, 1.0)]))
    assert "different" not in agreed.text and "Charles Babbage" in agreed.text
