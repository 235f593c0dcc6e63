"""Opening a database: URL normalisation, engine set-up and the migrations that run on open."""
from __future__ import annotations

from importlib.resources import as_file, files
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from telik.errors import Errors, TelikError


def normalize_url(url: str) -> str:
    """Accept `sqlite:///FILE` and `postgresql://…` (rewritten to the psycopg 3 driver); refuse the rest."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise TelikError(Errors.E009, url=url) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return url
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    raise TelikError(Errors.E009, url=url)


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:  # the DB-API connection is untyped
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    # WAL: readers never wait for the writer, and a commit appends to the log instead of rewriting pages;
    # NORMAL sync is safe in WAL mode (a power cut may lose the last commits, never corrupt the file).
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for a normalised URL; SQLite gets foreign keys and a busy timeout on every connection."""
    engine = create_engine(url, future=True, pool_pre_ping=url.startswith("postgresql"))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision shipped in the package."""
    with as_file(files("telik.store") / "migrations") as location:
        cfg = Config()
        cfg.set_main_option("script_location", str(location))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
