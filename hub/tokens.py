"""Secrets the hub hands out: device/teacher tokens and class enrollment codes.

Tokens are stored as SHA-256 hashes: they carry 256 random bits, so a plain hash is enough (no
salt or slow KDF adds anything against 2^256 guesses). Enrollment codes are short (2^40) and typed
by a person: they are stored as HMAC-SHA256 under the hub's secret key (hub/secrets.py), so a stolen
database alone cannot be brute-forced back to a live code.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O, 1/I: codes are read aloud in class


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.strip().encode("utf-8")).hexdigest()


def same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison of a token from a header with ours. As bytes: compare_digest refuses a
    str with non-ASCII characters (a latin-1 Authorization header would be a 500)."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8", "replace"))


def new_device_token() -> str:
    return "ltd_" + secrets.token_urlsafe(32)


def new_teacher_token() -> str:
    return "ltt_" + secrets.token_urlsafe(32)


def new_enrollment_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def normalize_code(code: str) -> str:
    return code.strip().upper()
