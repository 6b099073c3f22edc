import time
from pathlib import Path

import pytest

from qa.pages import Page, is_chrome, is_name_like, name_from_url, parse_page, repair
from tests.conftest import SEEDS
from tests.seeds import seed_line

BANNER_STARTS = ("Mila is hosting", "This new initiative", "A joint initiative", "Hugo Larochelle", "An adjunct",
                 "Développez", "Le Fellowship", "Ce programme", "Mila organise", "Une nouvelle initiative")


def test_splices_are_repaired_in_english_and_french():
    assert repair("trained offline on large-sca… (see more)le datasets") == "trained offline on large-scale datasets"
    assert repair("output distributions in classification… (see more) tasks") == "output distributions in classification tasks"
    assert repair("a computationa… (voir plus)l bottleneck") == "a computational bottleneck"


def test_seed_abstracts_have_no_toggle_left(seed_pages):
    abstracts = [p.abstract for page in seed_pages for p in page.publications if p.abstract]
    assert abstracts and not [a for a in abstracts if "see more" in a or "voir plus" in a or "…" in a]
    assert any("large-scale datasets via sequence modeling" in a for a in abstracts)


def test_banners_and_cookie_dialogs_are_not_publications(seed_pages):
    for page in seed_pages:
        for pub in page.publications:
            text = " ".join(filter(None, [pub.title, pub.abstract, *pub.authors]))
            assert "cookie" not in text.lower() and "témoins" not in text
            assert not text.startswith(BANNER_STARTS), (page.source, text[:60])


def test_header_fields_of_a_full_profile(seed_pages):
    page = next(p for p in seed_pages if p.source.startswith("002"))
    assert page.researcher == "Razvan Pascanu" and page.researcher_source == "header"
    assert page.roles == ["Affiliate Member"]
    assert page.affiliations == ["Senior Research Scientist, Google DeepMind"]
    assert len(page.topics) == 15 and "Graph Neural Networks" in page.topics
    softmax = next(p for p in page.publications if p.title and p.title.startswith("Softmax"))
    assert softmax.authors == ["Christos Perivolaropoulos", "Federico Barbero"]
    assert softmax.lines[0] == 36  # 1-based line of the title in the scrape


def test_unnamed_pages_take_the_researcher_from_the_url(seed_pages):
    by_file = {p.source[:3]: p for p in seed_pages}
    assert (by_file["001"].researcher, by_file["001"].researcher_source) == ("Razvan Pascanu", "url")
    assert by_file["004"].researcher == "Petar Velickovic"
    assert by_file["003"].researcher == "Petar Veličković" and by_file["003"].lang == "fr"
    assert by_file["000"].lang == "en" and by_file["000"].roles == ["Alumni"]
    # Without a URL nobody is invented.
    assert parse_page((SEEDS / "001_c460bd79c4cb0a5f.txt").read_text()).researcher is None


def test_name_and_url_rules():
    assert name_from_url("https://mila.quebec/en/directory/razvan-pascanu-0") == "Razvan Pascanu"
    assert name_from_url("https://mila.quebec/fr/annuaire/petar-velickovic?page=0%2C0") == "Petar Velickovic"
    assert name_from_url("https://mila.quebec/en/news/hugo-larochelle-appointed") is None
    assert name_from_url("https://mila.quebec/en/publications") is None
    assert is_name_like("Soham De") and is_name_like("Andr'as Gyorgy") and is_name_like("Stephen M Fleming")
    assert not is_name_like("Portrait of Razvan Pascanu") and not is_name_like(seed_line("Softmax is not Enough"))
    assert not is_name_like("Do you accept the use of cookies to measure the audience of our sites?")


def test_owner_is_not_a_coauthor_and_portrait_is_not_a_name():
    text = "\n".join([
        "Portrait of Jane Q Doe", "Jane Q Doe", "Core Academic Member", "Publications",
        "A Study of Things", "Jane Q Doe", "John Smith",
        "We study things at length and find that they are, on the whole, rather interesting to study in a careful way "
        "with many experiments… (see more) and more.",
    ])
    page = parse_page(text)
    assert page.researcher == "Jane Q Doe" and page.roles == ["Core Academic Member"]
    assert page.publications[0].authors == ["John Smith"]


def html_of(seed_file: str) -> str:
    """Render a seed scrape as an HTML page with the chrome real pages have around it."""
    from html import escape

    body = "".join(f"<p>{escape(line)}</p>" for line in (SEEDS / seed_file).read_text().splitlines() if line.strip())
    return ("<!doctype html><html lang='en'><head><title>x</title><style>p{}</style></head><body>"
            "<nav><a href='/'>Home</a><a href='/about'>About Mila</a></nav>"
            "<div id='cookie-banner'><p>We use cookies.</p><button>Accept</button></div>"
            f"<main>{body}</main><script>window.x = 1</script>"
            "<footer><p>© 2025 Mila. All rights reserved.</p></footer></body></html>")


def test_html_pages_parse_like_their_text_scrapes(seed_pages):
    for text_page in seed_pages:
        html_page = parse_page(html_of(text_page.source), url=text_page.url)
        assert html_page.researcher == text_page.researcher
        assert [(p.title, p.abstract, p.authors, p.dates) for p in html_page.publications] == \
               [(p.title, p.abstract, p.authors, p.dates) for p in text_page.publications]


def test_html_with_inline_markup_and_a_news_page():
    page = parse_page("<html><body><h1>Ada B Lovelace</h1><p>Alumni</p><h2>Publications</h2>"
                      "<h3>Engines of <em>Analysis</em></h3><p>We describe an engine that computes with numbers and "
                      "symbols alike, which <b>may</b> act upon other things besides number, were objects found "
                      "whose mutual fundamental relations could be expressed.</p><p>1843-10-01</p></body></html>")
    assert page.researcher == "Ada B Lovelace"
    assert page.publications[0].title == "Engines of Analysis"
    assert "which may act upon" in page.publications[0].abstract and page.publications[0].dates == ["1843-10-01"]
    news = parse_page("<html><body><h1>Hugo Larochelle appointed Scientific Director of Mila</h1><p>An adjunct "
                      "professor at the Université de Montréal and former head of Google's AI lab in Montréal, Hugo "
                      "Larochelle is a pioneer in deep learning and one of Canada's most respected researchers.</p>"
                      "</body></html>", url="https://mila.quebec/en/news/hugo-larochelle")
    assert news.researcher is None


