"""The Gradio chat UI, mounted by :mod:`qa.web`: a chat that streams cited answers beside their source cards.

Page text is untrusted: everything derived from a page is HTML-escaped before it reaches the browser,
in the chat and in the source cards alike.

Each answer keeps its own source cards: answer 3's ``[1]`` links to ``#a3-s1``, and the panel holds the
cards of every answer (the latest open, earlier ones folded), so an earlier answer's links still land on
its own sources. The conversation so far is passed to the assistant as ``history``, so "its co-authors"
and "when did it appear?" are read against the earlier answers.
"""

from __future__ import annotations

import html
import logging
import re
from urllib.parse import urlsplit

import gradio as gr

from qa.assistant import Assistant
from qa.records import Answer, Citation

log = logging.getLogger(__name__)
ANY = "(any researcher)"
EXAMPLES = [
    "Petar Veličković's papers on softmax?",
    "Who co-wrote the RAT paper?",
    "Papers shared by Pascanu and Veličković?",
    "Qu'a publié Petar Veličković sur le softmax ?",
]
# Narrow screens (375 px): long titles, author lists and URLs wrap instead of widening the page.
CSS = (".source-card{border:1px solid #ddd;border-radius:8px;padding:8px;margin-bottom:8px;overflow-wrap:anywhere}"
       ".source-card:target{border-color:#f59e0b;box-shadow:0 0 0 2px #f59e0b} mark{background:#fde68a}"
       " .notice{color:#b45309} .evidence{margin:4px 0;padding-left:8px;border-left:3px solid #fde68a}"
       " .turn>summary{cursor:pointer;font-weight:600;margin:6px 0} .bibtex{white-space:pre-wrap;font-size:12px}"
       " .bibtex-copy{margin-top:4px;padding:2px 8px;border:1px solid #ccc;border-radius:6px;cursor:pointer;"
       "font-size:13px;font-weight:normal} #sources .pages a{padding:0;margin:0}"
       " #chat,#sources{overflow-wrap:anywhere}"
       " @media (max-width:640px){.gradio-container{padding:0 4px!important}}")
# A delegated listener on the sources panel: the copy buttons work on every re-render. The clipboard API
# needs a secure context (localhost or https); elsewhere the selected-text fallback copies.
COPY_JS = """
element.addEventListener('click', async (event) => {
  const button = event.target.closest('.bibtex-copy');
  if (!button) return;
  const text = button.closest('.source-card').querySelector('.bibtex').textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  button.textContent = button.dataset.done;
});
"""

LABELS = {
    "en": {"co_authors": "Co-authors", "venue": "Venue", "date": "Date", "researcher": ("Researcher", "Researchers"),
           "page": ("Page", "Pages"), "abstract": "Abstract", "no_abstract": "(no abstract on the page)",
           "evidence": "Supporting sentence", "on_page": "On the page",
           "more": ("(+{n} more, highlighted in the abstract)",) * 2, "untitled": "untitled on the page",
           "page_of": "{name}'s page", "bibtex": "Copy BibTeX", "copied": "Copied",
           "sources_of": "Sources of answer {n}", "no_sources": "Sources of the answer appear here.",
           "paper": ("paper", "papers")},
    "fr": {"co_authors": "Co-auteurs", "venue": "Lieu de publication", "date": "Date",
           "researcher": ("Chercheur", "Chercheurs"), "page": ("Page", "Pages"), "abstract": "Résumé",
           "no_abstract": "(pas de résumé sur la page)", "evidence": "Passage cité", "on_page": "Sur la page",
           "more": ("(+{n} autre, surligné dans le résumé)", "(+{n} autres, surlignés dans le résumé)"),
           "untitled": "sans titre sur la page", "page_of": "Page de {name}", "bibtex": "Copier le BibTeX",
           "copied": "Copié", "sources_of": "Sources de la réponse {n}",
           "no_sources": "Les sources de la réponse s'affichent ici.", "paper": ("article", "articles")},
}


def labels(lang: str | None) -> dict:
    return LABELS.get(lang or "en", LABELS["en"])


def plural(count: int, forms: tuple[str, str]) -> str:
    """'1 paper', '2 papers', '0 papers' ('0 article' in French, where 0 and 1 take the singular)."""
    return f"{count} {forms[0] if count == 1 else forms[1]}"


def plural_fr(count: int, forms: tuple[str, str]) -> str:
    return f"{count} {forms[0] if count < 2 else forms[1]}"


def count_of(count: int, what: str, lang: str = "en") -> str:
    forms = labels(lang)[what]
    return (plural_fr if lang == "fr" else plural)(count, forms)


def linked_markers(text: str, turn: int = 1) -> str:
    """Escape the answer (it quotes page text) and turn [n] into a link to this answer's n-th source card."""
    return re.sub(r"\[(\d+)\]", rf'<a href="#a{turn}-s\1" class="cite">[\1]</a>', html.escape(text, quote=False))


