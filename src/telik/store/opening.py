"""Opening a store from the command line: a missing SQLite folder, a missing database for a read-only command
and an unreachable server each become one numbered error instead of a driver traceback."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from telik.errors import Errors, TelikError
from telik.settings import get_settings
from telik.store.db import normalize_url
from telik.store.repository import Store

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _sqlite_path(url: str) -> Path | None:
    """The file of an on-disk SQLite URL (None for PostgreSQL and in-memory SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def open_store(db: str | None, *, read_only: bool = False) -> Store:
    """The store at `db` (else TELIK_DB, else sqlite:///telik.db), checked before any driver runs."""
    url = normalize_url(db or get_settings().db_url)
    path = _sqlite_path(url)
    if path is not None and not path.parent.is_dir():
        raise TelikError(Errors.E031, folder=path.parent, url=db or url)
    if path is not None and read_only and not path.exists():
        raise TelikError(Errors.E032, path=path)
    try:
        return Store(url)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        shown = make_url(db or url).render_as_string(hide_password=True)
        raise TelikError(Errors.E030, url=shown, reason=reason) from exc


def check_date(option: str, value: str | None) -> None:
    """Refuse a date filter that is not YYYY, YYYY-MM or YYYY-MM-DD (E034)."""
    if value is None:
        return
    m = _DATE.match(value)
    try:
        if m is None:
            raise ValueError(value)
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        raise TelikError(Errors.E034, option=option, value=value) from None
