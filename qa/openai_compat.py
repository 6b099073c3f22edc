"""The OpenAI-compatible surface: ``POST /v1/chat/completions`` (plain and ``stream: true``) and
``GET /v1/models``, so chat apps (Open WebUI, LibreChat), any ``openai`` client and llama-index's
OpenAI-like LLM can use the assistant as a model.

- The last user message is the question; the earlier user/assistant pairs are the conversation
  (``history``), so "name its co-authors" refers to what was discussed. System messages are ignored.
- The message content is the cited answer, then a references list under a rule (``---``); the
  structured citations ride along in an extra ``citations`` field (of the response, or of the last chunk).
- Streamed answers come as OpenAI's ``chat.completion.chunk`` events ending with ``data: [DONE]``.
  Only checked citations ever reach a reader, and a chunk cannot be taken back, so the content is sent
  once the answer is checked; until then the stream carries SSE keep-alive comments.
- ``researcher`` and ``top_k`` may be sent as extra body fields (``extra_body`` in the openai client).
- Errors have the API's one shape, ``{"error": {"field", "message"}}``, which the openai client reads.
"""

from __future__ import annotations

import inspect
import json
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr
from sse_starlette.sse import EventSourceResponse

from qa.api_models import ERRORS, MAX_HISTORY_TURNS, ApiError, call
from qa.records import Answer, Citation

MODEL_ID = "mila-scholar-qa"
OWNER = "mila-scholar-qa"
SSE_PING_SECONDS = 5
# What separates the answer from its references in the message content; a later request's history
# drops it again, so the conversation carries the answer's text as the assistant gave it.
FOOTER = "\n\n---\n"