def shown_url(url: str) -> str:
    """A page URL as a reader recognises it: host and path, no scheme, query or trailing slash."""
    parts = urlsplit(url)
    return (parts.netloc + parts.path.rstrip("/")) or url


def source_cards(answer: Answer | None, turn: int = 1, bibtex: dict[str, str] | None = None) -> str:
    """The cards of one answer, ids ``a{turn}-s{n}``; ``bibtex`` maps a paper id to its entry."""
    if answer is None or not answer.citations:
        return f"<p class='no-sources'>{labels(answer.lang if answer else 'en')['no_sources']}</p>"
    return "\n".join(card(c, turn, answer.lang, (bibtex or {}).get(c.paper_id or "")) for c in answer.citations)


def card(c: Citation, turn: int = 1, lang: str = "en", bibtex: str | None = None) -> str:
    e, say = html.escape, labels(lang)
    abstract = e(c.abstract or say["no_abstract"])
    for quoted in c.evidence:
        if quoted and c.abstract and quoted in c.abstract:
            abstract = abstract.replace(e(quoted), f"<mark>{e(quoted)}</mark>", 1)
    if c.kind == "page" and c.title:  # a news item about the researcher: known by its headline
        title = e(c.title)
    elif c.kind == "page":
        who = c.researchers[0] if c.researchers else shown_url(c.url or c.key)
        title = e(say["page_of"].format(name=who))
    elif c.title:
        title = e(c.title)
    else:
        title = f"<em>{say['untitled']}</em> — {e(c.label)}"
    rows = [f"<h4 class='source-title'>[{c.n}] {title}</h4>"]
    quotes = [q for q in c.evidence if q]
    if quotes and c.kind == "page":  # short values read on the page: all of them
        rows.append(f"<div class='evidence'><b>{say['on_page']}:</b> {'; '.join(f'“{e(q)}”' for q in quotes)}</div>")
    elif quotes:  # the first supporting sentence; the others are highlighted in the abstract
        extra = len(quotes) - 1
        more = f" <span class='more'>{say['more'][extra > 1].format(n=extra)}</span>" if extra else ""
        rows.append(f"<div class='evidence'><b>{say['evidence']}:</b> “{e(quotes[0])}”{more}</div>")
    if c.authors:
        rows.append(f"<div><b>{say['co_authors']}:</b> {e(', '.join(c.authors))}</div>")
    if c.venues:
        rows.append(f"<div><b>{say['venue']}:</b> {e(c.venues[0])}</div>")
    if c.dates:
        rows.append(f"<div><b>{say['date']}:</b> {e(' / '.join(c.dates))}</div>")
    if c.researchers and c.kind == "paper":
        rows.append(f"<div><b>{say['researcher'][len(c.researchers) > 1]}:</b> {e(', '.join(c.researchers))}</div>")
    urls = list(dict.fromkeys(shown_url(u) for u in c.urls))
    targets = {shown_url(u): u for u in reversed(c.urls)}  # the first URL of each shown page
    if urls:
        links = ", ".join(f"<a href='{e(targets[u])}' target='_blank' rel='noopener noreferrer'>{e(u)}</a>"
                          for u in urls)
        rows.append(f"<div class='pages'><b>{say['page'][len(urls) > 1]}:</b> {links}</div>")
    if c.kind == "paper":
        rows.append(f"<details class='abstract'><summary>{say['abstract']}</summary><p>{abstract}</p></details>")
    if bibtex:
        rows.append(f"<details class='bibtex-entry'><summary>BibTeX</summary><pre class='bibtex'>{e(bibtex)}</pre>"
                    f"</details><button type='button' class='bibtex-copy' data-done='{say['copied']}'>"
                    f"{say['bibtex']}</button>")
    return f"<div class='source-card' id='a{turn}-s{c.n}'>{''.join(rows)}</div>"


def sources_panel(turns: list[dict]) -> str:
    """Every answer's cards, the latest first and open, earlier ones folded (a link into one unfolds it)."""
    if not turns:
        return source_cards(None)
    parts = []
    for i, turn in enumerate(reversed(turns)):
        head = labels(turn["lang"])["sources_of"].format(n=turn["turn"])
        parts.append(f"<details class='turn' id='a{turn['turn']}'{' open' if i == 0 else ''}>"
                     f"<summary>{head} · “{html.escape(turn['question'])}”</summary>{turn['cards']}</details>")
    return "\n".join(parts)


def message_text(message) -> str:
    """A chat message's text without markup (Gradio passes content as a string or a list of parts)."""
    content = message.get("content") if isinstance(message, dict) else getattr(message, "content", "")
    if isinstance(content, list):
        content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return html.unescape(re.sub(r"<[^>]+>", "", content if isinstance(content, str) else ""))


