"""Scale benchmark on synthetic Mila pages (eval/bench/synthetic.py): ingest against the raw embedder,
re-ingest, opening the assistant, warm ask latency, peak memory and disk, for embedded Chroma and for a
Chroma server (`chroma run` on 127.0.0.1, ``QA_CHROMA_URL``).

    python eval/bench/scale.py [--sizes 1000 10000 100000] [--stores embedded server] [--questions 200]
                               [--bank 10000] [--work DIR] [--out eval/reports]

Per size (each step in its own process, so each peak RSS is that step's alone):

1. ``build``: generate the corpus (pages + sources.json, seed 0), measure the raw embedder's rate on
   up to 1,000 of its paper texts (``embed_documents`` in batches of ``QA_EMBED_BATCH_SIZE``, after a
   warm-up), ingest the pages into embedded Chroma (parse, merge, embed, write) and re-ingest them
   unchanged.
2. ``serve``: a new process imports ``qa``, opens ``Assistant`` (cold start: import + open, and the
   open alone), asks 5 warm-up questions, then times ``Assistant.ask`` (offline answerer) on ~200
   generated questions (researcher + topic in English and French, lists, co-authors of a title,
   unknown researchers, topic only). Peak RSS is this serving process's.
3. the same against a ``chroma run`` server: ingest through it (sizes up to ``--bank``), then serve.
   At larger sizes the server serves the store built in step 1 (same Chroma, same on-disk format).

Vectors. Every paper text embedded is cached (by its SHA-1) in ``--work``, so a text is embedded at
most once per run: the server's ingest reuses the vectors of the embedded one. Beyond ``--bank``
papers (the 100k size), a paper whose text was never embedded gets the cached vector of an embedded
paper on the same synthetic topic (picked by the text's hash), so the 100k run embeds no more than
the 10k one; queries, evidence sentences and page facts are always embedded for real. The report says
which rows used reused vectors; ingest overhead there is 1 + (ingest time outside the embedder) /
(papers / raw embedder rate), i.e. what ingest would cost with real embedding at the measured rate.

Results: ``bench-<size>.json`` per size, ``bench.md`` (table) and ``bench.png`` (chart), rebuilt from
every bench-<size>.json in ``--out``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SAMPLE = 1000  # texts the raw embedder's rate is measured on
WARM_UP = 5


def stats(samples: list[float]) -> dict:
    ordered = sorted(samples)
    rank = max(0, -(-95 * len(ordered) // 100) - 1)  # nearest rank
    return {"n": len(samples), "median_ms": round(statistics.median(ordered), 2), "p95_ms": round(ordered[rank], 2),
            "max_ms": round(ordered[-1], 2)}


def du_mb(path: Path) -> float:
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(folder, name)).st_blocks * 512
            except OSError:
                pass
    return round(total / 2**20, 1)


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ------------------------------------------------------------------------------------------------
# Embedding: the project's embedder, with every document vector cached by text


def embed_documents(embedder, texts: list[str]):
    import numpy as np

    if hasattr(embedder, "embed_documents"):
        return np.asarray(embedder.embed_documents(texts), dtype=np.float32)
    return np.asarray(embedder.get_text_embedding_batch(texts), dtype=np.float32)


class VectorCache:
    """Paper vectors by text SHA-1, with the synthetic topic of each, kept in ``folder`` between steps."""

    def __init__(self, folder: Path) -> None:
        import numpy as np

        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        index = folder / "vectors.json"
        self.keys: dict[str, int] = {}
        self.topics: list[str] = []
        self.vectors = np.zeros((0, 0), dtype=np.float32)
        if index.exists():
            saved = json.loads(index.read_text())
            self.keys, self.topics = {k: i for i, k in enumerate(saved["keys"])}, saved["topics"]
            self.vectors = np.load(folder / "vectors.npy")
        self.added: list = []

    def save(self) -> None:
        import numpy as np

        if not self.added:
            return
        block = np.stack(self.added)
        self.vectors = block if not len(self.vectors) else np.concatenate([self.vectors, block])
        self.added = []
        np.save(self.folder / "vectors.npy", self.vectors)
        keys = sorted(self.keys, key=self.keys.get)
        (self.folder / "vectors.json").write_text(json.dumps({"keys": keys, "topics": self.topics}))

    def get(self, key: str):
        row = self.keys.get(key)
        if row is None:
            return None
        return self.vectors[row] if row < len(self.vectors) else self.added[row - len(self.vectors)]

    def put(self, key: str, topic: str, vector) -> None:
        self.keys[key] = len(self.keys)
        self.topics.append(topic)
        self.added.append(vector)


class CachedEmbedder:
    """The real embedder for queries; for documents, the cached vector of each text, the real
    embedder for new texts, and (when ``reuse``) a same-topic cached vector instead of embedding."""

    def __init__(self, real, cache: VectorCache, topic_of, reuse: bool, per_topic: int) -> None:
        self.real, self.cache, self.topic_of, self.reuse, self.per_topic = real, cache, topic_of, reuse, per_topic
        self.embed_s = 0.0
        self.embedded = self.cached = self.reused = 0
        self.by_topic: dict[str, list[str]] = {}
        for key, row in cache.keys.items():
            self.by_topic.setdefault(cache.topics[row], []).append(key)

    def __getattr__(self, name):
        return getattr(self.real, name)

    def embed_documents(self, texts: list[str]):
        import numpy as np

        keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
        out: list = [None] * len(texts)
        new = []
        for i, (key, text) in enumerate(zip(keys, texts)):
            vector = self.cache.get(key)
            if vector is not None:
                out[i] = vector
                self.cached += 1
                continue
            topic = self.topic_of(text)
            bank = self.by_topic.get(topic, [])
            if self.reuse and len(bank) >= self.per_topic:
                out[i] = self.cache.get(bank[int(key, 16) % len(bank)])
                self.reused += 1
            else:
                new.append(i)
        if new:
            start = time.perf_counter()
            vectors = embed_documents(self.real, [texts[i] for i in new])
            self.embed_s += time.perf_counter() - start
            self.embedded += len(new)
            for i, vector in zip(new, vectors):
                out[i] = vector
                topic = self.topic_of(texts[i])
                self.cache.put(keys[i], topic, vector)
                self.by_topic.setdefault(topic, []).append(keys[i])
        return np.stack(out) if out else np.zeros((0, 0), dtype=np.float32)

    def get_text_embedding_batch(self, texts: list[str], **_) -> list[list[float]]:
        return self.embed_documents(texts).tolist()


def topic_finder(corpus: dict):
    """Text → its synthetic topic: by the title on its first line, else by the topic words it holds."""
    from eval.bench.synthetic import TOPICS, key_of

    by_title = corpus["topics"]
    cues = [(t[0], [t[0], *t[1]]) for t in TOPICS]

    def topic_of(text: str) -> str:
        topic = by_title.get(key_of(text.split("\n", 1)[0]))
        if topic:
            return topic
        lowered = text.lower()
        return max(cues, key=lambda c: sum(lowered.count(w) for w in c[1]))[0]

    return topic_of


# ------------------------------------------------------------------------------------------------
# Steps


def corpus_for(work: Path, size: int, seed: int, n_questions: int) -> dict:
    """The size's pages (generated once) and what later steps need of its ground truth."""
    from eval.bench.synthetic import generate, key_of, questions

    folder = work / str(size)
    saved = folder / "corpus.json"
    if not saved.exists():
        start = time.perf_counter()
        corpus = generate(folder / "pages", size, seed)
        saved.write_text(json.dumps({
            "generate_s": round(time.perf_counter() - start, 2),
            "summary": {**corpus.summary(), "pages_mb": du_mb(corpus.directory)},
            "papers": corpus.n_papers,
            "topics": {key_of(p.title): p.topic for p in corpus.papers},
            "texts": ["\n".join(x for x in (p.title, p.abstract) if x) for p in corpus.papers[:SAMPLE]],
            "questions": questions(corpus, n_questions, seed)}, ensure_ascii=False))
    return json.loads(saved.read_text())


