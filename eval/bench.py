"""Scale benchmark on synthetic Mila pages (qa.synthetic): ingest vs raw embedding, re-ingest, query
latency, peak memory and index size.

Usage: python eval/bench.py --sizes 1000 10000 [--out eval/reports] [--questions 200] [--seed 0]
       python eval/bench.py --sizes 100000          # the 100k run: hours on 2 cores (see bench.md)

Each size runs in its own process (so peak RSS is that size's alone) and writes bench-<size>.json;
bench.md is then rewritten from every bench-*.json in the folder. Within one size, in one process:

1. generate the corpus into a temp dir (pages + sources.json; ground truth = distinct papers);
2. load and warm the embedding model (not counted anywhere below);
3. ingest: ``PaperIndex(Settings(data_dir=tmp)).ingest([pages])`` — parse, merge, embed, write;
4. raw embedding: the model alone (``get_text_embedding_batch``) over the same merged papers'
   ``embed_text``, in batches of ``embed_batch_size``; overhead = ingest time / raw embedding time;
5. re-ingest of the unchanged pages (a fresh PaperIndex on the same data dir);
6. open an ``Assistant`` on the index, ask 5 warm-up questions, then time ``Assistant.retrieve`` and
   ``Assistant.ask`` (offline answerer) on each generated question;
7. peak RSS (``ru_maxrss``) and the data dir's size on disk (du: allocated blocks).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.evaluate import machine_info, nearest_rank  # noqa: E402


def stats(samples: list[float]) -> dict:
    return {"n": len(samples), "median_ms": round(statistics.median(samples), 2),
            "p95_ms": round(nearest_rank(samples, 0.95), 2), "max_ms": round(max(samples), 2)}


def du(path: Path) -> dict:
    allocated = apparent = 0
    for folder, _, files in os.walk(path):
        for name in files:
            st = os.lstat(os.path.join(folder, name))
            allocated += st.st_blocks * 512
            apparent += st.st_size
    return {"allocated_mb": round(allocated / 2**20, 1), "apparent_mb": round(apparent / 2**20, 1)}


def run_size(size: int, seed: int, n_questions: int, out: Path) -> dict:
    import torch

    from qa.assistant import Assistant
    from qa.index import PaperIndex, load_embedder
    from qa.settings import Settings
    from qa.synthetic import generate, questions

    result: dict = {"size": size, "seed": seed}
    with tempfile.TemporaryDirectory(prefix=f"qa-bench-{size}-") as tmp:
        tmp = Path(tmp)
        start = time.perf_counter()
        corpus = generate(tmp / "pages", size, seed)
        result["generate_s"] = round(time.perf_counter() - start, 2)
        result["corpus"] = {**corpus.summary(), "pages_mb": du(tmp / "pages")["apparent_mb"]}
        settings = Settings(data_dir=tmp / "data").model_copy(update={"openai_api_key": None, "openai_base_url": None})
        result["settings"] = {"embed_model": settings.embed_model, "embed_batch_size": settings.embed_batch_size,
                              "top_k": settings.top_k, "candidates": settings.candidates,
                              "torch_threads": torch.get_num_threads()}

        embedder = load_embedder(settings.embed_model)
        embedder.get_text_embedding_batch(["warm-up: graph neural networks for molecules"] * 8)

        start = time.perf_counter()
        report = PaperIndex(settings).ingest([tmp / "pages"])
        ingest_s = time.perf_counter() - start
        index = PaperIndex(settings)
        papers = index.load_papers()
        result["ingest"] = {"seconds": round(ingest_s, 2), "papers": report.papers, "embedded": report.embedded,
                            "indexed": index.count(), "skipped": len(report.skipped),
                            "papers_per_s": round(report.embedded / ingest_s, 2)}
        result["merge"] = {"truth_papers": corpus.n_papers, "merged_papers": report.papers,
                           "distinct_ids_indexed": index.count(), "exact": report.papers == corpus.n_papers}

        texts = [p.embed_text or p.label for p in papers]
        batch = settings.embed_batch_size
        start = time.perf_counter()
        for i in range(0, len(texts), batch):
            embedder.get_text_embedding_batch(texts[i:i + batch])
        raw_s = time.perf_counter() - start
        result["raw_embedding"] = {"seconds": round(raw_s, 2), "texts": len(texts),
                                   "papers_per_s": round(len(texts) / raw_s, 2)}
        result["ingest_overhead"] = round(ingest_s / raw_s, 3)

        start = time.perf_counter()
        again = PaperIndex(settings).ingest([tmp / "pages"])
        result["reingest"] = {"seconds": round(time.perf_counter() - start, 2), "embedded": again.embedded,
                              "pages_unchanged": again.pages_unchanged}

        start = time.perf_counter()
        assistant = Assistant(settings)
        result["assistant_open_s"] = round(time.perf_counter() - start, 2)
        asked = questions(corpus, n_questions, seed)
        for q in asked[:5]:
            assistant.ask(q["question"])
        retrieve_ms, ask_ms, by_kind, refused = [], [], {}, {}
        for q in asked:
            start = time.perf_counter()
            assistant.retrieve(q["question"])
            retrieve_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            answer = assistant.ask(q["question"])
            elapsed = (time.perf_counter() - start) * 1000
            ask_ms.append(elapsed)
            by_kind.setdefault(q["kind"], []).append(elapsed)
            refused[q["kind"]] = refused.get(q["kind"], 0) + int(answer.refused)
        result["latency"] = {"retrieve": stats(retrieve_ms), "ask": stats(ask_ms),
                             "ask_by_kind": {k: stats(v) for k, v in by_kind.items()},
                             "refused": sum(refused.values()), "refused_by_kind": refused,
                             "questions": len(asked)}
        result["index_disk"] = du(tmp / "data")
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["machine"] = machine_info()
    out.mkdir(parents=True, exist_ok=True)
    (out / f"bench-{size}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return result


ROWS = [
    ("papers (truth) / merged / indexed", lambda r: f"{r['merge']['truth_papers']} / {r['merge']['merged_papers']} / "
                                                    f"{r['merge']['distinct_ids_indexed']}"),
    ("pages (fr, html) / MB", lambda r: f"{r['corpus']['pages']} ({r['corpus']['french_pages']}, "
                                        f"{r['corpus']['html_pages']}) / {r['corpus']['pages_mb']}"),
    ("ingest s (papers/s)", lambda r: f"{r['ingest']['seconds']} ({r['ingest']['papers_per_s']})"),
    ("raw embedding s (papers/s)", lambda r: f"{r['raw_embedding']['seconds']} ({r['raw_embedding']['papers_per_s']})"),
    ("**ingest overhead** (ingest / raw embedding)", lambda r: f"**{r['ingest_overhead']:.2f}×**"),
    ("re-ingest unchanged s (embedded)", lambda r: f"{r['reingest']['seconds']} ({r['reingest']['embedded']})"),
    ("open Assistant s", lambda r: f"{r['assistant_open_s']}"),
    ("retrieve median / p95 ms", lambda r: f"{r['latency']['retrieve']['median_ms']} / {r['latency']['retrieve']['p95_ms']}"),
    ("**ask (offline) median** / p95 ms", lambda r: f"**{r['latency']['ask']['median_ms']}** / {r['latency']['ask']['p95_ms']}"),
    ("ask median ms: topic / list / unknown", lambda r: " / ".join(
        str(r["latency"]["ask_by_kind"].get(k, {}).get("median_ms", "–")) for k in ("researcher_topic", "list", "unknown"))),
    ("questions (refused)", lambda r: f"{r['latency']['questions']} ({r['latency']['refused']})"),
    ("peak RSS MB", lambda r: f"{r['peak_rss_mb']}"),
    ("index on disk MB (allocated / apparent)", lambda r: f"{r['index_disk']['allocated_mb']} / {r['index_disk']['apparent_mb']}"),
]


def write_markdown(out: Path) -> Path:
    results = sorted((json.loads(p.read_text(encoding="utf-8")) for p in out.glob("bench-*.json")
                      if p.stem.split("-", 1)[1].isdigit()), key=lambda r: r["size"])
    m = results[-1]["machine"] if results else machine_info()
    lines = ["# Scale benchmark (synthetic pages)", "",
             f"Machine: {m['cpu']}, {m['logical_cores']} logical cores ({m['physical_cores']} physical), "
             f"{m['ram_gb']} GB RAM, {m['platform']}, Python {m['python']}; CPU only. "
             "Corpus: `qa.synthetic` (seed in each JSON), ~size/25 researchers, English and French pages, "
             "HTML and text. Questions: ~200 generated (researcher + topic in English and French, lists, "
             "co-authors of a title, unknown researchers, topic only).", "",
             "| | " + " | ".join(f"{r['size']:,} papers" for r in results) + " |",
             "|---|" + "---|" * len(results)]
    for label, cell in ROWS:
        lines.append(f"| {label} | " + " | ".join(cell(r) for r in results) + " |")
    lines += ["", "Targets (issue 4, reported): ingest overhead ≤ 1.25× raw embedding; warm offline `ask` median "
              "≤ 100 ms at 10k papers.", "",
              "Reproduce: `.venv/bin/python eval/bench.py --sizes 1000 10000` (`make bench`); the 100k run is "
              "`.venv/bin/python eval/bench.py --sizes 100000` (at ~20-25 papers/s it embeds for well over an hour, "
              "twice: ingest and the raw-embedding reference).", ""]
    path = out / "bench.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--out", type=Path, default=ROOT / "eval" / "reports")
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size in this process
    args = parser.parse_args()
    if args.one:
        result = run_size(args.one, args.seed, args.questions, args.out)
        print(json.dumps({k: result[k] for k in ("size", "ingest", "raw_embedding", "ingest_overhead", "reingest",
                                                 "latency", "peak_rss_mb", "index_disk")}, indent=2))
        return
    for size in args.sizes:
        print(f"== {size} papers", flush=True)
        subprocess.run([sys.executable, __file__, "--one", str(size), "--seed", str(args.seed), "--questions",
                        str(args.questions), "--out", str(args.out)], check=True)
    print(f"wrote {write_markdown(args.out)}")


if __name__ == "__main__":
    main()
