"""Command line: ``qa ingest``, ``qa ask``, ``qa serve``, ``qa mcp``, ``qa settings``, ``qa eval``,
``qa export-embedder``."""

from __future__ import annotations

import json
import os
import logging
import sys
from pathlib import Path

import click

from qa.evaluate import eval_command
from qa.redact import install_log_redaction
from qa.settings import Settings, get_settings


def fail(message: str) -> None:
    raise click.ClickException(message)


@click.group()
@click.version_option(package_name="mila-scholar-qa", prog_name="qa")
@click.option("-v", "--verbose", is_flag=True, help="Log progress and decisions to stderr.")
def main(verbose: bool) -> None:
    """Cited answers over Mila publication pages."""
    # Model-loading progress bars ("Loading weights …") are not part of an answer.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    level = logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # A library that turns its own logger up (bm25s sets DEBUG on import) still stops at the handler.
    for handler in logging.getLogger().handlers:
        handler.setLevel(level)
    # Third-party chatter (model loading, HTTP) stays out of the answer unless asked for.
    for noisy in ("httpx", "chromadb", "sentence_transformers", "transformers", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING if verbose else logging.ERROR)
    install_log_redaction()  # URLs with user:password@, bearer tokens and API keys never reach a log line


def assistant():
    from qa.assistant import Assistant
    from qa.index import PaperIndex, read_served, shown

    settings = get_settings()
    try:
        # A changed QA_EMBED_MODEL is not rebuilt by a read-only command: it answers from the index it has.
        served = read_served(settings)
        rebuild_pending = False
        if served is None or served.embed_model != settings.embed_model:
            stale = PaperIndex(settings)
            rebuild_pending = stale.model_changed
            if rebuild_pending:
                click.echo(f"warning: {stale.stale_notice()}", err=True)
            del stale
        return Assistant(settings, build_if_empty=not rebuild_pending)
    except Exception as exc:  # one clear line instead of a stack trace
        fail(f"cannot open the index: {shown(exc)}")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the ingest report as JSON.")
def ingest(paths: tuple[Path, ...], as_json: bool) -> None:
    """Parse pages (files or folders of .txt/.html) and index their papers. Defaults to seeds/."""
    from qa.index import IngestError, PaperIndex, shown, storage_problem

    settings = get_settings()
    targets = list(paths) or [settings.seeds_dir]
    pages, unsupported = page_paths(targets)
    if not pages:
        # Nothing that is a page: say what was there and why it was passed over, never a silent success.
        for file, reason in unsupported:
            click.echo(f"skipped {shown(file)}: {reason}", err=True)
        where = ", ".join(shown(t) for t in targets)
        click.echo(f"Error: no pages to ingest in {where}: qa reads .txt and .html pages"
                   f"{f' ({len(unsupported)} file(s) skipped)' if unsupported else ' (nothing there)'}.",
                   err=True)
        sys.exit(2)
    targets = [t for t in targets if t.is_dir() or t in pages]  # a named PDF is not handed to the index
    try:
        report = PaperIndex(settings).ingest(targets, progress=not as_json)
    except IngestError as exc:
        fail(shown(exc))
    except OSError as exc:  # a storage failure the index did not recognise: still one line
        fail(shown(storage_problem(exc, settings) or f"{settings.data_dir}: {exc.strerror or exc}"))
    report.skipped[:0] = unsupported
    try:
        # Open it once here, so that the library of this index version is saved now and the next
        # `qa ask` or `qa serve` opens it without reading the store.
        from qa.assistant import Assistant

        Assistant(settings, build_if_empty=False)
    except Exception as exc:  # the index is written; a later open builds the library instead
        click.echo(f"warning: the index is written but could not be opened to save its library: {shown(exc)}",
                   err=True)
    # File names are escaped (shown): a name holding a newline cannot forge a line of its own.
    for file, reason in report.skipped:
        click.echo(f"skipped {shown(file)}: {shown(reason)}", err=True)
    for file, warning in report.warnings:
        click.echo(f"warning {shown(file)}: {shown(warning)}", err=True)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(f"{report.files} file(s): {report.pages_new_or_changed} new or changed, "
                   f"{report.pages_unchanged} unchanged, {len(report.skipped)} skipped; "
                   f"{report.papers} papers indexed, {report.embedded} embedded, "
                   f"{report.metadata_updated} updated, {report.removed} removed.")
    if report.skipped:
        sys.exit(2)


