"""Named, ordered schema migrations. Append new ones to `MIGRATIONS`; never edit or reorder old ones.

Each migration is `(name, fn)`; `fn(db)` gets a sqlite-utils `Database` inside an open transaction
(use `db.executescript(sql)` or table methods; do not commit). `Store` applies the pending ones in
order, each in its own transaction together with its row in `_migrations`, after backing up an
existing database file.

Conventions: every row a learner can change has `id TEXT PRIMARY KEY` (a UUID from
`engine.store.clock.new_id`) and `created_at` / `updated_at` (ISO-8601 UTC text, `utc_now()`); a
change a learner makes is also written to `outbox` with `Store.record_event` in the same transaction.

Tables (migration `0001_core`):

meta(key PK, value)                 -- device id ("node") and other store facts
classes(id, name, code, created_at, updated_at)
learners(id, name, class_id→classes NULL, language, created_at, updated_at, deleted_at)
courses(id, name UNIQUE NOCASE, language, description, class_id→classes NULL, created_at, updated_at)
lessons(id, course_id→courses CASCADE, document_id→documents SET NULL, title, ordinal,
        created_at, updated_at)
documents(id, course_id→courses CASCADE, source_path, sha256, type ('txt','md','html','pdf','docx'),
          title, language (ISO 639-1 or NULL), status ('importing'|'ready'), size_bytes,
          chunk_count, error, created_at, updated_at)       UNIQUE(course_id, source_path)
chunks(id INTEGER PK, document_id→documents CASCADE, ordinal, text, heading_path (" › " joined),
       page (1-based, NULL when the format has no pages), char_start, char_end)
chunks_fts  FTS5(text, heading_path) external content over chunks, kept in sync by triggers;
            tokenizer "porter unicode61 remove_diacritics 2"
conversations(id, learner_id→learners NULL, course_id→courses NULL, title, created_at, updated_at)
messages(id, conversation_id→conversations CASCADE, role ('user'|'tutor'|'system'), text,
         citations JSON list, created_at, updated_at)
quiz_items(id, course_id→courses CASCADE, document_id→documents SET NULL, chunk_id NULL, kind,
           question, choices JSON, answer, explanation, skill, created_at, updated_at)
quiz_attempts(id, learner_id→learners CASCADE, quiz_item_id→quiz_items CASCADE, answer, correct 0/1,
              score REAL, duration_ms, created_at, updated_at)
mastery(id, learner_id→learners CASCADE, course_id→courses NULL, skill, level REAL 0..1,
        evidence_count, created_at, updated_at)            UNIQUE(learner_id, skill)
review_cards(id, learner_id→learners CASCADE, quiz_item_id→quiz_items CASCADE, due, card JSON
             (the FSRS state), last_review, created_at, updated_at)  UNIQUE(learner_id, quiz_item_id)
outbox(id UUID, hlc, kind, entity_id, learner_id NULL, payload JSON, created_at, sent_at NULL,
       attempts)                                            -- sync: rows with sent_at NULL are pending
"""
from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

Migration = tuple[str, Callable[[Database], None]]

