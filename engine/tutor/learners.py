"""Learner profiles in the store: several learners share one kiosk, each with an optional PIN.

The PIN is stored only as an scrypt hash with a random salt (`scrypt$n$r$p$salt$hash`), compared
in constant time. Every change is written together with a `learner.profile` sync event (profile
fields only; the PIN hash never leaves the device). Deleting a learner is a soft delete.

Wrong PINs are throttled here, not in the window: after `PIN_FREE_TRIES` wrong tries in a row every
further try must wait `pin_delay_s(failures)` seconds (5, 10, 20 ... up to 5 minutes), counted in the
store so that restarting the app does not reset it. The kiosk's teacher PIN (`TeacherLock`) follows
the same rule.

Adding, editing, removing a learner and setting their PIN report `Changes(learners=True)` to the
caller's `ChangeTally` (`tally=`): the sign-in cards show names, pictures and who has a PIN.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from engine.changes import ChangeTally, Changes, tally_changes
from engine.errors import LanternError
from engine.store import Store, new_id, utc_now
from engine.tutor.profile import LANGUAGES, NEEDS, LearnerProfile

_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}
_PIN = re.compile(r"^\d{4,8}$")
MAX_NAME = 40
AVATAR_ID = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
PIN_FREE_TRIES = 3          # wrong PINs allowed before any wait (children mistype)
PIN_DELAY_BASE_S = 5        # then 5 s, doubling with each further wrong try ...
PIN_DELAY_MAX_S = 300       # ... up to 5 minutes
LEARNERS_CHANGED = Changes(learners=True)


class LearnerError(LanternError):
    """A learner profile value is not acceptable, or the learner does not exist."""

    kid_msgid = "error.learner"


class PinLocked(LearnerError):
    """Too many wrong PINs in a row: no PIN is checked for `retry_after_s` seconds."""

    def __init__(self, retry_after_s: int, *, teacher: bool = False) -> None:
        wait = f"{retry_after_s} seconds" if retry_after_s != 1 else "1 second"
        super().__init__(f"Too many tries. Take a little break and try again in {wait}.",
                         hint="If the PIN is forgotten, the teacher can reset it." if not teacher
                         else "Wait a little, then try the teacher PIN again.",
                         kid="error.pin_wait" if teacher else "error.pin_locked", kid_count=retry_after_s)
        self.retry_after_s = retry_after_s


@dataclass(frozen=True)
class CourseChoice:
    id: str
    name: str
    language: str


def pin_delay_s(failures: int) -> int:
    """Seconds to wait before the next PIN try after `failures` wrong ones in a row."""
    if failures < PIN_FREE_TRIES:
        return 0
    return min(PIN_DELAY_MAX_S, PIN_DELAY_BASE_S * 2 ** (failures - PIN_FREE_TRIES))


def _parse_utc(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _throttled_check(pin: str | None, row: dict[str, Any], now: datetime) -> tuple[bool, dict[str, Any]]:
    """(pin ok?, new throttle columns); raises PinLocked while a wait is running (without counting a try)."""
    locked_until = _parse_utc(row.get("pin_locked_until"))
    if locked_until is not None and now < locked_until:
        raise PinLocked(max(1, int((locked_until - now).total_seconds() + 0.999)))
    if check_pin(pin or "", row["pin_hash"]):
        return True, {"pin_failures": 0, "pin_locked_until": None}
    failures = int(row.get("pin_failures") or 0) + 1
    delay = pin_delay_s(failures)
    return False, {"pin_failures": failures,
                   "pin_locked_until": _iso(now + timedelta(seconds=delay)) if delay else None}


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
        raise LearnerError(f"The {what} must be K or a number from 1 to 12, not {value}.",
                           hint="Use K for kindergarten.")
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
                          needs=needs, reading_level=row["reading_level"], has_pin=bool(row["pin_hash"]),
                          avatar=row.get("avatar"))


def _check_avatar(avatar: str | None) -> str | None:
    if avatar is None or avatar == "":
        return None
    if not AVATAR_ID.match(avatar):
        raise LearnerError(f"{avatar!r} is not a picture name.", hint="Pick one of the pictures shown.")
    return avatar


class LearnerBook:
    """Create, find, change and remove learner profiles."""

    def __init__(self, store: Store, *, clock: Callable[[], datetime] | None = None) -> None:
        self.store = store
        self._clock = clock or (lambda: datetime.now(UTC))

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
               class_id: str | None = None, avatar: str | None = None,
               tally: ChangeTally | None = None) -> LearnerProfile:
        name = _clean_name(name)
        picture = _check_avatar(avatar)
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
                       " needs, reading_level, avatar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [lid, name, class_id, lang, now, now, pin_hash, g, json.dumps(need_list), level, picture])
            self.store.record_event(db, "learner.profile", lid, self._payload(name, g, lang, need_list, level),
                                    learner_id=lid)
        tally_changes(tally, LEARNERS_CHANGED)
        return self.get(lid)

    @staticmethod
    def _payload(name: str, grade: int | None, language: str, needs: Sequence[str], level: int | None) -> dict[str, Any]:
        return {"name": name, "grade": grade, "language": language, "needs": needs, "reading_level": level}

    def update(self, learner: str, *, name: str | None = None, grade: int | str | None = None,
               language: str | None = None, needs: Iterable[str] | None = None,
               reading_level: int | str | None = None, clear_reading_level: bool = False,
               avatar: str | None = None, tally: ChangeTally | None = None) -> LearnerProfile:
        row = self._row(learner)
        picture = _check_avatar(avatar) if avatar is not None else row.get("avatar")
        new_name = _clean_name(name) if name is not None else row["name"]
        g = _check_grade(grade) if grade is not None else row["grade"]
        lang = _check_language(language) if language is not None else row["language"]
        need_list = _check_needs(needs) if needs is not None else json.loads(row["needs"] or "[]")
        level = None if clear_reading_level else (
            _check_grade(reading_level, "reading level") if reading_level is not None else row["reading_level"])
        with self.store.write() as db:
            if new_name.casefold() != row["name"].casefold() and db.execute(
                    "SELECT 1 FROM learners WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE",
                    [new_name]).fetchone():
                raise LearnerError(f"There is already a learner called {new_name!r}.", hint="Pick another nickname.")
            db.execute("UPDATE learners SET name=?, grade=?, language=?, needs=?, reading_level=?, avatar=?,"
                       " updated_at=? WHERE id=?",
                       [new_name, g, lang, json.dumps(need_list), level, picture, utc_now(), row["id"]])
            self.store.record_event(db, "learner.profile", row["id"],
                                    self._payload(new_name, g, lang, need_list, level), learner_id=row["id"])
        tally_changes(tally, LEARNERS_CHANGED)
        return self.get(row["id"])

    def set_pin(self, learner: str, pin: str | None, *, tally: ChangeTally | None = None) -> None:
        """Set (or with None / "" remove) a learner's PIN."""
        row = self._row(learner)
        pin_hash = hash_pin(pin) if pin else None
        with self.store.write() as db:
            db.execute("UPDATE learners SET pin_hash=?, pin_failures=0, pin_locked_until=NULL, updated_at=? WHERE id=?",
                       [pin_hash, utc_now(), row["id"]])
        tally_changes(tally, LEARNERS_CHANGED)

    def verify_pin(self, learner: str, pin: str | None) -> bool:
        return check_pin(pin or "", self._row(learner)["pin_hash"])

    def sign_in(self, learner: str, pin: str | None = None) -> LearnerProfile:
        """The learner's profile if the PIN matches (or none is set); else a LearnerError.

        After `PIN_FREE_TRIES` wrong PINs in a row, `PinLocked` (with `retry_after_s`) until the wait
        is over; a try during the wait is not checked and does not count."""
        row = self._row(learner)
        if not row["pin_hash"]:
            return _profile(row)
        ok, throttle = _throttled_check(pin, row, self._clock())
        with self.store.write() as db:
            db.execute("UPDATE learners SET pin_failures=?, pin_locked_until=? WHERE id=?",
                       [throttle["pin_failures"], throttle["pin_locked_until"], row["id"]])
        if not ok:
            delay = pin_delay_s(throttle["pin_failures"])
            if delay:
                raise PinLocked(delay)
            raise LearnerError("That PIN is not right.", hint="Try again, or ask your teacher to reset it.")
        return _profile(row)

    def remember_course(self, learner: str, course_id: str) -> None:
        """The course the learner used last (their home opens on it next time)."""
        row = self._row(learner)
        with self.store.write() as db:
            db.execute("UPDATE learners SET last_course_id=? WHERE id=?", [course_id, row["id"]])

    def courses(self) -> tuple[CourseChoice, ...]:
        """The courses a learner can pick (id, name, language), by name."""
        with self.store.read() as db:
            rows = db.execute("SELECT id, name, COALESCE(language, 'en') FROM courses ORDER BY name COLLATE NOCASE")
            return tuple(CourseChoice(*r) for r in rows.fetchall())

    def default_course(self, learner: str | None, courses: Sequence[Any], *, language: str = "en") -> Any | None:
        """The course a learner starts on: the one they used last when it is in their language,
        else the first in their language, else the last used, else the first English one (the
        widest-read language of a classroom library: an Arabic learner with no Arabic course reads
        English before an alphabetically first Spanish one), else the first. `courses` are
        `engine.library.CourseInfo`-like (`id`, `name`, `language`). With no learner (the teacher's
        screens) `language` stands for theirs: the kiosk's."""
        if not courses:
            return None
        last = None
        if learner is not None:
            row = self._row(learner)
            language, last = row["language"] or "en", row.get("last_course_id")
        in_language = [c for c in courses if (c.language or "en") == language]
        by_id = {c.id: c for c in courses}
        if last in by_id and by_id[last] in in_language:
            return by_id[last]
        if in_language:
            return in_language[0]
        if last in by_id:
            return by_id[last]
        return next((c for c in courses if (c.language or "en") == "en"), courses[0])

    def remove(self, learner: str, *, tally: ChangeTally | None = None) -> None:
        """Remove a learner (a soft delete). One not in the book is a `LearnerError` (and changes nothing)."""
        row = self._row(learner)
        now = utc_now()
        with self.store.write() as db:
            db.execute("UPDATE learners SET deleted_at=?, updated_at=? WHERE id=?", [now, now, row["id"]])
            self.store.record_event(db, "learner.profile", row["id"], {"deleted": True}, learner_id=row["id"])
        tally_changes(tally, LEARNERS_CHANGED)


