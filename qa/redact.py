"""Credentials never reach a log line.

httpx and openai log request URLs at INFO/DEBUG, and an ``OPENAI_BASE_URL`` may carry
``user:password@``; headers and option dumps may carry bearer tokens and API keys. A
:class:`RedactingFilter` on every handler rewrites each record before it is formatted: the
userinfo of any URL, bearer/basic credentials, ``api_key=``/``token:``-style values, OpenAI-style
``sk-`` keys and any secret registered with :func:`install_log_redaction` become ``***``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

MASK = "***"
PATTERNS = [
    # scheme://user:password@host  ->  scheme://***@host
    (re.compile(r"\b([a-zA-Z][a-zA-Z0-9+.\-]*://)[^/\s@'\"<>]+@"), rf"\1{MASK}@"),
    # Authorization: Bearer abc / Basic abc
    (re.compile(r"\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=\-]+", re.I), rf"\1\2{MASK}"),
    # api_key=..., "api-key": "...", token: ..., password=...
    (re.compile(r"\b(api[_\-]?key|access[_\-]?token|token|secret|password|passwd)(['\"]?\s*[:=]\s*['\"]?)"
                r"(?!\*\*\*)[^\s'\"&,;}\]]+", re.I), rf"\1\2{MASK}"),
    # OpenAI-style keys wherever they appear
    (re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}"), f"sk-{MASK}"),
]


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites the record (message, arguments, traceback) so that no handler sees a credential."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is logging's problem, not ours: leave it to the handler
            return True
        record.msg, record.args = redact(message, self.secrets), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.secrets)
        return True


FILTER = RedactingFilter()


def install_log_redaction(secrets: Iterable[str | None] = ()) -> RedactingFilter:
    """Put the filter on every handler attached so far (root's and any other logger's); idempotent.

    Call it again after anything adds handlers (uvicorn's logging config does).
    """
    FILTER.secrets.update(s for s in secrets if s and len(s) >= 4)
    loggers = [logging.getLogger(), *(lg for lg in logging.root.manager.loggerDict.values()
                                      if isinstance(lg, logging.Logger))]
    for logger in loggers:
        for handler in logger.handlers:
            if FILTER not in handler.filters:
                handler.addFilter(FILTER)
    return FILTER
