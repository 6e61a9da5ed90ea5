"""Clocks you can trust and secrets sealed at rest (issue 15, defects 3, 4 and 7)."""
from __future__ import annotations

import hashlib
import os
import stat
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from hub import schema as t
from hub.app import create_app
from hub.db import make_engine, migrate
from hub.settings import HubSettings
from hubkit import Seed


@pytest.fixture
def client(seed: Seed) -> Iterator[TestClient]:
    app = create_app(HubSettings(database_url=seed.url))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.engine.dispose()


def enroll(client: TestClient, code: str, name: str = "kiosk") -> Any:
    return client.post("/v1/enroll", json={"code": code, "device_name": name})


def auth(client: TestClient, code: str) -> dict[str, str]:
    r = enroll(client, code)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def profile(name: str, hlc: str) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "kind": "learner.profile", "entity_id": "l1", "learner_id": "l1", "hlc": hlc,
            "created_at": "2026-11-23T10:00:00Z", "payload": {"name": name}}


def push(client: TestClient, h: dict[str, str], *events: dict[str, Any]) -> None:
    r = client.post("/v1/events", headers=h, json={"batch_id": str(uuid.uuid4()), "events": list(events)})
    assert r.status_code == 200, r.text


def report_name(client: TestClient, seed: Seed) -> str:
    rep = client.get("/v1/classes/5B/report", headers={"Authorization": f"Bearer {seed.teacher_token}"}).json()
    return rep["learners"][0]["display_name"]


# -- clocks -------------------------------------------------------------------------------------

def test_a_stamp_from_the_far_future_is_clamped_to_hub_time_and_a_later_edit_still_wins(
        client: TestClient, seed: Seed) -> None:
    h = auth(client, seed.codes["5B"])
    forged = profile("Forever", "9999999999999-0000-x")
    push(client, h, forged)
    engine = make_engine(seed.url)
    with engine.connect() as conn:
        row = conn.execute(sa.select(t.events.c.hlc, t.events.c.hlc_original)).one()
    engine.dispose()
    assert row.hlc_original == "9999999999999-0000-x"                       # kept for audit
    assert abs(int(row.hlc[:13]) - time.time() * 1000) < 60_000             # clamped to the hub's clock
    time.sleep(0.01)
    push(client, h, profile("Now", f"{int(time.time() * 1000):013d}-0000-y"))
    assert report_name(client, seed) == "Now"
    names = [i["payload"]["display_name"] for i in client.get("/v1/feed", headers=h).json()["items"]]
    assert names[-1] == "Now"


def test_a_counter_past_9999_sorts_after_smaller_counters_in_report_and_roster(client: TestClient, seed: Seed) -> None:
    h = auth(client, seed.codes["5B"])
    push(client, h, profile("Older", "1790000000000-9999-a"))
    push(client, h, profile("Newer", "1790000000000-10000-a"))     # as text, "-10000-" < "-9999-"
    push(client, h, profile("Oldest", "1790000000000-0042-a"))      # arrives last, is oldest
    assert report_name(client, seed) == "Newer"
    names = [i["payload"]["display_name"] for i in client.get("/v1/feed", headers=h).json()["items"]]
    assert names[-1] == "Newer"


# -- enrollment codes -----------------------------------------------------------------------------

def _code(seed: Seed, **kw: Any) -> str:
    from hub import accounts

    engine = make_engine(seed.url)
    with engine.begin() as conn:
        code = accounts.issue_enrollment_code(conn, seed.class_ids["5B"], **{"minutes": 30, **kw}).code
    engine.dispose()
    return code


def test_a_code_enrolls_at_most_its_max_uses_and_is_stored_as_a_keyed_hash(client: TestClient, seed: Seed) -> None:
    code = _code(seed, max_uses=2)
    assert enroll(client, code, "a").status_code == 200
    assert enroll(client, code, "b").status_code == 200
    third = enroll(client, code, "c")
    assert third.status_code == 403 and "already enrolled 2" in third.json()["detail"]
    engine = make_engine(seed.url)
    with engine.connect() as conn:
        hashes = set(conn.execute(sa.select(t.enrollment_codes.c.code_hash)).scalars())
    engine.dispose()
    assert hashlib.sha256(code.encode()).hexdigest() not in hashes       # not a plain, brute-forceable SHA-256
    assert len(hashes) == 3


