"""One settings object, read once from the environment (prefix ``QA_``).

Field descriptions double as CLI help (``qa settings``). The OpenAI variables keep their usual
names (``OPENAI_API_KEY``, ``OPENAI_BASE_URL``) so that any OpenAI-compatible server works as-is.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from qa.embedder import DEFAULT_MODEL, EXPORTED_MODEL, REFERENCE_MODEL

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CALIBRATION = Path(__file__).resolve().parent / "calibration.json"
UNCALIBRATED_THRESHOLD = 0.30  # for an embedding model nobody has calibrated yet


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="QA_", extra="ignore")

    data_dir: Path = Field(
        default=PROJECT_ROOT / ".qa",
        description="Where the embedded Chroma index lives (ignored when chroma_url is set).",
    )
    seeds_dir: Path = Field(
        default=PROJECT_ROOT / "seeds",
        description="Pages indexed when the index is empty (the bundled Mila seed pages).",
    )
    chroma_url: str | None = Field(
        default=None,
        description="http://host:port of a `chroma run` server; unset = embedded PersistentClient.",
    )
    collection: str = Field(default="papers", description="Chroma collection holding one node per paper.")
    embed_model: str = Field(
        default=DEFAULT_MODEL,
        description=f"Embedding model: '{DEFAULT_MODEL}' (all-MiniLM-L6-v2 on ONNX Runtime, no torch), "
        f"'{EXPORTED_MODEL}' (its fp32 weights as ONNX, after `qa export-embedder`), "
        f"'{REFERENCE_MODEL}' (the fp32 weights on sentence-transformers: the [torch] extra), a local "
        "sentence-transformers folder ([torch] extra) or a folder holding model.onnx and tokenizer.json. "
        "The index records it; changing it rebuilds the index.",
    )
    allowed_sites: str = Field(
        default="mila.quebec",
        description="Comma-separated hosts whose pages ingest accepts (subdomains too): a page whose sources.json "
        "URL is elsewhere is skipped. Local pages without a URL are still indexed, marked as such (no URL).",
    )
    max_page_mb: float = Field(default=20.0, gt=0, description="Pages larger than this are skipped by ingest.")
    embed_batch_size: int = Field(default=32, ge=1, description="Texts per embedding batch during ingest.")
    top_k: int = Field(default=5, ge=1, le=50, description="Papers cited at most per answer.")
    candidates: int = Field(default=20, ge=1, description="Candidates each retriever returns before fusion.")
    min_similarity: float | None = Field(
        default=None,
        description="Cosine similarity (question topic vs. paper) under which a paper is not relevant. Unset: "
        "the value calibrated for QA_EMBED_MODEL in qa/calibration.json (eval/calibrate.py), else 0.30.",
    )
    llm_model: str = Field(default="gpt-4o-mini", description="Model name sent to the OpenAI-compatible API.")
    llm_timeout: float = Field(default=30.0, gt=0, description="Seconds before an LLM request times out.")
    llm_retries: int = Field(default=2, ge=0, description="Retries (with backoff) on LLM timeouts, 429 and 5xx.")
    llm_deadline: float = Field(
        default=20.0,
        gt=0,
        description="Seconds one answer may wait for the LLM in all (retries included); past it the offline answer "
        "is returned with a notice.",
    )
    openai_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("OPENAI_API_KEY", "QA_OPENAI_API_KEY"),
        description="Key for the OpenAI-compatible API; with OPENAI_BASE_URL it selects the LLM answerer.",
    )
    openai_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("OPENAI_BASE_URL", "QA_OPENAI_BASE_URL"),
        description="Base URL of an OpenAI-compatible server (vLLM, Ollama, llama.cpp, ...).",
    )
    api_token: SecretStr | None = Field(
        default=None,
        description="When set, every route of `qa serve` but /health requires it: `Authorization: Bearer <token>` "
        "for the API and gradio_client, a login page (session cookie) for the browser.",
    )
    max_body_kb: int = Field(
        default=64,
        ge=1,
        description="Largest request body `qa serve` accepts, in KB; larger ones get 413 before they are read. "
        "The chat UI's own calls, which carry the conversation, may be 16 times larger.",
    )
    host: str = Field(default="127.0.0.1", description="Address `qa serve` binds to.")
    port: int = Field(default=7860, ge=1, le=65535, description="Port `qa serve` listens on.")
    prompts_dir: Path = Field(default=PROJECT_ROOT / "prompts", description="Prompt templates.")

    @property
    def similarity_threshold(self) -> float:
        if self.min_similarity is not None:
            return self.min_similarity
        calibrated = json.loads(CALIBRATION.read_text(encoding="utf-8")) if CALIBRATION.exists() else {}
        return calibrated.get(self.embed_model, {}).get("min_similarity", UNCALIBRATED_THRESHOLD)

    @property
    def use_llm(self) -> bool:
        return self.openai_api_key is not None or bool(self.openai_base_url)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
