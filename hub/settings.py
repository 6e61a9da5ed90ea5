"""Hub settings, declared once: name, type, default, help, env override `LANTERN_HUB_<NAME>`.

`lantern hub serve` and `lantern hub admin ...` load these; `create_app(settings)` takes them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from engine.wire import SettingsError


def default_database_url() -> str:
    return f"sqlite:///{Path(user_data_dir('lantern', appauthor=False)) / 'hub' / 'hub.db'}"


class HubSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LANTERN_HUB_", extra="ignore")

    database_url: str = Field(
        default_factory=default_database_url,
        description="SQLAlchemy URL. SQLite by default (nothing to install); for a district use PostgreSQL, "
                    "e.g. postgresql+psycopg://lantern:PASSWORD@db.example/lantern. Env: LANTERN_HUB_DATABASE_URL.")
    host: str = Field("127.0.0.1", description="Address to listen on (0.0.0.0 for the school network).")
    port: int = Field(8765, ge=1, le=65535, description="TCP port to listen on.")
    workers: int = Field(2, ge=1, le=64, description="uvicorn worker processes (several for a district).")
    db_pool_size: int = Field(8, ge=1, le=200, description="Database connections kept open per worker. Every "
                              "route holds one only for its statements, so a few per worker serve hundreds of "
                              "kiosks; more only add backends competing for the same cores.")
    db_max_overflow: int = Field(0, ge=0, le=500, description="Extra connections a worker may open under load "
                                 "(closed again when returned: on PostgreSQL each is a new server process, which "
                                 "a burst of 200 kiosks paid ~80 times; with 0 a request waits for a pooled one).")
    max_request_bytes: int = Field(4 * 1024 * 1024, ge=1024,
                                   description="Largest request body accepted; larger ones get 413.")
    enrollment_code_minutes: int = Field(30, ge=1, le=7 * 24 * 60,
                                         description="How long a class enrollment code stays valid.")
    enrollment_code_uses: int = Field(30, ge=1, le=1000, description="How many devices one code may enroll.")
    secret_key: str | None = Field(None, description="Fernet key(s) sealing provider API keys and keying code hashes, "
                                                     "comma-separated, newest first. Unset: the key file.")
    secret_key_file: Path | None = Field(None, description="Key file (mode 0600, created on first use). Default: "
                                                           "hub-secret.key beside a SQLite hub.db, else in the data "
                                                           "folder. Hosts sharing a PostgreSQL need the same key.")
    trusted_proxies: list[str] = Field(default_factory=list, description="Reverse proxies (IPs or CIDRs, e.g. "
                                       "[\"10.0.0.5\"]) whose X-Forwarded-For is believed; otherwise the client "
                                       "address is the socket's.")
    docs: bool = Field(False, description="Serve interactive API docs at /docs (Swagger UI from a CDN: needs the "
                                          "internet in the browser). /openapi.json is always served.")
    metrics_token: str | None = Field(None, description="Bearer token that /metrics and /v1/escalation/metrics "
                                                        "require (they show per-school spend); unset = metrics off.")
    enroll_wrong_per_kiosk: tuple[int, float] = Field(
        (10, 1.0), description="Wrong enrollment codes one kiosk (address + its install key) may send at once, then "
                               "per minute. Over it, that kiosk gets 429 until the minute passes.")
    enroll_wrong_per_address: tuple[int, float] = Field(
        (100, 10.0), description="Wrong codes all kiosks behind one address (a school's NAT) may send together at once, "
                                 "then per minute: the bound for a guesser who invents install keys.")
    feed_page_bytes: int = Field(512 * 1024, ge=4096,
                                 description="Approximate size of one pull page; bounds memory on both sides.")


def secret_key_path(settings: HubSettings) -> Path:
    if settings.secret_key_file is not None:
        return settings.secret_key_file
    url = settings.database_url
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        return Path(url[len("sqlite:///"):]).parent / "hub-secret.key"
    return Path(user_data_dir("lantern", appauthor=False)) / "hub" / "secret.key"


def load_hub_settings(**overrides: Any) -> HubSettings:
    try:
        return HubSettings(**overrides)
    except ValidationError as exc:
        problems = "; ".join(f"LANTERN_HUB_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        raise SettingsError(f"Invalid hub setting: {problems}.", hint="Fix the value or unset it.") from exc
