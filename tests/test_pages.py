from qa.pages import is_name_like, name_from_url, parse_page, repair
from tests.conftest import SEEDS

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
    assert not is_name_like("Portrait of Razvan Pascanu") and not is_name_like("Softmax is not Enough (for Sharp Size Generalisation)")
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
