"""The chat UI's HTML (qa/ui.py) from real answers over the seed pages; the browser side is tests/test_browser.py."""

import html
import re

import pytest

from qa.bibtex import to_bibtex
from qa.ui import count_of, history_from_chat, linked_markers, source_cards, sources_panel
from tests.seeds import seed_line

SOFTMAX_Q = "Petar Veličković's papers on softmax?"
SOFTMAX = seed_line("Softmax is not Enough")
# How the pages' URLs read as internal names ('razvan-pascanu-0 (en)'): never shown as a label.
SLUG = re.compile(r"\b(?:razvan-pascanu(?:-0)?|petar-velickovic) \((?:en|fr)\)")


def visible(fragment: str) -> str:
    """The text a reader sees: tags and attribute values (hrefs) dropped."""
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


def test_markers_link_to_their_own_answers_cards(assistant):
    answer = assistant.ask(SOFTMAX_Q)
    chat = linked_markers(answer.text, turn=3)
    cards = source_cards(answer, turn=3)
    assert '<a href="#a3-s1" class="cite">[1]</a>' in chat and "#source-" not in chat
    assert "id='a3-s1'" in cards and "id='a1-s1'" not in cards


def test_abstracts_fold_and_the_supporting_sentence_shows(assistant):
    answer = assistant.ask(SOFTMAX_Q)
    cards = source_cards(answer)
    evidence = answer.citations[0].evidence[0]
    assert "<details class='abstract'>" in cards and "<details open" not in cards
    shown = re.search(r"<div class='evidence'>(.*?)</div>", cards).group(1)
    assert html.escape(evidence) in shown and "Supporting sentence" in shown


def test_the_panel_keeps_every_answers_cards_the_latest_open(assistant):
    first, second = assistant.ask(SOFTMAX_Q), assistant.ask("Who co-wrote the RAT paper?")
    panel = sources_panel([{"turn": 1, "question": SOFTMAX_Q, "lang": "en", "cards": source_cards(first, 1)},
                           {"turn": 2, "question": "RAT?", "lang": "en", "cards": source_cards(second, 2)}])
    assert panel.index("id='a2'") < panel.index("id='a1'")
    assert "<details class='turn' id='a2' open>" in panel and "<details class='turn' id='a1'>" in panel
    assert "id='a1-s1'" in panel and "id='a2-s1'" in panel


def test_page_cards_name_the_researcher_and_the_url_not_a_slug(assistant):
    answer = assistant.ask("What is Razvan Pascanu's role?")
    assert answer.citations and {c.kind for c in answer.citations} == {"page"}
    cards = source_cards(answer)
    assert not SLUG.search(visible(cards)), visible(cards)
    assert "Razvan Pascanu's page" in visible(cards)
    assert "mila.quebec/en/directory/razvan-pascanu" in visible(cards)  # the page, as its URL reads


@pytest.mark.parametrize("conversation", [
    [SOFTMAX_Q, "name its co-authors"],
    ["When was the softmax paper published?"],
    ["Qu'a publié Petar Veličković sur le softmax ?", "quand est-il paru ?"],
])
def test_answers_name_pages_by_researcher_not_slug(assistant, conversation):
    history = []
    for question in conversation:
        answer = assistant.ask(question, history=history)
        history.append((question, answer))
    text = linked_markers(answer.text) + visible(source_cards(answer))
    assert not SLUG.search(text), text
    assert "Petar Veličković" in text


def test_untitled_paper_cards_show_the_abstract_start_not_a_slug(assistant):
    answer = assistant.ask("Everything Razvan Pascanu has published?", top_k=20)
    untitled = [c for c in answer.citations if not c.title]
    assert untitled, "the seeds hold untitled papers"
    text = visible(source_cards(answer))
    assert "untitled on the page" in text and not SLUG.search(text)


