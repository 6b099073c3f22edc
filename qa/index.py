"""Papers → index: one llama-index node per paper in Chroma, plus the parsed page records.

Chroma holds everything (paper nodes with their full records as metadata, and page records keyed
by file), so that a Chroma server (``QA_CHROMA_URL``) can serve several app processes. Ingest is
incremental: pages are fingerprinted by content hash, papers by the hash of their embedded text,
so re-ingesting unchanged pages embeds nothing, and a changed page re-embeds only its papers.
Paper writes come before page records: a killed ingest leaves pages unrecorded, and the next run
redoes exactly that work (paper ids are deterministic, so nothing is duplicated).

No crash loses data. Paper nodes live in one collection per embedding model
(``<collection>_<hash of the model name>``); a small pointer record in ``<collection>_meta``
names the active one. A changed ``QA_EMBED_MODEL`` builds the new collection beside the active
one, under the same writer lock as any ingest, and the pointer moves only once it is complete:
killed midway, the old index is still there and serving, and the next ingest resumes the build.
Opening the index never writes paper nodes, so read-only commands never delete anything.
Beside the embedded store, ``served.json`` says what the last complete ingest left serving (version,
collection, model); an ingest removes it before its first write and writes it after the switch, so a
reader that finds it may trust a library saved for that version (``qa.assistant``) without Chroma.
Per-file problems skip that file (one line each, names escaped); a damaged store, a full disk, a
read-only data directory or a held lock raise ``IndexUnavailable`` with one line saying what to do.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import logging
import os
import re
import shlex
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from typing import TYPE_CHECKING

from filelock import FileLock, Timeout

from qa.embedder import Embedder, EmbedderError
from qa.embedder import load_embedder as load_named_embedder
from qa.pages import Page, fold, parse_page
from qa.papers import Paper, merge_pages
from qa.settings import Settings

if TYPE_CHECKING:  # imported where used: `qa ask` needs neither llama-index's vector store nor tqdm
    from llama_index.core.schema import TextNode
    from llama_index.vector_stores.chroma import ChromaVectorStore

log = logging.getLogger(__name__)
PAGE_SUFFIXES = {".txt", ".html", ".htm"}
PAGES_COLLECTION_SUFFIX = "_pages"
META_COLLECTION_SUFFIX = "_meta"  # holds the pointer record naming the active paper collection
ACTIVE_ID = "active"
READ_PAGE = 5_000  # records per read of a whole collection
SERVED_FILE = "served.json"  # beside the embedded store: what its last complete ingest left serving
PAGE_LANGUAGES = {"en", "fr"}
# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class Served:
    """What an index serves: its version stamp, the active paper collection and the model that built it."""

    version: int
    collection: str
    embed_model: str
    papers: int

    def key(self) -> str:
        return f"v{self.version}-{self.collection}"


def served_file(settings: Settings) -> Path:
    return settings.data_dir / SERVED_FILE


def read_served(settings: Settings) -> Served | None:
    """What the embedded index serves, read from the small file its writer keeps beside the store, so that
    opening needs no Chroma import. None for a Chroma server (other processes write to it), before the
    first ingest, while an ingest is writing (it removes the file first) or after one was killed.
    A damaged store raises ``IndexUnavailable`` as opening it would."""
    if settings.chroma_url:
        return None
    try:
        served = Served(**json.loads(served_file(settings).read_text()))
    except (OSError, ValueError, TypeError):
        return None
    check_store(settings.data_dir / "chroma")  # a damaged store is reported, even when a saved library could answer
    return served


class IngestError(Exception):
    """A page that cannot be ingested; the message names the file and the reason."""


class PageError(IngestError):
    """One file that is skipped: ``reason`` says why, ``str()`` names the file too."""

    def __init__(self, path, reason: str) -> None:
        super().__init__(f"{shown(path)}: {reason}")
        self.reason = reason


class IndexUnavailable(IngestError):
    """The index cannot be opened or written (damaged, read-only, disk full, locked); the message
    is one line naming the place and what to do."""


def shown(text) -> str:
    """``text`` safe to print on one line: names with newlines or control characters are escaped
    (repr-style, quotes included), so a file name can never forge an output line."""
    text = str(text)
    return text if text.isprintable() else repr(text)


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


def load_embedder(model: str) -> Embedder:
    """The embedder ``QA_EMBED_MODEL`` names (``qa.embedder``); never a hub. Problems raise ``IngestError``."""
    try:
        return load_named_embedder(model)
    except EmbedderError as exc:
        raise IngestError(str(exc)) from None


def open_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000,
                                   ssl=url.scheme == "https", settings=chroma_settings)
    check_store(settings.data_dir / "chroma")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.data_dir / "chroma"), settings=chroma_settings)


def forget_open_clients() -> None:
    """Chroma's embedded client caches segments per process: forgotten, the next client opened sees
    what another process wrote since."""
    if "chromadb" in sys.modules:
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()


def damaged(store: Path, what: Path, reason: str) -> IndexUnavailable:
    aside = shlex.quote(str(store) + ".damaged")
    return IndexUnavailable(
        f"{shown(what)}: the index is damaged ({reason}); nothing was changed. Restore {shown(store)} from a backup, "
        f"or move it aside and rebuild it from your pages: mv {shown(shlex.quote(str(store)))} {shown(aside)} "
        "&& qa ingest [PAGE FOLDERS]")


def check_store(store: Path) -> None:
    """Refuse a damaged embedded store rather than let Chroma quietly start an empty one in its place
    (it does so for a zero-length or missing ``chroma.sqlite3``)."""
    if not store.is_dir():
        return
    db = store / "chroma.sqlite3"
    if not db.exists():
        if any(store.iterdir()):
            raise damaged(store, db, "chroma.sqlite3 is missing but the index's other files are there")
        return
    size = db.stat().st_size
    if size == 0:
        raise damaged(store, db, "zero-length file")
    with db.open("rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise damaged(store, db, "not an SQLite database")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    in_header_size_valid = header[24:28] == header[92:96]
    # A hot journal or WAL file means SQLite itself will recover the file when it is opened.
    recovering = any(db.with_name(db.name + suffix).exists() for suffix in ("-journal", "-wal"))
    if in_header_size_valid and pages and not recovering and size < pages * page_size:
        raise damaged(store, db, f"truncated: {size} of {pages * page_size} bytes")


def storage_problem(exc: BaseException, settings: Settings) -> IndexUnavailable | None:
    """One clear line for the ways storage fails (None: not a storage failure)."""
    where = shown(settings.chroma_url or settings.data_dir)
    text = str(exc)
    code = getattr(exc, "errno", None)
    reason = shown(exc.strerror if isinstance(exc, OSError) and exc.strerror else text)
    if code in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text or "No space left" in text \
            or "os error 28" in text:
        return IndexUnavailable(f"{where}: disk full while writing the index ({reason}); what was already indexed "
                                "is kept: free some space and run `qa ingest` again")
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly database" in text \
            or "Read-only file system" in text or "Permission denied" in text:
        return IndexUnavailable(f"{where}: the data directory is not writable ({reason}); Chroma writes even to "
                                "open an index: make it writable, or set QA_DATA_DIR to a writable copy of it")
    if "database is locked" in text:
        return IndexUnavailable(f"{where}: the index is locked by another process ({reason}); wait for it to "
                                "finish (or stop it) and try again")
    if "file is not a database" in text or "malformed" in text:
        store = settings.data_dir / "chroma"
        return damaged(store, store / "chroma.sqlite3", reason)
    return None


def read_page_file(path: Path, max_bytes: int) -> str:
    size = path.stat().st_size
    if size > max_bytes:
        raise PageError(path, f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB page limit (QA_MAX_PAGE_MB)")
    data = path.read_bytes()
    if not data.strip():
        raise PageError(path, "empty file")
    text = decode_page(path, data)
    if not text.strip():
        raise PageError(path, "empty file")
    return text


def decode_page(path: Path, data: bytes) -> str:
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise PageError(path, f"not valid {codec.removesuffix('-sig').upper()} despite its byte-order mark "
                                      f"({exc.reason} at byte {exc.start})") from None
            if "\x00" in text[:8192]:
                raise PageError(path, "binary file, not a text or HTML page")
            return text
    if b"\x00" in data[:8192]:
        raise PageError(path, "binary file, not a text or HTML page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise PageError(path, "not decodable as text") from None
        return str(best)


@dataclass
class Sources:
    """What a folder's ``sources.json`` says: URLs by file name, files whose entry is malformed (those
    pages are skipped: indexing them without their URL would misattribute them), other problems."""

    urls: dict[str, str] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)


@lru_cache(maxsize=1)
def parser_stamp() -> str:
    """A fingerprint of the page parser's code (``qa/pages.py``)."""
    from qa import pages

    return hashlib.sha256(Path(pages.__file__).read_bytes()).hexdigest()[:16]