_CORE = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE classes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    code TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE learners (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    class_id TEXT REFERENCES classes(id) ON DELETE SET NULL,
    language TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE courses (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    language TEXT,
    description TEXT,
    class_id TEXT REFERENCES classes(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    source_path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    language TEXT,
    status TEXT NOT NULL DEFAULT 'importing',
    size_bytes INTEGER NOT NULL DEFAULT 0,
    chunk_count INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (course_id, source_path)
);
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE TABLE lessons (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    document_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    ordinal INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE chunks (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    heading_path TEXT NOT NULL DEFAULT '',
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER
);
CREATE INDEX chunks_document ON chunks(document_id, ordinal);
CREATE VIRTUAL TABLE chunks_fts USING fts5(
    text, heading_path, content='chunks', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER chunks_ai AFTER INSERT ON chunks BEGIN
    INSERT INTO chunks_fts(rowid, text, heading_path) VALUES (new.id, new.text, new.heading_path);
END;
CREATE TRIGGER chunks_ad AFTER DELETE ON chunks BEGIN
    INSERT INTO chunks_fts(chunks_fts, rowid, text, heading_path)
        VALUES ('delete', old.id, old.text, old.heading_path);
END;
CREATE TRIGGER chunks_au AFTER UPDATE ON chunks BEGIN
    INSERT INTO chunks_fts(chunks_fts, rowid, text, heading_path)
        VALUES ('delete', old.id, old.text, old.heading_path);
    INSERT INTO chunks_fts(rowid, text, heading_path) VALUES (new.id, new.text, new.heading_path);
END;
CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    learner_id TEXT REFERENCES learners(id) ON DELETE CASCADE,
    course_id TEXT REFERENCES courses(id) ON DELETE SET NULL,
    title TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    citations TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX messages_conversation ON messages(conversation_id, created_at);
CREATE TABLE quiz_items (
    id TEXT PRIMARY KEY,
    course_id TEXT REFERENCES courses(id) ON DELETE CASCADE,
    document_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
    chunk_id INTEGER,
    kind TEXT NOT NULL DEFAULT 'choice',
    question TEXT NOT NULL,
    choices TEXT NOT NULL DEFAULT '[]',
    answer TEXT,
    explanation TEXT,
    skill TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE quiz_attempts (
    id TEXT PRIMARY KEY,
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    quiz_item_id TEXT NOT NULL REFERENCES quiz_items(id) ON DELETE CASCADE,
    answer TEXT,
    correct INTEGER,
    score REAL,
    duration_ms INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX quiz_attempts_learner ON quiz_attempts(learner_id, created_at);
CREATE TABLE mastery (
    id TEXT PRIMARY KEY,
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    course_id TEXT REFERENCES courses(id) ON DELETE SET NULL,
    skill TEXT NOT NULL,
    level REAL NOT NULL DEFAULT 0,
    evidence_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (learner_id, skill)
);
CREATE TABLE review_cards (
    id TEXT PRIMARY KEY,
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    quiz_item_id TEXT NOT NULL REFERENCES quiz_items(id) ON DELETE CASCADE,
    due TEXT NOT NULL,
    card TEXT NOT NULL DEFAULT '{}',
    last_review TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (learner_id, quiz_item_id)
);
CREATE INDEX review_cards_due ON review_cards(learner_id, due);
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    hlc TEXT NOT NULL,
    kind TEXT NOT NULL,
    entity_id TEXT,
    learner_id TEXT,
    payload TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    sent_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_pending ON outbox(sent_at, hlc);
"""


def _core(db: Database) -> None:
    db.executescript(_CORE)


_SYNC_STATE = """
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT);            -- hub url, device id, cursor, ...
CREATE TABLE sync_feed (                                               -- what the hub published to our class
    kind TEXT NOT NULL, entity_id TEXT NOT NULL, seq INTEGER NOT NULL, payload TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0, published_at TEXT NOT NULL, PRIMARY KEY (kind, entity_id)
);
CREATE TABLE sync_rejected (event_id TEXT PRIMARY KEY, reason TEXT NOT NULL, rejected_at TEXT NOT NULL);
"""


def _sync_state(db: Database) -> None:
    """Device-side sync bookkeeping (engine/sync); the outbox itself is in 0001_core."""
    db.executescript(_SYNC_STATE)


_TUTOR = """
ALTER TABLE learners ADD COLUMN pin_hash TEXT;                         -- scrypt, see engine/tutor/learners.py
ALTER TABLE learners ADD COLUMN grade INTEGER NOT NULL DEFAULT 5;      -- 0 = kindergarten .. 12
ALTER TABLE learners ADD COLUMN needs TEXT NOT NULL DEFAULT '[]';      -- JSON list of accessibility needs
ALTER TABLE learners ADD COLUMN reading_level INTEGER;                 -- grade-equivalent, NULL = grade
ALTER TABLE quiz_items ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';  -- 'draft'|'approved'|'rejected'
ALTER TABLE quiz_items ADD COLUMN origin TEXT;                         -- 'model'|'cloze'|'teacher'
ALTER TABLE quiz_items ADD COLUMN citation TEXT;                       -- where in the material (title › heading, page)
CREATE INDEX quiz_items_course_status ON quiz_items(course_id, status);
"""


def _tutor(db: Database) -> None:
    """Learner profiles (PIN, grade, needs, reading level) and quiz item review state (engine/tutor)."""
    db.executescript(_TUTOR)


_LIBRARY = """
DROP TRIGGER chunks_au;                                                -- re-index only when the text changes
CREATE TRIGGER chunks_au AFTER UPDATE OF text, heading_path ON chunks BEGIN
    INSERT INTO chunks_fts(chunks_fts, rowid, text, heading_path)
        VALUES ('delete', old.id, old.text, old.heading_path);
    INSERT INTO chunks_fts(rowid, text, heading_path) VALUES (new.id, new.text, new.heading_path);
END;
CREATE TABLE import_jobs (                                             -- an import that resumes after a restart
    id TEXT PRIMARY KEY, course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    paths TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'running',       -- 'running'|'done'|'cancelled'
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX documents_course_status ON documents(course_id, status);
"""


def _library(db: Database) -> None:
    """Import jobs that survive a restart; chunk FTS re-indexed only on text changes (engine/library)."""
    db.executescript(_LIBRARY)


_KIOSK = """
ALTER TABLE learners ADD COLUMN avatar TEXT;                          -- an icon id from the shipped set
ALTER TABLE learners ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0; -- wrong PINs in a row
ALTER TABLE learners ADD COLUMN pin_locked_until TEXT;                -- ISO UTC; no PIN check before it
ALTER TABLE learners ADD COLUMN last_course_id TEXT;                  -- the course the learner used last
CREATE TABLE teacher_lock (                                           -- the kiosk's teacher PIN (one row)
    id INTEGER PRIMARY KEY CHECK (id = 1), pin_hash TEXT NOT NULL,
    pin_failures INTEGER NOT NULL DEFAULT 0, pin_locked_until TEXT, updated_at TEXT NOT NULL
);
"""


def _kiosk(db: Database) -> None:
    """Shared kiosk: learner avatars, PIN attempt throttling, last used course, the teacher PIN."""
    db.executescript(_KIOSK)


_TEACHER = """
CREATE TABLE course_outlines (                                        -- engine/teacher/outline.py
    course_id TEXT PRIMARY KEY REFERENCES courses(id) ON DELETE CASCADE,
    draft TEXT NOT NULL,                                              -- JSON outline the teacher edits
    published TEXT,                                                   -- JSON outline learners follow
    published_at TEXT, updated_at TEXT NOT NULL
);
CREATE TABLE reading_drafts (                                         -- engine/teacher/simplify.py
    id TEXT PRIMARY KEY, course_id TEXT REFERENCES courses(id) ON DELETE CASCADE,
    chunk_id INTEGER NOT NULL, target_grade INTEGER NOT NULL, dyslexia INTEGER NOT NULL DEFAULT 0,
    language TEXT, original TEXT NOT NULL, simplified TEXT NOT NULL, glossary TEXT NOT NULL DEFAULT '[]',
    before TEXT NOT NULL, after TEXT NOT NULL, missing_facts TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'draft',                             -- 'draft'|'approved'|'rejected'
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX reading_drafts_chunk ON reading_drafts(chunk_id, status);
CREATE TABLE alert_acks (                                             -- a teacher_alert outbox event acknowledged
    event_id TEXT PRIMARY KEY, note TEXT NOT NULL DEFAULT '', acknowledged_at TEXT NOT NULL
);
CREATE TABLE question_actions (                                       -- the open-questions queue (engine/teacher/questions.py)
    question_id TEXT PRIMARY KEY,                                     -- 'turn:<message id>' | 'cloud:<journal id>'
    action TEXT NOT NULL,                                             -- 'answered'|'cloud'|'add_material'
    note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL
);
"""


def _teacher(db: Database) -> None:
    """The teacher's workspace: course outlines (draft + published), reading drafts, alert
    acknowledgements, actions taken on open questions."""
    db.executescript(_TEACHER)


# Append only. Names sort in order; prefix with the next number.
MIGRATIONS: list[Migration] = [
    ("0001_core", _core),
    ("0002_sync_state", _sync_state),
    ("0003_tutor", _tutor),
    ("0004_library", _library),
    ("0005_kiosk", _kiosk),
    ("0006_teacher", _teacher),
]
