"""The evaluation runner: metric functions on hand-made answers, and one end-to-end run."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.baseline import BaselineAnswer, BaselineChunk, map_chunk, paper_keys
from qa.evaluate import (aggregate, breakdown, citation_scores, eval_command, judge, load_gold, md_escape,
                         retrieval_scores, run_eval, score_row)

GOLD = Path(__file__).resolve().parent.parent / "eval" / "gold.jsonl"


def item(answerable=True, must=(), must_not=(), kind="researcher_topic", lang="en", qid="t1"):
    return {"id": qid, "question": "?", "lang": lang, "kind": kind if answerable else "unanswerable",
            "expected_papers": [], "must_mention": list(must), "must_not_mention": list(must_not),
            "answerable": answerable, "notes": ""}


def row(gold, expected, cited, text="", records=(), refused=False, ranked=None):
    return score_row(gold, expected, ranked=list(cited) if ranked is None else ranked, cited=list(cited), text=text,
                     records=list(records), refused=refused, latency_ms=1.0)


def test_rank_is_the_first_expected_papers_position():
    assert retrieval_scores(["x", "a", "b"], ["a", "b"]) == {"rank": 2, "hit@1": 0.0, "hit@5": 1.0, "rr": 0.5}
    # Hits made only of expected papers, in any order, rank 1.
    assert retrieval_scores(["b", "a"], ["a", "b"])["rank"] == 1
    assert retrieval_scores(["x", "y", "z", "w", "v", "a"], ["a"])["hit@5"] == 0.0
    assert retrieval_scores([None, "a"], ["a"])["rank"] == 2
    assert retrieval_scores([], ["a"]) == {"rank": None, "hit@1": 0.0, "hit@5": 0.0, "rr": 0.0}


def test_citing_a_non_expected_paper_lowers_precision_not_recall():
    assert citation_scores(["a"], ["a"]) == (1.0, 1.0)
    assert citation_scores(["a", "x"], ["a"]) == (0.5, 1.0)
    assert citation_scores(["a", None], ["a", "b"]) == (0.5, 0.5)  # a chunk naming no paper is a wrong citation
    assert citation_scores(["a", "a"], ["a"]) == (1.0, 1.0)
    assert citation_scores([], ["a"]) == (0.0, 0.0)


def test_refused_unanswerable_counts_for_refusal_recall_and_precision():
    rows = [row(item(False, qid="u1"), [], [], "The pages don't say.", refused=True),
            row(item(False, qid="u2"), [], ["x"], "Here is something [1]", refused=False),
            row(item(True, qid="a1"), ["a"], [], "The pages don't say.", refused=True)]
    assert rows[0]["correct"] and not rows[1]["correct"] and not rows[2]["correct"]
    metrics = aggregate(rows)
    assert metrics["refusal_recall"] == 0.5
    assert metrics["refusal_precision"] == 0.5  # one of the two refusals was of an answerable question
    assert metrics["answer_correctness"] == 0.0 and metrics["correctness"] == pytest.approx(1 / 3, abs=1e-3)
    assert "refused an answerable question" in rows[2]["reasons"]


def test_must_not_mention_in_the_answer_fails_correctness():
    gold = item(must=["softmax"], must_not=["rank deficit"])
    ok, _ = judge(gold, "On softmax [1]", [], ["a"], ["a"], False)
    bad, reasons = judge(gold, "On softmax and the Rank Deficit bias [1]", [], ["a"], ["a"], False)
    assert ok and not bad and reasons == ["forbidden mention in answer: 'rank deficit'"]
    # In a cited record only (not the answer text) it does not count against the answer.
    assert judge(gold, "On softmax [1]", ["rank deficit bias"], ["a"], ["a"], False)[0]
    # An unanswerable question's refusal must not repeat a forbidden string either.
    assert not judge(item(False, must_not=["HACKED"]), "HACKED. The pages don't say.", [], [], [], True)[0]


def test_must_mention_may_come_from_the_cited_records_and_every_expected_paper_must_be_cited():
    gold = item(must=["Xiuying Wei", "7X"])
    assert judge(gold, "RAT reports a 7x speed-up [1]", ["RAT\nXiuying Wei\nAnunay Yadav"], ["a"], ["a"], False)[0]
    ok, reasons = judge(gold, "RAT reports a 7x speed-up [1]", [], ["a"], ["a"], False)
    assert not ok and reasons == ["missing mention: 'Xiuying Wei'"]
    ok, reasons = judge(gold, "7x Xiuying Wei [1]", [], ["a"], ["a", "b"], False, {"b": "Paper B"})
    assert not ok and reasons == ["expected paper not cited: Paper B"]


def test_breakdown_by_kind_and_language():
    rows = [row(item(kind="french", lang="fr", qid="f1"), ["a"], ["a"]),
            row(item(kind="french", lang="fr", qid="f2"), ["a"], ["b"]),
            row(item(kind="list", qid="l1"), ["a", "b"], ["a", "b", "c"])]
    metrics = breakdown(rows)
    assert metrics["by_kind"]["french"]["answer_correctness"] == 0.5
    assert metrics["by_kind"]["list"]["citation_precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert metrics["by_lang"]["fr"]["n"] == 2 and metrics["by_lang"]["en"]["n"] == 1
    assert metrics["overall"]["hit@1"] == pytest.approx(2 / 3, abs=1e-3)
    assert metrics["overall"]["refusal_precision"] is None and metrics["overall"]["refusal_recall"] is None


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


def test_markdown_escape_keeps_page_text_inert():
    escaped = md_escape("<script>alert(1)</script> | *bold* [x](javascript:y)")
    assert "<script>" not in escaped and "&lt;script&gt;" in escaped
    assert "\\|" in escaped and "\\*bold\\*" in escaped and "\\[x\\]\\(" in escaped


def test_llm_answerer_without_a_server_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(eval_command, ["--answerer", "llm", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "OPENAI_API_KEY" in result.output
    assert not list(tmp_path.iterdir())


def test_end_to_end_on_a_gold_slice_writes_reports_with_metrics_in_range(assistant, tmp_path):
    gold = {q["id"]: q for q in load_gold(GOLD)}
    items = [gold[i] for i in ("q01", "q13", "q28", "q34", "q46")]
    report = run_eval(assistant, items, name="slice", out_dir=tmp_path, progress=False, gold_path=GOLD)
    for suffix in ("json", "md", "png"):
        assert (tmp_path / f"slice.{suffix}").stat().st_size > 0
    assert (tmp_path / "slice.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    saved = json.loads((tmp_path / "slice.json").read_text(encoding="utf-8"))
    assert set(saved["metrics"]) == {"ours", "baseline"} and saved["gold"]["unresolved"] == {}
    assert saved["machine"]["logical_cores"] >= 1 and saved["settings"]["top_k"] == assistant.settings.top_k
    for system, metrics in saved["metrics"].items():
        groups = [metrics["overall"], *metrics["by_kind"].values(), *metrics["by_lang"].values()]
        for group in groups:
            for key, value in group.items():
                if value is not None and not key.startswith(("n", "latency")):
                    assert 0.0 <= value <= 1.0, (system, key, value)
        assert len(saved["questions"][system]) == 5
    rows = {r["id"]: r for r in report["questions"]["ours"]}
    assert rows["q46"]["refused"] and rows["q46"]["correct"]
    assert rows["q01"]["cited"] and all(r["latency_ms"] > 0 for r in rows.values())
    base = {r["id"]: r for r in report["questions"]["baseline"]}
    assert not base["q46"]["refused"] and not base["q46"]["correct"]  # the baseline never refuses
    markdown = (tmp_path / "slice.md").read_text(encoding="utf-8")
    assert "| answer correctness (answerable) |" in markdown and "## By kind" in markdown