def allowed_hosts(settings: Settings) -> list[str]:
    """The hosts of ``QA_ALLOWED_SITES``."""
    return [h.strip().lower().strip(".") for h in settings.allowed_sites.split(",") if h.strip()]


def allowed_host(url: str, sites: Iterable[str]) -> bool:
    """Whether ``url`` is on one of ``sites`` (a host or one of its subdomains)."""
    host = (urlparse(url).hostname or "").lower().rstrip(".")
    return any(host == site or host.endswith("." + site) for site in sites)


def read_sources(directory: Path, sites: Iterable[str] | None = None) -> Sources:
    """``sites``: the allowed hosts (``QA_ALLOWED_SITES``); a page whose URL is elsewhere is refused
    (it could speak for any researcher). None: the configured setting."""
    if sites is None:
        from qa.settings import get_settings

        sites = allowed_hosts(get_settings())
    sites = list(sites)
    path = directory / "sources.json"
    sources = Sources()
    try:
        if not path.exists():
            return sources
        pages = json.loads(path.read_bytes().decode("utf-8-sig"))["pages"]
        if not isinstance(pages, list):
            raise TypeError("'pages' is not a list")
    except OSError as exc:
        sources.problems.append((shown(path), f"unreadable ({exc.strerror or exc}); the pages beside it are "
                                              "indexed without URLs"))
        return sources
    except (ValueError, KeyError, TypeError) as exc:
        sources.problems.append((shown(path), f"invalid sources.json ({shown(exc)}); the pages beside it are "
                                              "indexed without URLs"))
        return sources
    for number, entry in enumerate(pages):
        file = entry.get("file") if isinstance(entry, dict) else None
        if not isinstance(file, str) or not file:
            sources.problems.append((shown(path), f"entry {number}: no usable 'file' name; entry ignored"))
            continue
        url = entry.get("url")
        if not isinstance(url, str) or urlparse(url).scheme not in {"http", "https"} or not urlparse(url).netloc:
            sources.refused[file] = f"its sources.json entry ({number}) has no http(s) URL: {shown(url)}"
            continue
        if not allowed_host(url, sites):
            sources.refused[file] = (f"its URL {shown(url)} is not on an allowed site ({', '.join(sites) or 'none'}; "
                                     "QA_ALLOWED_SITES)")
            continue
        sources.urls[file] = url
    return sources