class TextPart(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: StrictStr = Field(description="`text` parts are read; other kinds (images) are ignored.")
    text: StrictStr | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: StrictStr | list[TextPart] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return "\n".join(part.text or "" for part in self.content if part.type == "text")
        return self.content or ""


class ChatCompletionRequest(BaseModel):
    """OpenAI's chat completion request; fields the assistant has no use for (temperature, max_tokens,
    …) are accepted and ignored."""

    model_config = ConfigDict(extra="allow")

    model: StrictStr = Field(default=MODEL_ID, description=f"`{MODEL_ID}` (see GET /v1/models).")
    messages: list[ChatMessage] = Field(min_length=1, max_length=2 * MAX_HISTORY_TURNS + 8,
                                        description="The conversation; the last message is the user's question.")
    stream: StrictBool = Field(default=False, description="Answer as server-sent `chat.completion.chunk` events.")
    n: StrictInt = Field(default=1, ge=1, le=1, description="Only one choice is produced.")
    researcher: StrictStr | None = Field(default=None, description="Extra: restrict to this researcher's papers.")
    top_k: StrictInt | None = Field(default=None, ge=1, le=50, description="Extra: cite at most this many papers.")


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    finish_reason: Literal["stop"] = "stop"


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    citations: list[Citation] = Field(description="Extra: the structured citations behind the [n] markers.")
    refused: bool = Field(description="Extra: true when nothing in the index answers the question.")


class Delta(BaseModel):
    role: Literal["assistant"] | None = None
    content: str | None = None


class ChunkChoice(BaseModel):
    index: int = 0
    delta: Delta
    finish_reason: Literal["stop"] | None = None


class ChatCompletionChunk(BaseModel):
    """One `data:` event of a streamed answer; the last one (finish_reason `stop`) carries the citations."""

    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    choices: list[ChunkChoice]
    citations: list[Citation] | None = None
    refused: bool | None = None


class Model(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[Model]


def content_of(answer: Answer) -> str:
    """The message content: the answer, then its references and any notice under a rule."""
    footer = []
    if answer.citations:
        footer.append("Sources:\n" + "\n".join(f"- {line}" for line in answer.references().splitlines()))
    if answer.notice:
        footer.append(f"Note: {answer.notice}")
    return answer.text + (FOOTER + "\n\n".join(footer) if footer else "")


def conversation(messages: list[ChatMessage]) -> tuple[str, list[tuple[str, str]]]:
    """(question, history): the last message must be the user's; earlier user messages pair with the
    assistant message that follows them (references footer dropped)."""
    said = [m for m in messages if m.role in ("user", "assistant")]
    if not said or said[-1].role != "user":
        raise ApiError(422, "messages", "the last message must be the user's question")
    question = said[-1].text()
    if not question.strip():
        raise ApiError(422, f"messages.{len(messages) - 1}.content", "must not be empty")
    history: list[tuple[str, str]] = []
    asked: str | None = None
    for message in said[:-1]:
        if message.role == "user":
            if asked is not None:
                history.append((asked, ""))
            asked = message.text()
        else:
            answer = message.text()
            cut = answer.rfind(FOOTER)
            history.append((asked or "", answer[:cut] if cut >= 0 else answer))
            asked = None
    if asked is not None:
        history.append((asked, ""))
    return question, history[-MAX_HISTORY_TURNS:]


def router(assistant, authorised: Callable, checked_researcher: Callable[[str | None], str | None]) -> APIRouter:
    created = int(time.time())
    api = APIRouter(prefix="/v1", tags=["OpenAI-compatible"], dependencies=[Depends(authorised)], responses=ERRORS)
    takes_history = "history" in inspect.signature(assistant.ask).parameters

    def with_history(history: list[tuple[str, str]]) -> dict[str, Any]:
        return {"history": history} if takes_history and history else {}

    def checked_model(name: str) -> None:
        if name != MODEL_ID:
            raise ApiError(404, "model", f"no model named {name!r}; this server has {MODEL_ID!r}")

    @api.get("/models")
    def models() -> ModelList:
        """The one model this server answers as."""
        return ModelList(data=[Model(id=MODEL_ID, created=created, owned_by=OWNER)])

    @api.get("/models/{model}")
    def model(model: str) -> Model:
        checked_model(model)
        return Model(id=MODEL_ID, created=created, owned_by=OWNER)

    @api.post("/chat/completions", response_model=ChatCompletion,
              responses={200: {"content": {"text/event-stream": {"schema": {
                  "$ref": "#/components/schemas/ChatCompletionChunk"}}}, "description": "The answer; with "
                  "`stream: true`, server-sent `chat.completion.chunk` events ending with `data: [DONE]`."}})
    def chat_completions(request: ChatCompletionRequest):
        """The assistant as a chat model: the cited answer to the last user message."""
        checked_model(request.model)
        question, history = conversation(request.messages)
        researcher = checked_researcher(request.researcher)
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        stamp = int(time.time())
        if not request.stream:
            answer = call(lambda: assistant.ask(question, researcher, request.top_k, **with_history(history)))
            return ChatCompletion(id=completion_id, created=stamp, model=MODEL_ID, citations=answer.citations,
                                  refused=answer.refused,
                                  choices=[Choice(message=AssistantMessage(content=content_of(answer)))])

        produced = assistant.stream(question, researcher, request.top_k, **with_history(history))
        first = call(lambda: next(produced))  # a bad question is a 422 before the stream starts

        def chunk(delta: Delta, finish: bool = False, answer: Answer | None = None) -> dict:
            body = ChatCompletionChunk(id=completion_id, created=stamp, model=MODEL_ID,
                                       choices=[ChunkChoice(delta=delta, finish_reason="stop" if finish else None)],
                                       citations=answer.citations if answer else None,
                                       refused=answer.refused if answer else None).model_dump(mode="json")
            for key in ("citations", "refused"):  # the extras ride on the last chunk only
                if body[key] is None:
                    del body[key]
            body["choices"][0]["delta"] = delta.model_dump(exclude_none=True)
            return {"data": json.dumps(body, ensure_ascii=False)}

        def events() -> Iterator[dict]:
            yield chunk(Delta(role="assistant", content=""))
            try:
                _, answer = first
                for _, answer in produced:  # partial text is unchecked: wait for the checked answer
                    pass
            except Exception as exc:  # the status line went out already: the error rides in the stream
                yield {"data": json.dumps({"error": {"field": "server", "message": f"answering failed "
                                                                                   f"({type(exc).__name__})"}})}
                return
            yield chunk(Delta(content=content_of(answer)))
            yield chunk(Delta(), finish=True, answer=answer)
            yield {"data": "[DONE]"}

        return EventSourceResponse(events(), ping=SSE_PING_SECONDS)

    return api



def add_schemas(app) -> None:
    """Put the streamed chunk's schema (which no route returns as JSON) into the app's OpenAPI components."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        chunk = ChatCompletionChunk.model_json_schema(ref_template="#/components/schemas/{model}")
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name, definition in chunk.pop("$defs", {}).items():
            components.setdefault(name, definition)
        components["ChatCompletionChunk"] = chunk
        return schema

    app.openapi = openapi
