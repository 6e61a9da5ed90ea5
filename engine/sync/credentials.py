"""Where the device token lives: the OS keyring, or a deliberate 0600 file on a box without one.

`auto` uses the OS keyring (macOS Keychain, Windows Credential Locker, Secret Service on a Linux
desktop). A headless kiosk has no secret service: keyring then offers only its `fail` backend (or
keyrings.alt's base64 "plaintext" one, which we refuse to use silently). There `auto` falls back to
`<data folder>/sync/device-token` with permissions 0600 (owner read/write only), written atomically,
and says so in `lantern sync status` and `lantern doctor`. Set the `sync_token_storage` setting to
`keyring` to insist on a keyring (enrollment then fails instead) or `file` to always use the file.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Literal

from engine.errors import SyncError

log = logging.getLogger(__name__)

SERVICE = "lantern-hub"
TokenStorage = Literal["auto", "keyring", "file"]
# fail: no keyring at all; PlaintextKeyring: base64 only; EncryptedKeyring: prompts on stdin.
_UNUSABLE_BACKENDS = ("PlaintextKeyring", "EncryptedKeyring")


def _usable_keyring() -> object | None:
    """The active keyring backend, unless it is one that cannot or should not hold a secret."""
    try:
        import keyring
        from keyring.backends import chainer

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring install means "no keyring"
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    name = type(backend).__name__
    module = type(backend).__module__
    if module.endswith((".fail", ".null")) or name in _UNUSABLE_BACKENDS:
        return None
    return backend


class TokenStore:
    """Holds one device token for one data folder (`home`)."""

    def __init__(self, home: Path, *, storage: TokenStorage = "auto") -> None:
        self.home = Path(home)
        self.storage = storage
        # One entry per data folder, so two kiosks on one machine keep separate tokens.
        self._account = "device-" + hashlib.sha256(str(self.home.resolve()).encode()).hexdigest()[:16]
        self.file = self.home / "sync" / "device-token"

    @property
    def backend(self) -> str:
        """Where the token goes: `keyring:<Backend>` or `file:<path> (0600)`."""
        kr = None if self.storage == "file" else _usable_keyring()
        if kr is not None:
            return f"keyring:{type(kr).__module__}.{type(kr).__name__}"
        if self.storage == "keyring":
            return "keyring:unavailable"
        return f"file:{self.file} (0600, no OS keyring on this machine)"

    def _keyring(self) -> object | None:
        if self.storage == "file":
            return None
        kr = _usable_keyring()
        if kr is None and self.storage == "keyring":
            raise SyncError("No OS keyring is available to hold the device token.", kind="config",
                            hint="Install/unlock a secret service, or set LANTERN_SYNC_TOKEN_STORAGE=file.")
        if kr is None:
            log.warning("No OS keyring: keeping the device token in %s (mode 0600).", self.file)
        return kr

    def save(self, token: str) -> None:
        kr = self._keyring()
        if kr is not None:
            kr.set_password(SERVICE, self._account, token)  # type: ignore[attr-defined]
            self.file.unlink(missing_ok=True)
            return
        self.file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_name(self.file.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, token.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.file)

    def load(self) -> str | None:
        kr = None if self.storage == "file" else _usable_keyring()
        if kr is not None:
            try:
                token = kr.get_password(SERVICE, self._account)  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - a locked keyring reads as "no token yet"
                token = None
            if token:
                return token
        if self.file.exists():
            mode = self.file.stat().st_mode & 0o777
            if mode & 0o077:
                raise SyncError(f"{self.file} is readable by other users (mode {mode:o}).", kind="config",
                                hint=f"Run: chmod 600 {self.file}")
            return self.file.read_text(encoding="utf-8").strip() or None
        return None

    def delete(self) -> None:
        kr = None if self.storage == "file" else _usable_keyring()
        if kr is not None:
            try:
                kr.delete_password(SERVICE, self._account)  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - nothing stored is fine
                pass
        self.file.unlink(missing_ok=True)
