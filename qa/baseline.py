"""The baseline the evaluation compares against: the stock llama-index recipe a user builds first.

Every page file is read as one plain ``Document`` (``SimpleDirectoryReader`` on the seeds folder
and any extra page folders, ``.txt`` files only), split by ``SentenceSplitter`` with its defaults,
embedded with the same model as ours into a ``VectorStoreIndex`` on an in-memory Chroma collection
(``embedding_function=None``: Chroma's default embedder downloads a model, it is never used).
A question is answered by retrieval only (no LLM, the ``Settings.llm = None`` setup): the top-k
nodes are the citations and the answer text is their text concatenated. No cleaning (cookie
banners, news and "(see more)" splices stay in), no merging of duplicates, no researcher
handling, and it never refuses.

Scoring its citations needs paper ids, which raw chunks don't have. Each retrieved chunk is mapped
to the catalog papers whose *key* occurs in the chunk text, where both sides are normalised
(case-folded, whitespace collapsed) and a paper's keys are the first ``KEY_CHARS`` (60) characters
of its abstract and its title (when it has one). A chunk may map to several papers (a 1024-token
chunk holds several abstracts); a chunk that contains no paper's key (a banner or cookie chunk, or
the tail of an abstract whose start fell in the previous chunk) counts as one wrong citation.
Ranked order for retrieval metrics: the papers of chunk 1 in order of appearance in its text, then
those of chunk 2 not seen yet, and so on, an unmapped chunk taking one (wrong) position.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

KEY_CHARS = 60


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().casefold()


def paper_keys(papers: Iterable) -> dict[str, list[str]]:
    """paper_id → the normalised strings whose presence in a chunk means the chunk shows that paper."""
    keys: dict[str, list[str]] = {}
    for paper in papers:
        found = []
        if paper.abstract:
            found.append(normalize(paper.abstract)[:KEY_CHARS])
        if paper.title:
            found.append(normalize(paper.title))
        keys[paper.paper_id] = [k for k in found if k]
    return keys


def map_chunk(text: str, keys: dict[str, list[str]]) -> list[str]:
    """The ids of the papers shown in ``text``, in order of first appearance in it."""
    flat = normalize(text)
    positions = []
    for pid, candidates in keys.items():
        where = [flat.find(k) for k in candidates if k in flat]
        if where:
            positions.append((min(where), pid))
    return [pid for _, pid in sorted(positions)]


@dataclass
class BaselineChunk:
    text: str
    score: float | None
    file: str | None
    paper_ids: list[str]


@dataclass
class BaselineAnswer:
    question: str
    text: str
    chunks: list[BaselineChunk]
    refused: bool = False
    answerer: str = "baseline"
    extra: dict = field(default_factory=dict)

    @property
    def cited(self) -> list[str | None]:
        """Cited paper ids; None for each chunk that maps to no paper (a wrong citation)."""
        out: list[str | None] = []
        for chunk in self.chunks:
            if not chunk.paper_ids:
                out.append(None)
            for pid in chunk.paper_ids:
                if pid not in out:
                    out.append(pid)
        return out


class Baseline:
    """``SimpleDirectoryReader`` → ``SentenceSplitter`` → ``VectorStoreIndex`` (Chroma) → top-k retriever."""

    def __init__(self, page_dirs: Iterable[Path], embed_model: str, top_k: int, papers: Iterable) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
        from llama_index.core.node_parser import SentenceSplitter
        from llama_index.vector_stores.chroma import ChromaVectorStore

        from qa.index import load_embedder

        self.top_k = top_k
        self.keys = paper_keys(papers)
        documents = [document for folder in page_dirs
                     for document in SimpleDirectoryReader(input_dir=str(folder), required_exts=[".txt"]).load_data()]
        self.client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        self.collection_name = f"baseline_{uuid.uuid4().hex[:12]}"
        collection = self.client.create_collection(self.collection_name, embedding_function=None)
        index = VectorStoreIndex.from_documents(
            documents,
            storage_context=StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection)),
            embed_model=llama_index_embedding(load_embedder(embed_model)),
            transformations=[SentenceSplitter()],
        )
        self.documents = len(documents)
        self.chunks = collection.count()
        self.retriever = index.as_retriever(similarity_top_k=top_k)

    def ask(self, question: str) -> BaselineAnswer:
        nodes = self.retriever.retrieve(question)
        chunks = [BaselineChunk(text=n.node.get_content(), score=n.score,
                                file=n.node.metadata.get("file_name"),
                                paper_ids=map_chunk(n.node.get_content(), self.keys)) for n in nodes]
        return BaselineAnswer(question, "\n\n".join(c.text for c in chunks), chunks)

    def close(self) -> None:
        try:
            self.client.delete_collection(self.collection_name)
        except Exception:  # noqa: BLE001 - best effort clean-up of an in-memory collection
            pass


def llama_index_embedding(embedder):
    """``embedder`` (``qa.embedder.Embedder``) as the llama-index ``BaseEmbedding`` the stock pipeline takes."""
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from pydantic import PrivateAttr

    class Adapter(BaseEmbedding):
        _embedder: object = PrivateAttr()

        def __init__(self, wrapped) -> None:
            super().__init__(model_name=wrapped.name)
            self._embedder = wrapped

        def _get_query_embedding(self, query: str) -> list[float]:
            return self._embedder.embed_queries([query])[0].tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._embedder.embed_documents([text])[0].tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return self._embedder.embed_documents(list(texts)).tolist()

    return Adapter(embedder)
