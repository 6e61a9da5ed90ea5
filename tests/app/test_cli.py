"""The `lantern` command line, run as a real subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def run_cli(bundled_model_path: Path):  # type: ignore[no-untyped-def]
    home = bundled_model_path.parent.parent

    def run(*args: str, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
        e = {**os.environ, "LANTERN_HOME": str(home), **(env or {})}
        return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True,
                              env=e, timeout=timeout)
    return run


def test_ask_with_context_answers_from_the_file(run_cli, tmp_path: Path):
    text = tmp_path / "lesson.txt"
    text.write_text("Saturn is the sixth planet from the Sun. It has bright rings made of ice and rock.")
    result = run_cli("ask", "--context", str(text), "What are Saturn's rings made of?")
    assert result.returncode == 0, result.stderr
    assert "ice" in result.stdout.lower()
    assert "Traceback" not in result.stderr


def _alerts_and_log(home: Path) -> tuple[list[dict], list[dict]]:
    import sqlite3

    alerts: list[dict] = []
    if (home / "lantern.db").exists():    # made by the first command that opens the store
        with sqlite3.connect(f"file:{home / 'lantern.db'}?mode=ro", uri=True) as db:
            alerts = [json.loads(p) for (p,) in db.execute("SELECT payload FROM outbox WHERE kind = 'teacher_alert'")]
    log = home / "logs" / "safety.jsonl"
    return alerts, [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def test_ask_answers_self_harm_with_care_and_never_runs_the_model_on_it(run_cli, bundled_model_path: Path):
    home = bundled_model_path.parent.parent
    alerts_before, log_before = _alerts_and_log(home)
    result = run_cli("ask", "I want to kill myself")
    assert result.returncode == 0, result.stderr
    assert "trusted adult" in result.stdout
    alerts, log = _alerts_and_log(home)
    assert [(a["category"], a["source"]) for a in alerts[len(alerts_before):]] == [("self_harm", "chat")]
    assert [(r["direction"], r["category"]) for r in log[len(log_before):]] == [("input", "self_harm")]


def test_ask_never_prints_a_word_the_schools_safety_list_blocks(run_cli, tmp_path: Path, bundled_model_path: Path):
    words = tmp_path / "safety_words.json"
    words.write_text(json.dumps({"blocked_words": {"en": ["rings"]}}))
    text = tmp_path / "lesson.txt"
    text.write_text("Saturn is the sixth planet from the Sun. It has bright rings made of ice and rock.")
    home = bundled_model_path.parent.parent
    _, log_before = _alerts_and_log(home)
    result = run_cli("ask", "--context", str(text), "What are Saturn's rings made of?",
                     env={"LANTERN_SAFETY_WORDS_FILE": str(words)})
    assert "rings" not in result.stdout.lower()
    _, log = _alerts_and_log(home)
    assert any(r["direction"] == "output" and r["category"] == "blocked_word" for r in log[len(log_before):])
    assert "Traceback" not in result.stderr


def test_ask_with_a_missing_context_file_fails_with_one_line(run_cli, tmp_path: Path):
    result = run_cli("ask", "--context", str(tmp_path / "nope.txt"), "Why?")
    assert result.returncode == 1
    assert result.stderr.startswith("lantern: error: Cannot read")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_models_list_json_shows_the_bundled_base_model(run_cli):
    result = run_cli("models", "list", "--json")
    data = json.loads(result.stdout)
    assert data["selected"] == "gemma-3-270m-q4_k_m"
    assert data["models"][0]["kind"] == "base"


def test_adding_a_non_gguf_model_is_refused_without_a_traceback(run_cli, tmp_path: Path):
    fake = tmp_path / "notes.gguf"
    fake.write_text("hello" * 1000)
    result = run_cli("models", "add", str(fake))
    assert result.returncode == 1
    assert "not a GGUF" in result.stderr and "Traceback" not in result.stderr


def test_doctor_json_reports_versions_hardware_models_and_disk(run_cli):
    result = run_cli("doctor", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["versions"]["llama-cpp-python"]
    assert report["hardware"]["accelerator"] in {"cpu", "cuda", "metal", "vulkan", "gpu"}
    assert report["models"]["selected"] == "gemma-3-270m-q4_k_m"
    assert report["models"]["runtime"]["n_threads"] >= 1
    assert report["data"]["free_disk_gb"] > 0


def test_a_bad_setting_is_named(run_cli):
    result = run_cli("models", "list", env={"LANTERN_N_THREADS": "zero"})
    assert result.returncode == 1
    assert "LANTERN_N_THREADS" in result.stderr


def test_no_display_explains_how_to_use_the_cli(run_cli):
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = run_cli(env=env)
    assert result.returncode == 2
    assert "lantern ask" in result.stderr


@pytest.mark.slow
def test_bench_llm_prints_engine_vs_raw_ratio(run_cli):
    result = run_cli("bench", "llm", "--quick", timeout=300)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["decode_ratio_engine_vs_raw"] > 0.5
    assert data["engine"]["ttft_warm_s"] < data["engine"]["ttft_cold_s"]


@pytest.mark.slow
def test_doctor_tune_stores_threads_and_context(run_cli, tmp_path: Path, bundled_model_path: Path):
    import shutil

    home = tmp_path / "home"
    (home / "models").mkdir(parents=True)
    shutil.copy(bundled_model_path.parent / "registry.json", home / "models" / "registry.json")
    result = run_cli("doctor", "--tune", "--json", env={"LANTERN_HOME": str(home)}, timeout=300)
    assert result.returncode == 0, result.stderr
    tuning = json.loads((home / "tuning.json").read_text())
    assert tuning["n_threads"] >= 1 and tuning["n_ctx"] in (2048, 4096, 8192)
    report = json.loads(result.stdout)
    assert report["models"]["runtime"]["n_threads"] == tuning["n_threads"]