def test_abstracts_about_privacy_or_consent_are_not_cookie_chrome():
    abstract = ("We audit the privacy policy of 500 apps and ask whether informed consent for cookies is given; "
                "we use a crawler and find that most apps collect data before any consent is recorded by users.")
    page = parse_page(f"Jane Q Doe\nAlumni\nPublications\nAuditing Consent\n{abstract}\n")
    assert [p.abstract for p in page.publications] == [abstract]


# --- Real profile structures (tests/data/pages: stored openings of mila.quebec pages, cut where the
# store cut them, and two HTML renderings of the same profile with placeholder student names) ---

PAGES = Path(__file__).resolve().parent / "data" / "pages"
FARNADI_EN = "https://mila.quebec/en/directory/golnoosh-farnadi?page=0%2C1"
FARNADI_FR = "https://mila.quebec/fr/annuaire/golnoosh-farnadi?page=0%2C1"
FARNADI_AFFILIATIONS = [
    "Assistant Professor, McGill University, School of Computer Science",
    "Adjunct Professor, Université de Montréal, Department of Computer Science and Operations Research",
    "Visiting Faculty Researcher, Google",
]
STUDENT_LIST_WORDS = ("PhD - ", "Doctorat - ", "Master's Research", "Maîtrise recherche", "Postdoctora",
                      "supervisor :", "superviseur", "Current Students", "Étudiants actuels", "Collaborating")


def fixture(name: str, url: str | None = None, text: str | None = None) -> Page:
    return parse_page(text if text is not None else (PAGES / name).read_text(encoding="utf-8"), url=url, source=name)


def publication_text(page: Page) -> str:
    return "\n".join(filter(None, (part for p in page.publications for part in (p.title, p.abstract, *p.authors))))


def test_profile_header_fields_in_english_and_french():
    en = fixture("farnadi_en.txt", FARNADI_EN)
    assert (en.researcher, en.researcher_source, en.lang) == ("Golnoosh Farnadi", "header", "en")
    assert en.roles == ["Core Academic Member", "Canada CIFAR AI Chair"]
    assert en.affiliations == FARNADI_AFFILIATIONS
    assert en.topics == ["Deep Learning", "Generative Models"]
    fr = fixture("farnadi_fr.txt", FARNADI_FR)
    assert fr.roles == ["Membre académique principal", "Chaire en IA Canada-CIFAR"]
    assert fr.affiliations == ["Professeure adjointe, McGill University, École d'informatique",
                               "Professeure associée, Université de Montréal, Département d'informatique et de "
                               "recherche opérationnelle", "Chercheuse invitée, Google"]
    assert fr.topics == ["Apprentissage profond", "Modèles génératifs"]
    chandar = fixture("chandar_fr_cut.txt", "https://mila.quebec/fr/annuaire/sarath-chandar")
    assert chandar.affiliations[-1] == "Indian Institute of Technology Madras" and len(chandar.topics) == 17
    larochelle = fixture("larochelle_en_cut.txt")
    assert larochelle.roles == ["Core Industry Member"] and "Research Scientist" in larochelle.affiliations


def test_biography_paragraphs_under_their_heading():
    en = fixture("farnadi_en.txt", FARNADI_EN)
    assert len(en.biography) == 2
    assert en.biography[0].startswith("Golnoosh Farnadi is an assistant professor at the School of Computer Science")
    assert en.biography[1].startswith("Farnadi founded and is a principal investigator of the EQUAL lab")
    fr = fixture("farnadi_fr.txt", FARNADI_FR)
    assert [b[:30] for b in fr.biography] == ["Golnoosh Farnadi est professeu", "Mme Farnadi a fondé le laborat"]
    # Written in the first person, with "we" and "our lab" in it: still the biography.
    cheung = fixture("cheung_en.txt", "https://mila.quebec/en/directory/jackie-cheung?page=0%2C6")
    assert len(cheung.biography) == 3 and cheung.biography[2].startswith("In our lab, we investigate")
    # The page ends inside the next entry's title: that cut title is a paper of its own.
    assert [(p.title, p.authors) for p in cheung.publications] == \
           [("Can a Gorilla Ride a Camel? Learning Semantic Plausibility from Text", ["Kaheer Suleman"]),
            ("Countering the Effects of Lead Bias in News Summarization via Multi-Stage Training and Auxiliary L", [])]


def test_biographies_and_student_lists_are_never_publications():
    # Both pages are cut before their publications heading: everything on them is profile.
    chandar = fixture("chandar_fr_cut.txt", "https://mila.quebec/fr/annuaire/sarath-chandar")
    assert chandar.publications == [] and len(chandar.biography) == 2
    assert chandar.biography[0].startswith("Sarath Chandar est professeur associé")
    larochelle = fixture("larochelle_en_cut.txt")
    assert larochelle.publications == [] and len(larochelle.biography) == 5
    assert larochelle.biography[-1].startswith("A father of four, Hugo Larochelle")
    for name in ("farnadi_en.txt", "farnadi_fr.txt", "cheung_en.txt", "chandar_fr_cut.txt", "larochelle_en_cut.txt",
                 "farnadi_en_unlabelled.txt"):
        page = fixture(name, FARNADI_EN if "farnadi" in name else None)
        text = publication_text(page)
        assert not [w for w in STUDENT_LIST_WORDS if w in text], name
        assert not any(b[:40] in text for b in page.biography), name
        assert not any(w in " ".join(page.affiliations + page.roles) for w in ("supervisor", "superviseur")), name
    en = fixture("farnadi_en.txt", FARNADI_EN)
    assert [(p.title[:29], p.authors) for p in en.publications] == \
           [("The Cost of Arbitrariness for", ["Prakhar Ganesh", "Ihsan Ibrahim Daldaban", "Ignacio Cofone"])]


