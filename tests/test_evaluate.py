"""The evaluation runner: each grading rule on hand-made answers, the figures, the command with a
stand-in assistant, and (slow) one run of the real assistant."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa import evaluate
from qa.baseline import BaselineAnswer, BaselineChunk, map_chunk, paper_keys
from qa.evaluate import (Expected, GoldSet, aggregate, answer_language, eval_command, load_gold, md_escape,
                         normalize, resolve_expected, retrieval_scores, run_eval, same_url, score_row,
                         system_metrics)
from tests.seeds import seed_line

GOLD = Path(__file__).resolve().parent.parent / "eval" / "gold.jsonl"
PAGE = "https://mila.quebec/en/directory/ada-lovelace"


# --------------------------------------------------------------------------------------------
# Hand-made stand-ins for the assistant's records (duck typing, as evaluate reads them)


@dataclass
class Cite:
    n: int
    kind: str
    paper_id: str | None
    title: str | None
    label: str
    url: str | None = None
    urls: list[str] = field(default_factory=list)
    abstract: str | None = None  # what the grader reads for support only, never for facts
    authors: list[str] = field(default_factory=list)
    venues: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    researchers: list[str] = field(default_factory=list)


def paper(n, pid, title=None, **more):
    return Cite(n, "paper", pid, title, title or f"untitled {pid}", **more)


def page(n, url=PAGE, label="Ada Lovelace (Mila directory)"):
    return Cite(n, "page", None, label, label, url, [url])


@dataclass
class Answer:
    text: str
    citations: list = field(default_factory=list)
    refused: bool = False
    lang: str = "en"


@dataclass
class Context:
    text: str = ""
    citations: list = field(default_factory=list)


@dataclass
class Paper:
    paper_id: str
    title: str | None
    abstract: str | None
    label: str


def item(answerable=True, must=(), must_not=(), kind="paper_fact", lang="en", qid="t1", pages=()):
    return {"id": qid, "question": "?", "lang": lang, "kind": kind if answerable else "unanswerable",
            "expected_papers": [], "expected_pages": list(pages), "must_mention": list(must),
            "must_not_mention": list(must_not), "answerable": answerable, "notes": ""}


def grade(gold, answer, papers=(), pages=(), context=None, set_name="s"):
    expected = Expected(papers=list(papers), pages=list(pages), labels={p: f"Paper {p}" for p in papers},
                        facts=list(gold["must_mention"]))
    return score_row(set_name, gold, expected, answer, context or Context(), latency_ms=1.0)


# --------------------------------------------------------------------------------------------
# Facts


def test_citing_the_right_paper_without_stating_the_fact_is_incorrect():
    gold = item(must=["Xiuying Wei"])
    rat = paper(1, "a", "RAT: Chunk-based Sequence Modeling", abstract="By Xiuying Wei and others.",
                authors=["Xiuying Wei", "Anunay Yadav"])
    row = grade(gold, Answer("- *RAT: Chunk-based Sequence Modeling* [1]", [rat]), papers=["a"])
    assert not row["correct"] and row["reasons"] == ["missing fact: 'Xiuying Wei'"]
    assert grade(gold, Answer("Xiuying Wei co-wrote it [1].", [rat]), papers=["a"])["correct"]


def test_a_fact_may_come_from_the_title_or_label_of_a_cited_paper_only():
    gold = item(must=["Softmax is not Enough", "Transformers have revolutionized"])
    cited = [paper(1, "a", seed_line("Softmax is not Enough")),
             Cite(2, "paper", "b", None, "Transformers have revolutionized machine learning…")]
    assert grade(gold, Answer("See [1] and [2].", cited), papers=["a", "b"])["correct"]
    # A page citation's label is not a paper title.
    gold = item(must=["Ada Lovelace"], pages=[PAGE])
    row = grade(gold, Answer("Her page [1].", [page(1)]), pages=[PAGE])
    assert row["reasons"] == ["missing fact: 'Ada Lovelace'"]


def test_facts_compare_without_case_accents_curly_quotes_or_dash_variants():
    assert normalize("  Petar  Veličković’s “Softmax” – ICML\u00a02025 ") == (
        'petar velickovic\'s "softmax" - icml 2025')
    gold = item(must=["Veličković", "self-attention", "l'apprentissage"])
    answer = Answer("VELICKOVIC studies self\u2010attention and l’apprentissage [1].", [paper(1, "a", "T")])
    assert grade(gold, answer, papers=["a"])["correct"]
    gold = item(must=["Velickovic"])
    assert grade(gold, Answer("Petar Veličković [1]", [paper(1, "a", "T")]), papers=["a"])["correct"]
    assert not grade(gold, Answer("Petar Velikovic [1]", [paper(1, "a", "T")]), papers=["a"])["correct"]


def test_must_not_mention_counts_in_the_answer_text_only():
    gold = item(must=["softmax"], must_not=["rank deficit"])
    cited = [paper(1, "a", "On softmax", abstract="A rank deficit bias.")]
    assert grade(gold, Answer("On softmax [1]", cited), papers=["a"])["correct"]
    row = grade(gold, Answer("On softmax and the Rank Deficit bias [1]", cited), papers=["a"])
    assert row["reasons"] == ["forbidden mention in answer: 'rank deficit'"]


def test_an_answerable_question_refused_is_incorrect():
    row = grade(item(), Answer("The pages don't say.", refused=True), papers=["a"])
    assert not row["correct"] and "refused an answerable question" in row["reasons"]


# --------------------------------------------------------------------------------------------
# Support


def test_every_expected_paper_must_be_cited():
    row = grade(item(must=["x"]), Answer("x [1]", [paper(1, "a", "A")]), papers=["a", "b"])
    assert row["reasons"] == ["expected paper not cited: Paper b"]
    assert row["expected_cited"] == 1 and row["expected_total"] == 2


def test_an_expected_page_needs_a_page_citation_with_the_same_url():
    gold = item(must=["Core Academic Member"], pages=[PAGE])
    # Same page: scheme, query string, fragment and trailing slash do not matter.
    cited = [page(1, "http://mila.quebec/en/directory/ada-lovelace/?page=0%2C1#bio")]
    assert grade(gold, Answer("She is a Core Academic Member [1].", cited), pages=[PAGE])["correct"]
    # A paper listed on that page is not the page.
    row = grade(gold, Answer("She is a Core Academic Member [1].", [paper(1, "a", "A", urls=[PAGE])]), pages=[PAGE])
    assert row["reasons"] == [f"expected page not cited: {PAGE}"] and row["good_citations"] == 0
    # Another researcher's page is not it either.
    other = page(1, "https://mila.quebec/en/directory/ada-lovelace-2")
    assert not grade(gold, Answer("She is a Core Academic Member [1].", [other]), pages=[PAGE])["correct"]


def test_a_page_citation_naming_several_addresses_stands_for_each():
    # One profile printed at a /person/ and a /directory/ address: one citation names both.
    gold = item(must=["Core Academic Member"], pages=[PAGE])
    twin = Cite(1, "page", None, "Ada", "Ada", "https://mila.quebec/en/person/ada-lovelace",
                ["https://mila.quebec/en/person/ada-lovelace", PAGE])
    row = grade(gold, Answer("She is a Core Academic Member [1].", [twin]), pages=[PAGE])
    assert row["correct"] and row["good_citations"] == 1
    elsewhere = Cite(1, "page", None, "Ada", "Ada", "https://mila.quebec/en/person/ada-lovelace",
                     ["https://mila.quebec/en/person/ada-lovelace"])
    assert not grade(gold, Answer("She is a Core Academic Member [1].", [elsewhere]), pages=[PAGE])["correct"]


def test_an_expected_paper_cited_from_the_expected_page_cites_that_page():
    gold = item(must=["engines"], pages=[PAGE])
    listed = Answer("It studies engines [1].", [paper(1, "a", "A", urls=["https://x.org/p", PAGE + "/"])])
    row = grade(gold, listed, papers=["a"], pages=[PAGE])
    assert row["correct"] and row["expected_cited"] == 2
    # The same paper from another page leaves the expected page uncited.
    elsewhere = Answer("It studies engines [1].", [paper(1, "a", "A", urls=["https://x.org/p"])])
    assert grade(gold, elsewhere, papers=["a"], pages=[PAGE])["reasons"] == [f"expected page not cited: {PAGE}"]
    # So does the context: its citations stand for the page the same way.
    row = grade(gold, listed, papers=["a"], pages=[PAGE], context=Context("engines", listed.citations))
    assert row["context_recall"]


def test_an_untitled_paper_listed_on_the_expected_page_stands_for_it_when_its_record_holds_a_fact():
    gold = item(must=["Lisbon 2031"], pages=[PAGE])
    untitled = paper(1, "u", None, urls=[PAGE], abstract="Engines that compute.", venues=["Lisbon 2031"])
    row = grade(gold, Answer("It appeared at Lisbon 2031 [1].", [untitled]), pages=[PAGE])
    assert row["correct"] and row["good_citations"] == 1 and row["expected_cited"] == 1
    # An untitled paper whose record holds none of the facts supports nothing.
    other = paper(1, "v", None, urls=[PAGE], abstract="Looms that weave.")
    row = grade(gold, Answer("It appeared at Lisbon 2031 [1].", [other]), pages=[PAGE])
    assert row["reasons"] == [f"expected page not cited: {PAGE}"] and row["good_citations"] == 0
    # A titled paper has a title to be named by, so it does not stand for the page.
    titled = paper(1, "w", "Engines", urls=[PAGE], venues=["Lisbon 2031"])
    assert not grade(gold, Answer("It appeared at Lisbon 2031 [1].", [titled]), pages=[PAGE])["correct"]


def test_an_untitled_paper_stands_for_the_page_of_the_researcher_named_as_its_owner():
    # "Whose abstracts speak of looms?": the name is the page's (which prints none beside the abstract).
    gold = item(must=["Ada Lovelace"], pages=[PAGE])
    listed = paper(1, "u", None, urls=[PAGE], abstract="Looms that weave.", researchers=["Ada Lovelace"])
    row = grade(gold, Answer("Ada Lovelace: *Looms that weave.* [1]", [listed]), pages=[PAGE])
    assert row["correct"] and row["good_citations"] == 1
    # Another researcher's untitled paper on the same page does not stand for that name.
    other = paper(1, "v", None, urls=[PAGE], abstract="Looms that weave.", researchers=["Charles Babbage"])
    assert not grade(gold, Answer("Ada Lovelace: *Looms that weave.* [1]", [other]), pages=[PAGE])["correct"]


def test_same_url_ignores_scheme_query_and_trailing_slash_only():
    assert same_url("https://mila.quebec/fr/annuaire/x?page=0%2C0", "http://Mila.Quebec/fr/annuaire/x/")
    assert same_url("mila.quebec/en/directory/x", "https://mila.quebec/en/directory/x")
    assert not same_url("https://mila.quebec/en/directory/x", "https://mila.quebec/fr/annuaire/x")
    assert not same_url(None, "https://mila.quebec/en/directory/x")


def test_citation_precision_is_good_citations_over_all_citations_of_answerable_questions():
    rows = [
        grade(item(qid="a1"), Answer("[1] [2]", [paper(1, "a", "A"), paper(2, "x", "X")]), papers=["a"]),
        # A paper citation on a question that expects only a page is bad.
        grade(item(qid="a2", pages=[PAGE]), Answer("[1] [2]", [page(1), paper(2, "a", "A")]), pages=[PAGE]),
        grade(item(qid="a3"), Answer("[1]", [paper(1, "b", "B")]), papers=["b"]),
        # Citations of unanswerable questions are not counted.
        grade(item(False, qid="u1"), Answer("No.", [paper(1, "x", "X")], refused=True)),
    ]
    assert [c["good"] for c in rows[1]["cited"]] == [True, False]
    metrics = aggregate(rows)
    assert metrics["citation_precision"] == 0.6  # 3 good of 5
    assert metrics["citation_recall"] == 1.0


# --------------------------------------------------------------------------------------------
# Refusals


def test_a_refusal_is_correct_only_refused_clean_and_citing_at_most_one_record():
    gold = item(False, must_not=["NeurIPS"])
    assert grade(gold, Answer("The pages don't say.", refused=True))["correct"]
    assert grade(gold, Answer("The pages give no venue for *A* [1].", [paper(1, "a", "A")], refused=True))["correct"]
    row = grade(gold, Answer("No venue for [1] or [2].", [paper(1, "a", "A"), page(2)], refused=True))
    assert row["reasons"] == ["a refusal cites 2 records (at most 1)"]
    assert not grade(gold, Answer("It appeared at NeurIPS. Otherwise the pages don't say.", refused=True))["correct"]
    row = grade(gold, Answer("Here it is [1]", [paper(1, "a", "A")]))
    assert row["reasons"] == ["answered an unanswerable question (not refused)"]


def test_refusal_recall_and_precision():
    rows = [grade(item(False, qid="u1"), Answer("No.", refused=True)),
            grade(item(False, qid="u2"), Answer("Something [1]", [paper(1, "x", "X")])),
            grade(item(True, qid="a1"), Answer("No.", refused=True), papers=["a"])]
    metrics = aggregate(rows)
    assert metrics["refusal_recall"] == 0.5 and metrics["refusal_precision"] == 0.5
    assert metrics["correct"] == 1 and metrics["answer_correctness"] == 0.0
    assert metrics["correctness"] == pytest.approx(1 / 3, abs=1e-3)


# --------------------------------------------------------------------------------------------
# Language


def test_a_french_question_answered_in_english_is_incorrect():
    gold = item(must=["Xiuying Wei"], lang="fr")
    cited = [paper(1, "a", "RAT")]
    row = grade(gold, Answer("Xiuying Wei and Anunay Yadav wrote it with the page owner [1].", cited),
                papers=["a"])
    assert not row["correct"] and row["language_ok"] is False and row["answer_lang"] == "en"
    assert row["reasons"] == ["French question answered in 'en'"]
    row = grade(gold, Answer("Les co-auteurs indiqués sur la page sont Xiuying Wei et Anunay Yadav [1].", cited),
                papers=["a"])
    assert row["correct"] and row["language_ok"] is True


def test_quoted_titles_do_not_count_as_the_answers_language():
    text = ("Les pages listent un article sur ce sujet : *Counting Sheep with Sharp Attention Heads* "
            "[1], qui dit « we propose adaptive temperature as an ad-hoc technique » [1].")
    assert answer_language(text) == "fr"
    # Nothing left but quoted titles and markers: nothing to judge, no penalty.
    assert answer_language("“Counting Sheep with Sharp Attention Heads” [1]") is None
    assert answer_language('- *Softmax is not Enough* (ICML 2025, 2025-10-05) [1]: "We show it." [1]') is None
    row = grade(item(must=["Softmax"], lang="fr"), Answer("*Softmax is not Enough* [1]", [paper(1, "a", "S")]),
                papers=["a"])
    assert row["correct"] and row["language_ok"] is True
    # English questions are not checked.
    assert grade(item(must=["x"]), Answer("x [1]", [paper(1, "a", "A")]), papers=["a"])["language_ok"] is None


def test_french_refusals_are_checked_too():
    gold = item(False, lang="fr")
    assert grade(gold, Answer("Les pages ne contiennent pas de réponse à cette question.", refused=True))["correct"]
    assert not grade(gold, Answer("The pages don't contain an answer to this question.", refused=True))["correct"]


# --------------------------------------------------------------------------------------------
# Context recall and retrieval


def test_context_recall_needs_every_fact_in_its_text_and_every_expected_record_among_its_citations():
    gold = item(must=["Gemma 7B", "Core Academic Member"], pages=[PAGE])
    answer = Answer("Gemma 7B; Core Academic Member [1] [2]", [paper(1, "a", "A"), page(2)])
    full = Context("[1] … trained on Gemma 7B … [2] Ada Lovelace — core academic member",
                   [paper(1, "a", "A"), page(2)])
    assert grade(gold, answer, papers=["a"], pages=[PAGE], context=full)["context_recall"] is True
    no_fact = Context("[1] … [2] Ada Lovelace — Core Academic Member", full.citations)
    row = grade(gold, answer, papers=["a"], pages=[PAGE], context=no_fact)
    assert row["context_recall"] is False and row["context_missing"] == ["fact: 'Gemma 7B'"]
    no_page = Context(full.text, [paper(1, "a", "A")])
    row = grade(gold, answer, papers=["a"], pages=[PAGE], context=no_page)
    assert row["context_missing"] == [f"page: {PAGE}"]
    # Context recall is graded apart from the answer: a correct answer from a poor context stays correct.
    assert row["correct"]
    # Unanswerable questions have no context recall.
    assert grade(item(False), Answer("No.", refused=True), context=full)["context_recall"] is None


def test_context_recall_by_kind_and_set():
    ok = Context("x", [paper(1, "a", "A")])
    answer = Answer("x [1]", ok.citations)
    rows = [grade(item(must=["x"], qid="1", kind="k1"), answer, ["a"], context=ok, set_name="s1"),
            grade(item(must=["x"], qid="2", kind="k2"), answer, ["a"], context=Context(), set_name="s1"),
            grade(item(must=["x"], qid="1", kind="k1"), answer, ["a"], context=Context(), set_name="s2")]
    metrics = system_metrics(rows)
    assert metrics["overall"]["context_recall"] == pytest.approx(1 / 3, abs=1e-3)
    assert metrics["by_kind"]["k1"]["context_recall"] == 0.5 and metrics["by_kind"]["k2"]["context_recall"] == 0.0
    assert metrics["by_set"]["s1"]["overall"]["context_recall"] == 0.5
    assert metrics["by_set"]["s2"]["by_kind"]["k1"]["context_recall"] == 0.0


def test_retrieval_ranks_the_contexts_paper_citations():
    assert retrieval_scores(["x", "a", "b"], ["a", "b"]) == {"rank": 2, "hit@1": 0.0, "hit@5": 1.0, "rr": 0.5}
    assert retrieval_scores(["b", "a"], ["a", "b"])["rank"] == 1
    assert retrieval_scores([], ["a"]) == {"rank": None, "hit@1": 0.0, "hit@5": 0.0, "rr": 0.0}
    context = Context("", [page(1), paper(2, "x", "X"), paper(3, "a", "A")])
    row = grade(item(), Answer("", []), papers=["a"], context=context)
    assert row["ranked"] == ["x", "a"] and row["rank"] == 2 and row["rr"] == 0.5
    # A question that expects only pages has no retrieval rank (and does not count in hit@1).
    assert grade(item(pages=[PAGE]), Answer(""), pages=[PAGE], context=context)["hit@1"] is None


# --------------------------------------------------------------------------------------------
# Gold sets and figures


def test_expected_papers_resolve_by_title_or_abstract_prefix_after_collapsing_whitespace():
    papers = [Paper("p1", "Softmax is  not\nEnough", "The softmax  function is…", "Softmax is not Enough"),
              Paper("p2", None, "Transformers have\trevolutionized ML.", "Transformers have…"),
              Paper("p3", None, "Transformers have revolutionized ML, again.", "Transformers have…")]
    gold = {**item(pages=[PAGE]), "expected_papers": [{"title": "Softmax is not Enough"},
                                                       {"abstract_prefix": "Transformers have revolutionized ML."}]}
    expected = resolve_expected(gold, papers)
    assert expected.papers == ["p1", "p2"] and expected.pages == [PAGE] and not expected.problems
    ambiguous = resolve_expected({**gold, "expected_papers": [{"abstract_prefix": "Transformers have"}]}, papers)
    assert ambiguous.papers == ["p2"] and ambiguous.problems == [
        "reference {'abstract_prefix': 'Transformers have'} matches 2 papers"]
    row = score_row("s", gold, ambiguous, Answer("[1]", [paper(1, "p2", None)]), Context(), 1.0)
    assert not row["correct"] and ambiguous.problems[0] in row["reasons"]


def test_a_title_reference_names_its_paper_with_or_without_a_final_full_stop():
    papers = [Paper("p1", "Double Kelp Q-Learning", None, "Double Kelp Q-Learning")]
    for title in ("Double Kelp Q-Learning.", "Double Kelp Q-Learning"):
        expected = resolve_expected({**item(), "expected_papers": [{"title": title}]}, papers)
        assert expected.papers == ["p1"] and not expected.problems


def test_breakdown_per_set_kind_and_language_with_french_and_english_correctness():
    c = [paper(1, "a", "A")]
    french = dict(kind="french", lang="fr", must=["x"])
    rows = [grade(item(qid="f1", **french), Answer("x est bien là [1]", c), ["a"], set_name="s1"),
            grade(item(qid="f2", **french), Answer("x is there [1]", c), ["a"], set_name="s1"),
            grade(item(kind="list", qid="l1", must=["x"]), Answer("x [1]", c), ["a"], set_name="s2")]
    metrics = system_metrics(rows)
    assert metrics["by_kind"]["french"]["correctness"] == 0.5
    assert metrics["by_lang"]["fr"]["n"] == 2 and metrics["by_lang"]["en"]["correctness"] == 1.0
    assert metrics["overall"]["language_accuracy_fr"] == 0.5
    assert metrics["by_set"]["s1"]["overall"]["correct"] == 1 and metrics["by_set"]["s2"]["overall"]["n"] == 1
    assert evaluate.french_gap(metrics) == 0.5
    assert metrics["overall"]["refusal_precision"] is None and metrics["overall"]["refusal_recall"] is None


# --------------------------------------------------------------------------------------------
# The command, with a stand-in assistant


class FakeAssistant:
    """Answers from a table: question → (answer, context)."""

    answerer = "offline"

    def __init__(self, settings, replies):
        self.settings = settings
        self.replies = replies
        self.ingested = []

    def papers(self):
        return [Paper("a", "A Paper", "Abstract of a.", "A Paper")]

    def ask(self, question, top_k=None):
        return self.replies.get(question, (Answer("No.", refused=True), None))[0]

    def context(self, question, top_k=None):
        return self.replies.get(question, (None, Context()))[1]


def write_gold(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def test_eval_command_grades_several_sets_with_extra_pages(tmp_path, monkeypatch):
    good = {**item(must=["Core Academic Member"], pages=[PAGE], qid="d1"), "question": "Ada's role?",
            "corpus": ["seeds", "dev"]}
    french = {**item(must=["Core Academic Member"], pages=[PAGE], qid="d2", lang="fr"), "question": "Rôle d'Ada ?",
              "corpus": ["dev"]}
    paper_q = {**item(must=["A Paper"], qid="q1"), "question": "What paper?", "expected_papers": [{"title": "A Paper"}]}
    refusal = {**item(False, qid="q2"), "question": "What about Bengio?"}
    dev = write_gold(tmp_path / "dev.jsonl", [good, french])
    seeds = write_gold(tmp_path / "seedset.jsonl", [paper_q, refusal])
    pages = tmp_path / "corpora" / "dev"
    pages.mkdir(parents=True)
    replies = {
        "Ada's role?": (Answer("Ada is a Core Academic Member [1].", [page(1)]),
                        Context("Core Academic Member", [page(1)])),
        "Rôle d'Ada ?": (Answer("Ada is a Core Academic Member [1].", [page(1)]), Context("", [page(1)])),
        "What paper?": (Answer("See [1].", [paper(1, "a", "A Paper")]), Context("A Paper", [paper(1, "a", "A Paper")])),
    }
    opened = []

    def fake_open(settings, page_dirs):
        opened.append(page_dirs)
        return FakeAssistant(settings, replies)

    monkeypatch.setattr(evaluate, "open_assistant", fake_open)
    out = tmp_path / "reports"
    result = CliRunner().invoke(eval_command, ["--gold", str(dev), "--gold", str(seeds), "--pages", str(pages),
                                               "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert opened == [[pages]]
    lines = result.stdout.splitlines()
    assert lines[0].split() [:5] == ["ours", "dev", "correct", "1/2", "(0.50),"]
    assert "context recall 0.50" in lines[0] and "FR 0.00 vs EN 1.00" in lines[0]
    assert lines[1].split()[:4] == ["ours", "seedset", "correct", "2/2"] and "refusal R 1.00" in lines[1]
    assert lines[2].split()[:4] == ["ours", "overall", "correct", "3/4"]
    assert lines[3] == "ours fails 1: dev:d2"
    report = json.loads((out / "dev+seedset.json").read_text(encoding="utf-8"))
    assert [g["set"] for g in report["gold"]] == ["dev", "seedset"] and report["pages"] == [str(pages)]
    assert set(report["metrics"]) == {"ours"}  # the baseline is opt-in
    assert report["metrics"]["ours"]["by_set"]["dev"]["by_lang"]["fr"]["language_accuracy_fr"] == 0.0
    assert not any("api_key" in key or "token" in key for key in report["settings"])
    markdown = (out / "dev+seedset.md").read_text(encoding="utf-8")
    assert "## Per set" in markdown and "## By kind (ours)" in markdown and "| dev | d2 |" in markdown
    assert (out / "dev+seedset.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_eval_command_asks_for_the_page_folders_the_gold_items_need(tmp_path, monkeypatch):
    monkeypatch.setattr(evaluate, "open_assistant", lambda *a: pytest.fail("no assistant should be opened"))
    dev = write_gold(tmp_path / "dev.jsonl", [{**item(), "corpus": ["seeds", "dev"]}])
    result = CliRunner().invoke(eval_command, ["--gold", str(dev), "--out", str(tmp_path / "r")])
    assert result.exit_code == 2 and "--pages eval/corpora/dev" in result.output
    twice = CliRunner().invoke(eval_command, ["--gold", str(dev), "--gold", str(dev), "--pages", str(tmp_path)])
    assert twice.exit_code == 1 and "distinct names" in twice.output


def test_llm_answerer_without_a_server_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(eval_command, ["--answerer", "llm", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "OPENAI_API_KEY" in result.output
    assert not list(tmp_path.iterdir())


def test_markdown_escape_keeps_page_text_inert():
    escaped = md_escape("<script>alert(1)</script> | *bold* [x](javascript:y)")
    assert "<script>" not in escaped and "&lt;script&gt;" in escaped
    assert "\\|" in escaped and "\\*bold\\*" in escaped and "\\[x\\]\\(" in escaped


# --------------------------------------------------------------------------------------------
# The baseline and the real assistant


def test_baseline_chunks_map_to_papers_by_abstract_start_or_title(seed_pages):
    from qa.papers import merge_pages

    papers = merge_pages(seed_pages)
    keys = paper_keys(papers)
    rat = next(p for p in papers if p.title and p.title.startswith("RAT"))
    softmax = next(p for p in papers if p.title and p.title.startswith("Softmax"))
    chunk = f"cookies banner\n{rat.title}\nXiuying Wei\n{softmax.abstract[:200]}… (see more)rest"
    assert map_chunk(chunk, keys) == [rat.paper_id, softmax.paper_id]
    assert map_chunk("We use cookies to analyze the browsing of our website.", keys) == []
    answer = BaselineAnswer("q", "", [BaselineChunk(chunk, 0.5, "f", map_chunk(chunk, keys)),
                                      BaselineChunk("cookies", 0.4, "f", [])])
    assert answer.cited == [rat.paper_id, softmax.paper_id, None] and not answer.refused


@pytest.mark.slow
def test_end_to_end_on_a_gold_slice_with_the_baseline(assistant, tmp_path):
    gold = load_gold(GOLD)
    picked = GoldSet("slice", [i for i in gold.items if i["id"] in ("q01", "q13", "q28", "q34", "q46")])
    report = run_eval(assistant, [picked], name="slice", out_dir=tmp_path, with_baseline=True, progress=False)
    saved = json.loads((tmp_path / "slice.json").read_text(encoding="utf-8"))
    assert set(saved["metrics"]) == {"ours", "baseline"} and saved["gold"][0]["unresolved"] == {}
    assert saved["machine"]["logical_cores"] >= 1 and saved["settings"]["top_k"] == assistant.settings.top_k
    for system, metrics in saved["metrics"].items():
        for group in [metrics["overall"], *metrics["by_kind"].values(), *metrics["by_lang"].values()]:
            for key, value in group.items():
                if value is not None and not key.startswith(("n", "correct", "latency")):
                    assert 0.0 <= value <= 1.0, (system, key, value)
        assert len(saved["questions"][system]) == 5
    rows = {r["id"]: r for r in report["questions"]["ours"]}
    assert rows["q46"]["refused"] and rows["q46"]["context_recall"] is None
    assert rows["q01"]["cited"] and rows["q01"]["ranked"] and all(r["latency_ms"] > 0 for r in rows.values())
    assert rows["q28"]["language_ok"] is not None
    base = {r["id"]: r for r in report["questions"]["baseline"]}
    assert not base["q46"]["refused"] and not base["q46"]["correct"]  # the baseline never refuses


def test_a_page_reference_is_a_url_or_a_url_object_and_anything_else_names_its_line(tmp_path):
    url = "https://mila.quebec/en/directory/ada"
    gold = write_gold(tmp_path / "g.jsonl", [item(pages=[url], qid="a"), item(pages=[{"url": url}], qid="b")])
    assert [i["expected_pages"] for i in load_gold(gold).items] == [[url], [url]]
    bad = write_gold(tmp_path / "bad.jsonl", [item(qid="a"), item(pages=[{"page": url}], qid="b")])
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: expected_pages"):
        load_gold(bad)


def test_a_paper_reference_is_a_title_or_a_reference_object_and_anything_else_names_its_line(tmp_path):
    title = "Counting Puffins with Sparse Experts"
    plain, shaped = item(qid="a"), item(qid="b")
    plain["expected_papers"], shaped["expected_papers"] = [title], [{"title": title}]
    gold = write_gold(tmp_path / "g.jsonl", [plain, shaped])
    assert [i["expected_papers"] for i in load_gold(gold).items] == [[{"title": title}], [{"title": title}]]
    wrong = item(qid="b")
    wrong["expected_papers"] = [{"name": title}]
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: expected_papers"):
        load_gold(write_gold(tmp_path / "bad.jsonl", [item(qid="a"), wrong]))