def test_french_answers_get_french_card_labels(assistant):
    answer = assistant.ask("Qu'a publié Petar Veličković sur le softmax ?")
    assert answer.lang == "fr"
    text = visible(source_cards(answer))
    for label in ("Co-auteurs:", "Lieu de publication:", "Date:", "Chercheurs:", "Résumé", "Passage cité:"):
        assert label in text
    for english in ("Co-authors", "Venue", "Researcher", "Abstract", "Supporting"):
        assert english not in text
    english = visible(source_cards(assistant.ask(SOFTMAX_Q)))
    assert "Co-authors:" in english and "Venue:" in english


@pytest.mark.parametrize("question, singular, plural", [
    (SOFTMAX_Q, "1 paper ", "papers"),
    ("Qu'a publié Petar Veličković sur le softmax ?", "1 article ", "articles"),
])
def test_one_paper_reads_singular(assistant, question, singular, plural):
    text = assistant.ask(question).text
    assert singular in text and f"1 {plural}" not in text and "(s)" not in text


def test_counts_pluralise_in_both_languages():
    assert [count_of(n, "paper") for n in (0, 1, 2)] == ["0 papers", "1 paper", "2 papers"]
    assert [count_of(n, "paper", "fr") for n in (0, 1, 2)] == ["0 article", "1 article", "2 articles"]


def test_each_paper_card_carries_its_bibtex(assistant):
    answer = assistant.ask(SOFTMAX_Q)
    paper = assistant.library.papers[answer.citations[0].paper_id]
    entry = to_bibtex(paper)
    cards = source_cards(answer, 1, {paper.paper_id: entry})
    assert f"<pre class='bibtex'>{html.escape(entry)}</pre>" in cards and "class='bibtex-copy'" in cards


def test_card_text_is_escaped(assistant):
    answer = assistant.ask(SOFTMAX_Q)
    answer.citations[0].authors = ["<img src=x onerror=alert(1)>"]
    answer.citations[0].evidence = ["<script>alert(1)</script>"]
    cards = source_cards(answer, 1, {answer.citations[0].paper_id: "@misc{x, note={<b>}}"})
    assert "<img" not in cards and "<script>" not in cards and "<b>}" not in cards


def test_history_is_read_back_from_the_chat_when_no_session_state():
    chat = [{"role": "user", "content": [{"type": "text", "text": "What has Petar published on softmax?"}]},
            {"role": "assistant", "content": '<p>It lists <em>Softmax</em> <a href="#a1-s1">[1]</a> &amp; more</p>'},
            {"role": "user", "content": "name its co-authors"}]
    assert history_from_chat(chat) == [("What has Petar published on softmax?", "It lists Softmax [1] & more")]


def test_gradio_client_chat_follows_up_on_the_conversation(assistant, live_server):
    """gradio_client passes the chat, not the session state: the follow-up is still read against it."""
    from gradio_client import Client

    from qa.ui import ANY
    from qa.web import create_app

    url = live_server(create_app(assistant))
    _, chat, _ = Client(url, verbose=False).predict(SOFTMAX_Q, [], ANY, api_name="/chat")
    # A new client: a new session, so only the chat it passes tells what "its" refers to.
    _, chat, sources = Client(url, verbose=False).predict("name its co-authors", chat, ANY, api_name="/chat")
    follow_up = chat[-1]["content"]
    follow_up = follow_up if isinstance(follow_up, str) else " ".join(p.get("text", "") for p in follow_up)
    assert "Christos Perivolaropoulos" in follow_up and "#a2-s1" in follow_up
    assert sources.count("class='source-card'") == 1 and "id='a2-s1'" in sources and SOFTMAX in sources


def test_gradio_is_imported_only_by_the_ui():
    import subprocess
    import sys

    code = ("import sys, qa, qa.assistant, qa.records, qa.cli; before = 'gradio' in sys.modules; "
            "import qa.ui; print(before, 'gradio' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["False", "True"]