def test_an_unlabelled_biography_is_told_from_the_papers():
    # The same page without its "Biography" and "Publications" headings.
    labelled = fixture("farnadi_en.txt", FARNADI_EN)
    bare = fixture("farnadi_en_unlabelled.txt", FARNADI_EN)
    assert bare.biography == labelled.biography
    assert [(p.title, p.authors, p.abstract) for p in bare.publications] == \
           [(p.title, p.authors, p.abstract) for p in labelled.publications]
    # Third person with the name, he/his or il, first person with I/my: all biography, no papers.
    for name, paragraphs, papers in (("larochelle_en_cut.txt", 5, 0), ("cheung_en.txt", 3, 1),
                                     ("chandar_fr_cut.txt", 2, 0), ("farnadi_fr.txt", 2, 1)):
        text = "\n".join(line for line in (PAGES / name).read_text(encoding="utf-8").splitlines()
                         if line.strip() not in ("Biography", "Biographie", "Publications"))
        page = fixture(name, text=text)
        assert (len(page.biography), len(page.publications)) == (paragraphs, papers), name
        assert not any(b[:40] in publication_text(page) for b in page.biography), name


def test_a_labelled_biography_stays_in_the_profile_without_portrait_or_url():
    text = (PAGES / "farnadi_en.txt").read_text(encoding="utf-8").replace("Portrait of Golnoosh Farnadi\n", "")
    page = fixture("farnadi_en.txt", text=text)
    assert page.researcher == "Golnoosh Farnadi" and page.roles == ["Core Academic Member", "Canada CIFAR AI Chair"]
    assert len(page.biography) == 2 and len(page.publications) == 1


def test_news_pages_and_banners_are_news_never_papers(seed_pages):
    for url in (None, "https://mila.quebec/la-professeure-reihaneh-rabbany-et-son-equipe-utilisent-lia-pour-"
                      "detecter-les-trolls-en-ligne-dans-les-elections-canadiennes/"):
        news = fixture("rabbany_news_fr.txt", url)  # the breadcrumb "Mila > Nouvelles > …" says what it is
        assert news.researcher is None and news.publications == [] and news.biography == []
        assert "18 Oct 2019" in news.news and any(n.startswith("Les recherches de Reihaneh Rabbany") for n in news.news)
    by_file = {p.source[:3]: p for p in seed_pages}
    assert "Hugo Larochelle appointed Scientific Director of Mila" in by_file["001"].news
    assert by_file["000"].news[0].startswith("Mila is hosting its first quantum computing hackathon")
    assert not [n for p in seed_pages for n in p.news if "cookie" in n.lower()]
    assert all(p.biography == [] and p.students == [] for p in seed_pages)


def test_html_profiles_in_english_and_french():
    en = fixture("farnadi_en.html", "https://mila.quebec/en/directory/golnoosh-farnadi")
    assert (en.researcher, en.lang) == ("Golnoosh Farnadi", "en")
    assert en.roles == ["Core Academic Member", "Canada CIFAR AI Chair"] and en.affiliations == FARNADI_AFFILIATIONS
    assert en.topics == ["Deep Learning", "Generative Models"]
    assert en.links == ["Google Scholar", "Personal website"]
    assert "dedicated to advancing the fields of algorithmic fairness" in en.biography[1]
    # Names after "Co-supervisor :" / "Principal supervisor :" are the other supervisors, not students.
    assert en.students == ["Alice Tremblay", "Bruno Gagnon", "Chloé Roy", "Daniel Ng"]
    assert [(p.title[:29], p.authors, p.dates) for p in en.publications] == \
           [("The Cost of Arbitrariness for", ["Prakhar Ganesh", "Ihsan Ibrahim Daldaban", "Ignacio Cofone"],
             ["2024-10-16"])]
    assert "Hugo Larochelle appointed Scientific Director of Mila" in en.news
    assert en.news[0].startswith("This new initiative")  # the banner above the profile
    assert "Larochelle" not in publication_text(en)
    # Without the owner's portrait, a student's portrait does not make the page theirs.
    html = (PAGES / "farnadi_en.html").read_text(encoding="utf-8")
    no_portrait = fixture("farnadi_en.html", "https://mila.quebec/en/directory/golnoosh-farnadi",
                          html.replace('alt="Portrait of Golnoosh Farnadi"', 'alt=""'))
    assert no_portrait.researcher == "Golnoosh Farnadi" and no_portrait.students == en.students
    fr = fixture("farnadi_fr.html", "https://mila.quebec/fr/annuaire/golnoosh-farnadi")
    assert (fr.lang, fr.roles) == ("fr", ["Membre académique principal", "Chaire en IA Canada-CIFAR"])
    assert fr.topics == ["Apprentissage profond", "Modèles génératifs"] and len(fr.biography) == 2
    assert fr.students == ["Alice Tremblay", "Bruno Gagnon", "Chloé Roy"]
    assert [(p.title[:30], p.authors) for p in fr.publications] == \
           [("Different Horses for Different", ["Usman Gohar", "Lu Cheng"])]
    assert any(n.startswith("Reihaneh Rabbany, titulaire") for n in fr.news) and "Rabbany" not in publication_text(fr)


def test_a_student_page_gives_its_programme_and_supervisors():
    text = "\n".join(["Portrait of Alice Tremblay", "Alice Tremblay", "PhD - HEC Montréal", "Principal supervisor :",
                      "Golnoosh Farnadi", "Co-supervisor : Dana Côté", "Research Topics", "Deep Learning",
                      "Publications", "A Study of Things", "John Smith",
                      "We study things at length and find that they are, on the whole, rather interesting to study "
                      "in a careful way with many experiments… (see more) and more."])
    page = parse_page(text, url="https://mila.quebec/en/directory/alice-tremblay")
    assert page.roles == ["PhD - HEC Montréal"] and page.affiliations == []
    assert page.supervisors == ["Golnoosh Farnadi", "Dana Côté"] and page.students == []
    assert [(p.title, p.authors) for p in page.publications] == [("A Study of Things", ["John Smith"])]


def test_a_cut_between_words_keeps_its_space():
    assert repair("have been proposed, often … (voir plus)compared against") == \
           "have been proposed, often compared against"
    fr = fixture("farnadi_fr.txt", FARNADI_FR)
    assert "often compared against each other" in fr.publications[0].abstract