def page_paths(targets: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The page files under ``targets`` and the other files there, each with why it is not read (PDFs,
    images, anything but .txt/.html; a folder's sources.json and hidden files are not pages and not listed)."""
    from qa.index import PAGE_SUFFIXES, shown

    pages: list[Path] = []
    others: list[tuple[str, str]] = []

    def sort(path: Path, named: bool = False) -> None:
        suffix = path.suffix.lower()
        if suffix in PAGE_SUFFIXES or named and not suffix:  # a file named on the command line may lack one
            pages.append(path)
        else:
            why = "a PDF: qa reads pages saved as .txt or .html, not PDFs" if suffix == ".pdf" else \
                f"unsupported file type {suffix!r}: qa reads .txt and .html pages"
            others.append((shown(path), why))

    for target in targets:
        if target.is_dir():
            for root, dirs, names in os.walk(target):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith(".") and name != "sources.json":
                        sort(Path(root) / name)
        elif target.exists():
            sort(target, named=True)
        else:
            pages.append(target)  # ingest reports it in its own words (no such file or directory)
    return pages, others


@main.command()
@click.argument("question", required=False)
@click.option("--researcher", help="Restrict the answer to this researcher's papers.")
@click.option("--top-k", type=click.IntRange(1, 50), help="Cite at most this many papers.")
@click.option("--json", "as_json", is_flag=True, help="Print answer.to_dict() as JSON (one line per answer when "
              "interactive).")
@click.option("--bib", is_flag=True, help="Print the cited papers as BibTeX; the answer itself goes to stderr, so "
              "`qa ask --bib QUESTION >> refs.bib` keeps only the entries.")
def ask(question: str | None, researcher: str | None, top_k: int | None, as_json: bool, bib: bool) -> None:
    """Answer QUESTION with citations to specific papers.

    Without QUESTION, an interactive session: one question per line until end of input or "exit";
    follow-ups ("name its co-authors") refer to the conversation so far.
    """
    if as_json and bib:
        fail("--json and --bib: choose one (the JSON's citations hold every field)")
    qa = assistant()
    if question is not None:
        try:
            answer = qa.ask(question, researcher=researcher, top_k=top_k)
        except ValueError as exc:
            fail(str(exc))
        show_answer(qa, answer, as_json=as_json, bib=bib, indent=2)
        return
    converse(qa, researcher, top_k, as_json, bib)


HISTORY_TURNS = 10  # earlier turns an interactive session passes with each question
EXIT_WORDS = {"exit", "quit", ":q"}


def converse(qa, researcher: str | None, top_k: int | None, as_json: bool, bib: bool) -> None:
    """Questions from stdin, one a line, each answered with the conversation so far as ``history``."""
    interactive = sys.stdin.isatty()
    if interactive:
        click.echo('Ask about Mila researchers and their papers; "exit" or Ctrl-D to leave.', err=True)
    # Each turn keeps its Answer: the papers it cited are the exact referents of "it" (an untitled paper
    # has no title for the text to name).
    history: list = []
    while True:
        if interactive:
            click.echo("> ", nl=False, err=True)
        line = sys.stdin.readline()
        if not line:  # end of input
            break
        text = line.strip()
        if not text:
            continue
        if text.lower() in EXIT_WORDS:
            break
        try:
            answer = qa.ask(text, researcher=researcher, top_k=top_k, history=history[-HISTORY_TURNS:])
        except ValueError as exc:  # one bad question does not end the session
            click.echo(f"Error: {exc}", err=True)
            continue
        show_answer(qa, answer, as_json=as_json, bib=bib, indent=None, interactive=True)
        history.append((text, answer))
        if not as_json:
            click.echo("")


def show_answer(qa, answer, *, as_json: bool, bib: bool, indent: int | None, interactive: bool = False) -> None:
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=indent))
        return
    # With --bib outside a session, stdout holds only BibTeX: the answer is shown on stderr.
    to_stderr = bib and not interactive
    if answer.notice:
        click.echo(f"Note: {answer.notice}\n", err=to_stderr)
    click.echo(answer.text, err=to_stderr)
    if answer.citations and not bib:
        click.echo("\nReferences\n" + answer.references())
    if bib:
        entries = cited_bibtex(qa, answer)
        if entries:
            click.echo(("\n" if interactive else "") + entries, nl=False)
        else:
            click.echo("(no paper cited: no BibTeX)", err=True)