def test_a_revoked_code_stops_at_once_and_a_revoked_device_cannot_reenroll_with_an_older_code(
        client: TestClient, seed: Seed) -> None:
    from hub import accounts

    revoked = _code(seed)
    assert enroll(client, revoked).status_code == 200
    engine = make_engine(seed.url)
    with engine.begin() as conn:
        accounts.revoke_code(conn, revoked)
    r = enroll(client, revoked)
    assert r.status_code == 403 and "revoked" in r.json()["detail"]

    older = _code(seed)
    device = auth(client, older)
    device_id = client.get("/v1/device", headers=device).json()["device_id"]
    with engine.begin() as conn:
        accounts.revoke_device(conn, device_id)
    engine.dispose()
    assert client.get("/v1/device", headers=device).status_code == 401
    again = enroll(client, older, "the same kiosk")
    assert again.status_code == 403 and "revoked" in again.json()["detail"]
    assert enroll(client, _code(seed), "a kiosk with a new code").status_code == 200


@pytest.mark.parametrize("minutes, uses", [(0, 30), (-5, 30), (30, 0), (30, -1), (10_081, 30)])
def test_code_lifetime_and_uses_must_be_positive(seed: Seed, minutes: int, uses: int) -> None:
    from hub.errors import HubRefusal

    with pytest.raises(HubRefusal, match="must be valid for|may enroll"):
        _code(seed, minutes=minutes, max_uses=uses)


