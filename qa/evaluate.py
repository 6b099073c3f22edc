"""The evaluation runner: gold question sets through the same ``Assistant`` the UI uses, graded as
``shared/notes/grading.md`` says, optionally next to the stock llama-index baseline
(``qa.baseline``), written as JSON, Markdown and a PNG chart.

A gold item is one JSON line: ``id``, ``question``, ``lang`` ("en" or "fr"), ``kind``,
``answerable``, ``expected_papers`` (``{"title": ...}``, a title as a plain string, or
``{"abstract_prefix": ...}``, each naming exactly one paper after whitespace is collapsed), ``expected_pages`` (optional: page URLs, or ``{"url": ...}``),
``must_mention``, ``must_not_mention``, ``corpus`` (optional: "seeds" and the names of the
``--pages`` folders the question needs) and ``notes``.

Grading one question (strings compared after :func:`normalize`: unidecode, casefold, whitespace
collapsed, curly quotes and dashes made plain):

- **facts**: every ``must_mention`` is in the answer text or in the title or label of a cited
  paper (never in an abstract, an author list or a page body); no ``must_not_mention`` is in the
  answer text; an answerable question is not refused.
- **support**: every expected paper is cited, and every expected page is cited by a page citation
  with the same URL (:func:`same_url`), by an expected paper listed on it, or by an untitled paper
  listed on it whose record (or the name of the researcher whose page lists it) holds a required
  fact (such a paper has no title to name it by). A
  citation is *good* when it is an expected paper or stands for an expected page; anything else
  lowers citation precision.
- **refusal**: an unanswerable question is correct when it is refused, its text has no
  ``must_not_mention`` and it cites at most one record.
- **language**: a French question gets a French answer (:func:`answer_language`).

A question is correct when every rule holds. Measured beside the answer:

- **context recall** (answerable questions): ``assistant.context(question, top_k=...)`` holds every
  ``must_mention`` in its text and every expected paper and page among its citations.
- **retrieval** ``hit@1``, ``hit@5``, ``mrr``: the rank of the first expected paper among the
  context's paper citations (questions that expect papers).

Figures per group (overall, per set, per kind, per language, each set by kind and language):
correct (count and share), answer correctness (answerable questions), citation precision (good
citations / all citations over answerable questions), citation recall (expected papers and pages
cited / expected), refusal recall and precision, context recall, French language accuracy,
latency median and p95 of ``ask`` (warm; p95 by nearest rank).

Run: ``qa eval [--gold FILE ...] [--pages DIR ...] [--baseline]``.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import math
import os
import platform
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import click
from unidecode import unidecode

from qa.papers import TITLE_STOP
from qa.settings import PROJECT_ROOT, Settings

DEFAULT_GOLD = PROJECT_ROOT / "eval" / "gold.jsonl"
DEFAULT_OUT = PROJECT_ROOT / "eval" / "reports"
SEEDS_CORPUS = "seeds"
WARMUP_QUESTION = "Razvan Pascanu's papers on reinforcement learning?"
SECRET_SETTING = re.compile(r"key|token|secret|password")
NO_PAPER = "(chunk matching no paper)"
BASELINE_TEXT_SHOWN = 600  # characters of a baseline answer (its raw chunks) kept in the report
# Targets of issue 11 ("Done when"): reported with a pass mark in the Markdown, never asserted in tests.
TARGETS = {"correctness": 0.85, "citation_precision": 0.95, "refusal_recall": 1.00, "context_recall": 0.95}
MAX_FRENCH_GAP = 0.05  # French correctness within 5 points of English


# --------------------------------------------------------------------------------------------
# Comparing text and URLs

QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
                        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"'})
# What language detection skips: quoted titles and sentences (“…”, «…», *…*, "…"), markers, URLs.
QUOTED = re.compile(r"“[^”\n]*”|«[^»\n]*»|\*+[^*\n]+\*+|\"[^\"\n]*\"")
NOT_LANGUAGE = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]|https?://\S+")
WORD = re.compile(r"[^\W\d_]{2,}")
MIN_OWN_WORDS = 2


def normalize(text: str | None) -> str:
    """Text as facts are compared: curly quotes and dashes plain, unidecoded, casefolded, whitespace
    collapsed (so "Veličković" matches "velickovic")."""
    plain = "".join("-" if unicodedata.category(ch) == "Pd" else ch for ch in (text or "").translate(QUOTES))
    return " ".join(unidecode(plain).casefold().split())


def squash(text: str | None) -> str:
    return " ".join((text or "").split())


def url_key(url: str | None) -> str:
    """A URL without its scheme, query string, fragment and trailing slash; host lowercased."""
    url = (url or "").strip()
    parts = urlsplit(url if "//" in url else "//" + url)
    return parts.netloc.lower() + parts.path.rstrip("/")


def same_url(a: str | None, b: str | None) -> bool:
    return bool(a and b) and url_key(a) == url_key(b)


@functools.cache
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(["en", "fr"])
    return identifier


def answer_language(text: str) -> str | None:
    """"en" or "fr" for the answer's own words (quoted titles and sentences, citation markers and
    URLs removed); None when fewer than ``MIN_OWN_WORDS`` words are left to judge (a quoted title
    followed by "(ICML 2025)" says nothing about the answer's language)."""
    rest = NOT_LANGUAGE.sub(" ", QUOTED.sub(" ", text or ""))
    if len(WORD.findall(rest)) < MIN_OWN_WORDS:
        return None
    return _language_identifier().classify(rest)[0]


# --------------------------------------------------------------------------------------------
# Gold sets


@dataclass
class GoldSet:
    name: str
    items: list[dict]
    path: Path | None = None


@dataclass
class Expected:
    """What a correct answer to one gold item cites."""

    papers: list[str] = field(default_factory=list)  # paper ids
    pages: list[str] = field(default_factory=list)  # page URLs
    labels: dict[str, str] = field(default_factory=dict)  # paper id → label, for reasons
    problems: list[str] = field(default_factory=list)  # references that name no paper, or several
    facts: list[str] = field(default_factory=list)  # the item's must_mention, to check what a citation supports


def load_gold(path: Path) -> GoldSet:
    """A gold set named after its file (``eval/dev.jsonl`` → "dev")."""
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc})") from exc
            item["expected_pages"] = [page_url(ref, f"{path}:{n}") for ref in item.get("expected_pages", [])]
            item["expected_papers"] = [paper_ref(ref, f"{path}:{n}") for ref in item.get("expected_papers", [])]
            items.append(item)
    return GoldSet(Path(path).stem, items, Path(path))


