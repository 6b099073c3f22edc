"""Warm latency of POST /api/ask over real HTTP, side by side with direct Assistant.ask calls.

Usage: python eval/bench/api.py [--requests 100] [--clients 20] [--load 500] [--out eval/reports]
Writes bench-api.json. Both sides answer the same questions in the same process and run, so
the ratio holds on a noisy machine even when absolute numbers move. Then a load run: CLIENTS
concurrent clients send LOAD requests in all; errors, throughput and latency are recorded.
"""

from __future__ import annotations

import argparse
import json
import platform
import socket
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import uvicorn

from qa import Assistant
from qa.settings import Settings
from qa.web import create_app

QUESTIONS = [
    "Petar Veličković's papers on softmax?",
    "Who co-wrote the RAT paper?",
    "Razvan Pascanu's complete publication list",
    "Petar Veličković's papers on protein folding?",
    "Qu'a publié Petar Veličković sur le softmax ?",
]


def percentiles(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"median_ms": round(statistics.median(ordered), 2), "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2)}


def load_run(url: str, clients: int, total: int) -> dict:
    """``clients`` threads, each with its own connection, share ``total`` POST /api/ask requests."""
    latencies, errors, lock = [], [], threading.Lock()

    def client(worker: int) -> None:
        with httpx.Client(base_url=url, timeout=60) as http:
            for i in range(worker, total, clients):
                start = time.perf_counter()
                try:
                    reply = http.post("/api/ask", json={"question": QUESTIONS[i % len(QUESTIONS)]})
                    ok = reply.status_code == 200 and "citations" in reply.json()
                except httpx.HTTPError:
                    ok = False
                with lock:
                    latencies.append((time.perf_counter() - start) * 1000)
                    if not ok:
                        errors.append(i)

    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    wall = time.perf_counter() - start
    return {"clients": clients, "requests": len(latencies), "errors": len(errors),
            "requests_per_s": round(len(latencies) / wall, 1), **percentiles(latencies)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--load", type=int, default=500, help="requests in all during the load run")
    parser.add_argument("--out", type=Path, default=Path("eval/reports"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        assistant = Assistant(Settings(data_dir=Path(data_dir)))
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(assistant), host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        direct, http = [], []
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for q in QUESTIONS:  # warm both paths
                assistant.ask(q)
                client.post("/api/ask", json={"question": q}).raise_for_status()
            for i in range(args.requests):
                q = QUESTIONS[i % len(QUESTIONS)]
                start = time.perf_counter()
                assistant.ask(q)
                direct.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                client.post("/api/ask", json={"question": q}).raise_for_status()
                http.append((time.perf_counter() - start) * 1000)
        load = load_run(f"http://127.0.0.1:{port}", args.clients, args.load)
        server.should_exit = True
    result = {
        "requests": args.requests, "direct": percentiles(direct), "http": percentiles(http),
        "http_over_direct_median": round(statistics.median(http) / statistics.median(direct), 2),
        "load": load,
        "machine": {"cpu": platform.processor() or platform.machine(), "cores": __import__("os").cpu_count()},
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench-api.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
