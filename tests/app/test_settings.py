"""Settings: declared once, overridable from the environment and settings.json, documented."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.settings import describe_settings, load_settings
from engine.errors import SettingsError

README = Path(__file__).resolve().parents[2] / "README.md"


def test_environment_overrides_settings_file_which_overrides_defaults(home: Path, monkeypatch: pytest.MonkeyPatch):
    assert load_settings().n_threads is None
    (home / "settings.json").write_text(json.dumps({"n_threads": 3, "max_answer_tokens": 99}))
    assert load_settings().n_threads == 3
    monkeypatch.setenv("LANTERN_N_THREADS", "1")
    s = load_settings()
    assert s.n_threads == 1 and s.max_answer_tokens == 99 and s.home == home


def test_invalid_values_name_the_variable(home: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LANTERN_TEMPERATURE", "hot")
    with pytest.raises(SettingsError, match="LANTERN_TEMPERATURE"):
        load_settings()


def test_a_broken_settings_file_is_named(home: Path):
    (home / "settings.json").write_text("{oops")
    with pytest.raises(SettingsError, match="settings.json"):
        load_settings()


def test_every_setting_is_documented_in_the_readme():
    text = README.read_text(encoding="utf-8")
    missing = [row["env"] for row in describe_settings() if f"`{row['env']}`" not in text]
    assert not missing, f"add these to README's settings table: {missing}"