def page_url(ref: str | dict, where: str) -> str:
    """A page reference's URL: the URL itself, or ``{"url": ...}`` (the shape of a paper reference)."""
    url = ref.get("url") if isinstance(ref, dict) else ref
    if not isinstance(url, str) or not url.strip():
        raise ValueError(f'{where}: expected_pages: {ref!r} is neither a URL nor {{"url": URL}}')
    return url


def paper_ref(ref: str | dict, where: str) -> dict:
    """A paper reference: ``{"title": ...}``, ``{"abstract_prefix": ...}``, or a title as a plain string."""
    ref = {"title": ref} if isinstance(ref, str) else ref
    if not isinstance(ref, dict) or not any(isinstance(ref.get(k), str) and ref[k].strip()
                                            for k in ("title", "abstract_prefix")):
        raise ValueError(f'{where}: expected_papers: {ref!r} is neither a title nor {{"title": ...}} / {{"abstract_prefix": ...}}')
    return ref


def resolve_ref(ref: dict, papers: Iterable) -> list[str]:
    """Paper ids a gold reference names: ``{"title": ...}`` by equality, ``{"abstract_prefix": ...}``
    by prefix of the abstract, both after whitespace is collapsed. A full stop the page printed after
    the title (and a reference copied with it) is no part of it (``qa.papers.TITLE_STOP``)."""
    if "title" in ref:
        title = TITLE_STOP.sub("", squash(ref["title"]))
        return [p.paper_id for p in papers if p.title and TITLE_STOP.sub("", squash(p.title)) == title]
    prefix = squash(ref.get("abstract_prefix"))
    return [p.paper_id for p in papers if prefix and squash(p.abstract).startswith(prefix)]


def resolve_expected(item: dict, papers: list) -> Expected:
    """The papers and pages ``item`` expects; each paper reference must name exactly one paper."""
    expected = Expected(pages=list(item.get("expected_pages", [])), facts=list(item.get("must_mention", [])))
    labels = {p.paper_id: p.label for p in papers}
    for ref in item.get("expected_papers", []):
        found = resolve_ref(ref, papers)
        if len(found) != 1:
            expected.problems.append(f"reference {ref} matches {len(found)} papers")
        for pid in found[:1]:
            if pid not in expected.papers:
                expected.papers.append(pid)
                expected.labels[pid] = labels[pid]
    return expected


def check_distinct(sets: list[GoldSet]) -> None:
    names = [gold.name for gold in sets]
    if len(set(names)) != len(names):
        raise ValueError(f"gold sets are named after their files and need distinct names, got {names}")


def missing_corpora(sets: list[GoldSet], page_dirs: Iterable[Path]) -> list[str]:
    """Corpora the gold items name that neither the seeds nor a ``--pages`` folder provide."""
    have = {SEEDS_CORPUS} | {Path(d).name for d in page_dirs}
    wanted = {c for gold in sets for item in gold.items for c in item.get("corpus", [])}
    return sorted(wanted - have)


# --------------------------------------------------------------------------------------------
# Grading one question (pure; tested on hand-made answers)