class TeacherLock:
    """The kiosk's teacher PIN: set once on first run, checked (with the same growing delay) before
    the teacher screens open or the kiosk may quit."""

    def __init__(self, store: Store, *, clock: Callable[[], datetime] | None = None) -> None:
        self.store = store
        self._clock = clock or (lambda: datetime.now(UTC))

    def _row(self) -> dict[str, Any] | None:
        with self.store.read() as db:
            cur = db.execute("SELECT * FROM teacher_lock WHERE id = 1")
            cols = [d[0] for d in cur.description]
            row = cur.fetchone()
        return dict(zip(cols, row, strict=True)) if row else None

    @property
    def is_set(self) -> bool:
        return self._row() is not None

    def is_set_now(self) -> bool:
        """`is_set` as a call (for running on a worker)."""
        return self.is_set

    def set_pin(self, pin: str) -> None:
        pin_hash = hash_pin(pin)
        with self.store.write() as db:
            db.execute("INSERT INTO teacher_lock (id, pin_hash, pin_failures, pin_locked_until, updated_at)"
                       " VALUES (1, ?, 0, NULL, ?) ON CONFLICT(id) DO UPDATE SET pin_hash=excluded.pin_hash,"
                       " pin_failures=0, pin_locked_until=NULL, updated_at=excluded.updated_at", [pin_hash, utc_now()])

    def unlock(self, pin: str | None) -> bool:
        """True when no teacher PIN is set yet or `pin` is right; False when wrong; PinLocked while waiting."""
        row = self._row()
        if row is None:
            return True
        try:
            ok, throttle = _throttled_check(pin, row, self._clock())
        except PinLocked as exc:
            raise PinLocked(exc.retry_after_s, teacher=True) from None
        with self.store.write() as db:
            db.execute("UPDATE teacher_lock SET pin_failures=?, pin_locked_until=? WHERE id=1",
                       [throttle["pin_failures"], throttle["pin_locked_until"]])
        if not ok and pin_delay_s(throttle["pin_failures"]):
            raise PinLocked(pin_delay_s(throttle["pin_failures"]), teacher=True)
        return ok