def cited_bibtex(qa, answer) -> str:
    """BibTeX of the papers an answer cites, in citation order (page citations have none)."""
    from qa.bibtex import bibliography

    ids = [c.paper_id for c in answer.citations if c.kind == "paper" and c.paper_id]
    by_id = {p.paper_id: p for p in qa.papers() if p.paper_id in set(ids)}
    return bibliography([by_id[i] for i in dict.fromkeys(ids) if i in by_id])


@main.command()
@click.option("--host", help="Address to bind (default QA_HOST, 127.0.0.1).")
@click.option("--port", type=int, help="Port (default QA_PORT, 7860).")
def serve(host: str | None, port: int | None) -> None:
    """Start the chat UI and the HTTP API (docs at /docs)."""
    try:
        from qa.web import serve as run_server
    except ImportError as exc:  # a lean install (`pip install .`) has no web stack
        fail(f"qa serve needs the web extra ({exc.name} is not installed): pip install 'mila-scholar-qa[web]'")

    settings = get_settings()
    host, port = host or settings.host, port or settings.port
    # Checked before the model loads and the banner prints: a port in use is one line and exit 1.
    problem = bind_problem(host, port)
    if problem:
        fail(problem)
    run_server(host, port, settings)


def bind_problem(host: str, port: int) -> str | None:
    """Why the server could not listen on host:port (in use, not allowed, unknown host), or None."""
    import errno
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
    except (socket.gaierror, UnicodeError, OverflowError) as exc:
        return f"cannot serve on {host}:{port}: {getattr(exc, 'strerror', None) or exc}"
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: TIME_WAIT is no obstacle
        try:
            sock.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return (f"cannot serve on {host}:{port}: the port is in use (another qa serve?); "
                        "choose another with --port or QA_PORT")
            return f"cannot serve on {host}:{port}: {exc.strerror or exc}"
    return None


@main.command("mcp")
def mcp_server() -> None:
    """Serve the assistant to MCP clients over stdio (tools: ask, search_papers, get_paper, get_researcher).

    Meant to be started by the client (Claude Desktop, an agent), not typed: it reads JSON-RPC on stdin.
    """
    try:
        import mcp.server.mcpserver  # noqa: F401
    except ImportError:
        fail("qa mcp needs the MCP SDK: pip install 'mcp>=2' (or this package's [mcp] extra)")
    from qa.mcp import run

    run(assistant)


@main.command("settings")
def show_settings() -> None:
    """Show every setting by its environment variable, its current value and what it does
    (secrets masked, credentials in URLs hidden)."""
    from qa.redact import redact

    current = get_settings()
    for name, info in Settings.model_fields.items():
        value = getattr(current, name)
        shown = "(set)" if name in {"openai_api_key", "api_token"} and value else redact(str(value))
        click.echo(f"{env_name(name, info)} = {shown}\n    {info.description}")


@main.command("export-embedder")
@click.option("--to", "target", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write model.onnx (default: the user cache, where QA_EMBED_MODEL=all-MiniLM-L6-v2-onnx "
                   "looks).")
def export_embedder(target: Path | None) -> None:
    """Export the fp32 reference weights of all-MiniLM-L6-v2 to ONNX, once (needs the [torch] extra):
    then QA_EMBED_MODEL=all-MiniLM-L6-v2-onnx embeds exactly as the reference does, without torch."""
    from qa.embedder import EXPORTED_MODEL, EmbedderError, export_reference_model

    try:
        path = export_reference_model(target)
    except EmbedderError as exc:
        fail(str(exc))
    hint = "" if target else f"; use it with QA_EMBED_MODEL={EXPORTED_MODEL} (then `qa ingest` re-embeds the index)"
    click.echo(f"wrote {path}{hint}")


def env_name(name: str, info) -> str:
    """The variable a setting is read from: its first alias (OPENAI_API_KEY), else QA_<NAME>."""
    aliases = getattr(info.validation_alias, "choices", None)
    return aliases[0] if aliases else f"QA_{name.upper()}"


# The runner lives with its metrics in qa.evaluate; registered here so `qa eval` sits with the others.
main.add_command(eval_command)

if __name__ == "__main__":
    main()