def role_of(message) -> str:
    return message.get("role", "") if isinstance(message, dict) else getattr(message, "role", "")


def history_from_chat(messages: list) -> list[tuple[str, str]]:
    """(question, answer text) pairs from the chat itself, for callers that bring no session state."""
    pairs, asked = [], None
    for message in messages:
        if role_of(message) == "user":
            asked = message_text(message)
        elif role_of(message) == "assistant" and asked is not None:
            pairs.append((asked, message_text(message)))
            asked = None
    return pairs


def chat_ui(assistant: Assistant) -> gr.Blocks:
    researchers = [ANY, *assistant.researchers()]

    def entries(answer: Answer) -> dict[str, str]:
        from qa.bibtex import to_bibtex

        papers, found = assistant.library.papers, {}
        for c in answer.citations:
            if c.paper_id in papers:
                try:
                    found[c.paper_id] = to_bibtex(papers[c.paper_id])
                except Exception:  # a card without its copy button beats no answer
                    log.exception("BibTeX for %s failed", c.paper_id)
        return found

    def respond(question: str, history: list, researcher: str, state):
        history = list(history or [])
        # The session state: this conversation's answers (for `history`) and their source cards. A caller
        # without it (gradio_client, the raw API) gets the conversation read back from the chat.
        state = state if isinstance(state, dict) else {}
        done = list(state.get("turns", []))
        question = (question or "").strip()
        if not question:
            yield "", history, gr.update(), state
            return
        turn = sum(1 for m in history if role_of(m) == "user") + 1
        if len(done) != turn - 1:  # the state no longer matches the chat (cleared, or another tab's)
            done = []
        chosen = None if researcher in (None, "", ANY) else researcher
        asked_before = [(t["question"], t["answer"]) for t in done] or history_from_chat(history)
        history = [*history, {"role": "user", "content": html.escape(question, quote=False)},
                   {"role": "assistant", "content": "…"}]
        try:
            for text, answer in assistant.stream(question, researcher=chosen, history=asked_before):
                history[-1] = {"role": "assistant", "content": linked_markers(text, turn)}
                if answer is None:
                    yield "", history, gr.update(), state
            notice = f"<p class='notice'>⚠ {html.escape(answer.notice)}</p>\n\n" if answer.notice else ""
            history[-1] = {"role": "assistant", "content": notice + linked_markers(answer.text, turn)}
            done.append({"turn": turn, "question": question, "answer": answer, "lang": answer.lang,
                         "cards": source_cards(answer, turn, entries(answer))})
            state = {**state, "turns": done}
            yield "", history, sources_panel(done), state
        except ValueError as exc:
            history[-1] = {"role": "assistant", "content": f"⚠ {html.escape(str(exc))}"}
            yield "", history, sources_panel(done), state
        except Exception as exc:  # the reader gets one clear line, the log gets the trace
            log.exception("answering failed")
            history[-1] = {"role": "assistant", "content": f"⚠ Something went wrong: {html.escape(type(exc).__name__)}. "
                                                           "The index may be missing: run `qa ingest`."}
            yield "", history, sources_panel(done), state

    def ask_json(question: str, researcher: str | None = None) -> dict:
        """The answer as JSON (answer.to_dict()), for gradio_client: Client(url).predict(q, None, api_name="/ask")."""
        return assistant.ask(question, researcher=None if researcher in (None, "", ANY) else researcher).to_dict()

    with gr.Blocks(title="Mila Scholar QA") as demo:
        gr.Markdown(f"## Mila Scholar QA\nCited answers from Mila publication pages · answerer: "
                    f"`{assistant.answerer}` · {count_of(len(assistant.library.papers), 'paper')}")
        state = gr.State({})
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=300):
                chatbot = gr.Chatbot(label="Chat", height=520, sanitize_html=True, elem_id="chat",
                                     placeholder="Ask what a Mila researcher has published. Every claim cites a paper.")
                question = gr.Textbox(label="Question", placeholder="Petar Veličković's papers on softmax?",
                                      elem_id="question", submit_btn=True)
                examples = gr.Examples(EXAMPLES, inputs=question, label="Examples")
            with gr.Column(scale=2, min_width=300):
                researcher = gr.Dropdown(researchers, value=ANY, label="Researcher", elem_id="researcher")
                sources = gr.HTML(source_cards(None), label="Sources", elem_id="sources", js_on_load=COPY_JS)
        inputs, outputs = [question, chatbot, researcher, state], [question, chatbot, sources, state]
        question.submit(respond, inputs, outputs, api_name="chat")
        # Clearing the chat (its bin icon) starts a new conversation: no history, no cards.
        chatbot.clear(lambda: ({}, source_cards(None)), None, [state, sources], api_visibility="private")
        # An example fills the box, then is sent as if typed.
        examples.load_input_event.then(respond, inputs, outputs, api_visibility="private")
        gr.api(ask_json, api_name="ask")
    return demo
