"""Secrets the hub keeps at rest: provider API keys sealed with Fernet, enrollment codes as keyed hashes.

The key comes from `LANTERN_HUB_SECRET_KEY` (one or more Fernet keys, comma-separated, newest first)
or from a key file (`LANTERN_HUB_SECRET_KEY_FILE`, default next to a SQLite hub.db), created with
mode 0600 on first use and refused if others can read it. Several hub hosts on one PostgreSQL must
share the same key (set the variable on each).

Rotation (README, hub section): put a new key first (`lantern hub admin new-secret-key` prints
one), keep the old one after it, run `lantern hub admin rotate-secrets` (re-seals every provider key
with the new key), then drop the old key. Rotation also changes the code-hash key, so enrollment
codes issued before it stop working (they are short-lived; issue new ones).

Why two kinds of hash: device and teacher tokens carry 256 random bits, so plain SHA-256 is enough
(nobody can enumerate 2^256 candidates; a salt or slow KDF adds nothing). Enrollment codes are 8
characters from 32 (2^40): a stolen database could be brute-forced offline in hours with plain
SHA-256, so codes are stored as HMAC-SHA256 under a key that is not in the database.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import stat
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from engine.wire import SettingsError

SEALED_PREFIX = "fernet:"


def new_key() -> str:
    return Fernet.generate_key().decode("ascii")


def _read_key_file(path: Path) -> list[str]:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise SettingsError(f"The hub's secret key file {path} can be read by others (mode {mode:o}).",
                                hint=f"chmod 600 {path}") from None
        try:
            return [line.strip() for line in path.read_text(encoding="ascii").splitlines() if line.strip()]
        except UnicodeDecodeError:
            raise SettingsError(f"The hub's secret key file {path} does not hold Fernet keys.",
                                hint="Restore it from a backup, or make a key: lantern hub admin new-secret-key") from None
    with os.fdopen(fd, "w", encoding="ascii") as f:
        key = new_key()
        f.write(key + "\n")
    return [key]


class HubSecrets:
    """Seal/unseal provider keys and hash enrollment codes with the hub's key(s)."""

    def __init__(self, keys: list[str]) -> None:
        if not keys:
            raise SettingsError("No hub secret key.", hint="Set LANTERN_HUB_SECRET_KEY or a key file.")
        try:
            fernets = [Fernet(k.encode("ascii")) for k in keys]
        except (ValueError, UnicodeEncodeError) as exc:
            raise SettingsError("A hub secret key is not a valid Fernet key.",
                                hint="Make one with: lantern hub admin new-secret-key") from exc
        self._fernet = MultiFernet(fernets)
        self._code_key = hashlib.sha256(b"lantern-hub enrollment codes|" + keys[0].encode("ascii")).digest()

    @classmethod
    def load(cls, *, keys: str | None, key_file: Path) -> HubSecrets:
        if keys:
            return cls([k.strip() for k in keys.split(",") if k.strip()])
        key_file.parent.mkdir(parents=True, exist_ok=True)
        return cls(_read_key_file(key_file))

    def seal(self, text: str) -> str:
        if not text:
            return ""
        return SEALED_PREFIX + self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def unseal(self, value: str) -> str:
        """Plain text from a sealed value; a legacy plaintext value is returned unchanged."""
        if not value.startswith(SEALED_PREFIX):
            return value
        try:
            return self._fernet.decrypt(value[len(SEALED_PREFIX):].encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise SettingsError("A stored provider key was sealed with a key this hub no longer has.",
                                hint="Put the old key after the new one in LANTERN_HUB_SECRET_KEY, "
                                     "or add the provider again.") from None

    def reseal(self, value: str) -> str:
        """The value sealed with the newest key (plaintext values get sealed too)."""
        if not value:
            return value
        if not value.startswith(SEALED_PREFIX):
            return self.seal(value)
        return SEALED_PREFIX + self._fernet.rotate(value[len(SEALED_PREFIX):].encode("ascii")).decode("ascii")

    def code_hash(self, normalized_code: str) -> str:
        return hmac.new(self._code_key, normalized_code.encode("utf-8"), hashlib.sha256).hexdigest()


def is_sealed(value: str) -> bool:
    return value.startswith(SEALED_PREFIX)


_LOADED: dict[tuple[str | None, str], HubSecrets] = {}


def secrets_for_url(database_url: str) -> HubSecrets:
    """The secrets a hub on this database uses (LANTERN_HUB_SECRET_KEY, else its key file); cached."""
    from hub.settings import load_hub_settings, secret_key_path

    settings = load_hub_settings(database_url=database_url)
    cache_key = (settings.secret_key, str(secret_key_path(settings)))
    if cache_key not in _LOADED:
        _LOADED[cache_key] = HubSecrets.load(keys=settings.secret_key, key_file=secret_key_path(settings))
    return _LOADED[cache_key]


def secrets_for(conn: object) -> HubSecrets:
    """`secrets_for_url` for an open SQLAlchemy connection (admin commands, tests, the bench)."""
    url = conn.engine.url.render_as_string(hide_password=False)  # type: ignore[attr-defined]
    return secrets_for_url(url)