def cites_paper(citations: list, paper_id: str) -> bool:
    return any(c.kind == "paper" and c.paper_id == paper_id for c in citations)


def cites_page(citations: list, url: str, expected: Expected) -> bool:
    return any(stands_for_page(c, url, expected) for c in citations)


def stands_for_page(citation, url: str, expected: Expected) -> bool:
    """A page citation of ``url``; or a paper listed on that page that is either expected or untitled and
    holds a required fact in its record (a gold writer can only name an untitled paper by the page that
    lists it). A paper citation names the pages it comes from (the references list and the source card
    show them). Any other paper listed there does not stand for the page (a profile fact cites the
    profile)."""
    if citation.kind == "page":  # (one citation may name several addresses printing the same profile)
        return any(same_url(u, url) for u in citation.urls or [citation.url])
    if not any(same_url(u, url) for u in citation.urls):
        return False
    return citation.paper_id in expected.papers or (not citation.title and supports_a_fact(citation, expected))


def supports_a_fact(citation, expected: Expected) -> bool:
    """Whether the cited record (abstract, authors, venues, dates, the researchers whose pages list it)
    holds one of the required facts: "whose abstracts speak of X?" is answered by a name that only the
    page listing the abstract gives."""
    record = normalize(" ".join([citation.abstract or "", *citation.authors, *getattr(citation, "venues", []),
                                 *getattr(citation, "dates", []), *getattr(citation, "researchers", [])]))
    return not expected.facts or any(normalize(fact) in record for fact in expected.facts)


def is_good(citation, expected: Expected) -> bool:
    """An expected paper, or a citation that stands for an expected page."""
    if citation.kind == "paper" and citation.paper_id is not None and citation.paper_id in expected.papers:
        return True
    return any(stands_for_page(citation, url, expected) for url in expected.pages)


def first_rank(ranked: list[str | None], expected: Iterable[str]) -> int | None:
    """1-based position of the first expected paper in ``ranked``; None when none is ranked."""
    wanted = set(expected)
    for position, pid in enumerate(ranked, start=1):
        if pid is not None and pid in wanted:
            return position
    return None


def retrieval_scores(ranked: list[str | None], expected: Iterable[str]) -> dict:
    rank = first_rank(ranked, expected)
    return {"rank": rank, "hit@1": float(rank == 1), "hit@5": float(rank is not None and rank <= 5),
            "rr": 1.0 / rank if rank else 0.0}


def judge(item: dict, expected: Expected, answer) -> list[str]:
    """Why the answer breaks the facts, support or refusal rules (empty when it keeps them)."""
    text = normalize(answer.text)
    reasons = []
    if item["answerable"]:
        said = normalize(" ".join([answer.text, *(part for c in answer.citations if c.kind == "paper"
                                                   for part in (c.title, c.label) if part)]))
        if answer.refused:
            reasons.append("refused an answerable question")
        reasons += [f"missing fact: {m!r}" for m in item["must_mention"] if normalize(m) not in said]
        reasons += [f"expected paper not cited: {expected.labels.get(pid, pid)}"
                    for pid in expected.papers if not cites_paper(answer.citations, pid)]
        reasons += [f"expected page not cited: {url}" for url in expected.pages
                    if not cites_page(answer.citations, url, expected)]
        reasons += expected.problems
        if not (expected.papers or expected.pages or expected.problems):
            reasons.append("the gold item expects no paper or page")
    else:
        if not answer.refused:
            reasons.append("answered an unanswerable question (not refused)")
        if len(answer.citations) > 1:
            reasons.append(f"a refusal cites {len(answer.citations)} records (at most 1)")
    reasons += [f"forbidden mention in answer: {m!r}" for m in item["must_not_mention"] if normalize(m) in text]
    return reasons


def context_gaps(item: dict, expected: Expected, context) -> list[str]:
    """What the LLM context lacks of a correct answer: facts not in its text, expected papers and
    pages not among its citations."""
    text = normalize(context.text)
    return ([f"fact: {m!r}" for m in item["must_mention"] if normalize(m) not in text]
            + [f"paper: {expected.labels.get(pid, pid)}" for pid in expected.papers
               if not cites_paper(context.citations, pid)]
            + [f"page: {url}" for url in expected.pages if not cites_page(context.citations, url, expected)])


def language_verdict(item: dict, text: str) -> tuple[str | None, bool | None]:
    """(the answer's language, whether it suits the question): checked for French questions only,
    where an answer with no words of its own passes; None for the others."""
    lang = answer_language(text)
    return lang, (lang in (None, "fr") if item["lang"] == "fr" else None)


