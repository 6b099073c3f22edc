"""Command line: ``qa ingest``, ``qa ask``, ``qa settings``."""

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
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # Third-party chatter (model loading, HTTP) stays out of the answer unless asked for.
    for noisy in ("httpx", "chromadb", "sentence_transformers", "transformers", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING if verbose else logging.ERROR)
    install_log_redaction()  # URLs with user:password@, bearer tokens and API keys never reach a log line


def assistant():
    from qa.assistant import Assistant
    from qa.index import PaperIndex, shown

    settings = get_settings()
    try:
        # A changed QA_EMBED_MODEL is not rebuilt by a read-only command: it answers from the index it has.
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
    try:
        report = PaperIndex(settings).ingest(list(paths) or [settings.seeds_dir], progress=not as_json)
    except IngestError as exc:
        fail(shown(exc))
    except OSError as exc:  # a storage failure the index did not recognise: still one line
        fail(shown(storage_problem(exc, settings) or f"{settings.data_dir}: {exc.strerror or exc}"))
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


@main.command()
@click.argument("question")
@click.option("--researcher", help="Restrict the answer to this researcher's papers.")
@click.option("--top-k", type=click.IntRange(1, 50), help="Cite at most this many papers.")
@click.option("--json", "as_json", is_flag=True, help="Print answer.to_dict() as JSON.")
def ask(question: str, researcher: str | None, top_k: int | None, as_json: bool) -> None:
    """Answer QUESTION with citations to specific papers."""
    qa = assistant()
    try:
        answer = qa.ask(question, researcher=researcher, top_k=top_k)
    except ValueError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    if answer.notice:
        click.echo(f"Note: {answer.notice}\n")
    click.echo(answer.text)
    if answer.citations:
        click.echo("\nReferences\n" + answer.references())


@main.command()
@click.option("--host", help="Address to bind (default QA_HOST, 127.0.0.1).")
@click.option("--port", type=int, help="Port (default QA_PORT, 7860).")
def serve(host: str | None, port: int | None) -> None:
    """Start the chat UI and the HTTP API (docs at /docs)."""
    from qa.web import serve as run_server

    settings = get_settings()
    run_server(host or settings.host, port or settings.port, settings)


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


def env_name(name: str, info) -> str:
    """The variable a setting is read from: its first alias (OPENAI_API_KEY), else QA_<NAME>."""
    aliases = getattr(info.validation_alias, "choices", None)
    return aliases[0] if aliases else f"QA_{name.upper()}"


# The runner lives with its metrics in qa.evaluate; registered here so `qa eval` sits with the others.
main.add_command(eval_command)

if __name__ == "__main__":
    main()
