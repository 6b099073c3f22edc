"""The Gradio chat UI, mounted by :mod:`qa.web`: a chat that streams cited answers beside their source cards.

Page text is untrusted: everything derived from a page is HTML-escaped before it reaches the browser,
in the chat and in the source cards alike.
"""

from __future__ import annotations

import html
import logging
import re

import gradio as gr

from qa.assistant import Assistant
from qa.records import Answer, Citation

log = logging.getLogger(__name__)
ANY = "(any researcher)"
EXAMPLES = [
    "What has Petar Veličković published on softmax?",
    "Who are the co-authors of the RAT paper?",
    "Which papers appear on both Pascanu's and Veličković's pages?",
    "Qu'a publié Petar Veličković sur le softmax ?",
]
CSS = (".source-card{border:1px solid #ddd;border-radius:8px;padding:8px;margin-bottom:8px}"
       ".source-card:target{border-color:#f59e0b} mark{background:#fde68a} .notice{color:#b45309}")
FOLLOW_UP = re.compile(r"^\s*(?:and|what about|how about|also|et|puis|quid)\b", re.I)


def linked_markers(text: str) -> str:
    """Escape the answer (it quotes page text) and turn [n] into links to the n-th source card."""
    return re.sub(r"\[(\d+)\]", r'<a href="#source-\1" class="cite">[\1]</a>', html.escape(text, quote=False))


def source_cards(answer: Answer | None) -> str:
    if answer is None or not answer.citations:
        return "<p class='no-sources'>Sources of the answer appear here.</p>"
    return "\n".join(card(c) for c in answer.citations)


def card(c: Citation) -> str:
    e = html.escape
    abstract = e(c.abstract or "(no abstract on the page)")
    for quoted in c.evidence:
        if quoted and c.abstract and quoted in c.abstract:
            abstract = abstract.replace(e(quoted), f"<mark>{e(quoted)}</mark>", 1)
    title = e(c.title) if c.title else f"<em>untitled on the page</em> — {e(c.label.split(': ', 1)[-1])}"
    rows = [f"<h4 class='source-title'>[{c.n}] {title}</h4>"]
    if c.authors:
        rows.append(f"<div><b>Co-authors:</b> {e(', '.join(c.authors))}</div>")
    if c.venues:
        rows.append(f"<div><b>Venue:</b> {e(c.venues[0])}</div>")
    if c.dates:
        rows.append(f"<div><b>Date:</b> {e(' / '.join(c.dates))}</div>")
    rows.append(f"<div><b>Researcher:</b> {e(', '.join(c.researchers))}</div>")
    links = " ".join(f"<a href='{e(u)}' target='_blank' rel='noopener noreferrer'>{e(u)}</a>" for u in c.urls)
    if links:
        rows.append(f"<div><b>Page:</b> {links}</div>")
    rows.append(f"<details open><summary>Abstract</summary><p>{abstract}</p></details>")
    return f"<div class='source-card' id='source-{c.n}'>{''.join(rows)}</div>"


def chat_ui(assistant: Assistant) -> gr.Blocks:
    researchers = [ANY, *assistant.researchers()]

    def respond(question: str, history: list, researcher: str, context: list[str]):
        history = list(history or [])
        question = (question or "").strip()
        if not question:
            yield "", history, gr.update(), context
            return
        chosen = None if researcher in (None, "", ANY) else researcher
        if chosen is None and context and FOLLOW_UP.match(question):
            parsed = assistant.question(question)
            if not parsed.researchers and not parsed.unknown_person:
                chosen = context[0]  # a follow-up keeps the researcher of the conversation
        history = [*history, {"role": "user", "content": html.escape(question, quote=False)},
                   {"role": "assistant", "content": "…"}]
        try:
            for text, answer in assistant.stream(question, researcher=chosen):
                history[-1] = {"role": "assistant", "content": linked_markers(text)}
                if answer is None:
                    yield "", history, gr.update(), context
            notice = f"<p class='notice'>⚠ {html.escape(answer.notice)}</p>\n\n" if answer.notice else ""
            history[-1] = {"role": "assistant", "content": notice + linked_markers(answer.text)}
            yield "", history, source_cards(answer), answer.researchers or context
        except ValueError as exc:
            history[-1] = {"role": "assistant", "content": f"⚠ {html.escape(str(exc))}"}
            yield "", history, source_cards(None), context
        except Exception as exc:  # the reader gets one clear line, the log gets the trace
            log.exception("answering failed")
            history[-1] = {"role": "assistant", "content": f"⚠ Something went wrong: {html.escape(type(exc).__name__)}. "
                                                           "The index may be missing: run `qa ingest`."}
            yield "", history, source_cards(None), context

    def ask_json(question: str, researcher: str | None = None) -> dict:
        """The answer as JSON (answer.to_dict()), for gradio_client: Client(url).predict(q, None, api_name="/ask")."""
        return assistant.ask(question, researcher=None if researcher in (None, "", ANY) else researcher).to_dict()

    with gr.Blocks(title="Mila Scholar QA") as demo:
        gr.Markdown(f"## Mila Scholar QA\nCited answers from Mila publication pages · answerer: "
                    f"`{assistant.answerer}` · {len(assistant.library.papers)} papers")
        context = gr.State([])
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Chat", height=520, sanitize_html=True, elem_id="chat",
                                     placeholder="Ask what a Mila researcher has published. Every claim cites a paper.")
                question = gr.Textbox(label="Question", placeholder="What has Petar Veličković published on softmax?",
                                      elem_id="question", submit_btn=True)
                gr.Examples(EXAMPLES, inputs=question, label="Examples")
            with gr.Column(scale=2):
                researcher = gr.Dropdown(researchers, value=ANY, label="Researcher", elem_id="researcher")
                sources = gr.HTML(source_cards(None), label="Sources", elem_id="sources")
        question.submit(respond, [question, chatbot, researcher, context], [question, chatbot, sources, context],
                        api_name="chat")
        gr.api(ask_json, api_name="ask")
    return demo
