"""The enrollment lockout ends on its own (issue 15 leftovers), with the hub's default allowances:
per kiosk 10 wrong codes then 1 a minute, per address 100 then 10 a minute. Refused tries are not
counted, so hammering a lockout does not extend it; Retry-After says how long. Time is moved by
shifting the stored buckets back (what waiting does to them): no sleeps. SQLite and PostgreSQL."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from hub.app import create_app
from hub.escalation.shared import limits_table
from hub.settings import HubSettings
from hubkit import Seed

NAT = ("203.0.113.7", 40000)     # every kiosk of the school behind one address


@pytest.fixture
def app(seed: Seed) -> Iterator[Any]:
    app = create_app(HubSettings(database_url=seed.url))
    assert (app.state.settings.enroll_wrong_per_kiosk, app.state.settings.enroll_wrong_per_address) == \
        ((10, 1.0), (100, 10.0))                                  # the defaults this test reviews
    yield app
    app.state.engine.dispose()


def try_code(app: Any, code: str, key: str) -> Any:
    return TestClient(app, client=NAT).post("/v1/enroll", json={"code": code, "device_name": "k", "install_key": key})


def let_time_pass(app: Any, seconds: float) -> None:
    with app.state.engine.begin() as conn:
        conn.execute(sa.update(limits_table).values(tat=limits_table.c.tat - seconds))


def test_a_locked_out_kiosk_recovers_after_a_minute_however_often_it_retries(app: Any, seed: Seed) -> None:
    guesser = "guesser-kiosk-0001"
    assert [try_code(app, "ZZZZ-ZZZZ", guesser).status_code for _ in range(10)] == [403] * 10
    locked = try_code(app, seed.codes["5B"], guesser)
    assert locked.status_code == 429 and 1 <= int(locked.headers["Retry-After"]) <= 61
    assert {try_code(app, "ZZZZ-ZZZZ", guesser).status_code for _ in range(30)} == {429}   # hammering
    let_time_pass(app, 61)
    assert try_code(app, seed.codes["5B"], guesser).status_code == 200
    assert try_code(app, "ZZZZ-ZZZZ", guesser).status_code == 403          # one try back per minute, no more
    assert try_code(app, "ZZZZ-ZZZZ", guesser).status_code == 429


def test_a_school_nat_locked_by_a_key_inventing_guesser_is_free_again_within_seconds(app: Any, seed: Seed) -> None:
    # 10 guessers inventing keys send the address's whole allowance of 100 wrong codes.
    codes = [try_code(app, "ZZZZ-ZZZZ", f"invented-key-{i:04d}").status_code for i in range(100)]
    assert codes == [403] * 100
    net = try_code(app, seed.codes["5B"], "teacher-kiosk-0001")
    assert net.status_code == 429 and "from this network" in net.json()["detail"]
    assert 1 <= int(net.headers["Retry-After"]) <= 7                  # one refill of 10 a minute
    assert {try_code(app, "ZZZZ-ZZZZ", f"more-invented-{i:04d}").status_code for i in range(30)} == {429}
    let_time_pass(app, 7)
    assert try_code(app, seed.codes["5B"], "teacher-kiosk-0001").status_code == 200   # the school enrolls
    let_time_pass(app, 600)                                              # and the whole allowance is back
    codes = [try_code(app, "ZZZZ-ZZZZ", f"later-invented-{i:04d}").status_code for i in range(100)]
    assert codes == [403] * 100
