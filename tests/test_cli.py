import json
import os
import subprocess
import sys

from tests.conftest import SEEDS


def qa(*args, data_dir):
    env = {**os.environ, "QA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "qa.cli", *args], capture_output=True, text=True, env=env, timeout=300)


def test_ask_json_prints_the_answer_dict(seed_index_dir):
    result = qa("ask", "--json", "What has Petar Veličković published on softmax?", data_dir=seed_index_dir)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["citations"][0]["title"] == "Softmax is not Enough (for Sharp Size Generalisation)"


def test_ask_readable_shows_references(seed_index_dir):
    result = qa("ask", "Who are the co-authors of the RAT paper?", data_dir=seed_index_dir)
    assert result.returncode == 0 and "References\n[1] RAT:" in result.stdout


def test_ingest_reports_and_errors_in_one_line(tmp_path):
    first = qa("ingest", "--json", str(SEEDS), data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["papers"] == 17
    missing = qa("ingest", str(tmp_path / "nowhere"), data_dir=tmp_path)
    assert missing.returncode == 1 and missing.stderr.strip().count("\n") == 0 and "nowhere" in missing.stderr