def score_row(set_name: str, item: dict, expected: Expected, answer, context, latency_ms: float | None) -> dict:
    """One per-question row: the gold fields, what was retrieved and cited, and every grade."""
    answerable = item["answerable"]
    reasons = judge(item, expected, answer)
    lang, language_ok = language_verdict(item, answer.text)
    if language_ok is False:
        reasons.append(f"French question answered in {lang!r}")
    ranked = [c.paper_id for c in context.citations if c.kind == "paper"]
    retrieval = retrieval_scores(ranked, expected.papers) if answerable and expected.papers else {}
    gaps = context_gaps(item, expected, context) if answerable else []
    good = [is_good(c, expected) for c in answer.citations]
    return {
        "set": set_name, "id": item["id"], "kind": item["kind"], "lang": item["lang"], "answerable": answerable,
        "question": item["question"],
        "expected": {"papers": [{"paper_id": pid, "label": expected.labels.get(pid, pid)} for pid in expected.papers],
                     "pages": expected.pages},
        "ranked": ranked,
        "rank": retrieval.get("rank"), "hit@1": retrieval.get("hit@1"), "hit@5": retrieval.get("hit@5"),
        "rr": retrieval.get("rr"),
        "cited": [{"n": c.n, "kind": c.kind, "paper_id": c.paper_id, "url": c.url, "urls": c.urls, "label": c.label, "good": ok}
                  for c, ok in zip(answer.citations, good)],
        # Citation counts feed precision and recall over answerable questions only.
        "good_citations": sum(good) if answerable else None,
        "citations": len(good) if answerable else None,
        "expected_cited": (sum(cites_paper(answer.citations, pid) for pid in expected.papers)
                           + sum(cites_page(answer.citations, url, expected) for url in expected.pages)) if answerable else None,
        "expected_total": len(expected.papers) + len(expected.pages) if answerable else None,
        "refused": answer.refused, "answer_lang": lang, "language_ok": language_ok,
        "context_recall": not gaps if answerable else None, "context_missing": gaps,
        "correct": not reasons, "reasons": reasons,
        "latency_ms": round(latency_ms, 3) if latency_ms is not None else None,
        "text": answer.text,
    }


# --------------------------------------------------------------------------------------------
# Figures over groups of rows