def test_page_records_round_trip_and_older_records_still_load():
    for name in ("farnadi_en.html", "farnadi_fr.txt", "cheung_en.txt", "rabbany_news_fr.txt"):
        page = fixture(name, FARNADI_EN if "farnadi" in name else None)
        assert Page.from_dict(page.to_dict()) == page
        older = {k: v for k, v in page.to_dict().items()
                 if k not in ("biography", "students", "supervisors", "links", "news")}
        assert Page.from_dict(older).biography == [] and Page.from_dict(older).publications == page.publications


def _big_page(n: int, headings: bool) -> str:
    lines = ["Portrait of Jane Q Doe", "Jane Q Doe", "Core Academic Member", "Research Topics", "Deep Learning"]
    lines += ["Biography"] * headings
    lines += [f"Jane Q Doe leads project {i} and she teaches at McGill University, where she supervises many "
              f"students on reinforcement learning and its uses in health care and climate science." for i in range(n)]
    lines += ["Current Students"] * headings
    for i in range(n):
        lines += [f"Student Number{i} Person", "PhD - McGill University", "Co-supervisor :"]
    lines += ["Publications"] * headings
    for i in range(n):
        lines += [f"A Title About Item {i}", "John Smith",
                  f"We propose method {i} and show in experiments on many benchmarks that it outperforms the baselines"
                  f" by a wide margin across tasks… (see more) and settings.", "2024-01-01"]
    return "\n".join(lines)


def test_parsing_stays_linear_in_page_size():
    def seconds(n: int, headings: bool) -> float:
        text = _big_page(n, headings)
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            page = parse_page(text)
            best = min(best, time.perf_counter() - t0)
        assert len(page.publications) == n and len(page.biography) == n
        return best
    for headings in (True, False):
        small, large = seconds(200, headings), seconds(1600, headings)
        assert large < 24 * small, (headings, small, large)  # 8x the lines; quadratic would be ~64x


def test_a_home_page_photo_is_not_a_profile_and_unicode_hyphens_are_names():
    page = fixture("home_en.txt", "https://mila.quebec/en?page=41")
    assert page.researcher is None and page.roles == [] and page.biography == []  # "Photo of Yoshua Bengio"
    assert [(p.title[:28], p.authors) for p in page.publications] == [
        ("A stochastic integer program", ["Carl Perreault‐Lafleur", "Guy Desaulniers"]),
        ("SpeechBrain-MOABB: An open-s", ["Davide Borra", "Francesco Paissan"]),
        ("Mitigating Downstream Model ", ["Keyu Wang", "Abdullah Norozi Iranzad", "Scott Schaffter",
                                         "Jonathan Lebensold"])]
    assert any(n.startswith("Founded in 1993") for n in page.news)


@pytest.mark.parametrize("url, name", [
    ("https://mila.quebec/en/person/anais-cote-lefebvre", "Anais Cote Lefebvre"),
    ("https://mila.quebec/personne/kwabena-mensah", "Kwabena Mensah"),
    ("https://mila.quebec/en/kwabena-mensah?page=0%2C2", "Kwabena Mensah"),
    ("https://mila.quebec/en/about-us", None),
    ("https://mila.quebec/en/application-steps-for-visitors/", None),  # a function word inside: a site page
    ("https://mila.quebec/en/ines-de-la-cruz", "Ines De La Cruz"),  # name particles are no function words here
    ("https://mila.quebec/fr/nouvelle/une-chaire-pour-la-professeure-mensah-en-ecologie", None),
])
def test_profile_urls_name_their_owner_in_every_site_layout(url, name):
    assert name_from_url(url) == name


def test_a_cut_profile_keeps_leading_prose_as_biography_and_the_url_owner(tmp_path):
    text = ("I am an associate professor of ecology at Université Laval.\n"
            "In my research I model how seabirds forage over the ocean in changing climates.\n"
            "Tracking Gannets with Graph Networks\nLéa Fortin\nOmar Haddad\n"
            "We track northern gannets with GPS tags and model their routes with graph networks over many "
            "seasons and colonies, which shows strong site fidelity … (see more)across years.\n")
    page = parse_page(text, url="https://mila.quebec/en/kwabena-mensah", source="cut.txt")
    assert page.researcher == "Kwabena Mensah" and page.researcher_source == "url"
    assert page.biography[0].startswith("I am an associate professor")
    [paper] = page.publications
    assert paper.title == "Tracking Gannets with Graph Networks" and paper.authors == ["Léa Fortin", "Omar Haddad"]


def _html(divs: int, nested: bool, filler: int = 0) -> str:
    body = "<div>" * divs + "<p>x</p>" + "</div>" * divs if nested else "<div></div>" * divs + "<p>x</p>"
    pubs = "".join(f"<p>Title {i}</p><p>{'We study a thing in depth. ' * 12}</p>" for i in range(filler))
    return f"<html><body><h1>Jo Smith</h1><p>Alumni</p>{body}<h2>Publications</h2>{pubs}<p>A Title</p>" \
           f"<p>{'We study things in depth. ' * 20}</p></body></html>"