def source_urls(directory: Path, sites: Iterable[str] | None = None) -> dict[str, str]:
    """File name → URL from a ``sources.json`` beside the pages, if there is one (strict: any problem raises)."""
    sources = read_sources(directory, sites)
    for file, reason in [*sources.problems, *sources.refused.items()]:
        raise IngestError(f"{shown(directory / 'sources.json')}: invalid sources.json ({file}: {reason})")
    return sources.urls


def page_files(paths: Iterable[Path], problems: list[tuple[str, str]] | None = None) -> list[Path]:
    """The page files under ``paths``. Unreadable folders are listed in ``problems`` (raised without it)."""
    files: list[Path] = []

    def unreadable(exc: OSError) -> None:
        if problems is None:
            raise exc
        problems.append((shown(exc.filename or "?"), f"folder not readable ({exc.strerror or exc})"))

    for path in paths:
        if path.is_dir():
            found = []
            for root, _, names in os.walk(path, onerror=unreadable):
                found.extend(Path(root) / name for name in names if Path(name).suffix.lower() in PAGE_SUFFIXES)
            files.extend(sorted(p for p in found if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise IngestError(f"{shown(path)}: no such file or directory")
    return files


def collection_model(collection) -> str | None:
    """The name of the embedder that built ``collection`` (``Embedder.name``)."""
    return (collection.metadata or {}).get("embed_model")


def collection_dimension(collection) -> int | None:
    """The size of ``collection``'s vectors, as recorded when it was created (None before it was recorded)."""
    value = (collection.metadata or {}).get("embed_dimension")
    return int(value) if value else None


class PaperIndex:
    """The Chroma-backed store of paper nodes and page records.

    ``papers`` is the collection being served. ``model_changed`` is true while the configured
    ``QA_EMBED_MODEL`` differs from the model of that collection: until an ingest has built the
    new collection, the old one keeps serving, and ``settings.embed_model`` names *its* model (the
    one questions must be embedded with to search it); ``count()`` is then 0, the number of papers
    searchable with the configured model.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.configured = settings
        try:
            self.client = open_client(settings)
            self.pages = self.client.get_or_create_collection(
                settings.collection + PAGES_COLLECTION_SUFFIX, embedding_function=None)
            self.meta = self.client.get_or_create_collection(
                settings.collection + META_COLLECTION_SUFFIX, embedding_function=None)
            self._open_papers()
        except IngestError:
            raise
        except Exception as exc:
            problem = storage_problem(exc, settings)
            if problem is None:
                raise
            raise problem from exc

    def collection_for(self, model: str) -> str:
        return f"{self.configured.collection}_{hashlib.sha256(model.encode()).hexdigest()[:12]}"

    def _open_papers(self) -> None:
        """Find the active paper collection from the pointer record; decide what to serve."""
        wanted = self.configured.embed_model
        self.settings = self.configured
        got = self.meta.get(ids=[ACTIVE_ID], include=["metadatas"])
        self._pointer = got["metadatas"][0]["collection"] if got["ids"] else None
        # Without a pointer, an index from before pointers lives under the plain collection name.
        active = self._collection(self._pointer or self.configured.collection)
        if active is None and self._pointer:
            log.warning("the active paper collection %r is missing; the next ingest rebuilds the paper index from "
                        "the stored page records", self._pointer)
        self._active = active.name if active is not None else None
        self.model_changed = False
        if active is not None and collection_model(active) == wanted:
            self.papers = active
        elif active is not None and collection_model(active) and active.count():
            # Keep serving the complete index built with the old model; an ingest builds the new one.
            self.papers = active
            self.model_changed = True
            self.settings = self.configured.model_copy(update={"embed_model": collection_model(active)})
            log.info("QA_EMBED_MODEL is %r but the index was built with %r: serving it until `qa ingest` rebuilds",
                     wanted, collection_model(active))
        else:  # no index yet: the first ingest fills this model's collection directly
            self.papers = self._target()

    def _collection(self, name: str):
        from chromadb.errors import NotFoundError

        try:
            return self.client.get_collection(name, embedding_function=None)
        except (NotFoundError, ValueError):
            return None

    def _target(self):
        """The collection for the configured model (created if needed), recording which embedder fills it."""
        name = self.collection_for(self.configured.embed_model)
        existing = self._collection(name)
        if existing is not None:
            return existing
        embedder = load_embedder(self.configured.embed_model)
        return self.client.get_or_create_collection(
            name,
            embedding_function=None,
            metadata={"hnsw:space": "cosine", "embed_model": embedder.name, "embed_dimension": embedder.dimension},
        )

    @property
    def vector_store(self) -> ChromaVectorStore:
        from llama_index.vector_stores.chroma import ChromaVectorStore

        return ChromaVectorStore(chroma_collection=self.papers)

    def count(self) -> int:
        """Papers searchable with the configured embedding model (0 while a rebuild for it is pending)."""
        return 0 if self.model_changed else self.papers.count()

    def stale_notice(self) -> str:
        return (f"QA_EMBED_MODEL is {shown(self.configured.embed_model)} but the index in {shown(self.location)} was "
                f"built with {shown(self.settings.embed_model)}; answering from that index. Run `qa ingest` to "
                "rebuild it for the new model (the current index stays in use until the new one is complete).")

    @property
    def location(self) -> str:
        return self.configured.chroma_url or str(self.configured.data_dir / "chroma")

    def stored_pages(self) -> dict[str, tuple[str, Page]]:
        got = self._read_all(self.pages, ["metadatas", "documents"])
        return {
            pid: (meta["sha256"], Page.from_dict(json.loads(doc)))
            for pid, meta, doc in zip(got["ids"], got["metadatas"], got["documents"])
        }

    def load_papers(self) -> list[Paper]:
        got = self._read_all(self.papers, ["metadatas"])
        return [Paper.from_dict(json.loads(meta["record"])) for meta in got["metadatas"]]

    def ingest(self, paths: Iterable[Path], progress: bool = False) -> IngestReport:
        """Index the pages under ``paths``; one writer at a time per data directory.

        Storage failures (disk full, read-only, locked, damaged) raise ``IndexUnavailable``."""
        try:
            if self.configured.chroma_url:  # the server serialises writes itself
                return self._ingest(paths, progress)
            lock = FileLock(self.configured.data_dir / "ingest.lock")
            try:
                lock.acquire(timeout=0)
            except Timeout:
                raise IndexUnavailable(
                    f"{shown(self.configured.data_dir)}: another process is writing to this index; Chroma's embedded "
                    "client is for one process (wait for it, or run a Chroma server and set QA_CHROMA_URL)") from None
            try:
                return self._ingest(paths, progress)
            finally:
                lock.release()
        except IngestError:
            raise
        except Exception as exc:
            problem = storage_problem(exc, self.configured)
            if problem is None:
                raise
            raise problem from exc

    def _ingest(self, paths: Iterable[Path], progress: bool) -> IngestReport:
        self._open_papers()  # under the lock: another writer may have switched since this index was opened
        report = IngestReport(rebuilt_for_model=self.model_changed)
        stored = self.stored_pages()
        fresh: dict[str, tuple[str, Page]] = {}
        sources: dict[Path, Sources] = {}
        files = page_files(paths, report.skipped)
        report.files = len(files)
        for path in files:
            try:
                resolved = path.resolve()
                key = str(resolved)
                if resolved.parent not in sources:
                    sources[resolved.parent] = read_sources(resolved.parent, allowed_hosts(self.configured))
                    report.skipped.extend(sources[resolved.parent].problems)
                folder = sources[resolved.parent]
                if path.name in folder.refused:
                    raise PageError(path, folder.refused[path.name])
                url = folder.urls.get(path.name)
                text = read_page_file(path, int(self.configured.max_page_mb * 1e6))
                # The URL is part of the fingerprint: a corrected sources.json re-reads the page; so is
                # the parser's own code: an upgraded parser re-reads every page once.
                digest = hashlib.sha256(f"{parser_stamp()}\n{url or ''}\n{text}".encode()).hexdigest()
                if key in stored and stored[key][0] == digest:
                    report.pages_unchanged += 1
                    continue
                try:
                    page = parse_page(text, url=url, source=path.name)
                except Exception as exc:  # a parser failure on one page must not stop the others
                    raise PageError(path, f"could not be parsed ({type(exc).__name__}: {shown(exc)})") from exc
                if not page.publications and not page.has_profile and not page.is_news:
                    # A profile page without publications, or a news item, still answers questions
                    # about the people it names.
                    raise PageError(path, "no publications, researcher profile or news item found on the page")
                if page.lang not in PAGE_LANGUAGES:
                    report.warnings.append((shown(path), f"page language looks like {page.lang!r}, not English or French"))
            except PageError as exc:
                report.skipped.append((shown(path), exc.reason))
                log.info("skipped %s", exc)
                continue
            except (OSError, RuntimeError) as exc:  # unreadable file, vanished file, symlink loop
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                report.skipped.append((shown(path), shown(reason)))
                log.info("skipped %s: %s", shown(path), reason)
                continue
            fresh[key] = (digest, page)
            report.pages_new_or_changed += 1
        if not fresh and not self.model_changed and self.count():
            report.papers = self.count()
            self._activate(self.papers)  # an earlier run may have been killed just before this
            return report
        pages = {**stored, **fresh}
        papers = merge_pages([page for _, page in pages.values()])
        report.papers = len(papers)
        served_file(self.configured).unlink(missing_ok=True)  # readers go to the store until this ingest is done
        target = self._target()
        if self.model_changed:
            log.warning("building the paper index for embedding model %s beside the current one (built with %s), "
                        "which stays in use until the new one is complete", shown(self.configured.embed_model),
                        shown(self.settings.embed_model))
        self._write_papers(target, papers, report, progress)
        records = list(fresh.items())
        for chunk in self._batches(records):
            self.pages.upsert(
                ids=[key for key, _ in chunk],
                documents=[json.dumps(page.to_dict(), ensure_ascii=False) for _, (_, page) in chunk],
                metadatas=[{"sha256": digest, "source": page.source or ""} for _, (digest, page) in chunk],
                embeddings=[[0.0] for _ in chunk],  # page records are looked up by id, never by vector
            )
        self._activate(target, wrote=True)
        return report

    def version(self) -> int:
        """The index version stamp: a counter every ingest that changed something raises (0 before any).

        One small read of the pointer record, which another process's ingest writes last: a running
        server compares it to the version it loaded to notice that the index changed under it."""
        got = self.meta.get(ids=[ACTIVE_ID], include=["metadatas"])
        return int((got["metadatas"][0] or {}).get("version", 0)) if got["ids"] else 0

    def _activate(self, target, wrote: bool = False) -> None:
        """Point the index at ``target`` (complete: every paper is in it), then drop what it replaces."""
        if self._pointer != target.name or wrote:
            # The version stamp moves with the pointer, in the same record, after every paper write.
            self.meta.upsert(ids=[ACTIVE_ID], embeddings=[[0.0]],
                             metadatas=[{"collection": target.name, "embed_model": collection_model(target) or "",
                                         "embed_dimension": collection_dimension(target) or 0,
                                         "version": self.version() + 1, "written": time.time()}])
            self._pointer = target.name
        replaced = {self._active} - {None, target.name}
        if not self.configured.chroma_url:
            # Under the writer lock no other build is running: abandoned builds for other models go too.
            own = re.compile(re.escape(self.configured.collection) + r"_[0-9a-f]{12}")
            replaced |= {c.name for c in self.client.list_collections() if own.fullmatch(c.name)} - {target.name}
        self._active = target.name
        self.papers = target
        self.settings = self.configured
        self.model_changed = False
        self._write_served()
        for name in sorted(replaced):
            try:
                self.client.delete_collection(name)
                log.info("removed the replaced paper collection %s", name)
            except Exception as exc:  # the switch is done; a leftover collection only costs disk space
                log.warning("could not remove the replaced paper collection %s: %s", name, exc)

    def served(self) -> Served:
        """What this index serves, read from the store."""
        return Served(self.version(), self._active or "", self.settings.embed_model, self.count())

    def _write_served(self) -> None:
        """Record what is served beside the embedded store (written aside, then renamed into place)."""
        if self.configured.chroma_url:
            return
        path = served_file(self.configured)
        aside = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        aside.write_text(json.dumps(asdict(self.served())))
        os.replace(aside, path)

    def _write_papers(self, target, papers: list[Paper], report: IngestReport, progress: bool) -> None:
        existing = self._read_all(target, ["metadatas"])
        current = {pid: meta for pid, meta in zip(existing["ids"], existing["metadatas"])}
        to_embed = [p for p in papers if current.get(p.paper_id, {}).get("content_hash") != p.content_hash]
        embedding = {p.paper_id for p in to_embed}
        to_update = [p for p in papers if p.paper_id in current and p.paper_id not in embedding
                     and current[p.paper_id].get("record_hash") != record_hash(p)]
        stale = set(current) - {p.paper_id for p in papers}
        for chunk in self._batches(sorted(stale)):
            target.delete(ids=chunk)
        report.removed = len(stale)
        for chunk in self._batches(to_update):
            nodes = [paper_node(p) for p in chunk]
            target.update(ids=[n.node_id for n in nodes], metadatas=[chroma_metadata(n) for n in nodes])
        report.metadata_updated = len(to_update)
        if not to_embed:
            return
        from llama_index.vector_stores.chroma import ChromaVectorStore

        embedder = load_embedder(self.configured.embed_model)  # batches use every core (Embedder.embed_documents)
        store = ChromaVectorStore(chroma_collection=target)
        self._embed_and_add(to_embed, current, embedder, store, progress)
        report.embedded = len(to_embed)

    def _read_all(self, collection, include: list[str]) -> dict:
        """Every record of a collection, read a page at a time: one read of 100k records overflows
        SQLite's limit on variables in Chroma's query."""
        size = max(1, min(READ_PAGE, self.client.get_max_batch_size()))
        got: dict = {"ids": [], **{field: [] for field in include}}
        while True:
            page = collection.get(include=include, limit=size, offset=len(got["ids"]))
            for key in got:
                got[key] += page[key] or []
            if len(page["ids"]) < size:
                return got

    def _batches(self, items: list) -> Iterator[list]:
        """``items`` in runs no longer than one Chroma call takes (5,461 in chromadb 1.5)."""
        size = max(1, self.client.get_max_batch_size())
        return (items[start:start + size] for start in range(0, len(items), size))

    def _embed_and_add(self, to_embed: list[Paper], current: dict, embedder: Embedder, store, progress: bool) -> None:
        from tqdm import tqdm

        batch = self.configured.embed_batch_size
        with tqdm(total=len(to_embed), desc="Embedding papers", unit="paper", disable=not progress) as bar:
            for start in range(0, len(to_embed), batch):
                nodes = [paper_node(p) for p in to_embed[start:start + batch]]
                vectors = embedder.embed_documents([n.text for n in nodes])
                for node, vector in zip(nodes, vectors):
                    node.embedding = vector.tolist()
                replaced = [n.node_id for n in nodes if n.node_id in current]
                if replaced:
                    store.delete_nodes(node_ids=replaced)
                store.add(nodes)
                bar.update(len(nodes))


def record_hash(paper: Paper) -> str:
    return hashlib.sha256(json.dumps(paper.to_dict(), sort_keys=True).encode()).hexdigest()[:16]


def paper_node(paper: Paper) -> TextNode:
    from llama_index.core.schema import TextNode

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
