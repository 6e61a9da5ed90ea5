"""Alembic environment: run by hub.db.migrate() (never by import), online against the configured URL."""
from __future__ import annotations

from alembic import context

from hub.db import make_engine
from hub.schema import metadata

config = context.config


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        context.configure(connection=connectable, target_metadata=metadata)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"), pool_size=1, max_overflow=0)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadata, transactional_ddl=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():  # pragma: no cover - we only migrate online
    raise SystemExit("Lantern hub migrations run online only: lantern hub admin migrate")
run_migrations_online()