def settings_for(data_dir: Path, chroma_url: str | None = None):
    from qa.settings import Settings

    return Settings(data_dir=data_dir, chroma_url=chroma_url).model_copy(
        update={"openai_api_key": None, "openai_base_url": None})


def patch_ingest_embedder(embedder) -> None:
    """Make ingest use ``embedder`` (the bench's cache around the project's embedder)."""
    import qa.index

    qa.index.load_embedder = lambda model: embedder


def build(work: Path, size: int, seed: int, bank: int, n_questions: int, chroma_url: str | None,
          sample: int = SAMPLE) -> dict:
    """Generate (first time), measure the raw embedder, ingest and re-ingest; returns the figures."""
    from qa.index import PaperIndex, load_embedder

    corpus = corpus_for(work, size, seed, n_questions)
    pages = work / str(size) / "pages"
    result: dict = {"generate_s": corpus["generate_s"], "corpus": corpus["summary"]}
    data_dir = work / str(size) / ("server-local" if chroma_url else "data")
    settings = settings_for(data_dir, chroma_url)
    real = load_embedder(settings.embed_model)
    result["embedder"] = {"model": settings.embed_model, "runtime": type(real).__name__,
                          "batch": settings.embed_batch_size}
    texts = corpus["texts"][:sample]
    embed_documents(real, texts[:16])  # warm-up
    start = time.perf_counter()
    for i in range(0, len(texts), settings.embed_batch_size):
        embed_documents(real, texts[i:i + settings.embed_batch_size])
    raw_s = time.perf_counter() - start
    raw_rate = len(texts) / raw_s
    result["raw_embedding"] = {"texts": len(texts), "seconds": round(raw_s, 2), "papers_per_s": round(raw_rate, 2)}

    cache = VectorCache(work / "vectors")
    embedder = CachedEmbedder(real, cache, topic_finder(corpus), reuse=size > bank,
                              per_topic=max(1, bank // 20))
    patch_ingest_embedder(embedder)
    start = time.perf_counter()
    report = PaperIndex(settings).ingest([pages])
    ingest_s = time.perf_counter() - start
    cache.save()
    indexed = PaperIndex(settings).count()
    outside = ingest_s - embedder.embed_s  # parse, merge, cache look-ups, Chroma writes
    result["ingest"] = {
        "seconds": round(ingest_s, 2), "papers": report.papers, "indexed": indexed, "skipped": len(report.skipped),
        "papers_per_s": round(report.papers / ingest_s, 2), "embed_s": round(embedder.embed_s, 2),
        "outside_embedder_s": round(outside, 2), "embedded": embedder.embedded, "cached": embedder.cached,
        "reused": embedder.reused,
        "overhead": round(1 + outside / (report.papers / raw_rate), 3),
        "measured_ratio": round(ingest_s / (report.papers / raw_rate), 3) if embedder.embedded == report.papers
        else None}
    result["merge"] = {"truth_papers": corpus["papers"], "merged_papers": report.papers,
                       "exact": report.papers == corpus["papers"]}
    start = time.perf_counter()
    again = PaperIndex(settings).ingest([pages])
    result["reingest"] = {"seconds": round(time.perf_counter() - start, 2), "embedded": again.embedded}
    result["peak_rss_mb"] = peak_rss_mb()
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return result


def serve(work: Path, size: int, seed: int, n_questions: int, chroma_url: str | None) -> dict:
    """Cold start and warm asks in this (fresh) process."""
    start = time.perf_counter()
    from qa import Assistant

    imported = time.perf_counter() - start
    data_dir = work / str(size) / ("server-local" if chroma_url else "data")
    settings = settings_for(data_dir, chroma_url)
    start = time.perf_counter()
    assistant = Assistant(settings, build_if_empty=False)
    opened = time.perf_counter() - start
    asked = corpus_for(work, size, seed, n_questions)["questions"]
    start = time.perf_counter()
    assistant.ask(asked[0]["question"])
    first_ms = (time.perf_counter() - start) * 1000
    for q in asked[1:WARM_UP]:
        assistant.ask(q["question"])
    wall, cpu, by_kind, refused = [], [], {}, 0
    for q in asked:
        start, start_cpu = time.perf_counter(), time.process_time()
        answer = assistant.ask(q["question"])
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        by_kind.setdefault(q["kind"], []).append(wall[-1])
        refused += int(answer.refused)
    return {"import_s": round(imported, 2), "open_s": round(opened, 2), "cold_s": round(imported + opened, 2),
            "first_ask_ms": round(first_ms, 1), "papers": len(assistant.library.papers),
            "ask": stats(wall), "ask_cpu": stats(cpu), "ask_by_kind": {k: stats(v) for k, v in sorted(by_kind.items())},
            "questions": len(asked), "refused": refused, "peak_rss_mb": peak_rss_mb(),
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def first_open(work: Path, size: int, chroma_url: str | None) -> dict:
    """The first opening after an ingest: it builds the library from the store's records and saves it
    for every later process (the ``serve`` step then opens the saved one)."""
    from qa import Assistant

    settings = settings_for(work / str(size) / ("server-local" if chroma_url else "data"), chroma_url)
    start = time.perf_counter()
    Assistant(settings, build_if_empty=False)
    return {"open_s": round(time.perf_counter() - start, 2), "peak_rss_mb": peak_rss_mb()}


def step(args, phase: str, size: int, chroma_url: str | None = None) -> dict:
    """Run one step in a new process; returns its JSON."""
    out = Path(tempfile.mkstemp(prefix="qa-bench-", suffix=".json")[1])
    command = [sys.executable, __file__, "--step", phase, "--size", str(size), "--seed", str(args.seed),
               "--questions", str(args.questions), "--bank", str(args.bank), "--work", str(args.work),
               "--sample", str(args.sample),
               "--result", str(out)] + (["--chroma-url", chroma_url] if chroma_url else [])
    subprocess.run(command, check=True, cwd=ROOT)
    result = json.loads(out.read_text())
    out.unlink()
    return result


class ChromaServer:
    def __init__(self, path: Path) -> None:
        self.path, self.port = path, free_port()
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ChromaServer:
        import httpx

        chroma = Path(sys.executable).with_name("chroma")
        self.log = open(self.path.parent / "chroma-server.log", "w")
        self.process = subprocess.Popen([str(chroma), "run", "--path", str(self.path), "--host", "127.0.0.1",
                                         "--port", str(self.port)], stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        raise TimeoutError("chroma run did not come up")

    def peak_rss_mb(self) -> float | None:
        try:
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
        except OSError:
            return None
        return None

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(timeout=60)
        self.log.close()


def run_size(args, size: int) -> dict:
    from qa.evaluate import machine_info

    result: dict = {"size": size, "seed": args.seed, "bank": args.bank, "vectors_reused": size > args.bank}
    started = time.perf_counter()
    for kept in ("data", "server-local", "server"):  # a kept --work keeps pages and vectors; every index is built anew
        shutil.rmtree(args.work / str(size) / kept, ignore_errors=True)
    print(f"== {size:,} papers: build (embedded Chroma)", flush=True)
    result["embedded"] = {"build": step(args, "build", size)}
    result["embedded"]["disk_mb"] = du_mb(args.work / str(size) / "data")
    print(f"== {size:,} papers: serve (embedded Chroma)", flush=True)
    result["embedded"]["first_open"] = step(args, "first_open", size)
    result["embedded"]["serve"] = step(args, "serve", size)
    if "server" in args.stores:
        server_dir = args.work / str(size) / "server"
        ingest_through_server = size <= args.server_ingest_up_to
        if not ingest_through_server:  # serve the store built above: `chroma run` reads the embedded format as is
            shutil.copytree(args.work / str(size) / "data" / "chroma", server_dir)
        else:
            server_dir.mkdir(parents=True)
        with ChromaServer(server_dir) as server:
            entry: dict = {}
            if ingest_through_server:
                print(f"== {size:,} papers: build (chroma server)", flush=True)
                entry["build"] = step(args, "build", size, server.url)
            print(f"== {size:,} papers: serve (chroma server)", flush=True)
            entry["first_open"] = step(args, "first_open", size, server.url)
            entry["serve"] = step(args, "serve", size, server.url)
            entry["server_peak_rss_mb"] = server.peak_rss_mb()
        entry["disk_mb"] = du_mb(server_dir)
        result["server"] = entry
    result["total_s"] = round(time.perf_counter() - started, 1)
    result["machine"] = machine_info()
    result["date"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"bench-{size}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return result


# ------------------------------------------------------------------------------------------------
# Report


def cell(value, fmt="{}") -> str:
    return "–" if value is None else fmt.format(value)


def rows_for(r: dict, store: str) -> dict:
    entry = r.get(store) or {}
    build = entry.get("build") or {}
    serve = entry.get("serve") or {}
    ingest = build.get("ingest") or {}
    n = r["size"]
    reused = r.get("vectors_reused")
    return {
        "ingest papers/s (embedded / cached / reused vectors)": cell(ingest.get("papers_per_s")) + (
            f" ({ingest['embedded']:,} / {ingest['cached']:,} / {ingest['reused']:,})" if ingest else ""),
        "raw embedder papers/s, same run": cell((build.get("raw_embedding") or {}).get("papers_per_s")),
        "**ingest overhead** (target ≤ 1.1×)": cell(ingest.get("overhead"), "**{:.2f}×**") + (
            " (est.)" if ingest and ingest.get("measured_ratio") is None else ""),
        "re-ingest unchanged s": cell((build.get("reingest") or {}).get("seconds")),
        "ingest peak RSS MB": cell(build.get("peak_rss_mb")),
        "first open after ingest s (builds and saves the library)": cell((entry.get("first_open") or {}).get("open_s")),
        "**open Assistant s** (target ≤ 0.5)": cell(serve.get("open_s"), "**{}**"),
        "cold start s (import qa + open)": cell(serve.get("cold_s")),
        "first ask ms (loads vectors)": cell(serve.get("first_ask_ms")),
        "**warm ask p50** / p95 ms": (f"**{serve['ask']['median_ms']}** / {serve['ask']['p95_ms']}" if serve else "–"),
        "ask CPU p50 / p95 ms": (f"{serve['ask_cpu']['median_ms']} / {serve['ask_cpu']['p95_ms']}" if serve else "–"),
        "ask p50 ms: topic / french / list / unknown / topic only": " / ".join(
            str(serve.get("ask_by_kind", {}).get(k, {}).get("median_ms", "–"))
            for k in ("researcher_topic", "french", "list", "unknown", "topic_only")) if serve else "–",
        "**serving peak RSS MB** (server: + its own)": (
            cell(serve.get("peak_rss_mb"), "**{}**") + (f" (+ {entry.get('server_peak_rss_mb')})"
                                                         if store == "server" and serve else "")),
        "disk MB (per 1k papers)": (f"{entry['disk_mb']} ({entry['disk_mb'] / (n / 1000):.1f})"
                                    if entry.get("disk_mb") is not None else "–"),
        "vectors": "reused by topic beyond the bank" if reused else "all embedded",
        "load average during serve (1 min)": cell((serve.get("load_average") or [None])[0]),
    }


def write_report(out: Path) -> Path:
    results = sorted((json.loads(p.read_text(encoding="utf-8")) for p in out.glob("bench-*.json")
                      if p.stem.split("-", 1)[1].isdigit()), key=lambda r: r["size"])
    results = [r for r in results if "embedded" in r]
    m = results[-1]["machine"] if results else {}
    columns = [(r, store) for store in ("embedded", "server") for r in results if r.get(store)]
    lines = ["# Scale benchmark (synthetic pages)", "",
             f"Machine: {m.get('cpu')}, {m.get('logical_cores')} logical cores, {m.get('ram_gb')} GB RAM, "
             f"Python {m.get('python')}; CPU only; run {results[-1].get('date') if results else ''}. "
             "Corpus: `eval/bench/synthetic.py` (seed 0), ~size/25 researchers, English and French pages, HTML "
             "and text. Questions: 200 generated per size (researcher + topic in English and French, lists, "
             "co-authors of a title, unknown researchers, topic only), offline answerer, after 5 warm-up questions.",
             "",
             "| | " + " | ".join(f"{r['size']:,} {'embedded' if s == 'embedded' else 'server'}" for r, s in columns) + " |",
             "|---|" + "---|" * len(columns)]
    table = [rows_for(r, s) for r, s in columns]
    for label in (table[0] if table else {}):
        lines.append(f"| {label} | " + " | ".join(t[label] for t in table) + " |")
    banks = sorted({r["bank"] for r in results if r.get("vectors_reused")})
    reused = ", ".join(f"{r['size']:,}" for r in results if r.get("vectors_reused"))
    lines += ["", "How to read it:", "",
              "- *ingest overhead* = 1 + (ingest time outside the embedder) / (papers / raw embedder rate): "
              "what ingest costs over embedding the same papers with the raw embedder at the rate measured in "
              "the same run (on the first texts of the corpus, count in the JSON). Where every paper was embedded during "
              "ingest it equals ingest time / raw embedding time; rows marked (est.) reused cached vectors.",
              "- The server columns ingest through `chroma run` with the vectors the embedded run cached "
              "(each distinct text is embedded once per bench run); *serving peak RSS* is the app process, "
              "the server's own peak follows in brackets. A server column without ingest figures serves a "
              "copy of the store the embedded build wrote (`chroma run` reads that format as is).",
              *([f"- **{reused} papers: vectors reused.** "
                 f"Papers whose text the bench had not embedded (beyond the {banks[0]:,}-paper bank) got the "
                 "cached vector of an embedded paper on the same synthetic topic, so that the run fits in under 30 "
                 "minutes on 2 cores; questions, evidence sentences and page facts were embedded for real."]
                if banks else []),
              "- Targets (issue 13): warm ask p50 ≤ 20 / 40 / 80 ms at 1k / 10k / 100k; opening the assistant "
              "≤ 0.5 s at any size; serving ≤ 500 MB at 10k; ingest overhead ≤ 1.1×.",
              "", "Reproduce: `make bench` (`.venv/bin/python eval/bench/scale.py --sizes 1000 10000 100000`).", ""]
    notes = out / "bench-notes.md"  # what a run's table cannot say (kept beside the JSON files)
    if notes.exists():
        lines += [notes.read_text(encoding="utf-8").strip(), ""]
    path = out / "bench.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    chart(results, out / "bench.png")
    return path


def chart(results: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if not results:
        return
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.8))
    for store, style in (("embedded", "o-"), ("server", "s--")):
        rows = [r for r in results if (r.get(store) or {}).get("serve")]
        if not rows:
            continue
        sizes = [r["size"] for r in rows]
        serve = [r[store]["serve"] for r in rows]
        axes[0].plot(sizes, [s["ask"]["median_ms"] for s in serve], style, label=f"{store} p50")
        axes[0].plot(sizes, [s["ask"]["p95_ms"] for s in serve], style, alpha=0.4, label=f"{store} p95")
        axes[1].plot(sizes, [s["open_s"] for s in serve], style, label=store)
        axes[2].plot(sizes, [s["peak_rss_mb"] for s in serve], style, label=store)
    targets = {1000: 20, 10000: 40, 100000: 80}
    axes[0].plot(list(targets), list(targets.values()), "k:", label="target p50")
    axes[1].axhline(0.5, color="k", linestyle=":", label="target")
    axes[0].set_yscale("log")
    for ax, title in zip(axes, ("warm ask, ms (log)", "opening the assistant, s", "serving peak RSS, MB")):
        ax.set_xscale("log")
        ax.set_xlabel("papers")
        ax.set_title(title)
        ax.legend(fontsize=7)
        ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--stores", nargs="+", choices=["embedded", "server"], default=["embedded", "server"])
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--bank", type=int, default=10000, help="sizes above this reuse cached vectors by topic")
    parser.add_argument("--server-ingest-up-to", type=int, default=10000,
                        help="larger sizes serve a copy of the embedded store from the server instead of ingesting again")
    parser.add_argument("--sample", type=int, default=SAMPLE, help="texts the raw embedder's rate is measured on")
    parser.add_argument("--work", type=Path, help="corpora, indexes and the vector cache (default: a temp dir)")
    parser.add_argument("--out", type=Path, default=ROOT / "eval" / "reports")
    parser.add_argument("--report-only", action="store_true", help="rewrite bench.md/png from the JSON files")
    parser.add_argument("--step", choices=["build", "first_open", "serve"], help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--chroma-url", help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        if args.step == "build":
            result = build(args.work, args.size, args.seed, args.bank, args.questions, args.chroma_url, args.sample)
        elif args.step == "first_open":
            result = first_open(args.work, args.size, args.chroma_url)
        else:
            result = serve(args.work, args.size, args.seed, args.questions, args.chroma_url)
        args.result.write_text(json.dumps(result))
        return
    if args.report_only:
        print(f"wrote {write_report(args.out)}")
        return
    temporary = args.work is None
    args.work = Path(args.work or tempfile.mkdtemp(prefix="qa-bench-"))
    try:
        for size in sorted(args.sizes):
            result = run_size(args, size)
            serve_row = result["embedded"]["serve"]
            print(f"   {size:,}: ask p50 {serve_row['ask']['median_ms']} ms, open {serve_row['open_s']} s, "
                  f"total {result['total_s']} s", flush=True)
    finally:
        if temporary:
            shutil.rmtree(args.work, ignore_errors=True)
    print(f"wrote {write_report(args.out)}")


if __name__ == "__main__":
    main()
