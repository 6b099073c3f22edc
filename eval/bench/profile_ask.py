"""Warm-ask latency and a cProfile of it, on a synthetic corpus kept between runs.

    python eval/bench/profile_ask.py --size 10000 [--work /tmp/qa-prof] [--profile] [--questions 200]

The corpus and its index are built once under ``--work/<size>`` (``eval/bench/synthetic.py``, seed 0)
and reused, so a change to the query path is measured in seconds: p50/p95 of ``Assistant.ask`` per
question kind, and with ``--profile`` the top functions by cumulative time over all questions.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eval.bench.synthetic import generate, questions  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/qa-prof"))
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--answers", type=Path, help="write each question's answer text and citations (JSON lines)")
    args = parser.parse_args()

    from qa.assistant import Assistant
    from qa.index import PaperIndex
    from qa.settings import Settings

    work = args.work / str(args.size)
    corpus = generate(work / "pages", args.size, 0)
    settings = Settings(data_dir=work / "data").model_copy(update={"openai_api_key": None, "openai_base_url": None})
    if not (work / "built").exists():
        start = time.perf_counter()
        PaperIndex(settings).ingest([work / "pages"])
        (work / "built").write_text(f"{time.perf_counter() - start:.1f}\n")
    start = time.perf_counter()
    assistant = Assistant(settings, build_if_empty=False)
    print(f"open {time.perf_counter() - start:.2f} s")
    asked = questions(corpus, args.questions, 0)
    for q in asked[:5]:
        assistant.ask(q["question"])
    profiler = cProfile.Profile() if args.profile else None
    times, cpu, by_kind, out = [], [], {}, []
    for q in asked:
        if profiler:
            profiler.enable()
        start, start_cpu = time.perf_counter(), time.process_time()
        answer = assistant.ask(q["question"])
        ms = (time.perf_counter() - start) * 1000
        cpu.append((time.process_time() - start_cpu) * 1000)
        if profiler:
            profiler.disable()
        times.append(ms)
        by_kind.setdefault(q["kind"], []).append(ms)
        out.append({"question": q["question"], "refused": answer.refused, "text": answer.text,
                    "cited": [c.key for c in answer.citations]})
    times.sort()
    cpu.sort()
    print(f"ask p50 {statistics.median(times):.1f} ms, p95 {times[int(0.95 * (len(times) - 1))]:.1f} ms; "
          f"CPU p50 {statistics.median(cpu):.1f} ms, p95 {cpu[int(0.95 * (len(cpu) - 1))]:.1f} ms")
    for kind, values in sorted(by_kind.items()):
        print(f"  {kind:18s} p50 {statistics.median(values):7.1f} ms  max {max(values):7.1f} ms  (n={len(values)})")
    if args.answers:
        args.answers.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    if profiler:
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(45)
        print(stream.getvalue())


if __name__ == "__main__":
    main()
