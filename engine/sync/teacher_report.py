"""The teacher's class view from the hub (all kiosks of the class), fetched with the teacher's token.

`fetch_class_view` never raises for the network or the hub: it returns either the typed
`ClassView` (engine/wire/classview.py) or a `TeacherReportError` whose `kind` says what to tell the
teacher and whether to fall back to this kiosk's own data (`offline`, `slow`, `server`) or to ask
for a new token (`auth`). It blocks: call it on a worker thread.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from engine.errors import SyncError, SyncErrorKind
from engine.sync.transport import normalize_hub_url
from engine.wire import ClassView

__all__ = ["TeacherReportError", "fetch_class_view"]


@dataclass(frozen=True, slots=True)
class TeacherReportError:
    """Why the hub's class view is not available now."""

    kind: SyncErrorKind
    message: str
    hint: str | None = None
    status: int | None = None


def fetch_class_view(hub_url: str, teacher_token: str, class_ref: str, *, course_id: str | None = None,
                     days: int = 30, timeout: float = 10.0,
                     transport: httpx.BaseTransport | None = None) -> ClassView | TeacherReportError:
    """`GET /v1/classes/{class_ref}/view` on the hub: the class view, or why not."""
    try:
        base = normalize_hub_url(hub_url)
    except SyncError as exc:
        return TeacherReportError(SyncErrorKind.CONFIG, exc.message, exc.hint)
    if not teacher_token.strip():
        return TeacherReportError(SyncErrorKind.CONFIG, "No teacher token for the hub.",
                                  "Sign in to the hub with the token from `lantern hub admin add-teacher`.")
    if not 1 <= days <= 366:
        return TeacherReportError(SyncErrorKind.CONFIG, f"A class view covers 1 to 366 days, not {days}.")
    params: dict[str, str | int] = {"days": days}
    if course_id:
        params["course_id"] = course_id
    headers = {"Authorization": f"Bearer {teacher_token.strip()}", "User-Agent": "lantern-teacher/1"}
    try:
        with httpx.Client(base_url=base, headers=headers, transport=transport,
                          timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0))) as http:
            r = http.get(f"/v1/classes/{quote(class_ref, safe='')}/view", params=params)
    except httpx.TimeoutException:
        return TeacherReportError(SyncErrorKind.SLOW, f"The hub at {base} did not answer in time.",
                                  "Showing this kiosk's own data; try again later.")
    except httpx.HTTPError as exc:
        return TeacherReportError(SyncErrorKind.OFFLINE, f"The hub at {base} cannot be reached ({type(exc).__name__}).",
                                  "Showing this kiosk's own data. Check the network.")
    if r.status_code >= 400:
        return _refusal(r)
    try:
        return ClassView.model_validate_json(r.content)
    except ValidationError:
        return TeacherReportError(SyncErrorKind.SERVER, f"The hub at {base} sent a class view Lantern does not understand.",
                                  "Is the hub the same Lantern version as this kiosk?", r.status_code)


def _refusal(r: httpx.Response) -> TeacherReportError:
    message, hint = None, None
    try:
        body = r.json()
        if isinstance(body, dict):
            err = body.get("error")
            message = err.get("message") if isinstance(err, dict) else None
            message = message or (body.get("detail") if isinstance(body.get("detail"), str) else None)
            hint = body.get("hint") if isinstance(body.get("hint"), str) else None
    except ValueError:
        pass
    text = str(message or r.reason_phrase)[:300]
    if r.status_code == 401:
        return TeacherReportError(SyncErrorKind.AUTH, f"The hub did not accept the teacher token: {text}",
                                  hint or "Ask the hub's administrator for a new teacher token.", 401)
    if r.status_code in (408, 429) or r.status_code >= 500:
        return TeacherReportError(SyncErrorKind.SERVER, f"The hub could not answer now ({r.status_code}): {text}",
                                  hint or "Showing this kiosk's own data; try again later.", r.status_code)
    return TeacherReportError(SyncErrorKind.REFUSED, f"The hub refused the class view ({r.status_code}): {text}",
                              hint, r.status_code)
