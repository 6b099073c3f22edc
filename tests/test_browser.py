"""The chat UI in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright; no browser is
downloaded), against the real server and the real assistant over the seed pages.

``QA_UPDATE_SCREENSHOT=1`` also writes the follow-up screenshot to docs/screenshot.png (the README's).
"""

import os
import shutil
from pathlib import Path

import pytest

from qa.bibtex import to_bibtex
from qa.web import create_app
from tests.seeds import seed_line

pytestmark = pytest.mark.slow

SOFTMAX_Q = "Petar Veličković's papers on softmax?"
SOFTMAX = seed_line("Softmax is not Enough")
RAT_Q = "Who co-wrote the RAT paper?"
RAT = "RAT: Bridging RNN Efficiency and Attention Accuracy via Chunk-based Sequence Modeling"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "screenshot.png"


@pytest.fixture(scope="module")
def base_url(assistant, live_server):
    """The real server (FastAPI + the mounted Gradio UI) on a free 127.0.0.1 port."""
    return live_server(create_app(assistant))


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (make install does)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_ui(base_url, browser):
    """A fresh page (its own session) with the UI loaded, at a given viewport width."""
    contexts = []

    def open_at(width: int = 1400, height: int = 1000, **options):
        context = browser.new_context(viewport={"width": width, "height": height}, **options)
        contexts.append(context)
        page = context.new_page()
        page.goto(base_url)
        page.locator("#question textarea").wait_for(timeout=60000)
        return page

    yield open_at
    for context in contexts:
        context.close()


def answers(page) -> int:
    """How many answers have their source cards in the panel."""
    return page.evaluate("document.querySelectorAll('#sources details.turn').length")


def ask(page, question: str) -> None:
    before = answers(page)
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function("n => document.querySelectorAll('#sources details.turn').length > n", arg=before,
                           timeout=60000)


def test_an_earlier_answers_links_open_its_own_cards(open_ui):
    page = open_ui()
    ask(page, SOFTMAX_Q)
    ask(page, RAT_Q)
    assert page.locator("#a2-s1 .source-title").inner_text().endswith(RAT)
    assert page.evaluate("document.getElementById('a1').open") is False  # the earlier answer's cards are folded
    first_answer_link = page.locator("#chat a.cite").first
    assert first_answer_link.get_attribute("href") == "#a1-s1"
    first_answer_link.click()
    page.wait_for_function("location.hash === '#a1-s1'")
    target = page.locator(".source-card:target")
    assert target.count() == 1 and target.get_attribute("id") == "a1-s1"
    assert target.locator(".source-title").inner_text().endswith(SOFTMAX)
    assert target.is_visible() and page.evaluate("document.getElementById('a1').open") is True
    # ... and the latest answer's [1] still opens the RAT card.
    page.locator("#chat a.cite[href='#a2-s1']").first.click()
    page.wait_for_function("location.hash === '#a2-s1'")
    assert page.locator(".source-card:target .source-title").inner_text().endswith(RAT)


def test_an_example_button_fills_the_box_and_sends(open_ui):
    page = open_ui()
    page.get_by_role("button", name=RAT_Q).click()
    page.wait_for_function("document.querySelectorAll('#sources details.turn').length === 1", timeout=60000)
    chat = page.locator("#chat").inner_text()
    assert RAT_Q in chat and "Xiuying Wei" in chat
    assert page.locator("#a1-s1 .source-title").inner_text().endswith(RAT)


def test_abstracts_are_folded_and_the_supporting_sentence_is_shown(open_ui, assistant):
    page = open_ui()
    ask(page, SOFTMAX_Q)
    evidence = assistant.ask(SOFTMAX_Q).citations[0].evidence[0]
    card = page.locator("#a1-s1")
    assert card.locator(".evidence").is_visible() and evidence in card.locator(".evidence").inner_text()
    abstract = card.locator("details.abstract")
    assert abstract.evaluate("d => d.open") is False
    assert not card.locator("details.abstract p").is_visible()
    abstract.locator("summary").click()
    assert card.locator("details.abstract p").is_visible() and card.locator("details.abstract mark").count() >= 1


def test_a_375_px_screen_does_not_scroll_sideways(open_ui):
    page = open_ui(375, 800)
    ask(page, SOFTMAX_Q)
    ask(page, "Everything Razvan Pascanu has published?")
    for details in page.locator("#sources details").all():  # unfolded, long abstracts and URLs included
        details.evaluate("d => d.open = true")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
    # Nor does anything in the chat or the cards scroll sideways inside its own box (a BibTeX entry, a URL).
    wide = page.evaluate("""() => [...document.querySelectorAll('#chat *, #sources *')]
        .filter(e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX !== 'visible')
        .map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth)""")
    assert wide == []
    # ... and nothing is cut off at the right edge either.
    past_edge = page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 1)
        .map(e => e.tagName + '.' + e.className)""")
    assert past_edge == []


def test_the_copy_button_copies_the_papers_bibtex(open_ui, assistant):
    page = open_ui(permissions=["clipboard-read", "clipboard-write"])
    ask(page, SOFTMAX_Q)
    paper = assistant.library.papers[assistant.ask(SOFTMAX_Q).citations[0].paper_id]
    button = page.locator("#a1-s1 .bibtex-copy")
    assert button.inner_text() == "Copy BibTeX"
    button.click()
    page.wait_for_function("document.querySelector('#a1-s1 .bibtex-copy').textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == to_bibtex(paper)


def test_french_answers_show_french_card_labels(open_ui):
    page = open_ui()
    ask(page, "Qu'a publié Petar Veličković sur le softmax ?")
    card = page.locator("#a1-s1").inner_text()
    assert "Co-auteurs:" in card and "Lieu de publication:" in card and "Résumé" in card
    assert "Co-authors" not in card and "Venue" not in card
    assert "1 article " in page.locator("#chat").inner_text()


def test_a_follow_up_keeps_the_thread(open_ui, tmp_path):
    """'its co-authors' after a one-paper answer: that paper's co-authors, one card, not all 17 papers."""
    page = open_ui(1280, 900)
    ask(page, SOFTMAX_Q)
    ask(page, "name its co-authors")
    follow_up = page.locator("#chat").inner_text().split("name its co-authors")[-1]
    assert "Christos Perivolaropoulos" in follow_up and "Federico Barbero" in follow_up
    assert page.locator("#a2 .source-card").count() == 1
    assert "velickovic (fr)" not in follow_up and "pascanu-0 (en)" not in follow_up  # no page slugs
    assert page.locator("#a2-s1 .source-title").inner_text().endswith(SOFTMAX)
    page.screenshot(path=str(tmp_path / "follow-up.png"))
    assert (tmp_path / "follow-up.png").stat().st_size > 10_000
    if os.environ.get("QA_UPDATE_SCREENSHOT"):
        shutil.copyfile(tmp_path / "follow-up.png", SCREENSHOT)


def test_clearing_the_chat_starts_a_new_conversation(open_ui):
    page = open_ui()
    ask(page, SOFTMAX_Q)
    page.locator("#chat button[aria-label='Clear']").click()
    page.wait_for_function("!document.querySelector('#sources details.turn')", timeout=30000)
    ask(page, RAT_Q)
    assert answers(page) == 1 and page.locator("#a1-s1 .source-title").inner_text().endswith(RAT)
