"""The HTTP API's typed shapes: request bodies, the responses that are not records, and the one error
shape every route answers with (``{"error": {"field": ..., "message": ...}}``).

Records (``Answer``, ``Citation``, ``Paper``) are the dataclasses of :mod:`qa.records`, used as they are
as response models, so the OpenAPI schema and the Python API cannot drift apart.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, field_validator

from qa.question import MAX_QUESTION_CHARS

MAX_HISTORY_TURNS = 50  # turns of history one request may carry (the body cap bounds their size too)


class ApiError(Exception):
    """An error the API answers with its one error shape."""

    def __init__(self, status: int, field: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.field, self.message, self.headers = status, field, message, headers


def error_body(field: str, message: str) -> dict:
    return {"error": {"field": field, "message": message}}


def call(produce):
    """Run an assistant call; its ValueErrors ("field: message") become 422s naming the field."""
    try:
        return produce()
    except ValueError as exc:
        field, sep, message = str(exc).partition(": ")
        if sep and field and " " not in field:
            raise ApiError(422, field, message) from exc
        raise ApiError(422, "question", str(exc)) from exc


class ErrorDetail(BaseModel):
    field: str = Field(description="What was wrong: a request field (`question`, `top_k`, `messages.0.content`), "
                                   "`body` (malformed or missing JSON), `path`, `method`, `authorization`, "
                                   "`researcher`, `model`, or `server`.")
    message: str = Field(description="What to change, in words.")


class ErrorBody(BaseModel):
    """Every 4xx/5xx of the API (and of the access guard in front of it) has this shape."""

    error: ErrorDetail


ERRORS = {status: {"model": ErrorBody, "description": text} for status, text in [
    (401, "Missing or wrong bearer token (when QA_API_TOKEN is set)."),
    (404, "Unknown researcher, paper or model."),
    (413, "Request body over QA_MAX_BODY_KB."),
    (422, "Invalid request; `field` names the offending field."),
]}


class Turn(BaseModel):
    """One earlier exchange of the conversation."""

    model_config = ConfigDict(extra="forbid")

    question: StrictStr = Field(max_length=MAX_QUESTION_CHARS, description="What was asked.")
    answer: StrictStr = Field(max_length=20_000, description="The answer's text, as returned then.")


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: StrictStr = Field(description="The question, in English or French.", max_length=MAX_QUESTION_CHARS)
    researcher: StrictStr | None = Field(default=None,
                                         description="Restrict to this researcher's papers (any spelling).")
    top_k: StrictInt | None = Field(default=None, ge=1, le=50, description="Cite at most this many papers.")
    history: list[Turn] = Field(
        default_factory=list, max_length=MAX_HISTORY_TURNS,
        description="The conversation so far, oldest first: follow-ups such as \"name its co-authors\" "
                    "are read against it.")

    @field_validator("question")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value


class Health(BaseModel):
    status: str = Field(description="`ok`, or `unavailable` (503) when the index cannot be read.")
    papers: int | None = Field(default=None, description="Papers served.")
    answerer: str = Field(description="`offline` or `llm:<model>`.")
    index_version: int | None = Field(default=None, description="Version stamp of the index served "
                                                                      "(also in the X-Index-Version header).")
    stored_index_version: int | None = Field(default=None, description="The store's stamp now (detail).")
    stored_papers: int | None = Field(default=None, description="Papers the store holds now (detail).")
    error: str | None = Field(default=None, description="Why the index cannot be read (503).")
