"""Surfaces: the HTTP API for other apps (FastAPI) with the Gradio chat UI mounted beside it.

Page text is untrusted: everything derived from a page is HTML-escaped before it reaches the
browser, in the chat and in the source cards alike.
"""

from __future__ import annotations

import html
import ipaddress
import json
import logging
import os
import re
import secrets
from collections.abc import Iterator

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home from an offline app

import gradio as gr
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, field_validator
from sse_starlette.sse import EventSourceResponse

from qa.records import Answer, Citation
from qa.assistant import MAX_QUESTION_CHARS, Assistant
from qa.settings import Settings

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


class AskRequest(BaseModel):
    question: str = Field(description="The question, in English or French.", max_length=MAX_QUESTION_CHARS)
    researcher: str | None = Field(default=None, description="Restrict to this researcher's papers (any spelling).")
    top_k: int | None = Field(default=None, ge=1, le=50, description="Cite at most this many papers.")

    @field_validator("question")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value


class ApiError(Exception):
    def __init__(self, status: int, field: str, message: str) -> None:
        super().__init__(message)
        self.status, self.field, self.message = status, field, message


def error_body(field: str, message: str) -> dict:
    return {"error": {"field": field, "message": message}}


def create_app(assistant: Assistant | None = None, settings: Settings | None = None) -> FastAPI:
    assistant = assistant or Assistant(settings)
    settings = assistant.settings
    app = FastAPI(title="Mila Scholar QA", description="Cited answers over Mila publication pages.")
    bearer = HTTPBearer(auto_error=False)

    def authorised(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        token = settings.api_token.get_secret_value() if settings.api_token else None
        if token and not (credentials and secrets.compare_digest(credentials.credentials.encode(), token.encode())):
            raise HTTPException(status_code=401, detail="missing or wrong bearer token",
                                headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"] if part not in ("body", "query"))
        return JSONResponse(status_code=422, content=error_body(field or "body", first["msg"]))

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(status_code=exc.status, content=error_body(exc.field, exc.message))

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse(status_code=exc.status_code, content=error_body("authorization", str(exc.detail)),
                            headers=exc.headers)

    def checked_researcher(name: str | None) -> str | None:
        if name is None or not name.strip():
            return None
        canonical = assistant.resolve_researcher(name)
        if canonical is None:
            raise ApiError(404, "researcher", f"no researcher named {name!r} in the index")
        return canonical

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok", "papers": len(assistant.library.papers), "answerer": assistant.answerer}

    @app.get("/api/researchers", dependencies=[Depends(authorised)])
    def researchers() -> list[str]:
        return assistant.researchers()

    @app.get("/api/papers", dependencies=[Depends(authorised)])
    def papers(researcher: str | None = None, q: str | None = None) -> list[dict]:
        return [p.to_dict() for p in assistant.papers(checked_researcher(researcher), q)]

    @app.post("/api/ask", dependencies=[Depends(authorised)])
    def ask(request: AskRequest) -> dict:
        return assistant.ask(request.question, checked_researcher(request.researcher), request.top_k).to_dict()

    @app.post("/api/ask/stream", dependencies=[Depends(authorised)])
    def ask_stream(request: AskRequest) -> EventSourceResponse:
        """Server-sent events: `partial` events carry the text so far, one `answer` event the result."""
        researcher = checked_researcher(request.researcher)

        def events() -> Iterator[dict]:
            for text, answer in assistant.stream(request.question, researcher, request.top_k):
                if answer is None:
                    yield {"event": "partial", "data": json.dumps({"text": text}, ensure_ascii=False)}
                else:
                    yield {"event": "answer", "data": json.dumps(answer.to_dict(), ensure_ascii=False)}

        return EventSourceResponse(events())

    # System fonts only: the UI must not reach for web fonts on an offline machine.
    theme = gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["monospace"])
    return gr.mount_gradio_app(app, chat_ui(assistant), path="/", footer_links=["api"], theme=theme, css=CSS,
                               ssr_mode=False)


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


def bind_warning(host: str, settings: Settings) -> str | None:
    """The warning owed when the server is reachable from other machines without a token."""
    if is_loopback(host) or settings.api_token is not None:
        return None
    return f"serving on {host} without QA_API_TOKEN: anyone who can reach this address can use the API"


def serve(host: str, port: int, settings: Settings) -> None:
    import uvicorn

    warning = bind_warning(host, settings)
    if warning:
        log.warning("%s", warning)
        print(f"WARNING: {warning}; set QA_API_TOKEN to require a bearer token.", flush=True)
    app = create_app(settings=settings)
    print(f"Mila Scholar QA on http://{host}:{port} (API docs at /docs)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
