"""Bad input, crashes, a second writer and concurrent clients: nothing indexed is ever lost."""

import os
import random
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from qa.index import IngestError, PaperIndex
from qa.settings import Settings
from qa.web import create_app
from tests.conftest import SEEDS
from tests.test_pages import html_of

ABSTRACT = ("We study how curious machines learn to count sheep under uncertainty, and we show that careful "
            "counting improves sleep quality across many nights, farms and weather conditions in our experiments.")


def write_bad_inputs(folder):
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "latin1.txt").write_bytes((
        "Hélène Côté\nAlumni\nPublications\nÉtude des réseaux\nNetworks of café owners in Montréal exchange "
        "recipes through sparse, noisy channels; we model these exchanges as message passing on a dynamic graph and "
        "show that crème brûlée spreads faster than any other dessert.\n2024-05-01\n").encode("latin-1"))
    with open(folder / "huge.txt", "w") as huge:
        line = "Filler text of a runaway page that never ends. " * 20 + "\n"
        for _ in range(50_000_000 // len(line) + 1):
            huge.write(line)
    html = html_of("002_937685ad441e2162.txt")
    (folder / "truncated.html").write_text(html[: int(len(html) * 0.6)])
    (folder / "no-publications.txt").write_text("Mila is hosting a hackathon on November 21.\nRegister now!\n")
    (folder / "german.txt").write_text(
        "Wir verwenden Cookies, um die Nutzung unserer Website zu analysieren.\nMax Mustermann\nEhemalige Mitglieder\n"
        "Publikationen\nÜber das Zählen von Schafen\nWir untersuchen, wie neugierige Maschinen unter Unsicherheit "
        "lernen, Schafe zu zählen, und zeigen, dass sorgfältiges Zählen die Schlafqualität über viele Nächte, Höfe "
        "und Wetterbedingungen hinweg in unseren Experimenten verbessert und dabei robust bleibt.\n")
    (folder / "repeated.txt").write_text("Jo Repeat\nAlumni\nPublications\n" + (ABSTRACT + "\n2023-01-01\n") * 1000)


@pytest.mark.slow
def test_bad_inputs_get_one_line_each_and_good_files_are_ingested(tmp_path, seeds_copy):
    data_dir = tmp_path / "data"
    PaperIndex(Settings(data_dir=data_dir)).ingest([seeds_copy])
    write_bad_inputs(seeds_copy)
    env = {**os.environ, "QA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-m", "qa.cli", "ingest", str(seeds_copy)], capture_output=True,
                            text=True, env=env, timeout=600)
    assert result.returncode == 2, result.stderr
    lines = {m.group(1): m.group(2) for m in re.finditer(r"^(?:skipped|warning) \S+/([^/:]+): (.+)$", result.stderr, re.M)}
    assert lines == {
        "empty.txt": "empty file",
        "binary.txt": "binary file, not a text or HTML page",
        "huge.txt": "50.0 MB is over the 20 MB page limit (QA_MAX_PAGE_MB)",
        "no-publications.txt": "no publications, researcher profile or news item found on the page",
        "german.txt": "page language looks like 'de', not English or French",
    }
    assert "4 skipped" in result.stdout
    papers = PaperIndex(Settings(data_dir=data_dir)).load_papers()
    by_researcher = {}
    for paper in papers:
        for name in paper.researchers:
            by_researcher.setdefault(name, []).append(paper)
    # Seeds intact (the truncated HTML copy of page 002 merged into them), plus one paper each from
    # the Latin-1 page, the German page and the page repeating one abstract 1,000 times.
    assert len(papers) == 20 and len(by_researcher["Razvan Pascanu"]) == 10
    assert [p.title for p in by_researcher["Hélène Côté"]] == ["Étude des réseaux"]
    assert len(by_researcher["Jo Repeat"]) == 1
    # The parser reads English and French page structure; a German page is indexed best-effort
    # (the warning above says why): its name line still says whose page it is.
    assert [p.abstract[:16] for p in by_researcher["Max Mustermann"]] == ["Wir untersuchen,"]


