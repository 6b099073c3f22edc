"""The question sets (eval/gold.jsonl and the held-out ones) are well-formed and backed by the seeds."""

import json
from collections import Counter
from pathlib import Path

import pytest

from qa.pages import fold, parse_page
from qa.papers import merge_pages

ROOT = Path(__file__).parent.parent
KINDS = {"researcher_topic", "abstract_fact", "coauthors", "venue_date", "joined_pages", "french", "list",
         "comparison", "unanswerable"}
FIELDS = {"id": str, "question": str, "lang": str, "kind": str, "expected_papers": list, "must_mention": list,
          "must_not_mention": list, "answerable": bool, "notes": str}


@pytest.fixture(scope="module")
def papers():
    seeds = ROOT / "seeds"
    sources = json.loads((seeds / "sources.json").read_text(encoding="utf-8"))["pages"]
    pages = [parse_page((seeds / e["file"]).read_text(encoding="utf-8"), url=e["url"], source=e["file"])
             for e in sources]
    return merge_pages(pages)


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (ROOT / "eval" / name).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def gold():
    return load("gold.jsonl")


def resolve(ref: dict, papers) -> list:
    if "title" in ref:
        return [p for p in papers if p.title == ref["title"]]
    return [p for p in papers if (p.abstract or "").startswith(ref["abstract_prefix"])]


def record_text(paper) -> str:
    parts = [paper.title, paper.abstract, *paper.authors, *(d.value for d in paper.dates),
             *(v.value for v in paper.venues), *paper.researchers, paper.status]
    return "\n".join(p for p in parts if p).lower()


def test_fields_ids_and_counts(gold):
    assert len(gold) >= 44
    for q in gold:
        for name, kind in FIELDS.items():
            assert isinstance(q.get(name), kind), (q.get("id"), name)
        assert q["kind"] in KINDS and q["lang"] in {"en", "fr"}, q["id"]
        assert all(isinstance(s, str) and s for s in q["must_mention"] + q["must_not_mention"]), q["id"]
        assert q["answerable"] == (q["kind"] != "unanswerable"), q["id"]
    assert len({q["id"] for q in gold}) == len(gold)
    kinds = Counter(q["kind"] for q in gold)
    assert all(kinds[k] >= 4 for k in KINDS) and kinds["unanswerable"] >= 8, kinds
    assert sum(q["kind"] == "french" and q["lang"] == "fr" for q in gold) >= 5


@pytest.mark.parametrize("name", ["gold.jsonl", "heldout.jsonl", "blind2.jsonl"])
def test_expected_papers_resolve_and_back_the_mentions(name, papers):
    for q in load(name):
        if not q["answerable"]:
            assert q["expected_papers"] == [], q["id"]
            continue
        refs = q["expected_papers"]
        assert refs and all(set(ref) in ({"title"}, {"abstract_prefix"}) for ref in refs), q["id"]
        found = [resolve(ref, papers) for ref in refs]
        assert all(len(f) == 1 for f in found), (q["id"], [len(f) for f in found])
        expected = [f[0] for f in found]
        assert len({p.paper_id for p in expected}) == len(expected), q["id"]
        texts = [record_text(p) for p in expected]
        for needle in q["must_mention"]:
            assert any(needle.lower() in t for t in texts), (q["id"], needle)
        for needle in q["must_not_mention"]:  # a correct answer citing the right papers must not trip these
            assert not any(needle.lower() in t for t in texts), (q["id"], needle)


def test_list_questions_name_every_paper_of_the_researcher(gold, papers):
    researchers = {fold(r) for p in papers for r in p.researchers}
    checked = 0
    for q in (q for q in gold if q["kind"] == "list"):
        for name in (r for r in researchers if r.split()[-1] in fold(q["question"])):
            owned = {p.paper_id for p in papers if name in map(fold, p.researchers)}
            assert {p.paper_id for ref in q["expected_papers"] for p in resolve(ref, papers)} == owned, q["id"]
            checked += 1
    assert checked >= 2
