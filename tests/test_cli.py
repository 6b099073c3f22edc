import json
import os
import subprocess
import sys

from tests.conftest import SEEDS


def qa(*args, data_dir):
    env = {**os.environ, "QA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "qa.cli", *args], capture_output=True, text=True, env=env, timeout=300)


def test_ask_json_prints_the_answer_dict(seed_index_dir):
    result = qa("ask", "--json", "Anything by Veličković on how sharp softmax can be?", data_dir=seed_index_dir)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["citations"][0]["title"] == "Softmax is not Enough (for Sharp Size Generalisation)"


def test_ask_readable_shows_references(seed_index_dir):
    result = qa("ask", "Who wrote RAT with Pascanu?", data_dir=seed_index_dir)
    assert result.returncode == 0 and "References\n[1] RAT:" in result.stdout
    assert "Loading weights" not in result.stderr and "%|" not in result.stderr  # no progress bars


def test_ingest_reports_and_errors_in_one_line(tmp_path):
    first = qa("ingest", "--json", str(SEEDS), data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["papers"] == 17
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