def synthetic_pages(folder, researchers=8, papers_each=50):
    rng = random.Random(7)
    vocabulary = ("graph attention network sparse kernel gradient policy reward token memory transformer recurrent "
                  "latent diffusion contrastive protein molecule robot sampling calibration uncertainty bayesian "
                  "causal agent benchmark scaling pruning quantisation federated privacy vision speech").split()
    for r in range(researchers):
        lines = [f"Researcher Number{chr(65 + r)}", "Alumni", "Publications"]
        for _ in range(papers_each):
            lines.append(" ".join(rng.choice(vocabulary) for _ in range(60)).capitalize() + ".")
        (folder / f"r{r}.txt").write_text("\n".join(lines) + "\n")
    return researchers * papers_each


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_ends_complete_without_duplicates(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    expected = synthetic_pages(pages)
    env = {**os.environ, "QA_DATA_DIR": str(tmp_path / "data"), "HF_HUB_OFFLINE": "1", "QA_EMBED_BATCH_SIZE": "16"}
    ingest = subprocess.Popen([sys.executable, "-m", "qa.cli", "ingest", str(pages)], stderr=subprocess.PIPE,
                              stdout=subprocess.DEVNULL, env=env)
    seen = b""
    while int((re.findall(rb"(\d+)/%d" % expected, seen) or [0])[-1]) < 64:
        chunk = ingest.stderr.read1(4096)
        assert chunk, f"ingest ended before it could be killed: {seen[-500:]!r}"
        seen += chunk
    ingest.send_signal(signal.SIGKILL)
    ingest.wait(timeout=30)
    rerun = subprocess.run([sys.executable, "-m", "qa.cli", "ingest", "--json", str(pages)], capture_output=True,
                           text=True, env=env, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert '"embedded": ' in rerun.stdout and f'"papers": {expected}' in rerun.stdout
    index = PaperIndex(Settings(data_dir=tmp_path / "data"))
    got = index.papers.get(include=["metadatas", "embeddings"])
    assert len(got["ids"]) == len(set(got["ids"])) == expected
    assert all(meta.get("record") and len(vec) == 384 for meta, vec in zip(got["metadatas"], got["embeddings"]))
    embedded_again = int(re.search(r'"embedded": (\d+)', rerun.stdout).group(1))
    assert embedded_again < expected  # the batches written before the kill were kept, not redone
    assert index.ingest([pages]).embedded == 0


def test_a_second_writer_is_refused_clearly(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    index = PaperIndex(settings)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from filelock import FileLock; lock = FileLock(sys.argv[1]); lock.acquire(); "
        "print('locked', flush=True); time.sleep(60)"), str(tmp_path / "data" / "ingest.lock")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(IngestError, match="another process is writing to this index"):
            index.ingest([SEEDS])
    finally:
        holder.kill()
        holder.wait()
    assert index.ingest([SEEDS]).papers == 17  # once the other writer is gone, ingest proceeds


@pytest.mark.slow
def test_twenty_concurrent_clients_500_requests_no_errors(assistant, live_server):
    url = live_server(create_app(assistant))
    questions = ["Petar Veličković's papers on softmax?", "Razvan Pascanu's complete publication list",
                 "Who co-wrote the RAT paper?", "Papers by Yoshua Bengio?"]
    latencies, errors, lock = [], [], threading.Lock()

    def client(worker: int) -> None:
        with httpx.Client(base_url=url, timeout=60) as http:
            for i in range(25):
                start = time.perf_counter()
                reply = http.post("/api/ask", json={"question": questions[(worker + i) % len(questions)]})
                with lock:
                    latencies.append(time.perf_counter() - start)
                    if reply.status_code != 200 or "citations" not in reply.json():
                        errors.append(reply.status_code)

    with ThreadPoolExecutor(20) as pool:
        list(pool.map(client, range(20)))
    assert len(latencies) == 500 and errors == []
    ordered = sorted(latencies)
    print(f"\n500 requests, 20 clients: median {statistics.median(ordered) * 1000:.1f} ms, "
          f"p95 {ordered[474] * 1000:.1f} ms")
