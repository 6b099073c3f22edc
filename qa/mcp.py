"""``qa mcp``: a Model Context Protocol server over stdio (the official ``mcp`` SDK), so agents and chat
apps can use the assistant as tools: ``ask``, ``search_papers``, ``get_paper``, ``get_researcher``.

A surface like the CLI and the web API: every tool calls the public ``Assistant`` methods only. Each
tool returns JSON (structured content); a bad argument comes back as a tool error naming it.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # heavy imports stay out of `qa --help`
    from mcp.server.mcpserver import MCPServer

    from qa.assistant import Assistant
    from qa.records import Paper

INSTRUCTIONS = (
    "Cited question answering over Mila researchers' publication pages. `ask` answers a question with "
    "numbered citations to specific papers; `search_papers` lists papers by researcher and/or words; "
    "`get_paper` gives one paper's record (with BibTeX); `get_researcher` a researcher's profile and papers. "
    "Only what the indexed pages say: a paper without a title on its page has none here."
)
SEARCH_LIMIT = 50  # papers search_papers returns at most
NAMES_SHOWN = 20  # indexed researchers an unknown-name error lists


class Lazy:
    """The assistant, loaded once in the background from startup (the embedding model takes seconds) so
    that the handshake is immediate and the first tool call waits only for what is left."""

    def __init__(self, factory: Callable[[], Assistant]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._value: Assistant | None = None

    def __call__(self) -> Assistant:
        with self._lock:
            if self._value is None:
                self._value = self._factory()
            return self._value

    def warm(self) -> None:
        def load() -> None:
            try:
                self()
            except BaseException:  # reported by the first tool call, which tries again
                pass

        threading.Thread(target=load, name="qa-mcp-warm", daemon=True).start()


def paper_summary(paper: Paper) -> dict[str, Any]:
    return {"paper_id": paper.paper_id, "title": paper.title, "label": paper.label, "authors": paper.authors,
            "researchers": paper.researchers, "dates": [d.value for d in paper.dates],
            "venues": [v.value for v in paper.venues], "urls": paper.urls}


def anticipated(tool: Callable) -> Callable:
    """A bad argument (ValueError) or an index that cannot be opened (the CLI's one-line error) reaches the
    client as a tool error with its message; anything else stays a crash, its details on the server."""

    @functools.wraps(tool)
    def call(*args, **kwargs):
        from click import ClickException
        from mcp.server.mcpserver.exceptions import ToolError

        try:
            return tool(*args, **kwargs)
        except ClickException as exc:
            raise ToolError(exc.format_message()) from exc
        except ValueError as exc:
            raise ToolError(str(exc)) from exc

    return call


def build_server(assistant: Callable[[], Assistant]) -> MCPServer:
    """The MCP server; ``assistant`` returns the (shared) Assistant each tool calls."""
    from importlib.metadata import PackageNotFoundError, version

    from mcp.server.mcpserver import MCPServer

    from qa.bibtex import to_bibtex

    try:
        ours = version("mila-scholar-qa")
    except PackageNotFoundError:  # run from a checkout that was never installed
        ours = ""
    server = MCPServer("mila-scholar-qa", title="Mila Scholar QA", instructions=INSTRUCTIONS, version=ours,
                       log_level="WARNING")

    def researcher_named(qa: Assistant, name: str | None, field: str = "researcher") -> str | None:
        if name is None or not name.strip():
            return None
        canonical = qa.resolve_researcher(name)
        if canonical is None:
            known = qa.researchers()
            shown = ", ".join(known[:NAMES_SHOWN]) + (f" and {len(known) - NAMES_SHOWN} more" if len(known) > NAMES_SHOWN
                                                      else "")
            raise ValueError(f"{field}: no researcher named {name!r} in the index (indexed: {shown})")
        return canonical

    @server.tool()
    @anticipated
    def ask(question: str, researcher: str | None = None, top_k: int | None = None,
            history: list[tuple[str, str]] | None = None) -> dict[str, Any]:
        """Answer a question about Mila researchers and their papers, citing specific papers as [n].

        Args:
            question: the question, in English or French.
            researcher: restrict the answer to this researcher's papers (any spelling).
            top_k: cite at most this many papers (1-50).
            history: earlier turns of this conversation, oldest first, as [question, answer text] pairs,
                so that follow-ups ("its co-authors?") refer to what was discussed.

        Returns the answer text, its numbered citations (title, authors, dates, venues, page URLs, the
        evidence quoted) and a readable references list.
        """
        qa = assistant()
        kwargs = {"history": [tuple(turn) for turn in history]} if history else {}
        answer = qa.ask(question, researcher=researcher_named(qa, researcher), top_k=top_k, **kwargs)
        return {**answer.to_dict(), "references": answer.references()}

    @server.tool()
    @anticipated
    def search_papers(query: str | None = None, researcher: str | None = None,
                      limit: int = 20) -> dict[str, Any]:
        """List indexed papers, optionally of one researcher and holding every word of ``query`` (whole words,
        in the title, abstract or author names).

        Args:
            query: words the paper must contain.
            researcher: only this researcher's papers (any spelling).
            limit: at most this many papers (1-50).
        """
        if not 1 <= limit <= SEARCH_LIMIT:
            raise ValueError(f"limit: must be between 1 and {SEARCH_LIMIT}")
        qa = assistant()
        papers = qa.papers(researcher_named(qa, researcher), query or None)
        return {"total": len(papers), "papers": [paper_summary(p) for p in papers[:limit]]}

    @server.tool()
    @anticipated
    def get_paper(paper_id: str) -> dict[str, Any]:
        """One paper's full record: title (null when its page gives none), authors, abstract, dates and venues
        with the pages that give them, the researchers whose pages list it, and its BibTeX entry.

        Args:
            paper_id: the id from `search_papers` or from an `ask` citation (e.g. "p075d05e0341b").
        """
        paper = next((p for p in assistant().papers() if p.paper_id == paper_id.strip()), None)
        if paper is None:
            raise ValueError(f"paper_id: no paper {paper_id!r} in the index")
        return {**paper.to_dict(), "label": paper.label, "urls": paper.urls, "bibtex": to_bibtex(paper)}

    @server.tool()
    @anticipated
    def get_researcher(name: str) -> dict[str, Any]:
        """A researcher's profile as their pages give it (roles, affiliations, topics, biography, news, each
        with its pages) and the papers their pages list.

        Args:
            name: the researcher's name, any spelling or accents.
        """
        qa = assistant()
        canonical = researcher_named(qa, name, "name")
        if canonical is None:
            raise ValueError("name: must not be empty")
        profile = qa.profile(canonical)
        papers = qa.papers(canonical)
        body: dict[str, Any] = {"researcher": canonical, "urls": profile.urls if profile else []}
        if profile is not None:
            for field in ("roles", "affiliations", "topics", "supervisors", "students", "biography", "news"):
                body[field] = [{"value": item.value, "urls": list(dict.fromkeys(s.url for s in item.sources if s.url))}
                               for item in getattr(profile, field)]
        body["papers"] = [paper_summary(p) for p in papers]
        return body

    return server


def run(assistant: Callable[[], Assistant]) -> None:
    """Serve over stdio until the client closes it; the assistant loads in the background meanwhile."""
    lazy = Lazy(assistant)
    server = build_server(lazy)  # the SDK imported before the warm-up thread starts importing the assistant's stack
    lazy.warm()
    server.run("stdio")
