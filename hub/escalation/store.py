"""The orchestrator's durable state in the hub database: providers, school policies, the cost ledger.

Own SQLAlchemy tables (prefixed `escalation_`) on their own MetaData, created on first use.
Provider API keys live only here, on the hub; nothing returns them to a device or a listing. They
are sealed at rest with the hub's Fernet key (hub/secrets.py); a key stored in plaintext by an
older hub is sealed the first time providers are read.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from sqlalchemy import (Boolean, Column, Date, Engine, Float, Integer, MetaData, String, Table, create_engine,
                        event, select, update)
from sqlalchemy.exc import IntegrityError

from engine.wire import LanternError
from hub.secrets import HubSecrets, is_sealed, secrets_for_url

metadata = MetaData()

providers_table = Table(
    "escalation_providers", metadata,
    Column("name", String(64), primary_key=True),
    Column("base_url", String(500), nullable=False),
    Column("api_key", String(2000), nullable=False, default=""),   # sealed (hub/secrets.py)
    Column("model", String(200), nullable=False),
    Column("position", Integer, nullable=False, default=0),      # fallback order, lowest first
    Column("timeout_s", Float, nullable=False, default=30.0),
    Column("max_retries", Integer, nullable=False, default=2),
    Column("price_prompt_per_1k", Float, nullable=False, default=0.0),      # currency units per 1k tokens
    Column("price_completion_per_1k", Float, nullable=False, default=0.0),
    Column("enabled", Boolean, nullable=False, default=True),
    Column("breaker_reset_at", Float, nullable=False, default=0.0),   # admin reset requests (epoch s)
)

policies_table = Table(
    "escalation_policies", metadata,
    Column("school_id", String(64), primary_key=True),
    Column("allowed", Boolean, nullable=False, default=True),
    Column("require_approval", Boolean, nullable=False, default=False),
    Column("daily_cap", Float, nullable=True),        # None: the hub's default cap
)

ledger_table = Table(
    "escalation_cost_ledger", metadata,
    Column("school_id", String(64), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("requests", Integer, nullable=False, default=0),
    Column("prompt_tokens", Integer, nullable=False, default=0),
    Column("completion_tokens", Integer, nullable=False, default=0),
    Column("cost", Float, nullable=False, default=0.0),
    Column("reserved", Float, nullable=False, default=0.0, server_default="0"),   # in-flight worst cases
)


@dataclass(frozen=True)
class ProviderConfig:
    name: str
    base_url: str
    model: str
    api_key: str = ""
    position: int = 0
    timeout_s: float = 30.0
    max_retries: int = 2
    price_prompt_per_1k: float = 0.0
    price_completion_per_1k: float = 0.0
    enabled: bool = True
    breaker_reset_at: float = 0.0

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.price_prompt_per_1k + completion_tokens * self.price_completion_per_1k) / 1000.0

    def public(self) -> dict[str, object]:
        """Everything but the key (for listings)."""
        return {"name": self.name, "base_url": self.base_url, "model": self.model, "position": self.position,
                "timeout_s": self.timeout_s, "max_retries": self.max_retries,
                "price_prompt_per_1k": self.price_prompt_per_1k,
                "price_completion_per_1k": self.price_completion_per_1k, "enabled": self.enabled,
                "has_key": bool(self.api_key)}


@dataclass(frozen=True)
class SchoolPolicy:
    school_id: str
    allowed: bool
    require_approval: bool
    daily_cap: float


@dataclass(frozen=True)
class DayUsage:
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0


def utc_today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


class EscalationStore:
    """Providers, policies and the per-school daily ledger, in any SQLAlchemy database."""

    def __init__(self, engine: Engine | str, *, default_daily_cap: float = 5.0, create_tables: bool = True,
                 secrets: HubSecrets | None = None) -> None:
        """`engine`: the hub's engine (tables from its Alembic migration 0002_escalation: pass
        `create_tables=False`) or a URL for a standalone store (tables created here)."""
        if isinstance(engine, str):
            self.engine = create_engine(engine)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = engine
        self.default_daily_cap = default_daily_cap
        self._secrets = secrets
        if create_tables:
            from hub.escalation.shared import metadata as shared_metadata

            metadata.create_all(self.engine)
            shared_metadata.create_all(self.engine)
            if self.engine.dialect.name == "postgresql":   # as migration 0006_unlogged_limits does for a hub
                with self.engine.begin() as conn:
                    conn.exec_driver_sql("ALTER TABLE escalation_limits SET UNLOGGED")

    # -- providers ------------------------------------------------------------------------------
    def add_provider(self, cfg: ProviderConfig) -> None:
        if not cfg.name.strip() or not cfg.base_url.startswith(("http://", "https://")):
            raise LanternError(f"Provider {cfg.name!r} needs a name and an http(s) base URL (got {cfg.base_url!r}).",
                               hint="Example: --base-url https://api.example.com/v1")
        row = {**cfg.__dict__, "api_key": self.secrets.seal(cfg.api_key)}
        with self.engine.begin() as conn:
            exists = conn.execute(select(providers_table.c.name).where(providers_table.c.name == cfg.name)).first()
            if exists:
                conn.execute(update(providers_table).where(providers_table.c.name == cfg.name).values(**row))
            else:
                conn.execute(providers_table.insert().values(**row))

    def remove_provider(self, name: str) -> None:
        with self.engine.begin() as conn:
            if conn.execute(providers_table.delete().where(providers_table.c.name == name)).rowcount == 0:
                raise LanternError(f"No provider named {name!r}.", hint="See 'lantern cloud providers list'.")

    def providers(self, *, enabled_only: bool = False) -> list[ProviderConfig]:
        q = select(providers_table).order_by(providers_table.c.position, providers_table.c.name)
        if enabled_only:
            q = q.where(providers_table.c.enabled.is_(True))
        with self.engine.connect() as conn:
            rows = [dict(row._mapping) for row in conn.execute(q)]
        plain = [r["name"] for r in rows if r["api_key"] and not is_sealed(r["api_key"])]
        if plain:
            self.reseal_keys()
        return [ProviderConfig(**{**r, "api_key": self.secrets.unseal(r["api_key"])}) for r in rows]

    @property
    def secrets(self) -> HubSecrets:
        if self._secrets is None:
            self._secrets = secrets_for_url(self.engine.url.render_as_string(hide_password=False))
        return self._secrets

    def reseal_keys(self) -> int:
        """Seal every provider key with the newest hub key (plaintext ones too); returns how many."""
        n = 0
        with self.engine.begin() as conn:
            for name, key in conn.execute(select(providers_table.c.name, providers_table.c.api_key)).all():
                if key:
                    conn.execute(update(providers_table).where(providers_table.c.name == name)
                                 .values(api_key=self.secrets.reseal(key)))
                    n += 1
        return n

    def request_breaker_reset(self, name: str) -> None:
        with self.engine.begin() as conn:
            res = conn.execute(update(providers_table).where(providers_table.c.name == name)
                               .values(breaker_reset_at=time.time()))
            if res.rowcount == 0:
                raise LanternError(f"No provider named {name!r}.", hint="See 'lantern cloud providers list'.")

    # -- policies -------------------------------------------------------------------------------
    def set_policy(self, school_id: str, *, allowed: bool = True, require_approval: bool = False,
                   daily_cap: float | None = None) -> None:
        values = {"allowed": allowed, "require_approval": require_approval, "daily_cap": daily_cap}
        with self.engine.begin() as conn:
            res = conn.execute(update(policies_table).where(policies_table.c.school_id == school_id).values(**values))
            if res.rowcount == 0:
                conn.execute(policies_table.insert().values(school_id=school_id, **values))

    def policy(self, school_id: str) -> SchoolPolicy:
        with self.engine.connect() as conn:
            row = conn.execute(select(policies_table).where(policies_table.c.school_id == school_id)).first()
        if row is None:
            return SchoolPolicy(school_id, True, False, self.default_daily_cap)
        cap = row.daily_cap if row.daily_cap is not None else self.default_daily_cap
        return SchoolPolicy(school_id, bool(row.allowed), bool(row.require_approval), float(cap))

    # -- ledger ---------------------------------------------------------------------------------
    def usage(self, school_id: str, day: dt.date | None = None) -> DayUsage:
        day = day or utc_today()
        with self.engine.connect() as conn:
            row = conn.execute(select(ledger_table).where(ledger_table.c.school_id == school_id,
                                                          ledger_table.c.day == day)).first()
        if row is None:
            return DayUsage()
        return DayUsage(row.requests, row.prompt_tokens, row.completion_tokens, float(row.cost))

    def reserve(self, school_id: str, amount: float, *, cap: float, day: dt.date | None = None) -> bool:
        """Hold `amount` (a request's worst-case cost) against today's cap, atomically: True when
        spent + held + amount stays within the cap. Concurrent requests on any worker see each
        other's holds, so together they cannot overshoot. `settle` or `release` ends the hold."""
        day = day or utc_today()
        t = ledger_table
        for _ in range(3):
            with self.engine.begin() as conn:
                res = conn.execute(update(t).where(t.c.school_id == school_id, t.c.day == day,
                                                   t.c.cost + t.c.reserved + amount <= cap)
                                   .values(reserved=t.c.reserved + amount))
                if res.rowcount:
                    return True
                if conn.execute(select(t.c.day).where(t.c.school_id == school_id, t.c.day == day)).first():
                    return False
            if amount > cap:
                return False
            try:
                with self.engine.begin() as conn:
                    conn.execute(t.insert().values(school_id=school_id, day=day, requests=0, prompt_tokens=0,
                                                   completion_tokens=0, cost=0.0, reserved=0.0))
            except IntegrityError:
                pass   # another worker made today's row: try the UPDATE again
        return False

    def release(self, school_id: str, amount: float, *, day: dt.date | None = None) -> None:
        """End a hold without a charge (the request failed or was refused upstream)."""
        t = ledger_table
        with self.engine.begin() as conn:
            conn.execute(update(t).where(t.c.school_id == school_id, t.c.day == (day or utc_today()))
                         .values(reserved=t.c.reserved - amount))

    def record_usage(self, school_id: str, *, prompt_tokens: int, completion_tokens: int, cost: float,
                     day: dt.date | None = None, held: float = 0.0) -> None:
        """Add one request's usage atomically (an UPDATE of running sums; INSERT for the first one),
        ending its hold of `held` (see `reserve`)."""
        day = day or utc_today()
        t = ledger_table
        for _ in range(3):
            with self.engine.begin() as conn:
                res = conn.execute(update(t).where(t.c.school_id == school_id, t.c.day == day).values(
                    requests=t.c.requests + 1, prompt_tokens=t.c.prompt_tokens + prompt_tokens,
                    completion_tokens=t.c.completion_tokens + completion_tokens, cost=t.c.cost + cost,
                    reserved=t.c.reserved - held))
                if res.rowcount:
                    return
            try:
                with self.engine.begin() as conn:
                    conn.execute(t.insert().values(school_id=school_id, day=day, requests=1, prompt_tokens=prompt_tokens,
                                                   completion_tokens=completion_tokens, cost=cost))
                return
            except IntegrityError:
                continue   # another worker inserted the day's row first: add to it
        raise LanternError("Could not record escalation usage.", hint="Check the hub database.")


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cur.execute("PRAGMA journal_mode=WAL")        # readers never wait for the ledger writer
    cur.execute("PRAGMA synchronous=NORMAL")      # WAL + NORMAL: durable at checkpoints, no fsync per request
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()