def nearest_rank(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def share(values: Iterable) -> float | None:
    """Mean of the values that are not None (booleans count 1/0); None when there are none."""
    kept = [float(v) for v in values if v is not None]
    return round(statistics.fmean(kept), 4) if kept else None


def total(rows: list[dict], key: str) -> int:
    return sum(r[key] for r in rows)


def ratio(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def aggregate(rows: list[dict]) -> dict:
    """Every figure over ``rows`` (per-question rows from :func:`score_row`)."""
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    refused = [r for r in rows if r["refused"]]
    latencies = [r["latency_ms"] for r in rows if r["latency_ms"] is not None]
    return {
        "n": len(rows),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
        "correct": sum(r["correct"] for r in rows),
        "correctness": share(r["correct"] for r in rows),
        "answer_correctness": share(r["correct"] for r in answerable),
        "citation_precision": ratio(total(answerable, "good_citations"), total(answerable, "citations")),
        "citation_recall": ratio(total(answerable, "expected_cited"), total(answerable, "expected_total")),
        "refusal_recall": ratio(sum(r["refused"] for r in unanswerable), len(unanswerable)),
        "refusal_precision": ratio(sum(not r["answerable"] for r in refused), len(refused)),
        "context_recall": share(r["context_recall"] for r in answerable),
        "language_accuracy_fr": share(r["language_ok"] for r in rows if r["lang"] == "fr"),
        "hit@1": share(r["hit@1"] for r in answerable),
        "hit@5": share(r["hit@5"] for r in answerable),
        "mrr": share(r["rr"] for r in answerable),
        "latency_median_ms": round(statistics.median(latencies), 2) if latencies else None,
        "latency_p95_ms": round(nearest_rank(latencies, 0.95), 2) if latencies else None,
    }


def breakdown(rows: list[dict]) -> dict:
    """Figures overall, by kind and by language."""
    kinds = list(dict.fromkeys(r["kind"] for r in rows))
    langs = list(dict.fromkeys(r["lang"] for r in rows))
    return {
        "overall": aggregate(rows),
        "by_kind": {k: aggregate([r for r in rows if r["kind"] == k]) for k in kinds},
        "by_lang": {lang: aggregate([r for r in rows if r["lang"] == lang]) for lang in langs},
    }


def system_metrics(rows: list[dict]) -> dict:
    """:func:`breakdown` over every row, plus one breakdown per gold set."""
    sets = list(dict.fromkeys(r["set"] for r in rows))
    return {**breakdown(rows), "by_set": {s: breakdown([r for r in rows if r["set"] == s]) for s in sets}}


# --------------------------------------------------------------------------------------------
# Running the systems

# A system's reply to one question: (answer, context, latency of the answer in ms).
Respond = Callable[[str], tuple[object, object, float]]


@dataclass
class Cited:
    """A citation as grading reads it (the baseline's chunks are turned into these)."""

    n: int
    kind: str
    paper_id: str | None
    title: str | None
    label: str
    url: str | None = None
    urls: list[str] = field(default_factory=list)  # (every address the record comes from, as a Citation's)


@dataclass
class Reading:
    """An answer or a context as grading reads it: the baseline's chunks are both."""

    text: str
    citations: list[Cited]
    refused: bool = False


def ours(assistant, top_k: int | None) -> Respond:
    """The assistant, warmed up: its answer (timed first, so no cache of the context helps it) and
    the LLM context for the same question and top_k."""
    assistant.ask(WARMUP_QUESTION, top_k=top_k)

    def respond(question: str):
        start = time.perf_counter()
        answer = assistant.ask(question, top_k=top_k)
        latency = (time.perf_counter() - start) * 1000
        return answer, assistant.context(question, top_k=top_k), latency

    return respond


def baseline_system(baseline, labels: dict[str, str]) -> Respond:
    """The stock llama-index retriever, warmed up: its top chunks are its answer and its context;
    each chunk cites the papers it shows, or no paper (a bad citation)."""
    baseline.ask(WARMUP_QUESTION)

    def respond(question: str):
        start = time.perf_counter()
        answer = baseline.ask(question)
        latency = (time.perf_counter() - start) * 1000
        citations = [Cited(n, "paper", pid, None, labels.get(pid, pid) if pid else NO_PAPER)
                     for n, pid in enumerate(answer.cited, start=1)]
        reading = Reading(answer.text, citations, answer.refused)
        return reading, reading, latency

    return respond


def run_system(respond: Respond, sets: list[GoldSet], expected: dict[tuple[str, str], Expected], label: str,
               progress: bool = True, text_shown: int | None = None) -> list[dict]:
    from tqdm import tqdm

    rows = []
    for gold in sets:
        for item in tqdm(gold.items, desc=f"{label} {gold.name}", unit="q", disable=not progress, file=sys.stderr):
            answer, context, latency = respond(item["question"])
            row = score_row(gold.name, item, expected[gold.name, item["id"]], answer, context, latency)
            if text_shown is not None and len(row["text"]) > text_shown:
                row["text"] = row["text"][:text_shown] + "…"
            rows.append(row)
    return rows


def machine_info() -> dict:
    import psutil

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "logical_cores": os.cpu_count(),
        "physical_cores": psutil.cpu_count(logical=False),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }


def rel(path: Path | str | None) -> str | None:
    """A path as the report shows it: relative to the project when inside it."""
    if path is None:
        return None
    path = Path(path).resolve()
    return str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else str(path)


def code_fingerprint() -> str:
    """sha256 over the package's files (code and data): which code a report measured (commits may lag)."""
    digest = hashlib.sha256()
    package = PROJECT_ROOT / "qa"
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def settings_info(settings: Settings, answerer: str, top_k: int) -> dict:
    """Every setting but secrets, with the answerer and the top_k used."""
    shown = {k: v for k, v in settings.model_dump(mode="json").items() if not SECRET_SETTING.search(k)}
    for name in ("data_dir", "seeds_dir", "prompts_dir"):
        if shown.get(name):
            shown[name] = rel(shown[name])
    return {**shown, "answerer": answerer, "top_k": top_k, "code_sha256": code_fingerprint()}


def gold_info(gold: GoldSet, expected: dict[tuple[str, str], Expected]) -> dict:
    raw = gold.path.read_bytes() if gold.path else json.dumps(gold.items, sort_keys=True).encode()
    return {"set": gold.name, "path": rel(gold.path), "questions": len(gold.items),
            "sha256": hashlib.sha256(raw).hexdigest()[:16],
            "unresolved": {item["id"]: expected[gold.name, item["id"]].problems for item in gold.items
                           if expected[gold.name, item["id"]].problems}}


def run_eval(assistant, sets: list[GoldSet], *, name: str = "main", out_dir: Path = DEFAULT_OUT,
             top_k: int | None = None, with_baseline: bool = False, page_dirs: Iterable[Path] = (),
             progress: bool = True) -> dict:
    """Grade ``sets`` with ``assistant`` (and the baseline), write ``out_dir/name.{json,md,png}``;
    returns the report dict. ``page_dirs`` are the page folders ingested besides the seeds."""
    check_distinct(sets)
    settings = assistant.settings
    page_dirs = [Path(d) for d in page_dirs]
    k = top_k or settings.top_k
    papers = assistant.papers()
    labels = {p.paper_id: p.label for p in papers}
    expected = {(gold.name, item["id"]): resolve_expected(item, papers) for gold in sets for item in gold.items}
    started = time.perf_counter()
    rows = run_system(ours(assistant, top_k), sets, expected, "ours", progress)
    systems = {"ours": rows}
    report_extra = {}
    if with_baseline:
        from qa.baseline import Baseline

        build = time.perf_counter()
        baseline = Baseline([settings.seeds_dir, *page_dirs], settings.embed_model, k, papers)
        report_extra["baseline_index"] = {"documents": baseline.documents, "chunks": baseline.chunks,
                                          "build_s": round(time.perf_counter() - build, 2)}
        try:
            systems["baseline"] = run_system(baseline_system(baseline, labels), sets, expected, "baseline",
                                             progress, BASELINE_TEXT_SHOWN)
        finally:
            baseline.close()
    report = {
        "name": name,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "gold": [gold_info(gold, expected) for gold in sets],
        "pages": [rel(d) for d in page_dirs],
        "settings": {**settings_info(settings, assistant.answerer, k), "catalog_papers": len(papers)},
        "machine": machine_info(),
        "duration_s": round(time.perf_counter() - started, 2),
        "metrics": {system: system_metrics(system_rows) for system, system_rows in systems.items()},
        "questions": systems,
        **report_extra,
    }
    write_reports(report, Path(out_dir), name)
    return report


# --------------------------------------------------------------------------------------------
# Reports

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def md_escape(text: str) -> str:
    """Page or answer text made inert in Markdown: HTML escaped, Markdown punctuation backslashed."""
    flat = re.sub(r"\s+", " ", str(text)).strip()
    return MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


def fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def out_of(group: dict) -> str:
    return f"{group['correct']}/{group['n']}"


def lang_correctness(metrics: dict, lang: str) -> float | None:
    group = metrics["by_lang"].get(lang)
    return group["correctness"] if group else None


def french_gap(metrics: dict) -> float | None:
    """English minus French correctness; None unless both languages are asked."""
    en, fr = lang_correctness(metrics, "en"), lang_correctness(metrics, "fr")
    return round(en - fr, 4) if en is not None and fr is not None else None


def table(head: list[str], rows: Iterable[list[str]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |" for r in rows]


OVERALL_ROWS = [
    ("correct (all questions)", "correctness"),
    ("answer correctness (answerable)", "answer_correctness"),
    ("citation precision", "citation_precision"),
    ("citation recall", "citation_recall"),
    ("refusal recall", "refusal_recall"),
    ("refusal precision", "refusal_precision"),
    ("context recall", "context_recall"),
    ("French answers in French", "language_accuracy_fr"),
    ("retrieval hit@1", "hit@1"),
    ("retrieval hit@5", "hit@5"),
    ("retrieval MRR", "mrr"),
    ("latency median (ms)", "latency_median_ms"),
    ("latency p95 (ms)", "latency_p95_ms"),
]


def set_rows(metrics: dict, system: str) -> list[list[str]]:
    """One row per set and one overall: the figures the summary prints."""
    groups = [*metrics["by_set"].items(), ("overall", metrics)]
    return [[name, system, out_of(m["overall"]), fmt(m["overall"]["correctness"]),
             fmt(m["overall"]["citation_precision"]),
             f"{fmt(m['overall']['refusal_recall'])} / {fmt(m['overall']['refusal_precision'])}",
             fmt(m["overall"]["context_recall"]), fmt(lang_correctness(m, "fr")), fmt(lang_correctness(m, "en")),
             fmt(m["overall"]["language_accuracy_fr"]), fmt(m["overall"]["latency_median_ms"])]
            for name, m in groups]


def target_rows(metrics: dict) -> list[list[str]]:
    def mark(value, ok) -> str:
        return "–" if value is None else f"{fmt(value)} {'✓' if ok(value) else '✗'}"

    rows = []
    for name, m in [*metrics["by_set"].items(), ("overall", metrics)]:
        o = m["overall"]
        rows.append([name, *(mark(o[key], lambda v, goal=goal: v >= goal) for key, goal in TARGETS.items()),
                     mark(french_gap(m), lambda v: v <= MAX_FRENCH_GAP)])
    return rows


def markdown(report: dict) -> str:
    metrics = report["metrics"]
    ours_m, base = metrics["ours"], metrics.get("baseline")
    systems = list(metrics)
    s, m = report["settings"], report["machine"]
    sets = ", ".join(f"`{g['set']}` ({g['questions']} questions, {g['path'] or 'in memory'}, sha256 {g['sha256']})"
                     for g in report["gold"])
    pages = ", ".join(f"`{p}`" for p in report["pages"]) or "none"
    out = [f"# Evaluation `{report['name']}`", "",
           f"Sets: {sets}. Pages ingested besides the seeds: {pages}; {s['catalog_papers']} papers in the catalog. "
           f"Answerer `{s['answerer']}`, top_k {s['top_k']}, embedder `{s.get('embed_model')}`, code "
           f"{s['code_sha256']}. Machine: {md_escape(m['cpu'])}, {m['logical_cores']} cores, {m['ram_gb']} GB. "
           f"Created {report['created']}.", "",
           "Graded as `shared/notes/grading.md` says (see `qa/evaluate.py`): facts must be in the answer text or "
           "the cited papers' titles; expected papers and pages cited; a refusal cites at most one record; a "
           "French question gets a French answer. Citation precision = good citations / all citations over "
           "answerable questions; context recall = answerable questions whose LLM context holds every fact, "
           "expected paper and page.", ""]
    if base is not None:
        bi = report.get("baseline_index", {})
        out += ["Baseline: stock llama-index (`SimpleDirectoryReader` → `SentenceSplitter()` → `VectorStoreIndex` "
                f"on Chroma, same embedder, top-{s['top_k']} chunks, no LLM, never refuses); "
                f"{bi.get('documents')} documents, {bi.get('chunks')} chunks. Its chunks are both its answer and its "
                "context; each cites the papers whose abstract start or title it contains (see `qa/baseline.py`).", ""]
    out += ["## Per set", ""]
    out += table(["set", "system", "correct", "share", "citation P", "refusal R / P", "context recall",
                  "FR correct", "EN correct", "FR answers in FR", "median ms"],
                 [row for system in systems for row in set_rows(metrics[system], system)])
    out += ["", "## Overall", ""]
    out += table(["metric", *systems], ([label, *(fmt(metrics[sys_]["overall"][key]) for sys_ in systems)]
                                        for label, key in OVERALL_ROWS))
    set_names = list(ours_m["by_set"])
    for title, group in (("By kind", "by_kind"), ("By language", "by_lang")):
        head = ["", "correct", *(f"`{name}`" for name in set_names)] + (["correct baseline"] if base else []) + [
            "citation P", "refusal R", "context recall", "median ms"]
        rows = []
        for key, g in ours_m[group].items():
            per_set = [out_of(ours_m["by_set"][name][group][key]) if key in ours_m["by_set"][name][group] else "–"
                       for name in set_names]
            rows.append([key, out_of(g), *per_set] + ([out_of(base[group][key])] if base else []) + [
                fmt(g["citation_precision"]), fmt(g["refusal_recall"]), fmt(g["context_recall"]),
                fmt(g["latency_median_ms"])])
        out += ["", f"## {title} (ours)", "", *table(head, rows)]
    goals = [f"{key.replace('_', ' ')} ≥ {goal:.2f}" for key, goal in TARGETS.items()]
    out += ["", "## Targets (issue 11; reported, not enforced)", ""]
    out += table(["set", *goals, f"EN − FR correct ≤ {MAX_FRENCH_GAP:.2f}"], target_rows(ours_m))
    failing = [r for r in report["questions"]["ours"] if not r["correct"]]
    out += ["", f"## Failing questions (ours): {len(failing)}", ""]
    if failing:
        out += table(["set", "id", "kind", "question", "why", "cited"],
                     ([r["set"], r["id"], r["kind"], md_escape(r["question"]), md_escape("; ".join(r["reasons"])),
                       md_escape(("; ".join(c["label"] for c in r["cited"]) or "nothing")[:300])] for r in failing))
    unresolved = [(g["set"], qid, problems) for g in report["gold"] for qid, problems in g["unresolved"].items()]
    if unresolved:
        out += ["", "## Gold references that did not resolve", ""]
        out += [f"- {name} {qid}: {md_escape('; '.join(problems))}" for name, qid, problems in unresolved]
    out += ["", f"Chart: `{report['name']}.png`. Per-question rows, citations, context gaps and reasons: "
            f"`{report['name']}.json`.", ""]
    return "\n".join(out)


def chart(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    metrics = report["metrics"]
    kinds = list(metrics["ours"]["by_kind"])
    systems = list(metrics)
    colours = {"ours": "#2b6cb0", "baseline": "#a0aec0"}
    width = 0.8 / len(systems)
    fig, ax = plt.subplots(figsize=(11, 4.8), dpi=120)
    for i, system in enumerate(systems):
        values = [metrics[system]["by_kind"][k]["correctness"] or 0.0 for k in kinds]
        xs = [x + (i - (len(systems) - 1) / 2) * width for x in range(len(kinds))]
        bars = ax.bar(xs, values, width, label=system, color=colours[system])
        for bar, value in zip(bars, values):
            ax.text(bar.get_x() + bar.get_width() / 2, value + 0.015, f"{value:.2f}", ha="center", va="bottom",
                    fontsize=8)
    goal = TARGETS["correctness"]
    ax.axhline(goal, color="#c53030", linestyle="--", linewidth=1, label=f"target {goal:.2f}")
    ax.set_xticks(range(len(kinds)))
    ax.set_xticklabels([f"{k}\n(n={metrics['ours']['by_kind'][k]['n']})" for k in kinds], fontsize=8)
    ax.set_ylim(0, 1.25)
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.set_ylabel("correct")
    sets = " + ".join(g["set"] for g in report["gold"])
    ax.set_title(f"Correct by question kind ({sets}): {' vs '.join(systems)}")
    ax.legend(loc="upper left", fontsize=8, ncols=3, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def write_reports(report: dict, out_dir: Path, name: str) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{name}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out_dir / f"{name}.md").write_text(markdown(report), encoding="utf-8")
    chart(report, out_dir / f"{name}.png")


def summary(report: dict) -> str:
    """Per system, one line per set and one overall, then the failing questions of ours."""
    lines = []
    for system, metrics in report["metrics"].items():
        for name, m in [*metrics["by_set"].items(), ("overall", metrics)]:
            o = m["overall"]
            lines.append(f"{system:8s} {name:10s} correct {out_of(o)} ({fmt(o['correctness'])}), "
                         f"citation P {fmt(o['citation_precision'])}, refusal R {fmt(o['refusal_recall'])}, "
                         f"context recall {fmt(o['context_recall'])}, FR {fmt(lang_correctness(m, 'fr'))} vs "
                         f"EN {fmt(lang_correctness(m, 'en'))}, median {fmt(o['latency_median_ms'])} ms")
    failing = [f"{r['set']}:{r['id']}" for r in report["questions"]["ours"] if not r["correct"]]
    lines.append(f"ours fails {len(failing)}: {', '.join(failing) or 'none'}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Command


def open_assistant(settings: Settings, page_dirs: list[Path]):
    """The assistant over ``settings.data_dir`` (seeded when empty), with ``page_dirs`` ingested."""
    from qa.assistant import Assistant

    assistant = Assistant(settings)
    if page_dirs:
        report = assistant.ingest(page_dirs)
        for file, reason in report.skipped:
            click.echo(f"skipped {file}: {reason}", err=True)
    return assistant


@click.command("eval")
@click.option("--gold", "gold_paths", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=(DEFAULT_GOLD,), show_default=True,
              help="Gold questions (JSON lines); repeat for several sets, each reported separately.")
@click.option("--pages", "page_dirs", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A page folder to ingest besides the seeds (e.g. eval/corpora/dev); repeatable.")
@click.option("--name", default=None, help="Report name: writes OUT/NAME.{json,md,png} [default: the gold sets' "
                                           "names joined by '+'].")
@click.option("--answerer", type=click.Choice(["offline", "llm"]), default="offline", show_default=True,
              help="llm needs OPENAI_API_KEY and/or OPENAI_BASE_URL.")
@click.option("--k", "top_k", type=click.IntRange(1, 50), default=None,
              help="top_k for ours and the baseline [default: QA_TOP_K].")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Report folder.")
@click.option("--baseline", "with_baseline", is_flag=True, help="Also run the stock llama-index baseline (slow).")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Evaluate this existing index instead of a fresh one built from the seed pages.")
def eval_command(gold_paths: tuple[Path, ...], page_dirs: tuple[Path, ...], name: str | None, answerer: str,
                 top_k: int | None, out_dir: Path, with_baseline: bool, as_json: bool, data_dir: Path | None) -> None:
    """Grade the gold questions (optionally beside the stock llama-index baseline) and write the reports."""
    settings = Settings()
    if answerer == "llm":
        if not settings.use_llm:
            raise click.UsageError("--answerer llm needs OPENAI_API_KEY and/or OPENAI_BASE_URL in the environment "
                                   "(an OpenAI-compatible server); use --answerer offline otherwise.")
    else:
        settings = settings.model_copy(update={"openai_api_key": None, "openai_base_url": None})
    if data_dir and page_dirs:
        raise click.UsageError("--pages adds pages to the fresh index; it cannot be used with --data-dir.")
    try:
        sets = [load_gold(path) for path in gold_paths]
        check_distinct(sets)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    missing = [] if data_dir else missing_corpora(sets, page_dirs)
    if missing:
        raise click.UsageError(f"the gold items need the page corpora {', '.join(missing)}: pass --pages "
                               f"for each (e.g. --pages eval/corpora/{missing[0]}).")
    name = name or "+".join(gold.name for gold in sets)
    with tempfile.TemporaryDirectory(prefix="qa-eval-", ignore_cleanup_errors=True) as tmp:
        # A fresh index from the seeds (and --pages): the report measures the code, not the local index.
        settings = settings.model_copy(update={"data_dir": data_dir or Path(tmp)})
        assistant = open_assistant(settings, list(page_dirs))
        report = run_eval(assistant, sets, name=name, out_dir=out_dir, top_k=top_k, with_baseline=with_baseline,
                          page_dirs=page_dirs)
    if as_json:
        click.echo(json.dumps(report["metrics"], indent=2, ensure_ascii=False))
        click.echo(summary(report), err=True)
    else:
        click.echo(summary(report))
    click.echo(f"wrote {out_dir / name}.json, .md, .png", err=as_json)


if __name__ == "__main__":
    eval_command()