def _best_seconds(html: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        page = parse_page(html)
        best = min(best, time.perf_counter() - t0)
    assert page.researcher == "Jo Smith" and page.publications
    return best


@pytest.mark.slow
def test_deep_nesting_and_big_html_pages_parse_in_linear_time():
    # 20,000 nested <div>s took 101 s when tags were asked whether they were decomposed; measured
    # as a ratio against a flat page of the same size, in the same run.
    flat, nested = _best_seconds(_html(20_000, False)), _best_seconds(_html(20_000, True))
    assert nested < 4 * flat + 0.5, (flat, nested)
    small, big = _best_seconds(_html(0, False, filler=2_000)), _best_seconds(_html(0, False, filler=10_000))
    assert len(_html(0, False, filler=10_000)) > 3_000_000
    assert big < 10 * small, (small, big)  # 5x the bytes; quadratic would be ~25x


CUT_PROFILE = """Portrait of Kwabena Mensah
Kwabena Mensah
Core Academic Member
Associate Professor, Université Laval, Department of Biology
Publications
Tracking Gannets with Graph Networks
Léa Fortin
We track northern gannets with GPS tags and model their routes with graph networks over many seasons and colonies, which shows strong site fidelity across years and colonies.
"""


@pytest.mark.parametrize("tail, title, abstract", [
    # The scrape stops inside the last entry's first co-author: its title alone is a paper.
    ("Puffin Burrow Counts from Drone Imagery\nO\n", "Puffin Burrow Counts from Drone Imagery", None),
    # ... or inside its abstract: the opening words are its (cut) abstract, not another title.
    ("Puffin Burrow Counts from Drone Imagery\nOmar Haddad\nWe count puffin burrows on steep island slopes from",
     "Puffin Burrow Counts from Drone Imagery", "We count puffin burrows on steep island slopes from"),
    # ... or inside the title itself.
    ("Puffin Burrow Counts from Dro\n", "Puffin Burrow Counts from Dro", None),
])
def test_the_entry_a_cut_page_ends_in_is_kept_by_its_title(tail, title, abstract):
    page = parse_page(CUT_PROFILE + tail, url="https://mila.quebec/en/directory/kwabena-mensah")
    first, last = page.publications
    assert first.title == "Tracking Gannets with Graph Networks" and first.authors == ["Léa Fortin"]
    assert last.title == title and last.abstract == abstract
    assert "O" not in last.authors


def test_a_title_cased_last_line_after_an_entry_is_the_next_title_and_cut_labels_are_no_papers():
    text = CUT_PROFILE.replace("We track northern gannets", "") .replace(
        " with GPS tags and model their routes with graph networks over many seasons and colonies, which shows "
        "strong site fidelity across years and colonies.\n", "")
    page = parse_page(text + "Seabird Acoustics at Scale with Self-Supervised Enc\n",
                      url="https://mila.quebec/en/directory/kwabena-mensah")
    assert [p.title for p in page.publications] == ["Tracking Gannets with Graph Networks",
                                                   "Seabird Acoustics at Scale with Self-Supervised Enc"]
    # A page cut inside its student list (no publications heading) ends in no paper.
    students = ("Portrait of Kwabena Mensah\nKwabena Mensah\nCore Academic Member\nCurrent Students\n"
                "PhD - Université Laval\nCo-supervisor :\nMaster's Research - McGill University\nPrincipal supervi\n")
    assert parse_page(students, url="https://mila.quebec/en/directory/kwabena-mensah").publications == []
    # Each entry's programme line is kept, as often as the list prints it (the names were dropped).
    assert parse_page(students, url="https://mila.quebec/en/directory/kwabena-mensah").student_programmes == [
        "PhD - Université Laval", "Master's Research - McGill University"]


def test_marked_coauthors_particles_repeated_titles_and_title_only_entries():
    text = CUT_PROFILE + (
        "Storm Petrel Colonies on Remote Islands\n"
        "Storm Petrel Colonies on Remote Islands\n"  # the title printed twice: one title, no co-author
        "Survey Note: Counting Auks from Sailboats\n"  # printed by its title alone, mid-list
        "Foraging Trips of Kittiwakes under Changing Winds\n"
        "Ana Sousa*\n"
        "Foraging Trips of Kittiwakes under Changing Winds\n"  # the entry printed twice: once
        "Ana Sousa*\n"  # an equal-contribution mark
        "Jean-Paul Roux des Ormeaux\n"  # a French particle inside a name
        "Maria do Carmo Lima†\n"
        "We follow kittiwakes with GPS loggers over three summers and relate trip length to wind speed "
        "and direction at sea.\n")
    page = parse_page(text, url="https://mila.quebec/en/directory/kwabena-mensah")
    by_title = {p.title: p for p in page.publications}
    assert [p.title for p in page.publications] == ["Tracking Gannets with Graph Networks", "Storm Petrel Colonies on Remote Islands",
                              "Survey Note: Counting Auks from Sailboats",
                              "Foraging Trips of Kittiwakes under Changing Winds"]
    assert by_title["Storm Petrel Colonies on Remote Islands"].authors == []
    assert by_title["Survey Note: Counting Auks from Sailboats"].abstract is None
    kittiwakes = by_title["Foraging Trips of Kittiwakes under Changing Winds"]
    assert kittiwakes.authors == ["Ana Sousa", "Jean-Paul Roux des Ormeaux", "Maria do Carmo Lima"]
    assert kittiwakes.abstract.startswith("We follow kittiwakes")


def test_long_coauthor_lists_keep_lower_case_names_and_lose_their_more_toggle():
    text = CUT_PROFILE + (
        "Seabird Census Protocols for Volunteer Boats\n"
        "Léa Fortin\n"
        "priya raman\n"  # typed in lower case by its author
        "Omar Haddad … (see 3 more)\n"
        "Ana Sousa\n"
        "We write census protocols that volunteer boat crews can follow and test them on three colonies "
        "over two summers.\n")
    page = parse_page(text, url="https://mila.quebec/en/directory/kwabena-mensah")
    census = page.publications[-1]
    assert census.title == "Seabird Census Protocols for Volunteer Boats"
    assert census.authors == ["Léa Fortin", "priya raman", "Omar Haddad", "Ana Sousa"]
    assert census.abstract.startswith("We write census protocols")


def test_a_first_person_line_about_expertise_under_the_header_is_biography():
    text = ("Portrait of Kwabena Mensah\nKwabena Mensah\nCore Industry Member\n"
            "I am a researcher with expertise in seabird ecology, remote sensing and statistical modelling.\n"
            "Publications\nTracking Gannets with Graph Networks\nLéa Fortin\n"
            "We track northern gannets with GPS tags and model their routes with graph networks over many "
            "seasons and colonies, which shows strong site fidelity across years and colonies.\n")
    page = parse_page(text, url="https://mila.quebec/en/directory/kwabena-mensah")
    assert page.biography and page.biography[0].startswith("I am a researcher with expertise")
    assert [p.title for p in page.publications] == ["Tracking Gannets with Graph Networks"]


def test_reference_list_debris_makes_no_papers_and_no_titles():
    # A page whose co-author list carries a garbled reference list (PDF line numbers, cited years).
    text = CUT_PROFILE + (
        "Storm Petrel Colonies on Remote Islands\n"
        "Léa Fortin\n"
        "Jane Smith. 2019\n"
        "Gull-512\n"
        "Omar Haddad\n"
        "Cormo-733 Bay\n"
        "We survey storm petrel colonies on remote islands with acoustic lures over four breeding seasons.\n")
    page = parse_page(text, url="https://mila.quebec/en/directory/kwabena-mensah")
    titles = [p.title for p in page.publications]
    assert titles[:2] == ["Tracking Gannets with Graph Networks", "Storm Petrel Colonies on Remote Islands"]
    assert not any(t and ("2019" in t or "-512" in t or "-733" in t) for t in titles), titles
    assert page.publications[-1].abstract.startswith("We survey storm petrel colonies")


def test_short_title_cased_titles_are_not_read_as_coauthors():
    text = CUT_PROFILE + (
        "Storm Petrel Colonies on Remote Islands\n"  # printed by its title alone
        "Recurrent Embeddings\n"  # two capitalised words, but field terms: the next entry's title
        "Ana Sousa\n"
        "Fan Long\n"  # one of two words is a field term ("long"): still a name
        "Seabird Counting Revisited.\n"  # ends in a full stop after a word, not an initial: a title
        "Daniel M. Roy\n"
        "We count seabirds from drones over two breeding seasons and compare the counts with ground "
        "surveys at each colony.\n")
    page = parse_page(text, url="https://mila.quebec/en/directory/kwabena-mensah")
    by_title = {p.title: p for p in page.publications}
    assert by_title["Storm Petrel Colonies on Remote Islands"].authors == []
    assert by_title["Recurrent Embeddings"].authors == ["Ana Sousa", "Fan Long"]
    assert by_title["Seabird Counting Revisited."].authors == ["Daniel M. Roy"]
    assert is_name_like("Fan Long") and is_name_like("Keith G. Mills") and is_name_like("Martin Luther King Jr.")
    assert not is_name_like("Graph Transformers") and not is_name_like("Deep Kernel Learning.")


def test_a_namesake_number_and_a_spacing_accent_stay_inside_a_coauthor_name():
    text = CUT_PROFILE + (
        "Storm Petrel Colonies on Remote Islands\n"
        "Ana Sousa\n"
        "Wei Zhang 0003\n"  # DBLP's number for namesakes
        "Andr´e Lima\n"  # an accent a PDF printed apart from its letter
        "We count storm petrels at night with thermal cameras on twelve islands over two breeding seasons.\n")
    page = parse_page(text, url="https://mila.quebec/en/directory/kwabena-mensah")
    petrels = next(p for p in page.publications if p.title == "Storm Petrel Colonies on Remote Islands")
    assert petrels.authors == ["Ana Sousa", "Wei Zhang", "Andr´e Lima"] and petrels.abstract.startswith("We count")


def test_a_short_title_printed_twice_is_a_paper_and_a_label_printed_twice_is_not():
    text = CUT_PROFILE + (
        "Sparse Memory\n"
        "Sparse Memory\n"  # a link, then a heading: a paper known by its title alone
        "Collaborating researcher\n"
        "Collaborating researcher\n"
        "Storm Petrel Colonies on Remote Islands\n"
        "Ana Sousa\n"
        "We count storm petrels at night with thermal cameras on twelve islands over two breeding seasons.\n")
    titles = [p.title for p in parse_page(text, url="https://mila.quebec/en/directory/kwabena-mensah").publications]
    assert "Sparse Memory" in titles and "Collaborating researcher" not in titles


def test_a_page_with_no_owner_no_publications_heading_and_no_authors_is_prose():
    """A news item under an address that says nothing, an annual report: its paragraphs are not
    untitled papers."""
    text = ("Ines Varga, core member of Mila, will represent the institute at the Women in Robotics workshop on May 3 "
            "beside the International Conference on Robotics and Automation (ICRA 2024) in Yokohama.\n"
            "This twelfth edition of the yearly event lets women and those who identify as such attend panels and "
            "share their research with more experienced researchers from academia and industry.\n"
            "Giving back to the community\n"
            "Ines Varga took part in the workshop for many years as a young researcher, and coming back today as a "
            "more experienced researcher is a great way to give back to the community, she says.\n")
    page = parse_page(text, url="https://mila.quebec/ines_varga_icra2024")
    assert page.publications == [] and page.is_news and any("Women in Robotics" in line for line in page.news)


def test_a_first_person_paragraph_is_the_owners_biography_whatever_words_it_shares_with_abstracts():
    text = ("I am an associate professor in the Faculty of Forestry at Lakehead University.\n\n"
            "The goal of my research is to contribute methods and techniques to the evaluation of forest growth "
            "models, and to test them empirically on problems of fire risk, pests and carbon accounting across the boreal zone. "
            "My recent research has two threads: pooling plot data across provinces, and designing simulated forests "
            "in which growth models can be checked before they are used. Please write to me about collaborations.\n\n"
            "I am generally interested in how data from many small plots can be pooled.\n\n\n"
            "Counting Trees from Space\n"
            "Tree counts from satellite images are biased in dense stands. We propose a density model trained "
            "on plot data and show on three benchmarks that it outperforms detec… (see more)tion baselines.\n")
    page = parse_page(text, url="https://mila.quebec/en/ines-varga")
    assert any(line.startswith("The goal of my research") for line in page.biography) and not page.news


def test_a_title_alone_between_papers_of_an_unheaded_list_is_a_paper():
    text = ("I am an associate professor of forestry at Lakehead University, where I study boreal growth.\n\n\n"
            "Pooling Plot Data Across Boreal Provinces\n"
            "Counting Trees from Space\n"
            "Tree counts from satellite images are biased in dense stands. We propose a density model trained "
            "on plot data and show on three benchmarks that it outperforms detec… (see more)tion baselines.\n"
            "Fire Risk Maps for Northern Ontario Forests\n"
            "Fire risk maps are coarse where the plots are sparse. We propose to pool plot data with weather "
            "records and show on two provinces that the pooled maps are sharper than the regional on… (see more)es.\n")
    page = parse_page(text, url="https://mila.quebec/en/ines-varga")
    assert [p.title for p in page.publications] == ["Pooling Plot Data Across Boreal Provinces", "Counting Trees from Space",
                                                    "Fire Risk Maps for Northern Ontario Forests"]


def test_a_banner_page_whose_copy_cuts_the_toggle_keeps_only_its_abstract():
    text = ("Le Studio des oiseaux marins de Mila veut rapprocher la recherche et la conservation des colonies côtières partout au pays.\n"
            "Ines Varga nommée directrice du programme\n"
            "Professeure à Rimouski, Ines Varga dirige depuis dix ans le recensement des macareux et fait partie des chercheuses les plus citées.\n"
            "Vous pouvez activer et désactiver les types de cookies que vous souhaitez accepter. Cependant certains choix que vous ferez pourraient affecter les services proposés.\n"
            "Puffin burrow counts from drones (Lindqvist et al, 2019) are an established way to survey colonies in the Gulf. Each… (voi")
    page = parse_page(text, url="https://mila.quebec/fr/annuaire/kwame-boateng")
    assert [p.abstract[:29] for p in page.publications] == ["Puffin burrow counts from dro"]
    assert page.publications[0].abstract.endswith("Each")  # the cut toggle is no part of it
    assert is_chrome("You can enable and disable the types of cookies you wish to accept. However certain choices "
                     "you make could affect the services offered on our sites (e.g. suggestions, personalised ads).")


def test_an_event_page_is_read_as_prose_never_as_a_publication_list():
    from tests.test_answers import AGENDA_PAGE

    page = parse_page(AGENDA_PAGE, url="https://mila.quebec/en/event/harbour-governance-conference")
    assert page.is_news and not page.publications and "Master of Ceremony" in page.news


SITE_PAGE = """Field Stations

The institute runs four field stations on the Arctic coast, staffed by more than 300 researchers.

Stations

  • Svalbard

  • Tromsø

  • Nuuk
"""


def test_a_site_page_whose_address_reads_like_a_name_is_no_profile():
    page = parse_page(SITE_PAGE, url="https://mila.quebec/en/nordic-outposts")  # reads like "/en/jane-doe"
    assert page.researcher is None and page.is_news and not page.publications


def test_a_student_list_keeps_names_and_drops_the_institution_a_scrape_repeats_for_each_entry():
    text = ("Portrait of Nadia Ferreira\nNadia Ferreira\nCore Academic Member\n"
            "Associate Professor, Université Laval, Department of Physics\n"
            "Biography\nNadia Ferreira studies how glaciers flow and how to measure it from orbit.\n"
            "Current Students\nTomás Ruiz\nPhD - Université Laval\nUniversité Laval\nPhD - Université Laval\n"
            "Aiko Tanaka\nMaster's Research - Université Laval\n")
    page = parse_page(text, url="https://mila.quebec/en/directory/nadia-ferreira")
    assert page.students == ["Tomás Ruiz", "Aiko Tanaka"]


def test_a_site_page_under_a_heading_of_function_words_is_prose_not_a_profile_with_untitled_papers():
    text = ("Our Mission\n\n"
            "Oceans cover most of the planet, and we know less about their floors than about the surface of the Moon. "
            "Mapping them well takes sensors, ships and a great deal of patient computing.\n\n"
            "At the Harbour Institute, we believe that ocean data should be open to every coastal community. "
            "Our team of specialists works with fishers, ports and governments to make it so.\n\n"
            "A diver photographs a coral reef.\n\n"
            "What We Do\n\n"
            "Open Tide Maps\n\n"
            "We publish tide and current maps for every harbour on the Atlantic coast, updated each night from buoy readings.\n")
    page = parse_page(text, url="https://mila.quebec/en/harbour/mission")
    assert page.researcher is None and page.publications == [] and page.is_news
    assert any("open to every coastal community" in line for line in page.news)


def test_a_biography_sentence_announcing_a_list_keeps_its_bullet_lines():
    text = ("Portrait of Nadia Ferreira\nNadia Ferreira\nCore Academic Member\nBiography\n"
            "Nadia Ferreira is a professor of physics at Université Laval, where she studies how glaciers flow.\n"
            "She currently pursues three research directions:\n"
            "- Radar Sounding of Ice Sheets\n- Subglacial Hydrology\n- Calving Front Forecasting\n"
            "Current Students\nTomás Ruiz\nPhD - Université Laval\n")
    page = parse_page(text, url="https://mila.quebec/en/directory/nadia-ferreira")
    assert page.biography[-1] == ("She currently pursues three research directions: Radar Sounding of Ice Sheets; "
                                  "Subglacial Hydrology; Calving Front Forecasting.")
    assert page.publications == [] and page.students == ["Tomás Ruiz"]


def test_a_program_page_whose_first_line_reads_as_a_name_owns_no_papers():
    # "KELP Research" is the program's name, not a researcher's; its paragraphs are no abstracts.
    page = parse_page("""KELP Research
The Coastal Data Journey for Marine Scientists
Description
As stewards of the coast, marine scientists carry a heavy responsibility for how shared data about the sea is gathered, kept and used by others. It is essential to give them the skills to share it well and to weigh what their surveys change on the shore.
Designed at the Harbour Institute for its community, the KELP certificate is a 9-hour training program for marine scientists. It gives participants the tools to manage their field data well, from the first survey to the archive.
Who Is It For?
This program is currently offered to Harbour Institute students only.
However, if you are a teacher interested in offering KELP to your own students, our open guide for teachers will soon be available to everyone.
For any additional information, you may contact kelp@harbour.example.
""", url="https://harbour.example/en/kelp-research")
    assert page.researcher is None and page.publications == []
    assert any("9-hour" in line for line in page.news)


def test_a_project_page_whose_scrape_ends_in_an_elided_article_is_prose_not_papers():
    # The cut last line ("L’objectif de KE") is no author list: the headed paragraphs are what the page says.
    page = parse_page("""Harbour > Projet KELP (Kelp Ecology Live Programme)
Projet KELP (Kelp Ecology Live Programme)
Contexte
Selon l’Institut du port, près de 40 % des forêts de varech de la côte atlantique ont reculé depuis 1990. Pour suivre ce recul, les communautés côtières doivent pouvoir compter sur des relevés fréquents et partagés.
Vision
Imaginez un réseau de bouées où chaque village côtier relève la température de l'eau et la santé du varech chaque semaine.
Description du projet
L’objectif de KE""", url="https://harbour.example/projet/projet-kelp/")
    assert page.publications == [] and any("40 %" in line for line in page.news)


def test_a_job_posting_paragraph_opening_with_a_position_is_no_position_line():
    from qa.papers import merge_profiles

    # "Job Description" over "As a Researcher, you will …": a heading and a paragraph, not a person and their position.
    page = parse_page("""Harbour > Research Assistant, Tide Records
Research Assistant, Tide Records
About the Harbour Institute
The Harbour Institute studies the coasts of Atlantic Canada.
Job Description
As a Researcher, you will be responsible for cleaning a century of tide-gauge records from six harbours. This work will include writing short reports on each harbour's gaps. The Researcher will also present findings to the records team every month.
""", url="https://harbour.example/en/research-assistant-tide-records/")
    profiles = merge_profiles([page])
    assert not any(p.researcher == "Job Description" or p.affiliations for p in profiles)


def test_a_site_page_at_an_address_of_words_it_uses_is_no_profile_and_lists_no_papers():
    # "/en/visiting-fellowships" reads like "/en/jane-doe"; the page writes "visiting" and "fellowship" itself.
    page = parse_page("""Visiting Fellowships
Visiting fellowships offer recent graduates a year in a Harbour Institute lab before they start a lab of their own.
Eligibility Requirements
Candidates applying for a visiting fellowship must:
• be within three years of having graduated with a PhD;
• be invited by a Harbour Institute professor to work in their lab.
Overseas Candidates
Overseas fellows should ask the embassy whether they need a work permit for their stay.
""", url="https://harbour.example/en/visiting-fellowships")
    assert page.researcher is None and page.publications == []
    assert any("three years" in line for line in page.news)


def test_names_over_position_lines_on_a_page_with_no_owner_are_people_not_papers():
    from qa.papers import merge_profiles
    from tests.test_answers import STUDENTS_PAGE

    page = parse_page(STUDENTS_PAGE, url="https://harbour.example/en/life-at-the-harbour-institute/")
    assert page.publications == []
    profiles = {p.researcher: p for p in merge_profiles([page])}
    assert [v.value for v in profiles["Tomas Brekke"].roles + profiles["Tomas Brekke"].affiliations] == [
        "Doctoral student, Memorial University"]


def test_a_page_of_questions_and_answers_is_prose_whatever_its_address_reads_like():
    # "/en/frequently-asked-questions" would read as a person's name; its programme names as member types.
    page = parse_page("""Frequently Asked Questions
Research Master's
PhD
What is the usual length of a thesis master's at the Harbour Institute?
A thesis master's usually lasts two years, full time.
When can I apply?
Applications open on October 1 and close on November 15.
""", url="https://harbour.example/en/frequently-asked-questions?category=3")
    assert page.researcher is None and page.publications == [] and not page.roles
    assert any("November 15" in line for line in page.news)


LISTING_UNDER_BANNERS = """The Harbour Fellowship turns ocean data expertise into public-interest policy. Read the newest brief by Ana Lind.
We use cookies to analyze the browsing and usage of our website. Read our Privacy Policy for more information.
Essential cookies
Tidal Graphs for Buoy Networks
We forecast harbour currents with graph networks over sensor bu… (see more)oys. Our model cuts the error of tide tables by a third over two winters.
We count puffins from drone images with a detector trained on synthetic col… (voir plus)onies. It halves the counting error of volunteers.
"""


def test_a_listing_printed_under_site_banners_with_no_heading_keeps_its_papers():
    # A listing page's entries, cut by their "(see more)" toggle, are papers (with the title line
    # before them, if any), though no heading opens them; the banners stay the page's prose.
    page = parse_page(LISTING_UNDER_BANNERS, url="https://mila.quebec/en/research/publications?page=9")
    assert page.researcher is None
    assert [(p.title, p.abstract[:22]) for p in page.publications] == [
        ("Tidal Graphs for Buoy Networks", "We forecast harbour cu"), (None, "We count puffins from ")]
    assert page.publications[0].abstract.startswith("We forecast harbour currents with graph networks over sensor buoys.")
    assert page.news == ["The Harbour Fellowship turns ocean data expertise into public-interest policy. "
                         "Read the newest brief by Ana Lind."]


def test_an_opened_abstract_the_scrape_broke_into_lines_is_one_abstract():
    # The opened abstract goes on over the lines after its toggle, the last cut mid-sentence; then
    # the page prints it again, shut. One paper, whose abstract holds its last sentence too.
    text = "\n".join([
        "Ilse Marken", "Alumni",
        "Most methods for counting seabirds from drone images rely on dense annotation of every frame, which is … "
        "(see more)costly for colonies of many thousands of nesting birds.",
        "These annotations take weeks and must be redone whenever the camera or the season changes.",
        "To avoid that, we propose a counting head we call a *nest lens* (",
        "Most methods for counting seabirds from drone images rely on dense annotation of every frame, which is … (see more)cos",
    ])
    publications = parse_page(text, url="https://mila.quebec/en/directory/ilse-marken").publications
    assert all(p.title is None for p in publications), [p.title for p in publications]
    assert "nest lens" in publications[0].abstract and "redone whenever" in publications[0].abstract
    # A title written like a sentence, its co-authors after it, still opens the next paper.
    text = "\n".join([
        "Ilse Marken", "Alumni",
        "Most methods for counting seabirds from drone images rely on dense annotation of every frame, which is … "
        "(see more)costly for colonies of many thousands of nesting birds.",
        "Understanding the effect of tides on nesting counts",
        "Jonas Berg",
        "Tides change how many birds a drone image shows, and we model this effect over several seasons of "
        "counts … (see more)with a simple correction.",
    ])
    publications = parse_page(text, url="https://mila.quebec/en/directory/ilse-marken").publications
    assert [p.title for p in publications] == [None, "Understanding the effect of tides on nesting counts"]
