"""The hub's class view in the class screen's rows; the teacher's hub token kept apart from the device's."""
from __future__ import annotations

from datetime import UTC, datetime

from engine.sync.credentials import TokenStore
from engine.teacher.hubview import TeacherTokenStore, hub_class, hub_view_rows, save_hub_class
from engine.teacher.quiz_review import generate_items
from engine.wire import ClassView


def test_the_hubs_class_view_becomes_the_same_rows_with_local_question_text(store, fractions):
    item = generate_items(store, "Fractions", n_items=1, max_model_items=0)[0]
    view = ClassView.model_validate({
        "class_id": "c1", "class_name": "5B", "course_id": fractions, "since": "2026-03-01T00:00:00Z",
        "generated_at": "2026-03-03T10:00:00Z",
        "rows": [{"learner_id": "kofi", "learner": "Kofi", "lesson": "Fractions", "attempts": 3, "correct": 1,
                  "mastery": 0.4, "due_reviews": 1, "last_activity": "2026-03-02T09:00:00Z", "time_spent_s": 42.5},
                 {"learner_id": "ama", "learner": "Ama", "lesson": "Fractions"}],
        "difficult_items": [{"quiz_item_id": item.id, "lesson": "Fractions", "learners_answered": 2,
                             "learners_missed": 2, "miss_rate": 1.0}],
        "trends": [{"day": "2026-03-02", "attempts": 3, "correct": 1, "active_learners": 1}]})
    out = hub_view_rows(view, store)
    ama, kofi = out["rows"]
    assert (ama.learner, ama.attempts, ama.mastery, ama.mastery_label, ama.last_activity) == \
        ("Ama", 0, None, "not started", None)
    assert (kofi.learner, kofi.attempts, kofi.correct, kofi.due_reviews, kofi.time_spent_s, kofi.last_activity) == \
        ("Kofi", 3, 1, 1, 42.5, "2026-03-02T09:00:00.000Z")
    assert [(d.question, d.miss_rate) for d in out["difficult"]] == [(item.question, 1.0)]
    assert [(t.day, t.attempts, t.correct, t.learners) for t in out["trend"]] == [("2026-03-02", 3, 1, 1)]
    assert datetime(2026, 3, 3, 10, tzinfo=UTC) == view.generated_at


def test_the_teachers_token_is_kept_apart_from_the_device_token(tmp_path):
    home = tmp_path / "home"
    device, teacher = TokenStore(home, storage="file"), TeacherTokenStore(home, storage="file")
    device.save("device-secret")
    teacher.save("teacher-secret")
    save_hub_class(home, " 5B ")
    assert (device.load(), teacher.load(), hub_class(home)) == ("device-secret", "teacher-secret", "5B")
    assert (teacher.file.stat().st_mode & 0o777) == 0o600
