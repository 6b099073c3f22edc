"""Calibrate the relevance threshold (``QA_MIN_SIMILARITY``) for an embedding model, on data.

For every answerable question of the labelled sets whose topic names papers, the cosine between the
question's topic and each expected paper is a positive; its cosine to every other paper the question
allows (its researchers' papers, else all) is a negative; for an unanswerable question every allowed
paper is a negative. The threshold is the one that maximises F1 of "relevant" over those pairs; the
result is written to ``qa/calibration.json`` under the model's name, with the counts behind it.

    .venv/bin/python eval/calibrate.py [--gold FILE ...] [--pages DIR ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.evaluate import load_gold, resolve_expected  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", action="append", type=Path)
    parser.add_argument("--pages", action="append", type=Path, default=[])
    args = parser.parse_args()
    golds = args.gold or [ROOT / "eval" / name for name in ("gold.jsonl", "heldout.jsonl", "blind2.jsonl", "dev.jsonl")]
    pages = args.pages or [ROOT / "eval" / "corpora" / "dev"]

    from qa.assistant import Assistant
    from qa.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        assistant = Assistant(Settings(data_dir=Path(tmp), openai_api_key=None, openai_base_url=None))
        for folder in pages:
            assistant.ingest([folder])
        library = assistant.library
        papers = {p.paper_id: p for p in assistant.papers()}
        positives, negatives = [], []
        for gold in golds:
            for item in load_gold(gold).items:
                question = assistant.question(item["question"])
                if not question.topic or question.papers or question.unknown_person:
                    continue
                expected = resolve_expected(item, list(papers.values())).papers
                pool = library.pool(question) if question.researchers else list(papers.values())
                if not pool:
                    continue
                query = library.query_vector(question.topic)
                sims = library.similarities(query, pool)
                for paper, sim in zip(pool, sims):
                    (positives if item["answerable"] and paper.paper_id in expected else negatives).append(float(sim))
        pos, neg = np.array(positives), np.array(negatives)
        best = max(np.arange(0.05, 0.8, 0.01), key=lambda t: f1(pos, neg, t))
        result = {"min_similarity": round(float(best), 2), "f1": round(f1(pos, neg, best), 3),
                  "positives": len(pos), "negatives": len(neg),
                  "positive_median": round(float(np.median(pos)), 3), "negative_p95": round(float(np.quantile(neg, 0.95)), 3),
                  "sets": [str(g.relative_to(ROOT)) for g in golds], "pages": ["seeds"] + [str(p.relative_to(ROOT)) for p in pages]}
        path = ROOT / "qa" / "calibration.json"
        table = json.loads(path.read_text()) if path.exists() else {}
        table[assistant.settings.embed_model] = result
        path.write_text(json.dumps(table, indent=2, ensure_ascii=False) + "\n")
        print(json.dumps(result, indent=2))


def f1(pos: np.ndarray, neg: np.ndarray, threshold: float) -> float:
    tp, fp = float((pos >= threshold).sum()), float((neg >= threshold).sum())
    fn = len(pos) - tp
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    main()