def test_cli_refuses_minutes_zero_instead_of_silently_using_30(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    db = ["hub", "--database-url", f"sqlite:///{tmp_path / 'hub.db'}", "admin"]
    assert main([*db, "add-school", "S"]) == 0
    assert main([*db, "add-class", "S", "5B"]) == 0
    capsys.readouterr()
    assert main([*db, "code", "5B", "--minutes", "0"]) == 1
    assert "1 to 10080 minutes, not 0" in capsys.readouterr().err
    assert main([*db, "code", "5B", "--minutes", "5", "--uses", "3"]) == 0
    code = capsys.readouterr().out.strip()
    assert main([*db, "revoke-code", code]) == 0


# -- secrets at rest ------------------------------------------------------------------------------

def test_hub_database_wal_and_key_file_are_created_owner_only(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hub' / 'hub.db'}"
    migrate(url)
    app = create_app(HubSettings(database_url=url))
    with app.state.engine.begin() as conn:
        conn.execute(t.schools.insert().values(id="s", name="S", created_at=sa.func.now()))
        files = ["hub.db", "hub.db-wal", "hub-secret.key"]
        modes = {f: stat.S_IMODE((tmp_path / "hub" / f).stat().st_mode) for f in files}
    app.state.engine.dispose()
    assert modes == {f: 0o600 for f in files}


def test_a_key_file_others_can_read_is_refused(tmp_path: Path) -> None:
    from engine.errors import SettingsError
    from hub.secrets import HubSecrets, new_key

    key_file = tmp_path / "secret.key"
    key_file.write_text(new_key() + "\n")
    os.chmod(key_file, 0o644)
    with pytest.raises(SettingsError, match="can be read by others"):
        HubSecrets.load(keys=None, key_file=key_file)


def test_provider_keys_are_sealed_at_rest_plaintext_ones_get_sealed_and_rotation_reseals(seed: Seed) -> None:
    from hub.escalation.store import EscalationStore, ProviderConfig, providers_table
    from hub.secrets import HubSecrets, new_key

    old, new = new_key(), new_key()
    engine = make_engine(seed.url)
    store = EscalationStore(engine, create_tables=False, secrets=HubSecrets([old]))
    store.add_provider(ProviderConfig(name="main", base_url="https://api.example.com/v1", model="m",
                                      api_key="sk-live-0123456789"))

    def raw() -> str:
        with engine.connect() as conn:
            return conn.execute(sa.select(providers_table.c.api_key)).scalar_one()

    assert raw().startswith("fernet:") and "sk-live" not in raw()
    assert store.providers()[0].api_key == "sk-live-0123456789"
    with engine.begin() as conn:                                   # as an older hub stored it
        conn.execute(providers_table.update().values(api_key="sk-legacy-plain"))
    assert store.providers()[0].api_key == "sk-legacy-plain"
    assert raw().startswith("fernet:") and "sk-legacy" not in raw()

    rotated = EscalationStore(engine, create_tables=False, secrets=HubSecrets([new, old]))
    assert rotated.reseal_keys() == 1
    only_new = EscalationStore(engine, create_tables=False, secrets=HubSecrets([new]))
    assert only_new.providers()[0].api_key == "sk-legacy-plain"
    engine.dispose()


# -- who is guessing codes ------------------------------------------------------------------------

@pytest.mark.parametrize("trusted", [[], ["127.0.0.1"]])
def test_code_guessing_is_counted_per_real_client_and_forwarded_for_is_believed_only_from_a_trusted_proxy(
        seed: Seed, trusted: list[str]) -> None:
    from hubkit import ThreadHub

    with ThreadHub(seed.url, trusted_proxies=trusted) as hub:
        def try_code(code: str, forwarded_for: str) -> int:
            return httpx.post(hub.url + "/v1/enroll", json={"code": code, "device_name": "k"},
                              headers={"X-Forwarded-For": forwarded_for}, timeout=10).status_code

        assert [try_code("ZZZZ-ZZZZ", "10.1.1.1") for _ in range(10)] == [403] * 10
        assert try_code(seed.codes["5B"], "10.1.1.1") == 429
        # Another pupil behind the same proxy: their own count only if the proxy is trusted;
        # an untrusted peer's header is ignored (anyone could send it to dodge the limit).
        assert try_code(seed.codes["5B"], "10.1.1.2") == (200 if trusted else 429)


def test_one_guesser_behind_a_school_nat_locks_out_only_its_own_kiosk_and_key_inventing_is_bounded(seed: Seed) -> None:
    from hub.app import create_app
    from hub.settings import HubSettings

    # Refill of one guess per 1,000 minutes: nothing comes back during the test, however slow the machine.
    app = create_app(HubSettings(database_url=seed.url, enroll_wrong_per_kiosk=(3, 0.001),
                                 enroll_wrong_per_address=(6, 0.001)))
    school = TestClient(app, client=("203.0.113.7", 40000))          # every kiosk of the school: one NAT address
    elsewhere = TestClient(app, client=("198.51.100.9", 40000))

    def try_code(c: TestClient, code: str, key: str | None) -> Any:
        return c.post("/v1/enroll", json={"code": code, "device_name": "k", "install_key": key})

    guesser, neighbour = "guesser-kiosk-0001", "neighbour-kiosk-01"
    assert [try_code(school, "ZZZZ-ZZZZ", guesser).status_code for _ in range(3)] == [403] * 3
    assert try_code(school, "ZZZZ-ZZZZ", guesser).status_code == 429
    locked = try_code(school, seed.codes["5B"], guesser)
    assert locked.status_code == 429 and "from this kiosk" in locked.json()["detail"]
    assert try_code(school, seed.codes["5B"], neighbour).status_code == 200      # the rest of the school enrolls
    # A guesser who invents a new install key per try: the address's own, larger allowance bounds it.
    assert [try_code(school, "ZZZZ-ZZZZ", f"invented-key-{i:04d}").status_code for i in range(4)] == [403, 403, 403, 429]
    net = try_code(school, seed.codes["5B"], "fresh-kiosk-00001")
    assert net.status_code == 429 and "from this network" in net.json()["detail"]
    assert try_code(elsewhere, seed.codes["5B"], guesser).status_code == 200     # counted per address, not globally
    assert try_code(school, "ZZZZ-ZZZZ", "x").status_code == 422                 # a key is 16+ characters
    app.state.engine.dispose()
