"""Learner profiles in the store: several learners share one kiosk, each with an optional PIN.

The PIN is stored only as an scrypt hash with a random salt (`scrypt$n$r$p$salt$hash`), compared
in constant time. Every change is written together with a `learner.profile` sync event (profile
fields only; the PIN hash never leaves the device). Deleting a learner is a soft delete.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from collections.abc import Iterable
from typing import Any

from engine.errors import LanternError
from engine.store import Store, new_id, utc_now
from engine.tutor.profile import LANGUAGES, NEEDS, LearnerProfile

_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}
_PIN = re.compile(r"^\d{4,8}$")
MAX_NAME = 40


class LearnerError(LanternError):
    """A learner profile value is not acceptable, or the learner does not exist."""


def hash_pin(pin: str) -> str:
    if not _PIN.match(pin or ""):
        raise LearnerError("A PIN must be 4 to 8 digits.", hint="Choose a PIN like 2468, or leave it empty.")
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return True
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt((pin or "").encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(bytes.fromhex(digest)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise LearnerError("A learner needs a name or nickname.", hint="Type a name, e.g. 'Sam'.")
    if len(name) > MAX_NAME:
        raise LearnerError(f"The name is longer than {MAX_NAME} characters.", hint="Use a shorter nickname.")
    return name


def _check_grade(grade: int | str | None, what: str = "grade") -> int | None:
    if grade is None:
        return None
    if isinstance(grade, str):
        g = grade.strip().upper()
        grade = 0 if g in ("K", "KG", "KINDERGARTEN") else g
    try:
        value = int(grade)
    except (TypeError, ValueError):
        raise LearnerError(f"The {what} must be K or a number from 1 to 12, not {grade!r}.",
                           hint="Use K for kindergarten.") from None
    if not 0 <= value <= 12:
        raise LearnerError(f"The {what} must be K or a number from 1 to 12, not {value}.", hint="Use K for kindergarten.")
    return value


def _check_language(language: str) -> str:
    code = (language or "en").lower()
    if code not in LANGUAGES:
        raise LearnerError(f"Language {language!r} is not supported.", hint=f"Use one of: {', '.join(LANGUAGES)}.")
    return code


def _check_needs(needs: Iterable[str]) -> list[str]:
    aliases = {"autism-friendly": "autism", "autism_friendly": "autism", "anxiety-aware": "anxiety",
               "anxiety_aware": "anxiety", "low-vision": "low_vision", "lowvision": "low_vision"}
    out = []
    for n in needs:
        key = aliases.get(n.strip().lower(), n.strip().lower())
        if not key:
            continue
        if key not in NEEDS:
            raise LearnerError(f"Unknown accessibility need {n!r}.", hint=f"Use any of: {', '.join(NEEDS)}.")
        out.append(key)
    return sorted(set(out))


def _profile(row: Any) -> LearnerProfile:
    needs = frozenset(json.loads(row["needs"] or "[]"))
    return LearnerProfile(id=row["id"], name=row["name"], grade=int(row["grade"]), language=row["language"] or "en",
                          needs=needs, reading_level=row["reading_level"], has_pin=bool(row["pin_hash"]))


class LearnerBook:
    """Create, find, change and remove learner profiles."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self) -> list[LearnerProfile]:
        with self.store.read() as db:
            rows = db.execute("SELECT * FROM learners WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE").fetchall()
            cols = [d[0] for d in db.execute("SELECT * FROM learners LIMIT 0").description]
        return [_profile(dict(zip(cols, r, strict=True))) for r in rows]

    def get(self, learner: str) -> LearnerProfile:
        """By id, or by name (case-insensitive)."""
        row = self._row(learner)
        return _profile(row)

    def _row(self, learner: str) -> dict[str, Any]:
        with self.store.read() as db:
            cur = db.execute("SELECT * FROM learners WHERE deleted_at IS NULL AND (id = ? OR name = ? COLLATE NOCASE)"
                             " ORDER BY id = ? DESC LIMIT 1", [learner, learner, learner])
            cols = [d[0] for d in cur.description]
            row = cur.fetchone()
        if row is None:
            raise LearnerError(f"No learner called {learner!r}.", hint="See the names with: lantern learners list")
        return dict(zip(cols, row, strict=True))

    def create(self, name: str, *, grade: int | str = 5, language: str = "en", needs: Iterable[str] = (),
               reading_level: int | str | None = None, pin: str | None = None,
               class_id: str | None = None) -> LearnerProfile:
        name = _clean_name(name)
        g = _check_grade(grade)
        level = _check_grade(reading_level, "reading level")
        lang = _check_language(language)
        need_list = _check_needs(needs)
        pin_hash = hash_pin(pin) if pin else None
        lid, now = new_id(), utc_now()
        with self.store.write() as db:
            if db.execute("SELECT 1 FROM learners WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE",
                          [name]).fetchone():
                raise LearnerError(f"There is already a learner called {name!r}.", hint="Pick another nickname.")
            db.execute("INSERT INTO learners (id, name, class_id, language, created_at, updated_at, pin_hash, grade,"
                       " needs, reading_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [lid, name, class_id, lang, now, now, pin_hash, g, json.dumps(need_list), level])
            self.store.record_event(db, "learner.profile", lid, self._payload(name, g, lang, need_list, level),
                                    learner_id=lid)
        return self.get(lid)

    @staticmethod
    def _payload(name: str, grade: int | None, language: str, needs: list[str], level: int | None) -> dict[str, Any]:
        return {"name": name, "grade": grade, "language": language, "needs": needs, "reading_level": level}

    def update(self, learner: str, *, name: str | None = None, grade: int | str | None = None,
               language: str | None = None, needs: Iterable[str] | None = None,
               reading_level: int | str | None = None, clear_reading_level: bool = False) -> LearnerProfile:
        row = self._row(learner)
        new_name = _clean_name(name) if name is not None else row["name"]
        g = _check_grade(grade) if grade is not None else row["grade"]
        lang = _check_language(language) if language is not None else row["language"]
        need_list = _check_needs(needs) if needs is not None else json.loads(row["needs"] or "[]")
        level = None if clear_reading_level else (
            _check_grade(reading_level, "reading level") if reading_level is not None else row["reading_level"])
        with self.store.write() as db:
            if new_name.casefold() != row["name"].casefold() and db.execute(
                    "SELECT 1 FROM learners WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE", [new_name]).fetchone():
                raise LearnerError(f"There is already a learner called {new_name!r}.", hint="Pick another nickname.")
            db.execute("UPDATE learners SET name=?, grade=?, language=?, needs=?, reading_level=?, updated_at=?"
                       " WHERE id=?", [new_name, g, lang, json.dumps(need_list), level, utc_now(), row["id"]])
            self.store.record_event(db, "learner.profile", row["id"],
                                    self._payload(new_name, g, lang, need_list, level), learner_id=row["id"])
        return self.get(row["id"])

    def set_pin(self, learner: str, pin: str | None) -> None:
        """Set (or with None / "" remove) a learner's PIN."""
        row = self._row(learner)
        pin_hash = hash_pin(pin) if pin else None
        with self.store.write() as db:
            db.execute("UPDATE learners SET pin_hash=?, updated_at=? WHERE id=?", [pin_hash, utc_now(), row["id"]])

    def verify_pin(self, learner: str, pin: str | None) -> bool:
        return check_pin(pin or "", self._row(learner)["pin_hash"])

    def sign_in(self, learner: str, pin: str | None = None) -> LearnerProfile:
        """The learner's profile if the PIN matches (or none is set); else a LearnerError."""
        row = self._row(learner)
        if not check_pin(pin or "", row["pin_hash"]):
            raise LearnerError("That PIN is not right.", hint="Try again, or ask your teacher to reset it.")
        return _profile(row)

    def remove(self, learner: str) -> None:
        row = self._row(learner)
        now = utc_now()
        with self.store.write() as db:
            db.execute("UPDATE learners SET deleted_at=?, updated_at=? WHERE id=?", [now, now, row["id"]])
            self.store.record_event(db, "learner.profile", row["id"], {"deleted": True}, learner_id=row["id"])
