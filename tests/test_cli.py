import json
import os
import subprocess
import sys

from tests.conftest import SEEDS
from tests.seeds import seed_line


def qa(*args, data_dir):
    env = {**os.environ, "QA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "qa.cli", *args], capture_output=True, text=True, env=env, timeout=300)


def test_ask_json_prints_the_answer_dict(seed_index_dir):
    result = qa("ask", "--json", "Anything by Veličković on how sharp softmax can be?", data_dir=seed_index_dir)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["citations"][0]["title"] == seed_line("Softmax is not Enough")


def test_ask_readable_shows_references(seed_index_dir):
    result = qa("ask", "Who wrote RAT with Pascanu?", data_dir=seed_index_dir)
    assert result.returncode == 0 and "References\n[1] RAT:" in result.stdout
    assert "Loading weights" not in result.stderr and "%|" not in result.stderr  # no progress bars


def test_ingest_reports_and_errors_in_one_line(tmp_path):
    first = qa("ingest", "--json", str(SEEDS), data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["papers"] == 17
    assert len(list((tmp_path / "library").glob("*.library"))) == 1  # saved for the next command to open
    missing = qa("ingest", str(tmp_path / "nowhere"), data_dir=tmp_path)
    assert missing.returncode == 1 and missing.stderr.strip().count("\n") == 0 and "nowhere" in missing.stderr


def test_version_and_settings_by_their_environment_variables(tmp_path):
    version = qa("--version", data_dir=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("qa, version ")
    env = {**os.environ, "QA_DATA_DIR": str(tmp_path), "OPENAI_BASE_URL": "http://alice:hunter2@127.0.0.1:9/v1"}
    shown = subprocess.run([sys.executable, "-m", "qa.cli", "settings"], capture_output=True, text=True, env=env,
                           timeout=120).stdout
    assert "QA_TOP_K = 5" in shown and "OPENAI_BASE_URL = " in shown and "top_k =" not in shown
    assert "hunter2" not in shown


def test_ingest_without_pages_says_what_it_skipped_and_exits_2(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = qa("ingest", str(empty), data_dir=tmp_path / "data")
    assert result.returncode == 2 and "no pages to ingest" in result.stderr and "nothing there" in result.stderr
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    (pdfs / "paper.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (pdfs / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = qa("ingest", str(pdfs), data_dir=tmp_path / "data")
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"skipped {pdfs / 'paper.pdf'}: a PDF: qa reads pages saved as .txt or .html, not PDFs"
    assert lines[1].startswith(f"skipped {pdfs / 'scan.png'}: unsupported file type '.png'")
    assert "no pages to ingest" in lines[2] and "2 file(s) skipped" in lines[2]
    named = qa("ingest", str(pdfs / "paper.pdf"), data_dir=tmp_path / "data")  # named on its own: same
    assert named.returncode == 2 and "a PDF" in named.stderr
    assert not (tmp_path / "data" / "chroma").exists()  # nothing was indexed


def test_ingest_skips_a_pdf_beside_pages_and_exits_2(tmp_path, seeds_copy):
    (seeds_copy / "slides.pdf").write_bytes(b"%PDF-1.7\n")
    result = qa("ingest", "--json", str(seeds_copy), data_dir=tmp_path / "data")
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert report["papers"] == 17 and report["skipped"][0]["file"].endswith("slides.pdf")


def test_serve_on_a_port_in_use_fails_before_the_banner(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = qa("serve", "--host", "127.0.0.1", "--port", str(port), data_dir=tmp_path)
    assert result.returncode == 1 and result.stdout == ""  # no "Mila Scholar QA on http://…" banner
    assert result.stderr.strip().count("\n") == 0 and f"127.0.0.1:{port}" in result.stderr and "in use" in result.stderr


def test_ask_bib_prints_only_the_cited_papers_bibtex(seed_index_dir):
    import bibtexparser

    result = qa("ask", "--bib", "Anything by Veličković on how sharp softmax can be?", data_dir=seed_index_dir)
    assert result.returncode == 0, result.stderr
    library = bibtexparser.parse_string(result.stdout)
    assert [e.key for e in library.entries] == ["perivolaropoulos2025softmax"] and not library.failed_blocks
    assert not library.comments  # nothing but the entry: `>> refs.bib` is safe
    assert "Softmax is not Enough" in result.stderr  # the answer is still shown, on stderr


def test_ask_without_a_question_is_a_conversation(seed_index_dir):
    env = {**os.environ, "QA_DATA_DIR": str(seed_index_dir), "HF_HUB_OFFLINE": "1"}
    questions = "Petar Veličković's papers on softmax?\nname its co-authors\n\nexit\nnever asked\n"
    result = subprocess.run([sys.executable, "-m", "qa.cli", "ask", "--json"], input=questions, capture_output=True,
                            text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    first, follow_up = [json.loads(line) for line in result.stdout.splitlines()]  # "exit" ended it
    assert [c["title"] for c in first["citations"]] == [seed_line("Softmax is not Enough")]
    # "its" is the paper of the previous answer, not every paper of the researcher
    assert [c["title"] for c in follow_up["citations"]] == [first["citations"][0]["title"]]
    assert "Federico Barbero" in follow_up["text"] and "Clare Lyle" not in follow_up["text"]


def test_serve_without_the_web_extra_is_one_line_naming_the_extra():
    import subprocess
    import sys

    # A lean install lacks gradio: None in sys.modules makes its import fail as a missing package would.
    code = "import sys; sys.modules['gradio'] = None; from qa.cli import main; main(['serve', '--port', '0'])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "Error: qa serve needs the web extra (gradio is not installed): pip install 'mila-scholar-qa[web]'"]
