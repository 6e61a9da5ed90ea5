"""Device token storage (keyring, or a deliberate 0600 file) and the retry schedule."""
from __future__ import annotations

import random
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from engine.errors import SyncError
from engine.sync import TokenStore, backoff_delay


class MemoryKeyring(KeyringBackend):
    """A working OS-keyring stand-in with the real keyring interface."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_token_goes_to_the_os_keyring_when_there_is_one(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = TokenStore(tmp_path)
    assert store.backend.startswith("keyring:") and "MemoryKeyring" in store.backend
    store.save("ltd_secret")
    assert list(memory_keyring.secrets.values()) == ["ltd_secret"]
    assert not store.file.exists()
    assert store.load() == "ltd_secret"
    other = TokenStore(tmp_path / "second-kiosk")   # two data folders keep two tokens
    assert other.load() is None
    store.delete()
    assert store.load() is None


def test_headless_box_falls_back_to_a_0600_file_and_says_so(tmp_path: Path, no_keyring: None) -> None:
    store = TokenStore(tmp_path)
    assert store.backend.startswith("file:") and "0600" in store.backend
    store.save("ltd_secret")
    assert stat.S_IMODE(store.file.stat().st_mode) == 0o600
    assert store.load() == "ltd_secret"


def test_plaintext_keyring_is_never_used_silently(tmp_path: Path) -> None:
    from keyrings.alt.file import PlaintextKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        assert TokenStore(tmp_path).backend.startswith("file:")
    finally:
        keyring.set_keyring(before)


def test_insisting_on_a_keyring_without_one_is_a_clear_error(tmp_path: Path, no_keyring: None) -> None:
    with pytest.raises(SyncError) as err:
        TokenStore(tmp_path, storage="keyring").save("x")
    assert err.value.kind == "config" and "LANTERN_SYNC_TOKEN_STORAGE=file" in str(err.value)


def test_a_token_file_others_can_read_is_refused(tmp_path: Path, no_keyring: None) -> None:
    store = TokenStore(tmp_path, storage="file")
    store.save("ltd_secret")
    store.file.chmod(0o644)
    with pytest.raises(SyncError, match="chmod 600"):
        store.load()


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    rng = random.Random(1)
    for failures in range(1, 12):
        ceiling = min(60.0, 2.0 * 2 ** failures)
        samples = [backoff_delay(failures, base=2.0, cap=60.0, rng=rng) for _ in range(50)]
        assert all(ceiling / 2 <= s <= ceiling for s in samples)
        assert len({round(s, 6) for s in samples}) > 40          # jittered, so kiosks do not stampede
    assert backoff_delay(1000, base=2.0, cap=60.0) <= 60.0
